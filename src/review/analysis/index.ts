import type { Draft } from '../draft';
import { detectLanguage } from '../language';
import { sentences as splitSentences } from '../text';
import type { Language } from '../types';
import { findEntities, type Entity } from './entities';
import { detectIntent, type Intent } from './intent';
import { LEXICONS, type Lexicon } from './lexicon';
import { scanTokens } from './scan-tokens';

export type { Entity, EntityKind } from './entities';
export { INTENTS, type Intent } from './intent';

export type TokenKind = 'word' | 'number' | 'placeholder' | 'emoji' | 'punct';

/** One token of `draft.text`. `lower` folds case and curly apostrophes. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  sentence: number;
}

/** An order aimed at the reader: the verb that opens it and whether it asks for money or a commitment. */
export interface Imperative {
  verb: string;
  start: number;
  end: number;
  transactional: boolean;
}

export interface SentenceAnalysis {
  start: number;
  end: number;
  text: string;
  terminator: string;
  /** Index range into `tokens` (end exclusive). */
  tokens: [number, number];
  question: boolean;
  imperative: Imperative | null;
  firstPerson: number;
  secondPerson: number;
  tense: 'past' | 'present' | 'future';
  negated: boolean;
}

/** Everything the rules, the verdict and the rewrite read about a draft, computed once. */
export interface DraftAnalysis {
  draft: Draft;
  language: Language;
  tokens: Token[];
  sentences: SentenceAnalysis[];
  entities: Entity[];
  intent: Intent;
  /** Counts over the whole draft, for the verdict's features. */
  counts: {
    words: number;
    firstSingular: number;
    firstPlural: number;
    second: number;
    questions: number;
    imperatives: number;
    transactionalImperatives: number;
    exclamations: number;
    capsWords: number;
    superlatives: number;
    negations: number;
  };
}

// Tokens: letters (with inner apostrophes and hyphens), numbers, placeholders, emoji, or one other
// symbol; scan-tokens.ts reads them (it says which pattern it matches exactly).
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;

function kindOf(value: string): TokenKind {
  const code = value.charCodeAt(0);
  if (code >= 0xe000 && code <= 0xe005) return 'placeholder';
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'word';
  if (code >= 48 && code <= 57) return 'number';
  if (code < 128) return 'punct';
  const first = value.charAt(0);
  if (LETTER.test(first)) return 'word';
  if (DIGIT.test(first)) return 'number';
  // Emoji only when the first code point is a pictograph: flags' regional letters stay symbols.
  return PICTOGRAPH.test(value) ? 'emoji' : 'punct';
}

interface LexiconSets {
  firstSingular: Set<string>;
  firstPlural: Set<string>;
  second: Set<string>;
  questionOpeners: Set<string>;
  imperativeLead: Set<string>;
  transactional: Set<string>;
  imperative: Set<string>;
  negation: Set<string>;
  future: Set<string>;
  past: Set<string>;
  superlative: Set<string>;
  /** First words of the lexicon's two-word entries ("el mejor", "no te pierdas"). */
  pairStarts: Set<string>;
}

const SETS = new Map<Language, LexiconSets>();
function setsFor(language: Language): LexiconSets {
  let sets = SETS.get(language);
  if (!sets) {
    const lexicon: Lexicon = LEXICONS[language === 'other' ? 'en' : language];
    sets = Object.fromEntries(
      Object.entries(lexicon).map(([key, words]) => [key, new Set(words as string[])]),
    ) as unknown as LexiconSets;
    sets.pairStarts = new Set(
      Object.values(lexicon).flatMap((words: readonly string[]) =>
        words.filter((word) => word.includes(' ')).map((word) => word.split(' ')[0] as string),
      ),
    );
    SETS.set(language, sets);
  }
  return sets;
}

/**
 * Whether a text names its reader or its sender ("you", "we", "I" and their forms, in the lexicon of
 * its language): for a sentence the rewriter has changed, which the draft's analysis never read.
 */
