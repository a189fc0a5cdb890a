import { docsAnchor, type Rule } from '../rule';
import { compilePhrases, type Match } from '../text';

const FEELING_EN =
  '(?:proud|pleased|thrilled|delighted|excited|happy|honou?red|glad|overjoyed|stoked|humbled|privileged)';
const PHRASES = compilePhrases({
  en: [
    `${FEELING_EN} to (?:announce|unveil|reveal)(?: that)?`,
    '(?:big|exciting|huge|great) news(?: everyone| all| folks)?[:!—-]',
    'announcing(?: the launch of)?:?',
    'introducing(?: the all-new| our all-new| the new| our new)?',
    "(?:it's|it is) (?:official|finally here)[.!:]?",
    'mark your calendars?',
    `(?:is|are|we're|we are|i'm|i am) (?:so |very |truly )?${FEELING_EN} to (?:have been|be) (?:named|shortlisted|selected|recogni[sz]ed|awarded|ranked|featured|chosen|nominated|listed|included|certified|honou?red)`,
    "we (?:won(?!['’]t)|scooped|took home|bagged)",
    `${FEELING_EN} to have (?:received|won|been awarded|earned|achieved|secured|reached)`,
    'we have moved[.!]?',
    "we've moved[.!]?",
    'another record (?:quarter|year|month)',
    '(?:is|are) (?:now )?officially (?:open|live|launched|here)',
    'today marks the (?:official )?(?:launch|opening|start)',
    'is now an official (?:partner|supplier|sponsor)(?: of| to| for)?',
  ],
  es: [
    '(?:nos complace|nos enorgullece|estamos (?:muy )?(?:orgullosos|felices|encantados|emocionados) de) (?:anunciar|presentar|compartir)(?: que)?',
    '(?:tenemos|tiene) el (?:placer|orgullo|gusto) de (?:anunciar|presentar)(?: que)?',
    'gran(?:des)? noticias?[:!]',
    '(?:nos complace|tenemos el gusto de) (?:informar|comunicar)',
  ],
  fr: [
    "(?:nous sommes|on est) (?:très |si )?(?:fiers|heureux|ravis|fières|heureuses|ravies) d[e'] ?(?:vous )?(?:annoncer|présenter|partager|dévoiler)(?: que)?",
    "(?:nous avons|j'ai|a) le (?:plaisir|bonheur|privilège) d[e'] ?(?:vous )?(?:annoncer|présenter)(?: que)?",
    'grande nouvelle[:!]',
    '(?:signe|annonce|dévoile) (?:un|une|le|la|son|sa)',
  ],
  de: [
    'wir (?:freuen uns|sind stolz|sind (?:sehr )?glücklich),? (?:ihnen |euch )?(?:bekannt ?zu ?geben|mitzuteilen|vorzustellen|anzukündigen|zu verkünden)(?:,? dass)?',
    'wir freuen uns,? (?:ihnen |euch )?(?:unser|unsere|den|die|das) (?:[\\p{L}-]+ ){1,3}vorzustellen',
    'freut sich,? (?:ihnen |euch )?(?:bekannt ?zu ?geben|mitzuteilen|vorzustellen|anzukündigen)',
    'große neuigkeiten[:!]',
    '(?:gibt|geben) (?:bekannt|stolz bekannt)',
  ],
  pt: [
    '(?:temos o (?:orgulho|prazer) de|estamos (?:muito )?(?:orgulhosos|felizes|animados|contentes) em) (?:anunciar|apresentar|compartilhar)(?: que)?',
    'é com (?:muito )?(?:orgulho|prazer|alegria) que (?:anunciamos|apresentamos)',
    'tem o (?:prazer|orgulho) de (?:anunciar|apresentar)(?: que)?',
    'grande(?:s)? novidade(?:s)?[:!]',
  ],
  it: [
    'siamo (?:lieti|felici|orgogliosi|entusiasti) di (?:annunciare|presentare|comunicare)',
    '(?:abbiamo|ha) il piacere di (?:annunciare|presentare|comunicare)',
    'grandi notizie[:!]?',
  ],
  nl: [
    '(?:wij|we) zijn (?:trots|blij|verheugd)(?: om)? (?:te melden|aan te kondigen|bekend te maken)',
    'met trots (?:maken|kondigen) (?:wij|we) (?:bekend|aan)',
    'groot nieuws[:!]?',
  ],
});

