import { docsAnchor, type Rule } from '../rule';
import { asksSomething } from '../invitation';
import { words } from '../text';

/** Past this many words a post is a statement; without an opening for a reply it is a monologue. */
const MIN_WORDS = 25;

export const rule: Rule = {
  meta: {
    id: 'no-invitation',
    category: 'broadcast',
    principle: 'listen',
    severity: 'suggestion',
    shape: 'structure',
    description: 'A long post with no invitation to respond: no question, no "tell us", no room for a reply.',
    why:
      'A conversation needs two sides. A long post that never asks anything is a speech; one real question ' +
      'at the end tells the reader you want to hear from them.',
    docs: docsAnchor('no-invitation'),
    languages: ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'],
    example: {
      bad: 'Our annual report is out. It covers the year in detail, from product to people to finances, and sets out the plans for next year.',
      better: 'Our annual report is out. Which part would you like us to dig into in a follow-up post?',
    },
  },
  check(context) {
    const spoken = words(context.text);
    if (spoken.length < MIN_WORDS || asksSomething(context.text)) return;
    const last = spoken[spoken.length - 1] as { end: number };
    // The closing sentence as the shared analysis reads it: "@copperkettle.eastleigh" does not end one.
    const closing = context.analysis.sentences.findLast((sentence) => sentence.start < last.end);
    context.report({
      start: closing?.start ?? 0,
      end: last.end,
      message: `${spoken.length} words and no invitation to reply.`,
      suggestion: 'End with a real question the reader can answer, or ask for their experience.',
      severity: spoken.length >= 60 ? 'warning' : 'suggestion',
    });
  },
};
