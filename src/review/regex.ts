/** Regular-expression helpers shared by the draft parser, the analysis and the rules. */

/**
 * Every match of a global pattern, like `String.prototype.matchAll` but without its per-call copy
 * of the pattern (which costs more than the search itself on a short draft). The matches are
 * collected before returning, so a caller may run the same pattern again inside its loop.
 */
export function execAll(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

/** Steps past an empty match: one code point in a unicode pattern, else one code unit. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
