import pino from 'pino';
import { auditMessage, visibleText } from '../../scripts/walkthrough';
import { defaultChannelSettings } from '../../src/coach';
import { DigestScheduler, mondayMorning } from '../../src/slack/digest-scheduler';
import { MemoryStore } from '../../src/store/memory';
import { IDS } from './fake-slack';
import {
  blocksOf,
  editedEvent,
  eventEnvelope,
  FRIENDLY,
  menuActionPayload,
  menuOf,
  messageEvent,
  SALESY,
  sendCommand,
  sendEvent,
  sendInteraction,
  startHarness,
  textOf,
  watchChannel,
  type Harness,
} from './harness';

type Json = Record<string, unknown>;

/** One finding only: hype-superlatives on "revolutionary" (a suggestion; the draft passes). */
const ONE_HYPE = 'Our revolutionary new oven is here. What do you bake on Sundays?';
const DAY = 24 * 60 * 60 * 1000;

describe('coaching: silenced phrases, stats and App Home', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  async function review(text: string, userId: string = IDS.author): Promise<Json> {
    const sent = await sendCommand(harness, text, { user_id: userId });
    const [reply] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === sent.responseId,
    );
    return reply!.body;
  }

  async function openHome(userId: string = IDS.author): Promise<Json[]> {
    const before = harness.fake.successful('views.publish').length;
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', { user: userId, channel: 'D0HOME0001', tab: 'home', event_ts: '1.2' }),
    );
    const published = await harness.fake.waitFor('views.publish', before + 1);
    return (published.at(-1)!.body.view as { blocks: Json[] }).blocks;
  }

  test('a suggestion the team stopped is listed by name; an admin’s “Flag again” makes it count from the next draft', async () => {
    // Three "stop flagging" votes from before feedback stopped doing that: the phrase is not flagged.
    for (const user of ['U1', 'U2', 'U3'])
      await harness.store.recordFeedback({
        teamId: IDS.team,
        userId: user,
        reviewId: `r-${user}`,
        rule: 'hype-superlatives',
        phrase: 'revolutionary',
        helpful: false,
        silence: 'vote',
      });
    const quiet = await review(ONE_HYPE, IDS.colleague);
    expect(textOf(blocksOf({ body: quiet }))).not.toContain('revolutionary');

    harness.fake.answer('users.info', (body) => ({ ok: true, user: { id: body.user, is_admin: true } }));
    const home = await openHome();
    expect(textOf(home)).toContain('“revolutionary” · Hype superlatives: no longer flagged');
    expect(visibleText(home)).not.toContain('hype-superlatives');
    const flagAgain = menuOf(home).find((option) => option.action_id === 'unsilence_phrase')!;
    expect(flagAgain.text).toBe('Flag “revolutionary” again');
    expect(JSON.parse(flagAgain.value)).toEqual({ rule: 'hype-superlatives', phrase: 'revolutionary' });
    await sendInteraction(
      harness,
      menuActionPayload({
        option: flagAgain,
        userId: IDS.author,
        responseId: 'flag-again',
        harness,
        container: { is_ephemeral: false, channel_id: 'D0HOME0001' },
      }),
    );
    const republished = await harness.fake.waitFor('views.publish', 2);
    expect(textOf((republished[1]!.body.view as { blocks: Json[] }).blocks)).not.toContain(
      'Suggestions your team stopped',
    );
    expect(await harness.store.listSilenced(IDS.team, 3)).toEqual([]);

    const flagged = await review(ONE_HYPE);
    expect(textOf(blocksOf({ body: flagged }))).toContain('revolutionary');
  });

  test('/etiquette stats: drafts, first-time passes, a weekly trend and the three most frequent habits with before/after', async () => {
    await watchChannel(harness.store);
    // A watched-channel draft that is sent back, then edited until it passes: one draft, not a first-time pass.
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000300.000001' }));
    await harness.fake.waitFor('chat.postMessage', 1);
    await sendEvent(harness, editedEvent({ ts: '1700000300.000001', text: FRIENDLY, previousText: SALESY }));
    await harness.fake.waitFor('chat.update', 1);
    await review(FRIENDLY);
    await review('We are proud to announce our new app. Check it out at https://example.com');
    await review(FRIENDLY, IDS.colleague);

    const sent = await sendCommand(harness, 'stats');
    const [reply] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === sent.responseId,
    );
    expect(reply!.body.response_type).toBe('ephemeral');
    const text = textOf(blocksOf(reply!));
    expect(text).toContain('3 drafts reviewed; 1 needed no suggestion (33%)');
    // A labelled chart: one line per week, its bar and what the bar counts.
    expect(text).toContain('Drafts that needed no suggestion, week by week');
    expect(
      text.match(
        /Week of \d{1,2} [A-Z][a-z]{2} +[·▁▂▃▄▅▆▇█] {2}(no drafts|\d+ of \d+ needed no suggestion)/g,
      ),
    ).toHaveLength(4);
    expect(text).toContain('What came up most');
    expect(text).toContain('• *Hard calls to action*, once');
    expect(text).not.toMatch(/hard-call-to-action|passed first time|`[▁▂▃▄▅▆▇█·]+`/);
    // Draft text is not kept by default: the examples are the rules' own.
    expect(text).toContain('Examples are textbook ones');
    expect(text).toContain('Before:');
    expect(text).toContain('Your team: 4 drafts reviewed; 2 needed no suggestion (50%)');
  });

  test('with "keep draft text" on, the before/after comes from the team’s own draft and its rewrite', async () => {
    await harness.store.saveChannelSettings({
      ...defaultChannelSettings(IDS.team, IDS.drafts),
      storeDraftText: true,
    });
    await review('We are proud to announce our new app. Check it out at https://example.com');
    const sent = await sendCommand(harness, 'stats');
    const [reply] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === sent.responseId,
    );
    const text = textOf(blocksOf(reply!));
    expect(text).toContain('Before: We are proud to announce our new app.');
    expect(text).toContain('Examples come from drafts this workspace chose to keep');
  });

  test('App Home leads with the person’s last 30 days, then the team’s; no rule ids or engine words', async () => {
    await review(SALESY);
    await review(FRIENDLY, IDS.colleague);
    const blocks = await openHome();
    const text = textOf(blocks);
    expect(text.indexOf('*Your last 30 days*\\n1 draft reviewed, each with a suggestion.')).toBeGreaterThan(
      0,
    );
    expect(
      text.indexOf('*Your team, the last 30 days*\\n2 drafts reviewed; 1 needed no suggestion (50%).'),
    ).toBeGreaterThan(text.indexOf('*Your last 30 days*'));
    expect(text.indexOf('Your last 30 days')).toBeLessThan(text.indexOf('Channels I watch'));
    // The person's own recent drafts come first, in words: when, where, what came of it.
    expect(text.indexOf('*Your recent drafts*')).toBeLessThan(text.indexOf('*Your last 30 days*'));
    expect(text).toMatch(
      /• \d{1,2} [A-Z][a-z]{2}, in <#C0DRAFTS01> \(you asked\): \d+ suggestions: hard calls to action/,
    );
    // Nothing was stopped for the team, so there is no such section (and no button in it).
    expect(text).not.toContain('Suggestions your team stopped');
    expect(auditMessage('home', 'App Home', blocks).problems).toEqual([]);
  });

  test('App Home shows "You" and "Your team" once when they are the same', async () => {
    await review(SALESY);
    const text = textOf(await openHome());
    expect(text).toContain('Your team: only your drafts so far, so the same numbers.');
    expect(text).not.toContain('Your team, the last 30 days');
  });
});