export function namesAPerson(text: string, language: Language): boolean {
  if (language === 'other') return false;
  const { firstSingular, firstPlural, second } = setsFor(language);
  return (
    text
      .toLowerCase()
      .replace(/’/gu, "'")
      .match(/[\p{L}']+/gu) ?? []
  ).some((word) => firstSingular.has(word) || firstPlural.has(word) || second.has(word));
}

/** After a line break, a colon, a bullet or a dash a capitalised word starts a new thought. */
const OPENS_A_THOUGHT = new Set([':', '\n', '•', '-', '–', '—', '"', '“', '(']);

// English words that look like imperatives but, opening a sentence, are usually nouns or names.
const NOT_AN_ORDER_AFTER = new Set(['club', 'launch', 'list', 'review', 'orders', 'order:', 'shop', 'text']);

/** 2 when the token and the next form a two-word entry of `set`, 1 for a one-word entry, else 0. */
function has(set: Set<string>, pairStarts: Set<string>, tokens: readonly Token[], index: number): number {
  const one = tokens[index]?.lower;
  if (one === undefined) return 0;
  const next = tokens[index + 1];
  if (next && pairStarts.has(one) && set.has(`${one} ${next.lower}`)) return 2;
  return set.has(one) ? 1 : 0;
}

function findImperative(
  tokens: readonly Token[],
  from: number,
  to: number,
  sets: LexiconSets,
  language: Language,
): Imperative | null {
  let index = from;
  // Skip emoji, punctuation and softeners ("Please", "So", "👉", "Don't wait —").
  while (index < to) {
    const token = tokens[index] as Token;
    if (token.kind === 'emoji' || token.kind === 'punct' || token.kind === 'placeholder') index++;
    else if (sets.imperativeLead.has(token.lower) && index + 1 < to) index++;
    else break;
  }
  if (index >= to) return null;
  const verb = tokens[index] as Token;
  if (verb.kind !== 'word') return null;
  const next = tokens[index + 1];
  // "Book club meets Tuesday", "Text from Sam": a verb-shaped word followed by what cannot be its object.
  if (
    language === 'en' &&
    next &&
    (NOT_AN_ORDER_AFTER.has(next.lower) ||
      /^(?:is|are|was|were|has|had|will|can|from|by|of)$/.test(next.lower))
  )
    return null;
  if (sets.transactional.has(verb.lower))
    return { verb: verb.text, start: verb.start, end: verb.end, transactional: true };
  // German formal imperative: "Kaufen Sie jetzt", "Sichern Sie sich…".
  if (language === 'de' && next?.lower === 'sie' && /en$/.test(verb.lower)) {
    return {
      verb: verb.text,
      start: verb.start,
      end: next.end,
      transactional: sets.transactional.has(verb.lower),
    };
  }
  if (sets.imperative.has(verb.lower) || has(sets.imperative, sets.pairStarts, tokens, index) === 2) {
    return { verb: verb.text, start: verb.start, end: verb.end, transactional: false };
  }
  return null;
}

// "It's on Steam now for $14.99, please buy it": an order can open a clause as well as a sentence;
// "please" after a comma or a dash says it is one.
const CLAUSE_BREAK = new Set([',', ';', '—', '–', '-', ':']);
const PLEASE = new Set(['please', 'pls', 'plz']);
// "If the problem continues, please call us": after a condition the order is help offered for when
// it is needed, not a push.
const CONDITION = new Set(['if', 'when', 'whenever', 'once', 'should', 'unless', 'until', 'any', 'anything']);

function pleaseClause(
  tokens: readonly Token[],
  [from, to]: [number, number],
  sets: LexiconSets,
  language: Language,
): Imperative | null {
  if (language !== 'en') return null;
  for (let index = from; index + 2 < to; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'word' && CONDITION.has(token.lower)) return null;
    if (index === from || token.kind !== 'punct' || !CLAUSE_BREAK.has(token.text)) continue;
    if (!PLEASE.has((tokens[index + 1] as Token).lower)) continue;
    const found = findImperative(tokens, index + 1, to, sets, language);
    if (found) return found;
  }
  return null;
}

// Words ending in -est that are not superlatives.
const NOT_SUPERLATIVE =
  /(?:interest|request|invest|forest|honest|modest|harvest|contest|test|rest|west|nest|guest|chest|quest|suggest|protest|digest|manifest|latest|arrest|conquest|earnest|attest|inquest)$/;

const PAST_EN_IRREGULAR = new Set(
  'won made hit grew raised became began took sold built saw got ran held went brought did had was were'.split(
    ' ',
  ),
);
function isPastEn(lower: string): boolean {
  return (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed')) || PAST_EN_IRREGULAR.has(lower);
}

function analyseSentence(
  sentence: { start: number; end: number; text: string; terminator: string },
  tokens: readonly Token[],
  range: [number, number],
  sets: LexiconSets,
  language: Language,
): SentenceAnalysis {
  const [from, to] = range;
  let firstPerson = 0;
  let secondPerson = 0;
  let past = 0;
  let future = 0;
  let negated = false;
  for (let index = from; index < to; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word') continue;
    const { lower } = token;
    if (sets.firstPlural.has(lower) || sets.firstSingular.has(lower)) firstPerson++;
    else if (sets.second.has(lower)) secondPerson++;
    if (sets.negation.has(lower) || lower.endsWith("n't")) negated = true;
    if (sets.future.has(lower) || lower.endsWith("'ll")) future++;
    else if (sets.past.has(lower) || (language === 'en' && index > from && isPastEn(lower))) past++;
  }
  const first = tokens[from];
  const opensAsQuestion = first !== undefined && sets.questionOpeners.has(first.lower) && secondPerson > 0;
  const question =
    sentence.terminator === '?' ||
    sentence.text.includes('?') ||
    sentence.text.includes('？') ||
    opensAsQuestion;
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    terminator: sentence.terminator,
    tokens: range,
    question,
    imperative: question
      ? null
      : (findImperative(tokens, from, to, sets, language) ?? pleaseClause(tokens, range, sets, language)),
    firstPerson,
    secondPerson,
    tense: future > past ? 'future' : past > 0 ? 'past' : 'present',
    negated,
  };
}

/** One pass over a parsed draft: tokens, sentences, who is addressed, imperatives, entities, intent. */
export function analyse(draft: Draft, knownLanguage?: Language): DraftAnalysis {
  const { text } = draft;
  const language = knownLanguage ?? detectLanguage(text);
  const sets = setsFor(language);
  const split = splitSentences(text);
  const tokens: Token[] = [];
  let sentenceIndex = 0;
  scanTokens(text, (start, end) => {
    while (sentenceIndex < split.length - 1 && start >= (split[sentenceIndex] as { end: number }).end)
      sentenceIndex++;
    const value = text.slice(start, end);
    tokens.push({
      start,
      end,
      text: value,
      lower: value.includes('’') ? value.toLowerCase().replace(/’/g, "'") : value.toLowerCase(),
      kind: kindOf(value),
      sentence: sentenceIndex,
    });
  });
  const sentences: SentenceAnalysis[] = [];
  let cursor = 0;
  for (let index = 0; index < split.length; index++) {
    const sentence = split[index] as { start: number; end: number; text: string; terminator: string };
    const from = cursor;
    while (cursor < tokens.length && (tokens[cursor] as Token).start < sentence.end) cursor++;
    let begin = from;
    while (begin < cursor && (tokens[begin] as Token).start < sentence.start) begin++;
    sentences.push(analyseSentence(sentence, tokens, [begin, cursor], sets, language));
  }
  const sentenceStarts = new Set<number>();
  for (const sentence of sentences) {
    const first = tokens[sentence.tokens[0]];
    if (first) sentenceStarts.add(first.start);
    // After a line break or a colon a capitalised word starts a new thought too.
  }
  for (const token of tokens) {
    let at = token.start - 1;
    if (text.charCodeAt(at) === 32) at--;
    if (at >= 0 && OPENS_A_THOUGHT.has(text.charAt(at))) sentenceStarts.add(token.start);
  }
  const entities = findEntities(draft, sentenceStarts);
  const counts = {
    words: 0,
    firstSingular: 0,
    firstPlural: 0,
    second: 0,
    questions: 0,
    imperatives: 0,
    transactionalImperatives: 0,
    exclamations: 0,
    capsWords: 0,
    superlatives: 0,
    negations: 0,
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'punct') {
      if (token.text === '!') counts.exclamations++;
      continue;
    }
    if (token.kind !== 'word') continue;
    counts.words++;
    const { lower } = token;
    if (sets.firstSingular.has(lower)) counts.firstSingular++;
    else if (sets.firstPlural.has(lower)) counts.firstPlural++;
    else if (sets.second.has(lower)) counts.second++;
    if (sets.negation.has(lower)) counts.negations++;
    if (
      has(sets.superlative, sets.pairStarts, tokens, index) > 0 ||
      (language === 'en' && lower.endsWith('est') && lower.length > 5 && !NOT_SUPERLATIVE.test(lower))
    )
      counts.superlatives++;
    // A word opening with a-z is not in capitals; checked first so most words skip upper-casing.
    const opening = token.text.charCodeAt(0);
    if (
      !(opening >= 97 && opening <= 122) &&
      token.text.length >= 3 &&
      token.text === token.text.toUpperCase() &&
      /\p{Lu}/u.test(token.text)
    )
      counts.capsWords++;
  }
  let past = 0;
  let future = 0;
  for (const sentence of sentences) {
    if (sentence.question) counts.questions++;
    if (sentence.imperative) {
      counts.imperatives++;
      if (sentence.imperative.transactional) counts.transactionalImperatives++;
    }
    if (sentence.tense === 'past') past++;
    if (sentence.tense === 'future') future++;
  }
  const intent = detectIntent(text, entities, { past, future });
  return { draft, language, tokens, sentences, entities, intent, counts };
}
