/**
 * The LLM path's own overhead, measured around a local server that speaks the Chat Completions API
 * (so no model time is in these figures), and the size and price of one request.
 *
 *   npm run bench:llm
 *
 * Prints: prompt tokens (system + worked examples + a typical draft + the response schema), a typical
 * answer's tokens, the cost per 1,000 reviews at the default model's published price, the time spent
 * parsing and guarding each answer, end-to-end time per review against the local server, and the
 * cache hit rate over a repeated workload.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countTokens, encodeChat } from 'gpt-tokenizer';
import pino from 'pino';
import { DEFAULT_OPENAI_MODEL } from '../src/config';
import { reviewDraft } from '../src/review';
import {
  buildMessages,
  createLlmRefiner,
  draftTag,
  loadPrompts,
  rewriteProblems,
  type LlmAnswer,
} from '../src/review/llm';
import { completion, FakeOpenAI, type RecordedRequest } from '../test/llm/fake-openai';

/** OpenAI's published standard price for the default model, USD per 1M tokens (model page, launch 2026-09-22). */
const PRICE = {
  model: DEFAULT_OPENAI_MODEL,
  input: 0.1,
  cachedInput: 0.01,
  output: 0.5,
  checked: '2026-11-23',
};

interface Row {
  id: string;
  text: string;
}

