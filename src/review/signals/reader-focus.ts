import type { SignalDetector } from '../signal';
import { compilePhrases } from '../text';

// Pronouns of every listed language in one index: each only ever occurs in drafts of its language.
const READER = compilePhrases({
  en: "you|your|yours|you're|you've|you'll|y'all|yourself|tu|tú|usted|ustedes|vous|votre|vos|toi|du|dich|dir|dein|deine|euch|euer|ihr|você|vocês|seu|sua".split(
    '|',
  ),
});
const SELF = compilePhrases({
  en: "we|we're|we've|our|ours|us|nosotros|nuestro|nuestra|nuestros|nous|notre|nos|wir|uns|unser|unsere|nós|nosso|nossa".split(
    '|',
  ),
});

export const signal: SignalDetector = {
  id: 'reader-focus',
  principle: 'value',
  credit: 8,
  note: 'It talks to "you" more than about "us".',
  detect({ text }) {
    const reader = READER.find(text, 'en');
    const self = SELF.find(text, 'en');
    return reader.length >= 2 && reader.length > self.length ? reader.slice(0, 1) : [];
  },
};
