import type { SignalDetector } from '../signal';
import { BEFORE, AFTER, matchAll } from '../text';

const READER = new RegExp(
  `${BEFORE}(?:you|your|yours|you're|you’re|you've|you'll|y'all|yourself|tu|tú|usted|ustedes|vous|votre|vos|toi|du|dich|dir|dein|deine|euch|euer|ihr|você|vocês|seu|sua)${AFTER}`,
  'giu',
);
const SELF = new RegExp(
  `${BEFORE}(?:we|we're|we’re|we've|our|ours|us|nosotros|nuestro|nuestra|nuestros|nous|notre|nos|wir|uns|unser|unsere|nós|nosso|nossa)${AFTER}`,
  'giu',
);

export const signal: SignalDetector = {
  id: 'reader-focus',
  principle: 'value',
  credit: 8,
  note: 'It talks to "you" more than about "us".',
  detect({ text }) {
    const reader = matchAll(text, READER);
    const self = matchAll(text, SELF);
    return reader.length >= 2 && reader.length > self.length ? reader.slice(0, 1) : [];
  },
};
