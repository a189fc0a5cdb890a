/**
 * The process's metrics, on prom-client: our counters, one histogram and scrape-time gauges, plus
 * prom-client's default process and Node.js metrics (CPU, resident memory, heap spaces, event-loop
 * lag, open handles), which operators look for first when a bot slows down.
 */
import { Counter as PromCounter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

type Labels = Record<string, string>;

/** One registry per process, as Prometheus scrapes one process: counters only grow, so tests read differences. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

/** A counter whose labels are named up front (prom-client rejects a label it was not told of). */
export class Counter<Label extends string = never> {
  private readonly counter: PromCounter<string>;

  constructor(name: string, help: string, labelNames: readonly Label[] = []) {
    this.counter = new PromCounter({ name, help, labelNames: [...labelNames], registers: [registry] });
  }

  inc(labels: Partial<Record<Label, string>> = {}, by = 1): void {
    this.counter.inc(labels as Labels, by);
  }

  /** Back to nothing counted (the start's warm-up: resetCounts). */
  reset(): void {
    this.counter.reset();
  }

  /** The current value for exactly these labels (tests, the load script's cross-check). */
  async get(labels: Partial<Record<Label, string>> = {}): Promise<number> {
    const wanted = Object.entries(labels);
    const { values } = await this.counter.get();
    const found = values.find(
      (value) =>
        Object.keys(value.labels).length === wanted.length &&
        wanted.every(([key, label]) => value.labels[key] === label),
    );
    return found?.value ?? 0;
  }
}

/**
 * A value read when Prometheus scrapes (queue depth, reviews in flight), never stored. A gauge of
 * the same name is replaced: the latest app (store) is the one being scraped.
 */
export function scrapeGauge(name: string, help: string, read: () => number): void {
  registry.removeSingleMetric(name);
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      const value = read();
      if (Number.isFinite(value)) this.set(value);
    },
  });
}

export const metrics = {
  reviews: new Counter('etiquette_reviews_total', 'Drafts reviewed, by verdict and source.', [
    'verdict',
    'source',
  ]),
  reviewSeconds: new Histogram({
    name: 'etiquette_review_duration_seconds',
    help: 'Time to review a draft with the rules (settings lookup excluded).',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  }),
  refinements: new Counter(
    'etiquette_llm_refinements_total',
    'LLM refinements by outcome: refined, fallback (the rule review stands), error.',
    ['outcome'],
  ),
  guardRejections: new Counter(
    'etiquette_llm_guard_rejections_total',
    'Model answers sent back by a guard, by reason (invented-backstory, rewrite-dropped-fact…); one answer can count under several.',
    ['reason'],
  ),
  ruleRewriteFallbacks: new Counter(
    'etiquette_llm_rule_rewrite_total',
    "Model reviews shown with the rule rewrite because the model's own rewrite failed its checks twice.",
  ),
  slackResponses: new Counter(
    'etiquette_slack_api_responses_total',
    'Slack Web API and response_url answers by status class (2xx, 429, 5xx, error).',
    ['status'],
  ),
  slackRetries: new Counter(
    'etiquette_slack_retries_total',
    'Slack calls retried after a 429 or 5xx, by reason.',
    ['reason'],
  ),
  pendingRedelivered: new Counter(
    'etiquette_pending_redelivered_total',
    'Reviews found pending at start (the process stopped between ack and reply), by outcome.',
    ['outcome'],
  ),
};

/**
 * Zeroes our counters and histogram (prom-client's process metrics and the scrape-time gauges are left
 * alone). Only for the start's warm-up (src/slack/warm-up.ts), which runs before the bot takes any event:
 * its own reviews and Slack calls are not the bot's work.
 */
export function resetCounts(): void {
  for (const metric of Object.values(metrics)) metric.reset();
}
