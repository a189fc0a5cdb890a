import { judgeDraft, SEVERITY_WEIGHT, type Judgement } from './judge';
import { explainingSentence, overallToneFinding } from './overall-tone';
import { PRINCIPLES } from './principles';
import { rewriteDraft } from './rewrite';
import type { Finding, Review, ReviewOptions, Signal } from './types';

/**
 * A review from start to end, one way through: analysis → findings → verdict (judge.ts), then a
 * rewrite when the draft goes back. This module only orders the stages and words the summary.
 */
export { judgeDraft, runSingleRule, SEVERITY_WEIGHT, PASS_THRESHOLD, type Judgement } from './judge';

/** Kept for callers of the first version: the judgement without a rewrite. */
export const analyseDraft = judgeDraft;

function summarise(judgement: Judgement, findings: readonly Finding[]): string {
  const { signals, verdict } = judgement;
  if (verdict === 'revise') {
    const worst = [...findings].sort((a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity])[0];
    const principle = worst ? PRINCIPLES[worst.principle] : PRINCIPLES.conversation;
    return `${principle.title}: ${principle.summary}`;
  }
  if (signals.length > 0) {
    const first = signals[0] as Signal;
    return `Reads like a person talking to people. ${first.note}`;
  }
  return 'Reads like a person talking to people.';
}

/**
 * A draft the model sends back always says why: when no rule names a phrase, the finding points
 * at the sentence that weighed most and says what the whole post reads like.
 */
function explained(judgement: Judgement): Finding[] {
  if (judgement.verdict !== 'revise' || judgement.findings.length > 0) return judgement.findings;
  const sentence = explainingSentence(judgement.analysis);
  return [overallToneFinding(judgement, sentence)];
}

/**
 * The same problem found several times is one finding with every place it occurs ("five hashtags",
 * not five findings about hashtags), so a review stays short enough to read.
 */
export function mergeRepeats(findings: readonly Finding[]): Finding[] {
  const merged: Finding[] = [];
  const byKey = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.message}`;
    const first = byKey.get(key);
    if (!first) {
      const copy = { ...finding };
      byKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    first.spans ??= [{ start: first.start, end: first.end }];
    first.spans.push({ start: finding.start, end: finding.end });
  }
  return merged;
}

/** Reviews a draft: verdict, score, findings, and a rewrite when it needs one. */
export function reviewDraft(input: string, options: ReviewOptions = {}): Review {
  const judgement = judgeDraft(input, options);
  const findings = explained(judgement);
  const revise = judgement.verdict === 'revise';
  const rewrite = revise && !options.skipRewrite ? rewriteDraft({ ...judgement, findings }, options) : null;
  return {
    verdict: judgement.verdict,
    score: judgement.score,
    findings: mergeRepeats(findings),
    signals: judgement.signals,
    rewrite: revise ? (rewrite ?? judgement.draft.original) : null,
    reviewer: 'rules',
    language: judgement.language,
    summary: summarise(judgement, findings),
    model: judgement.decision.decidedBy,
    intent: judgement.analysis.intent,
  };
}
