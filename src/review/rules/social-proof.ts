import { docsAnchor, type Rule } from '../rule';
import { compilePhrases } from '../text';

// Crowd numbers as persuasion: "10,000+ teams already use it", "trusted by", "join 5,000 others".
const COUNT =
  '(?:\\d[\\d,.]*\\s?(?:k|m)?\\+?|thousands of|hundreds of|millions of|over \\d[\\d,.]*\\+?|more than \\d[\\d,.]*\\+?)';
const CROWD =
  '(?:customers|clients|users|teams|companies|businesses|brands|developers|devs|creators|marketers|founders|families|households|people|members|subscribers|readers|students|professionals|practices|agencies|retailers|restaurants|sellers|shoppers|homeowners|organisations|organizations)';
const PHRASES = compilePhrases({
  en: [
    `${COUNT} (?:happy |satisfied |smart |leading |other )?${CROWD} (?:already |now )?(?:use|love|trust|rely on|swear by|have switched|switched|chose|choose|are using|are already)`,
    `(?:trusted|used|loved|chosen) by ${COUNT}`,
    `(?:trusted|used|loved) by (?:teams|brands|companies) (?:at|like|including)`,
    `join (?:the )?${COUNT}(?: (?:other|happy|smart))? ${CROWD}`,
    '(?:smart|savvy|top|leading|successful|forward-thinking) [\\p{L}-]+s (?:are )?(?:already )?(?:switching|using|choosing|moving|signing up)',
    'as (?:seen|featured) (?:in|on)',
    "(?:don't|do not) (?:get|fall|be) left behind",
    "(?:don't|do not) let (?:your )?competitors",
  ],
  es: [
    `más de ${COUNT} ${'(?:clientes|usuarios|empresas|familias|personas)'} (?:ya )?(?:confían|usan|eligen)`,
    'únete a (?:más de )?\\d',
  ],
  fr: [
    `plus de ${COUNT} (?:clients|utilisateurs|entreprises|familles) (?:nous )?(?:font confiance|utilisent|ont choisi)`,
    'rejoignez (?:plus de )?\\d',
  ],
  de: [
    `(?:über|mehr als) ${COUNT} (?:kunden|nutzer|unternehmen|familien) (?:vertrauen|nutzen|setzen)`,
    'schließ(?:en sie sich| dich) (?:über )?\\d',
  ],
  pt: [
    `mais de ${COUNT} (?:clientes|usuários|empresas|famílias) (?:já )?(?:confiam|usam|escolheram)`,
    'junte-se a (?:mais de )?\\d',
  ],
  it: [
    `oltre ${COUNT} (?:clienti|utenti|aziende|famiglie) (?:già )?(?:si fidano|usano|hanno scelto)`,
    'unisciti a (?:oltre )?\\d',
  ],
  nl: [
    `(?:meer dan|ruim) ${COUNT} (?:klanten|gebruikers|bedrijven) (?:vertrouwen|gebruiken|kozen)`,
    'sluit je aan bij (?:meer dan )?\\d',
  ],
});

export const rule: Rule = {
  meta: {
    id: 'social-proof',
    category: 'salesy',
    principle: 'conversation',
    severity: 'warning',
    shape: 'existence',
    description:
      'Crowd numbers as persuasion: "10,000+ teams already use it", "trusted by", "don\'t get left behind".',
    why:
      'Pointing at the crowd is a sales lever, not a reason: it pressures the reader to follow instead of telling ' +
      "them anything about their own situation. One real customer's story says more than a headcount.",
    docs: docsAnchor('social-proof'),
    languages: PHRASES.languages,
    example: {
      bad: 'Over 10,000 teams already use Planly to run their week. Join them!',
      better:
        "Priya's team at a 12-person agency moved their weekly planning into Planly and got Monday mornings back. How does your team plan its week?",
    },
  },
  check(context) {
    for (const match of PHRASES.find(context.text, context.language)) {
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" asks the reader to follow the crowd rather than telling them why it fits them.`,
        suggestion: 'Swap the headcount for one real example the reader can picture.',
      });
    }
  },
};
