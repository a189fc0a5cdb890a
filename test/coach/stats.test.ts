import { sparkline, summariseStats } from '../../src/coach';
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
  test('an edited watched message is one draft; only its first review decides "passed first time"', () => {
    const reviews = [
      review({ daysAgo: 2, source: 'channel', messageTs: '1.1', verdict: 'revise', rules: ['shouting'] }),
      review({ daysAgo: 1, source: 'channel', messageTs: '1.1', verdict: 'pass' }),
      review({ daysAgo: 1, verdict: 'pass' }),
    ];
    const { you } = summariseStats(reviews, 'U1', 30, NOW);
    expect(you).toEqual(expect.objectContaining({ reviews: 3, passed: 2, drafts: 2, passedFirstTime: 1 }));
    expect(you.habits).toEqual([
      expect.objectContaining({ rule: 'shouting', title: 'Shouting', count: 1, fromDrafts: false }),
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
    const { team } = summariseStats(reviews, 'U1', 30, NOW);
    expect(team.habits.map((habit) => [habit.rule, habit.count])).toEqual([
      ['self-announcement', 3],
      ['shouting', 2],
      ['discount-push', 1],
    ]);
    expect(team.habits[0]).toEqual(expect.objectContaining({ fromDrafts: true, before: draft }));
    expect(team.habits[0]!.after).not.toBe(draft);
  });
});

describe('weekly digest numbers', () => {
  test('this week against last week, the top habit and its principle', () => {
    const reviews = [
      review({ daysAgo: 10, verdict: 'revise', rules: ['shouting'] }),
      review({ daysAgo: 3, verdict: 'revise', rules: ['engagement-bait'], userId: 'U2' }),
      review({ daysAgo: 2, verdict: 'pass' }),
      review({ daysAgo: 2, verdict: 'pass', channelId: 'C2' }),
    ];
    const digest = summariseWeek(reviews, 'C1', NOW);
    expect(digest).toEqual(
      expect.objectContaining({ drafts: 2, passedFirstTime: 1, previousRate: 0, people: 2 }),
    );
    expect(digest.topHabit).toEqual(expect.objectContaining({ rule: 'engagement-bait', count: 1 }));
    expect(digest.principle.id).toBe('listen');
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
    const { team } = summariseStats(reviews, 'U1', 30, NOW);
    expect(team.networks).toEqual([
      { network: 'x', drafts: 2, passedFirstTime: 1 },
      { network: 'any', drafts: 1, passedFirstTime: 1 },
      { network: 'linkedin', drafts: 1, passedFirstTime: 1 },
    ]);
    const digest = summariseWeek(reviews, 'C1', NOW);
    expect(digest.networks).toEqual(team.networks);
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
