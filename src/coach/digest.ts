import { PRINCIPLE_ORDER, PRINCIPLES, RULES, type Principle } from '../review';
import type { ReviewRecord } from '../store/types';
import {
  asCounted,
  enoughAuthors,
  isTeamReview,
  ruleTitle,
  safeGroups,
  tallyByNetwork,
  type NetworkTally,
} from './stats';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The week's numbers, posted in the channel: only ever about MIN_TEAM_AUTHORS people or more. */
export interface DigestFigures {
  drafts: number;
  passedFirstTime: number;
  /** First-time pass rate of the week before, null when too few people (or nobody) had drafts then. */
  previousRate: number | null;
  people: number;
  /** This week's drafts per network, most first (networks with too few people left out). */
  networks: NetworkTally[];
  /** The habit seen most this week among enough people, if any. */
  topHabit: { rule: string; title: string; count: number } | null;
}

/** A channel's week, and the principle worth practising next: what the weekly digest says. */
export interface WeeklyDigest {
  /** True when no draft posted here was reviewed this week. */
  quiet: boolean;
  /** Null when drafts were reviewed but by fewer than MIN_TEAM_AUTHORS people: a figure would point at them. */
  figures: DigestFigures | null;
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
 * before. The digest is posted in the channel, so it counts only drafts posted there (never a private review, even
 * one run in this channel), leaves out suggestions their authors marked "Not helpful", and gives figures only about
 * MIN_TEAM_AUTHORS people or more. The principle to practise is the one behind the week's most frequent habit; a
 * week without one gets the next principle in turn, so the digest never repeats itself for a team doing well.
 */
export function summariseWeek(reviews: readonly ReviewRecord[], channelId: string, now: Date): WeeklyDigest {
  const inChannel = reviews
    .filter((review) => review.channelId === channelId && isTeamReview(review))
    .map(asCounted);
  const at = (review: ReviewRecord) => review.createdAt?.getTime() ?? 0;
  const thisWeek = inChannel.filter((review) => at(review) > now.getTime() - WEEK_MS);
  const lastWeek = inChannel.filter(
    (review) => at(review) <= now.getTime() - WEEK_MS && at(review) > now.getTime() - 2 * WEEK_MS,
  );
  const firsts = firstReviews(thisWeek);
  const previous = firstReviews(lastWeek);
  const tripped = new Map<string, ReviewRecord[]>();
  for (const review of thisWeek)
    for (const rule of review.rules) tripped.set(rule, [...(tripped.get(rule) ?? []), review]);
  const [top] = [...tripped]
    .filter(([, each]) => enoughAuthors(each))
    .map(([rule, each]) => [rule, each.length] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = enoughAuthors(thisWeek);
  const weekNumber = Math.floor(now.getTime() / WEEK_MS);
  const principleId =
    (shown && top && RULE_PRINCIPLE.get(top[0])) ||
    PRINCIPLE_ORDER[weekNumber % PRINCIPLE_ORDER.length] ||
    'conversation';
  const byNetwork = tallyByNetwork(firsts).map((value) => ({
    value,
    reviews: firsts.filter((review) => (review.network ?? 'any') === value.network),
  }));
  return {
    quiet: firsts.length === 0,
    figures: shown
      ? {
          drafts: firsts.length,
          passedFirstTime: firsts.filter((review) => review.verdict === 'pass').length,
          previousRate:
            previous.length === 0 || !enoughAuthors(previous)
              ? null
              : previous.filter((review) => review.verdict === 'pass').length / previous.length,
          people: new Set(thisWeek.map((review) => review.userId)).size,
          networks: safeGroups(byNetwork) ?? [],
          topHabit: top ? { rule: top[0], title: ruleTitle(top[0]), count: top[1] } : null,
        }
      : null,
    principle: PRINCIPLES[principleId],
  };
}
