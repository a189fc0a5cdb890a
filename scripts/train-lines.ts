/**
 * Trains the line model (`npm run train`, after the verdict model): seeded and reproducible,
 * written to src/review/model/line-model.json. Reads corpus/lines/*.jsonl, one writer per file.
 * A quarter of every writer's lines (by a hash of the text) is the test split: never trained or
 * tuned on. The regularisation and the threshold are chosen by leave-one-writer-out on the rest,
 * so they are chosen on writers the fold never saw.
 *
 *   npx tsx scripts/train-lines.ts            train, report, write the model
 *   npx tsx scripts/train-lines.ts --check    report only; the model file is left as it is
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LINE_BUCKETS,
  LINE_FEATURES,
  lineFeatures,
  lineMargin,
  weighsIn,
  type LineVector,
  type StoredLineModel,
} from '../src/review/model/line-model';
import { factSheet } from '../src/review/facts';
import { sigmoid, trainLogistic } from './logistic';

const SEED = 20261202;
const EPOCHS = 30;
const LAMBDAS = [1e-6, 1e-5, 1e-4, 3e-4];
/** Most lines an editor would keep that the model may cut, on writers it never saw. */
const TARGET_FALSE_CUTS = 0.03;
const LINES_DIR = join(__dirname, '..', 'corpus', 'lines');
const MODEL_FILE = join(__dirname, '..', 'src', 'review', 'model', 'line-model.json');
const SIZE = LINE_FEATURES.length + LINE_BUCKETS;

interface Line {
  text: string;
  cut: boolean;
  writer: string;
  lang: string;
  kind: string;
}
interface Example {
  line: Line;
  vector: LineVector;
  target: number;
}

/** A fixed quarter of each writer's lines, by the text's hash: the same split on every machine. */
export function isTestLine(text: string): boolean {
  return (createHash('sha1').update(text).digest()[0] as number) % 4 === 0;
}

/**
 * Whether the rewriter would ask the model about this line: a sentence it weighs (weighsIn) that
 * carries none of the facts or ways to reply a rewrite must keep. The threshold is chosen, and the
 * model scored, on these lines alone: a line with a price or a name in it is never cut for its tone,
 * and the many easy "keep" lines of that kind would hide how often a plain one is cut by mistake.
 */
