/**
 * Trains the verdict model (`npm run train`): seeded and reproducible, written to
 * src/review/model/verdict-model.json. Reads only the training part of corpus/ (see isTest);
 * its choices — regularisation, calibration, pass thresholds — come from leave-one-writer-out
 * cross-validation, so they are made on writers the fold never saw.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { judgeDraft } from '../src/review/judge';
import {
  DENSE_FEATURES,
  extractFeatures,
  FEATURE_COUNT,
  HASH_BUCKETS,
  MODEL_FILE,
  useModel,
  type FeatureVector,
  type StoredModel,
} from '../src/review/model';
import { formatScores, isTest, loadCorpus, score, type LabelledDraft } from './corpus';
import { sigmoid, trainLogistic, type TrainingExample } from './logistic';

const SEED = 20261130;
const EPOCHS = 40;
const LAMBDAS = (process.env.TRAIN_LAMBDAS ?? '1e-7,3e-7,1e-6,3e-6').split(',').map(Number);
/** Most conversational drafts sent back we accept, per strictness, chosen on held-out writers. */
const TARGET_FPR = { gentle: 0.02, standard: 0.04, strict: 0.08 } as const;

interface Example {
  draft: LabelledDraft;
  vector: FeatureVector;
  revise: number;
  salesy: number;
  rulesFlag: boolean;
}

function dot(weights: Float64Array, bias: number, vector: FeatureVector): number {
  let total = bias;
  for (let index = 0; index < vector.indices.length; index++) {
    total += (weights[vector.indices[index] as number] as number) * (vector.values[index] as number);
  }
  return total;
}

/** The verdict trainer's regression: its λ scaled by the number of examples, per hundred. */
function trainVerdict(examples: readonly TrainingExample[], lambda: number, seed: number) {
  return trainLogistic(examples, {
    size: FEATURE_COUNT,
    epochs: EPOCHS,
    seed,
    penalty: (weight) => (lambda * weight * examples.length) / 100,
  });
}

/** Platt scaling: fit p = sigmoid(a·margin + b) to held-out margins, so a score of 70 means about 70 %. */
function fitCalibration(margins: readonly number[], targets: readonly number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let step = 0; step < 3000; step++) {
    let ga = 0;
    let gb = 0;
    margins.forEach((margin, index) => {
      const error = sigmoid(a * margin + b) - (targets[index] as number);
      ga += error * margin;
      gb += error;
    });
    a -= (0.5 * ga) / margins.length;
    b -= (0.5 * gb) / margins.length;
  }
  return { a, b };
}

/** The lowest score threshold whose false-positive rate on held-out writers stays within target. */
function thresholdFor(scores: readonly number[], examples: readonly Example[], target: number): number {
  for (let threshold = 1; threshold <= 99; threshold++) {
    const flagged = scores.map((value) => value < threshold);
    const conversational = examples.filter((example) => example.revise === 0).length;
    const falseAlarms = examples.filter((example, index) => example.revise === 0 && flagged[index]).length;
    if (falseAlarms / conversational > target) return Math.max(1, threshold - 1);
  }
  return 99;
}

