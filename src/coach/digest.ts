import { PRINCIPLE_ORDER, PRINCIPLES, RULES, type Principle } from '../review';
import type { ReviewRecord } from '../store/types';
import { ruleTitle, tallyByNetwork, type NetworkTally } from './stats';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A channel's week in numbers, and the principle worth practising next: what the weekly digest says. */
export interface WeeklyDigest {
  drafts: number;
  passedFirstTime: number;
  /** First-time pass rate of the week before, null when there were no drafts then. */
  previousRate: number | null;
  people: number;
  /** This week's drafts per network, most first. */
  networks: NetworkTally[];
  /** The habit seen most this week, if any. */
  topHabit: { rule: string; title: string; count: number } | null;
  principle: Principle;
}

const RULE_PRINCIPLE = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.principle]));

function firstReviews(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  const first = new Map<string, ReviewRecord>();
  for (const review of reviews) {
    const key = review.messageTs ? `${review.channelId}:${review.messageTs}` : `id:${review.id}`;
    if (!first.has(key)) first.set(key, review);
  }
  return [...first.values()];
}

/**
 * The last seven days of a channel (`reviews` oldest first, at least fourteen days of them) against the seven
 * before. The principle to practise is the one behind the week's most frequent habit; a week without habits
 * gets the next principle in turn, so the digest never repeats itself for a team that is doing well.
 */
export function summariseWeek(reviews: readonly ReviewRecord[], channelId: string, now: Date): WeeklyDigest {
  const inChannel = reviews.filter((review) => review.channelId === channelId);
  const at = (review: ReviewRecord) => review.createdAt?.getTime() ?? 0;
  const thisWeek = inChannel.filter((review) => at(review) > now.getTime() - WEEK_MS);
  const lastWeek = inChannel.filter(
    (review) => at(review) <= now.getTime() - WEEK_MS && at(review) > now.getTime() - 2 * WEEK_MS,
  );
  const firsts = firstReviews(thisWeek);
  const previous = firstReviews(lastWeek);
  const counts = new Map<string, number>();
  for (const review of thisWeek)
    for (const rule of review.rules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const weekNumber = Math.floor(now.getTime() / WEEK_MS);
  const principleId =
    (top && RULE_PRINCIPLE.get(top[0])) ??
    PRINCIPLE_ORDER[weekNumber % PRINCIPLE_ORDER.length] ??
    'conversation';
  return {
    drafts: firsts.length,
    passedFirstTime: firsts.filter((review) => review.verdict === 'pass').length,
    previousRate:
      previous.length === 0
        ? null
        : previous.filter((review) => review.verdict === 'pass').length / previous.length,
    people: new Set(thisWeek.map((review) => review.userId)).size,
    networks: tallyByNetwork(firsts),
    topHabit: top ? { rule: top[0], title: ruleTitle(top[0]), count: top[1] } : null,
    principle: PRINCIPLES[principleId],
  };
}
