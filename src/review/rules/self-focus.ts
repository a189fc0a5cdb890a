import { docsAnchor, type Rule } from '../rule';
import {
  BEFORE,
  AFTER,
  compilePhrases,
  quotationMap,
  topLevelAlternatives,
  words,
  type Match,
} from '../text';
import { asksSomething } from '../invitation';
import type { Language } from '../types';

type Listed = Exclude<Language, 'other'>;

const SELF: Record<Listed, string> = {
  en: "we|we're|we’re|we've|we’ve|we'll|we’ll|our|ours|us|ourselves|the company|our company|our team",
  es: 'nosotros|nuestro|nuestra|nuestros|nuestras|nos|la empresa|el grupo|la compañía',
  fr: "nous|notre|nos|la société|le groupe|l’entreprise|l'entreprise",
  de: 'wir|unser|unsere|unseren|unserem|uns|das unternehmen|die firma|die gruppe',
  pt: 'nós|nosso|nossa|nossos|nossas|a empresa|o grupo|a companhia',
  it: "noi|nostro|nostra|nostri|nostre|l'azienda|la società|il gruppo",
  nl: 'wij|we|ons|onze|het bedrijf|de organisatie',
};
const READER: Record<Listed, string> = {
  en: "you|your|yours|you're|you’re|you've|you’ve|you'll|you’ll|y'all|yourself|yourselves",
  es: 'tú|tu|tus|te|ti|usted|ustedes|vosotros|vuestro|vuestra|os',
  fr: 'vous|votre|vos|tu|ton|ta|tes|toi',
  de: 'du|dich|dir|dein|deine|ihr|euch|euer|eure|sie können|ihnen|ihre kunden',
  pt: 'você|vocês|seu|sua|seus|suas|te|ti',
  it: 'tu|tuo|tua|tuoi|voi|vostro|vostra|vi|ti',
  nl: 'je|jij|jouw|jullie|u|uw',
};
// Organisational news: the organisation's own milestones, results, moves, people and prizes.
const NEWS: Record<Listed, string> = {
  en: 'announce[ds]?|appointed|appointment|named|acquired|acquisition|raised|funding round|series [a-d]|launch(?:ed|es)?|unveil(?:ed|s)?|achieved|reached|surpassed|exceeded|grew|growth|won|awarded|award|awards|recogni[sz]ed|recognition|celebrat(?:es|ed|ing)|anniversary|expanded|expansion|milestone|record|revenue|margin|earnings|headcount|board of directors|the board|chair|chief [a-z]+ officer|ceo|cfo|cto|coo|cmo|vp|vice president|founder|partnership|partner|partnered|agreement|certified|certification|ranked|ranks|shortlisted|finalist|featured in|selected as|official (?:partner|supplier|sponsor)|keynote|will perform|will present|will speak|headquarters|hq|new office|new studio|new home|moved|relocat(?:ed|ing|ion)|opening|officially|now available|now live|is live|released|release|version|changelog|results|trading update|annual report|investors?|maintenance|scheduled|outage|notice|step down|successor|retire[sd]?|joins|joined|welcome to the team|years of|founded in|family-owned|installed|extended|investment|million|billion|closed|closure|will be closed|reopen(?:s|ing)?|re-?opening|opening hours|visiting hours|hours have changed|have changed|has changed|will change|timetable|until further notice|in due course|will follow|remain(?:s)? (?:available|open|closed)|now (?:accepting|open|available|live|taking)|out now|available now|available on all platforms|new website|is live|statement',
  es: 'anuncia|anunciamos|nombrad[oa]|nombramiento|resultados|facturación|ingresos|ejercicio|crecimiento|premio|galardonad[oa]|aniversario|inaugura|inauguración|nueva sede|alianza|acuerdo|lanzamiento|millones|cierre|permanecerán cerradas|informa|cerrad[oa]s?|reapertura|horarios?|obras',
  fr: "annonce|nommé|nomination|résultats|chiffre d’affaires|chiffre d'affaires|croissance|prix|récompensé|anniversaire|inaugure|nouveau siège|partenariat|accord|lancement|millions|communiqué|fermée?s?|réouverture|horaires|travaux|nommée",
  de: 'gibt bekannt|ernannt|ernennung|ergebnisse|umsatz|wachstum|auszeichnung|ausgezeichnet|jubiläum|eröffnet|eröffnung|neuen standort|neuer standort|standort|partnerschaft|vereinbarung|markteinführung|millionen|bezogen|mitteilung|geschäftsführer|vorstand|geschlossen|wiedereröffnung|öffnungszeiten|umbau',
  pt: 'anuncia|anunciamos|nomead[oa]|nomeação|resultados|receita|faturamento|crescimento|prêmio|premiad[oa]|aniversário|inaugura|inauguração|nova sede|parceria|acordo|lançamento|milhões|trimestre|alta de|fechad[oa]s?|reabertura|horários?|obras|diretora?',
  it: 'annuncia|annunciare|annunciamo|nominat[oa]|nomina|risultati|fatturato|crescita|premio|premiat[oa]|anniversario|inaugura|inaugurazione|nuova sede|apertura|partnership|accordo|lancio|milioni|chius[oa]|chiusura|riapertura|orari|lavori',
  nl: 'kondigt aan|maken bekend|bekendmaken|benoemd|benoeming|resultaten|omzet|groei|prijs|onderscheiding|jubileum|opent|opening|nieuwe vestiging|samenwerking|overeenkomst|lancering|miljoen|gesloten|sluiting|heropening|openingstijden|onderhoud',
};

