import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/error';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ReasoningEffort } from 'openai/resources/shared';
import type { Logger } from '../../logger';
import { checkDraft } from '../limits';
import type { Refiner } from '../refiner';
import type { Review, ReviewOptions } from '../types';
import { guardAnswer, type GuardCode, type GuardResult } from './guards';
import { LruCache } from '../../util/lru';
import { buildMessages, retryMessage } from './messages';
import type { PromptSet } from './prompts';
import { responseFormat, type LlmAnswer } from './schema';
import { Semaphore } from './semaphore';

export interface LlmRefinerOptions {
  /** Budget of one request to the model, in ms (the client's own timeout). */
  attemptTimeoutMs?: number;
  /** Budget of a whole refinement (queueing, transport retries, the guard retry), in ms. */
  totalTimeoutMs?: number;
  /** Transport retries the client makes on 408/409/429/5xx and connection errors. */
  maxRetries?: number;
  /** Model calls in flight at once; the rest queue (within the total budget). */
  concurrency?: number;
  /** Accepted answers kept, keyed by normalised draft + model + prompt version. */
  cacheSize?: number;
  /** Cap on the tokens the model may write per answer. */
  maxOutputTokens?: number;
  /** Sent as `reasoning_effort`; `undefined` picks one from the model name, `null` sends none. */
  reasoningEffort?: ReasoningEffort;
  /** Drafts longer than this are left to the rules (cost, latency). */
  maxDraftChars?: number;
  /** Told about every refinement once it settles (metrics, `etiquette-coach eval`). */
  onTrace?: (trace: RefinementTrace) => void;
}

/** What one refinement did: its outcome, each rejected answer's guard codes, time and tokens. */
export interface RefinementTrace {
  /** `refined`: the model's review is used; `fallback`: the rule review stands. */
  outcome: 'refined' | 'fallback';
  failure?: FailureReason;
  /** Skipped without asking the model: too long or not a reviewable draft. */
  skipped: boolean;
  /** The guard codes of every answer that failed a check, one list per answer, in order. */
  rejections: GuardCode[][];
  /** The model's findings stand with the rule rewrite, because its own rewrite failed twice. */
  ruleRewrite: boolean;
  /** Requests sent to the model (transport retries inside the client not counted). */
  attempts: number;
  cached: boolean;
  ms: number;
  promptTokens: number;
  completionTokens: number;
}

export const LLM_DEFAULTS = {
  attemptTimeoutMs: 7_000,
  totalTimeoutMs: 15_000,
  maxRetries: 1,
  concurrency: 4,
  cacheSize: 500,
  maxOutputTokens: 1_200,
  maxDraftChars: 4_000,
} as const;

/**
 * OpenAI's reasoning families think before answering unless told not to; a review needs no
 * deliberation, so ask for the least. Other servers (Ollama, vLLM, LM Studio) get no such field.
 */
export function defaultReasoningEffort(model: string): ReasoningEffort {
  const name = model.toLowerCase().replace(/^.*\//, '');
  if (/^gpt-5(?:-(?:mini|nano))?(?:-\d{4}-\d{2}-\d{2})?$/.test(name)) return 'minimal';
  if (/^gpt-(?:5\.\d+|[6-9])(?:[.-]|$)/.test(name)) return 'none';
  return null;
}

export type FailureReason =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'http_error'
  | 'connection'
  | 'refusal'
  | 'malformed_json'
  | 'schema_violation'
  | 'truncated'
  | 'content_filter'
  | 'empty'
  | 'guard'
  | 'error';

export interface LlmStats {
  refinements: number;
  refined: number;
  requests: number;
  cacheHits: number;
  cacheMisses: number;
  guardRetries: number;
  ruleRewriteFallbacks: number;
  failures: Partial<Record<FailureReason, number>>;
  /** Time spent parsing and guarding answers (excluding the wait for the model), in ms. */
  guardMs: number;
  promptTokens: number;
  completionTokens: number;
}

class Failure extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly detail?: Record<string, unknown>,
  ) {
    super(reason);
  }
}

/** One shape for every draft that differs only in spacing or Unicode form. */
export function normaliseDraft(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function classify(error: unknown): Failure {
  if (error instanceof Failure) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError) {
    return new Failure('timeout');
  }
  if (error instanceof OpenAI.RateLimitError) return new Failure('rate_limited', { status: 429 });
  if (error instanceof OpenAI.InternalServerError)
    return new Failure('server_error', { status: error.status });
  if (error instanceof OpenAI.APIConnectionError) return new Failure('connection');
  if (error instanceof OpenAI.APIError) return new Failure('http_error', { status: error.status });
  if (error instanceof LengthFinishReasonError) return new Failure('truncated');
  if (error instanceof ContentFilterFinishReasonError) return new Failure('content_filter');
  if (error instanceof SyntaxError) return new Failure('malformed_json');
  if (error instanceof Error && error.name === 'ZodError') return new Failure('schema_violation');
  return new Failure('error', { errorName: error instanceof Error ? error.name : typeof error });
}

