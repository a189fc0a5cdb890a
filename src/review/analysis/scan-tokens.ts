/**
 * The analysis' tokens, read character by character: exactly what this pattern finds, in order,
 *
 *   [\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{M}]))*    a word, inner apostrophes and hyphens
 *   | \p{N}+(?:[.,:/]\p{N}+)*%?                                 a number ("3.5", "10:30", "40%")
 *   | [\uE000-\uE005]                                           a placeholder (link, mention…)
 *   | \p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*
 *   | [^\s\p{L}\p{N}]                                           any other symbol, alone
 *
 * without a match array per token and with ASCII answered from a table; other characters are
 * tested against the same Unicode properties, so the tokens are the same.
 */

const enum Kind {
  Space = 0,
  /** \p{L} or \p{M}: starts and continues a word. */
  Letter = 1,
  /** \p{N}. */
  Number = 2,
  /** Anything else. */
  Other = 3,
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /^\s$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

function kindOfCodePoint(char: string): Kind {
  if (LETTER_OR_MARK.test(char)) return Kind.Letter;
  if (NUMBER.test(char)) return Kind.Number;
  return SPACE.test(char) ? Kind.Space : Kind.Other;
}

const ASCII_KIND = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_KIND[code] = kindOfCodePoint(String.fromCharCode(code));

/** UTF-16 units of the code point at `index`: 2 for a surrogate pair, else 1 (as a /u pattern reads). */
function sizeAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1); // NaN past the end
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function kindAt(text: string, index: number, size: number): Kind {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_KIND[code] as Kind;
  return kindOfCodePoint(text.slice(index, index + size));
}

function isPictographAt(text: string, index: number, size: number): boolean {
  return (
    index < text.length && text.charCodeAt(index) >= 128 && PICTOGRAPH.test(text.slice(index, index + size))
  );
}

/** Where a word that starts at `index` ends. */
function wordEnd(text: string, index: number): number {
  let at = index + sizeAt(text, index);
  while (at < text.length) {
    const size = sizeAt(text, at);
    const kind = kindAt(text, at, size);
    if (kind === Kind.Letter || kind === Kind.Number) {
      at += size;
      continue;
    }
    const code = text.charCodeAt(at);
    // An apostrophe or hyphen joins only when a letter or mark follows it.
    if ((code === 39 || code === 0x2019 || code === 45) && at + 1 < text.length) {
      if (kindAt(text, at + 1, sizeAt(text, at + 1)) === Kind.Letter) {
        at += 1;
        continue;
      }
    }
    break;
  }
  return at;
}

/** Digits (\p{N}) in a row from `index`; returns where they end. */
function digitsEnd(text: string, index: number): number {
  let at = index;
  while (at < text.length) {
    const size = sizeAt(text, at);
    if (kindAt(text, at, size) !== Kind.Number) break;
    at += size;
  }
  return at;
}

/** Where a number that starts at `index` ends: digits, then separator-and-digits groups, then '%'. */
function numberEnd(text: string, index: number): number {
  let at = digitsEnd(text, index);
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== 46 && code !== 44 && code !== 58 && code !== 47) break; // . , : /
    const after = digitsEnd(text, at + 1);
    if (after === at + 1) break;
    at = after;
  }
  return text.charCodeAt(at) === 37 ? at + 1 : at; // %
}

/** Where an emoji that starts at `index` ends: its variation selectors, joined pictographs, skin tones. */
function emojiEnd(text: string, index: number): number {
  let at = index + sizeAt(text, index);
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 0xfe0f) {
      at += 1;
    } else if (code === 0x200d && isPictographAt(text, at + 1, sizeAt(text, at + 1))) {
      at += 1 + sizeAt(text, at + 1);
    } else if (code === 0xd83c) {
      const next = text.charCodeAt(at + 1); // U+1F3FB–U+1F3FF is D83C DFFB–DFFF
      if (next >= 0xdffb && next <= 0xdfff) at += 2;
      else break;
    } else break;
  }
  return at;
}

/** Calls `found(start, end)` for each token of `text`, in order. */
export function scanTokens(text: string, found: (start: number, end: number) => void): void {
  let index = 0;
  while (index < text.length) {
    const size = sizeAt(text, index);
    const kind = kindAt(text, index, size);
    if (kind === Kind.Letter) {
      const end = wordEnd(text, index);
      found(index, end);
      index = end;
      continue;
    }
    if (kind === Kind.Number) {
      const end = numberEnd(text, index);
      found(index, end);
      index = end;
      continue;
    }
    const code = text.charCodeAt(index);
    if (code >= 0xe000 && code <= 0xe005) {
      found(index, index + 1);
      index += 1;
      continue;
    }
    if (isPictographAt(text, index, size)) {
      const end = emojiEnd(text, index);
      found(index, end);
      index = end;
      continue;
    }
    if (kind === Kind.Other) found(index, index + size);
    index += size;
  }
}
