import { join } from 'node:path';
import shipped from './verdict-model.json';
import type { DraftAnalysis } from '../analysis';
import type { Category } from '../types';
import { DENSE_FEATURES, FEATURE_COUNT, wordFeatureIndex, type FeatureVector } from './features';

export {
  extractFeatures,
  DENSE_FEATURES,
  FEATURE_COUNT,
  HASH_BUCKETS,
  hash,
  type FeatureVector,
} from './features';

/**
 * The verdict model as shipped: two logistic regressions over the same features (does the draft
 * need revising; if so, is it more a pitch or an announcement), a Platt calibration so the score
 * reads as a probability, and the pass thresholds chosen when it was trained. Written by
 * `npm run train`, read here; nothing in it is edited by hand.
 */
export interface VerdictModel {
  version: string;
  trainedOn: { drafts: number; writers: string[]; seed: number };
  features: readonly string[];
  buckets: number;
  revise: { bias: number; weights: Float64Array };
  category: { bias: number; weights: Float64Array };
  /** p = sigmoid(a * margin + b), fitted on held-out folds. */
  calibration: { a: number; b: number };
  /** Minimum score (0–100, the calibrated chance a reader finds the draft fine) to pass. */
  thresholds: { gentle: number; standard: number; strict: number };
}

/** The model file as written: weights stored sparse, as [feature index, weight] pairs. */
export interface StoredModel extends Omit<VerdictModel, 'revise' | 'category'> {
  revise: { bias: number; weights: [number, number][] };
  category: { bias: number; weights: [number, number][] };
}

export const MODEL_FILE = join(__dirname, 'verdict-model.json');

function dense(pairs: readonly (readonly number[])[]): Float64Array {
  const weights = new Float64Array(FEATURE_COUNT);
  // Indexed, not destructured: 62,000 pairs through the iterator protocol cost ~25 ms of a cold start.
  for (let at = 0; at < pairs.length; at++) {
    const pair = pairs[at] as readonly number[];
    weights[pair[0] as number] = pair[1] as number;
  }
  return weights;
}

/** Turns a stored model into one ready to predict, or null if it was trained on other features. */
export function fromStored(stored: StoredModel): VerdictModel | null {
  const compatible =
    Array.isArray(stored.revise?.weights?.[0]) &&
    stored.buckets === FEATURE_COUNT - DENSE_FEATURES.length &&
    stored.features.length === DENSE_FEATURES.length &&
    stored.features.every((name, index) => name === DENSE_FEATURES[index]);
  if (!compatible) return null;
  return {
    ...stored,
    revise: { bias: stored.revise.bias, weights: dense(stored.revise.weights) },
    category: { bias: stored.category.bias, weights: dense(stored.category.weights) },
  };
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

export function margin(weights: Float64Array, bias: number, vector: FeatureVector): number {
  let total = bias;
  for (let index = 0; index < vector.indices.length; index++) {
    total += (weights[vector.indices[index] as number] ?? 0) * (vector.values[index] as number);
  }
  return total;
}

export interface ModelOpinion {
  /** Calibrated probability that the draft should be revised. */
  revise: number;
  category: Category;
}

export function predict(model: VerdictModel, vector: FeatureVector): ModelOpinion {
  const raw = margin(model.revise.weights, model.revise.bias, vector);
  const revise = sigmoid(model.calibration.a * raw + model.calibration.b);
  const category: Category =
    margin(model.category.weights, model.category.bias, vector) >= 0 ? 'salesy' : 'broadcast';
  return { revise, category };
}

let loaded: VerdictModel | null | undefined;

/**
 * The shipped model, or null when its features no longer match the code (retrain with
 * `npm run train`; until then the rules decide alone).
 */
export function loadModel(): VerdictModel | null {
  if (loaded === undefined) loaded = fromStored(shipped as unknown as StoredModel);
  return loaded;
}

/** For training and tests: use this model (or none) until told otherwise. */
export function useModel(model: VerdictModel | null): void {
  loaded = model;
}

/** How much one sentence's words push towards "revise" (the sum of their word weights). */
export function sentenceLeaning(model: VerdictModel, analysis: DraftAnalysis, sentenceIndex: number): number {
  const sentence = analysis.sentences[sentenceIndex];
  if (!sentence) return 0;
  let total = 0;
  for (let index = sentence.tokens[0]; index < sentence.tokens[1]; index++) {
    const token = analysis.tokens[index];
    if (!token) continue;
    const feature = wordFeatureIndex(token.lower, token.kind);
    if (feature !== null) total += model.revise.weights[feature] ?? 0;
  }
  return total;
}
