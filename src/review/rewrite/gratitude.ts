/**
 * A word of thanks for a milestone told as a boast. Once the hype and the pride are gone, a post of
 * figures ("Revenue up 212%, 38 new clients onboarded") still speaks only of its sender: raters left
 * such versions unsent, "a bare stats brag with no thanks to anyone". What an editor adds is one
 * plain line of thanks to the people the post itself names (its team, its clients, its members),
 * naming no one the draft did not and claiming nothing. A draft that already thanks someone, or names
 * no one to thank, gets none.
 */
import type { Language } from '../types';
import { badForTheReader, writtenByOnePerson } from './regret';

type Covered = Exclude<Language, 'other'>;

// The people a milestone's post names, and how its language thanks them. Thanks that name them read as
// written for this post; raters marked a line that names no one ("Thank you to everyone who made this
// possible") as stock, bolted on. A post that names no one gets none.
const THANKED: Record<Covered, ReadonlyArray<readonly [RegExp, string]>> = {
  en: [
    [
      /\b(team|staff|crew|customers|clients|guests|patients|members|listeners|readers|viewers|players|students|volunteers|donors|supporters|community|fans|followers|subscribers|users|riders|parents|colleagues)\b/iu,
      'Thank you to OUR $1.',
    ],
  ],
  es: [
    [/(?<![\p{L}])(equipo)(?![\p{L}])/iu, 'Gracias a nuestro $1.'],
    [
      /(?<![\p{L}])(clientes|socios|voluntarios|seguidores|alumnos|pacientes)(?![\p{L}])/iu,
      'Gracias a nuestros $1.',
    ],
  ],
  fr: [
    [/(?<![\p{L}])(équipe)(?![\p{L}])/iu, 'Merci à notre $1.'],
    [
      /(?<![\p{L}])(clients|collaborateurs|bénévoles|membres|abonnés|élèves|patients)(?![\p{L}])/iu,
      'Merci à nos $1.',
    ],
  ],
  de: [
    [/(?<![\p{L}])(?:Team|Mitarbeiter\p{L}*|Belegschaft)(?![\p{L}])/u, 'Danke an unser Team.'],
    [/(?<![\p{L}])Kund(?:en|innen)(?![\p{L}])/u, 'Danke an unsere Kundinnen und Kunden.'],
    [/(?<![\p{L}])(Mitglieder|Fans|Gäste)(?![\p{L}])/u, 'Danke an unsere $1.'],
  ],
  pt: [
    [/(?<![\p{L}])(equipa|equipe)(?![\p{L}])/iu, 'Obrigado à nossa $1.'],
    [
      /(?<![\p{L}])(clientes|voluntários|seguidores|alunos|pacientes|sócios)(?![\p{L}])/iu,
      'Obrigado aos nossos $1.',
    ],
  ],
  it: [
    [/(?<![\p{L}])(squadra)(?![\p{L}])/iu, 'Grazie alla nostra $1.'],
    [/(?<![\p{L}])(team)(?![\p{L}])/iu, 'Grazie al nostro $1.'],
    [
      /(?<![\p{L}])(clienti|volontari|collaboratori|soci|follower|studenti|pazienti)(?![\p{L}])/iu,
      'Grazie ai nostri $1.',
    ],
  ],
  nl: [
    [/(?<![\p{L}])(team)(?![\p{L}])/iu, 'Dank aan ons $1.'],
    [
      /(?<![\p{L}])(klanten|medewerkers|vrijwilligers|leden|volgers|leerlingen|patiënten)(?![\p{L}])/iu,
      'Dank aan onze $1.',
    ],
  ],
};

/** Thanks to the people the draft names first, in its language, or null where it names none. */
function thanksToWhomItNames(draft: string, language: Covered): string | null {
  let best: { at: number; said: string } | null = null;
  for (const [people, words] of THANKED[language]) {
    const found = people.exec(draft);
    if (!found || (best && best.at <= found.index)) continue;
    const who = (found[1] ?? found[0]).toLocaleLowerCase(language);
    best = { at: found.index, said: words.replace('$1', language === 'de' ? (found[1] ?? '') : who) };
  }
  if (!best) return null;
  // "I've been named…": one person thanks their team; a business, its.
  return best.said.replace('OUR', writtenByOnePerson(draft) ? 'my' : 'our');
}

