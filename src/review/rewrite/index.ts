import { HASHTAG } from '../analysis/entities';
import { factSheet } from '../facts';
import type { Judgement } from '../judge';
import type { ReviewOptions } from '../types';
import {
  firstFailure,
  notDraftPlusQuestion,
  passesReview,
  REWRITE_CHECKS,
  type CheckInput,
  type RewriteCheck,
} from './checks';
import { targetedEdits, type Edit } from './edits';
import { asksSomething } from '../invitation';
import { planRewrite, withoutWaived, withThreeTags, writeVariants, type Plan } from './plan';

/** More hashtags than this in a version are a wall; the version keeps three. */
const MAX_TAGS_KEPT = 5;
const tagsIn = (plan: Plan): number =>
  plan.units.reduce((count, unit) => count + (unit.text.match(HASHTAG)?.length ?? 0), 0);

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
/** Candidates re-reviewed per draft, at most: each costs as much as reviewing the draft. */
const MAX_REVIEWS = 2;
/** Past this length a draft is an article, not a post: edits only, one check, to stay instant. */
const LONG_DRAFT = 5_000;

/**
 * The rules whose own proposals the plan takes inside a sentence (a hype word out, "Dear valued
 * customers" gone). The others' proposals rephrase whole clauses, which is the plan's own job.
 */
const WORD_EDIT_RULES = new Set(['hype-superlatives', 'addressing-crowd']);

/** Words of content a version keeps, at least, when the line model has cut sentences from it. */
const MIN_WORDS_LEFT = 8;

function wordsSaid(plan: Plan): number {
  let words = 0;
  for (const unit of plan.units)
    if (unit.role === 'content' || unit.role === 'quoted') words += unit.text.match(/\p{L}+/gu)?.length ?? 0;
  return words;
}

export interface RewriteResult {
  /** The best checked rewrite, or null when none passed its checks. */
  rewrite: string | null;
  /** Other checked rewrites, best first (at most two). */
  alternatives: string[];
  /** The targeted edits, per finding: shown when there is no rewrite. */
  edits: Edit[];
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
  // The facts a candidate must keep: the draft's, less those of sentences the plan took out on purpose.
  let checkedSheet = sheet;
  let kept: string | undefined;
  const passed: string[] = [];
  let reviews = 0;
  let stopped = false;
  const attempt = (candidate: string, using: readonly RewriteCheck[] = checks): void => {
    // Each re-review costs as much as the draft's own: two at most keep a review quick.
    if (stopped || reviews >= MAX_REVIEWS || passed.includes(candidate)) return;
    const input: CheckInput = {
      draft,
      candidate,
      language: judgement.language,
      sheet: checkedSheet,
      options: check,
      original: judgement,
      kept,
    };
    const failure = firstFailure(input, using);
    if (input.judged) reviews++;
    trace?.({ candidate, failure });
    if (failure === null) passed.push(candidate);
    // The plan's next variant only drops the question: what its review found here it would find
    // there, so a candidate its own review sent back ends the attempts. A word of regret is no
    // question: the reply without it is another text to the review, and is tried.
    else if (failure.startsWith(`${passesReview.name}:`) && !closesOnRegret(candidate)) stopped = true;
  };
  let plan: Plan | null = null;
  const closesOnRegret = (candidate: string): boolean =>
    plan?.question != null && !plan.question.endsWith('?') && candidate.includes(plan.question);
  if (judgement.language !== 'other' && draft.length <= LONG_DRAFT) {
    const pitch = judgement.findings.some((finding) => finding.rule === 'pitch-question');
    const wordEdits = targetedEdits(judgement, true, sheet, WORD_EDIT_RULES);
    // The facts a plan's candidates are checked against: the draft's, less what it waived.
    const adopt = (next: Plan): Plan => {
      kept = next.waived.length > 0 ? withoutWaived(draft, next.waived) : undefined;
      checkedSheet = kept === undefined ? sheet : factSheet(kept);
      return next;
    };
    // A wall of tags (six or more) is what raters mark first in a version that kept it: each plan is
    // tried with three tags first, then with the wall (a tag may carry a fact, "#Manchester", or
    // most of a short post's words).
    const attemptPlan = (next: Plan): void => {
      const fewer = tagsIn(next) > MAX_TAGS_KEPT ? withThreeTags(next) : null;
      if (fewer) {
        plan = fewer;
        for (const variant of writeVariants(fewer)) attempt(variant);
        if (passed.length > 0) return;
        stopped = false;
      }
      plan = next;
      for (const variant of writeVariants(next)) attempt(variant);
    };
    const withoutModel = () => adopt(planRewrite(judgement, sheet, wordEdits, pitch, false));
    let last = adopt(planRewrite(judgement, sheet, wordEdits, pitch));
    // The line model's cuts must leave a post that still says what it is about ("Our free guide
    // helps: celebrants.example/guide" is too little of "Writing a eulogy is hard. Our free guide…").
    if (last.modelCuts > 0 && wordsSaid(last) < MIN_WORDS_LEFT) last = withoutModel();
    attemptPlan(last);
    // The line model's cuts can leave a seam the checks refuse: then the plan without them
    // ("We're on a mission to…" kept before "Apply at…").
    if (passed.length === 0 && last.modelCuts > 0 && !stopped) {
      last = withoutModel();
      attemptPlan(last);
    }
    // Every hashtag kept may leave the version no lighter to its own review than the draft; with
    // three, it does what the review asked of them (a version short of tags, not none).
    // (A wall of six or more was tried with three already, in attemptPlan.)
    const fewer = passed.length === 0 && tagsIn(last) <= MAX_TAGS_KEPT ? withThreeTags(last) : null;
    if (fewer) {
      stopped = false;
      for (const variant of writeVariants(fewer)) attempt(variant);
    }
    checkedSheet = sheet;
    kept = undefined;
  }
  // A draft sent back only because it is longer than its network takes, and fine otherwise, is its
  // own rewrite: the network step (fit-network.ts) offers the same words as a thread.
  if (passed.length === 0 && judgement.overLimit && judgement.decision.verdict === 'pass') {
    attempt(
      draft.trim(),
      checks.filter((each) => each !== notDraftPlusQuestion),
    );
  }
  // Best first in the plan's own order: the version with its question, then the one without.
  const [best, ...rest] = passed;
  return {
    rewrite: best ?? null,
    alternatives: rest.slice(0, MAX_VARIANTS - 1),
    edits: best ? [] : withClosingQuestion(judgement, targetedEdits(judgement, true, sheet), plan),
  };
}

/**
 * The edits, plus the plan's closing question as an edit at the draft's end: only where the plan
 * found one that fits and the draft ends on a sentence of its own, not on a sign-off, hashtags or
 * a line the edits would take out (the question would land after them).
 */
function withClosingQuestion(judgement: Judgement, edits: Edit[], plan: Plan | null): Edit[] {
  const draft = judgement.draft.original;
  // A word of regret placed after its news is no closing line, and the edits do not place it.
  if (!plan?.question || plan.closingAfter !== null || asksSomething(draft)) return edits;
  const last = plan.units[plan.units.length - 1];
  if (last?.role !== 'content') return edits;
  const end = draft.trimEnd().length;
  return [...edits, { start: end, end, excerpt: '', replacement: ` ${plan.question}` }];
}
