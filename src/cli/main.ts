import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkDraft, reviewDraft } from '../review';
import type { Refiner } from '../review/refiner';
import { networkFromName } from '../review/networks';
import type { Review, ReviewOptions, Strictness } from '../review/types';
import { COLOURS, PLAIN, formatReview } from './format';
import { toJsonlLine, parseJsonlLine, reviewJsonlLine } from './jsonl';
import { BATCH_LINES, JsonlPool, WORKERS_FROM_LINES, workersAvailable } from './jsonl-pool';

const USAGE = `Usage: etiquette-coach review [options] [TEXT...]
       etiquette-coach eval [options] FILE.jsonl...   (measure the reviewer: eval --help)

Reviews a social-media draft for broadcast-style or salesy phrasing and suggests a
conversational rewrite. Reads the draft from TEXT, or from stdin when TEXT is absent or "-".

Options:
  --json              print one review as JSON
  --jsonl             read {"id","text"} lines on stdin, write one review line per input
  --strictness LEVEL  gentle, standard (default) or strict
  --network NAME      where the drafts are going: any (default), x, linkedin, instagram,
                      facebook, threads, bluesky or mastodon; a leading "x: " in a draft,
                      or a "network" field on a --jsonl line, wins
  --no-llm            use the rules only, even when OPENAI_API_KEY is set
  --no-color          plain output (also NO_COLOR=1)
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 when every draft passes, 1 when any needs revising, 2 on a usage error.

Examples:
  npx etiquette-coach review "BUY NOW!!! Only 3 left"
  echo "Big news: we are proud to announce our new app" | npx etiquette-coach review --json
  npx etiquette-coach review --jsonl < drafts.jsonl > reviews.jsonl`;

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const defaultIo = (): CliIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

class UsageError extends Error {}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The LLM refiner, when configured and wanted; loaded lazily so the rules-only path stays instant. */
async function loadRefiner(io: CliIo, wanted: boolean): Promise<Refiner | null> {
  if (!wanted || !io.env.OPENAI_API_KEY) return null;
  // Required lazily: the openai client is only loaded when a key is set.
  const { refinerFromEnvironment } = require('./refiner') as typeof import('./refiner');
  return refinerFromEnvironment({ ...process.env, ...io.env });
}

async function reviewOne(text: string, options: ReviewOptions, refiner: Refiner | null): Promise<Review> {
  const review = reviewDraft(text, options);
  if (!refiner) return review;
  return (await refiner.refine(text, review, options)) ?? review;
}

/** With a model in the loop, this many drafts are in flight at once; output keeps input order. */
const JSONL_WINDOW = 8;

async function runJsonl(io: CliIo, options: ReviewOptions, refiner: Refiner | null): Promise<number> {
  if (!refiner && workersAvailable()) return runJsonlOnWorkers(io, options);
  let anyRevise = false;
  let lineNumber = 0;
  let bad = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  // Batch writes: one write per line is the slow part of a 32,000-draft run.
  let buffer = '';
  const flush = async () => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!io.stdout.write(chunk)) await new Promise((resolve) => io.stdout.once('drain', resolve));
  };
  const pending: Promise<string>[] = [];
  const reviewLine = async (raw: string, line: number): Promise<string> => {
    const parsed = parseJsonlLine(raw, line);
    if ('error' in parsed) {
      bad++;
      return JSON.stringify(parsed);
    }
    const problem = checkDraft(parsed.text);
    if (problem) {
      bad++;
      return JSON.stringify({ id: parsed.id, line, error: problem.message });
    }
    const review = await reviewOne(
      parsed.text,
      parsed.network ? { ...options, network: parsed.network } : options,
      refiner,
    );
    anyRevise ||= review.verdict === 'revise';
    return toJsonlLine(parsed.id, review);
  };
  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    pending.push(reviewLine(raw, lineNumber));
    // Rules only: every promise is already settled, so this drains at once and order is kept.
    while (pending.length >= (refiner ? JSONL_WINDOW : 1)) buffer += `${await pending.shift()}\n`;
    if (buffer.length > 64 * 1024) await flush();
  }
  for (const line of pending) buffer += `${await line}\n`;
  await flush();
  if (bad > 0)
    io.stderr.write(
      `etiquette-coach: ${bad} line${bad === 1 ? '' : 's'} could not be reviewed (see their "error" field)\n`,
    );
  return anyRevise ? 1 : 0;
}

/**
 * Rules only, compiled: lines stream in, go out in batches to worker threads (one per core) and come back
 * in input order; at most two batches per worker are in flight, so memory stays flat on any input size.
 * Inputs shorter than WORKERS_FROM_LINES are reviewed here, without starting a worker.
 */
