/**
 * A word of thanks for a milestone told as a boast. Once the hype and the pride are gone, a post of
 * figures ("Revenue up 212%, 38 new clients onboarded") still speaks only of its sender: raters left
 * such versions unsent, "a bare stats brag with no thanks to anyone". What an editor adds is one
 * plain line of thanks to the people who made the news possible, naming no one the draft did not
 * and claiming nothing. A draft that already thanks someone gets none.
 */
import type { Language } from '../types';

type Covered = Exclude<Language, 'other'>;

const THANKS: Record<Covered, string> = {
  en: 'Thank you to everyone who made this possible.',
  es: 'Gracias a todas las personas que lo han hecho posible.',
  fr: 'Merci à toutes celles et ceux qui ont rendu cela possible.',
  de: 'Danke an alle, die das möglich gemacht haben.',
  pt: 'Um obrigado a todos os que tornaram isto possível.',
  it: "Grazie a tutti quelli che l'hanno reso possibile.",
  nl: 'Dank aan iedereen die dit mogelijk heeft gemaakt.',
};

// Thanks already said, in any of the languages the rewriter writes.
const THANKS_SAID =
  /(?<![\p{L}])(?:(?:couldn['’]t|could not) have done it without|(?:would(?:n['’]t| not)?|none of (?:this|it) would) be possible without|(?:proud of|credit to|shout-?out to) (?:everyone|every one|all of you)|thank|thanks|thx|grateful|gratitude|gracias|agradec\p{L}*|merci|remerci\p{L}*|danke|dank|dankbar|dankesch\p{L}*|bedank\p{L}*|dankjewel|obrigad[oa]s?|agradeç\p{L}*|grazie|ringrazi\p{L}*|bedankt)(?![\p{L}])/iu;

// Won or grown: an award, a ranking, figures of growth. Not news of someone else's doing (an
// appointment, a partner, an investor, a purchase), where thanks for "making this possible" reads
// as if the sender took the credit.
const WON_OR_GREW =
  /\b(?:award(?:s|ed)?|winners?|won|voted|ranked|shortlisted|finalists?|#1|number one|downloads|followers|subscribers|revenue|ARR|turnover|grew|grown|tripled|doubled|surpassed|crossed)\b|\bnamed (?:the |a |an |as )?(?:\p{Lu}|best|top)|(?<![\p{L}])(?:premio|premiad[oa]s?|galardonad[oa]s?|prix|récompensée?s?|preis|ausgezeichnet|prémio|premiat[oa]|prijs|bekroond|seguidores|follower|abonnés|volgers|umsatz|faturamento|fatturato|omzet|facturación)(?![\p{L}])/iu;
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
 * The thanks a milestone closes on, or null: where the draft thanks someone already, is not about
 * something won or grown, is someone else's news, or sells.
 */
export function thanksFor(draft: string, language: Language, rules: readonly string[]): string | null {
  // A draft that asks its reader something already invites them in; thanks after it would trail.
  if (language === 'other' || THANKS_SAID.test(draft) || draft.includes('?')) return null;
  if (!WON_OR_GREW.test(draft) || SOMEONE_ELSES_NEWS.test(draft)) return null;
  if (rules.some((rule) => PITCH_RULES.has(rule)) || ON_OFFER.test(draft)) return null;
  return THANKS[language];
}
