import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/logger';
import { createLlmRefiner } from '../../src/review/llm';
import { createApp, startApp } from '../../src/slack/app';
import { createStore } from '../../src/store';
import { MemoryStore } from '../../src/store/memory';
import { completion, FakeOpenAI, errorReply } from '../llm/fake-openai';
import { FakeSlack, IDS } from '../slack/fake-slack';
import {
  blockActionPayload,
  blocksOf,
  buttonsOf,
  messageEvent,
  sendCommand,
  sendEvent,
  sendInteraction,
  watchChannel,
  type Harness,
} from '../slack/harness';
import { Writable } from 'node:stream';

/** Known secret values: none of them may appear anywhere in the logs. */
const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-SECRET-bot-token-7f3a9c',
  SLACK_SIGNING_SECRET: 'SECRET-signing-secret-5d1e8b',
  SLACK_APP_TOKEN: 'xapp-SECRET-app-token-2c4f6a',
  OPENAI_API_KEY: 'sk-SECRET-openai-key-9b7d3e',
  DATABASE_PASSWORD: 'SECRET-db-password-1a2b3c',
  SLACK_CLIENT_SECRET: 'SECRET-client-secret-8e9f0a',
};
const DRAFT = 'BUY NOW!!! Only 3 left of the PRIVATE-DRAFT-MARKER bundle, 50% off ends TONIGHT. Order now';

class FailingStore extends MemoryStore {
  failing = false;
  override async recordReview(...args: Parameters<MemoryStore['recordReview']>) {
    if (this.failing)
      throw new Error(`connection to postgres://etiquette:${SECRETS.DATABASE_PASSWORD}@db refused`);
    return super.recordReview(...args);
  }
  override async getChannelSettings(...args: Parameters<MemoryStore['getChannelSettings']>) {
    if (this.failing) throw new Error('connection refused');
    return super.getChannelSettings(...args);
  }
}

test('secrets never reach the logs on any path; the draft text is not logged at info', async () => {
  let captured = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      captured += chunk.toString('utf8');
      callback();
    },
  });
  const logger = createLogger('debug', sink);
  // Config as a careless caller might log it, and the database error path with a password in the URL.
  const databaseUrl = `postgres://etiquette:${SECRETS.DATABASE_PASSWORD}@127.0.0.1:1/etiquette`;
  const { DATABASE_PASSWORD: _password, ...env } = SECRETS;
  logger.info({ config: { ...env, DATABASE_URL: databaseUrl } }, 'config loaded');
  await expect(createStore({ DATA_DIR: '/tmp/unused', DATABASE_URL: databaseUrl }, logger)).rejects.toThrow();

  const fake = await new FakeSlack().start();
  const llm = await FakeOpenAI.start((_request, index) =>
    index % 2 === 0 ? errorReply(500, 'upstream down') : completion('not json at all'),
  );
  const store = new FailingStore();
  await watchChannel(store);
  const config = {
    SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET,
    SLACK_APP_TOKEN: undefined,
    SLACK_API_URL: fake.apiUrl,
    PORT: 0,
  };
  const refiner = createLlmRefiner(
    { OPENAI_API_KEY: SECRETS.OPENAI_API_KEY, OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: 'gpt-6-luna' },
    logger,
    { attemptTimeoutMs: 2000, totalTimeoutMs: 4000 },
  );
  const bot = createApp({
    config,
    store,
    logger,
    refiner,
    retryPolicy: { retries: 1, minTimeoutMs: 5, maxTimeoutMs: 10, maxRetryAfterMs: 1000 },
  });
  const server = (await startApp(bot, { port: 0, host: '127.0.0.1' }))!;
  const harness: Harness = {
    fake,
    bot,
    store,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => undefined,
  };
  const signed = { secret: SECRETS.SLACK_SIGNING_SECRET };
  try {
    // Slash command with a draft, then a button on it (clicked by the author).
    await sendCommand(harness, DRAFT, { response_id: 'sec-cmd' }, signed);
    const [reply] = await fake.waitFor('response_url', 1, (call) => call.body.response_id === 'sec-cmd');
    const why = buttonsOf(blocksOf(reply!)).find((button) => button.action_id === 'why');
    if (why) {
      await sendInteraction(
        harness,
        blockActionPayload({
          actionId: why.action_id,
          value: why.value,
          userId: IDS.author,
          responseId: 'sec-why',
          harness,
          container: { is_ephemeral: true, channel_id: IDS.drafts },
        }),
        signed,
      );
    }
    // A channel draft, a 429 and a 500 from Slack on the way.
    fake.failNext('chat.postMessage', 1, 429, 0);
    await sendEvent(harness, messageEvent({ text: DRAFT, ts: '1700000800.000100' }), signed);
    await fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === '1700000800.000100');
    // Forged and unsigned requests.
    await sendEvent(harness, messageEvent({ text: DRAFT, ts: '1700000801.000100' }), { secret: 'wrong' });
    // The store failing mid-run.
    store.failing = true;
    await sendCommand(harness, DRAFT, { response_id: 'sec-cmd-2' }, signed);
    await fake.waitFor('response_url', 1, (call) => call.body.response_id === 'sec-cmd-2');
    // Let the LLM refinements (failing) finish and log.
    await new Promise((resolve) => setTimeout(resolve, 500));
  } finally {
    await bot.app.stop();
    await fake.close();
    await llm.close();
  }
  logger.flush();

  expect(captured.length).toBeGreaterThan(0);
  expect(captured).toContain('"event":"review"'); // the paths above were really logged
  for (const [name, value] of Object.entries(SECRETS)) {
    expect({ name, leaked: captured.includes(value) }).toEqual({ name, leaked: false });
  }
  const infoLines = captured
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number })
    .filter((line) => line.level >= 30);
  expect(infoLines.length).toBeGreaterThan(0);
  expect(JSON.stringify(infoLines)).not.toContain('PRIVATE-DRAFT-MARKER');
}, 30_000);