async function runJsonlOnWorkers(io: CliIo, options: ReviewOptions): Promise<number> {
  let anyRevise = false;
  let bad = 0;
  let lineNumber = 0;
  let pool: JsonlPool | null = null;
  const inFlight: Promise<{ out: string; revise: boolean; bad: number }>[] = [];
  let batch: string[] = [];
  let batchFirst = 1;
  const write = async (chunk: string) => {
    if (chunk && !io.stdout.write(chunk)) await new Promise((resolve) => io.stdout.once('drain', resolve));
  };
  const settleOne = async () => {
    const result = await inFlight.shift()!;
    anyRevise ||= result.revise;
    bad += result.bad;
    await write(result.out);
  };
  const send = async () => {
    if (batch.length === 0) return;
    pool ??= new JsonlPool(options);
    inFlight.push(pool.review(batchFirst, batch));
    batch = [];
    batchFirst = lineNumber + 1;
    while (inFlight.length >= pool.capacity) await settleOne();
  };
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  try {
    for await (const raw of lines) {
      lineNumber++;
      batch.push(raw);
      if (batch.length >= BATCH_LINES && (pool || lineNumber >= WORKERS_FROM_LINES)) await send();
    }
    if (pool) await send();
    while (inFlight.length > 0) await settleOne();
    // A short input never started a worker: its lines are reviewed here.
    let out = '';
    batch.forEach((raw, index) => {
      if (raw.trim() === '') return;
      const outcome = reviewJsonlLine(raw, batchFirst + index, options);
      out += `${outcome.out}\n`;
      anyRevise ||= outcome.revise;
      if (outcome.bad) bad++;
    });
    await write(out);
  } finally {
    await (pool as JsonlPool | null)?.close();
  }
  if (bad > 0)
    io.stderr.write(
      `etiquette-coach: ${bad} line${bad === 1 ? '' : 's'} could not be reviewed (see their "error" field)\n`,
    );
  return anyRevise ? 1 : 0;
}

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  if (argv[0] === 'eval') {
    const { runEval, EvalUsageError, EVAL_USAGE } = require('./eval') as typeof import('./eval');
    try {
      return await runEval(argv.slice(1), io);
    } catch (error) {
      const usage =
        error instanceof EvalUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      io.stderr.write(`etiquette-coach: ${(error as Error).message}\n${usage ? `\n${EVAL_USAGE}\n` : ''}`);
      return 2;
    }
  }
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`etiquette-coach: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`etiquette-coach: ${(error as Error).message}\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      strictness: { type: 'string' },
      network: { type: 'string' },
      'no-llm': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${(require('../../package.json') as { version: string }).version}\n`);
    return 0;
  }
  const [command, ...words] = positionals;
  if (command !== 'review')
    throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl cannot be used together');
  const strictness = values.strictness ?? 'standard';
  if (!['gentle', 'standard', 'strict'].includes(strictness)) {
    throw new UsageError(`--strictness must be gentle, standard or strict, not "${strictness}"`);
  }
  const network = values.network === undefined ? 'any' : networkFromName(values.network);
  if (!network) {
    throw new UsageError(
      `--network must be any, x, linkedin, instagram, facebook, threads, bluesky or mastodon, not "${values.network}"`,
    );
  }
  const options: ReviewOptions = { strictness: strictness as Strictness, network };
  const refiner = await loadRefiner(io, !values['no-llm']);

  if (values.jsonl) {
    if (words.length > 0) throw new UsageError('--jsonl reads its drafts from stdin; pass no TEXT');
    return runJsonl(io, options, refiner);
  }

  const fromStdin = words.length === 0 || (words.length === 1 && words[0] === '-');
  if (fromStdin && io.stdin.isTTY) throw new UsageError('no draft given: pass TEXT or pipe it on stdin');
  const text = fromStdin ? (await readAll(io.stdin)).replace(/\r?\n$/, '') : words.join(' ');
  const problem = checkDraft(text);
  if (problem) {
    io.stderr.write(`etiquette-coach: ${problem.message}\n`);
    return 2;
  }
  const review = await reviewOne(text, options, refiner);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(review, null, 2)}\n`);
  } else {
    const colour = Boolean(io.stdout.isTTY) && !values['no-color'] && !io.env.NO_COLOR;
    io.stdout.write(`${formatReview(text, review, colour || io.env.FORCE_COLOR ? COLOURS : PLAIN)}\n`);
  }
  return review.verdict === 'pass' ? 0 : 1;
}
