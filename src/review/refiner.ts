import type { Review, ReviewOptions } from './types';

/**
 * A second opinion that may improve on the rule review (the LLM reviewer implements it).
 * The rule review is the floor: `refine` resolves to a better review, or to null when it has
 * nothing better (disabled, failed, timed out, or its answer broke a guard). It never rejects.
 */
export interface Refiner {
  readonly name: string;
  refine(input: string, ruleReview: Review, options: ReviewOptions): Promise<Review | null>;
}
