import pino from 'pino';
import { auditMessage, visibleText } from '../../scripts/walkthrough';
import { defaultChannelSettings, ruleTitle } from '../../src/coach';
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

/** Drafts posted in the watched channel by `users` (one each, `daysAgo` days before `now`), as the bot records them. */
async function seedChannelDrafts(
  store: MemoryStore | Harness['store'],
  users: readonly string[],
  over: { verdict?: 'pass' | 'revise'; rules?: string[]; at?: Date } = {},
): Promise<void> {
  for (const userId of users) {
    await store.recordReview({
      teamId: IDS.team,
      channelId: IDS.drafts,
      userId,
      source: 'channel',
      verdict: over.verdict ?? 'pass',
      score: over.verdict === 'revise' ? 40 : 90,
      rules: over.rules ?? [],
      categories: [],
      reviewer: 'rules',
      promptVersion: null,
      draftText: null,
      messageTs: `1700009000.${String((seeded += 1)).padStart(6, '0')}`,
      replyTs: null,
      createdAt: over.at ?? new Date(),
    });
  }
}
let seeded = 0;
const COLLEAGUES = ['U0COLL0002', 'U0COLL0003', 'U0COLL0004', 'U0COLL0005'];

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
    expect(textOf(home)).toContain('“revolutionary” · Big claims and superlatives: no longer flagged');
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
        /7 days to \d{1,2} [A-Z][a-z]{2} +[·▁▂▃▄▅▆▇█] {2}(no drafts|\d+ of \d+ needed no suggestion)/g,
      ),
    ).toHaveLength(4);
    expect(text).toContain('What came up most');
    expect(text).toContain('• *Asking people to buy or sign up*, once');
    expect(text).not.toMatch(/hard-call-to-action|passed first time|`[▁▂▃▄▅▆▇█·]+`/);
    // Draft text is not kept by default: the examples are the rules' own.
    expect(text).toContain('Examples are textbook ones');
    expect(text).toContain('Before:');
    // Only the author's channel draft counts for the team (the rest were private): too few people to show.
    expect(text).toContain(
      'Your team: figures appear once 5 or more people have drafts reviewed in watched channels',
    );
    expect(text).not.toMatch(/Your team.*\d+ drafts? reviewed/);

    await seedChannelDrafts(harness.store, COLLEAGUES);
    const again = await sendCommand(harness, 'stats');
    const [later] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === again.responseId,
    );
    expect(textOf(blocksOf(later!))).toContain(
      'Your team, drafts in watched channels: 5 drafts reviewed; 4 needed no suggestion (80%)',
    );
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
    await seedChannelDrafts(harness.store, [IDS.colleague, ...COLLEAGUES]);
    const blocks = await openHome();
    const text = textOf(blocks);
    expect(text.indexOf('*Your last 30 days*\\n1 draft reviewed, each with a suggestion.')).toBeGreaterThan(
      0,
    );
    // The team: the five channel drafts, none of the private reviews.
    expect(
      text.indexOf('*Your team, the last 30 days*\\n5 drafts reviewed; 5 needed no suggestion (100%).'),
    ).toBeGreaterThan(text.indexOf('*Your last 30 days*'));
    expect(text).toContain('Drafts posted in watched channels only: private reviews never count.');
    expect(text.indexOf('Your last 30 days')).toBeLessThan(text.indexOf('Channels I watch'));
    // The person's own recent drafts come first, in words: when, where, what came of it.
    expect(text.indexOf('*Your recent drafts*')).toBeLessThan(text.indexOf('*Your last 30 days*'));
    expect(text).toMatch(
      /• \d{1,2} [A-Z][a-z]{2}, in <#C0DRAFTS01> \(you asked privately\): what came up: asking people to buy or sign up/,
    );
    // Nothing was stopped for the team, so there is no such section (and no button in it).
    expect(text).not.toContain('Suggestions your team stopped');
    expect(auditMessage('home', 'App Home', blocks).problems).toEqual([]);
  });

  test('a colleague’s App Home shows no team figures from fewer than five people, and nothing of a private review', async () => {
    await review(SALESY);
    await seedChannelDrafts(harness.store, [IDS.author, IDS.colleague, ...COLLEAGUES.slice(0, 2)], {
      verdict: 'revise',
      rules: ['hard-call-to-action'],
    });
    const blocks = await openHome(IDS.colleague);
    const text = textOf(blocks);
    expect(text).toContain('Your team: figures appear once 5 or more people');
    expect(text).not.toContain('Your team, the last 30 days');
    expect(
      auditMessage('home', 'App Home', blocks, { viewer: IDS.colleague, teamAuthors: 4 }).problems,
    ).toEqual([]);
  });

  test('a suggestion the author marked "Not helpful" leaves their stats', async () => {
    await review(ONE_HYPE);
    const [recorded] = await harness.store.listReviews({ teamId: IDS.team, since: new Date(0) });
    expect(recorded!.rules).toEqual(['hype-superlatives']);
    const before = textOf(await openHome());
    const title = ruleTitle('hype-superlatives');
    expect(before).toContain(title);
    await harness.store.recordFeedback({
      teamId: IDS.team,
      userId: IDS.author,
      reviewId: recorded!.id!,
      rule: 'hype-superlatives',
      phrase: 'revolutionary',
      helpful: false,
      reason: 'wrong',
      silence: 'no',
    });
    const after = textOf(await openHome());
    expect(after.toLowerCase()).not.toContain(title.toLowerCase());
    expect(after).toContain('1 draft reviewed; 1 needed no suggestion (100%)');
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
      // A private review run in the channel: never in the digest.
      const sent = await sendCommand(first, SALESY, { user_id: IDS.author });
      await first.fake.waitFor('response_url', 1, (call) => call.body.response_id === sent.responseId);
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
      // This week: six drafts posted in the channel by six people, two sent back.
      const people = [IDS.author, IDS.colleague, ...COLLEAGUES];
      await seedChannelDrafts(store, people.slice(0, 4), { at: new Date(monday.getTime() - 2 * DAY) });
      await seedChannelDrafts(store, people.slice(4), {
        verdict: 'revise',
        rules: ['shouting'],
        at: new Date(monday.getTime() - 2 * DAY + 1000),
      });
      // The week before: five drafts, all sent back.
      await seedChannelDrafts(store, people.slice(0, 5), {
        verdict: 'revise',
        rules: ['shouting'],
        at: new Date(monday.getTime() - 10 * DAY),
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
      expect(text).toContain('6 people shared 6 drafts last week; 4 needed no suggestion (67%).');
      // Two people had the same habit: too few to name it in the channel.
      expect(text).not.toContain('The habit that came up most');
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
