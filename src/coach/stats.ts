import type { ReviewRecord } from '../store/types';

export interface ReviewTally {
  reviews: number;
  passed: number;
  /** Rules found most often, most frequent first (at most three). */
  topRules: { rule: string; count: number }[];
}

export interface ReviewStats {
  days: number;
  you: ReviewTally;
  team: ReviewTally;
}

function tally(reviews: readonly ReviewRecord[]): ReviewTally {
  const ruleCounts = new Map<string, number>();
  for (const review of reviews) {
    for (const rule of review.rules) ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + 1);
  }
  return {
    reviews: reviews.length,
    passed: reviews.filter((review) => review.verdict === 'pass').length,
    topRules: [...ruleCounts]
      .map(([rule, count]) => ({ rule, count }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
      .slice(0, 3),
  };
}

export function summariseStats(reviews: readonly ReviewRecord[], userId: string, days: number): ReviewStats {
  return { days, you: tally(reviews.filter((review) => review.userId === userId)), team: tally(reviews) };
}
