import type { DraftAnalysis } from '../analysis';
import { INTENTS } from '../analysis';
import { RULES } from '../rules';
import { SIGNALS } from '../signals';
import { LANGUAGES, type Finding, type Signal } from '../types';

/**
 * What the verdict model sees of a draft: the rules' findings and the favourable signals (so the
 * model learns how much each rule is worth, instead of hand-set points), the analysis' grammar
 * counts, and hashed words, sentence openers and word pairs. Hashing keeps the vocabulary open:
 * a word never seen in training simply adds nothing.
 */

/** Named features first, then `HASH_BUCKETS` hashed ones. The order is part of the model file. */
export const DENSE_FEATURES: readonly string[] = [
  'bias-length',
  ...RULES.map((rule) => `rule:${rule.meta.id}`),
  'rule:team-phrase',
  ...RULES.map((rule) => `rule-error:${rule.meta.id}`),
  ...SIGNALS.map((signal) => `signal:${signal.id}`),
  ...INTENTS.map((intent) => `intent:${intent}`),
  ...[...LANGUAGES, 'other'].map((language) => `language:${language}`),
  'words:log',
  'sentences:log',
  'share:first-singular',
  'share:first-plural',
  'share:second',
  'we-over-you',
  'questions',
  'ends-on-question',
  'imperatives',
  'transactional-imperatives',
  'opens-with-imperative',
  'exclamations',
  'caps-words',
  'superlatives',
  'negations',
  'entity:money',
  'entity:percent',
  'entity:phone',
  'entity:shortcode',
  'entity:url',
  'entity:mention',
  'entity:email',
  'entity:hashtag',
  'entity:date',
  'entity:person',
  'entity:organisation',
  'entity:number',
  'emoji',
  'opens-with-we',
  'past-sentences',
  'future-sentences',
];
const DENSE_INDEX = new Map(DENSE_FEATURES.map((name, index) => [name, index]));

/**
 * The positions of the features named `<prefix>:<name>`, by name: looking up a rule id or an
 * entity kind here avoids building the string "rule:<id>" (and hashing it) for every finding.
 */
function positionsOf(prefix: string): Map<string, number> {
  const positions = new Map<string, number>();
  DENSE_FEATURES.forEach((name, index) => {
    if (name.startsWith(`${prefix}:`)) positions.set(name.slice(prefix.length + 1), index);
  });
  return positions;
}
const RULE_AT = positionsOf('rule');
const RULE_ERROR_AT = positionsOf('rule-error');
const SIGNAL_AT = positionsOf('signal');
const INTENT_AT = positionsOf('intent');
const LANGUAGE_AT = positionsOf('language');
const ENTITY_KINDS = [
  'money',
  'percent',
  'phone',
  'shortcode',
  'url',
  'mention',
  'email',
  'hashtag',
  'date',
  'person',
  'organisation',
  'number',
] as const;
const ENTITY_AT = positionsOf('entity');
/** Positions of the per-rule counts, which are damped once all findings are counted. */
const RULE_POSITIONS = new Set(
  DENSE_FEATURES.flatMap((name, index) => (name.startsWith('rule') ? [index] : [])),
);
export const HASH_BUCKETS = 1 << 15;
export const FEATURE_COUNT = DENSE_FEATURES.length + HASH_BUCKETS;

const STEMS = process.env.MODEL_STEMS !== '0';

/** A sparse vector: parallel arrays of feature indices and values. */
export interface FeatureVector {
  indices: number[];
  values: number[];
}

