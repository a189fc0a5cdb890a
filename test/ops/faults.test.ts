import pino from 'pino';
import { metrics } from '../../src/observability/metrics';
import { createLlmRefiner } from '../../src/review/llm';
import { MemoryStore } from '../../src/store/memory';
import { ResilientStore } from '../../src/store/resilient';
import { completion, FakeOpenAI, type Reply } from '../llm/fake-openai';
import {
  eventually,
  messageEvent,
  sendCommand,
  sendEvent,
  SALESY,
  sleep,
  startHarness,
  textOf,
  blocksOf,
  watchChannel,
  type Harness,
} from '../slack/harness';
import { freePort } from './child';

const silent = pino({ level: 'silent' });
let tsCounter = 0;

function llmAt(baseURL: string) {
  return createLlmRefiner(
    { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'gpt-6-luna' },
    silent,
    {
      attemptTimeoutMs: 300,
      totalTimeoutMs: 600,
      maxRetries: 0,
    },
  )!;
}

describe.each([
  ['down (nothing listening)', null],
  ['slow (answers after the budget)', { delayMs: 900, ...completion({ verdict: 'pass' }) } as Reply],
  ['answering garbage', completion('}{ this is not the JSON you asked for')],
])('the LLM server %s', (_name, reply) => {
  let harness: Harness;
  let llm: FakeOpenAI | null = null;
  beforeAll(async () => {
    llm = reply ? await FakeOpenAI.start(() => reply) : null;
    const baseURL = llm ? llm.baseURL : `http://127.0.0.1:${await freePort()}/v1`;
    harness = await startHarness({ refiner: llmAt(baseURL) });
    await watchChannel(harness.store);
  });
  afterAll(async () => {
    await sleep(reply?.delayMs ? reply.delayMs + 100 : 100); // the slow answer's timer has run out
    await harness.close();
    await llm?.close();
  });

  test('the rule review is answered and stands, privately and in a watched channel', async () => {
    const fallbacks = await metrics.refinements.get({ outcome: 'fallback' });
    const { responseId } = await sendCommand(harness, SALESY);
    const [reply] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === responseId,
    );
    expect(textOf(blocksOf(reply!))).toContain('Try this first');
    expect(textOf(blocksOf(reply!))).not.toContain('In short:');
    const ts = `1700001${String(++tsCounter).padStart(3, '0')}.000100`;
    await sendEvent(harness, messageEvent({ text: SALESY, ts }));
    await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === ts);
    // Both refinements end in a fallback: nothing replaces the rule review.
    await eventually(
      async () => (await metrics.refinements.get({ outcome: 'fallback' })) >= fallbacks + 2,
      5000,
    );
    expect(
      harness.fake.successful('response_url').filter((call) => call.body.response_id === responseId),
    ).toHaveLength(1);
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
  });
});

/** A database that can be unplugged: every call rejects while `down`. */
class UnpluggableStore extends MemoryStore {
  down = false;
  constructor() {
    super();
    return new Proxy(this, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function' || key === 'constructor') return value;
        return (...args: unknown[]) =>
          target.down && key !== 'init'
            ? Promise.reject(new Error('connection terminated unexpectedly'))
            : (value as (...a: unknown[]) => unknown).apply(target, args);
      },
    });
  }
}

describe('the database lost mid-run', () => {
  const database = new UnpluggableStore();
  const store = new ResilientStore(database, {
    logger: silent,
    retryBaseMs: 20,
    retryMaxMs: 100,
    readTimeoutMs: 200,
  });
  let harness: Harness;
  beforeAll(async () => {
    await store.init();
    harness = await startHarness({ store });
    await watchChannel(store);
  });
  afterAll(async () => {
    await harness.close();
    await store.close(100);
  });

  test('reviews are still answered while it is away; writes land once it is back; /readyz follows', async () => {
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700001100.000100' }));
    await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === '1700001100.000100');

    database.down = true;
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700001101.000100' }));
    await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === '1700001101.000100');
    const { responseId } = await sendCommand(harness, SALESY);
    await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === responseId);
    expect(store.health()).toMatchObject({ database: 'down' });
    expect(store.health().queueDepth).toBeGreaterThan(0);
    expect((await fetch(`${harness.baseUrl}/readyz`)).status).toBe(503);
    expect(await (await fetch(`${harness.baseUrl}/metrics`)).text()).toContain('etiquette_store_up 0');

    database.down = false;
    await eventually(() => store.health().database === 'up' && store.health().queueDepth === 0, 5000);
    const since = new Date(0);
    const recorded = await database.listReviews({ teamId: 'T0TEAM0001', since });
    expect(recorded.length).toBe(3); // the review before, and the two made while the database was away
    expect(await database.listPending(10)).toEqual([]); // pending rows written and deleted in order
    expect((await fetch(`${harness.baseUrl}/readyz`)).status).toBe(200);
  });
});
