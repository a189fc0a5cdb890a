import pino from 'pino';
import { createApp, startApp } from '../../src/slack/app';
import { MemoryStore } from '../../src/store/memory';
import { FakeSlack, IDS } from './fake-slack';
import {
  messageEvent,
  nextEventId,
  SALESY,
  slashCommandBody,
  TEST_RETRY_POLICY,
  watchChannel,
} from './harness';

describe('Socket Mode round trip', () => {
  test('apps.connections.open, hello, an events_api envelope acked by envelope_id, the review posted; a retried envelope is acked and ignored', async () => {
    const fake = await new FakeSlack().start();
    const store = new MemoryStore();
    await watchChannel(store);
    const bot = createApp({
      config: {
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-1-A0APP00001-test',
        SLACK_SIGNING_SECRET: undefined,
        SLACK_API_URL: fake.apiUrl,
        PORT: 3000,
      },
      store,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      retryPolicy: TEST_RETRY_POLICY,
    });
    const { app, mode } = bot;
    expect(mode).toBe('socket');
    try {
      await startApp(bot, 0);
      expect(fake.successful('apps.connections.open')).toHaveLength(1);
      await fake.waitForSocket();

      const eventId = nextEventId();
      const envelope = {
        type: 'events_api',
        envelope_id: 'a3b6b0d8-0000-4000-8000-000000000001',
        payload: messageEvent({ text: SALESY, ts: '1700000200.000100' }, eventId),
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
      };
      const ack = await fake.sendEnvelope(envelope);
      expect(ack).toEqual(expect.objectContaining({ envelope_id: envelope.envelope_id }));
      const [reply] = await fake.waitFor('chat.postMessage');
      expect(reply!.body).toEqual(
        expect.objectContaining({ channel: IDS.drafts, thread_ts: '1700000200.000100' }),
      );

      const retry = {
        ...envelope,
        envelope_id: 'a3b6b0d8-0000-4000-8000-000000000002',
        retry_attempt: 1,
        retry_reason: 'timeout',
      };
      expect(await fake.sendEnvelope(retry)).toEqual(
        expect.objectContaining({ envelope_id: retry.envelope_id }),
      );
      const sentinel = {
        ...envelope,
        envelope_id: 'a3b6b0d8-0000-4000-8000-000000000003',
        payload: messageEvent({ text: SALESY, ts: '1700000201.000100' }),
      };
      await fake.sendEnvelope(sentinel);
      await fake.waitFor('chat.postMessage', 2);
      expect(fake.successful('chat.postMessage').map((call) => call.body.thread_ts)).toEqual([
        '1700000200.000100',
        '1700000201.000100',
      ]);

      // A slash command over the socket: acked by envelope id, the review arrives at its response_url.
      const commandAck = await fake.sendEnvelope({
        type: 'slash_commands',
        envelope_id: 'a3b6b0d8-0000-4000-8000-000000000004',
        payload: Object.fromEntries(
          new URLSearchParams(slashCommandBody(SALESY, { response_url: fake.responseUrl('socket-command') })),
        ),
        accepts_response_payload: true,
      });
      expect(commandAck).toEqual(
        expect.objectContaining({ envelope_id: 'a3b6b0d8-0000-4000-8000-000000000004' }),
      );
      const [review] = await fake.waitFor(
        'response_url',
        1,
        (call) => call.body.response_id === 'socket-command',
      );
      expect(review!.body.response_type).toBe('ephemeral');
    } finally {
      await app.stop();
      await fake.close();
    }
  });
});
