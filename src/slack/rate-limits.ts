import type { SlackRetryPolicy } from './respond';

/**
 * Slack rate-limits each method per workspace, and chat.postMessage also per channel (about one message
 * a second). The Web API client meets any 429 by pausing its one request queue for the Retry-After: every
 * call to every channel then waits behind one busy channel, and under a burst those pauses add up.
 *
 * This fetch (given to the client) takes the 429s itself: it holds back calls with the same key (the
 * workspace's token, the method, and for chat.* calls the channel) for the Retry-After, sends the call
 * again, and lets everything else go on. Calls with that key that start meanwhile wait for the same
 * moment instead of being refused in turn. Past the policy's retries, or a Retry-After longer than it
 * waits for, the 429 goes back to the client (built with rejectRateLimitedCalls, so it fails that call
 * rather than pausing the others).
 */
export function channelPacedFetch(
  policy: SlackRetryPolicy,
  inner: typeof fetch = globalThis.fetch,
  now: () => number = Date.now,
): typeof fetch {
  /** When calls with a key may go again; forgotten once that moment has passed. */
  const heldUntil = new Map<string, number>();

  const waitFor = async (key: string) => {
    for (;;) {
      const until = heldUntil.get(key);
      if (until === undefined) return;
      const wait = until - now();
      if (wait <= 0) {
        heldUntil.delete(key);
        return;
      }
      await sleep(wait);
    }
  };

  return async (input, init) => {
    const key = rateLimitKey(input, init);
    for (let attempt = 0; ; attempt += 1) {
      await waitFor(key);
      const response = await inner(input, init);
      if (response.status !== 429) return response;
      const retryAfterMs = retryAfterOf(response);
      if (retryAfterMs === null || attempt >= policy.retries || retryAfterMs > policy.maxRetryAfterMs) {
        return response;
      }
      await response.arrayBuffer();
      heldUntil.set(key, Math.max(heldUntil.get(key) ?? 0, now() + retryAfterMs));
    }
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After in ms (Slack sends whole seconds); null when absent or unreadable. */
function retryAfterOf(response: Response): number | null {
  const header = response.headers.get('retry-after');
  return header !== null && /^\d+$/.test(header.trim()) ? Number(header) * 1000 : null;
}

/**
 * Which calls share a limit: the token (one per workspace), the Web API method, and for chat.* methods
 * the channel. The key only lives in this process's memory; it is never logged.
 */
export function rateLimitKey(input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = new URL(url).pathname.split('/').pop() ?? '';
  const headers = new Headers(init?.headers);
  const token = headers.get('authorization') ?? '';
  const channel =
    method.startsWith('chat.') && typeof init?.body === 'string'
      ? (new URLSearchParams(init.body).get('channel') ?? '')
      : '';
  return `${token}\n${method}\n${channel}`;
}
