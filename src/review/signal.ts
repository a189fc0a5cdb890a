import type { RuleContext } from './rule';
import type { PrincipleId } from './types';

/** Something in a draft's favour. Detectors read the same normalised text the rules read. */
export interface SignalDetector {
  id: string;
  principle: PrincipleId;
  /** Points added back to the score when the signal is present (once per draft). */
  credit: number;
  note: string;
  detect(context: Omit<RuleContext, 'report'>): { start: number; end: number }[];
}
