import type { SignalDetector } from '../signal';
import { signal as genuineQuestion } from './genuine-question';
import { signal as gratitudeCredit } from './gratitude-credit';
import { signal as readerFocus } from './reader-focus';
import { signal as reply } from './reply';
import { signal as storyOrTip } from './story-or-tip';

/** What counts in a draft's favour; each adds its credit once. */
export const SIGNALS: SignalDetector[] = [genuineQuestion, readerFocus, gratitudeCredit, storyOrTip, reply];
