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
    // "Don't wait up." is said to someone coming home late, not to a buyer.
    "(?:don'?t|do not) wait(?! up\\b)",
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
    "once it'?s gone,? it'?s gone",
    'first come,? first served',
    'ends soon',
    'last few',
    'only \\d+ (?:[\\p{L}-]+ ){0,3}(?:left|remaining|available|at this price|spots|seats|places|slots|spaces|tickets|memberships|made)',
    'only (?:taking|accepting|letting in|making|opening|selling|offering) \\d+',
    "(?:seats|spots|slots|places|spaces|tickets|availability|quantities) (?:are |is )?(?:limited|fill(?:ing)?(?: up)? (?:fast|quickly)|going fast|won't last)",
    'before (?:slots|seats|spots|they|it|places|tickets|stock) (?:fill up|sell out|run out|are gone|is gone|go|notice)',
    '(?:the )?prices? (?:goes|go|is going|will go|increases?|rises?|will increase|will rise|jumps?) (?:up )?(?:by [^ ]+ )?(?:on|after|from|at|in|next|tomorrow|soon|this|\\d)',
    '(?:offer|deal|sale|promo|discount|pricing|promotion|code) (?:ends|expires|closes|is valid until|valid until|good until|valid for new customers who sign up by)(?: (?:on |at |by |this )?[\\p{L}\\d:.]+(?: [\\p{Lu}\\d:.][\\p{L}\\d:.]*)?)?',
    // "My contract ends Friday", "our lease expires tomorrow": someone's own dates, not an offer's.
    '(?<!(?:contract|lease|tenancy|shift|placement|internship|notice period|trip|holiday|stay|leave|visa|term) )(?:ends|expires|closes) (?:at )?(?:midnight|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this week(?:end)?|tomorrow)',
    '(?:until|till|through) (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday) (?:midnight|night|at (?:close|midnight))',
    '(?:for|in) (?:the next )?\\d+ (?:hours|hrs)(?: only)?',
    '\\d+ hours only',
    "(?:this is )?the last time (?:we|we'll|you)",
    "(?:never|won't be) (?:again|back|offered again|available again)",
    "once (?:they're|they’re|it's|it’s) gone,? (?:they're|they’re|it's|it’s) gone",
    'now is the time',
    'this is your sign',
    "don'?t sleep on (?:this|it)",
    'go go go',
    "before it's too late",
    "(?:you'?re |are )?leaving money on the table",
    "don'?t leave it to chance",
    '(?:your )?competitors (?:are )?already',
    'falling behind',
    'before they notice',
    'choose wisely',
    'before (?:the )?prices? (?:go(?:es)? up|rise|increase|change)',
    '(?:only )?(?:a few|\\d+) (?:more )?(?:hours|days|minutes) (?:left|to go|remaining)',
    "lock in (?:this|the|your|today's) (?:price|rate|discount|deal)",
    "(?:you're |you are )?missing out",
    "(?:don't )?leave money on the table",
    '(?:the )?first \\d+ (?:people|customers|buyers|sign-?ups|readers|subscribers|members)',
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
    'solo hasta(?: el)?',
    'plazas limitadas',
    'unidades limitadas',
  ],
  fr: [
    "aujourd'hui seulement",
    "seulement aujourd'hui",
    'derni(?:er|ère)s? (?:chance|jours?|heures?|places?)',
    'dans la limite des stocks',
    'offre limitée',
    'pour une durée limitée',
    'temps limité',
    'ne (?:le |la )?ratez pas',
    "n'attendez (?:plus|pas)",
    'dépêchez-vous',
    "(?:se termine|finit) (?:ce soir|aujourd'hui|bientôt)",
    'plus que \\d+',
    'il ne reste que \\d+',
    'places limitées',
    "jusqu'à (?:ce soir|dimanche|minuit)",
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
    'nur für kurze zeit',
    'nur (?:noch )?bis',
    'nur noch wenige',
    'plätze (?:sind )?begrenzt',
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
    'vagas limitadas',
    'por pouco tempo',
    'só até',
  ],
  it: [
    'solo (?:per )?oggi',
    'solo per questo (?:weekend|fine settimana)',
    'ultim[aoie] (?:occasione|possibilità|giorni|ore|posti|pezzi)',
    'posti limitati',
    'fino ad esaurimento(?: scorte)?',
    'non fartel[oa] scappare',
    "non perdere(?: l'occasione)?",
    'affrettati',
    'offerta (?:limitata|a tempo)',
    'per poco tempo',
  ],
  nl: [
    'laatste kans',
    'alleen (?:vandaag|deze week|dit weekend)',
    'op = op',
    'zolang de voorraad strekt',
    'beperkte (?:tijd|plaatsen|voorraad)',
    'mis het niet',
    'wacht niet',
    'snel zijn',
    'nog maar \\d+',
    'voor(?:dat)? ze op zijn',
  ],
});