// A service notice ("closed Monday", "new opening hours", "roadworks"): the reader needs it, so on its
// own it only leans towards a bulletin; how it is written (the verdict's model reads that) decides.
const SERVICE_NOTICE =
  /^(?:closed|closure|will be closed|reopen(?:s|ing)?|re-?opening|opening hours|visiting hours|hours have changed|have changed|has changed|will change|timetable|until further notice|remain(?:s)? (?:available|open|closed)|maintenance|scheduled|outage|notice|permanecerán cerradas|cerrad[oa]s?|reapertura|horarios?|obras|fermée?s?|réouverture|horaires|travaux|geschlossen|wiedereröffnung|öffnungszeiten|umbau|fechad[oa]s?|reabertura|horários?|chius[oa]|chiusura|riapertura|orari|lavori|gesloten|sluiting|heropening|openingstijden|onderhoud)$/iu;

// Indexed by first word (see compilePhrases): each list is a phrase alternation per language.
const compile = (table: Record<Listed, string>) =>
  compilePhrases(
    Object.fromEntries(
      Object.entries(table).map(([language, list]) => [language, topLevelAlternatives(list)]),
    ),
  );
const SELF_PATTERN = compile(SELF);
const READER_PATTERN = compile(READER);
const NEWS_PATTERN = compile(NEWS);

/** Stories and tips give the reader something even without a "you" in them. */
const GIFT = new RegExp(
  `${BEFORE}(?:tip|tips|how to|lesson|learned|learnt|mistake|story|recipe|here'?s (?:how|what|why))${AFTER}|(?:thank(?:s| you)|grateful|shout[- ]?out|kudos|congrat(?:s|ulations))(?: (?:to|for|you))?,? (?!(?:the |our |my )?(?:whole )?(?:team|staff|everyone|all))(?:\\uE001|@|[\\p{Lu}])`,
  'u',
);

// Third-person organisation voice: "Pinecrest University ranks…", "Meridian Bank plc – Trading Update".
const THIRD_PERSON = /^(?:the )?(?:[\p{Lu}][\p{L}&'’.-]*\s+){1,5}(?:&\s+[\p{Lu}][\p{L}]*\s+)?/u;

export const rule: Rule = {
  meta: {
    id: 'self-focus',
    category: 'broadcast',
    principle: 'value',
    severity: 'warning',
    shape: 'ratio',
    description:
      'One-way organisation news: milestones, results, moves and appointments with nothing in it for the reader.',
    why:
      'A post that only reports on the organisation gives the reader nothing to do with it except applaud. ' +
      'Bring them in: what does it mean for them, what can they ask, who helped?',
    docs: docsAnchor('self-focus'),
    languages: ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'],
    example: {
      bad: 'We have grown our team to 200 people and opened our new headquarters in Lisbon. Our revenue doubled this year.',
      better:
        'Two hundred of us now, and a new home in Lisbon. If you are in town, come say hi; what should we know about the neighbourhood?',
    },
  },
  check(context) {
    const language = context.language as Listed;
    const { text } = context;
    if (!NEWS_PATTERN.languages.includes(language) || asksSomething(text) || GIFT.test(text)) return;
    if (READER_PATTERN.find(text, language).length > 0) return;
    const self = SELF_PATTERN.find(text, language);
    // A title in quotes ("Scaling Customer Success Without Scaling Headcount") names a talk or a
    // book; its words are not the organisation's news.
    const quoted = quotationMap(text);
    const news = NEWS_PATTERN.find(text, language).filter((match) => quoted[match.start] !== 1);
    const distinctNews = new Set(news.map((match) => match.text.toLowerCase())).size;
    const wordCount = words(text).length;
    const heavySelf = self.length >= 4 && wordCount >= 12;
    if (!heavySelf && distinctNews === 0) return;
    if (!heavySelf && distinctNews === 1 && self.length === 0 && wordCount < 4) return;
    const evidence: Match[] = news.length > 0 ? news : self;
    const first = evidence[0] as Match;
    const opening = THIRD_PERSON.exec(text.trimStart());
    const thirdPerson =
      opening !== null &&
      !/^(?:i|we|our|my)\s/i.test(opening[0]) &&
      news.some((match) => match.start <= opening[0].length + 40);
    // Two or more kinds of news with no reader anywhere is a bulletin; one is a lean towards it.
    // The news is the whole post (short), two kinds of news, or the organisation speaking of itself
    // in the third person: a bulletin. A long post that mentions one piece of news only leans that way.
    const bulletin =
      distinctNews >= 2 ||
      thirdPerson ||
      (heavySelf && distinctNews >= 1) ||
      (distinctNews >= 1 && wordCount <= 25);
    const noticeOnly = news.length > 0 && news.every((match) => SERVICE_NOTICE.test(match.text));
    const severity = bulletin && !(noticeOnly && !heavySelf) ? 'error' : 'warning';
    context.report({
      start: first.start,
      end: first.end,
      message:
        news.length > 0
          ? 'The post reports on the organisation and leaves the reader nothing to say or do.'
          : `"We" and "our" ${self.length} times, "you" not once: the post is all about the sender.`,
      suggestion: 'Say what it means for the reader, credit the people involved, or ask them something.',
      severity,
    });
  },
};
