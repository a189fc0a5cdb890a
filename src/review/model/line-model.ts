import { FNV_OFFSET, fnv } from './features';
import shipped from './line-model.json';
import { SPOKEN_GREETINGS } from '../letter-forms';

/**
 * The line model: would a kind editor cut this sentence from the post, because all it does is press,
 * scold, boast or hype and the reader loses nothing without it? A logistic regression over a
 * sentence's hashed words, word pairs, short stems and letter groups, trained by `npm run train`
 * on labelled lines (corpus/lines/) in the seven languages the rules cover. The rewriter asks it
 * about sentences that carry no facts, so a line of pressure no phrase list names ("Spaces rarely
 * last long.", "I've been lenient for too long and it stops now.") can go all the same.
 */

export const LINE_BUCKETS = 1 << 15;

/** Named features first, then the hashed ones. The order is part of the model file. */
export const LINE_FEATURES: readonly string[] = [
  'bias',
  'has-figure',
  'has-link',
  'exclamation',
  'question',
  'capitals',
  'short',
  'long',
];

export interface LineModel {
  version: string;
  trainedOn: { lines: number; writers: string[]; seed: number };
  features: readonly string[];
  buckets: number;
  bias: number;
  weights: Float64Array;
  /** Probability of "cut" at or above which the rewriter cuts a sentence with no facts. */
  threshold: number;
}

/** The model file as written: weights sparse, as [feature index, weight] pairs. */
export interface StoredLineModel extends Omit<LineModel, 'weights'> {
  weights: [number, number][];
}

export interface LineVector {
  indices: number[];
  values: number[];
}

const WORD = fnv(FNV_OFFSET, 'w:');
const PAIR = fnv(FNV_OFFSET, 'b:');
const STEM = fnv(FNV_OFFSET, 'p:');
const OPENER = fnv(FNV_OFFSET, 's:');
const GRAMS = fnv(FNV_OFFSET, 'c:');
const GRAM = 4;

// Words, figures, the marks that carry tone, and emoji; a link, a handle or a tag is one symbol.
const TOKEN =
  /https?:\/\/\S+|www\.\S+|[\w.-]+\.(?:com|org|net|io|example|co|uk|de|fr|es|it|nl|pt|br)\S*|[@#][\p{L}\p{N}_.]+|\p{L}[\p{L}\p{M}'’-]*|\p{N}[\p{N}.,:/%-]*|[!?]|\p{Extended_Pictographic}/gu;

function symbol(token: string): string {
  const first = token[0] as string;
  if (first === '@') return '<mention>';
  if (first === '#') return '<hashtag>';
  if (/^\p{N}/u.test(token)) return token.length >= 4 ? '<long-figure>' : '<figure>';
  if (/^\p{Extended_Pictographic}/u.test(token)) return '<emoji>';
  if (/[./]/u.test(token) && !/^\p{L}+$/u.test(token)) return '<link>';
  return token.toLocaleLowerCase().replace(/’/gu, "'");
}

/** The features of one sentence. Each hashed feature counts once, scaled to unit length. */
export function lineFeatures(text: string): LineVector {
  // "HARD!!!" reads as "HARD!": how loud a line is says little of what it does.
  const tokens = text.replace(/([!?])[!?]+/gu, '$1').match(TOKEN) ?? [];
  const words = tokens.map(symbol);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  const dense: [number, number][] = [
    [0, 1],
    [1, words.some((word) => word === '<figure>' || word === '<long-figure>') ? 1 : 0],
    [2, words.some((word) => word === '<link>' || word === '<mention>') ? 1 : 0],
    [3, Math.min(3, words.filter((word) => word === '!').length) / 3],
    [4, words.includes('?') ? 1 : 0],
    [5, letters.length >= 6 ? capitals / letters.length : 0],
    [6, words.length <= 4 ? 1 : 0],
    [7, words.length >= 25 ? 1 : 0],
  ];
  const seen = new Set<number>();
  const add = (value: number): void => {
    seen.add(LINE_FEATURES.length + ((value >>> 0) & (LINE_BUCKETS - 1)));
  };
  let previous = '<start>';
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (index === 0) add(fnv(OPENER, word));
    add(fnv(WORD, word));
    add(fnv(PAIR, `${previous} ${word}`));
    if (word.length >= 7 && !word.startsWith('<')) add(fnv(STEM, word.slice(0, 5)));
    // Letter groups carry a word's forms across languages and spellings ("regret", "regretterez").
    if (word.length >= 4 && !word.startsWith('<')) {
      const padded = ` ${word} `;
      for (let at = 0; at + GRAM <= padded.length; at++) add(fnv(GRAMS, padded.slice(at, at + GRAM)));
    }
    previous = word;
  }
  add(fnv(PAIR, `${previous} <end>`));
  const indices: number[] = [];
  const values: number[] = [];
  for (const [index, value] of dense) {
    if (value === 0) continue;
    indices.push(index);
    values.push(value);
  }
  const scale = 1 / Math.sqrt(Math.max(1, seen.size));
  for (const index of seen) {
    indices.push(index);
    values.push(scale);
  }
  return { indices, values };
}