function load(file: string): Row[] {
  return readFileSync(path.join(__dirname, '..', 'test', 'fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** A deterministic pseudo-random stream (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a well-behaved model would answer for a draft: built from the rules, so the guards accept it. */
function modelAnswer(text: string): LlmAnswer {
  const rules = reviewDraft(text);
  const rewrite =
    rules.verdict === 'revise' && rules.rewrite && rewriteProblems(text, rules.rewrite, {}).length === 0
      ? rules.rewrite
      : null;
  const verdict = rules.verdict === 'revise' && rewrite === null ? 'pass' : rules.verdict;
  const hard = rules.findings.some((f) => f.severity === 'error');
  return {
    findings: rules.findings.map((f) => ({
      excerpt: f.excerpt,
      rule: f.rule,
      principle: f.principle,
      category: f.category,
      severity: verdict === 'pass' && hard ? 'warning' : f.severity,
      message: f.message,
      suggestion: f.suggestion,
    })),
    verdict,
    score: rules.score,
    rewrite: verdict === 'revise' ? rewrite : null,
    coaching: rules.summary,
  };
}

async function main(): Promise<void> {
  const drafts = [...load('drafts.jsonl'), ...load('injection.jsonl')];
  const prompts = loadPrompts();
  const logger = pino({ level: 'silent' });

  // --- Size of one request -------------------------------------------------------------------
  const answers = new Map<string, string>();
  for (const { text } of drafts) answers.set(draftTag(text), JSON.stringify(modelAnswer(text)));
  const draftTokens = drafts.map((d) => countTokens(d.text));
  const typical = drafts.find((d) => countTokens(d.text) === median(draftTokens)) ?? drafts[0]!;
  const chat = (messages: ReturnType<typeof buildMessages>) =>
    encodeChat(
      messages.map((m) => ({ role: m.role as 'system' | 'user' | 'assistant', content: String(m.content) })),
      'gpt-5.6-luna',
    ).length;
  const all = buildMessages(prompts, typical.text);
  const systemTokens = chat(all.slice(0, 1));
  const examplesTokens = chat(all.slice(0, -1)) - systemTokens;
  const withExamples = chat(all);
  const draftTurnTokens = withExamples - systemTokens - examplesTokens;
  const probe = createLlmRefiner(
    { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: PRICE.model },
    logger,
    { prompts },
  );
  const schemaTokens = countTokens(JSON.stringify(probe!.requestBody([]).response_format.json_schema));
  const inputTokens = withExamples + schemaTokens;
  const outputTokens = median([...answers.values()].map((a) => countTokens(a)));
  const prefixTokens = systemTokens + examplesTokens + schemaTokens;
  const per1k = (1000 * (inputTokens * PRICE.input + outputTokens * PRICE.output)) / 1e6;
  const per1kCached =
    (1000 *
      ((inputTokens - prefixTokens) * PRICE.input +
        prefixTokens * PRICE.cachedInput +
        outputTokens * PRICE.output)) /
    1e6;

  // --- Overhead around a local server ----------------------------------------------------------
  const fake = await FakeOpenAI.start((request: RecordedRequest) => {
    const last = request.body.messages[request.body.messages.length - 1]?.content ?? '';
    const tag = /<<<DRAFT ([0-9A-F]+)\n/.exec(last)?.[1] ?? '';
    return completion(answers.get(tag) ?? '{}');
  });
  const config = { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: PRICE.model };
  try {
    // One pass over distinct drafts: every review is a model call.
    const cold = createLlmRefiner(config, logger, { prompts, cacheSize: 0 })!;
    const ruleMs: number[] = [];
    const endToEnd: number[] = [];
    let refined = 0;
    for (const { text } of drafts) {
      let t = performance.now();
      const ruleReview = reviewDraft(text);
      ruleMs.push(performance.now() - t);
      t = performance.now();
      if (await cold.refine(text, ruleReview, {})) refined++;
      endToEnd.push(performance.now() - t);
    }
    const guardPerReview = cold.stats.guardMs / cold.stats.requests;

    // A repeated workload: 2,000 reviews drawn from the drafts with a skew (edits, re-reviews, shortcuts).
    const warm = createLlmRefiner(config, logger, { prompts, cacheSize: 500, concurrency: 4 })!;
    const next = random(42);
    const workload = Array.from(
      { length: 2000 },
      () => drafts[Math.floor(drafts.length * next() ** 2)]!.text,
    );
    const started = performance.now();
    for (let i = 0; i < workload.length; i += 8) {
      await Promise.all(workload.slice(i, i + 8).map((text) => warm.refine(text, reviewDraft(text), {})));
    }
    const workloadMs = performance.now() - started;
    const hitRate = warm.stats.cacheHits / (warm.stats.cacheHits + warm.stats.cacheMisses);

    const fmt = (n: number, digits = 2) => n.toFixed(digits);
    console.log(`LLM reviewer bench (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
    console.log(
      `prompt version ${prompts.version}, model ${PRICE.model}, tokens counted with gpt-tokenizer (o200k_base)\n`,
    );
    console.log('Request size (tokens)');
    console.log(`  system instructions + principles   ${systemTokens}`);
    console.log(`  worked examples (${prompts.examples.length})                ${examplesTokens}`);
    console.log(`  response schema                    ${schemaTokens}`);
    console.log(`  typical draft turn (median draft ${median(draftTokens)} tokens)  ${draftTurnTokens}`);
    console.log(`  = input per review                 ${inputTokens}  (shared prefix ${prefixTokens})`);
    console.log(`  typical answer (median)            ${outputTokens}`);
    console.log(
      `\nCost per 1,000 reviews at $${PRICE.input}/1M in, $${PRICE.output}/1M out (cached in $${PRICE.cachedInput}/1M; price checked ${PRICE.checked})`,
    );
    console.log(`  no prompt caching                  $${fmt(per1k, 3)}`);
    console.log(
      `  shared prefix cached               $${fmt(per1kCached, 3)}  (plus an occasional cache write at $0.125/1M)`,
    );
    console.log(`  (a guard retry costs about one more request; cache hits cost nothing)\n`);
    console.log(`Overhead around a local server (${drafts.length} distinct drafts, ${refined} refined)`);
    console.log(
      `  rule review               median ${fmt(median(ruleMs))} ms   p95 ${fmt(percentile(ruleMs, 95))} ms`,
    );
    console.log(`  parse + guard per answer  mean   ${fmt(guardPerReview)} ms`);
    console.log(
      `  LLM path end to end       median ${fmt(median(endToEnd))} ms   p95 ${fmt(percentile(endToEnd, 95))} ms  (client + HTTP on 127.0.0.1 + parse + guards)`,
    );
    console.log(`  guard retries             ${cold.stats.guardRetries}`);
    console.log(
      `\nRepeated workload (${workload.length} reviews of ${drafts.length} drafts, skewed; cache 500, 8 callers, concurrency 4)`,
    );
    console.log(
      `  cache hit rate            ${fmt(hitRate * 100, 1)} %  (${warm.stats.requests} model calls)`,
    );
    console.log(
      `  throughput                ${fmt(workload.length / (workloadMs / 1000), 0)} reviews/s against the local server`,
    );
  } finally {
    await fake.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
