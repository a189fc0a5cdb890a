// Shared by the Slack benchmarks: a signed Events API delivery and percentiles.
import { performance } from 'node:perf_hooks';
import { sign } from '../test/slack/harness';

/** Posts one Events API envelope with a valid v0 signature; resolves to the ack time in ms. */
export async function postSignedEvent(baseUrl: string, raw: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(raw, timestamp),
    },
    body: raw,
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`receiver answered ${response.status}`);
  return performance.now() - started;
}

/** The p-th percentile of an ascending array (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
