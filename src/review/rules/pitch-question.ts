import { docsAnchor, type Rule } from '../rule';
import { sentences, BEFORE, AFTER } from '../text';

// Questions that are really the first line of an advert: they don't want an answer, they set up a sale.
const OPENERS: { pattern: RegExp; rewrite: (rest: string) => string }[] = [
  {
    pattern: /^(?:are you )?(?:tired|sick|fed up|weary) (?:of|with) (.+)$/iu,
    rewrite: (rest) => `If you're dealing with ${rest}, this might help.`,
  },
  {
    pattern: /^(?:are you |still )?(?:struggling|frustrated|fighting) (?:with|by|to) (.+)$/iu,
    rewrite: (rest) => `If you've been wrestling with ${rest}, this might help.`,
  },
  {
    pattern: /^(?:do you |ever )?(?:want|wanna|wish you could|need) (to .+|more .+|better .+|an? .+)$/iu,
    rewrite: (rest) => `If you'd like ${rest.replace(/^to /i, 'to ')}, this might help.`,
  },
  {
    pattern: /^(?:are you )?(?:looking for|searching for|in the market for) (.+)$/iu,
    rewrite: (rest) => `If you're looking for ${rest}, this might help.`,
  },
  {
    pattern: /^(?:are you )?ready to (.+)$/iu,
    rewrite: (rest) => `When you feel ready to ${rest}, this might help.`,
  },
  {
    pattern:
      /^(?:what if you (?:could|never had to|didn't have to|no longer had to)|how would you like to|imagine if you could|why not) (.+)$/iu,
    rewrite: (rest) => `This might help you ${rest}.`,
  },
  {
    pattern:
      /^(?:(?:are you )?still (?:using|paying for|wasting time on|doing|waiting for|chasing|losing|spending) (.+)|why (?:pay|wait|settle for) (.+)|is your .+ (?:costing|holding|killing|slowing|hurting|losing) .+|(?:your )?competitors .+ are you)$/iu,
    rewrite: () => '',
  },
];

// Only a question followed by an offer is a pitch; "Want to grab coffee Friday?" is not.
const OFFER = new RegExp(
  `${BEFORE}(?:our|we|we've|we're|try|get|start|sign up|join|book|order|buy|download|free|discount|off|price|pricing|trial|demo|plan|subscription|introducing|meet|check out|link|solution|tool|app|platform)${AFTER}|[$€£%\\uE000]`,
  'iu',
);

export const rule: Rule = {
  meta: {
    id: 'pitch-question',
    category: 'salesy',
    principle: 'conversation',
    severity: 'warning',
    shape: 'structure',
    description: 'Pitches phrased as questions: "Tired of slow builds? Our platform fixes it."',
    why:
      'A question that already knows its answer is not an invitation; readers hear the advert coming. ' +
      'Ask what you actually want to know, or simply say what you made and for whom.',
    docs: docsAnchor('pitch-question'),
    languages: ['en'],
    example: {
      bad: 'Tired of messy spreadsheets? Our app does it for you. Start your free trial!',
      better:
        'If messy spreadsheets sound familiar, our app might help: it sorts receipts as they arrive. What does your month-end look like?',
    },
  },
  check(context) {
    if (!/[?？]/.test(context.text)) return;
    const all = sentences(context.text);
    all.forEach((sentence, index) => {
      if (sentence.terminator !== '?') return;
      const body = sentence.text.replace(/[?？!\s]+$/u, '');
      const opener = OPENERS.map(({ pattern, rewrite }) => ({ match: pattern.exec(body), rewrite })).find(
        ({ match }) => match,
      );
      if (!opener?.match) return;
      const after = all
        .slice(index + 1)
        .map((next) => next.text)
        .join(' ');
      if (!OFFER.test(after)) return;
      const rest = (opener.match[1] ?? opener.match[2] ?? '').trim();
      context.report({
        start: sentence.start,
        end: sentence.end,
        message: `"${sentence.text}" is a sales opener dressed as a question.`,
        suggestion: 'Describe the problem plainly, or ask a question you really want answered.',
        replacement: rest ? opener.rewrite(rest.charAt(0).toLowerCase() + rest.slice(1)) : '',
      });
    });
  },
};