/** A reader-first opening for what the announcement was about to say. */
// News told as a predicate ("X is now an official partner of Y") keeps its sentence: the
// announcement wording is swapped for plain wording rather than cut out.
const PLAIN_PREDICATES: [RegExp, string][] = [
  [/^(?:is|are) now an official (?:partner|supplier|sponsor)(?: of| to| for)?$/, 'now works with'],
  [/^(?:is|are) (?:now )?officially (open|live|launched|here)$/, 'is now $1'],
  [/^today marks the (?:official )?(launch|opening|start)$/, 'today is the $1'],
  [/^another record (quarter|year|month)$/, 'a strong $1'],
  [/^we (?:won|scooped|took home|bagged)$/, 'we received'],
  [/^we(?: have|'ve) moved[.!]?$/, 'we moved'],
  [
    /^(?:we've|we have|.+ (?:has|have)) (?:officially )?been (named|shortlisted|selected|recogni[sz]ed|awarded|ranked|featured|chosen|nominated)$/,
    'was $1',
  ],
  [
    /^(we|i)(?: are|'re| am|'m)? (?:so |very |truly )?\S+ to have (received|won|been awarded|earned|achieved|secured|reached)$/,
    '$1 $2',
  ],
  [/^(?:so |very |truly )?\S+ to have (received|won|been awarded|earned|achieved|secured|reached)$/, 'we $1'],
];

function plainOpening(found: string, after: string): string {
  const lower = found.toLowerCase().trim();
  for (const [pattern, plain] of PLAIN_PREDICATES) {
    if (!pattern.test(lower)) continue;
    // "Acme has been named" keeps "Acme": only the announcement words are swapped.
    const subject = /^(.+?) (?:has|have) (?:officially )?been/.exec(found.trim())?.[1];
    const replaced = lower.replace(pattern, plain);
    return subject && !/^we/i.test(subject) ? `${subject} ${replaced}` : replaced;
  }
  // "Happy to announce we've hit 1M downloads": the clause that follows is the news itself.
  if (/^\s+(?:we|we've|we're|i|i've|it|our|that|the)\b/i.test(after)) return '';
  if (/(?:that|que|dass)$/.test(lower) || /news|official|did it|calendar/.test(lower)) return '';
  if (/welcome/.test(lower)) return 'Please welcome';
  // An organisation speaking of itself ("The Hotel is pleased to announce…"): just the news.
  if (!/^(?:we|i)\b/.test(lower) && /\b(?:is|are|has)\b/.test(lower)) return '';
  if (/share|partager|compartir|compartilhar|mitzuteilen/.test(lower)) return "Here's";
  if (
    /^(?:introducing|announcing|we|i|[a-z])/i.test(lower) &&
    /announce|unveil|introduc|present|reveal|launch/.test(lower)
  )
    return 'Meet';
  return '';
}

// Phrases that are only an announcement when the organisation (or "we") is the one speaking:
// "excited to share" after "We are" or "Acme Labs is", "been named" after "we've" or "Acme has".
const NEEDS_SUBJECT = compilePhrases({
  en: [
    `(?:so |very |super |incredibly |extremely |beyond |truly )?${FEELING_EN} (?:and (?:humbled|honou?red|proud|excited) )?to (?:announce|share|unveil|introduce|present|reveal|launch|welcome|report|inform you)(?: (?:that|the (?:launch|release|arrival|opening|appointment) of))?`,
    '(?:officially )?been (?:named|shortlisted|selected|recogni[sz]ed|awarded|ranked|featured|chosen|nominated)',
  ],
});
const SUBJECT_BEFORE =
  /(?:(?<![\p{L}])(?:[Ww]e(?: are|'re|’re| am|'ve|’ve| have)|I am|I'm|I’m|i'm)|(?:[\p{Lu}][\p{L}&.'’-]*\s+){1,4}(?:is|are|has|have))\s+$/u;

export const rule: Rule = {
  meta: {
    id: 'self-announcement',
    category: 'broadcast',
    principle: 'conversation',
    severity: 'error',
    shape: 'existence',
    description: 'Self-centred announcements: "we are proud to announce", "big news!", "introducing".',
    why:
      'Opening with how proud you are puts you at the centre and the reader in the audience. ' +
      'Start from what changes for them and the news becomes something they can talk about.',
    docs: docsAnchor('self-announcement'),
    languages: PHRASES.languages,
    example: {
      bad: 'We are proud to announce the launch of our new mobile app.',
      better: 'You can now book a table from your phone: our new app is out. What should it do next?',
    },
  },
  check(context) {
    const withSubject = (match: Match): Match | null => {
      const before = SUBJECT_BEFORE.exec(context.text.slice(Math.max(0, match.start - 60), match.start));
      if (before) {
        const start = match.start - before[0].length;
        return { start, end: match.end, text: context.text.slice(start, match.end) };
      }
      // At the start of a sentence the speaker is implied ("Proud to announce…", "Thrilled to share
      // that…"), but only for news: "Happy to share notes if anyone wants them" is an offer.
      const lead = context.text.slice(0, match.start).trimEnd();
      const opensSentence = lead === '' || /[.!?\n]$/.test(lead);
      const after = context.text.slice(match.end, match.end + 12);
      const news =
        /announce|unveil|reveal|introduce|launch|welcome|that$/i.test(match.text) ||
        /^\s+(?:that|our|the news)\b/i.test(after);
      return opensSentence && news && !/^(?:happy|glad)\b/i.test(match.text) ? match : null;
    };
    const candidates = [
      ...PHRASES.find(context.text, context.language).map((match) => withSubject(match) ?? match),
      ...NEEDS_SUBJECT.find(context.text, context.language)
        .map(withSubject)
        .filter((match): match is Match => match !== null),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    // Where phrases overlap, the longest reading wins ("…to announce the launch of").
    const matches: Match[] = [];
    for (const candidate of candidates) {
      const last = matches[matches.length - 1];
      if (last && candidate.start < last.end) {
        if (candidate.end > last.end)
          matches[matches.length - 1] = {
            ...last,
            end: candidate.end,
            text: context.text.slice(last.start, candidate.end),
          };
        continue;
      }
      matches.push(candidate);
    }
    for (const match of matches) {
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" makes the post about you rather than the reader.`,
        suggestion: 'Open with what changes for the reader, then share the news.',
        replacement: plainOpening(match.text, context.text.slice(match.end, match.end + 12)),
      });
    }
  },
};