export function lineMargin(weights: Float64Array, bias: number, vector: LineVector): number {
  let total = bias;
  for (let index = 0; index < vector.indices.length; index++)
    total += (weights[vector.indices[index] as number] ?? 0) * (vector.values[index] as number);
  return total;
}

/** Turns a stored model into one ready to use, or null if it was trained on other features. */
export function lineModelFromStored(stored: StoredLineModel): LineModel | null {
  const compatible =
    stored.buckets === LINE_BUCKETS &&
    stored.features.length === LINE_FEATURES.length &&
    stored.features.every((name, index) => name === LINE_FEATURES[index]);
  if (!compatible) return null;
  const weights = new Float64Array(LINE_FEATURES.length + LINE_BUCKETS);
  for (let at = 0; at < stored.weights.length; at++) {
    const pair = stored.weights[at] as [number, number];
    weights[pair[0]] = pair[1];
  }
  return { ...stored, weights };
}

let loaded: LineModel | null | undefined;

/** The shipped line model, or null when its features no longer match the code. */
export function loadLineModel(): LineModel | null {
  if (loaded === undefined) loaded = lineModelFromStored(shipped as unknown as StoredLineModel);
  return loaded;
}

/** For training and tests: use this model (or none) until told otherwise. */
export function useLineModel(model: LineModel | null): void {
  loaded = model;
}

/**
 * Whether the model is asked about a line at all: a sentence of two words or more that leads into
 * nothing. "Kind regards,", "PRESS RELEASE", "What you get with the membership:" are the post's
 * frame, not its tone, and are never cut for it; nor is fine print ("*Not evaluated by the FDA.").
 * Short lines and questions are asked about like any other: "Deal with it." and "Still scrolling?"
 * only jab, where "Cash only." and "Which one would you pick?" tell or ask the reader something, and
 * the model has been taught both from lines of those shapes.
 */
export function weighsIn(text: string): boolean {
  const trimmed = text.trim().replace(/(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))+$/u, '');
  return (
    (trimmed.match(/\p{L}+/gu)?.length ?? 0) >= MIN_WORDS &&
    !/[:,;–—-]$/u.test(trimmed) &&
    !/^[*†‡¹²³]/u.test(trimmed) &&
    !GREETING.test(trimmed) &&
    // "PRESS RELEASE", "SUMMER MENU": a heading in capitals is a frame, however short.
    !(/^[^\p{Ll}]+$/u.test(trimmed) && !/[.!?]$/u.test(trimmed))
  );
}

// "Hey everyone!!", "Bonjour à tous": a greeting opens the post, whatever its tone.
const GREETING = new RegExp(String.raw`^(?:${SPOKEN_GREETINGS})\b`, 'iu');

/** Fewer words than this are a heading, a name or a greeting ("Hi Marco", "Thanks!"), never a jab. */
const MIN_WORDS = 2;

/** The model and its margin for this sentence, or null with no model shipped or a line it never weighs. */
function marginOf(text: string): { model: LineModel; margin: number } | null {
  const model = loadLineModel();
  if (!model || !weighsIn(text)) return null;
  return { model, margin: lineMargin(model.weights, model.bias, lineFeatures(text)) };
}

/** The model's chance that an editor would cut this sentence (0 with no model, or a line it never weighs). */
export function cutChance(text: string): number {
  const read = marginOf(text);
  return read ? 1 / (1 + Math.exp(-read.margin)) : 0;
}

/** Whether the line model would cut this sentence (never, with no model shipped). */
export function wouldCut(text: string): boolean {
  const read = marginOf(text);
  // p ≥ threshold is margin ≥ logit(threshold).
  return read !== null && read.margin >= Math.log(read.model.threshold / (1 - read.model.threshold));
}
