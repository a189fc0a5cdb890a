import { docsAnchor, type Rule } from '../rule';
import { compilePhrases } from '../text';

// Whom the reader is asked to abandon: a pronoun, "this", "them", or (after "turn your back on" and
// "let") a name. The phrase index ignores case, so a name is any word there; after "ignore" only a
// pronoun, or "Can you ignore the first email?" would read as guilt.
const PRONOUN = '(?:her|him|them|this|these|us)';
const SOMEONE = `(?:${PRONOUN}|\\p{L}+)`;

// Guilt put as a question the reader answers with their conscience. The rule flags it; the rewriter
// drops the sentence it stands in (`GUILT_SENTENCE`).
const GUILT_QUESTIONS = [
  `(?:will|would|could|can) you (?:really |just |simply |honestly )?(?:turn your back on ${SOMEONE}|look away|scroll (?:past|by|on)|walk (?:away|on by)|ignore ${PRONOUN}|let ${SOMEONE} (?:down|go hungry|suffer|go cold|be alone|die)|say no(?: to (?:her|him|them|us))?(?=\\s*[?!]))`,
  'are you (?:really )?going to (?:look away|scroll past|turn your back on|walk away from|ignore)',
  // "Do you really want 2012 to come last?": the reader's conscience asked to rescue a ranking.
  'do you really want [^.!?\\n]{2,60}? to (?:come last|lose|fail|close|suffer|go hungry|go without|shut down)',
];
// Guilt said as a fact of time: "Every day you wait, another child goes without."
const GUILT_CLOCK =
  "every (?:single )?(?:day|hour|minute|second|week) (?:you wait|you don['’]t (?:give|act|help)|without (?:your )?help),? (?:another|more|one more)";

// The same appeals in the other languages, for the rewriter to drop with the sentence they stand in:
// "Se non doni tu, chi lo farà?", "No les falles", "Pouvez-vous vraiment fermer ce mail ?".
const GUILT_ELSEWHERE = {
  es: ['no (?:les|le|nos) falles', 'si no (?:ayudas|ayudáis|donas)(?: tú)?,? ¿?quién lo hará'],
  fr: [
    '(?:pouvez-vous|peux-tu) (?:vraiment )?(?:fermer|ignorer|supprimer) (?:ce|cet) (?:mail|e-mail|email|message)',
  ],
  it: ['se non (?:doni|aiuti|dai|agisci|donate|aiutate) (?:tu|voi),? chi lo farà'],
} as const;

/** A sentence's guilt, in each language the rewriter drops it in. */
export const GUILT_SENTENCE: Partial<Record<'en' | 'es' | 'fr' | 'it', RegExp>> = {
  en: new RegExp(`(?<![\\p{L}])(?:${[...GUILT_QUESTIONS, GUILT_CLOCK].join('|')})(?![\\p{L}])`, 'iu'),
  ...Object.fromEntries(
    Object.entries(GUILT_ELSEWHERE).map(([language, phrases]) => [
      language,
      new RegExp(`(?<![\\p{L}])(?:${phrases.join('|')})(?![\\p{L}])`, 'iu'),
    ]),
  ),
};

// Phrase data apart from the matching code (retext keeps its lists the same way). A guilt trip asks
// the reader to prove they care, or tells them what kind of person ignores it; an appeal that says
// what is needed and what a gift does ("£5 buys a week of breakfasts") is not one.
const PHRASES = compilePhrases({
  en: [
    ...GUILT_QUESTIONS,
    GUILT_CLOCK,
    "(?:don['’]?t|do not|please don['’]?t) (?:look away|scroll past|turn away|turn your back on)",
    "(?:it['’]?s|that['’]?s|this is) the (?:very )?least you can do",
    "if you (?:really |truly )?cared?(?: about [^,.!?\\n]{1,60})?,? you(?:['’]ll|['’]d| will| would)\\b",
    "if you don['’]?t(?: (?:give|help|act|donate|share|step up))?,? who will",
    'most people will (?:scroll past|ignore|look away)',
    "(?:not because|that) you(?:['’]ve| have)? stopped caring",
    '(?:less|cheaper) than (?:a|your|one|the (?:price|cost) of (?:a|your|one)) (?:coffee|latte|takeaway|pint|sandwich|cappuccino)',
    "while you(?:['’]re| are| were) (?:enjoying|sipping|drinking|scrolling|eating|reading this)",
  ],
  es: [
    ...GUILT_ELSEWHERE.es,
    '(?:vas|vais|va) a (?:mirar (?:hacia )?otro lado|darle la espalda)',
    'es lo mínimo que (?:puedes|podéis|puede) hacer',
  ],
  fr: [
    ...GUILT_ELSEWHERE.fr,
    '(?:allez-vous|vas-tu|allez vous) (?:détourner le regard|lui tourner le dos|les abandonner)',
    "c['’]est le moins que (?:vous puissiez|tu puisses) faire",
  ],
  de: [
    '(?:wirst du|werden sie|willst du|wollen sie) (?:wirklich )?wegsehen',
    'das ist das (?:mindeste|wenigste),? was (?:du|sie) tun (?:kannst|können)',
  ],
  pt: [
    '(?:vai|vais|vão) (?:virar as costas|fingir que não viu|ignorar)',
    'é o mínimo que (?:você pode|podes|pode) fazer',
  ],
  it: [
    ...GUILT_ELSEWHERE.it,
    '(?:volterai|volterete|girerai|girerete) (?:lo sguardo|le spalle)',
    'è il minimo che (?:puoi|potete) fare',
  ],
  nl: [
    '(?:kijk|kijkt) (?:jij|je|u) (?:echt )?(?:weg|de andere kant op)',
    'het minste wat (?:je|u) kunt doen',
  ],
});

export const rule: Rule = {
  meta: {
    id: 'guilt-trip',
    category: 'salesy',
    principle: 'conversation',
    severity: 'warning',
    shape: 'existence',
    description:
      'Guilt as the reason to act: "Will you look away?", "It\'s the least you can do", "less than a coffee".',
    why:
      'Guilt gets a gift once and costs the goodwill behind it. Readers who are made to feel like bad people stop ' +
      'opening the next appeal; readers who are told what their help does come back.',
    docs: docsAnchor('guilt-trip'),
    languages: PHRASES.languages,
    example: {
      bad: 'Luna was left outside our shelter in the snow. Will you turn your back on her? Give at paws.example/luna',
      better:
        "Luna was left outside our shelter in the snow. Her operation costs £600 and we're at £310; if you can help, it's at paws.example/luna.",
    },
  },
  check(context) {
    for (const match of PHRASES.find(context.text, context.language)) {
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" asks the reader to prove they care instead of telling them what their help does.`,
        suggestion: 'Say what is needed and what a gift of any size does; trust the reader with the rest.',
      });
    }
  },
};
