import { MemoryStore } from '../../src/store/memory';
import { startOpsServer } from '../../src/observability/routes';
import { metrics } from '../../src/observability/metrics';
import { messageEvent, sendEvent, SALESY, startHarness, watchChannel, type Harness } from '../slack/harness';
import type { AddressInfo } from 'node:net';

/** A store whose database "goes away" on demand (ping rejects). */
class DownableStore extends MemoryStore {
  down = false;
  override async ping(): Promise<void> {
    if (this.down) throw new Error('connection refused');
  }
}

describe('health, readiness and metrics over the HTTP receiver', () => {
  let harness: Harness;
  const store = new DownableStore();
  beforeAll(async () => {
    harness = await startHarness({ store });
    await watchChannel(store);
  });
  afterAll(async () => {
    await harness.close();
  });

  test('GET /healthz: alive, no signature needed', async () => {
    const response = await fetch(`${harness.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  test('GET /readyz: 200 with the database up and Slack auth checked; 503 naming the database when it is down', async () => {
    const ready = await fetch(`${harness.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, database: 'up', slack: 'ok', store: 'memory' });
    store.down = true;
    try {
      const notReady = await fetch(`${harness.baseUrl}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ ok: false, database: 'down', slack: 'ok' });
    } finally {
      store.down = false;
    }
  });

  test('GET /readyz answers 503 once shutdown began', async () => {
    harness.bot.ops.markStopping();
    const response = await fetch(`${harness.baseUrl}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, stopping: true });
  });

  test('GET /metrics: reviews by verdict, the latency histogram, Slack answers, queue depth', async () => {
    const before = await metrics.reviews.get({ verdict: 'revise', source: 'channel' });
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000500.000100' }));
    await harness.fake.waitFor('chat.postMessage');
    const response = await fetch(`${harness.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(await metrics.reviews.get({ verdict: 'revise', source: 'channel' })).toBe(before + 1);
    expect(text).toContain('etiquette_reviews_total{verdict="revise",source="channel"}');
    expect(text).toMatch(/etiquette_review_duration_seconds_bucket\{le="\+Inf"\} \d+/);
    expect(text).toMatch(/etiquette_slack_api_responses_total\{status="2xx"\} \d+/);
    expect(text).toContain('etiquette_llm_refinements_total');
    expect(text).toContain('etiquette_store_queue_depth 0');
    // prom-client's default process and Node.js metrics, read from this process when scraped.
    expect(text).toMatch(/^process_resident_memory_bytes [1-9]\d*$/m);
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes [1-9]\d*$/m);
    expect(text).toMatch(/^etiquette_reviews_in_flight \d+$/m);
  });

  test('a 429 from Slack is counted as a retry', async () => {
    const before = await metrics.slackRetries.get({ reason: '429' });
    harness.fake.failNext('chat.postMessage', 1, 429, 0);
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000501.000100' }));
    await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === '1700000501.000100');
    expect(await metrics.slackRetries.get({ reason: '429' })).toBe(before + 1);
  });
});

describe('the ops server Socket Mode runs on PORT', () => {
  test('answers /healthz, /readyz and /metrics; 404 for anything else', async () => {
    let slack = false;
    const server = await startOpsServer(
      { store: new MemoryStore(), slackReady: () => slack },
      0,
      '127.0.0.1',
    );
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const unchecked = await fetch(`${base}/readyz`);
      expect(unchecked.status).toBe(503);
      expect(await unchecked.json()).toMatchObject({ slack: 'unchecked' });
      slack = true;
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${base}/metrics`)).text()).toContain(
        '# TYPE etiquette_reviews_total counter',
      );
      expect((await fetch(`${base}/slack/events`, { method: 'POST' })).status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