/** The LLM reviewer: asks the model, guards the answer, and resolves null whenever the rules should stand. */
export class LlmRefiner implements Refiner {
  readonly name = 'llm';
  readonly settings: Required<Omit<LlmRefinerOptions, 'reasoningEffort' | 'onTrace'>> & {
    reasoningEffort: ReasoningEffort;
  };
  private readonly listeners: Array<(trace: RefinementTrace) => void> = [];
  private readonly cache: LruCache<string, LlmAnswer>;
  private readonly semaphore: Semaphore;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly format = responseFormat();
  readonly stats: LlmStats = LlmRefiner.emptyStats();

  constructor(
    private readonly client: OpenAI,
    readonly model: string,
    readonly prompts: PromptSet,
    private readonly logger: Logger,
    options: LlmRefinerOptions = {},
  ) {
    const { onTrace, ...rest } = options;
    if (onTrace) this.listeners.push(onTrace);
    this.settings = {
      ...LLM_DEFAULTS,
      ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
      reasoningEffort:
        options.reasoningEffort === undefined ? defaultReasoningEffort(model) : options.reasoningEffort,
    };
    this.cache = new LruCache(this.settings.cacheSize);
    this.semaphore = new Semaphore(Math.max(1, this.settings.concurrency));
  }

  /** Adds a listener told about every refinement once it settles; returns a function that removes it. */
  onTrace(listener: (trace: RefinementTrace) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index !== -1) this.listeners.splice(index, 1);
    };
  }

  private emit(trace: RefinementTrace, own?: (trace: RefinementTrace) => void): void {
    for (const listener of own ? [...this.listeners, own] : this.listeners) {
      try {
        listener(trace);
      } catch (error) {
        this.logger.warn({ event: 'llm.trace_listener_error', err: error }, 'a trace listener threw');
      }
    }
  }

  static emptyStats(): LlmStats {
    return {
      refinements: 0,
      refined: 0,
      requests: 0,
      cacheHits: 0,
      cacheMisses: 0,
      guardRetries: 0,
      ruleRewriteFallbacks: 0,
      failures: {},
      guardMs: 0,
      promptTokens: 0,
      completionTokens: 0,
    };
  }

  get promptVersion(): string {
    return this.prompts.version;
  }

  cacheKey(input: string): string {
    return createHash('sha256')
      .update(`${this.model}\0${this.prompts.version}\0${normaliseDraft(input)}`)
      .digest('hex');
  }

  /** The request body for a draft (exposed for the bench's token count). */
  requestBody(messages: ChatCompletionMessageParam[]) {
    return {
      model: this.model,
      messages,
      response_format: this.format,
      max_completion_tokens: this.settings.maxOutputTokens,
      ...(this.settings.reasoningEffort ? { reasoning_effort: this.settings.reasoningEffort } : {}),
    };
  }

  /**
   * The model's review of `input`, or null when the rule review should stand. `onTrace`, when given,
   * hears about this refinement alone (the listeners added with `onTrace()` hear about every one).
   */
  async refine(
    input: string,
    ruleReview: Review,
    options: ReviewOptions = {},
    onTrace?: (trace: RefinementTrace) => void,
  ): Promise<Review | null> {
    const started = performance.now();
    this.stats.refinements++;
    const trace: RefinementTrace = {
      outcome: 'fallback',
      skipped: false,
      rejections: [],
      ruleRewrite: false,
      attempts: 0,
      cached: false,
      ms: 0,
      promptTokens: 0,
      completionTokens: 0,
    };
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    try {
      if (checkDraft(input) !== null || input.length > this.settings.maxDraftChars) {
        trace.skipped = true;
        return null;
      }
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new Failure('timeout', { budget: 'total' }));
        }, this.settings.totalTimeoutMs);
      });
      const work = (async () => {
        const key = this.cacheKey(input);
        const fromCache = () => {
          const hit = this.cache.get(key);
          const review = hit ? this.fromAnswer(input, hit, ruleReview, options) : null;
          if (review) {
            this.stats.cacheHits++;
            trace.cached = true;
          }
          return review;
        };
        // The same draft already on its way to the model (an edit, a double click): wait for that answer.
        const pending = this.inFlight.get(key);
        if (pending) await pending;
        const hit = fromCache();
        if (hit) return hit;
        this.stats.cacheMisses++;
        let settle = () => {};
        const mine = new Promise<void>((resolve) => (settle = resolve));
        if (!this.inFlight.has(key)) this.inFlight.set(key, mine);
        try {
          const release = await this.semaphore.acquire(controller.signal);
          try {
            const result = await this.ask(input, ruleReview, options, controller.signal, trace);
            this.cache.set(key, result.answer);
            return result.review;
          } finally {
            release();
          }
        } finally {
          if (this.inFlight.get(key) === mine) this.inFlight.delete(key);
          settle();
        }
      })();
      work.catch(() => undefined);
      const review = await Promise.race([work, deadline]);
      this.stats.refined++;
      trace.outcome = 'refined';
      this.logger.debug(
        {
          event: 'llm.refined',
          model: this.model,
          attempts: trace.attempts,
          cached: trace.cached,
          ms: Math.round(performance.now() - started),
        },
        'LLM review ready',
      );
      return review;
    } catch (error) {
      const failure = classify(error);
      trace.failure = failure.reason;
      this.stats.failures[failure.reason] = (this.stats.failures[failure.reason] ?? 0) + 1;
      this.logger.warn(
        {
          event: 'llm.fallback',
          reason: failure.reason,
          ...failure.detail,
          model: this.model,
          attempts: trace.attempts,
          ms: Math.round(performance.now() - started),
        },
        'LLM review unavailable; the rule review stands',
      );
      return null;
    } finally {
      clearTimeout(timer);
      controller.abort();
      trace.ms = performance.now() - started;
      this.emit(trace, onTrace);
    }
  }

  /** Maps an accepted answer into a review, using the rule rewrite when only the model's rewrite fails. */
  private fromAnswer(
    input: string,
    answer: LlmAnswer,
    ruleReview: Review,
    options: ReviewOptions,
  ): Review | null {
    return this.settle(
      guardAnswer(input, answer, ruleReview, options, this.prompts.version),
      ruleReview,
      false,
    );
  }

  /** A guarded answer as a review: the rule rewrite stands in when only the model's rewrite failed. */
  private settle(
    guarded: GuardResult,
    ruleReview: Review,
    count: boolean,
    trace?: RefinementTrace,
  ): Review | null {
    if (!guarded.review || guarded.problems.length > 0) return null;
    if (guarded.rewriteProblems.length === 0) return guarded.review;
    if (ruleReview.verdict === 'revise' && ruleReview.rewrite) {
      if (count) this.stats.ruleRewriteFallbacks++;
      if (trace) trace.ruleRewrite = true;
      return { ...guarded.review, rewrite: ruleReview.rewrite };
    }
    return null;
  }

  private async call(
    messages: ChatCompletionMessageParam[],
    signal: AbortSignal,
    trace: RefinementTrace,
  ): Promise<{ answer: LlmAnswer; raw: string }> {
    this.stats.requests++;
    trace.attempts++;
    const sent = performance.now();
    const completion = await this.client.chat.completions
      .parse(this.requestBody(messages), {
        signal,
        timeout: this.settings.attemptTimeoutMs,
        maxRetries: this.settings.maxRetries,
      })
      .catch((error: unknown) => {
        // Some runtimes (jest's module sandbox among them) abort a timed-out fetch with a plain error,
        // which the client reports as a connection error: a request that ran its whole budget timed out.
        const ran = performance.now() - sent;
        if (
          error instanceof OpenAI.APIConnectionError &&
          !(error instanceof OpenAI.APIConnectionTimeoutError) &&
          ran >= this.settings.attemptTimeoutMs
        )
          throw new Failure('timeout', { detectedBy: 'elapsed' });
        throw error;
      });
    const t0 = performance.now();
    try {
      this.stats.promptTokens += completion.usage?.prompt_tokens ?? 0;
      this.stats.completionTokens += completion.usage?.completion_tokens ?? 0;
      trace.promptTokens += completion.usage?.prompt_tokens ?? 0;
      trace.completionTokens += completion.usage?.completion_tokens ?? 0;
      const message = completion.choices[0]?.message;
      if (!message) throw new Failure('empty');
      if (message.refusal) throw new Failure('refusal');
      if (!message.parsed) throw new Failure('empty');
      return { answer: message.parsed, raw: message.content ?? JSON.stringify(message.parsed) };
    } finally {
      this.stats.guardMs += performance.now() - t0;
    }
  }

  private async ask(
    input: string,
    ruleReview: Review,
    options: ReviewOptions,
    signal: AbortSignal,
    trace: RefinementTrace,
  ): Promise<{ answer: LlmAnswer; review: Review }> {
    const messages = buildMessages(this.prompts, input);
    const first = await this.call(messages, signal, trace);
    let t0 = performance.now();
    const guarded = guardAnswer(input, first.answer, ruleReview, options, this.prompts.version);
    this.stats.guardMs += performance.now() - t0;
    if (guarded.review && guarded.problems.length === 0 && guarded.rewriteProblems.length === 0) {
      return { answer: first.answer, review: guarded.review };
    }

    // Once more, telling the model what was wrong.
    this.stats.guardRetries++;
    trace.rejections.push(guarded.codes);
    const reasons = [...guarded.problems, ...guarded.rewriteProblems];
    messages.push(
      { role: 'assistant', content: first.raw },
      { role: 'user', content: retryMessage(reasons) },
    );
    const { answer } = await this.call(messages, signal, trace);
    t0 = performance.now();
    const second = guardAnswer(input, answer, ruleReview, options, this.prompts.version);
    if (second.codes.length > 0) trace.rejections.push(second.codes);
    const review = this.settle(second, ruleReview, true, trace);
    this.stats.guardMs += performance.now() - t0;
    if (!review) {
      // Reasons quote the model's words; keep them out of the log line.
      const problems = [...second.problems, ...second.rewriteProblems].map((p) =>
        p.replace(/"[^"]*"/g, '"…"'),
      );
      throw new Failure('guard', { problems });
    }
    return { answer, review };
  }
}
