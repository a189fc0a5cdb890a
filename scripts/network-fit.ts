/**
 * How well rewrites fit each network, before and after the fit step (src/review/rewrite/fit-network.ts),
 * over every draft in the corpus: `npx tsx scripts/network-fit.ts [network…]`.
 *
 * For each draft the review path is followed once (judge, the verdict sent back when the draft is over the
 * network's limit, the checked rewrite), then the fit step runs on that rewrite, so "before" and "after" are the
 * same rewrite measured twice.
 */
import { loadCorpus } from './corpus';
import { judgeDraft } from '../src/review/judge';
import { NETWORKS } from '../src/review/networks';
import { explainingSentence, overallToneFinding } from '../src/review/overall-tone';
import { rewriteDraft } from '../src/review/rewrite/index';
import { fitsNetwork, fitToNetwork, hookIsReaderFirst } from '../src/review/rewrite/fit-network';
import type { NetworkId } from '../src/review/types';

const wanted = process.argv.slice(2);
const specs = Object.values(NETWORKS).filter((spec) => wanted.length === 0 || wanted.includes(spec.id));
const corpus = loadCorpus();
const share = (part: number, whole: number) =>
  whole === 0 ? '-' : `${part}/${whole} (${((part / whole) * 100).toFixed(1)}%)`;

for (const spec of specs) {
  const network: NetworkId = spec.id;
  let rewrites = 0;
  let fitBefore = 0;
  let onePost = 0;
  let threads = 0;
  let threadParts = 0;
  let twoPartThreads = 0;
  let editsOnly = 0;
  let misfits = 0;
  let hookBefore = 0;
  let hookAfter = 0;
  for (const draft of corpus) {
    const judged = judgeDraft(draft.text, { network });
    const judgement = judged.overLimit ? { ...judged, verdict: 'revise' as const } : judged;
    if (judgement.verdict !== 'revise') continue;
    // As the engine does: a draft the model sends back with no finding gets the sentence that weighed most.
    const findings =
      judged.verdict !== 'revise' || judged.findings.length > 0
        ? judged.findings
        : [overallToneFinding(judged, explainingSentence(judged.analysis))];
    const raw = rewriteDraft({ ...judgement, findings }, { network });
    if (raw.rewrite === null) continue;
    rewrites++;
    if (fitsNetwork(spec, raw.rewrite)) fitBefore++;
    if (hookIsReaderFirst(spec, raw.rewrite)) hookBefore++;
    const fitted = fitToNetwork(raw, judgement, { network });
    if (fitted.rewrite === null) {
      editsOnly++;
      continue;
    }
    if (fitted.thread) {
      threads++;
      threadParts += fitted.thread.length;
      if (fitted.thread.length === 2) twoPartThreads++;
      misfits += fitted.thread.filter((part) => !fitsNetwork(spec, part)).length;
    } else {
      onePost++;
      if (!fitsNetwork(spec, fitted.rewrite)) misfits++;
      if (hookIsReaderFirst(spec, fitted.rewrite)) hookAfter++;
    }
  }
  const lines = [
    `${spec.name} (limit ${spec.limit} ${spec.unit}): ${rewrites} drafts sent back with a rewrite`,
    `  rewrite fits one post as written: ${share(fitBefore, rewrites)}`,
    `  after the fit step: one post that fits ${share(onePost, rewrites)}, a thread ${share(threads, rewrites)}` +
      ` (${twoPartThreads} of two posts, ${threads ? (threadParts / threads).toFixed(1) : '-'} posts on average),` +
      ` targeted edits only ${share(editsOnly, rewrites)}; posts over the limit: ${misfits}`,
  ];
  if (spec.visible !== undefined)
    lines.push(
      `  reader-first line inside the first ~${spec.visible}: before ${share(hookBefore, rewrites)}, after ${share(hookAfter, rewrites)}`,
    );
  console.log(lines.join('\n'));
}
