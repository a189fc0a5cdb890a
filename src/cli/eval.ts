import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkDraft, reviewDraft } from '../review';
import type { GuardCode, LlmRefiner, RefinementTrace } from '../review/llm';
import type { Review, ReviewOptions, Strictness } from '../review/types';

export const EVAL_USAGE = `Usage: etiquette-coach eval [options] FILE.jsonl...

Measures the reviewer on labelled drafts: lines of {"id","text","label"} with label salesy,
broadcast or conversational (the format of test/fixtures/drafts.jsonl). The rules review every
draft; when OPENAI_API_KEY is set, the model at OPENAI_BASE_URL / OPENAI_MODEL reviews it too,
through the same guards as in Slack, and both are reported side by side.

Options:
  --json              print the report as JSON
  --no-llm            rules only, even when OPENAI_API_KEY is set
  --concurrency N     drafts with the model at once (default 4)
  --price IN,OUT      USD per 1M input and output tokens (known: gpt-6-luna); 0,0 for your own server
  --max-cost USD      stop sending drafts to the model before the cost would pass this
  --timeout MS        one request's budget (default 7000); a refinement gets twice that plus 1 s
  --retries N         transport retries per request on 429, 5xx, timeouts (default 1)
  --strictness LEVEL  gentle, standard (default) or strict
  -h, --help          show this help

Examples:
  npx etiquette-coach eval --no-llm test/fixtures/holdout.jsonl
  OPENAI_API_KEY=sk-... npx etiquette-coach eval --max-cost 0.50 my-posts.jsonl
  OPENAI_BASE_URL=http://localhost:11434/v1 OPENAI_API_KEY=ollama OPENAI_MODEL=qwen3:8b \\
    npx etiquette-coach eval --price 0,0 --timeout 60000 --concurrency 1 my-posts.jsonl`;

/** List prices in USD per 1M tokens, standard tier, as read from the provider's model page. */
export const KNOWN_PRICES: Record<string, { input: number; output: number; source: string }> = {
  'gpt-6-luna': { input: 0.1, output: 0.5, source: "OpenAI's gpt-6-luna page, read 2026-11-23" },
};

export const LABELS = ['salesy', 'broadcast', 'conversational'] as const;
export type Label = (typeof LABELS)[number];

export interface LabelledDraft {
  id: string | number;
  text: string;
  label: Label;
}

export class EvalUsageError extends Error {}

export interface Quality {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Share of conversational drafts sent back for revising. */
  falsePositiveRate: number | null;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

export interface RewriteProxies {
  /** Drafts that got a rewrite. */
  rewrites: number;
  /** The closing sentence most rewrites share, and the share of rewrites ending with it. */
  commonClosing: string | null;
  commonClosingShare: number | null;
  /** Share of rewrites that are the draft nearly whole with a sentence appended. */
  draftPlusAppendedShare: number | null;
  /** Rewrites of drafts with a way to reply (reply YES, DM us, email…) that keep one of that kind. */
  replyPathsKept: number;
  replyPathsTotal: number;
}

export interface ReviewerReport extends Quality {
  latencyMs: { p50: number | null; p95: number | null };
  rewrite: RewriteProxies;
}

export interface ModelReport extends ReviewerReport {
  model: string;
  baseURL: string;
  promptVersion: string;
  /** Drafts sent to the model (the rest stood with the rules: too long, or the budget ran out). */
  sent: number;
  /** The model's review was used. */
  refined: number;
  /** The rule review stood: the model failed, timed out, or its answers failed the guards twice. */
  fallbacks: number;
  fallbackRate: number | null;
  failures: Record<string, number>;
  guard: {
    /** Answers sent back by a guard (a draft can have two). */
    answersRejected: number;
    byReason: Partial<Record<GuardCode, number>>;
    /** Model reviews shown with the rule rewrite because the model's rewrite failed twice. */
    ruleRewrite: number;
  };
  tokens: { input: number; output: number; inputPerDraft: number | null; outputPerDraft: number | null };
  cost: {
    usd: number | null;
    perThousandDrafts: number | null;
    price: { input: number; output: number } | null;
    priceSource: string | null;
  };
  budget: { maxCost: number | null; stopped: boolean };
}

export interface EvalReport {
  files: string[];
  drafts: number;
  labels: Record<Label, number>;
  /** Lines that could not be read (bad JSON, missing or unknown label, empty text). */
  badLines: number;
  /** Drafts left out because the budget ran out before they could be sent to the model. */
  notEvaluated: number;
  rules: ReviewerReport;
  model: ModelReport | null;
}

interface Row {
  draft: LabelledDraft;
  rules: Review;
  rulesMs: number;
  model?: Review;
  trace?: RefinementTrace;
}

// ---------------------------------------------------------------------------------------------

/** Reads labelled lines; a bad line is counted and described, never fatal. */
export function readLabelled(text: string, file: string): { drafts: LabelledDraft[]; problems: string[] } {
  const drafts: LabelledDraft[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`${where}: malformed JSON`);
      return;
    }
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : index + 1;
    if (typeof record.text !== 'string' || checkDraft(record.text) !== null) {
      problems.push(`${where}: missing or unreviewable "text"`);
      return;
    }
    if (!(LABELS as readonly unknown[]).includes(record.label)) {
      problems.push(`${where}: "label" must be salesy, broadcast or conversational`);
      return;
    }
    drafts.push({ id, text: record.text, label: record.label as Label });
  });
  return { drafts, problems };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function quality(pairs: Array<{ label: Label; verdict: Review['verdict'] }>): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { label, verdict } of pairs) {
    const flagged = verdict === 'revise';
    const shouldFlag = label !== 'conversational';
    if (flagged && shouldFlag) tp++;
    else if (flagged) fp++;
    else if (shouldFlag) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    falsePositiveRate: ratio(fp, fp + tn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
  };
}

