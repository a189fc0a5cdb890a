import type { RefinementTrace } from '../review/llm';
import type { Refiner } from '../review/refiner';
import { metrics } from './metrics';

/** 2xx, 429, 5xx… for a status code; 'error' when no answer came back at all. */
export function statusClass(status: number | null): string {
  if (status === null) return 'error';
  if (status === 429) return '429';
  return `${Math.floor(status / 100)}xx`;
}

/** Counts a Slack answer, and a retry when it is one the caller will retry (429, 5xx, no answer). */
export function countSlackAnswer(status: number | null): void {
  const kind = statusClass(status);
  metrics.slackResponses.inc({ status: kind });
  if (kind === '429' || kind === '5xx' || kind === 'error') metrics.slackRetries.inc({ reason: kind });
}

/**
 * The Web API client's fetch, counted: every attempt (the client retries 429 and 5xx itself) lands in
 * etiquette_slack_api_responses_total, so a Slack having a bad day shows in /metrics.
 */
export function countingFetch(inner: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    try {
      const response = await inner(input, init);
      countSlackAnswer(response.status);
      return response;
    } catch (error) {
      countSlackAnswer(null);
      throw error;
    }
  };
}

/**
 * The refiner, counted: refined, fallback (it had nothing better, failed or timed out: the rule
 * review stands) or error (it broke its never-reject contract).
 */
const counted = new WeakSet<Refiner>();

export function countingRefiner(refiner: Refiner): Refiner {
  // The LLM reviewer also says why it sent answers back: counted by reason.
  const traced = refiner as Refiner & { onTrace?: (listener: (trace: RefinementTrace) => void) => unknown };
  if (!counted.has(refiner)) {
    counted.add(refiner);
    traced.onTrace?.(countTrace);
  }
  return {
    name: refiner.name,
    async refine(input, ruleReview, options) {
      try {
        const refined = await refiner.refine(input, ruleReview, options);
        metrics.refinements.inc({ outcome: refined ? 'refined' : 'fallback' });
        return refined;
      } catch (error) {
        metrics.refinements.inc({ outcome: 'error' });
        throw error;
      }
    },
  };
}

/** Guard rejections by reason, and rule rewrites standing in, from one refinement's trace. */
export function countTrace(trace: RefinementTrace): void {
  for (const codes of trace.rejections) for (const reason of codes) metrics.guardRejections.inc({ reason });
  if (trace.ruleRewrite) metrics.ruleRewriteFallbacks.inc();
}
