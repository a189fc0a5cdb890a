import { PLACEHOLDER, PLACEHOLDER_CLASS } from './draft';
import type { Language } from './types';

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

/** Vale's "existence" shape: any of these phrases, case-insensitive, as whole words. */
export function compilePhrases(list: PhraseList): CompiledPhrases {
  const compiled = new Map<Language, RegExp>();
  for (const [language, phrases] of Object.entries(list) as [Language, readonly string[]][]) {
    if (!phrases.length) continue;
    const alternation = phrases
      .map(flexibleSpaces)
      .sort((a, b) => b.length - a.length)
      .join('|');
    compiled.set(language, new RegExp(`${BEFORE}(?:${alternation})${AFTER}`, 'giu'));
  }
  return {
    languages: [...compiled.keys()],
    find(text, language) {
      const pattern = compiled.get(language);
      return pattern ? matchAll(text, pattern) : [];
    },
  };
}

export function matchAll(text: string, pattern: RegExp): Match[] {
  const found: Match[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
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
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  // Social posts often end a sentence on an emoji instead of a full stop ("…mug ☕ Available now").
  const pattern = /(?:[^.!?…\n\p{Extended_Pictographic}\uE004]|[\p{Extended_Pictographic}\uE004\uFE0F\u200D]+(?!\s+[\p{Lu}]))+(?:[.!?…]+["'”’)\]]*|[\p{Extended_Pictographic}\uE004\uFE0F\u200D]+(?=\s+[\p{Lu}])|\n|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = match.index + leading;
    const terminator = /[?？]["'”’)\]]*$/.test(body) ? '?' : /!["'”’)\]]*$/.test(body) ? '!' : /[.…]$/.test(body) ? '.' : '';
    result.push({ start, end: start + body.length, text: body, terminator });
  }
  return result;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Words a person would read aloud: no placeholders, hashtags counted as words. */
export function words(text: string): Match[] {
  return matchAll(text.replace(new RegExp(PLACEHOLDER_CLASS, 'g'), ' '), WORD);
}

export function countPlaceholders(text: string, kind: keyof typeof PLACEHOLDER): number {
  let count = 0;
  for (const char of text) if (char === PLACEHOLDER[kind]) count++;
  return count;
}

/** Unicode emoji (pictographs, with their modifiers joined) plus Slack :emoji: placeholders. */
export const EMOJI = /(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)|\uE004/gu;
