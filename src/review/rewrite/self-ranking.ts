import type { Language } from '../types';

/**
 * The sender ranking itself first with nothing a reader could check: "We are the #1 estate agent in
 * the area, and our sellers get the best prices, full stop.", "Our coaches are simply the best in
 * Yorkshire.", "We're the #1 rated gym in Stockport for a reason.", "¡Somos los número 1!". Blind
 * raters left versions that kept such a line unsent ("still all self-praise", "the 'número 1' bragging
 * stays") however calm the rest was. Read by shape, not by phrase: who speaks (we, our something), a
 * ranking word (best, #1, number one, most trusted…), and at most a scope ("in the area", "in Leeds") and a
 * stamp ("full stop", "for a reason"). Evidence keeps a sentence: a figure, a link, a handle, or someone
 * else's verdict ("voted", "named", "rated by", "according to") is news, and is no such sentence.
 */

// Where the ranking came from someone else, or carries a figure: an award, a poll, a review score.
const EVIDENCE =
  /\d(?<!#1|#\s1|no\.? ?1|nr\.? ?1|n[º°.]? ?1|(?:número|numero|nummer|numéro) 1)(?!\d)|https?:|www\.|@\w|\b(?:voted|named|awarded|crowned|ranked by|rated by|according to|won|winners?|shortlisted|finalists?|survey|poll|reviews?|on (?:tripadvisor|google|trustpilot|yelp|checkatrade|feefo|facebook|treatwell|opentable|rightmove|zoopla))\b|(?<![\p{L}])(?:votad[oa]s?|premiad[oa]s?|elegid[oa]s?|nommée?s?|élue?s?|primée?s?|gewählt|ausgezeichnet|prämiert|eletto|eletta|premiato|premiata|gekozen|bekroond|verkozen|eleit[oa]s?)(?![\p{L}])/iu;

// "Honestly, …", "Let's be honest: …": a lead-in that only sets the boast up.
const LEAD_IN_EN = String.raw`(?:(?:honestly|frankly|let['’]s be honest|quite simply|simply put|no doubt|without (?:a )?doubt|hands down|officially|and|so|yes)[,:—–]?\s+)*`;
// Who ranks: the sender, or something of theirs. Not "it's" or "this is", which rank a day or a moment
// ("It's the best time of year to visit"), nor another's name ("Sheffield is the best city…"), nor the
// people the sender is fond of ("Our volunteers are the best."): that is thanks, and stays.
const FOND_OF = String.raw`(?:team|teams|volunteers|staff|crew|members|customers|clients|community|parents|kids|children|students|pupils|families|supporters|followers|neighbou?rs|colleagues|people|folks|regulars|guests|patients|readers|fans|donors|mums|moms|dads|friends|family|residents|players|squad|villagers)`;
const SENDER_EN = String.raw`(?:we['’]re|we are|we['’]ve (?:always |now )?been|we remain|we['’]ll always be|(?:our|my) (?:[\p{L}'’-]+ ){0,2}(?!${FOND_OF} )[\p{L}'’-]+ (?:is|are|remains?|have always been))`;
const ADVERBS_EN = String.raw`(?:(?:simply|officially|quite simply|honestly|just|still|now|easily|by far|without (?:a )?doubt|truly|really|literally|undoubtedly|proudly|clearly|definitely|probably|arguably|genuinely|hands down|once again|always|the) )*`;
// The ranking: best, #1, the leader; "the most trusted", "the city's #1".
const RANK_EN = String.raw`(?:(?:\p{Lu}[\p{L}'’-]*['’]s? |(?:city|town|region|country|world|area|UK|industry|market)['’]s )?(?:best|finest|greatest|#\s?1|number one|no\.? ?1|undisputed|unrivalled|unrivaled|unbeatable|most (?!of\b)[\p{L}-]+)(?:[ -](?:rated|ranked|reviewed|choice))?)`;
// What the sender is said to be the best of, and where: "estate agent in the area", "in Leeds".
// Not "the best way to…", "the best of…", "at our best" or wishes.
// Nor "the most excited we've been": a feeling ranked against the sender's own past.
const RANKED_AS_EN = String.raw`(?:(?! *(?:way|time|thing|part|of|wishes|regards|luck|bit|place to|days?|moment|feeling|version of|chance|shot|option for you)\b)(?: (?!(?:we|we['’]\w+|I|I['’]\w+|you|you['’]\w+|they|they['’]\w+|ever|yet)\b)[\p{L}'’&-]+){0,4})`;
const SCOPE_EN = String.raw`(?: (?:in|on|across|around|of) (?:the |this |our |town|all of )?[\p{L}'’ -]{2,30}?)?`;
// What stamps it, or a second boast tied to it: "full stop", "for a reason", "and we know it",
// "and honestly probably the UK", "and our sellers get the best prices".
const STAMP_EN = String.raw`(?:,? (?:full stop|period|no contest|bar none|hands down|for a reason|end of story|fact|and (?:we|everyone|you all) know it|and (?:we['’]re|we are) not (?:sorry|ashamed|afraid) (?:to say|of saying|for saying) (?:it|so)|and (?:(?:honestly|probably|possibly|maybe|arguably|perhaps) )*(?:the |in the )?[\p{L}'’ -]{1,25}|and (?:our|my) [\p{L}'’ -]{2,60}))*`;
const EMOJI = String.raw`(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*`;

const SELF_RANKING_EN = new RegExp(
  String.raw`^(?:${LEAD_IN_EN}${SENDER_EN} ${ADVERBS_EN}${RANK_EN}${RANKED_AS_EN}${SCOPE_EN}${STAMP_EN})[.!…]*${EMOJI}$`,
  'iu',
);

// "Somos los número 1", "Siamo i migliori in città", "Wir sind die Nummer 1 in Franken", "On est les
// meilleurs, point.", "Somos os melhores do Porto", "Wij zijn de beste bakker van Utrecht": the same
// sentence in the other covered languages, with its place and stamp at most.
const STAMP_OTHER = String.raw`(?:,? (?:punto|punt|punkt|ponto|point(?: final| barre)?|sin discusión|senza discussioni|sem discussão|ohne diskussion|zonder discussie|y punto|e basta|und das seit jahren|y lo sabéis|e lo sapete))?`;
const SELF_RANKING_OTHER: Partial<Record<Language, RegExp>> = {
  es: new RegExp(
    String.raw`^¡?(?:(?:simplemente|sin duda|de verdad|y)[,]? )*somos (?:(?:simplemente|sin duda|claramente) )?(?:los|las|el|la) (?:[\p{L}'’-]+ ){0,3}(?:mejor(?:es)?|número (?:1|uno)|n\.?º ?1|líderes|lídere?s?)(?: [\p{L}'’-]+){0,4}${STAMP_OTHER}[.!…]*${EMOJI}$`,
    'iu',
  ),
  it: new RegExp(
    String.raw`^(?:(?:semplicemente|onestamente|e)[,]? )*siamo (?:(?:semplicemente|davvero|sicuramente|ancora) )?(?:i|il|le|la) (?:[\p{L}'’-]+ ){0,3}(?:migliori|numer[oi] (?:1|uno)|n\.? ?1|n° ?1|leader)(?: [\p{L}'’-]+){0,4}${STAMP_OTHER}[.!…]*${EMOJI}$`,
    'iu',
  ),
  de: new RegExp(
    String.raw`^(?:(?:ehrlich gesagt|ganz einfach|und)[,]? )*wir sind (?:(?:einfach|ganz einfach|klar|eindeutig|immer noch|nun mal) )*(?:die|der|das) (?:[\p{L}'’-]+ ){0,3}(?:besten?|nummer (?:1|eins)|nr\.? ?1|(?:unangefochtene |unbestrittene |klare )?marktführer)(?: [\p{L}'’-]+){0,4}${STAMP_OTHER}[.!…]*${EMOJI}$`,
    'iu',
  ),
  fr: new RegExp(
    String.raw`^(?:(?:honnêtement|franchement|tout simplement|et)[,]? )*(?:nous sommes|on est) (?:(?:tout simplement|clairement|vraiment|toujours) )?(?:les|le|la) (?:[\p{L}'’-]+ ){0,3}(?:meilleure?s?|numéro (?:1|un)|n° ?1|leaders?)(?: [\p{L}'’-]+){0,4}${STAMP_OTHER}[.!…]*${EMOJI}$`,
    'iu',
  ),
  pt: new RegExp(
    String.raw`^(?:(?:simplesmente|sem dúvida|e)[,]? )*somos (?:(?:simplesmente|claramente|sem dúvida) )?(?:os|as|o|a) (?:[\p{L}'’-]+ ){0,3}(?:melhores|melhor|número (?:1|um)|n\.?º ?1|líderes)(?: [\p{L}'’-]+){0,4}${STAMP_OTHER}[.!…]*${EMOJI}$`,
    'iu',
  ),
  nl: new RegExp(
    String.raw`^(?:(?:eerlijk gezegd|gewoon|en)[,]? )*(?:we|wij) zijn (?:(?:gewoon|echt|simpelweg|nog steeds) )?(?:de|dé|het) (?:[\p{L}'’-]+ ){0,3}(?:(?:aller)?beste|nummer (?:1|één)|nr\.? ?1|marktleider)(?: [\p{L}'’-]+){0,4}${STAMP_OTHER}[.!…]*${EMOJI}$`,
    'iu',
  ),
};

/** Whether a whole sentence only ranks its sender first, with nothing a reader could check. */
export function ranksItselfFirst(sentence: string, language: Language): boolean {
  const said = sentence.trim();
  if (language === 'other' || EVIDENCE.test(said)) return false;
  const shape = language === 'en' ? SELF_RANKING_EN : SELF_RANKING_OTHER[language];
  return shape?.test(said) === true;
}
