import type { Logger } from '../logger';
import { countSlackAnswer } from '../observability/instrument';

/** How hard we try when Slack answers 429 or 5xx: the Web API client and response_url posts share it. */
export interface SlackRetryPolicy {
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** A Retry-After longer than this is not waited for (the reply would be stale by then). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: SlackRetryPolicy = {
  retries: 4,
  minTimeoutMs: 300,
  maxTimeoutMs: 5_000,
  maxRetryAfterMs: 30_000,
};

/** The same policy in the shape @slack/web-api's retryConfig (node-retry) expects. */
export function webClientRetryConfig(policy: SlackRetryPolicy) {
  return {
    retries: policy.retries,
    factor: 2,
    minTimeout: policy.minTimeoutMs,
    maxTimeout: policy.maxTimeoutMs,
    randomize: true,
  };
}

export interface ResponseUrlMessage {
  text: string;
  blocks?: unknown[];
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
  thread_ts?: string;
}

export type PostToResponseUrl = (responseUrl: string, message: ResponseUrlMessage) => Promise<void>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Posts to a response_url (ephemeral replies, replacing a message), retrying 429 (after Retry-After)
 * and 5xx like the Web API client does. Bolt's own respond() does not retry, and a lost review is worse
 * than a late one. A 4xx other than 429 is final: the url expired or the message was refused.
 */
export function createResponseUrlPoster(policy: SlackRetryPolicy, logger: Logger): PostToResponseUrl {
  return async (responseUrl, message) => {
    for (let attempt = 0; ; attempt += 1) {
      let status: number;
      let retryAfterMs: number | null = null;
      try {
        const response = await fetch(responseUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(10_000),
        });
        status = response.status;
        const retryAfter = response.headers.get('retry-after');
        if (retryAfter !== null && /^\d+$/.test(retryAfter)) retryAfterMs = Number(retryAfter) * 1000;
        await response.arrayBuffer();
        countSlackAnswer(status);
        if (response.ok) return;
      } catch (error) {
        status = 0;
        countSlackAnswer(null);
        logger.warn({ event: 'slack.response_url.error', attempt, err: error }, 'response_url post failed');
      }
      const retryable = status === 0 || status === 429 || status >= 500;
      if (!retryable || attempt >= policy.retries || (retryAfterMs ?? 0) > policy.maxRetryAfterMs) {
        throw new Error(`response_url answered ${status || 'nothing'} after ${attempt + 1} attempt(s)`);
      }
      const backoff = Math.min(policy.maxTimeoutMs, policy.minTimeoutMs * 2 ** attempt);
      logger.info({ event: 'slack.response_url.retry', status, attempt }, 'retrying response_url');
      await sleep(retryAfterMs ?? backoff);
    }
  };
}
