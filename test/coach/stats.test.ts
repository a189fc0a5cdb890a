import { MIN_TEAM_AUTHORS, sparkline, summariseStats } from '../../src/coach';
import { summariseWeek } from '../../src/coach/digest';
import { networkBreakdown } from '../../src/slack/blocks/network';
import type { ReviewRecord } from '../../src/store/types';

const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

let counter = 0;
function review(over: Partial<ReviewRecord> & { daysAgo: number }): ReviewRecord {
  const { daysAgo, ...rest } = over;
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    teamId: 'T1',
    channelId: 'C1',
    userId: 'U1',
    source: 'command',
    verdict: 'pass',
    score: 90,
    rules: [],
    categories: [],
    reviewer: 'rules',
    promptVersion: null,
    draftText: null,
    messageTs: null,
    replyTs: null,
    createdAt: new Date(NOW.getTime() - daysAgo * DAY),
    ...rest,
  };
}

describe('stats', () => {
  test('a person’s drafts say how many were posted in watched channels; the team’s are only those', () => {
    const reviews = [
      review({ daysAgo: 2, source: 'channel', messageTs: '1.1', verdict: 'revise', rules: ['shouting'] }),
      review({ daysAgo: 1, source: 'channel', messageTs: '1.1', verdict: 'pass' }),
      review({ daysAgo: 1, source: 'command' }),
      review({ daysAgo: 1, source: 'shortcut' }),
    ];
    const { you } = summariseStats(reviews, 'U1', 30, NOW);
    expect(you).toEqual(expect.objectContaining({ drafts: 3, channelDrafts: 1 }));
  });

  test('an edited watched message is one draft; only its first review decides "passed first time"', () => {
    const reviews = [
      review({ daysAgo: 2, source: 'channel', messageTs: '1.1', verdict: 'revise', rules: ['shouting'] }),
      review({ daysAgo: 1, source: 'channel', messageTs: '1.1', verdict: 'pass' }),
      review({ daysAgo: 1, verdict: 'pass' }),
    ];
    const { you } = summariseStats(reviews, 'U1', 30, NOW);
    expect(you).toEqual(expect.objectContaining({ reviews: 3, passed: 2, drafts: 2, passedFirstTime: 1 }));
    expect(you.habits).toEqual([
      expect.objectContaining({
        rule: 'shouting',
        title: 'Capitals and exclamation marks',
        count: 1,
        fromDrafts: false,
      }),
    ]);
    expect(you.habits[0]!.before).not.toBe('');
  });

  test('the trend is the weekly first-time pass rate, oldest week first; a week without drafts is a dot', () => {
    const reviews = [
      review({ daysAgo: 26, verdict: 'revise' }),
      review({ daysAgo: 12, verdict: 'revise' }),
      review({ daysAgo: 11, verdict: 'pass' }),
      review({ daysAgo: 3, verdict: 'pass' }),
    ];
    const { you } = summariseStats(reviews, 'U1', 30, NOW);
    expect(you.weeks.map((week) => week.drafts)).toEqual([1, 0, 2, 1]);
    expect(you.trend).toBe('▁·▅█');
    expect(sparkline([0, 0.5, 1, null])).toBe('▁▅█·');
  });

  test('the three most frequent habits, most frequent first, from stored draft text when there is some', () => {
    const draft = 'We are proud to announce our new app. Check it out at https://example.com';
    const reviews = [
      review({ daysAgo: 1, verdict: 'revise', rules: ['self-announcement', 'shouting'], draftText: draft }),
      review({ daysAgo: 1, verdict: 'revise', rules: ['self-announcement', 'link-only', 'discount-push'] }),
      review({ daysAgo: 1, verdict: 'revise', rules: ['self-announcement', 'shouting'] }),
    ];
    const { you } = summariseStats(reviews, 'U1', 30, NOW);
    expect(you.habits.map((habit) => [habit.rule, habit.count])).toEqual([
      ['self-announcement', 3],
      ['shouting', 2],
      ['discount-push', 1],
    ]);
    expect(you.habits[0]).toEqual(expect.objectContaining({ fromDrafts: true, before: draft }));
    expect(you.habits[0]!.after).not.toBe(draft);
  });

  test('a suggestion its author marked "Not helpful" counts nowhere; setting all aside counts as none needed', () => {
    const reviews = [
      review({
        daysAgo: 2,
        verdict: 'revise',
        rules: ['hard-cta', 'shouting'],
        dismissedRules: ['hard-cta'],
      }),
      review({ daysAgo: 1, verdict: 'revise', rules: ['self-announcement'], dismissedRules: ['review'] }),
    ];
    const { you, recent } = summariseStats(reviews, 'U1', 30, NOW);
    expect(you.topRules).toEqual([{ rule: 'shouting', count: 1 }]);
    expect(you).toEqual(expect.objectContaining({ drafts: 2, passedFirstTime: 1 }));
    expect(recent?.flatMap((each) => each.topics)).toEqual(['Capitals and exclamation marks']);
  });
});

