import { IDS } from './fake-slack';
import {
  blocksOf,
  buttonsOf,
  FRIENDLY,
  menuOf,
  SALESY,
  sendCommand,
  startHarness,
  textOf,
  watchChannel,
  type Harness,
} from './harness';

describe('/etiquette over HTTP', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  const responseTo = async (responseId: string) =>
    (await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === responseId))[0]!;

  test('when no full version passes its checks, the private review offers the small changes instead', async () => {
    const sent = await sendCommand(
      harness,
      // A prize claim stays a hard sell however it is worded, so no full version passes its checks.
      'We are thrilled to announce that our raffle winners will be announced on Friday! Claim your prize at prizes.example.com',
    );
    const reply = await responseTo(sent.responseId);
    const text = textOf(blocksOf(reply));
    expect(text).not.toContain('A version to try');
    expect(text).toMatch(/Small changes? to try/i);
    expect(text).toContain('remove “We are thrilled to announce that”');
  });

  test('a draft gets an empty ack at once, then a private review that leads with one fix, the version and buttons', async () => {
    const sent = await sendCommand(harness, SALESY);
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    const reply = await responseTo(sent.responseId);
    expect(reply.body.response_type).toBe('ephemeral');
    const blocks = blocksOf(reply);
    expect(textOf(blocks)).toContain('Try this first:');
    expect(textOf(blocks)).toContain('A version to try');
    // The notification text is specific and plain: the first suggestion and the draft's words, no count.
    expect(String(reply.body.text)).toMatch(/^An idea for your draft: .+ \(instead of “.+”\)$/);
    expect(String(reply.body.text)).not.toMatch(/\d+ suggestions?/);
    expect(String(reply.body.text)).not.toMatch(/[*_`~]/);
    // At most 3 suggestions as lines, then "N more"; at most 5 buttons; the rest in the ⋯ menu.
    expect(textOf(blocks)).toMatch(/\d+ more: \*All \d+ suggestions\* in the ⋯ menu/);
    expect(buttonsOf(blocks).map((button) => button.action_id)).toEqual(['copy_text']);
    expect(menuOf(blocks).map((option) => option.text)).toEqual([
      'Why this matters',
      expect.stringMatching(/^All \d+ suggestions$/),
      'This helped',
      'Not helpful…',
    ]);
    expect(textOf(blocks)).not.toMatch(/score|Principle:|_salesy_|_broadcast_|hard-call-to-action/);
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(0);
    const recorded = await harness.store.listReviews({ teamId: IDS.team, since: new Date(0) });
    expect(recorded).toEqual([
      expect.objectContaining({ source: 'command', verdict: 'revise', userId: IDS.author, draftText: null }),
    ]);
  });

  test('a friendly draft passes, privately', async () => {
    const sent = await sendCommand(harness, FRIENDLY);
    const reply = await responseTo(sent.responseId);
    expect(textOf(blocksOf(reply))).toContain('This reads like a person talking to people.');
    // Something good is said first, in plain words; there is nothing to copy.
    expect(textOf(blocksOf(reply))).toContain('Nice:');
    expect(reply.body.text).toBe('Your draft reads like a person talking to people.');
    expect(buttonsOf(blocksOf(reply)).map((button) => button.action_id)).not.toContain('copy_text');
  });

  test.each(['', 'help', '  HELP '])('%j shows how to use it', async (text) => {
    const sent = await sendCommand(harness, text);
    const reply = await responseTo(sent.responseId);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toContain('/etiquette watch');
  });

  test('"watch this space!" is a draft, not a subcommand', async () => {
    const sent = await sendCommand(harness, 'watch this space!');
    const reply = await responseTo(sent.responseId);
    expect(textOf(blocksOf(reply))).toMatch(/This reads like a person|Try this first/);
    expect(await harness.store.listWatchedChannels(IDS.team)).toEqual([]);
  });

  test('watch joins a public channel it is not in and remembers the channel; unwatch forgets it', async () => {
    harness.fake.answer('conversations.info', (body) => ({
      ok: true,
      channel: {
        id: body.channel,
        name: 'social-drafts',
        is_channel: true,
        is_private: false,
        is_member: false,
      },
    }));
    const watched = await sendCommand(harness, 'watch');
    const reply = await responseTo(watched.responseId);
    expect(String(reply.body.text)).toContain('I posted a note in this channel');
    expect(String(reply.body.text)).not.toMatch(/[*_`~]/);
    const joins = harness.fake.successful('conversations.join');
    expect(joins.map((call) => call.body.channel)).toEqual([IDS.drafts]);
    expect(await harness.store.listWatchedChannels(IDS.team)).toEqual([IDS.drafts]);

    const unwatched = await sendCommand(harness, 'unwatch');
    expect(String((await responseTo(unwatched.responseId)).body.text)).toContain('stopped reviewing');
    expect(await harness.store.listWatchedChannels(IDS.team)).toEqual([]);
  });

  test('watch tells the whole channel what the bot will do, who sees what, and offers "Don’t review my posts"', async () => {
    const sent = await sendCommand(harness, 'watch');
    await responseTo(sent.responseId);
    const [announcement] = await harness.fake.waitFor('chat.postMessage');
    expect(announcement!.body.channel).toBe(IDS.drafts);
    expect(announcement!.body.thread_ts).toBeUndefined();
    const blocks = blocksOf(announcement!);
    // It says the channel is watched and how to opt out; it names nobody (no @-mention of who turned it on).
    expect(textOf(blocks)).toContain('This channel is now watched');
    expect(textOf(blocks)).not.toContain('<@');
    expect(String(announcement!.body.text)).not.toContain('<@');
    expect(String(announcement!.body.text)).toContain(
      'press Don’t review my posts or type /etiquette optout',
    );
    // People who join later learn how to opt out too, and that reviews of their posts feed their own stats.
    expect(textOf(blocks)).toContain('type `/etiquette optout`, any time (also if you join later)');
    expect(textOf(blocks)).toContain('count in your own stats');
    // Watching is stored, so the bot can promise to keep at it; it no longer says it forgets on a restart.
    const ack = String((await responseTo(sent.responseId)).body.text);
    expect(ack).toContain('I keep watching until someone types');
    expect(ack).not.toContain('until I restart');
    expect(textOf(blocks)).toContain('everyone here sees that reply');
    expect(textOf(blocks)).toContain('opens only for whoever presses');
    expect(textOf(blocks)).toContain(
      'the post gets a :eyes: reaction: seen, nothing to suggest. It is not an approval.',
    );
    expect(textOf(blocks)).not.toMatch(/reads? well/);
    expect(textOf(blocks)).not.toContain('white_check_mark');
    expect(buttonsOf(blocks)).toEqual([
      expect.objectContaining({ action_id: 'opt_out', text: 'Don’t review my posts' }),
    ]);
    expect(String(announcement!.body.text)).not.toMatch(/[*_`~]/);
  });

  test('watch with private replies says so in the announcement', async () => {
    await harness.store.saveChannelSettings({
      ...(await harness.bot.coach.channelSettings(IDS.team, IDS.drafts)),
      replyMode: 'ephemeral',
    });
    const sent = await sendCommand(harness, 'watch');
    await responseTo(sent.responseId);
    const [announcement] = await harness.fake.waitFor('chat.postMessage');
    expect(textOf(blocksOf(announcement!))).toContain('only the author sees it');
  });

  test('watch does not join a channel it is already in', async () => {
    const sent = await sendCommand(harness, 'watch');
    await responseTo(sent.responseId);
    expect(harness.fake.successful('conversations.info')).toHaveLength(1);
    expect(harness.fake.successful('conversations.join')).toHaveLength(0);
    expect(await harness.store.listWatchedChannels(IDS.team)).toEqual([IDS.drafts]);
  });

  test('watch in a private channel the bot is not in says how to invite it, and watches nothing', async () => {
    harness.fake.answer('conversations.info', () => ({ ok: false, error: 'channel_not_found' }));
    const sent = await sendCommand(harness, 'watch', {
      channel_id: 'G0PRIVATE1',
      channel_name: 'privategroup',
    });
    const reply = await responseTo(sent.responseId);
    expect(String(reply.body.text)).toContain('/invite @Etiquette Coach');
    expect(harness.fake.successful('conversations.join')).toHaveLength(0);
    expect(await harness.store.listWatchedChannels(IDS.team)).toEqual([]);
  });

  test('watch in a direct message explains that it reviews channels', async () => {
    const sent = await sendCommand(harness, 'watch', {
      channel_id: 'D0DIRECT01',
      channel_name: 'directmessage',
    });
    expect(String((await responseTo(sent.responseId)).body.text)).toContain('not direct messages');
    expect(harness.fake.successful('conversations.info')).toHaveLength(0);
  });

  test('unwatch tells the channel that it is no longer watched, without naming who turned it off', async () => {
    await watchChannel(harness.store);
    const sent = await sendCommand(harness, 'unwatch');
    expect(String((await responseTo(sent.responseId)).body.text)).toContain('said so in the channel');
    const [notice] = await harness.fake.waitFor('chat.postMessage');
    expect(notice!.body.channel).toBe(IDS.drafts);
    expect(notice!.body.thread_ts).toBeUndefined();
    expect(String(notice!.body.text)).toContain('This channel is no longer watched');
    expect(textOf(blocksOf(notice!))).not.toContain('<@');
    expect(await harness.store.listWatchedChannels(IDS.team)).toEqual([]);
  });

  test('unwatch in a channel that was not watched says so', async () => {
    const sent = await sendCommand(harness, 'unwatch');
    expect(String((await responseTo(sent.responseId)).body.text)).toContain('Nothing changed');
  });

  test('settings opens the channel settings modal with the command trigger, pre-filled', async () => {
    await watchChannel(harness.store);
    await sendCommand(harness, 'settings', { trigger_id: '111.222.settings' });
    const [open] = await harness.fake.waitFor('views.open');
    expect(open!.body.trigger_id).toBe('111.222.settings');
    const view = open!.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('channel_settings');
    expect(JSON.parse(view.private_metadata)).toEqual({
      scope: 'channel',
      teamId: IDS.team,
      channelId: IDS.drafts,
    });
    expect(JSON.stringify(view)).toContain('"value":"standard"');
    expect(harness.fake.successful('response_url')).toHaveLength(0);
  });

  test('stats counts the drafts reviewed and first-time passes, for the person and the team', async () => {
    const first = await sendCommand(harness, SALESY);
    await responseTo(first.responseId);
    const second = await sendCommand(harness, FRIENDLY, { user_id: IDS.colleague });
    await responseTo(second.responseId);
    const sent = await sendCommand(harness, 'stats');
    const reply = await responseTo(sent.responseId);
    expect(reply.body.response_type).toBe('ephemeral');
    const text = textOf(blocksOf(reply));
    expect(text).toContain('1 draft reviewed, each with a suggestion');
    // Both were private reviews: nothing for the team, and no figures about two people.
    expect(text).toContain('Your team: figures appear once 5 or more people have drafts reviewed');
    expect(text).not.toContain('2 drafts reviewed');
  });

  test('an empty-after-trim or oversized draft gets a one-line explanation, not a review', async () => {
    const sent = await sendCommand(harness, 'x'.repeat(40_001));
    const reply = await responseTo(sent.responseId);
    expect(String(reply.body.text)).toContain('the limit is 40,000');
  });
});
