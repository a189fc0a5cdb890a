/**
 * A tiny Prometheus text exposition (format 0.0.4), hand-written: a handful of counters, one histogram
 * and gauges read at scrape time are all /metrics needs, and prom-client would be a dependency for that.
 */

type Labels = Record<string, string>;

const escapeLabel = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
}

interface Metric {
  render(): string[];
}

export class Counter implements Metric {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    private readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    const entry = this.values.get(key) ?? { labels, value: 0 };
    entry.value += by;
    this.values.set(key, entry);
  }

  /** The current value for these labels (tests, the load script). */
  get(labels: Labels = {}): number {
    return this.values.get(labelText(labels))?.value ?? 0;
  }

  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const { labels, value } of this.values.values())
      lines.push(`${this.name}${labelText(labels)} ${value}`);
    return lines;
  }
}

export class Histogram implements Metric {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;
  constructor(
    readonly name: string,
    private readonly help: string,
    /** Upper bounds in the unit of the metric (seconds here), ascending. */
    private readonly buckets: readonly number[],
  ) {
    this.counts = buckets.map(() => 0);
  }

  observe(value: number): void {
    this.sum += value;
    this.count += 1;
    this.buckets.forEach((bound, index) => {
      if (value <= bound) this.counts[index] = (this.counts[index] ?? 0) + 1;
    });
  }

  get observations(): number {
    return this.count;
  }

  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    this.buckets.forEach((bound, index) => {
      lines.push(`${this.name}_bucket{le="${bound}"} ${this.counts[index] ?? 0}`);
    });
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.count}`);
    lines.push(`${this.name}_sum ${this.sum}`, `${this.name}_count ${this.count}`);
    return lines;
  }
}

/** A value read when Prometheus scrapes (queue depth, memory), never stored. */
export class Gauge implements Metric {
  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly read: () => number | null,
  ) {}

  render(): string[] {
    const value = this.read();
    if (value === null || !Number.isFinite(value)) return [];
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${value}`];
  }
}

export class Registry {
  private readonly metrics = new Map<string, Metric & { name: string }>();

  counter(name: string, help: string): Counter {
    return this.add(new Counter(name, help));
  }

  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    return this.add(new Histogram(name, help, buckets));
  }

  /** Replaces a gauge of the same name: the latest app (store) is the one being scraped. */
  gauge(name: string, help: string, read: () => number | null): Gauge {
    const gauge = new Gauge(name, help, read);
    this.metrics.set(name, gauge);
    return gauge;
  }

  render(): string {
    return `${[...this.metrics.values()].flatMap((metric) => metric.render()).join('\n')}\n`;
  }

  private add<T extends Metric & { name: string }>(metric: T): T {
    const existing = this.metrics.get(metric.name);
    if (existing) return existing as T;
    this.metrics.set(metric.name, metric);
    return metric;
  }
}

/**
 * The process's metrics. One registry per process, as Prometheus scrapes one process: counters only
 * grow, so tests read differences.
 */
export const registry = new Registry();

export const metrics = {
  reviews: registry.counter('etiquette_reviews_total', 'Drafts reviewed, by verdict and source.'),
  reviewSeconds: registry.histogram(
    'etiquette_review_duration_seconds',
    'Time to review a draft with the rules (settings lookup excluded).',
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  ),
  refinements: registry.counter(
    'etiquette_llm_refinements_total',
    'LLM refinements by outcome: refined, fallback (the rule review stands), error.',
  ),
  guardRejections: registry.counter(
    'etiquette_llm_guard_rejections_total',
    'Model answers sent back by a guard, by reason (invented-backstory, rewrite-dropped-fact…); one answer can count under several.',
  ),
  ruleRewriteFallbacks: registry.counter(
    'etiquette_llm_rule_rewrite_total',
    "Model reviews shown with the rule rewrite because the model's own rewrite failed its checks twice.",
  ),
  slackResponses: registry.counter(
    'etiquette_slack_api_responses_total',
    'Slack Web API and response_url answers by status class (2xx, 429, 5xx, error).',
  ),
  slackRetries: registry.counter(
    'etiquette_slack_retries_total',
    'Slack calls retried after a 429 or 5xx, by reason.',
  ),
  pendingRedelivered: registry.counter(
    'etiquette_pending_redelivered_total',
    'Reviews found pending at start (the process stopped between ack and reply), by outcome.',
  ),
};
