import type { Language } from '../types';
import { DOMAIN } from './domain';

/**
 * Sentences in which the sender reproaches the reader: their own exasperation ("We are tired of patients
 * wasting our clinicians' time.", "I shouldn't have to send a fourth."), blame foretold ("…and you'll only
 * have yourselves to blame"), scorn for any other choice ("You'd be mad to go anywhere else."), disbelief of
 * what a customer said ("We find it hard to believe your claims about the room."), a lesson on their
 * mistake ("Next time maybe double-check your address") and the reader told they are watched ("We know who
 * some of you are."). Blind raters marked every version that kept one "still hostile", however calm the
 * rest had become; a notice keeps its news, dates and rules without them.
 *
 * Read by shape in the seven covered languages: who is fed up (the sender, in the present: "We were
 * tired of spreadsheets, so we built…" is a founder's story) and with what (a chore of chasing and
 * reminding, or the people it is about); who will be to blame (the reader); what would be mad (a
 * choice). A sentence that carries a figure, a link or a handle is no such sentence: what it tells
 * stays, and only a reproach riding at its end goes (`withoutReproachTail`).
 */

// What a sender is tired of: a chore (any "-ing": chasing, reminding, deleting), or the readers themselves.
const CHORE_EN = String.raw`(?:(?:having to|being|constantly|always|repeatedly|still) )*\p{L}+ing`;
const READERS_EN = String.raw`(?:(?:the same|all the|these|those|your|people['’]s|certain|some|a few|lazy|rude|selfish|inconsiderate) )*(?:excuses|people|patients|customers|clients|parents|families|members|guests|residents|tenants|students|drivers|owners|visitors|users|players|staff|volunteers|neighbours|neighbors|you(?: all| lot)?|everyone|complaints|no-?shows|time-?wasters|rudeness|abuse|mess|litter|late (?:payments?|arrivals?)|bad reviews|the same)`;
const FED_UP_EN = String.raw`(?:we|I)(?:['’]re| are|['’]m| am|['’]ve been| have been|['’]re getting| are getting|['’]m getting| am getting| feel)? (?:(?:really|so|very|quite|frankly|honestly|absolutely|completely|totally|pretty|thoroughly|genuinely|all|now|increasingly|utterly) )*(?:sick and tired|sick|tired|fed up|fed-up|weary|done) (?:(?:of|with) (?:${CHORE_EN}|${READERS_EN})|${CHORE_EN})\b(?![^.!?]*(?:,? so (?:we|I)\b|that['’]s why|which is why|you(?:['’]re| are) too|so are you|like (?:many of )?you\b|with you\b))`;
const HAD_ENOUGH_EN = String.raw`(?:we|I)(?:['’]ve| have) (?:(?:really|frankly|honestly|all|now|just) )*had (?:quite )?enough(?: of (?:${CHORE_EN}|${READERS_EN}))?\b|enough is enough`;
const SHOULD_NOT_HAVE_TO_EN = String.raw`(?:we|I) (?:really |honestly )?(?:shouldn['’]t|should not) (?:(?:have|need) to|be having to)\b`;
const BLAME_EN = String.raw`(?:then,? )?(?:(?:if|when|once) [^,.!?]{2,60},? )?(?:(?:then|and),? )?you(?:['’]ll| will|['’]ve| have)? (?:only )?(?:have|got) (?:only )?yoursel(?:f|ves) to blame\b|(?:the )?blame (?:will )?(?:lies?|rests?|sits?) (?:squarely |entirely )?with you\b`;
const SCORN_EN = String.raw`(?:if [^.!?]{2,80},\s*)?you(?:['’]d| would) be (?:(?:absolutely|completely|totally|a bit|quite|just) )?(?:mad|crazy|insane|nuts|bonkers|daft|foolish|silly|stupid)(?: not to)?(?=[.!]*$)|(?:you(?:['’]d| would)(?: have to)?|anyone would|you(?:['’]re| are)) be (?:(?:absolutely|completely|totally|a bit|quite|just) )?(?:mad|crazy|insane|nuts|bonkers|daft|foolish|silly|stupid|an idiot|a fool|out of your mind|off your head) (?:not )?to\b|why (?:would|on earth would) (?:you|anyone) (?:go|look|shop|book|buy|bank|switch|use|choose|settle for) (?:anywhere|anyone|anything) else\b`;
const DISBELIEF_EN = String.raw`(?:we|I) (?:find|found) (?:it |this |that |your [\p{L}]+ )?(?:(?:very|rather|quite|extremely|somewhat|genuinely|frankly|honestly|simply) )*(?:hard to believe|difficult to believe|baffling|astonishing|unbelievable|ridiculous|beyond belief)\b|(?:we|I) (?:do not|don['’]t|cannot|can['’]t) (?:accept|believe) your (?:claims?|account|story|version|allegations?)\b|(?:perhaps|maybe) [^.!?]{2,60}? (?:would|might|will) (?:have )?(?:better |more )?(?:suit(?:ed)?|be (?:better |more )?suited to|match(?:ed)?) your (?:expectations|budget|needs|standards|taste)\b`;
// "Next time maybe double-check your address before ordering?", "In future, please read the terms.":
// a lesson on the reader's mistake. "Please stop shouting at our staff.": the reader told off for it.
const LECTURE_EN = String.raw`(?:(?:maybe|perhaps),? )?(?:next time|in (?:the )?future),? (?:(?:maybe|perhaps|please|just|kindly|try (?:to|and)|you (?:might|may|could|should|(?:might|may) want to)) )*(?:double-check|check|read|re-?read|pay (?:more )?attention|look (?:more )?(?:carefully|closely)|listen|make sure|be (?:more )?careful)\b|(?:please )?stop (?:shouting|yelling|swearing|being rude|taking it out) (?:at|to|on) (?:our|the|my)\b`;
// "We know who some of you are.": the reader told they are watched.
const WATCHED_EN = String.raw`(?:we|I) know (?:exactly )?who (?:some of )?(?:you|you all|the culprits|the people responsible) are\b`;

