import { IDS } from '../slack/fake-slack';
import { SALESY, startHarness, watchChannel, type Harness } from '../slack/harness';

/** What a killed process left in pending_reviews, answered by the next one (the store here is in memory). */
describe('re-delivering reviews left pending', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
    await watchChannel(harness.store);
  });
  afterEach(async () => {
    await harness.close();
  });

  test('a channel draft is reviewed in its thread; a recent command through its response_url; an old one by DM', async () => {
    const base = { teamId: IDS.team, userId: IDS.author, text: SALESY };
    await harness.store.savePending({
      ...base,
      id: `channel:${IDS.team}:${IDS.drafts}:1700001200.000100`,
      source: 'channel',
      channelId: IDS.drafts,
      messageTs: '1700001200.000100',
      responseUrl: null,
    });
    await harness.store.savePending({
      ...base,
      id: 'cmd-recent',
      source: 'command',
      channelId: IDS.drafts,
      messageTs: null,
      responseUrl: harness.fake.responseUrl('pending-recent'),
      createdAt: new Date(Date.now() - 60_000),
    });
    await harness.store.savePending({
      ...base,
      id: 'cmd-old',
      source: 'command',
      channelId: IDS.drafts,
      messageTs: null,
      responseUrl: harness.fake.responseUrl('pending-old'),
      createdAt: new Date(Date.now() - 40 * 60_000),
    });

    expect(await harness.bot.redeliverPending()).toBe(3);

    const thread = harness.fake
      .successful('chat.postMessage')
      .filter((call) => call.body.thread_ts === '1700001200.000100');
    expect(thread).toHaveLength(1);
    const recent = harness.fake
      .successful('response_url')
      .filter((call) => call.body.response_id === 'pending-recent');
    expect(recent).toHaveLength(1);
    expect(recent[0]!.body.response_type).toBe('ephemeral');
    expect(
      harness.fake.successful('response_url').filter((call) => call.body.response_id === 'pending-old'),
    ).toEqual([]);
    const dm = harness.fake.successful('chat.postMessage').filter((call) => call.body.channel === IDS.author);
    expect(dm).toHaveLength(1);
    expect(String(dm[0]!.body.text)).toContain('send it again');
    expect(String(dm[0]!.body.text)).not.toContain('BUY NOW'); // the draft is not repeated in a DM
    expect(await harness.store.listPending(10)).toEqual([]);
    expect(await harness.bot.redeliverPending()).toBe(0);
  });
});
