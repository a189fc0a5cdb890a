import { factSheet } from '../facts';
import { judgeDraft, type Judgement } from '../judge';
import type { ReviewOptions } from '../types';
import { firstFailure, REWRITE_CHECKS, type CheckInput, type RewriteCheck } from './checks';
import { applyTargetedEdits, targetedEdits, type Edit } from './edits';
import { asksSomething } from '../invitation';
import { planRewrite, writeVariants } from './plan';
import { closingQuestion } from './questions';

/**
 * The rewrite, planned then checked. Targeted edits take out what the rules found (hype,
 * countdowns, shouting); the plan (plan.ts) shapes what is left for the draft's intent and closes
 * on a question that fits; every candidate then passes the checks (checks.ts) or is never shown.
 * When no candidate passes, the author gets the targeted edits, one per finding, instead of a
 * broken full rewrite. Deterministic: the same draft always gets the same result.
 */

export { REWRITE_CHECKS, type RewriteCheck } from './checks';
export type { Edit } from './edits';

export const MAX_VARIANTS = 3;
/** Past this length a draft is an article, not a post: edits only, one check, to stay instant. */
const LONG_DRAFT = 5_000;

export interface RewriteResult {
  /** The best checked rewrite, or null when none passed its checks. */
  rewrite: string | null;
  /** Other checked rewrites, best first (at most two). */
  alternatives: string[];
  /** The targeted edits, per finding: shown when there is no rewrite. */
  edits: Edit[];
}

interface Passed {
  text: string;
  score: number;
}

/** What happened to one candidate, for `scripts/rewrite-sample.ts --why`. */
export interface CandidateTrace {
  candidate: string;
  failure: string | null;
}

export function rewriteDraft(
  judgement: Judgement,
  options: ReviewOptions,
  checks: readonly RewriteCheck[] = REWRITE_CHECKS,
  trace?: (entry: CandidateTrace) => void,
): RewriteResult {
  const draft = judgement.draft.original;
  const check = { ...options, skipRewrite: true };
  const sheet = factSheet(draft, judgement.analysis);
  const edits = targetedEdits(judgement, true, sheet);
  const passed: Passed[] = [];
  const attempt = (candidate: string): void => {
    if (passed.some((entry) => entry.text === candidate)) return;
    const input: CheckInput = { draft, candidate, language: judgement.language, sheet, options: check };
    const failure = firstFailure(input, checks);
    trace?.({ candidate, failure });
    if (failure === null)
      passed.push({ text: candidate, score: input.judged?.score ?? judgeDraft(candidate, check).score });
  };
  const edited = applyTargetedEdits(judgement, edits);
  if (judgement.language !== 'other' && draft.length <= LONG_DRAFT) {
    const pitch = judgement.findings.some((finding) => finding.rule === 'pitch-question');
    const plan = planRewrite(judgement.analysis, edited, pitch);
    for (const variant of writeVariants(plan).slice(0, MAX_VARIANTS)) attempt(variant.text);
  }
  // No plan passed (or the language has none): the edits alone, if they make a clean post.
  if (passed.length === 0) attempt(edited);
  // Best first in the plan's own order (the full warm version, then the short one…): the plan chose
  // its question for this draft, and ranking by score alone would crown the model's favourite
  // question everywhere. Ties in order are broken by the candidates' own review scores.
  const [best, ...rest] = passed;
  rest.sort((a, b) => b.score - a.score);
  return {
    rewrite: best?.text ?? null,
    alternatives: rest.slice(0, MAX_VARIANTS - 1).map((entry) => entry.text),
    edits: best ? [] : withClosingQuestion(judgement, edits),
  };
}

/** The edits, plus the question to close on when the draft asks nothing (an edit at its end). */
function withClosingQuestion(judgement: Judgement, edits: Edit[]): Edit[] {
  const draft = judgement.draft.original;
  if (asksSomething(draft)) return edits;
  const question = closingQuestion(judgement.analysis);
  if (!question) return edits;
  const end = draft.trimEnd().length;
  return [...edits, { start: end, end, excerpt: '', replacement: ` ${question}` }];
}