const WHOLE: Partial<Record<Language, string>> = {
  en: [
    FED_UP_EN,
    HAD_ENOUGH_EN,
    SHOULD_NOT_HAVE_TO_EN,
    BLAME_EN,
    SCORN_EN,
    DISBELIEF_EN,
    WATCHED_EN,
    LECTURE_EN,
  ].join('|'),
  de: String.raw`(?:wir|ich) (?:haben|habe|sind|bin) es (?:(?:wirklich|langsam|echt|ehrlich gesagt|so|einfach) )*(?:satt|leid)\b|(?:wir|ich) (?:haben|habe) (?:(?:wirklich|langsam|echt|endgültig) )*(?:die nase voll|genug) (?:von|davon)\b|(?:dann,? )?(?:seid ihr|sind sie|bist du) (?:dann )?(?:selbst|selber) schuld\b|(?:du wärst|sie wären|ihr wärt|man wäre) (?:ja |doch )?(?:verrückt|dumm|wahnsinnig|blöd)\b|(?:wir|ich) (?:können|kann) (?:ihre|deine|eure) (?:angaben|darstellung|schilderung|behauptungen?) (?:kaum|nicht) (?:glauben|nachvollziehen)\b`,
  fr: String.raw`(?:on en a|nous en avons|j['’]en ai) (?:(?:vraiment|franchement|plus qu['’]|tout simplement) )*(?:marre|assez|ras le bol)\b|(?:nous sommes|je suis) (?:(?:vraiment|franchement) )*(?:fatiguée?s?|lassée?s?) de (?:devoir|courir|relancer|rappeler|répéter|nettoyer)\b|(?:alors,? )?(?:vous ne pourrez vous en prendre qu['’]à vous-mêmes?|vous n['’]aurez que vous-mêmes? à blâmer|tu ne pourras t['’]en prendre qu['’]à toi-même)\b|(?:il faudrait|il faut|faut) être fou pour\b|(?:vous seriez|tu serais) (?:bien )?(?:fou|fous|folle|folles) de\b|(?:nous avons|j['’]ai) du mal à croire\b`,
  es: String.raw`(?:ya )?(?:estamos|estoy) (?:(?:ya|muy|realmente|bastante|francamente) )*(?:hart[oa]s?|cansad[oa]s?|hasta las narices|hasta el gorro) de\b|(?:así que,? )?(?:(?:solo|sólo) )?(?:tendrás|tendréis|tendrá|tendrán) que culpar(?:te|os|se)? a (?:ti|vosotros|vosotras|usted|ustedes) mism[oa]s?\b|la culpa (?:será|es|va a ser) (?:tuya|vuestra|suya|de ustedes)\b|(?:serías|sería|estarías|estaría|seríais|estaríais) (?:un |una )?(?:loc[oa]s?|tont[oa]s?) (?:si|de|al)\b|(?:nos|me) cuesta (?:mucho )?creer\b`,
  it: String.raw`(?:siamo|sono) (?:(?:davvero|proprio|ormai|veramente) )*(?:stuf[oaie]|stanch[oaie]|stanco|stanca) di\b|(?:ne )?(?:abbiamo|ho) (?:le scatole piene|abbastanza) di\b|(?:poi,? )?(?:la colpa sarà|sarà colpa) (?:solo )?(?:vostra|tua|sua)\b|(?:potrete|potrai|potrà) prendervela solo con (?:voi stessi|te stesso|te stessa|sé stesso)\b|(?:saresti|sareste|sarebbe) (?:davvero )?(?:pazz[oaie]|matt[oaie]) ad?\b|(?:facciamo|faccio) fatica a credere\b`,
  pt: String.raw`(?:já )?(?:estamos|estou) (?:(?:mesmo|realmente|já|muito) )*(?:fart[oa]s?|cansad[oa]s?|saturad[oa]s?) de\b|(?:então,? )?a culpa (?:será|é|vai ser) (?:só |apenas )?(?:sua|vossa|tua|de vocês)\b|(?:seria loucura|(?:você|tu) seria[s]? louc[oa]|vocês seriam louc[oa]s)\b|(?:temos|tenho) dificuldade em acreditar\b`,
  nl: String.raw`(?:we|wij|ik) (?:zijn|ben) (?:het )?(?:(?:echt|meer dan|helemaal|zo|eerlijk gezegd|nu) )*(?:zat|beu|spuugzat)\b|(?:dan,? )?(?:heb je|hebben jullie|heeft u) het (?:(?:dan )?(?:maar )?)?aan (?:jezelf|uzelf|jullie zelf|jullie zelve) te danken\b|(?:je|u|jullie) (?:bent|zou|zouden|zijn) (?:wel )?gek (?:als|om|zijn om)\b|(?:we|wij|ik) (?:kunnen|kan) (?:uw|je|jouw) (?:verhaal|verklaring|bewering(?:en)?) (?:moeilijk|nauwelijks) geloven\b`,
};

