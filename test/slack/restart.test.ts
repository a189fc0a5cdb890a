import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createStore } from '../../src/store';
import type { ResilientStore } from '../../src/store/resilient';
import { createThrowawayDatabase, describePostgres, dropDatabase, urlFor } from '../store/pg-helpers';
import { memoryLogger } from '../store/helpers';
import { IDS } from './fake-slack';
import {
  blockActionPayload,
  blocksOf,
  buttonsOf,
  editedEvent,
  eventually,
  FRIENDLY,
  messageEvent,
  nextEventId,
  SALESY,
  sendCommand,
  sendEvent,
  sendInteraction,
  startHarness,
  watchChannel,
  type Harness,
} from './harness';
import { settingsValues, submitSettings, type Json } from './settings-helpers';

const silent = pino({ level: 'silent' });

describe('restart on the same embedded database (PGlite in DATA_DIR)', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'etiquette-restart-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  const open = () => createStore({ DATA_DIR: dataDir, DATABASE_URL: undefined }, silent);

  test('a watched channel, its settings and its history survive a graceful stop and a new start', async () => {
    let store: ResilientStore = await open();
    let harness: Harness = await startHarness({ store });
    try {
      const watched = await sendCommand(harness, 'watch');
      await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === watched.responseId);
      await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000500.000001' }));
      const [reply] = await harness.fake.waitFor(
        'chat.postMessage',
        1,
        (call) => call.body.thread_ts !== undefined,
      );
      await eventually(
        async () => (await store.findReviewByMessage(IDS.team, IDS.drafts, '1700000500.000001'))?.replyTs,
      );
      await store.setUserOptOut(IDS.team, IDS.colleague, true);

      // Graceful stop: the receiver closes, then the store (its queue flushed).
      await harness.close();
      await store.close();

      store = await open();
      harness = await startHarness({ store });
      expect(await store.listWatchedChannels(IDS.team)).toEqual([IDS.drafts]);
      expect(await store.isUserOptedOut(IDS.team, IDS.colleague)).toBe(true);
      const history = await store.listReviews({ teamId: IDS.team, since: new Date(0) });
      expect(history).toEqual([
        expect.objectContaining({
          source: 'channel',
          verdict: 'revise',
          replyTs: reply!.body.ts ?? expect.any(String),
        }),
      ]);

      // The new process acts on what the old one stored: a new post is reviewed (the watch holds) and an edit
      // of the old post updates the old reply in place, found through the stored review.
      await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000500.000002' }));
      await harness.fake.waitFor(
        'chat.postMessage',
        1,
        (call) => call.body.thread_ts === '1700000500.000002',
      );
      await sendEvent(
        harness,
        editedEvent({ ts: '1700000500.000001', text: FRIENDLY, previousText: SALESY }),
      );
      const [update] = await harness.fake.waitFor('chat.update');
      expect(update!.body.ts).toBe(history[0]!.replyTs);

      // "Details" on the reply the old process posted needs the whole review, which lived in that process's memory:
      // it says honestly that the review has expired, for the author as for anyone.
      const oldBlocks = blocksOf(reply!);
      const oldButtons = buttonsOf(oldBlocks);
      const container = {
        is_ephemeral: false,
        channel_id: IDS.drafts,
        message_ts: String(history[0]!.replyTs),
      };
      const click = (actionId: string, value: string, responseId: string) =>
        sendInteraction(
          harness,
          blockActionPayload({ actionId, value, userId: IDS.author, responseId, harness, container }),
        );
      const show = oldButtons.find((button) => button.action_id === 'show_details')!;
      await click('show_details', show.value, 'stale-details');
      const [stale] = await harness.fake.waitFor(
        'response_url',
        1,
        (call) => call.body.response_id === 'stale-details',
      );
      expect(String(stale!.body.text)).toContain('no longer have that review');

      const sent = await sendCommand(harness, 'stats');
      const [stats] = await harness.fake.waitFor(
        'response_url',
        1,
        (call) => call.body.response_id === sent.responseId,
      );
      expect(JSON.stringify(stats!.body.blocks)).toContain('2 drafts reviewed');
    } finally {
      await harness.close();
      await store.close();
    }
  });
});

describePostgres('two app instances on one Postgres server', () => {
  let database = '';
  beforeAll(async () => {
    database = await createThrowawayDatabase();
  });
  afterAll(async () => {
    if (database) await dropDatabase(database);
  });

  test('both receive the same event: exactly one reply', async () => {
    const logs = [memoryLogger(), memoryLogger()];
    const stores = await Promise.all(
      logs.map(({ logger }) => createStore({ DATA_DIR: '', DATABASE_URL: urlFor(database) }, logger)),
    );
    const harnesses = await Promise.all(
      stores.map((store, index) => startHarness({ store, logger: logs[index]!.logger })),
    );
    try {
      const [firstStore] = stores;
      const watch = await sendCommand(harnesses[0]!, 'watch');
      await harnesses[0]!.fake.waitFor(
        'response_url',
        1,
        (call) => call.body.response_id === watch.responseId,
      );
      // The second instance sees the watch saved by the first: settings live in the shared database.
      expect(await stores[1]!.listWatchedChannels(IDS.team)).toEqual([IDS.drafts]);

      const eventId = nextEventId();
      const envelope = messageEvent({ text: SALESY, ts: '1700000600.000001' }, eventId);
      const answers = await Promise.all(harnesses.map((harness) => sendEvent(harness, envelope)));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);

      // Wait until both instances are done with it: one replied, the other logged the duplicate.
      const replies = () =>
        harnesses.flatMap((harness) =>
          harness.fake.successful('chat.postMessage').filter((call) => call.body.thread_ts !== undefined),
        );
      const duplicates = () =>
        logs.flatMap(({ lines }) =>
          lines.filter((line) => line.event === 'slack.duplicate_event' && line.eventId === eventId),
        );
      await eventually(() => replies().length >= 1 && duplicates().length >= 1);
      expect(replies()).toHaveLength(1);
      expect(duplicates()).toHaveLength(1);
      expect(await firstStore!.listReviews({ teamId: IDS.team, since: new Date(0) })).toHaveLength(1);
    } finally {
      await Promise.all(harnesses.map((harness) => harness.close()));
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  test('settings saved through one instance apply to the next draft on the other', async () => {
    const stores = await Promise.all(
      [0, 1].map(() => createStore({ DATA_DIR: '', DATABASE_URL: urlFor(database) }, silent)),
    );
    const harnesses = await Promise.all(stores.map((store) => startHarness({ store })));
    const [first, second] = harnesses as [Harness, Harness];
    const channel = 'C0REPLICA1';
    try {
      await watchChannel(stores[0]!, channel);
      await sendCommand(first, 'settings', { channel_id: channel });
      const [open] = await first.fake.waitFor('views.open');
      const saved = await submitSettings(
        first,
        open!.body.view as Json,
        settingsValues({ replyMode: 'dm', strictness: 'gentle', disabledRules: ['shouting'] }),
      );
      expect(saved.body).toBe('');

      await sendEvent(second, messageEvent({ text: SALESY, ts: '1700000700.000001', channel }));
      const [dm] = await second.fake.waitFor('chat.postMessage');
      expect(dm!.body.channel).toBe(IDS.author);
      const review = await eventually(() =>
        stores[1]!.findReviewByMessage(IDS.team, channel, '1700000700.000001'),
      );
      expect(review.rules).not.toContain('shouting');
    } finally {
      await Promise.all(harnesses.map((harness) => harness.close()));
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