// Thanks already said, in any of the languages the rewriter writes.
const THANKS_SAID =
  /(?<![\p{L}])(?:(?:couldn['’]t|could not) have done it without|(?:would(?:n['’]t| not)?|none of (?:this|it) would) be possible without|(?:none of (?:this|it) )?(?:happens|happened|would happen) without|(?:proud of|credit to) (?:everyone|every one|all of you)|shout-?outs? to|proud of (?:the|our|my) team|trots op (?:het|ons|mijn) team|stolz auf (?:das|unser|mein) team|fiers? de (?:notre |l['’]|mon )équipe|orgullos[oa]s? de (?:nuestro|el|mi) equipo|orgulhos[oa]s? d[ao] (?:nossa |minha )?equipa|orgoglios[oi] (?:del|della nostra|della mia) (?:team|squadra)|thank|thanks|thx|grateful|gratitude|gracias|agradec\p{L}*|merci|remerci\p{L}*|danke|dank|dankbar|dankesch\p{L}*|bedank\p{L}*|dankjewel|obrigad[oa]s?|agradeç\p{L}*|grazie|ringrazi\p{L}*|bedankt)(?![\p{L}])/iu;

// Won or grown: an award, a ranking, figures of growth.
const WON_OR_GREW =
  /\b(?:award(?:s|ed)?|winners?|won|voted|ranked|shortlisted|finalists?|#1|number one|downloads|followers|subscribers|revenue|ARR|turnover|grew|grown|tripled|doubled|surpassed|crossed)\b|(?<![\p{L}])(?:premio|premiad[oa]s?|galardonad[oa]s?|prix|récompensée?s?|preis|ausgezeichnet|prémio|premiat[oa]|prijs|bekroond|seguidores|follower|abonnés|volgers|umsatz|faturamento|fatturato|omzet|facturación)(?![\p{L}])/iu;
// "Named to the TechFront list", "named a 'Rising Star'": an honour, but not a warning that someone
// "will be named in the Friday all-hands".
const NAMED_AN_HONOUR =
  /(?<!\b(?:will|would|could|may|might|shall|to) be )\bnamed (?:one of |among )?(?:the |a |an |as )?\S/iu;
// Someone else's doing (an appointment, a partner, an investor, a purchase, a colleague's honour) or a
// vacancy, where the sender's thanks would read as taking the credit, or thanking no one yet.
const SOMEONE_ELSES_NEWS =
  /\b(?:appoint(?:ed|s|ment)|joins|joined|welcome|partner(?:ship|ing|ed)?|investor|invest(?:ment|ed)|acquisition|acquired|merger|raised|funding|round|congratulat\w*|congrats|seeking|hiring|vacanc\w*|looking for|join (?:our|the) team|our (?:CEO|founder|co-?founder|chair|head|director|colleague|chef|manager|student|pupil|member|volunteer)s?\b)/iu;
// The findings of a pitch: a milestone's figures that sell ("recovered £40 million for customers like
// you. Reply CLAIM") are the pitch's, and thanks would close a sales text.
const PITCH_RULES = new Set([
  'hard-call-to-action',
  'offer-terms',
  'prize-claim',
  'discount-push',
  'urgency-scarcity',
  'pitch-question',
  'engagement-bait',
  'social-proof',
]);

// Something on offer beside the news: a sale, a free talk, a masterclass. Thanks would close a pitch.
const ON_OFFER =
  /\bfree\b|\b\d+\s?% off\b|\b\d+ for [£$€]\d|\bcode\b|\b(?:masterclass|webinar|sale|discount)\b|(?<![\p{L}])(?:gratuit\p{L}*|gratis|kostenlos|grátis|soldes|promo|réduction|rabatt|sconto|korting|descuento|desconto|imbattables?)(?![\p{L}])/iu;

/**
 * The thanks a milestone closes on, or null: where the draft thanks someone already, asks its reader
 * something, is not about something won or grown, is someone else's news, sells, or names no one.
 */
export function thanksFor(draft: string, language: Language, rules: readonly string[]): string | null {
  // A draft that asks its reader something already invites them in; thanks after it would trail.
  if (language === 'other' || THANKS_SAID.test(draft) || draft.includes('?')) return null;
  if (!(WON_OR_GREW.test(draft) || NAMED_AN_HONOUR.test(draft))) return null;
  if (SOMEONE_ELSES_NEWS.test(draft) || badForTheReader(draft)) return null;
  if (rules.some((rule) => PITCH_RULES.has(rule)) || ON_OFFER.test(draft)) return null;
  return thanksToWhomItNames(draft, language);
}