/** One channel draft each from `people` different authors, a day ago, in C1. */
function fromPeople(people: number, over: Partial<ReviewRecord> & { daysAgo?: number } = {}): ReviewRecord[] {
  return Array.from({ length: people }, (_, index) =>
    review({ daysAgo: 1, source: 'channel', messageTs: `9.${counter}`, userId: `UP${index}`, ...over }),
  );
}

describe('team figures', () => {
  test('private reviews never count for the team, and fewer than five authors give no team figures', () => {
    const reviews = [
      ...fromPeople(MIN_TEAM_AUTHORS - 1),
      review({ daysAgo: 1, userId: 'UX', source: 'command', rules: ['hard-cta'], verdict: 'revise' }),
      review({ daysAgo: 1, userId: 'UY', source: 'shortcut', rules: ['hard-cta'], verdict: 'revise' }),
    ];
    expect(summariseStats(reviews, 'UP0', 30, NOW).team).toBeNull();
    const enough = summariseStats([...reviews, ...fromPeople(1, { userId: 'UZ' })], 'UP0', 30, NOW).team;
    expect(enough).toEqual(
      expect.objectContaining({ drafts: MIN_TEAM_AUTHORS, passedFirstTime: MIN_TEAM_AUTHORS }),
    );
    expect(enough?.topRules).toEqual([]);
  });

  test('a topic, network or week from fewer than five people is left out; team habits never show a colleague’s draft', () => {
    const draft = 'We are proud to announce our new app. Check it out at https://example.com';
    const reviews = [
      ...fromPeople(MIN_TEAM_AUTHORS, {
        rules: ['shouting'],
        verdict: 'revise',
        network: 'x',
        draftText: draft,
      }),
      review({
        daysAgo: 1,
        source: 'channel',
        messageTs: '8.1',
        userId: 'UQ',
        rules: ['hard-cta'],
        network: 'linkedin',
      }),
    ];
    const team = summariseStats(reviews, 'UP0', 30, NOW).team!;
    expect(team.topRules).toEqual([{ rule: 'shouting', count: MIN_TEAM_AUTHORS }]);
    expect(team.habits[0]).toEqual(expect.objectContaining({ fromDrafts: false }));
    expect(team.habits[0]!.before).not.toBe(draft);
    // LinkedIn alone is one person: leaving it out would still give it away (total minus X), so no breakdown.
    expect(team.networks).toEqual([]);
    // The one week with drafts has six people: the chart stays.
    expect(team.weeks.map((week) => week.drafts)).toEqual([0, 0, 0, MIN_TEAM_AUTHORS + 1]);
    const twoWeeks = [
      ...reviews,
      review({ daysAgo: 10, source: 'channel', messageTs: '8.2', userId: 'UP1' }),
    ];
    expect(summariseStats(twoWeeks, 'UP0', 30, NOW).team!.weeks).toEqual([]);
  });
});

