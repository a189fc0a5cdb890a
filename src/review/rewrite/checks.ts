import { addedEntities, addedFacts, lostFacts, type FactSheet } from '../facts';
import { judgeDraft, type Judgement } from '../judge';
import type { Language, ReviewOptions } from '../types';
import { grammarProblems } from './grammar';

/**
 * What every rewrite candidate must pass before anyone sees it. Each check is a small named
 * function returning what is wrong (or null); they run cheapest first and stop at the first
 * failure, so the one that re-judges the candidate runs only for candidates that got that far.
 * Adding a guard (an invented-claims check, say) is adding one entry to `REWRITE_CHECKS`.
 */

export interface CheckInput {
  draft: string;
  candidate: string;
  language: Language;
  sheet: FactSheet;
  options: ReviewOptions;
  /** Set by `passes-review`: the candidate's own review, for ranking. */
  judged?: Judgement;
}

export interface RewriteCheck {
  name: string;
  /** A short description of what is wrong, or null when the candidate passes. */
  check: (input: CheckInput) => string | null;
}

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const factsKept: RewriteCheck = {
  name: 'facts-kept',
  check: ({ sheet, candidate }) => {
    const lost = lostFacts(sheet, candidate);
    return lost.length > 0 ? `lost ${lost.join(', ')}` : null;
  },
};

/** Runs after `passes-review` so it reads the candidate's analysis instead of making another. */
export const nothingAdded: RewriteCheck = {
  name: 'nothing-added',
  check: ({ candidate, sheet, judged }) => {
    const added = [...addedFacts(sheet, candidate), ...addedEntities(sheet, candidate, judged?.analysis)];
    return added.length > 0 ? `added ${added.join(', ')}` : null;
  },
};

export const grammarSane: RewriteCheck = {
  name: 'grammar',
  check: ({ draft, candidate, language }) => {
    const problems = grammarProblems(draft, candidate, language);
    return problems.length > 0
      ? problems.map((problem) => `${problem.check}: "${problem.sentence}"`).join('; ')
      : null;
  },
};

export const lengthInRange: RewriteCheck = {
  name: 'length',
  check: ({ draft, candidate }) => {
    const ratio = candidate.trim().length / Math.max(1, draft.trim().length);
    return ratio < 0.4 || ratio > 2 ? `length ${ratio.toFixed(2)}× the draft` : null;
  },
};

/** "Draft + What do you think?": a rewrite that only staples a question to the draft is no rewrite. */
export const notDraftPlusQuestion: RewriteCheck = {
  name: 'not-draft-plus-question',
  check: ({ draft, candidate }) => {
    const body = squash(draft);
    const rewrite = squash(candidate);
    return rewrite !== body && (rewrite.startsWith(body) || rewrite.endsWith(body))
      ? 'the draft word for word with a question added'
      : rewrite === body
        ? 'the draft unchanged'
        : null;
  },
};

export const passesReview: RewriteCheck = {
  name: 'passes-review',
  check: (input) => {
    const judged = judgeDraft(input.candidate, { ...input.options, skipRewrite: true });
    input.judged = judged;
    return judged.verdict === 'pass' ? null : `its own review says revise (score ${judged.score})`;
  },
};

/** In order: cheap text checks first, then the re-review, then what reads the re-review's analysis. */
export const REWRITE_CHECKS: RewriteCheck[] = [
  lengthInRange,
  notDraftPlusQuestion,
  factsKept,
  grammarSane,
  passesReview,
  nothingAdded,
];

/** The first check a candidate fails, or null when it passes them all. */
export function firstFailure(
  input: CheckInput,
  checks: readonly RewriteCheck[] = REWRITE_CHECKS,
): string | null {
  for (const { name, check } of checks) {
    const problem = check(input);
    if (problem) return `${name}: ${problem}`;
  }
  return null;
}