function main(): void {
  useModel(null);
  const all = loadCorpus();
  const training = all.filter((draft) => !isTest(draft));
  console.log(
    `corpus: ${all.length} drafts, training on ${training.length} (test split of ${all.length - training.length} untouched)`,
  );
  const examples: Example[] = training.map((draft) => {
    const judgement = judgeDraft(draft.text, { verdict: 'rules', skipRewrite: true });
    return {
      draft,
      vector: extractFeatures(judgement.analysis, judgement.findings, judgement.signals),
      revise: draft.label === 'conversational' ? 0 : 1,
      salesy: draft.label === 'salesy' ? 1 : 0,
      rulesFlag: judgement.verdict === 'revise',
    };
  });
  const writers = [...new Set(examples.map((example) => example.draft.writer))].sort();

  // Leave one writer out: each fold trains without a writer and predicts that writer's drafts.
  let best = { lambda: LAMBDAS[0] as number, f1: -1, margins: [] as number[] };
  for (const lambda of LAMBDAS) {
    const margins = new Array<number>(examples.length).fill(0);
    for (const writer of writers) {
      const fold = examples.filter((example) => example.draft.writer !== writer);
      const model = trainVerdict(
        fold.map((example) => ({ vector: example.vector, target: example.revise })),
        lambda,
        SEED,
      );
      examples.forEach((example, index) => {
        if (example.draft.writer === writer) margins[index] = dot(model.weights, model.bias, example.vector);
      });
    }
    const result = score(
      examples.map((example) => example.draft.label),
      margins.map((margin) => margin > 0),
    );
    console.log(`  λ=${lambda.toExponential(0)}  ${formatScores('leave-one-writer-out', result)}`);
    if (result.f1 > best.f1) best = { lambda, f1: result.f1, margins };
  }

  if (process.env.TRAIN_DUMP) {
    writeFileSync(
      process.env.TRAIN_DUMP,
      examples
        .map((example, index) =>
          JSON.stringify({
            id: example.draft.id,
            label: example.draft.label,
            margin: best.margins[index],
            text: example.draft.text,
          }),
        )
        .join('\n'),
    );
  }
  const calibration = fitCalibration(
    best.margins,
    examples.map((example) => example.revise),
  );
  const heldOutScores = best.margins.map((margin) =>
    Math.round(100 * (1 - sigmoid(calibration.a * margin + calibration.b))),
  );
  const thresholds = {
    gentle: thresholdFor(heldOutScores, examples, TARGET_FPR.gentle),
    standard: thresholdFor(heldOutScores, examples, TARGET_FPR.standard),
    strict: thresholdFor(heldOutScores, examples, TARGET_FPR.strict),
  };
  const labels = examples.map((example) => example.draft.label);
  console.log(
    `chosen λ=${best.lambda}, calibration a=${calibration.a.toFixed(3)} b=${calibration.b.toFixed(3)}, pass thresholds ${JSON.stringify(thresholds)}`,
  );
  console.log(
    formatScores(
      'held-out writers, rules alone',
      score(
        labels,
        examples.map((example) => example.rulesFlag),
      ),
    ),
  );
  console.log(
    formatScores(
      'held-out writers, model (standard)',
      score(
        labels,
        heldOutScores.map((value) => value < thresholds.standard),
      ),
    ),
  );
  for (const writer of writers) {
    const mine = examples
      .map((example, index) => ({ example, index }))
      .filter(({ example }) => example.draft.writer === writer);
    console.log(
      `    ${formatScores(
        writer,
        score(
          mine.map(({ example }) => example.draft.label),
          mine.map(({ index }) => (heldOutScores[index] as number) < thresholds.standard),
        ),
      )}`,
    );
  }
  // Reliability: how often drafts in each score band are conversational.
  const bands = new Map<number, { fine: number; total: number }>();
  heldOutScores.forEach((value, index) => {
    const band = Math.min(9, Math.floor(value / 10));
    const entry = bands.get(band) ?? { fine: 0, total: 0 };
    entry.total++;
    if (examples[index]?.revise === 0) entry.fine++;
    bands.set(band, entry);
  });
  console.log(
    'calibration (score band: share conversational, n): ' +
      [...bands.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(
          ([band, { fine, total }]) =>
            `${band * 10}-${band * 10 + 9}: ${(fine / total).toFixed(2)} (${total})`,
        )
        .join(', '),
  );

  const revise = trainVerdict(
    examples.map((example) => ({ vector: example.vector, target: example.revise })),
    best.lambda,
    SEED,
  );
  const flagged = examples.filter((example) => example.revise === 1);
  const category = trainVerdict(
    flagged.map((example) => ({ vector: example.vector, target: example.salesy })),
    best.lambda,
    SEED + 1,
  );
  // Sparse: only features the training drafts ever set carry a weight.
  const round = (values: Float64Array): [number, number][] =>
    Array.from(values, (value, index): [number, number] => [index, Math.round(value * 1e3) / 1e3]).filter(
      ([, value]) => value !== 0,
    );
  const body = {
    trainedOn: { drafts: examples.length, writers, seed: SEED },
    features: DENSE_FEATURES,
    buckets: HASH_BUCKETS,
    revise: { bias: Math.round(revise.bias * 1e4) / 1e4, weights: round(revise.weights) },
    category: { bias: Math.round(category.bias * 1e4) / 1e4, weights: round(category.weights) },
    calibration: { a: Math.round(calibration.a * 1e4) / 1e4, b: Math.round(calibration.b * 1e4) / 1e4 },
    thresholds,
  };
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 8);
  const model: StoredModel = { version: `verdict-lr-${digest}`, ...body };
  writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${MODEL_FILE} (${model.version})`);
}

main();
