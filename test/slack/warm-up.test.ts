import pino from 'pino';
import { metrics, registry } from '../../src/observability/metrics';
import { warmUpSlackPath } from '../../src/slack/warm-up';

describe('the warm-up before a start', () => {
  const realFetch = globalThis.fetch;
  const requested: string[] = [];
  let onRequest = () => {};
  beforeAll(() => {
    globalThis.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      onRequest();
      return realFetch(input, init);
    };
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  test('runs drafts through the whole Slack path, each answered once, without going out', async () => {
    metrics.reviews.inc({ verdict: 'pass', source: 'channel' });
    const result = await warmUpSlackPath(pino({ level: 'silent' }), { deliveries: 12 });
    expect(result.deliveries).toBe(12);
    // Every delivery went through the receiver, the coach and the reviewer to a reply or a reaction.
    expect(result.answered).toBe(12);
    // The only requests out of the process's fetch went to the warm-up's own receiver.
    expect(requested.length).toBe(12);
    for (const url of requested) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
  });

  test('its reviews and Slack calls are not in /metrics', async () => {
    expect(await metrics.reviews.get({ verdict: 'pass', source: 'channel' })).toBe(0);
    const durations = await metrics.reviewSeconds.get();
    const timed = durations.values.find(
      (value) => value.metricName === 'etiquette_review_duration_seconds_count',
    );
    expect(timed?.value ?? 0).toBe(0);
    const exposition = await registry.metrics();
    expect(exposition).not.toMatch(/^etiquette_slack_api_responses_total\{/m);
    expect(exposition).not.toMatch(/^etiquette_reviews_total\{/m);
  });

  test('once `until` has settled, deliveries under way are answered without waiting for their reviews', async () => {
    // Settles as the first deliveries go out: their reviews are refused and the warm-up ends.
    const until = new Promise<void>((resolve) => (onRequest = resolve));
    const result = await warmUpSlackPath(pino({ level: 'silent' }), {
      until,
      notBeforeMs: 0,
      deliveries: 400,
    });
    onRequest = () => {};
    expect(result.deliveries).toBeGreaterThan(0);
    expect(result.deliveries).toBeLessThan(400);
    expect(result.answered).toBeLessThan(result.deliveries);
  });

  test('stops sending once `until` has settled and the process is old enough', async () => {
    const result = await warmUpSlackPath(pino({ level: 'silent' }), {
      until: Promise.resolve(),
      notBeforeMs: 0,
    });
    expect(result.deliveries).toBe(0);
  });
});
