import { docsAnchor, type Rule } from '../rule';
import { compilePhrases } from '../text';

/** Podium phrases and the plain words a person would use instead ('' drops filler). */
const PLAIN: [string, string][] = [
  [
    '(?:a |the )?(?:leading|premier|foremost|top|global|trusted) (?:provider|supplier|developer|manufacturer|partner) of',
    'a maker of',
  ],
  ['(?:a |the )?(?:global|world|industry|market) leader in', 'a team working on'],
  ['(?:today |recently |has )?announced (?:today )?the appointment of', 'welcomes'],
  ['(?:today|recently) announced(?: that)?', 'shared'],
  ['announced today(?: that)?', 'shared today'],
  ['(?:has|have) announced(?: that)?', 'shared'],
  ['announces', 'shares'],
  ['is (?:pleased|proud|delighted|happy) to (?:report|confirm|announce)(?: that)?', 'can share that'],
  ['for immediate release', ''],
  ['press release', 'news'],
  ['company update', 'an update'],
  ['corporate (?:news|update)', 'an update'],
  ['(?:official|important) (?:announcement|notice)', 'news'],
  ['effective immediately', 'from today'],
  ['(?:has been|was|have been|were) (?:appointed|named) (?:as )?(?:the )?', 'is now '],
  ['(?:announce|announced|announces|confirm|confirmed|confirms) the appointment of', 'welcome'],
  ['the appointment of', 'welcoming'],
  [
    '(?:joins|joined) (?:the|our) (?:board of directors|executive (?:team|board)|leadership team|c-suite)',
    'has joined the team',
  ],
  [
    '(?:innovative|end-to-end|integrated|holistic|enterprise|tailored|scalable|comprehensive|cloud-based|customer-centric|data-driven|turnkey|digital|software|business|tech|technology|it|hr|marketing|payment|security) solutions',
    'tools',
  ],
  ['solutions provider', 'company'],
  ['leverag(?:e|es|ing)', 'use'],
  ['synerg(?:y|ies|istic)', 'working together'],
  ['best practices', 'what works'],
  ['value proposition', 'what it offers'],
  ['thought leadership', 'ideas'],
  ['stakeholders', 'people involved'],
  ['key (?:players|stakeholders|partners)', 'partners'],
  ['strategic (?:partnership|alliance|initiative)', 'partnership'],
  ['(?:to )?(?:drive|driving|deliver|delivering) (?:growth|value|results|innovation|excellence)', ''],
  ['(?:commitment|committed) to (?:excellence|innovation|quality)', ''],
  ['headquartered in', 'based in'],
  ['(?:nasdaq|nyse|lse|tsx):\\s?[a-z]{1,5}', ''],
  ['(?:inc|corp|ltd|llc|plc|gmbh)\\.?,? \\((?:nasdaq|nyse)[^)]*\\)', ''],
  [
    '(?:reported|posted|delivered|achieved) (?:record|strong|solid) (?:revenue|results|growth|earnings|quarter)',
    'had a good quarter',
  ],
  ['year[- ]over[- ]year', 'on last year'],
  ['fiscal (?:year|quarter)', 'year'],
  ['(?:q[1-4]|first|second|third|fourth)[- ]quarter (?:results|earnings|highlights)', 'quarter results'],
  ['about (?:us|the company):', ''],
];
const PHRASES = compilePhrases({ en: PLAIN.map(([phrase]) => phrase) });

// A post that opens on a notice label ("Company update:", "Press release:") is a bulletin board,
// in any language: reported as an error, since the label itself announces a broadcast.
const LABEL = new RegExp(
  `^[\\s\\p{Extended_Pictographic}\\uE004【\\[]*(?:company|corporate|business|service|official|important|investor|press|media|public|product|quarterly|trading|annual|internal|team|management|club|board|council|school|library|museum|hospital|store|shop) (?:update|announcement|notice|news|statement|release|bulletin|memo)|^[\\s【\\[]*(?:milestone|announcement|notice|statement|news flash|breaking news)\\s*[:\\-–—|]|^[\\s【\\[]*(?:press release|statement from|communiqué(?: de presse)?|comunicado(?: oficial| de prensa| de imprensa)?|pressemitteilung|unternehmensmitteilung|mitteilung|nota de prensa|nota oficial|aviso oficial|avis officiel|お知らせ)`,
  'iu',
);
const MATCHERS = PLAIN.map(
  ([phrase, plain]) => [new RegExp(`^(?:${phrase.replace(/ /g, '\\s+')})$`, 'iu'), plain] as const,
);

function plainFor(found: string): string {
  return MATCHERS.find(([pattern]) => pattern.test(found))?.[1] ?? '';
}

export const rule: Rule = {
  meta: {
    id: 'press-release-register',
    category: 'broadcast',
    principle: 'party',
    severity: 'warning',
    shape: 'existence',
    description:
      'Press-release register: "a leading provider of", "today announced", "solutions", "the appointment of".',
    why:
      'Press-release language is a podium voice: written about the company, for nobody in particular. ' +
      'On social media it reads as a broadcast to skim past, not a person to talk to.',
    docs: docsAnchor('press-release-register'),
    languages: 'all',
    example: {
      bad: 'Acme, a leading provider of innovative solutions, today announced the appointment of Dana Ruiz as CFO.',
      better:
        'Please welcome Dana Ruiz, our new CFO! Dana spent ten years helping small shops get paid faster. What would you ask her?',
    },
  },
  check(context) {
    const english = context.language === 'en';
    const label = LABEL.exec(context.text);
    if (label) {
      const start =
        label[0].length - label[0].replace(/^[\s\p{Extended_Pictographic}\uE004【[]+/u, '').length;
      context.report({
        start,
        end: label[0].length,
        message: `"${label[0].trim()}" labels the post as a notice, a bulletin rather than a conversation.`,
        suggestion: 'Drop the label and tell people the news the way you would tell a neighbour.',
        severity: 'error',
        replacement: '',
      });
    }
    for (const match of english ? PHRASES.find(context.text, 'en') : []) {
      if (label && match.start < label[0].length) continue;
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" is press-release language, not how people talk.`,
        suggestion: 'Say it the way you would tell a friend over coffee.',
        replacement: plainFor(match.text),
      });
    }
  },
};
