import type { DraftAnalysis } from './analysis';
import type { Judgement } from './judge';
import { loadModel, sentenceLeaning } from './model';
import type { Finding } from './types';

/**
 * The finding a review carries when the verdict model sends a draft back and no rule named a
 * phrase: it points at the sentence that weighed most and says what the post as a whole reads like.
 * A verdict is never bare.
 */
export const OVERALL_TONE = {
  id: 'overall-tone',
  description:
    'The post as a whole reads like a pitch or a one-way announcement, though no single phrase gives it away.',
  why: 'Readers judge the whole post, not a phrase: a calm, polite post can still be all about the sender and leave nothing to answer. The verdict model, trained on thousands of labelled drafts, weighs grammar and wording together and says so when the whole adds up to a billboard.',
  docs: 'docs/rules.md#overall-tone',
} as const;

/** The sentence that leans most towards "send it back", by the model's word weights. */
export function explainingSentence(analysis: DraftAnalysis): number {
  const model = loadModel();
  if (!model || analysis.sentences.length === 0) return 0;
  let best = 0;
  let bestWeight = -Infinity;
  analysis.sentences.forEach((_, index) => {
    const weight = sentenceLeaning(model, analysis, index);
    if (weight > bestWeight) {
      best = index;
      bestWeight = weight;
    }
  });
  return best;
}

export function overallToneFinding(judgement: Judgement, sentenceIndex: number): Finding {
  const { analysis, decision, draft } = judgement;
  const sentence = analysis.sentences[sentenceIndex];
  const span = sentence
    ? draft.toOriginal(sentence.start, sentence.end)
    : { start: 0, end: draft.original.length };
  const salesy = decision.category === 'salesy';
  return {
    rule: OVERALL_TONE.id,
    principle: salesy ? 'conversation' : 'value',
    category: decision.category,
    severity: 'warning',
    start: span.start,
    end: span.end,
    excerpt: draft.original.slice(span.start, span.end),
    message: salesy
      ? 'Taken together this reads like a pitch: it asks the reader to act before it gives them a reason to care.'
      : 'Taken together this reads like a one-way announcement: it is about the sender, with nothing for the reader to take or answer.',
    suggestion: salesy
      ? 'Lead with what the reader gets or a real detail, and invite them in rather than push.'
      : 'Start from why it matters to the reader, credit the people involved, and end with something they can answer.',
  };
}
