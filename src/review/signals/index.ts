import type { SignalDetector } from '../signal';

export const SIGNALS: SignalDetector[] = [];
