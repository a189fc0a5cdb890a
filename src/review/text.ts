import { PLACEHOLDER } from './draft';
import { literalsPattern, requiredLiterals } from './literals';
import { execAll, groupEnd, leadingAssertions } from './regex';
import { scanWords } from './words';
import type { Language } from './types';

export { execAll } from './regex';

/** Word boundaries that understand accents: `\b` in JavaScript only knows ASCII letters. */
export const BEFORE = '(?<![\\p{L}\\p{N}_])';
export const AFTER = '(?![\\p{L}\\p{N}_])';

export interface Span {
  start: number;
  end: number;
}

export interface Match extends Span {
  text: string;
}

/** Phrase lists per language; each entry is a regular-expression fragment matched as whole words. */
export type PhraseList = Partial<Record<Language, readonly string[]>>;

export interface CompiledPhrases {
  languages: readonly Language[];
  find(text: string, language: Language): Match[];
}

/** Lets a space in a phrase match any run of spaces (outside character classes, where it is literal). */
function flexibleSpaces(phrase: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < phrase.length; i++) {
    const char = phrase[i] as string;
    if (char === '\\') {
      out += char + (phrase[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    if (char === ' ' && !inClass && phrase[i + 1] === '?') {
      out += '[\\s\\u00A0]*'; // "d' ?annoncer": an optional space stays optional
      i++;
      continue;
    }
    out += char === ' ' && !inClass ? '[\\s\\u00A0]+' : char;
  }
  return out;
}

/** Splits a regex fragment's top-level alternation: "a|b(c|d)|e" → ["a", "b(c|d)", "e"]. */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      current += char + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (!inClass && char === '(') depth++;
    else if (!inClass && char === ')') depth--;
    if (char === '|' && depth === 0 && !inClass) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/**
 * Spells out a one-word pattern: "honou?red" → honored, honoured; "revolutioni[sz]e[sd]?" → 8 words.
 * Null when the pattern is more than letters, optional letters and letter classes.
 */
export function expandWord(pattern: string): string[] | null {
  let variants = [''];
  for (let i = 0; i < pattern.length;) {
    let options: string[];
    if (pattern[i] === '[') {
      const close = pattern.indexOf(']', i);
      const body = close === -1 ? '' : pattern.slice(i + 1, close);
      if (!/^[\p{L}'’]+$/u.test(body)) return null;
      options = [...body];
      i = close + 1;
    } else if (/[\p{L}\p{N}'’-]/u.test(pattern[i] as string)) {
      options = [pattern[i] as string];
      i++;
    } else return null;
    if (pattern[i] === '?') {
      options = [...options, ''];
      i++;
    }
    variants = variants.flatMap((prefix) => options.map((option) => prefix + option));
    if (variants.length > 64) return null;
  }
  return variants.filter(Boolean).map((word) => word.toLowerCase());
}

/** The first word of each alternative of a group body, spelled out; null if any can't be. */
function firstWords(body: string): string[] | null {
  const words: string[] = [];
  for (const alternative of topLevelAlternatives(body)) {
    const first = alternative.split(' ')[0] ?? '';
    const expanded = expandWord(first.replace(/\\s\*$/, ''));
    if (!expanded) return null;
    words.push(...expanded);
  }
  return words;
}

/**
 * The lower-case words a phrase can start with, when they can be read off the pattern
 * ("buy now" → buy; "(?:buy|order) now" → buy, order), or null when the phrase may start anywhere.
 */
export function leadingWords(phrase: string): string[] | null {
  // A leading lookbehind ("(?<!no )hurry", "(?<!(?:can|will) )book") narrows matches but not where
  // they start.
  if (/^\(\?<[!=]/.test(phrase)) {
    const end = groupEnd(phrase, 0);
    return end > 0 ? leadingWords(phrase.slice(end)) : null;
  }
  // "(?:a |the )?leading …": the optional words, or whatever follows them.
  const optional = /^\(\?:((?:[^()\\]|\\.)*)\)\?/.exec(phrase);
  if (optional) {
    const own = firstWords(optional[1] as string);
    const rest = leadingWords(phrase.slice(optional[0].length));
    return own && rest ? [...own, ...rest] : null;
  }
  // "game[- ]changing": a literal word before a space-or-hyphen class is still the first word.
  const hyphenated = /^([\p{L}\p{N}'’]+)\[(?:- | -)\](?!\?)/u.exec(phrase);
  if (hyphenated) return [(hyphenated[1] as string).toLowerCase()];
  const group = /^\(\?:((?:[^()\\]|\\.)*)\)(?![?*{])/.exec(phrase);
  if (group) return firstWords(group[1] as string);
  const first = /^[^\s]+/.exec(phrase)?.[0] ?? '';
  return first ? expandWord(first) : null;
}

/** Word starts of a text, lower-cased; the phrase index is probed only at these positions. */
let lastTokens: { text: string; tokens: { start: number; word: string }[] } | null = null;
function wordStarts(text: string): { start: number; word: string }[] {
  if (lastTokens?.text === text) return lastTokens.tokens;
  const tokens: { start: number; word: string }[] = [];
  const lower = lowerWords(text);
  words(text).forEach((match, index) => {
    const word = lower[index] as string;
    tokens.push({ start: match.start, word });
    // "don't" and "e-mail" are one token, but a phrase may start at a part of a hyphenated word.
    const dash = word.indexOf('-');
    if (dash > 0) tokens.push({ start: match.start, word: word.slice(0, dash) });
  });
  lastTokens = { text, tokens };
  return tokens;
}

interface PhraseIndex {
  /** Names this index in `FIRST_WORDS`, where its sticky patterns sit under the word they start with. */
  id: number;
  /** Phrases whose first word can't be read off the pattern: one global search. */
  anywhere: RegExp | null;
}

/**
 * The first words of every phrase index in the program, each with the indexes that start with it:
 * a draft's words are looked up here once for all the rules' lists, instead of once per list. Kept
 * per language: a draft is only ever searched with its own language's indexes, so the probes (and
 * prefilters) of the other languages' lists ("de", "la", "en" are words in several) are never tried.
 */
const FIRST_WORDS = new Map<Language, Map<string, Probe[]>>();
let indexCount = 0;

/**
 * One index's phrases that start with one word, as a sticky pattern tried where the word occurs.
 * The pattern and its prefilter are built the first time a draft holds the word: most first words
 * never come up in a process's first drafts, and building them all cost ~0.1 s of a cold review.
 */
interface Probe {
  id: number;
  word: string;
  /** The phrases' alternation, longest first, until `pattern` is built from it. */
  source: string;
  pattern: RegExp | null;
  /**
   * Finds the literals one of which every match contains besides its first word ("most" or
   * "least" for "the most …, the least …"): when none is anywhere in the draft, the pattern is not
   * tried. Null when there are no such literals; undefined until first asked.
   */
  prefilter: RegExp | null | undefined;
  /** The prefilter's answer for the last draft it was asked about: a first word may occur often. */
  checked: { text: string; mayMatch: boolean } | null;
}

function patternOf(probe: Probe): RegExp {
  return (probe.pattern ??= new RegExp(`(?:${probe.source})${AFTER}`, 'iuy'));
}

function mayMatchIn(probe: Probe, text: string): boolean {
  if (probe.prefilter === undefined) probe.prefilter = probePrefilter(patternOf(probe), probe.word);
  if (!probe.prefilter) return true;
  if (probe.checked?.text !== text) probe.checked = { text, mayMatch: probe.prefilter.test(text) };
  return probe.checked.mayMatch;
}

/** Most literals a probe looks for before trying its pattern (more cost about what the try does). */
const MAX_PROBE_LITERALS = 8;

function probePrefilter(pattern: RegExp, word: string): RegExp | null {
  const literals = requiredLiterals(pattern);
  if (!literals || literals.length > MAX_PROBE_LITERALS) return null;
  // A literal inside the first word is in the draft wherever the probe runs: no help.
  if (literals.some((literal) => word.includes(literal) || literal.trim() === '')) return null;
  return literalsPattern(literals, pattern);
}

interface Start {
  start: number;
  probe: Probe;
}
/** Per language, for the last text seen: where each index's first words occur, by index id. */
const lastStarts = new Map<Language, { text: string; byIndex: Map<number, Start[]> }>();

function startsByIndex(text: string, language: Language): Map<number, Start[]> {
  const last = lastStarts.get(language);
  if (last?.text === text) return last.byIndex;
  const byIndex = new Map<number, Start[]>();
  const firstWords = FIRST_WORDS.get(language);
  if (!firstWords) return byIndex;
  for (const { start, word } of wordStarts(text)) {
    const entries = firstWords.get(word);
    if (!entries) continue;
    // The prefilters are asked in `find`, for the one index it searches: a text the rewrite asks
    // only about invitations is not searched for every rule's literals too.
    for (const probe of entries) {
      let list = byIndex.get(probe.id);
      if (!list) byIndex.set(probe.id, (list = []));
      list.push({ start, probe });
    }
  }
  lastStarts.set(language, { text, byIndex });
  return byIndex;
}

function buildIndex(phrases: readonly string[], language: Language): PhraseIndex {
  const grouped = new Map<string, string[]>();
  const anywhere: string[] = [];
  for (const phrase of phrases) {
    const flexible = flexibleSpaces(phrase);
    const words = leadingWords(phrase);
    if (!words) {
      anywhere.push(flexible);
      continue;
    }
    for (const word of words) grouped.set(word, [...(grouped.get(word) ?? []), flexible]);
  }
  const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
  const id = indexCount++;
  let firstWords = FIRST_WORDS.get(language);
  if (!firstWords) FIRST_WORDS.set(language, (firstWords = new Map()));
  for (const [word, list] of grouped) {
    const source = alternation(list);
    const probe: Probe = { id, word, source, pattern: null, prefilter: undefined, checked: null };
    const entries = firstWords.get(word);
    if (entries) entries.push(probe);
    else firstWords.set(word, [probe]);
  }
  lastStarts.delete(language); // a new index is not in the memo yet
  return { id, anywhere: anywhere.length ? anywherePattern(anywhere, alternation) : null };
}

/**
 * One pattern for the phrases that may start anywhere. When they all open with the same lookbehind
 * ("not after 'you can'") it is written once, before the alternation: the same matches, and
 * `execAll` then checks it only where a phrase matches instead of at every position.
 */
function anywherePattern(phrases: string[], alternation: (list: string[]) => string): RegExp {
  const [shared] = leadingAssertions(phrases[0] as string);
  const common = shared !== undefined && phrases.every((phrase) => phrase.startsWith(shared));
  const rests = common ? phrases.map((phrase) => phrase.slice(shared.length)) : phrases;
  return new RegExp(`${BEFORE}${common ? shared : ''}(?:${alternation(rests)})${AFTER}`, 'giu');
}

/**
 * Vale's "existence" shape: any of these phrases, case-insensitive, as whole words.
 *
 * Phrases are indexed by their first word, so a draft is scanned once for word starts and each
 * pattern runs only where its first word appears: the cost follows the draft, not the list size.
 * Overlapping matches resolve like one big alternation would: leftmost first, then longest.
 */
export function compilePhrases(list: PhraseList): CompiledPhrases {
  const lists = new Map<Language, readonly string[]>();
  for (const [language, phrases] of Object.entries(list) as [Language, readonly string[]][]) {
    if (phrases.length) lists.set(language, phrases);
  }
  // Each language's index is built on its first draft, not when the rules load: building them all
  // took ~0.3 s of a start, before the bot could answer its health check.
  const indexes = new Map<Language, PhraseIndex>();
  const indexFor = (language: Language): PhraseIndex | undefined => {
    let index = indexes.get(language);
    if (!index) {
      const phrases = lists.get(language);
      if (!phrases) return undefined;
      index = buildIndex(phrases, language);
      indexes.set(language, index);
    }
    return index;
  };
  return {
    languages: [...lists.keys()],
    find(text, language) {
      const index = indexFor(language);
      if (!index) return [];
      const candidates: Match[] = index.anywhere ? matchAll(text, index.anywhere) : [];
      for (const { start, probe } of startsByIndex(text, language).get(index.id) ?? []) {
        if (!mayMatchIn(probe, text)) continue;
        const pattern = patternOf(probe);
        // `test` instead of `exec`: a sticky pattern leaves `lastIndex` at the match's end, and no
        // match array is built for the many probes that fail or whose text is never read.
        pattern.lastIndex = start;
        if (!pattern.test(text)) continue;
        const end = pattern.lastIndex;
        if (end > start) candidates.push({ start, end, text: text.slice(start, end) });
      }
      if (candidates.length <= 1) return candidates; // nothing to order or to overlap
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const chosen: Match[] = [];
      for (const candidate of candidates) {
        const last = chosen[chosen.length - 1];
        if (!last || candidate.start >= last.end) chosen.push(candidate);
      }
      return chosen;
    },
  };
}

export function matchAll(text: string, pattern: RegExp): Match[] {
  const found: Match[] = [];
  for (const match of execAll(text, pattern)) {
    if (match[0].length === 0) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

export interface Sentence extends Span {
  text: string;
  /** The punctuation that closed it: '?', '!', '.', or '' at a line break or the end. */
  terminator: string;
}

/** Splits on sentence punctuation and line breaks, keeping offsets into `text`. */
/**
 * One-entry memo: every rule reads the same draft text in turn, so caching the last answer makes
 * sentence splitting and word counting happen once per draft instead of once per rule.
 */
export function memoise<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | null = null;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = compute(text);
      lastText = text;
    }
    return lastValue;
  };
}

/** How many characters of `text` a global pattern matches, without building an array of matches. */
export function countMatches(text: string, pattern: RegExp): number {
  return text.length - text.replace(pattern, '').length;
}

const ANY_LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Letters and capital letters in `text`, counted in UTF-16 units as `countMatches(text, /\p{L}/gu)`
 * would, in one pass that tests only the non-ASCII characters against Unicode's tables.
 */
export function letterCounts(text: string): { letters: number; capitals: number } {
  let letters = 0;
  let capitals = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        capitals++;
      } else if (code >= 97 && code <= 122) letters++;
      continue;
    }
    const next = text.charCodeAt(index + 1); // NaN past the end
    const size = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const char = text.slice(index, index + size);
    index += size - 1;
    if (ANY_LETTER.test(char)) {
      letters += size;
      if (CAPITAL.test(char)) capitals += size;
    }
  }
  return { letters, capitals };
}

export const sentences = memoise(splitSentences);

function splitSentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  // Social posts often end a sentence on an emoji instead of a full stop ("…mug ☕ Available now").
  // A full stop with a letter or digit right after it ends nothing: "£1.50", "@glow.salon", "v2.1".
  const pattern =
    /(?:[^.!?…\n\p{Extended_Pictographic}\uE004]|[.!?…]+(?=[\p{L}\p{N}])|(?:\p{Extended_Pictographic}|\uE004|\uFE0F|\u200D)+(?!\s+[\p{Lu}]))+(?:[.!?…]+["'”’)\]]*|(?:\p{Extended_Pictographic}|\uE004|\uFE0F|\u200D)+(?=\s+[\p{Lu}])|\n|$)/gu;
  for (const match of execAll(text, pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = match.index + leading;
    const terminator = /[?？]["'”’)\]]*$/.test(body)
      ? '?'
      : /!["'”’)\]]*$/.test(body)
        ? '!'
        : /[.…]$/.test(body)
          ? '.'
          : '';
    result.push({ start, end: start + body.length, text: body, terminator });
  }
  return result;
}

/** Words a person would read aloud: no placeholders, hashtags counted as words. */
export const words = memoise(findWords);

/** The same words lower-cased, for the phrase index and the language guess alike. */
export const lowerWords = memoise((text: string): string[] =>
  words(text).map((word) => word.text.toLowerCase()),
);

// Placeholders are not letters, so a word never reads into a link or a mention.
function findWords(text: string): Match[] {
  return scanWords(text);
}

export function countPlaceholders(text: string, kind: keyof typeof PLACEHOLDER): number {
  let count = 0;
  for (const char of text) if (char === PLACEHOLDER[kind]) count++;
  return count;
}

/** Unicode emoji (pictographs, with their modifiers joined) plus Slack :emoji: placeholders. */
export const EMOJI =
  /(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)|\uE004/gu;

/**
 * For each position of `text`, 1 where it falls inside a quotation: "…", “…”, «…», „…“ (German
 * closes on “, or on a straight quote when typed on a plain keyboard). Where the straight quotes do
 * not pair up, a mark after a figure is an inch (a 27" screen), not a quote. One pass for the whole
 * text, so a long draft's sentences are not each read from its start; the rules and the rewrite ask
 * about the same draft, so the last one is kept.
 */
function readQuotations(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  const inches = ((text.match(/"/gu) ?? []).length & 1) === 1;
  let straight = false;
  let curly = false; // “…”
  let low = false; // „…“
  let guillemets = 0;
  for (let i = 0; i < text.length; i++) {
    inside[i] = straight || curly || low || guillemets > 0 ? 1 : 0;
    const char = text[i];
    if (char === '"') {
      // „Mittelstandspreis Bayern 2024": a low quote closed by a straight one, after a figure or not.
      if (low) low = false;
      // 'Sonic 55" TV … Lumio 14" laptop': no quotation opens straight after a figure.
      else if ((inches || !straight) && /\d/u.test(text[i - 1] ?? '')) continue;
      else straight = !straight;
    } else if (char === '„') low = true;
    else if (char === '“') {
      if (low) low = false;
      else curly = true;
    } else if (char === '”') curly = false;
    else if (char === '«') guillemets++;
    else if (char === '»') guillemets = Math.max(0, guillemets - 1);
  }
  inside[text.length] = straight || curly || low || guillemets > 0 ? 1 : 0;
  return inside;
}
export const quotationMap: (text: string) => Uint8Array = memoise(readQuotations);

/**
 * "a" or "an" before a word, as the word is said: "an hour", "a unique", "an NHS trust", "a LEADER".
 * One answer for the rules' proposed wording and the rewriter's plain words.
 */
export function articleFor(next: string): 'a' | 'an' {
  // Letters said one by one ("NHS", "SUV"); a longer word in capitals is a word shouted ("LEADER").
  const an = /^\p{Lu}{2,4}(?![\p{L}])/u.test(next)
    ? /^[AEFHILMNORSX]/u.test(next)
    : /^(?:[aio](?!nce\b|ne\b|ne-)|e(?!u)|u(?!ni|s[aeu])|hour|honou?r)/iu.test(next);
  return an ? 'an' : 'a';
}