/** The p-th percentile of the values (nearest rank), or null for none. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

// Rewrite proxies -------------------------------------------------------------------------------

const LINKS = /<[^<>\n]+>|https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|app|example)\S*/gi;

function sentencesOf(text: string): string[] {
  return (text.replace(LINKS, ' ').match(/[^.!?¿¡\n]+[.!?]*/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

function wordsOf(text: string): string[] {
  return (text
    .replace(LINKS, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

function lcs(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++)
      row.push(x === b[j] ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** The draft kept nearly word for word, with one or more sentences of new words at the end. */
export function isDraftPlusAppended(draft: string, rewrite: string): boolean {
  const sentences = sentencesOf(rewrite);
  if (sentences.length < 2) return false;
  const last = wordsOf(sentences[sentences.length - 1] as string);
  const body = wordsOf(sentences.slice(0, -1).join(' '));
  const original = wordsOf(draft);
  if (original.length === 0 || last.length === 0) return false;
  const kept = lcs(original, body) / original.length;
  const known = new Set(original);
  const fresh = last.filter((word) => !known.has(word)).length / last.length;
  return kept >= 0.8 && fresh >= 0.5;
}

const REPLY_PATHS: Array<[string, RegExp]> = [
  ['reply', /\b(?:reply|respond|responde|répondez|réponds|antworte[tn]?|rispondi|antwoord|responda)\b/iu],
  ['dm', /\b(?:dm|direct message|message us|send us a message|mensaje|écrivez-nous|schreib(?:t)? uns)\b/iu],
  ['comment', /\b(?:comment|comments|comenta|commentez|kommentier\w*|commenta|reageer)\b/iu],
  ['email', /\b(?:e-?mail|correo)\b|[\w.+-]+@[\w-]+\.[\w.]+/iu],
  ['call', /\b(?:call us|text \w+ to|whatsapp|llámanos|appelez)\b/iu],
];

/** The kinds of reply path a text offers: reply, dm, comment, email, call. */
export function replyPaths(text: string): string[] {
  return REPLY_PATHS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

export function rewriteProxies(rows: Array<{ draft: string; review: Review }>): RewriteProxies {
  const rewritten = rows.filter(({ review }) => review.verdict === 'revise' && review.rewrite);
  const closings = new Map<string, { text: string; count: number }>();
  let appended = 0;
  let pathsTotal = 0;
  let pathsKept = 0;
  for (const { draft, review } of rewritten) {
    const rewrite = review.rewrite as string;
    const last = sentencesOf(rewrite).at(-1);
    if (last) {
      const key = wordsOf(last).join(' ');
      const entry = closings.get(key) ?? { text: last, count: 0 };
      entry.count++;
      closings.set(key, entry);
    }
    if (isDraftPlusAppended(draft, rewrite)) appended++;
    const paths = replyPaths(draft);
    if (paths.length > 0) {
      pathsTotal++;
      const kept = new Set(replyPaths(rewrite));
      if (paths.some((kind) => kept.has(kind))) pathsKept++;
    }
  }
  let common: { text: string; count: number } | null = null;
  for (const entry of closings.values()) if (!common || entry.count > common.count) common = entry;
  return {
    rewrites: rewritten.length,
    commonClosing: common?.text ?? null,
    commonClosingShare: common ? common.count / rewritten.length : null,
    draftPlusAppendedShare: ratio(appended, rewritten.length),
    replyPathsKept: pathsKept,
    replyPathsTotal: pathsTotal,
  };
}

function reviewerReport(rows: Row[], pick: (row: Row) => Review, ms: (row: Row) => number): ReviewerReport {
  return {
    ...quality(rows.map((row) => ({ label: row.draft.label, verdict: pick(row).verdict }))),
    latencyMs: {
      p50: percentile(rows.map(ms), 50),
      p95: percentile(rows.map(ms), 95),
    },
    rewrite: rewriteProxies(rows.map((row) => ({ draft: row.draft.text, review: pick(row) }))),
  };
}

// Running --------------------------------------------------------------------------------------

export interface EvalSettings {
  concurrency: number;
  price: { input: number; output: number } | null;
  priceSource: string | null;
  maxCost: number | null;
  options: ReviewOptions;
}

const costOf = (trace: RefinementTrace, price: { input: number; output: number }) =>
  (trace.promptTokens * price.input + trace.completionTokens * price.output) / 1_000_000;

/** Reviews every draft with the rules and, when given, the model; then builds the report. */
export async function evaluate(
  drafts: LabelledDraft[],
  refiner: (LlmRefiner & { baseURL: string }) | null,
  settings: EvalSettings,
  files: string[],
  badLines = 0,
): Promise<EvalReport> {
  const rows: Row[] = drafts.map((draft) => {
    const started = performance.now();
    const rules = reviewDraft(draft.text, settings.options);
    return { draft, rules, rulesMs: performance.now() - started };
  });
  let evaluated = rows;
  let stopped = false;
  if (refiner) {
    let spent = 0;
    let settled = 0;
    let inFlight = 0;
    let next = 0;
    const { price, maxCost } = settings;
    const canAfford = () => {
      if (maxCost === null || price === null) return true;
      const average = settled === 0 ? 0 : spent / settled;
      return spent + average * (inFlight + 1) <= maxCost;
    };
    const worker = async () => {
      while (next < rows.length && !stopped) {
        if (!canAfford()) {
          stopped = true;
          break;
        }
        const row = rows[next++] as Row;
        inFlight++;
        let trace: RefinementTrace | undefined;
        const refined = await refiner.refine(row.draft.text, row.rules, settings.options, (t) => (trace = t));
        inFlight--;
        row.model = refined ?? row.rules;
        row.trace = trace;
        settled++;
        if (trace && price) spent += costOf(trace, price);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
    evaluated = rows.filter((row) => row.model !== undefined);
  }

  const count = (label: Label) => evaluated.filter((row) => row.draft.label === label).length;
  const report: EvalReport = {
    files,
    drafts: evaluated.length,
    labels: {
      salesy: count('salesy'),
      broadcast: count('broadcast'),
      conversational: count('conversational'),
    },
    badLines,
    notEvaluated: rows.length - evaluated.length,
    rules: reviewerReport(
      evaluated,
      (row) => row.rules,
      (row) => row.rulesMs,
    ),
    model: null,
  };
  if (!refiner) return report;

  const traces = evaluated.map((row) => row.trace).filter((t): t is RefinementTrace => t !== undefined);
  const sent = traces.filter((t) => !t.skipped);
  const failures: Record<string, number> = {};
  const byReason: Partial<Record<GuardCode, number>> = {};
  let answersRejected = 0;
  for (const trace of traces) {
    if (trace.outcome === 'fallback') {
      const reason = trace.skipped ? 'too-long' : (trace.failure ?? 'error');
      failures[reason] = (failures[reason] ?? 0) + 1;
    }
    for (const codes of trace.rejections) {
      answersRejected++;
      for (const code of codes) byReason[code] = (byReason[code] ?? 0) + 1;
    }
  }
  const input = traces.reduce((sum, t) => sum + t.promptTokens, 0);
  const output = traces.reduce((sum, t) => sum + t.completionTokens, 0);
  const usd = settings.price ? traces.reduce((sum, t) => sum + costOf(t, settings.price!), 0) : null;
  const refined = traces.filter((t) => t.outcome === 'refined').length;
  report.model = {
    model: refiner.model,
    baseURL: refiner.baseURL,
    promptVersion: refiner.promptVersion,
    ...reviewerReport(
      evaluated,
      (row) => row.model as Review,
      (row) => row.trace?.ms ?? 0,
    ),
    sent: sent.length,
    refined,
    fallbacks: traces.length - refined,
    fallbackRate: ratio(traces.length - refined, traces.length),
    failures,
    guard: { answersRejected, byReason, ruleRewrite: traces.filter((t) => t.ruleRewrite).length },
    tokens: {
      input,
      output,
      inputPerDraft: ratio(input, sent.length),
      outputPerDraft: ratio(output, sent.length),
    },
    cost: {
      usd,
      perThousandDrafts: usd === null ? null : ratio(usd * 1000, evaluated.length),
      price: settings.price,
      priceSource: settings.priceSource,
    },
    budget: { maxCost: settings.maxCost, stopped },
  };
  return report;
}

// Output ---------------------------------------------------------------------------------------

const fixed = (value: number | null, digits = 3) => (value === null ? '–' : value.toFixed(digits));
const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
const ms = (value: number | null) =>
  value === null ? '–' : value < 10 ? value.toFixed(2) : Math.round(value).toLocaleString('en-US');
const int = (value: number) => value.toLocaleString('en-US');
const perDraft = (value: number | null) => (value === null ? '–' : int(Math.round(value)));

/** The report as a table for people. */
export function formatReport(report: EvalReport): string {
  const { rules, model } = report;
  const lines: string[] = [];
  const labels = LABELS.map((label) => `${label} ${report.labels[label]}`).join(', ');
  lines.push(`${int(report.drafts)} labelled drafts from ${report.files.join(', ')} (${labels})`);
  if (report.badLines > 0) lines.push(`${report.badLines} lines skipped (see stderr)`);
  if (model) {
    lines.push(`model ${model.model} at ${model.baseURL}, prompts ${model.promptVersion}`);
    if (model.budget.stopped)
      lines.push(
        `budget of $${model.budget.maxCost} reached: ${report.notEvaluated} drafts not evaluated (rules nor model)`,
      );
  } else lines.push('rules only (no OPENAI_API_KEY, or --no-llm)');
  lines.push('');
  const columns = model ? [rules, model] : [rules];
  const row = (name: string, cell: (r: ReviewerReport) => string) =>
    lines.push(`${name.padEnd(38)}${columns.map((r) => cell(r).padStart(12)).join('')}`);
  lines.push(
    `${''.padEnd(38)}${['rules', 'model']
      .slice(0, columns.length)
      .map((h) => h.padStart(12))
      .join('')}`,
  );
  row('precision', (r) => fixed(r.precision));
  row('recall', (r) => fixed(r.recall));
  row('F1', (r) => fixed(r.f1));
  row('false-positive rate (conversational)', (r) => `${fixed(r.falsePositiveRate)}`);
  row('  conversational sent back', (r) => `${r.falsePositives}/${r.falsePositives + r.trueNegatives}`);
  row('latency p50 (ms)', (r) => ms(r.latencyMs.p50));
  row('latency p95 (ms)', (r) => ms(r.latencyMs.p95));
  row('rewrites', (r) => int(r.rewrite.rewrites));
  row('  share ending on the same sentence', (r) => percent(r.rewrite.commonClosingShare));
  row('  draft + appended sentence', (r) => percent(r.rewrite.draftPlusAppendedShare));
  row('  reply paths kept', (r) => `${r.rewrite.replyPathsKept}/${r.rewrite.replyPathsTotal}`);
  for (const [name, r] of [
    ['rules', rules],
    ['model', model],
  ] as const) {
    if (r?.rewrite.commonClosing) lines.push(`most common closing (${name}): "${r.rewrite.commonClosing}"`);
  }
  if (model) {
    lines.push('');
    const failures = Object.entries(model.failures)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ');
    lines.push(
      `model reviews used ${model.refined}/${report.drafts}; rules stood ${model.fallbacks} (${percent(model.fallbackRate)})${failures ? `: ${failures}` : ''}`,
    );
    const reasons = Object.entries(model.guard.byReason)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ');
    lines.push(
      `answers sent back by the guards: ${model.guard.answersRejected}${reasons ? ` (${reasons})` : ''}; rule rewrite stood in ${model.guard.ruleRewrite}`,
    );
    lines.push(
      `tokens: ${int(model.tokens.input)} in, ${int(model.tokens.output)} out (${perDraft(model.tokens.inputPerDraft)} / ${perDraft(model.tokens.outputPerDraft)} per draft sent)`,
    );
    lines.push(
      model.cost.usd === null
        ? 'cost: unknown price for this model (pass --price IN,OUT in USD per 1M tokens)'
        : `cost: $${model.cost.usd.toFixed(4)} ($${fixed(model.cost.perThousandDrafts, 2)} per 1,000 drafts) at $${model.cost.price?.input}/$${model.cost.price?.output} per 1M tokens in/out (${model.cost.priceSource})`,
    );
  }
  return lines.join('\n');
}

// Command line ---------------------------------------------------------------------------------

export interface EvalCommand {
  files: string[];
  json: boolean;
  useModel: boolean;
  concurrency: number;
  price: { input: number; output: number } | null;
  maxCost: number | null;
  timeoutMs: number | null;
  retries: number | null;
  strictness: Strictness;
}

export function parseEvalArgs(argv: string[]): EvalCommand | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'no-llm': { type: 'boolean' },
      concurrency: { type: 'string' },
      price: { type: 'string' },
      'max-cost': { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      strictness: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new EvalUsageError('eval needs a FILE.jsonl of labelled drafts');
  const positive = (name: string, raw: string | undefined, integer: boolean): number | null => {
    if (raw === undefined) return null;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || (integer && (!Number.isInteger(value) || value < 1)))
      throw new EvalUsageError(
        `--${name} must be a ${integer ? 'whole number of at least 1' : 'number ≥ 0'}`,
      );
    return value;
  };
  let price: EvalCommand['price'] = null;
  if (values.price !== undefined) {
    const parts = values.price.split(',').map((part) => Number(part.trim()));
    if (parts.length !== 2 || parts.some((part) => !Number.isFinite(part) || part < 0))
      throw new EvalUsageError('--price takes IN,OUT in USD per 1M tokens, e.g. --price 0.10,0.50');
    price = { input: parts[0] as number, output: parts[1] as number };
  }
  const strictness = values.strictness ?? 'standard';
  if (!['gentle', 'standard', 'strict'].includes(strictness))
    throw new EvalUsageError(`--strictness must be gentle, standard or strict, not "${strictness}"`);
  return {
    files: positionals,
    json: Boolean(values.json),
    useModel: !values['no-llm'],
    concurrency: positive('concurrency', values.concurrency, true) ?? 4,
    price,
    maxCost: positive('max-cost', values['max-cost'], false),
    timeoutMs: positive('timeout', values.timeout, true),
    retries: positive('retries', values.retries, false),
    strictness: strictness as Strictness,
  };
}

export interface EvalIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** `etiquette-coach eval`: 0 when the report was printed, 2 on a usage error or unreadable file. */
export async function runEval(argv: string[], io: EvalIo): Promise<number> {
  const command = parseEvalArgs(argv);
  if (command === 'help') {
    io.stdout.write(`${EVAL_USAGE}\n`);
    return 0;
  }
  const drafts: LabelledDraft[] = [];
  let badLines = 0;
  for (const file of command.files) {
    const read = readLabelled(readFileSync(file, 'utf8'), file);
    drafts.push(...read.drafts);
    badLines += read.problems.length;
    for (const problem of read.problems.slice(0, 20)) io.stderr.write(`etiquette-coach: ${problem}\n`);
  }
  if (drafts.length === 0) throw new EvalUsageError('no labelled drafts to evaluate');

  let refiner: (LlmRefiner & { baseURL: string }) | null = null;
  if (command.useModel && io.env.OPENAI_API_KEY) {
    const { llmFromEnvironment } = require('./refiner') as typeof import('./refiner');
    const timeout = command.timeoutMs;
    refiner = llmFromEnvironment(
      { ...process.env, ...io.env },
      {
        // Every line measured: no answer served from the cache, and one slot per worker.
        cacheSize: 0,
        concurrency: command.concurrency,
        ...(timeout ? { attemptTimeoutMs: timeout, totalTimeoutMs: timeout * 2 + 1000 } : {}),
        ...(command.retries !== null ? { maxRetries: Math.floor(command.retries) } : {}),
      },
      'error',
    );
  }
  const known = refiner ? KNOWN_PRICES[refiner.model] : undefined;
  const price = command.price ?? (known ? { input: known.input, output: known.output } : null);
  if (refiner && command.maxCost !== null && price === null)
    throw new EvalUsageError(`--max-cost needs a price: pass --price IN,OUT for ${refiner.model}`);
  const report = await evaluate(
    drafts,
    refiner,
    {
      concurrency: command.concurrency,
      price,
      priceSource: command.price ? '--price' : (known?.source ?? null),
      maxCost: command.maxCost,
      options: { strictness: command.strictness },
    },
    command.files,
    badLines,
  );
  io.stdout.write(command.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}
