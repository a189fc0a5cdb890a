import { docsAnchor, type Rule } from '../rule';
import { PLACEHOLDER } from '../draft';
import { countPlaceholders, words } from '../text';

/** At or under this many words around a link, the post is the link and nothing else. */
const MAX_WORDS = 8;

export const rule: Rule = {
  meta: {
    id: 'link-only',
    category: 'broadcast',
    principle: 'value',
    severity: 'error',
    shape: 'structure',
    description: 'Link-only drops: a URL with a label and nothing for the reader ("New post: https://…").',
    why:
      'A bare link asks the reader to do all the work of finding out why it matters. A sentence on what ' +
      'they will get from it, and a question, turns a drop into a conversation.',
    docs: docsAnchor('link-only'),
    languages: 'all',
    example: {
      bad: 'New blog post: https://blog.example.com/onboarding',
      better:
        'We rewrote our onboarding checklist after your feedback; the first-week buddy idea came from you: https://blog.example.com/onboarding. What would you add?',
    },
  },
  check(context) {
    const { text } = context;
    if (countPlaceholders(text, 'url') === 0) return;
    const spoken = words(text);
    if (spoken.length > MAX_WORDS) return;
    // A short post that asks something is a conversation starter with a link, not a drop.
    if (/[?？]/.test(text)) return;
    const first = text.indexOf(PLACEHOLDER.url);
    const start = Math.min(first, spoken[0]?.start ?? first);
    const end = Math.max(text.lastIndexOf(PLACEHOLDER.url) + 1, spoken[spoken.length - 1]?.end ?? 0);
    context.report({
      start,
      end,
      message:
        spoken.length === 0
          ? 'The post is only a link: nothing tells the reader why to open it.'
          : 'A link with a label gives the reader nothing to respond to.',
      suggestion: 'Add a sentence on what the reader gets from it, and ask what they think.',
    });
  },
};
