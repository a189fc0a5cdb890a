import { LruCache } from '../../../util/lru';
import type { ReviewState } from '../../blocks/review';

/**
 * What already happened to a private review message (posted, feedback given, suggestions dismissed), so a click
 * can redraw it in place saying so. Per process: on another replica a redraw starts from a clean state.
 */
const states = new LruCache<string, ReviewState>(2_000);

export function reviewState(reviewId: string): ReviewState {
  return states.get(reviewId) ?? {};
}

export function updateReviewState(reviewId: string, change: Partial<ReviewState>): ReviewState {
  const current = reviewState(reviewId);
  const next: ReviewState = {
    ...current,
    ...change,
    dismissed: [...new Set([...(current.dismissed ?? []), ...(change.dismissed ?? [])])],
  };
  states.set(reviewId, next);
  return next;
}
