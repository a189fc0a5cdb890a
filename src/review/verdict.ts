import type { DraftAnalysis } from './analysis';
import { extractFeatures, loadModel, predict } from './model';
import { SIGNALS } from './signals';
import type { Category, Finding, Severity, Signal, Strictness } from './types';

/**
 * The verdict: does this draft go back to its author? A small learned model weighs the rules'
 * findings together with the draft's grammar and words, because a list of phrases alone misses
 * what people phrase differently and over-reacts to one salesy word in a friendly post. Without a
 * trained model the rules' own points decide, as they did before the model existed.
 */

/** Points a finding costs when the rules decide alone. */
const RULE_POINTS: Record<Severity, number> = { error: 45, warning: 24, suggestion: 9 };
/** Favourable signals can earn back at most this much: a thank-you does not excuse a hard sell. */
const MAX_CREDIT = 24;
const MIN_WORDS_FOR_MODEL = 3;
const RULES_THRESHOLD: Record<Strictness, number> = { gentle: 55, standard: 70, strict: 80 };

export interface VerdictDecision {
  verdict: 'pass' | 'revise';
  /** 0–100, higher is more conversational; with the model, the calibrated chance the draft is fine. */
  score: number;
  /** Pitch or announcement: what the draft mostly reads as, when it is sent back. */
  category: Category;
  /** `rules` or the model's version. */
  decidedBy: string;
}

/** The score each strictness needs to pass, from the shipped model (or the rules' own scale). */
export const PASS_THRESHOLD: Record<Strictness, number> = (() => {
  const model = loadModel();
  return model ? { ...model.thresholds } : { ...RULES_THRESHOLD };
})();

const SIGNAL_CREDIT = new Map(SIGNALS.map((signal) => [signal.id, signal.credit]));

/** The rules' verdict on their own: every finding costs points, signals earn back up to half. */
export function rulesVerdict(
  findings: readonly Finding[],
  signals: readonly Signal[],
  strictness: Strictness,
): VerdictDecision {
  const seen = new Map<string, number>();
  let cost = 0;
  for (const finding of findings) {
    const repeat = seen.get(finding.rule) ?? 0;
    seen.set(finding.rule, repeat + 1);
    cost += RULE_POINTS[finding.severity] * (repeat === 0 ? 1 : repeat === 1 ? 0.5 : 0.25);
  }
  let credit = 0;
  for (const id of new Set(signals.map((signal) => signal.signal))) credit += SIGNAL_CREDIT.get(id) ?? 0;
  credit = Math.min(credit, MAX_CREDIT);
  const score = Math.round(Math.max(0, Math.min(100, 100 - cost + Math.min(credit, cost / 2))));
  const hasError = findings.some((finding) => finding.severity === 'error');
  const salesy = findings.filter((finding) => finding.category === 'salesy').length;
  return {
    verdict: hasError || score < RULES_THRESHOLD[strictness] ? 'revise' : 'pass',
    score,
    category: salesy * 2 >= findings.length && salesy > 0 ? 'salesy' : 'broadcast',
    decidedBy: 'rules',
  };
}

export function decideVerdict(
  analysis: DraftAnalysis,
  findings: readonly Finding[],
  signals: readonly Signal[],
  strictness: Strictness,
  mode: 'model' | 'rules' = 'model',
): VerdictDecision {
  const model = mode === 'model' ? loadModel() : null;
  // Two words or an emoji give the model nothing to read; the rules' verdict stands.
  if (!model || analysis.counts.words < MIN_WORDS_FOR_MODEL)
    return rulesVerdict(findings, signals, strictness);
  const opinion = predict(model, extractFeatures(analysis, findings, signals));
  const score = Math.round(100 * (1 - opinion.revise));
  return {
    verdict: score >= model.thresholds[strictness] ? 'pass' : 'revise',
    score,
    category: opinion.category,
    decidedBy: model.version,
  };
}
