import type { SignalDetector } from '../signal';
import { findInvitations } from '../invitation';
import { sentences } from '../text';

// A pitch opener ("Tired of…?", "Want to save 50%?") is not a question the author wants answered.
const PITCH =
  /^(?:are you |still |do you |ever )?(?:tired|sick|fed up|struggling|frustrated|want|wanna|need|looking for|ready to|what if you could|how would you like|why pay|why wait|wish you could)\b/iu;

export const signal: SignalDetector = {
  id: 'genuine-question',
  principle: 'listen',
  credit: 14,
  note: 'It asks the reader something and leaves room for an answer.',
  detect({ text }) {
    const hits = sentences(text)
      .filter((sentence) => sentence.terminator === '?' && !PITCH.test(sentence.text.replace(/^[¿\s]+/u, '')))
      .map(({ start, end }) => ({ start, end }));
    return [...hits, ...findInvitations(text)];
  },
};
