import { judgeDraft, SEVERITY_WEIGHT, shiftFinding, type Judgement } from './judge';
import { explainingSentence, overallToneFinding } from './overall-tone';
import { loadLineModel } from './model/line-model';
import { PRINCIPLES } from './principles';
import { fitToNetwork } from './rewrite/fit-network';
import { rewriteDraft } from './rewrite/index';
import type { Finding, Review, ReviewOptions, Signal } from './types';

/**
 * A review from start to end, one way through: analysis → findings → verdict (judge.ts), then a
 * rewrite when the draft goes back. This module only orders the stages and words the summary.
 */
export {
  judgeDraft,
  runSingleRule,
  runSingleNetworkRule,
  SEVERITY_WEIGHT,
  PASS_THRESHOLD,
  type Judgement,
} from './judge';

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
  const judged = judgeDraft(input, options);
  // A post longer than its network accepts cannot go out as written, however conversational it
  // reads: the verdict is `revise` whatever the model says. The model itself never sees network
  // findings (it was trained without them), so its score still measures tone alone.
  const judgement: Judgement = judged.overLimit ? { ...judged, verdict: 'revise' } : judged;
  const findings = explained(judged);
  const revise = judgement.verdict === 'revise';
  // The rewrite is checked first, then made to fit the network it is for (fit-network.ts).
  const result =
    revise && !options.skipRewrite
      ? fitToNetwork(rewriteDraft({ ...judgement, findings }, options), judgement, options)
      : null;
  // Network findings are reported beside the others, in reading order.
  const reported = mergeRepeats(findings);
  if (judgement.networkFindings.length > 0) {
    reported.push(...mergeRepeats(judgement.networkFindings));
    reported.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const lineModel = result?.rewrite ? loadLineModel() : null;
  // Offsets so far point into the post; a leading `x: ` tag shifts them back into the input.
  const { offset } = judgement;
  return {
    verdict: judgement.verdict,
    score: judgement.score,
    findings: reported.map((finding) => shiftFinding(finding, offset, input)),
    signals: judgement.signals.map((signal) =>
      offset === 0 ? signal : { ...signal, start: signal.start + offset, end: signal.end + offset },
    ),
    rewrite: result?.rewrite ?? null,
    ...(result && result.alternatives.length > 0 ? { alternatives: result.alternatives } : {}),
    ...(result?.thread ? { thread: result.thread } : {}),
    ...(result && result.rewrite === null
      ? {
          edits: result.edits.map((edit) =>
            offset === 0 ? edit : { ...edit, start: edit.start + offset, end: edit.end + offset },
          ),
        }
      : {}),
    reviewer: 'rules',
    language: judgement.language,
    summary: summarise(judgement, [...findings, ...judgement.networkFindings]),
    model: judgement.decision.decidedBy,
    ...(lineModel ? { rewriteModel: lineModel.version } : {}),
    intent: judgement.analysis.intent,
    network: judgement.network,
  };
}
