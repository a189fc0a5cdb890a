import { docsAnchor, type Rule } from '../rule';
import { letterCounts, matchAll } from '../text';

// Capitals are shouting when they run across words or hit sales words. Short acronyms (API, NYC,
// CEO, FAQ) and product names in capitals are how people write, so a lone word must earn the flag.
const CAPS_WORD = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}\p{N}'’]*[\p{Lu}](?![\p{L}\p{N}])/gu;
const SHOUTY = new Set([
  'FREE',
  'SALE',
  'NOW',
  'NEW',
  'HUGE',
  'LAST',
  'OFF',
  'BUY',
  'WOW',
  'OMG',
  'HURRY',
  'TODAY',
  'LIMITED',
  'BIG',
  'BEST',
  'ONLY',
  'MUST',
  'DEAL',
  'DEALS',
  'AMAZING',
  'INCREDIBLE',
  'URGENT',
  'EVER',
  'ORDER',
  'SHOP',
  'SAVE',
  'GRATIS',
  'OFERTA',
  'AHORA',
  'JETZT',
  'NEU',
  'NOUVEAU',
  'AGORA',
  'PROMO',
  'ATTENTION',
  'ANNOUNCEMENT',
  'BREAKING',
  'ALERT',
  'EXCLUSIVE',
  'INSANE',
  'CRAZY',
  'MASSIVE',
  'FINAL',
  'CHANCE',
  'TONIGHT',
  'DON’T',
  "DON'T",
  'MISS',
]);
const ACRONYM_MAX = 5;
// "Reply CONFIRM", "text FREEZE or OFFPEAK to 80080", "DM us 'WINTER'": the word the reader types is
// written the way it must be typed, not shouted.
const KEYWORD_BEFORE =
  /\b(?:reply|text|txt|comment|send|type|respond|(?:dm|message) (?:us|me)|responde|responda|répondez|antworte)\s+(?:with\s+|the word\s+)?["“'‘«]?(?:\p{Lu}[\p{Lu}\p{N}]+["”'’»]?\s+(?:or|o|ou|oder|of)\s+["“'‘«]?)?$/iu;

function caseRuns(text: string): { start: number; end: number; words: string[] }[] {
  const runs: { start: number; end: number; words: string[] }[] = [];
  for (const word of matchAll(text, CAPS_WORD)) {
    const last = runs[runs.length - 1];
    const gap = last ? text.slice(last.end, word.start) : '';
    if (last && /^[\s,&+\-–—:!]*$/.test(gap) && !/\n/.test(gap)) {
      last.end = word.end;
      last.words.push(word.text);
    } else {
      runs.push({ start: word.start, end: word.end, words: [word.text] });
    }
  }
  return runs;
}

/** Lower-cases shouted words but keeps short acronyms (API, NYC) as they are. */
export function quieten(text: string): string {
  return text.replace(CAPS_WORD, (word) =>
    word.length <= 3 && !SHOUTY.has(word) ? word : word.toLocaleLowerCase(),
  );
}

export function isShouting(run: { words: string[] }): boolean {
  const letters = run.words.join('').replace(/[^\p{L}]/gu, '').length;
  if (run.words.length >= 2 && letters >= 6) return true;
  const [word] = run.words as [string];
  return SHOUTY.has(word) || (word.length > ACRONYM_MAX + 1 && !/\d/.test(word));
}

export const rule: Rule = {
  meta: {
    id: 'shouting',
    category: 'salesy',
    principle: 'human',
    severity: 'warning',
    shape: 'capitalization',
    description: 'Shouting: words in capitals ("HUGE SALE", "FREE") and piles of exclamation marks.',
    why:
      'Capitals and "!!!" are the written form of standing on a box in the square and yelling. ' +
      'People step away from shouting; they lean in to a normal voice.',
    docs: docsAnchor('shouting'),
    languages: 'all',
    example: {
      bad: 'BIG NEWS!!! Our FREE workshop is BACK!!!',
      better: 'Our free workshop is back on 14 May. What should we cover this time?',
    },
  },
  check(context) {
    const { text } = context;
    const { letters, capitals } = letterCounts(text);
    // A whole draft in capitals is one finding, not one per word.
    if (letters >= 12 && capitals / letters > 0.7) {
      const first = text.search(/\p{L}/u);
      const last = text.length - [...text].reverse().join('').search(/\p{L}/u);
      context.report({
        start: first,
        end: last,
        message: 'The whole post is in capitals, which reads as shouting.',
        suggestion: 'Write it in normal sentence case.',
        replacement: quieten(text.slice(first, last)),
      });
    } else {
      for (const run of caseRuns(text)) {
        if (!isShouting(run)) continue;
        if (run.words.length === 1 && KEYWORD_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start)))
          continue;
        context.report({
          start: run.start,
          end: run.end,
          message: `"${text.slice(run.start, run.end)}" in capitals reads as shouting.`,
          suggestion: 'Use normal case; let the words carry the emphasis.',
          replacement: quieten(text.slice(run.start, run.end)),
        });
      }
    }
    for (const bang of matchAll(text, /[!¡]{2,}|[?？]{2,}|(?:!\s*[?]+|\?+\s*!)[!?]*/g)) {
      context.report({
        start: bang.start,
        end: bang.end,
        message: `"${bang.text}" piles up punctuation.`,
        suggestion: 'One exclamation mark at most; a full stop is friendlier than you think.',
        severity: 'suggestion',
        replacement: bang.text.includes('?') ? '?' : '!',
      });
    }
    const exclamations = matchAll(text, /!/g);
    if (exclamations.length >= 4) {
      const last = exclamations[exclamations.length - 1] as { start: number; end: number };
      context.report({
        start: last.start,
        end: last.end,
        message: `${exclamations.length} exclamation marks in one post make every line a shout.`,
        suggestion: 'Keep one, where you really mean it.',
        severity: 'suggestion',
        replacement: '.',
      });
    }
  },
};
