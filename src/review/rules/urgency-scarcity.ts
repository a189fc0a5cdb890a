import { docsAnchor, type Rule } from '../rule';
import { compilePhrases } from '../text';

/** Each phrase maps to a calm way of giving the same fact ('' drops pure pressure). */
const PHRASES = compilePhrases({
  en: [
    '(?:sale |offer |deal |discount |promo |it )?(?:ends|expires|closes) (?:tonight|today|at midnight|soon|in \\d+ (?:hours?|days?|minutes?))',
    'only \\d+ (?:left|remaining|spots? left|seats? left|available|in stock)',
    '(?:just|only) a (?:few|handful) (?:left|remaining|spots? left|seats? left)',
    '(?:almost|nearly) (?:gone|sold out)',
    'selling (?:out )?fast',
    'going fast',
    'limited[- ]time(?: only| offer)?',
    'for a limited time(?: only)?',
    'limited (?:stock|spots|seats|availability|quantities|edition)',
    '(?:today|tonight|this weekend|this week) only',
    '(?:last|final) (?:chance|call|hours?|day)',
    "(?:don'?t|do not) miss (?:out|it|this|your chance)",
    "(?:don'?t|do not) wait",
    "(?:before|until) (?:it'?s|they'?re) (?:gone|sold out)",
    'while (?:supplies|stocks?|they) last',
    '(?<!no )hurry(?: up)?',
    'act fast',
    'act quickly',
    'time is running out',
    'running out fast',
    'now or never',
    'countdown is on',
    'clock is ticking',
    'once it\'?s gone,? it\'?s gone',
    'first come,? first served',
    'ends soon',
    'last few',
  ],
  es: [
    'solo (?:por )?hoy',
    'últim[oa]s? (?:unidades|plazas|horas|días|oportunidad)',
    'última oportunidad',
    'por tiempo limitado',
    'oferta limitada',
    'no te lo pierdas',
    'no esperes más',
    '(?:termina|acaba) (?:hoy|esta noche|pronto)',
    'date prisa',
    'hasta agotar (?:existencias|stock)',
    'quedan (?:pocas|pocos|solo \\d+)',
  ],
  fr: [
    "aujourd'hui seulement",
    'seulement aujourd\'hui',
    'derni(?:er|ère)s? (?:chance|jours?|heures?|places?)',
    'dans la limite des stocks',
    'offre limitée',
    'pour une durée limitée',
    'temps limité',
    'ne (?:le |la )?ratez pas',
    "n'attendez (?:plus|pas)",
    'dépêchez-vous',
    '(?:se termine|finit) (?:ce soir|aujourd\'hui|bientôt)',
    'plus que \\d+',
    'il ne reste que \\d+',
  ],
  de: [
    'nur (?:noch )?heute',
    'nur noch \\d+',
    'letzte (?:chance|gelegenheit|plätze|stunden|tage)',
    'solange der vorrat reicht',
    'begrenzte (?:zeit|stückzahl|plätze)',
    'zeitlich begrenzt',
    'nicht verpassen',
    'verpassen sie (?:es|nicht)',
    'schnell sein',
    'beeil(?:t)? (?:dich|euch)',
    'endet (?:heute|morgen|bald)',
    'warten sie nicht',
  ],
  pt: [
    'só hoje',
    'somente hoje',
    'apenas hoje',
    'últim[oa]s? (?:unidades|vagas|horas|dias|chance)',
    'última chance',
    'por tempo limitado',
    'oferta limitada',
    'não perca',
    'não espere',
    '(?:termina|acaba) (?:hoje|esta noite|em breve)',
    'enquanto durarem os estoques',
    'restam (?:poucas|poucos|apenas \\d+|só \\d+)',
  ],
});

/** Calm English for a few patterns that carry a fact (a count, a deadline). */
function calmer(phrase: string): string {
  const lower = phrase.toLowerCase();
  const count = /\d+/.exec(lower)?.[0];
  if (count && /left|remaining|available|in stock|spots?|seats?/.test(lower)) return `there are ${count} left`;
  const within = /in (\d+ (?:hours?|days?|minutes?))/.exec(lower);
  if (within) return `it runs for another ${within[1]}`;
  const ends = /^(?:(sale|offer|deal|discount|promo|it) )?(?:ends|expires|closes) (tonight|today|at midnight|soon)/.exec(lower);
  if (ends) {
    const until = ends[2] === 'soon' ? '' : `until ${ends[2]}`;
    return ends[1] && until ? `the ${ends[1] === 'it' ? 'offer' : ends[1]} runs ${until}` : until;
  }
  if (/(?:today|tonight|this weekend|this week) only/.test(lower)) return lower.replace(/ only$/, '');
  const fr = /(?:il ne reste que|plus que) (\d+)/.exec(lower);
  if (fr) return `il en reste ${fr[1]}`;
  const de = /nur noch (\d+)/.exec(lower);
  if (de) return `noch ${de[1]}`;
  const esPt = /(?:quedan|restam) (?:solo|só|apenas) (\d+)/.exec(lower);
  if (esPt) return lower.startsWith('quedan') ? `quedan ${esPt[1]}` : `restam ${esPt[1]}`;
  return '';
}

export const rule: Rule = {
  meta: {
    id: 'urgency-scarcity',
    category: 'salesy',
    principle: 'conversation',
    severity: 'warning',
    shape: 'existence',
    description: 'Manufactured urgency and scarcity: "ends tonight", "only 3 left", "don\'t miss out".',
    why:
      'Pressure is the opposite of a relationship. A countdown makes the reader feel hunted rather than ' +
      'welcome, and people who buy in a hurry rarely come back to talk.',
    docs: docsAnchor('urgency-scarcity'),
    languages: PHRASES.languages,
    example: {
      bad: 'Only 5 seats left, hurry, registration closes tonight!',
      better: 'There are 5 seats left for Thursday\'s workshop. Who\'s thinking of coming?',
    },
  },
  check(context) {
    for (const match of PHRASES.find(context.text, context.language)) {
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" pressures the reader instead of giving them a reason.`,
        suggestion: 'Give the date or the number plainly, without the countdown.',
        replacement: calmer(match.text),
      });
    }
  },
};