/** Calm wording that keeps the fact (a count, a date) and drops the pressure; '' drops pure pressure. */
function calmer(written: string): string {
  const phrase = written.trim();
  // Match on lower case, but give back the writer's own spelling ("Monday", "PT").
  const lower = phrase.toLowerCase();
  const original = (part: string | undefined) =>
    part === undefined ? undefined : phrase.substr(lower.indexOf(part), part.length);
  const hasNumber = /\d/.test(lower);
  const ends =
    /^(?:(sale|offer|deal|discount|promo|it|pricing|promotion|code) )?(?:ends|expires|closes|is valid until|valid until|runs until|good until)(?: (?:at )?(.+))?$/.exec(
      lower,
    );
  if (ends) {
    const written = original(ends[2]?.trim());
    // A shouted deadline ("TONIGHT") comes back in normal case.
    const when = written && written === written.toUpperCase() ? written.toLowerCase() : written;
    if (!when || when === 'soon') return '';
    // Keep the writer's noun ("the EARLYBIRD code", "Sale") and swap only the countdown verb.
    const noun = ends[1] ? `${original(ends[1])} ` : '';
    if (/^in \d/.test(when)) return `${noun}runs for another ${when.slice(3)}`;
    return `${noun}runs until ${when}`;
  }
  const signUpBy = /sign up by (.+)$/.exec(lower);
  if (signUpBy) return `until ${original(signUpBy[1])}`;
  if (/^before /.test(lower)) return '';
  const price =
    /prices? (?:goes|go|is going|will go|increases?|rises?|will increase|will rise|jumps?) (?:up )?(by [^ ]+ )?(.*)$/.exec(
      lower,
    );
  if (price) return `the price changes ${original(price[2]) ?? ''}`.trim();
  const hours = /^(?:for|in) (?:the next )?(\d+ (?:hours|hrs))/.exec(lower);
  if (hours) return `over the next ${hours[1]}`;
  const rivals = /^(?:your )?competitors (are )?already$/.exec(lower);
  if (rivals) return rivals[1] ? 'many teams are already' : 'many teams already';
  const timeLeft = /(\d+) (?:more )?(hours|days|minutes) (?:left|to go|remaining)/.exec(lower);
  if (timeLeft) return `it runs for another ${timeLeft[1]} ${timeLeft[2]}`;
  const firstN = /^(?:the )?first (\d+) (.+)$/.exec(lower);
  if (firstN) return `${firstN[1]} ${original(firstN[2])}`;
  const hoursOnly = /^(\d+ hours) only$/.exec(lower);
  if (hoursOnly) return `for ${hoursOnly[1]}`;
  const countLeft = /^(?:only|just) (\d+) (.*)$/.exec(lower);
  if (countLeft) {
    const rest = (countLeft[2] ?? '').replace(/\b(?:left|remaining)\b/, '').trim();
    return rest ? `${countLeft[1]} ${rest}` : `there are ${countLeft[1]} left`;
  }
  const taking = /^only ((?:taking|accepting|letting in|making|opening|selling|offering) \d+)/.exec(lower);
  if (taking) return `we're ${taking[1]}`;
  if (/(?:today|tonight|this weekend|this week) only/.test(lower)) return lower.replace(/ only$/, '');
  const fr = /(?:il ne reste que|plus que) (\d+)/.exec(lower);
  if (fr) return `il en reste ${fr[1]}`;
  const de = /nur noch (\d+)/.exec(lower);
  if (de) return `noch ${de[1]}`;
  const esPt = /(?:quedan|restam) (?:solo|só|apenas) (\d+)/.exec(lower);
  if (esPt) return lower.startsWith('quedan') ? `quedan ${esPt[1]}` : `restam ${esPt[1]}`;
  // Anything else with a figure in it is left for the writer: the rewrite never drops a number.
  return hasNumber ? phrase : '';
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
      better: "There are 5 seats left for Thursday's workshop. Who's thinking of coming?",
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
