import { performance } from 'node:perf_hooks';
import { addressedFindings, reviewDraft, type Review, type ReviewOptions } from '../review';

/** A review, which of its findings its suggested version takes care of, and the CPU-seconds it took. */
export interface TimedReview {
  review: Review;
  /** One per finding, in order: whether the rewrite (or the edits) takes care of it. */
  addressed: boolean[];
  seconds: number;
}

/**
 * Everything a review costs, in one call, wherever reviews run: the review and the re-review of its
 * rewrite that says which findings the rewrite takes care of. Both are review work, so on a bot with
 * a review thread both run there, not on the thread that acks Slack.
 */
export function timedReview(text: string, options: ReviewOptions): TimedReview {
  const started = performance.now();
  const review = reviewDraft(text, options);
  const addressed = addressedFindings(review, options);
  return { review, addressed, seconds: (performance.now() - started) / 1000 };
}