// To the sentence's end, but not past an emoji that stands where a full stop should.
const REST = String.raw`[^.!?\n\p{Extended_Pictographic}]*[.!?…]*`;
// "Mal ehrlich:", "Diciamocelo:", "Frankly,", "And": candour announced, or a conjunction joining the
// sentence to the one before, ahead of any of them, in any of the languages.
const CANDOUR = String.raw`(?:(?:frankly|honestly|seriously|really|quite frankly|to be honest|to be frank|let['’]s be honest|sorry,? but|and|but|so|sinceramente|francamente|onestamente|diciamocelo|diciamolo|detto tra noi|franchement|honnêtement|ehrlich gesagt|ganz ehrlich|mal ehrlich|seien wir ehrlich|eerlijk gezegd|la verdad|sejamos honestos|und|aber|dann|et|mais|y|pero|e|ma|mas|en|maar)[,:]?\s+)*`;
const REPROACH = Object.fromEntries(
  Object.entries(WHOLE).map(([language, shape]) => [
    language,
    new RegExp(`^${CANDOUR}(?:${shape})${REST}$`, 'iu'),
  ]),
) as Partial<Record<Language, RegExp>>;

// What a sentence tells the reader, which no reproach takes with it: a figure, a link, a handle.
const TELLS = /\d|https?:\/\/|www\.|@[\p{L}\p{N}_]/iu;

