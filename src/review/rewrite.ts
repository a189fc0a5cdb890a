import type { Analysis } from './engine';
import type { ReviewOptions } from './types';

export function rewriteDraft(analysis: Analysis, _options: ReviewOptions): string {
  return analysis.draft.original;
}