describe('weekly digest', () => {
  const logger = pino({ level: 'silent' });

  test('Monday morning is read in the time zone given; an unknown zone is UTC', () => {
    // 2026-11-23 is a Monday. 17:30 UTC is 09:30 in Los Angeles (UTC-8 in November).
    expect(mondayMorning(new Date('2026-11-23T17:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-23');
    expect(mondayMorning(new Date('2026-11-23T10:00:00Z'), 'America/Los_Angeles')).toBeNull();
    expect(mondayMorning(new Date('2026-11-23T23:30:00Z'), 'Asia/Tokyo')).toBeNull(); // Tuesday there
    expect(mondayMorning(new Date('2026-11-23T09:15:00Z'), 'Not/AZone')).toBe('2026-11-23');
    expect(mondayMorning(new Date('2026-11-24T09:15:00Z'), 'UTC')).toBeNull();
  });

  test('two app instances sharing a store post the digest exactly once, written from the recorded reviews', async () => {
    const store = new MemoryStore();
    const first = await startHarness({ store });
    const second = await startHarness({ store });
    try {
      for (const harness of [first, second]) {
        harness.fake.answer('users.info', (body) => ({ ok: true, user: { id: body.user, tz: 'UTC' } }));
      }
      await store.saveChannelSettings({
        ...defaultChannelSettings(IDS.team, IDS.drafts),
        watched: true,
        digest: true,
        updatedBy: IDS.author,
      });
      // This week: three drafts through the app, two of them pass first time.
      for (const [text, user] of [
        [FRIENDLY, IDS.author],
        [FRIENDLY, IDS.colleague],
        [SALESY, IDS.author],
      ] as const) {
        const sent = await sendCommand(first, text, { user_id: user });
        await first.fake.waitFor('response_url', 1, (call) => call.body.response_id === sent.responseId);
      }
      // The next Monday, 09:30 UTC: within seven days of the reviews just recorded.
      const today = new Date();
      const monday = new Date(
        Date.UTC(
          today.getUTCFullYear(),
          today.getUTCMonth(),
          today.getUTCDate() + ((8 - today.getUTCDay()) % 7 || 7),
          9,
          30,
        ),
      );
      // The week before: one draft, sent back.
      await store.recordReview({
        teamId: IDS.team,
        channelId: IDS.drafts,
        userId: IDS.author,
        source: 'command',
        verdict: 'revise',
        score: 40,
        rules: ['shouting'],
        categories: ['salesy'],
        reviewer: 'rules',
        promptVersion: null,
        draftText: null,
        messageTs: null,
        replyTs: null,
        createdAt: new Date(monday.getTime() - 10 * DAY),
      });

      let now = monday;
      const schedulers = [first, second].map(
        (harness) => new DigestScheduler({ store, client: harness.bot.app.client, logger, now: () => now }),
      );
      const posted = await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(posted.reduce((a, b) => a + b, 0)).toBe(1);
      const messages = [
        ...first.fake.successful('chat.postMessage'),
        ...second.fake.successful('chat.postMessage'),
      ];
      expect(messages).toHaveLength(1);
      expect(messages[0]!.body.channel).toBe(IDS.drafts);
      const text = textOf(blocksOf(messages[0]!));
      expect(text).toContain('2 people shared 3 drafts last week; 2 needed no suggestion (67%).');
      expect(text).toContain('That is up from 0% the week before.');
      expect(text).toContain('One thing to practise this week:');

      // Later that morning, and the next day: nothing more.
      now = new Date(monday.getTime() + 60 * 60 * 1000);
      expect(await schedulers[0]!.tick()).toBe(0);
      expect(await schedulers[1]!.tick()).toBe(0);
      now = new Date(monday.getTime() + DAY);
      expect(await schedulers[0]!.tick()).toBe(0);
      // The Monday after: the next week's digest.
      now = new Date(monday.getTime() + 7 * DAY);
      expect(await schedulers[1]!.tick()).toBe(1);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