/** FNV-1a, 32 bits: small, fast and stable across platforms, so weights mean the same everywhere. */
export function hash(text: string): number {
  return fnv(FNV_OFFSET, text) >>> 0;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a continued from `value` over `text`: hash(a + b) is fnv(fnv(offset, a), b) >>> 0. */
export function fnv(value: number, text: string, length = text.length): number {
  for (let index = 0; index < length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value;
}

// The hashed features' prefixes, hashed once: a token's features continue from these.
const SENTENCE_OPENER = fnv(FNV_OFFSET, 's:');
const WORD = fnv(FNV_OFFSET, 'w:');
const PAIR = fnv(FNV_OFFSET, 'b:');
const STEM = fnv(FNV_OFFSET, 'p:');
const SPACE = ' '.charCodeAt(0);

const PLACEHOLDER_WORDS: Record<string, string> = {
  '\uE000': '<url>',
  '\uE001': '<mention>',
  '\uE002': '<channel>',
  '\uE003': '<special>',
  '\uE004': '<emoji>',
  '\uE005': '<code>',
};

/** A token as the model reads it: lower case, digits folded, emoji and links as one symbol each. */
function normalise(lower: string, kind: string): string | null {
  if (kind === 'placeholder') return PLACEHOLDER_WORDS[lower] ?? '<x>';
  if (kind === 'emoji') return '<emoji>';
  if (kind === 'number') return lower.length >= 4 ? '<long-number>' : '<number>';
  if (kind === 'punct')
    return lower === '!' || lower === '?' || lower === '%' || lower === '$' || lower === '£' || lower === '€'
      ? lower
      : null;
  return lower;
}

function count(list: readonly { kind: string }[], kind: string): number {
  let total = 0;
  for (const item of list) if (item.kind === kind) total++;
  return total;
}

/** Which draft last saw each hash bucket (see `add` in `extractFeatures`). */
// One byte per bucket (32 KB, small enough to stay in cache); the stamps start over every 255 drafts.
const seenInDraft = new Uint8Array(HASH_BUCKETS);
let draftStamp = 0;

/** The features of one judged draft. Each named feature is bounded so no single count dominates. */
export function extractFeatures(
  analysis: DraftAnalysis,
  findings: readonly Finding[],
  signals: readonly Signal[],
): FeatureVector {
  // Insertion order matters: the model sums weight × value in this order, and a float sum in
  // another order could round differently.
  const dense = new Map<number, number>();
  const setAt = (index: number | undefined, value: number): void => {
    if (index !== undefined && value !== 0) dense.set(index, (dense.get(index) ?? 0) + value);
  };
  const set = (name: string, value: number): void => setAt(DENSE_INDEX.get(name), value);
  const { counts, sentences, entities, tokens } = analysis;
  const words = Math.max(1, counts.words);
  set('bias-length', 1);
  for (const finding of findings) {
    setAt(RULE_AT.get(finding.rule), 1);
    if (finding.severity === 'error') setAt(RULE_ERROR_AT.get(finding.rule), 1);
  }
  // Repeats matter less than presence: 1, 1.5, 1.8… instead of 1, 2, 3.
  for (const [position, value] of dense)
    if (RULE_POSITIONS.has(position)) dense.set(position, Math.log2(1 + value));
  for (const signal of new Set(signals.map((entry) => entry.signal))) setAt(SIGNAL_AT.get(signal), 1);
  setAt(INTENT_AT.get(analysis.intent), 1);
  setAt(LANGUAGE_AT.get(analysis.language), 1);
  set('words:log', Math.log1p(counts.words) / 5);
  set('sentences:log', Math.log1p(sentences.length) / 3);
  set('share:first-singular', Math.min(1, (counts.firstSingular / words) * 10));
  set('share:first-plural', Math.min(1, (counts.firstPlural / words) * 10));
  set('share:second', Math.min(1, (counts.second / words) * 10));
  set('we-over-you', Math.tanh((counts.firstPlural - counts.second) / 3));
  set('questions', Math.min(3, counts.questions) / 3);
  const last = sentences[sentences.length - 1];
  set('ends-on-question', last?.question ? 1 : 0);
  set('imperatives', Math.min(4, counts.imperatives) / 4);
  set('transactional-imperatives', Math.min(4, counts.transactionalImperatives) / 4);
  set('opens-with-imperative', sentences[0]?.imperative ? 1 : 0);
  set('exclamations', Math.min(5, counts.exclamations) / 5);
  set('caps-words', Math.min(1, (counts.capsWords / words) * 5));
  set('superlatives', Math.min(3, counts.superlatives) / 3);
  set('negations', Math.min(3, counts.negations) / 3);
  for (const kind of ENTITY_KINDS) setAt(ENTITY_AT.get(kind), Math.min(3, count(entities, kind)) / 3);
  set('emoji', Math.min(6, count(tokens, 'emoji') + (analysis.draft.text.match(/\uE004/g)?.length ?? 0)) / 6);
  const opener = tokens[0]?.lower;
  set(
    'opens-with-we',
    opener !== undefined && /^(?:we|we're|we've|our|nous|wir|nosotros|nós|noi|wij|we’re)$/.test(opener)
      ? 1
      : 0,
  );
  set(
    'past-sentences',
    sentences.filter((sentence) => sentence.tense === 'past').length / Math.max(1, sentences.length),
  );
  set(
    'future-sentences',
    sentences.filter((sentence) => sentence.tense === 'future').length / Math.max(1, sentences.length),
  );

  // Hashed features: `s:<opener>`, `w:<word>`, `b:<previous> <word>`, `p:<stem>`, each hashed by
  // continuing from its prefix's hash, so no feature string is ever built.
  // Each bucket once, in the order first seen (the order the model sums them in); a stamp per
  // bucket says whether this draft has it yet, instead of a Map keyed by bucket.
  const hashed: number[] = [];
  if (draftStamp === 255) {
    seenInDraft.fill(0);
    draftStamp = 0;
  }
  const stamp = ++draftStamp;
  const add = (value: number): void => {
    const bucket = (value >>> 0) & (HASH_BUCKETS - 1); // the same as % for a power of two
    if (seenInDraft[bucket] === stamp) return;
    seenInDraft[bucket] = stamp;
    hashed.push(DENSE_FEATURES.length + bucket);
  };
  const pairStart = fnv(fnv(PAIR, '<start>'), ' ');
  let pairPrefix = pairStart;
  let sentence = -1;
  for (const token of tokens) {
    const word = normalise(token.lower, token.kind);
    if (word === null) continue;
    if (token.sentence !== sentence) {
      sentence = token.sentence;
      pairPrefix = pairStart;
      add(fnv(SENTENCE_OPENER, word));
    }
    add(fnv(WORD, word));
    add(fnv(pairPrefix, word));
    // A crude stem (the first five letters) carries inflected forms across languages:
    // "transform", "transforms", "transformez", "transforma" meet here.
    if (STEMS && word.length >= 7) add(fnv(STEM, word, 5));
    pairPrefix = Math.imul(fnv(PAIR, word) ^ SPACE, 0x01000193);
  }
  // Unit length for the word part, so a long post is not judged by its word count.
  const scale = 1 / Math.sqrt(Math.max(1, hashed.length));
  const indices = [...dense.keys(), ...hashed];
  const values = [...dense.values()];
  for (let index = 0; index < hashed.length; index++) values.push(scale); // each hashed feature is 1 × scale
  return { indices, values };
}

/** The index of a token's single-word feature, or null for tokens the model does not read. */
export function wordFeatureIndex(lower: string, kind: string): number | null {
  const word = normalise(lower, kind);
  return word === null ? null : DENSE_FEATURES.length + (hash(`w:${word}`) % HASH_BUCKETS);
}
