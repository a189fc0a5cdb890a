import { IDS, loadFixture } from './fake-slack';
import { auditMessage } from '../../scripts/walkthrough';
import {
  blocksOf,
  buttonsOf,
  deletedEvent,
  eventually,
  editedEvent,
  eventEnvelope,
  FRIENDLY,
  humanMessage,
  menuOf,
  messageEvent,
  nextEventId,
  SALESY,
  sendEvent,
  sign,
  sendSigned,
  startHarness,
  textOf,
  watchChannel,
  type Harness,
} from './harness';

describe('automatic review of a watched channel', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
    await watchChannel(harness.store);
  });
  afterEach(async () => {
    await harness.close();
  });

  /** Sends a salesy draft as a sentinel and waits for its reply: everything sent before it has been handled. */
  async function sentinel(ts = '1700009999.000001'): Promise<void> {
    const before = harness.fake.successful('chat.postMessage').length;
    await sendEvent(harness, messageEvent({ text: SALESY, ts }));
    await harness.fake.waitFor('chat.postMessage', before + 1);
  }

  test('a salesy top-level post gets one kind line in its thread: the one fix, the version, no grading', async () => {
    const sent = await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000001.000100' }));
    expect(sent.status).toBe(200);
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    expect(reply!.body.channel).toBe(IDS.drafts);
    expect(reply!.body.thread_ts).toBe('1700000001.000100');
    const blocks = blocksOf(reply!);
    const text = textOf(blocks);
    expect(text).toMatch(/One idea before this goes out, about “[^”]+”(, “[^”]+”)?: \*[^*]+\*/);
    expect(text).toContain('A version to try');
    // The rest waits under Details, unannounced: the channel learns neither a number nor that there is more.
    expect(text).not.toMatch(/more ideas|\d+ (more )?(ideas?|suggestions?)/i);
    // No score, rule id, category tag, principle label, engine words or ✅; a plain, specific notification text.
    expect(auditMessage('channel', String(reply!.body.text), blocks).problems).toEqual([]);
    expect(text).not.toMatch(/score|salesy|broadcast|Principle|Reviewed by/i);
    // The notification says the one idea, as the reply does: no count, nothing the reply does not say.
    expect(String(reply!.body.text)).toMatch(/^One idea before this goes out: .+ \(about “.+”\)$/);
    expect(String(reply!.body.text)).not.toMatch(/\d+ suggestions?|your draft/);
    expect(buttonsOf(blocks).map((button) => button.text)).toEqual([
      'Details (only you see them)',
      'Text to copy',
    ]);
    // Nothing on the shared reply is for the author alone: whoever sees a button may press it. The reasons are in
    // Details, one private message, not a second menu option that sends another.
    expect(menuOf(blocks).map((option) => option.text)).toEqual(['Don’t review my posts']);
    expect(harness.fake.successful('reactions.add')).toHaveLength(0);
    const record = await eventually(async () =>
      (await harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000001.000100'))?.replyTs
        ? harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000001.000100')
        : null,
    );
    expect(record).toEqual(
      expect.objectContaining({ source: 'channel', verdict: 'revise', replyTs: expect.any(String) }),
    );
  });

  test('a friendly post gets an :eyes: reaction, “seen, nothing to suggest” (not ✅, which reads as approval), instead of a message', async () => {
    await sendEvent(harness, messageEvent({ text: FRIENDLY, ts: '1700000002.000100' }));
    const [reaction] = await harness.fake.waitFor('reactions.add');
    expect(reaction!.body).toEqual(
      expect.objectContaining({
        channel: IDS.drafts,
        timestamp: '1700000002.000100',
        name: 'eyes',
      }),
    );
    await sentinel();
    expect(harness.fake.successful('chat.postMessage').map((call) => call.body.thread_ts)).toEqual([
      '1700009999.000001',
    ]);
  });

  test('an edit re-reviews and updates the reply in place, with nothing that reads as approval', async () => {
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000003.000100' }));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    const replyTs = await eventually(
      async () =>
        (await harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000003.000100'))?.replyTs,
    );
    expect(reply!.body.thread_ts).toBe('1700000003.000100');
    await sendEvent(harness, editedEvent({ ts: '1700000003.000100', text: FRIENDLY, previousText: SALESY }));
    const [update] = await harness.fake.waitFor('chat.update');
    expect(update!.body.channel).toBe(IDS.drafts);
    expect(update!.body.ts).toBe(replyTs);
    expect(textOf(blocksOf(update!))).toContain('Thanks for the edit. I have nothing more to suggest.');
    expect(textOf(blocksOf(update!)) + String(update!.body.text)).not.toMatch(
      /looks good|reads well|approved/i,
    );
    await harness.fake.waitFor('reactions.add');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
  });

  test('an edit that makes a passing post salesy posts a reply and removes the reaction', async () => {
    await sendEvent(harness, messageEvent({ text: FRIENDLY, ts: '1700000004.000100' }));
    await harness.fake.waitFor('reactions.add');
    await sendEvent(harness, editedEvent({ ts: '1700000004.000100', text: SALESY, previousText: FRIENDLY }));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    expect(reply!.body.thread_ts).toBe('1700000004.000100');
    const [removed] = await harness.fake.waitFor('reactions.remove');
    expect(removed!.body.name).toBe('eyes');
  });

  test('an "edit" that changes no text (an unfurl) does nothing', async () => {
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000005.000100' }));
    await harness.fake.waitFor('chat.postMessage');
    await sendEvent(harness, editedEvent({ ts: '1700000005.000100', text: SALESY, previousText: SALESY }));
    await sentinel();
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
  });

  test('deleting the draft deletes the reply', async () => {
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000006.000100' }));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    const replyTs = await eventually(
      async () =>
        (await harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000006.000100'))?.replyTs,
    );
    await sendEvent(harness, deletedEvent('1700000006.000100', SALESY));
    const [deletion] = await harness.fake.waitFor('chat.delete');
    expect(deletion!.body).toEqual(expect.objectContaining({ channel: IDS.drafts, ts: replyTs }));
    expect(reply).toBeDefined();
  });

  test('a draft deleted while it has replies becomes a tombstone: the reply goes too', async () => {
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000007.000100' }));
    await harness.fake.waitFor('chat.postMessage');
    await sendEvent(
      harness,
      eventEnvelope('message_changed', {
        channel: IDS.drafts,
        channel_type: 'channel',
        ts: '1700000007.000900',
        event_ts: '1700000007.000900',
        hidden: true,
        message: {
          type: 'message',
          subtype: 'tombstone',
          user: 'USLACKBOT',
          text: 'This message was deleted.',
          ts: '1700000007.000100',
          thread_ts: '1700000007.000100',
        },
        previous_message: { type: 'message', user: IDS.author, text: SALESY, ts: '1700000007.000100' },
      }),
    );
    await harness.fake.waitFor('chat.delete');
  });

  test('the ignore list: bots, our own messages, thread replies, joins, other subtypes, DMs, unwatched channels', async () => {
    const botMessage = eventEnvelope('message_bot_message', {
      channel: IDS.drafts,
      channel_type: 'channel',
      bot_id: 'B0OTHERBOT',
      username: 'deploy-bot',
      text: SALESY,
      ts: '1700000010.000100',
      event_ts: '1700000010.000100',
      thread_ts: undefined,
    });
    const botIdOnly = messageEvent({ text: SALESY, ts: '1700000011.000100' });
    (botIdOnly.event as Record<string, unknown>).bot_id = 'B0OTHERBOT';
    const ownMessage = messageEvent({ text: SALESY, ts: '1700000012.000100', user: IDS.botUser });
    const threadReply = messageEvent({
      text: SALESY,
      ts: '1700000013.000200',
      thread_ts: '1700000013.000100',
    });
    const join = eventEnvelope('message_channel_join', {
      channel: IDS.drafts,
      channel_type: 'channel',
      user: IDS.colleague,
      text: `<@${IDS.colleague}> has joined the channel`,
      ts: '1700000014.000100',
      event_ts: '1700000014.000100',
    });
    const topic = eventEnvelope('message_channel_topic', {
      channel: IDS.drafts,
      channel_type: 'channel',
      user: IDS.colleague,
      text: 'set the channel topic: BUY NOW!!!',
      ts: '1700000015.000100',
      event_ts: '1700000015.000100',
    });
    const direct = messageEvent({ text: SALESY, ts: '1700000016.000100', channel: 'D0DIRECT01' });
    (direct.event as Record<string, unknown>).channel_type = 'im';
    const unwatched = messageEvent({ text: SALESY, ts: '1700000017.000100', channel: IDS.other });
    for (const envelope of [botMessage, botIdOnly, ownMessage, threadReply, join, topic, direct, unwatched]) {
      expect((await sendEvent(harness, envelope)).status).toBe(200);
    }
    await sentinel();
    expect(harness.fake.successful('chat.postMessage').map((call) => call.body.thread_ts)).toEqual([
      '1700009999.000001',
    ]);
    expect(harness.fake.successful('reactions.add')).toHaveLength(0);
  });

  test('a retry of a handled event does nothing; a retry whose first delivery never arrived is handled', async () => {
    const eventId = nextEventId();
    const envelope = messageEvent({ text: SALESY, ts: '1700000020.000100' }, eventId);
    await sendEvent(harness, envelope);
    await harness.fake.waitFor('chat.postMessage');
    const retried = await sendEvent(harness, envelope, { retryNum: 1 });
    expect(retried.status).toBe(200);
    await sendEvent(harness, envelope, { retryNum: 2 });

    const unseen = messageEvent({ text: SALESY, ts: '1700000021.000100' });
    await sendEvent(harness, unseen, { retryNum: 1 });
    await harness.fake.waitFor('chat.postMessage', 2);
    await sentinel();
    expect(harness.fake.successful('chat.postMessage').map((call) => call.body.thread_ts)).toEqual([
      '1700000020.000100',
      '1700000021.000100',
      '1700009999.000001',
    ]);
  });

  describe('requests that are not from Slack are refused (401) and nothing is processed', () => {
    const cases: [string, (raw: string) => Parameters<typeof sendSigned>[3]][] = [
      ['forged signature', () => ({ signature: `v0=${'0'.repeat(64)}` })],
      ['signed with another secret', () => ({ secret: 'not-the-signing-secret' })],
      ['no signature', () => ({ signature: null })],
      [
        'stale timestamp (10 minutes old)',
        (raw) => {
          const timestamp = Math.floor(Date.now() / 1000) - 600;
          return { timestamp, signature: sign(raw, timestamp) };
        },
      ],
    ];
    test.each(cases)('%s', async (_name, options) => {
      const raw = JSON.stringify(messageEvent({ text: SALESY, ts: '1700000030.000100' }));
      const response = await sendSigned(harness, raw, 'application/json', options(raw));
      expect(response.status).toBe(401);
      const command = new URLSearchParams({
        command: '/etiquette',
        text: SALESY,
        response_url: harness.fake.responseUrl('forged'),
      }).toString();
      expect(
        (await sendSigned(harness, command, 'application/x-www-form-urlencoded', options(command))).status,
      ).toBe(401);
      await sentinel();
      expect(harness.fake.successful('chat.postMessage').map((call) => call.body.thread_ts)).toEqual([
        '1700009999.000001',
      ]);
      expect(harness.fake.successful('response_url')).toHaveLength(0);
    });
  });

  test('the message fixture really is a human top-level message once filled in', () => {
    const event = humanMessage({ text: 'hi', ts: '1.2' });
    expect(event).not.toHaveProperty('bot_id');
    expect(event).not.toHaveProperty('thread_ts');
    expect(loadFixture<{ event: { type: string } }>('events/message.json').event.type).toBe('message');
  });
});

describe('the store going down', () => {
  test('watched channels cannot be read: no crash, nothing posted, a later draft still reviewed once it is back', async () => {
    const harness = await startHarness();
    try {
      await watchChannel(harness.store);
      const store = harness.store as unknown as {
        getChannelSettings: (...args: unknown[]) => Promise<unknown>;
      };
      const original = store.getChannelSettings.bind(harness.store);
      store.getChannelSettings = async () => {
        throw new Error('database unreachable');
      };
      await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000040.000100' }));
      store.getChannelSettings = original;
      await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000041.000100' }));
      const [reply] = await harness.fake.waitFor('chat.postMessage');
      expect(reply!.body.thread_ts).toBe('1700000041.000100');
    } finally {
      await harness.close();
    }
  });
});