describe('weekly digest numbers', () => {
  test('this week against last week, the top habit and its principle', () => {
    const bait = { verdict: 'revise' as const, rules: ['engagement-bait'] };
    const reviews = [
      ...fromPeople(MIN_TEAM_AUTHORS, { daysAgo: 10, verdict: 'revise', rules: ['shouting'] }),
      ...fromPeople(MIN_TEAM_AUTHORS, { daysAgo: 3, ...bait }),
      ...fromPeople(1, { daysAgo: 2, userId: 'UZ' }),
      ...fromPeople(1, { daysAgo: 2, channelId: 'C2' }),
      // Private, even when run in the channel: never in the digest.
      review({ daysAgo: 2, userId: 'UZ', source: 'command', ...bait }),
    ];
    const digest = summariseWeek(reviews, 'C1', NOW);
    expect(digest.figures).toEqual(
      expect.objectContaining({ drafts: 6, passedFirstTime: 1, previousRate: 0, people: 6 }),
    );
    expect(digest.figures?.topHabit).toEqual(
      expect.objectContaining({ rule: 'engagement-bait', count: MIN_TEAM_AUTHORS }),
    );
    expect(digest.principle.id).toBe('listen');
  });

  test('fewer than five people this week: no figures, no habit, and the week before only with five people too', () => {
    const reviews = [
      ...fromPeople(MIN_TEAM_AUTHORS - 1, { daysAgo: 10, verdict: 'revise', rules: ['shouting'] }),
      ...fromPeople(MIN_TEAM_AUTHORS - 1, { daysAgo: 3, verdict: 'revise', rules: ['engagement-bait'] }),
    ];
    expect(summariseWeek(reviews, 'C1', NOW)).toEqual(
      expect.objectContaining({ quiet: false, figures: null }),
    );
    const fifth = [...reviews, ...fromPeople(1, { daysAgo: 3, userId: 'UZ' })];
    expect(summariseWeek(fifth, 'C1', NOW).figures).toEqual(
      expect.objectContaining({ people: MIN_TEAM_AUTHORS, previousRate: null, topHabit: null }),
    );
    expect(summariseWeek([], 'C1', NOW)).toEqual(expect.objectContaining({ quiet: true, figures: null }));
  });
});

describe('by network', () => {
  test('drafts are counted per network they were checked for, first reviews only, most drafts first', () => {
    const reviews = [
      review({ daysAgo: 3, network: 'x', verdict: 'revise', source: 'channel', messageTs: '2.1' }),
      review({ daysAgo: 2, network: 'x', verdict: 'pass', source: 'channel', messageTs: '2.1' }),
      review({ daysAgo: 2, network: 'x', verdict: 'pass' }),
      review({ daysAgo: 2, network: 'linkedin', verdict: 'pass' }),
      review({ daysAgo: 1 }),
    ];
    const { you } = summariseStats(reviews, 'U1', 30, NOW);
    expect(you.networks).toEqual([
      { network: 'x', drafts: 2, passedFirstTime: 1 },
      { network: 'any', drafts: 1, passedFirstTime: 1 },
      { network: 'linkedin', drafts: 1, passedFirstTime: 1 },
    ]);
    const team = [
      ...fromPeople(MIN_TEAM_AUTHORS, { daysAgo: 2, network: 'x' }),
      ...fromPeople(MIN_TEAM_AUTHORS, { daysAgo: 2, network: 'linkedin', verdict: 'revise' }),
    ];
    const expected = [
      { network: 'linkedin', drafts: MIN_TEAM_AUTHORS, passedFirstTime: 0 },
      { network: 'x', drafts: MIN_TEAM_AUTHORS, passedFirstTime: MIN_TEAM_AUTHORS },
    ];
    expect(summariseStats(team, 'UP0', 30, NOW).team?.networks).toEqual(expected);
    expect(summariseWeek(team, 'C1', NOW).figures?.networks).toEqual(expected);
  });

  test('the breakdown is said only once a draft named a network', () => {
    expect(networkBreakdown([{ network: 'any', drafts: 4, passedFirstTime: 2 }])).toBeNull();
    expect(
      networkBreakdown([
        { network: 'x', drafts: 3, passedFirstTime: 3 },
        { network: 'any', drafts: 1, passedFirstTime: 0 },
      ]),
    ).toBe(
      'By network: X: 3 drafts, none needed a suggestion · No network set: 1 draft, each with a suggestion.',
    );
  });
});
