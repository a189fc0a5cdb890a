/** Regular-expression helpers shared by the draft parser, the analysis and the rules. */
import { literalsPattern, requiredLiterals } from './literals';

/**
 * How `execAll` runs a pattern: the same matches, found with less work. Two shortcuts, each exact:
 *
 * - Literals: when every match contains one of a few literal strings ("%", "opt", "quarter") and
 *   none is in the text, there is nothing to find and the scan is skipped.
 * - Leading lookbehinds and word boundaries ("(?<![\p{L}\p{N}_])", our whole-word start; "you can"
 *   before an order; "\b") stop V8 from skipping ahead to where the pattern's first word could
 *   start, so it pays for them at every position of the draft. The plan scans for the rest of the
 *   pattern and checks them only where that matches: they consume nothing and depend only on the
 *   position, so where they fail the scan goes on one character later, as the full pattern's would.
 */
interface ScanPlan {
  /** Finds any of the literals every match contains; null when the pattern has none worth it. */
  prefilter: RegExp | null;
  /** The pattern without its leading assertions, or null to run the pattern as it is. */
  body: RegExp | null;
  /** The assertions alone, sticky: tests whether they hold at `lastIndex`. */
  lookbehind: RegExp | null;
  /**
   * When the first lookbehind is "(?<![…])" with one class: for each ASCII character, 1 when one
   * just before a position makes it fail; `oneClass` when that lookbehind is the only one.
   */
  blockedAfterAscii: Uint8Array | null;
  oneClass: boolean;
}

/** Most literals worth looking for: with more, the searches cost about what the scan does. */
const MAX_PREFILTER_LITERALS = 8;

/** "(?<![…])" with one character class: a lookbehind whose ASCII answers fit in a table. */
const ONE_CLASS_LOOKBEHIND = /^\(\?<!(\[(?:[^\]\\]|\\.)*\])\)$/;

/** The text as a pattern that matches it literally ("£5.00" → "£5\.00"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the group opened at `open` closes (the index after its ')'), or -1. */
export function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (!inClass && char === '(') depth++;
    else if (!inClass && char === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The zero-width assertions a pattern's source opens with, each whole: "(?<![a-z])", "(?<!no )", "\b". */
export function leadingAssertions(source: string): string[] {
  const found: string[] = [];
  let at = 0;
  for (;;) {
    if (source.startsWith('\\b', at) || source.startsWith('\\B', at)) {
      found.push(source.slice(at, at + 2));
      at += 2;
      continue;
    }
    if (!source.startsWith('(?<!', at) && !source.startsWith('(?<=', at)) break;
    const end = groupEnd(source, at);
    if (end === -1) break;
    found.push(source.slice(at, end));
    at = end;
  }
  // A quantifier after the last one would apply to it: then none can be taken apart.
  return /^[?*+{]/.test(source.slice(at)) ? [] : found;
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (!inClass && char === '(') depth++;
    else if (!inClass && char === ')') depth--;
    else if (!inClass && char === '|' && depth === 0) return true;
  }
  return false;
}

function makePlan(pattern: RegExp): ScanPlan {
  const { source, flags } = pattern;
  const found = requiredLiterals(pattern);
  const literals =
    found && found.length <= MAX_PREFILTER_LITERALS && found.every((literal) => literal.trim().length > 0)
      ? found
      : null;
  const plan: ScanPlan = {
    prefilter: literals ? literalsPattern(literals, pattern) : null,
    body: null,
    lookbehind: null,
    blockedAfterAscii: null,
    oneClass: false,
  };
  // Only a global, non-sticky scan can restart one character later the way the plan does.
  const lookbehinds = pattern.global && !pattern.sticky ? leadingAssertions(source) : [];
  const prefix = lookbehinds.join('');
  const rest = source.slice(prefix.length);
  if (lookbehinds.length === 0 || rest.length === 0 || hasTopLevelAlternation(rest)) return plan;
  const single = flags.replace(/[gy]/g, '');
  plan.body = new RegExp(rest, flags);
  plan.lookbehind = new RegExp(prefix, `${single}y`);
  const oneClass = ONE_CLASS_LOOKBEHIND.exec(lookbehinds[0] as string);
  if (oneClass) {
    // The class tested with the pattern's own flags, so case folding is exactly the pattern's.
    const inClass = new RegExp(`^${oneClass[1] as string}$`, single);
    plan.blockedAfterAscii = new Uint8Array(128);
    for (let code = 0; code < 128; code++)
      plan.blockedAfterAscii[code] = inClass.test(String.fromCharCode(code)) ? 1 : 0;
    plan.oneClass = lookbehinds.length === 1;
  }
  return plan;
}

/**
 * Plans by source, then flags. Not by pattern object: a regex literal inside a function is a new
 * object on every call, but all of them share one source string, whose hash V8 keeps.
 */
const plans = new Map<string, { flags: string; plan: ScanPlan }[]>();
const MAX_PLANNED_SOURCES = 4000;
const AS_IS: ScanPlan = {
  prefilter: null,
  body: null,
  lookbehind: null,
  blockedAfterAscii: null,
  oneClass: false,
};

function planFor(pattern: RegExp): ScanPlan {
  const { source, flags } = pattern;
  let entries = plans.get(source);
  const known = entries?.find((entry) => entry.flags === flags);
  if (known) return known.plan;
  // Patterns built from a team's own words could grow the map without end: past the bound, run as is.
  if (!entries && plans.size >= MAX_PLANNED_SOURCES) return AS_IS;
  const plan = makePlan(pattern);
  if (!entries) plans.set(source, (entries = []));
  entries.push({ flags, plan });
  return plan;
}

/** Whether the plan's leading assertions hold at `index`. */
function lookbehindHolds(plan: ScanPlan, text: string, index: number): boolean {
  if (index > 0 && plan.blockedAfterAscii) {
    const code = text.charCodeAt(index - 1);
    if (code < 128) {
      if (plan.blockedAfterAscii[code] === 1) return false;
      if (plan.oneClass) return true;
    }
  }
  const lookbehind = plan.lookbehind as RegExp;
  lookbehind.lastIndex = index;
  return lookbehind.test(text);
}

/**
 * Every match of a global pattern, like `String.prototype.matchAll` but without its per-call copy
 * of the pattern (which costs more than the search itself on a short draft). The matches are
 * collected before returning, so a caller may run the same pattern again inside its loop.
 */
export function execAll(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  const plan = planFor(pattern);
  if (plan.prefilter && !plan.prefilter.test(text)) return found;
  const scanned = plan.body ?? pattern;
  scanned.lastIndex = 0;
  for (let match = scanned.exec(text); match !== null; match = scanned.exec(text)) {
    if (plan.body && !lookbehindHolds(plan, text, match.index)) {
      // The full pattern fails here; its scan would try the next position, and so does this one.
      scanned.lastIndex = nextIndex(text, match.index, scanned.unicode);
      continue;
    }
    found.push(match);
    if (match[0].length === 0) scanned.lastIndex = nextIndex(text, scanned.lastIndex, scanned.unicode);
  }
  scanned.lastIndex = 0;
  return found;
}

/** Steps past an empty match: one code point in a unicode pattern, else one code unit. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