/** Whether a whole sentence only reproaches the reader (and tells them nothing they need). */
export function reproachesTheReader(sentence: string, language: Language): boolean {
  const said = sentence.replace(/(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))+$/u, '').trim();
  return !TELLS.test(said) && !DOMAIN.test(said) && REPROACH[language]?.test(said) === true;
}

// The same reproach riding after what a sentence tells: "…the association will fold, and you'll only have
// yourselves to blame", "This is the third reminder and I shouldn't have to send a fourth." The telling
// stays.
const TAILS: Partial<Record<Language, string>> = {
  en: String.raw`,?\s+(?:and|so|but)\s+(?:(?:then|honestly|frankly),?\s+)?(?:you(?:['’]ll| will)? (?:only )?(?:have|got) (?:only )?yoursel(?:f|ves) to blame|(?:we|I) (?:really |honestly )?(?:shouldn['’]t|should not) (?:have|need) to|(?:we|I)(?:['’]re| are|['’]m| am) (?:(?:really|so|frankly|honestly|absolutely|completely|totally) )*(?:(?:sick and tired|sick|tired|fed up) of|done \p{L}+ing))\b[^.!?\n\p{Extended_Pictographic}]*`,
  de: String.raw`,?\s+(?:und\s+)?(?:dann\s+)?(?:seid ihr|sind Sie|bist du) (?:dann )?(?:selbst|selber) schuld\b[^.!?\n\p{Extended_Pictographic}]*`,
  fr: String.raw`,?\s+(?:et|alors)\s+(?:vous ne pourrez vous en prendre qu['’]à vous-mêmes?|vous n['’]aurez que vous-mêmes? à blâmer|tu ne pourras t['’]en prendre qu['’]à toi-même)\b[^.!?\n\p{Extended_Pictographic}]*`,
  es: String.raw`,?\s+(?:y|así que)\s+(?:(?:solo|sólo) )?(?:tendrás|tendréis|tendrá|tendrán) que culpar(?:te|os|se)? a (?:ti|vosotros|vosotras|usted|ustedes) mism[oa]s?\b[^.!?\n\p{Extended_Pictographic}]*|,?\s+y la culpa (?:será|es|va a ser) (?:tuya|vuestra|suya|de ustedes)\b[^.!?\n\p{Extended_Pictographic}]*`,
  it: String.raw`,?\s+e (?:la colpa sarà|sarà colpa) (?:solo )?(?:vostra|tua|sua)\b[^.!?\n\p{Extended_Pictographic}]*`,
  pt: String.raw`,?\s+e a culpa (?:será|é|vai ser) (?:só |apenas )?(?:sua|vossa|tua|de vocês)\b[^.!?\n\p{Extended_Pictographic}]*`,
  nl: String.raw`,?\s+(?:en\s+)?(?:dan\s+)?(?:heb je|hebben jullie|heeft u) het (?:maar )?aan (?:jezelf|uzelf|jullie zelf) te danken\b[^.!?\n\p{Extended_Pictographic}]*`,
};
const TAIL = Object.fromEntries(
  Object.entries(TAILS).map(([language, shape]) => [language, new RegExp(shape, 'giu')]),
) as Partial<Record<Language, RegExp>>;

/** A sentence without a reproach riding at its end, or the sentence as it was. */
export function withoutReproachTail(sentence: string, language: Language): string {
  const tail = TAIL[language];
  return tail ? sentence.replace(tail, '') : sentence;
}