export function askedAbout(text: string): boolean {
  if (!weighsIn(text) || /[@#]\w/u.test(text)) return false;
  const { facts } = factSheet(text);
  return (
    facts.numbers.length +
      facts.entities.length +
      facts.urls.length +
      facts.mentions.length +
      facts.replyPaths.length ===
    0
  );
}

/** The shapes the split is also scored by: a line of two or three words, a question, any other line. */
export function shapeOf(text: string): 'short' | 'question' | 'other' {
  if (/\?[\s\p{Extended_Pictographic}\uFE0F\u200D]*$/u.test(text)) return 'question';
  return (text.match(/\p{L}+/gu)?.length ?? 0) < 4 ? 'short' : 'other';
}

function loadLines(): Line[] {
  const lines: Line[] = [];
  for (const file of readdirSync(LINES_DIR)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const writer = file.replace(/\.jsonl$/, '');
    for (const raw of readFileSync(join(LINES_DIR, file), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const entry = JSON.parse(raw) as { text: string; label: string; lang?: string; kind?: string };
      lines.push({
        text: entry.text,
        cut: entry.label === 'cut',
        writer,
        lang: entry.lang ?? 'en',
        kind: entry.kind ?? '',
      });
    }
  }
  return lines;
}

/** The line trainer's regression: its λ applied as it is. */
function train(examples: readonly Example[], lambda: number): { bias: number; weights: Float64Array } {
  return trainLogistic(examples, {
    size: SIZE,
    epochs: EPOCHS,
    seed: SEED,
    penalty: (weight) => lambda * weight,
  });
}

interface Scored {
  line: Line;
  chance: number;
}

function scores(scored: readonly Scored[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let keeps = 0;
  for (const { line, chance } of scored) {
    const cut = chance >= threshold;
    if (!line.cut) keeps++;
    if (cut && line.cut) tp++;
    else if (cut) fp++;
    else if (line.cut) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    lines: scored.length,
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    falseCuts: fp / Math.max(1, keeps),
  };
}

function format(name: string, result: ReturnType<typeof scores>): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  return `${name.padEnd(28)} ${String(result.lines).padStart(5)} lines  P ${result.precision.toFixed(3)}  R ${result.recall.toFixed(3)}  F1 ${result.f1.toFixed(3)}  keep-lines cut ${pct(result.falseCuts)}`;
}

/** The lowest threshold (at least 0.5) at which at most TARGET_FALSE_CUTS of keep-lines are cut. */
function chooseThreshold(scored: readonly Scored[]): number {
  for (let threshold = 0.5; threshold < 0.99; threshold += 0.01)
    if (scores(scored, threshold).falseCuts <= TARGET_FALSE_CUTS) return Number(threshold.toFixed(2));
  return 0.99;
}

/**
 * The model the repo ships, scored beside the one just trained on the same test lines: on all of
 * them, and on the lines of the writers it was trained on alone (a new writer's test lines are
 * in-sample for the new model's writer, never for the shipped one's).
 */
function compareWithShipped(test: readonly Example[], tested: readonly Scored[], threshold: number): void {
  let shipped: StoredLineModel;
  try {
    shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as StoredLineModel;
  } catch {
    return;
  }
  const weights = new Float64Array(SIZE);
  for (const [index, weight] of shipped.weights) weights[index] = weight;
  const known = new Set(shipped.trainedOn.writers);
  const before: Scored[] = test.map((example) => ({
    line: example.line,
    chance: sigmoid(lineMargin(weights, shipped.bias, example.vector)),
  }));
  const ofKnown = (scored: readonly Scored[]) => scored.filter((entry) => known.has(entry.line.writer));
  console.log(format(`shipped ${shipped.version} t=${shipped.threshold}`, scores(before, shipped.threshold)));
  console.log(format(`  shipped, its writers`, scores(ofKnown(before), shipped.threshold)));
  console.log(format(`  trained now, those writers`, scores(ofKnown(tested), threshold)));
}

function main(): void {
  const check = process.argv.includes('--check');
  const lines = loadLines();
  const examples: Example[] = lines.map((line) => ({
    line,
    vector: lineFeatures(line.text),
    target: line.cut ? 1 : 0,
  }));
  // Scored only on the lines the rewriter asks about (askedAbout): a header, a greeting or a line
  // with a fact in it is never cut for its tone.
  const training = examples.filter((example) => !isTestLine(example.line.text));
  const test = examples.filter((example) => isTestLine(example.line.text) && askedAbout(example.line.text));
  const writers = [...new Set(lines.map((line) => line.writer))];
  console.log(
    `${lines.length} lines from ${writers.length} writers; training ${training.length}, test split ${test.length}`,
  );

  // Leave one writer out: each writer's training lines judged by a model that never saw the writer.
  let best: { lambda: number; f1: number; heldOut: Scored[] } | null = null;
  for (const lambda of LAMBDAS) {
    const heldOut: Scored[] = [];
    for (const writer of writers) {
      const fold = train(
        training.filter((example) => example.line.writer !== writer),
        lambda,
      );
      for (const example of training.filter(
        (entry) => entry.line.writer === writer && askedAbout(entry.line.text),
      ))
        heldOut.push({
          line: example.line,
          chance: sigmoid(lineMargin(fold.weights, fold.bias, example.vector)),
        });
    }
    const threshold = chooseThreshold(heldOut);
    const result = scores(heldOut, threshold);
    console.log(format(`LOWO λ=${lambda} t=${threshold}`, result));
    if (!best || result.f1 > best.f1) best = { lambda, f1: result.f1, heldOut };
  }
  if (!best) throw new Error('no lines to train on');
  const threshold = chooseThreshold(best.heldOut);
  // LINES_DEBUG=1: the lines an editor would keep that the model, not having seen their writer, cuts.
  if (process.env.LINES_DEBUG)
    for (const { line, chance } of best.heldOut)
      if (chance >= threshold && !line.cut)
        console.log(`  false cut ${chance.toFixed(2)} [${line.writer}/${line.kind}] ${line.text}`);
  for (const writer of writers)
    console.log(
      format(
        `  LOWO ${writer}`,
        scores(
          best.heldOut.filter((entry) => entry.line.writer === writer),
          threshold,
        ),
      ),
    );

  const model = train(training, best.lambda);
  const tested: Scored[] = test.map((example) => ({
    line: example.line,
    chance: sigmoid(lineMargin(model.weights, model.bias, example.vector)),
  }));
  console.log(format(`test split λ=${best.lambda} t=${threshold}`, scores(tested, threshold)));
  for (const language of [...new Set(lines.map((line) => line.lang))].sort())
    console.log(
      format(
        `  test ${language}`,
        scores(
          tested.filter((entry) => entry.line.lang === language),
          threshold,
        ),
      ),
    );

  for (const shape of ['short', 'question', 'other'] as const) {
    console.log(
      format(
        `  LOWO ${shape}`,
        scores(
          best.heldOut.filter((entry) => shapeOf(entry.line.text) === shape),
          threshold,
        ),
      ),
    );
    console.log(
      format(
        `  test ${shape}`,
        scores(
          tested.filter((entry) => shapeOf(entry.line.text) === shape),
          threshold,
        ),
      ),
    );
  }

  compareWithShipped(test, tested, threshold);

  const weights: [number, number][] = [];
  model.weights.forEach((weight, index) => {
    const rounded = Number(weight.toFixed(4));
    if (rounded !== 0) weights.push([index, rounded]);
  });
  const body = { bias: Number(model.bias.toFixed(6)), weights, threshold };
  const version = `lines-${createHash('sha1').update(JSON.stringify(body)).digest('hex').slice(0, 10)}`;
  const stored: StoredLineModel = {
    version,
    trainedOn: { lines: training.length, writers, seed: SEED },
    features: LINE_FEATURES,
    buckets: LINE_BUCKETS,
    ...body,
  };
  console.log(`${version}: ${weights.length} weights, threshold ${threshold}`);
  if (!check) writeFileSync(MODEL_FILE, `${JSON.stringify(stored)}\n`);
}

if (require.main === module) main();
