import type { Language } from '../types';
import { ranksItselfFirst } from './self-ranking';

/**
 * Sentences that sort the reader, or warn them of what waiting costs, with nothing to act on: "Real
 * Vipers fans already own the 2025 jersey.", "Don't come crying to us in January.", "Couples who 'wait
 * and see' end up with whoever's left.", "Quem deixar pra depois vai se arrepender." Blind raters
 * marked each of these "still a guilt trip" in versions that kept them. They are read by shape (who is
 * sorted, who waits, what they are told not to come back with), in the seven covered languages; the
 * figure or date a taunt quotes ("in January") is the taunt's, and goes with it.
 */

// To the sentence's end, but not past an emoji that may stand where a full stop should ("Non venite a
// piangere dopo 😉 Correte in negozio, Via Garibaldi 21"): the sentence after it is not the taunt's.
const END = String.raw`[^.!?\n\p{Extended_Pictographic}]*[.!?…]*`;
// Readers sorted into real and fake: "Real supporters show up.", "Echte Fans lassen ihren Verein nicht im
// Stich!", "Los verdaderos fans ya tienen mi libro". Held to what such fans are said to do, so that "Real
// fans of the show will know the voice" (a wink) is no taunt in English.
const REAL_FANS: Partial<Record<Language, string>> = {
  en: String.raw`(?:only )?(?:real|true|proper|genuine) (?:\p{Lu}[\p{L}-]* )?(?:fans|supporters|followers|members|customers|friends|ones) (?:(?:already|always|would|will|do|don['’]t|never|won['’]t) )*(?:own|have|got|bought|buy|miss|show up|turn up|support|back|let|pre-?order|sign up|subscribe|join|stay|know the difference)\b${END}`,
  de: String.raw`(?:echte|wahre) (?:fans|anhänger|unterstützer|mitglieder|freunde)\b${END}`,
  es: String.raw`(?:(?:los|las) )?(?:verdaderos|verdaderas|auténticos|auténticas) (?:fans|seguidores|seguidoras|aficionados|hinchas|socios)\b${END}|¿?(?:tú|y tú),? (?:todavía|aún) no\?`,
  fr: String.raw`(?:les )?(?:vrais|véritables) (?:fans|supporters|supporteurs|abonnés|membres)\b${END}`,
  pt: String.raw`(?:os )?verdadeiros (?:fãs|torcedores|seguidores|apoiadores)\b${END}|(?:(?:o|a|os|as) )?(?:fã|fãs|torcedor|torcedores) de verdade\b${END}`,
  it: String.raw`(?:i )?veri (?:fan|tifosi|sostenitori|follower)\b${END}`,
  nl: String.raw`echte (?:fans|supporters|leden|volgers)\b${END}`,
};

// Told not to come back in tears: "Don't come crying to us in January when…", "Después no vengas
// llorando.", "Non venite a piangere dopo."
const DONT_COME_CRYING: Partial<Record<Language, string>> = {
  en: String.raw`(?:(?:so|and|then|just) )?(?:don['’]t|do not) come (?:crying|running|complaining|moaning|whining)\b${END}`,
  es: String.raw`(?:y )?(?:después |luego )?no (?:vengas|vengáis|venga|vengan) (?:después |luego )?(?:llorando|a llorar|a quejarte|a quejaros|quejándote)\b${END}`,
  fr: String.raw`(?:et )?(?:ensuite |après )?ne (?:venez|viens) pas (?:pleurer|pleurnicher|vous plaindre|te plaindre)\b${END}`,
  de: String.raw`(?:und )?(?:nachher |später |dann )?(?:komm|kommt|kommen sie) (?:mir |uns )?(?:nachher |später |dann )?(?:nicht|bloß nicht) (?:angeheult|heulend|jammernd|weinend|jammern|heulen)\b${END}`,
  pt: String.raw`(?:e )?(?:depois )?não (?:venha|venham|vem) (?:depois )?(?:chorar|reclamar|se queixar)\b${END}`,
  it: String.raw`(?:e )?(?:poi |dopo )?non (?:venite|venire|vieni) (?:poi |dopo )?a (?:piangere|lamentarti|lamentarvi|frignare)\b${END}`,
  nl: String.raw`(?:en )?(?:kom|komen) (?:daarna |later |achteraf )?(?:niet|maar niet) (?:huilen|klagen|zeuren|janken)\b${END}`,
};

// Those who wait, and what it costs them: "Buyers who waited in 2021 are still kicking themselves.",
// "Wer jetzt zögert, ärgert sich später.", "Chi non l'ha fatto, non sa cosa si perde." A cost is needed:
// "Parents who wait until September can still apply" tells the reader something, and stays.
const WAITERS_EN = String.raw`(?:people|couples|buyers|brands|businesses|companies|founders|parents|families|teams|those|anyone|investors|shoppers|students|clients|customers|homeowners|renters|sellers|candidates|players|fans|members|guests|creators|folks|the ones)`;
const WAIT_EN = String.raw`(?:['‘"“]?wait(?:ed)?(?: and see)?['’"”]?|hesitate[ds]?|put (?:it|this) off|sat (?:it|this) out|sit (?:it|this) out|le(?:ave|ft) it (?:late|too late|until|till)|delay(?:ed)?|procrastinate[ds]?|snooze[ds]?|didn['’]t act|don['’]t act|stay(?:ed)? on the fence)`;
const COST_EN = String.raw`(?:end(?:ed)? up|are still kicking|kick(?:ing|ed)? themselves|(?:will |['’]ll )?regret|miss(?:ed)? out|(?:will |['’]ll )?lose|(?:get|got|are|were|will be) left|(?:will |['’]ll )?pay more|(?:will |['’]ll )?wish|stay(?:ed)? stuck|watch(?:ed)? from)`;
const WAITERS: Partial<Record<Language, string>> = {
  en:
    String.raw`(?:the )?${WAITERS_EN} (?:who|that) ${WAIT_EN}\b[^.!?]{0,60}?\b${COST_EN}\b${END}` +
    String.raw`|most (?:people|of you|founders|readers|businesses) (?:will|won['’]t|never|don['’]t)\b[^.!?]{0,60}?\b(?:stay (?:stuck|broke|where they are)|never (?:get|make it|start|finish) (?:here|there|this far)?|give up|scroll (?:past|on)|do nothing|keep (?:waiting|scrolling|making excuses))\b${END}` +
    String.raw`|(?:the only question is:? )?(?:will|do you want to|don['’]t) (?:you )?be the one (?:left behind|left out|who missed out|who waited)\b${END}` +
    // "Don't be the team that paid 3x more because you waited.", "Every day you wait is money you're
    // setting on fire.", "312 of our supporters gave last month. Where were you?"
    String.raw`|(?:don['’]t|do not) be the (?:one|team|person|family|business|brand|company|parent|couple|player|member)s? (?:that|who)\b${END}` +
    // "Don't be the one turning up to the Christmas party with bare nails", "Don't be the person still
    // saying 'I'll start Monday' in June": the reader pictured as the one who missed out.
    String.raw`|(?:don['’]t|do not) be the (?:one|person|child|kid|parent|guy|girl|friend|mum|dad|team)s? (?:still |left |stuck )?\p{L}+ing\b${END}` +
    // "Next January you'll wish you'd started today.", "Don't leave it to the last minute and end up at a
    // Harvester 😬", "Don't say we didn't warn you."
    String.raw`|(?:next \p{L}+|this time next (?:year|month|week)|in (?:a|one|two|three|six|\d+) (?:years?|months?|weeks?)(?: from now|['’]? time)?),? you['’]ll (?:wish|regret|kick yourself|be kicking yourself)\b${END}` +
    String.raw`|(?:don['’]t|do not) (?:leave it (?:to|until|till) (?:the last minute|too late|the end)|wait) and end up\b${END}` +
    String.raw`|(?:so |and )?(?:don['’]t|do not) say (?:we|I) didn['’]t warn you\b${END}` +
    String.raw`|every (?:day|week|month|hour|minute) (?:that )?you (?:wait|delay|don['’]t|do not|leave it)\b${END}` +
    String.raw`|(?:so,? )?where were you\?` +
    // "But I can tell you that future-you is going to wish you'd started today."
    String.raw`|(?:but |and )?(?:I can (?:tell|promise) you (?:that |this: )?)?(?:future[- ]you|your future self) (?:(?:is going to|will|won['’]t|would(?:n['’]t)?|is gonna) (?:wish|hate|regret|thank|blame)|is (?:watching|begging you|counting on you))\b${END}` +
    String.raw`|(?:so,? )?why not you\?|why aren['’]t you\?` +
    String.raw`|if you (?:scroll|keep scrolling|walk|look|swipe) (?:past|away|on)\b[^,.!?]{0,30},? (?:you['’]ve|you have) (?:made|chosen) (?:your|a) choice\b${END}` +
    String.raw`|if you['’]d rather [^.!?]{2,60}?(?:\.\.\.|…|,|:)\s*good luck\b${END}`,
  pt: String.raw`(?:e )?(?:você|tu),? ainda não\?|(?:e )?(?:quem (?:deixar (?:pra|para) depois|esperar|hesitar|ficar (?:a )?pensar)[^.!?]{0,40}?\b(?:vai se arrepender|se arrepende|se arrependerá|fica (?:para|pra) trás|fica de fora|vai ficar de fora)|quem não [^,.!?]{2,40}?,? (?:vai se arrepender|se arrepende|se arrependerá))\b${END}`,
  es: String.raw`(?:y )?(?:quien (?:espere|dude|lo deje para (?:después|luego|mañana))[^.!?]{0,30}?\b(?:se arrepentirá|se va a arrepentir|se quedará (?:fuera|atrás|sin)|se lo pierde|se lo perderá)|quien no [^,.!?]{2,40}?,? (?:se arrepentirá|se va a arrepentir|se lo pierde|se lo perderá))\b${END}|si no (?:lo|la|los|las) has probado,? no sabes (?:lo que|qué)\b${END}`,
  it: String.raw`(?:e )?(?:tu,? )?ancora no\?|(?:e )?chi (?:arriva|viene) (?:tardi|dopo)[^.!?]{0,30}?\b(?:resta|rimane|resterà) (?:a mani vuote|senza)\b${END}|(?:e )?(?:chi (?:aspetta|esita|rimanda)[^.!?]{0,30}?\b(?:se ne pentirà|si pentirà|resta (?:fuori|indietro)|rimane (?:fuori|indietro)|resterà (?:fuori|indietro)|non sa cosa si perde)|chi non [^,.!?]{2,40}?,? (?:se ne pentirà|si pentirà|resta indietro|rimane indietro|resterà indietro|non sa cosa si perde))\b${END}`,
  de: String.raw`warum du (?:noch )?nicht\?|(?:und )?wer (?:jetzt |heute |noch )?(?:zögert|wartet|nicht [^,.!?]{2,40}|zu spät [^,.!?]{2,40}),? (?:bereut(?: es)?|ärgert sich|bleibt (?:zurück|auf der strecke)|verpasst (?:den anschluss)|hat (?:das )?nachsehen)\b${END}`,
  fr: String.raw`(?:et )?(?:ceux|celles) qui (?:attendent|hésitent|n['’][^,.!?]{2,40}|ne [^,.!?]{2,40})[^.!?]{0,30}?\b(?:le regretteront|vont le regretter|resteront sur le carreau|rateront tout)\b${END}`,
  nl: String.raw`waarom jij (?:nog )?niet\?|(?:en )?wie (?:nu |nog )?(?:twijfelt|wacht|niet [^,.!?]{2,40}|te laat [^,.!?]{2,40}),? (?:heeft (?:er )?(?:later |straks )?spijt|blijft achter|mist de boot|vist achter het net)\b${END}`,
};

// The reader's worth set by whether they buy: "If you're not in the stand on Saturday, don't call
// yourself a supporter.", "If you're not running with us, you're running with second best."
const WORTH_BY_BUYING_EN = String.raw`if you['’]re not [^,.!?]{2,60},\s*(?:(?:don['’]t|do not) call yourself (?:a |an )?(?:real |true )?[\p{L}-]+|you['’]re [^,.!?]{2,40} (?:second best|second-best|second place))\b${END}`;

const compiled = (languages: Language[]): Partial<Record<Language, RegExp>> =>
  Object.fromEntries(
    languages.map((language) => {
      const shapes = [REAL_FANS, DONT_COME_CRYING, WAITERS]
        .map((shapesOf) => shapesOf[language])
        .filter((shape): shape is string => shape !== undefined);
      if (language === 'en') shapes.push(WORTH_BY_BUYING_EN);
      return [language, new RegExp(`^(?:${shapes.join('|')})$`, 'iu')];
    }),
  );
const TAUNT = compiled(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']);

// "…second best 😎": the emoji after the words are not part of what they say.
const withoutEmojiAtEnd = (sentence: string): string =>
  sentence.trim().replace(/(?:\s*(?:\p{Extended_Pictographic}|\uFE0F))+$/u, '');

/** Whether a whole sentence only sorts, scolds or frightens the reader for not buying yet. */
export function tauntsTheReader(sentence: string, language: Language): boolean {
  return TAUNT[language]?.test(withoutEmojiAtEnd(sentence)) === true;
}

// A claim over every rival with nothing else in it: "There simply is no better mattress.", "Nothing on
// the market compares.", "Other breweries: take notes.", "Officially the best IPA ever brewed.", and the
// one word said again after it ("Anywhere.", "Nothing."). Only on its own: where the sentence also
// names the product or an award, the ranking goes as words (withoutRanking) and the news stays.
const SUPERLATIVE = String.raw`(?:most [\p{L}-]+|fastest|cheapest|quickest|friendliest|biggest|best|finest|greatest|strongest|smartest|easiest|safest|freshest|tastiest|brightest|largest|lowest|smoothest|softest|cleanest|tidiest|kindest)`;
const OVER_RIVALS_EN = new RegExp(
  `^(?:${[
    String.raw`(?:honestly,? |frankly,? |simply put,? )?there(?: simply| just)?(?:['’]s| is)(?: simply| just)? no (?:better|finer|tastier|greater) (?!time|way|place|feeling|day|moment)[^.!?]{1,50}|(?:honestly,? |frankly,? )?I don['’]t think there['’]s (?:a |any )?(?:better|finer|tastier|greater) (?!time|way|place|feeling|day|moment)[^.!?]{1,50}`,
    String.raw`nothing (?:on the market |else |out there |in the (?:world|shops) )?(?:even )?(?:compares|comes close)(?: to (?:it|this|ours|us))?`,
    String.raw`(?:to )?(?:other|rival|all other|our|all our) [\p{L}-]+(?: [\p{L}-]+)?:? take notes`,
    String.raw`everyone else is (?:playing|fighting|competing|racing) for (?:second|second place)`,
    String.raw`(?:officially |simply |quite simply |just )?(?:the|our) (?:best|finest|greatest|tastiest) [\p{L}-]+(?: [\p{L}-]+)? ever (?:made|brewed|baked|built|created|formulated|produced|designed|roasted|sold)`,
    // "Our stylists are literally the most talented in the north and our clients never go anywhere else."
    String.raw`(?:honestly,? )?(?:our|my) [\p{L}-]+(?: [\p{L}-]+)? (?:are|is) (?:(?:literally|simply|quite simply|honestly|officially|easily|by far) )*the ${SUPERLATIVE}(?: [\p{L}-]+){0,2} (?:in|on) (?:the )?[\p{L}-]+(?: [\p{L}-]+)?(?: and [^.!?]{2,60})?`,
    // "The best burger you'll ever eat.", "the most comfortable shoes you will ever own": the reader's
    // whole life ranked below the product, with nothing they could check.
    String.raw`(?:(?:this is|it['’]s|these are|they['’]re|quite simply|simply) )?(?:the|your) (?:${SUPERLATIVE}) [^.!?,]{1,40}? you(?:['’]ll| will|['’]ve| have)? ever (?:\p{L}+)(?: [\p{L}-]+)?`,
    // "Fastest, cheapest, most reliable.": superlatives and nothing they are said of.
    String.raw`(?:the )?${SUPERLATIVE}(?:(?:,|,? and) (?:the )?${SUPERLATIVE}){1,4}`,
  ].join('|')})$`,
  'iu',
);

// The same claims in the other covered languages: rivals told to take notes ("Le altre pizzerie del
// quartiere possono solo prendere appunti", "Alle andere bakkers mogen aantekeningen maken", "As outras
// barbearias que anotem"), and a superlative with no verb, a slogan over a place ("De beste appeltaart
// van Amsterdam.", "El mejor gimnasio de Madrid, sin discusión.", "La pizza più buona di Napoli.").
const RIVALS_TAKE_NOTES = String.raw`(?:(?:le|gli|i) )?altr[ie] [^.!?]{2,50}? (?:possono (?:solo |soltanto )?prendere appunti|prendano appunti)|(?:alle )?andere [^.!?]{2,50}? (?:mogen|kunnen) (?:wel )?aantekeningen maken|(?:as|os) outr[oa]s [^.!?]{2,50}? (?:que anotem|podem (?:tomar nota|anotar))|(?:los|las) (?:demás|otros|otras) [^.!?]{2,50}? (?:que tomen nota|pueden tomar nota)|(?:les )?autres [^.!?]{2,50}? (?:peuvent prendre des notes|n['’]ont qu['’]à prendre des notes)|(?:alle )?anderen? [^.!?]{2,50}? (?:können sich (?:eine scheibe abschneiden|notizen machen)|dürfen mitschreiben)`;
// "Beste Grüße aus…", "I migliori auguri di…", "La mejor manera de aprender…": greetings and tips.
const NOT_A_SLOGAN = String.raw`(?:grüße|gruesse|wünsche|wensen|groeten|auguri|deseos|saludos|vœux|voeux|souhaits|cumprimentos|votos|desejos|forma|manera|modo|façon|manière|maniera|weg|manier|maneira|jeito|tijd|momento|moment|época|hora|zeit|tempo|idea|idee|idée|ideia|consejo|conseil|consiglio|tipp?|dica)(?![\p{L}])`;
const SLOGAN_OVER_A_PLACE = String.raw`(?:(?:el|la|los|las|le|les|il|lo|i|de|het|a|o|os|as|der|die|das) )?(?:mejor(?:es)?|meilleure?s?|migliori?|beste[nr]?|melhor(?:es)?) (?!${NOT_A_SLOGAN})[\p{L}'’ -]{2,40}? (?:(?:de|del|di|della|van|em|do|da|in|à|au) |d['’])[\p{L}-]+(?: [\p{L}-]+){0,2}?(?:,? (?:sin discusión|sans discussion|senza discussioni|sem discussão|ohne diskussion|zonder discussie))?|(?:la|il|lo|le|i) [\p{L}]+ più [\p{L}]+ (?:(?:di|della|del) |d['’])[\p{L}-]+(?: [\p{L}-]+){0,2}`;
// "Il più bello che vedrete mai", "El mejor café que vas a probar nunca", "Der beste Kaffee, den du je
// getrunken hast": the same ranking over the reader's whole life, in the other languages.
const EVER_SUPERLATIVE = [
  String.raw`(?:il|la|i|le|lo|l['’]) ?(?:[\p{L}]+ )?(?:più [\p{L}]+|migliore|migliori|miglior) [^.!?]{0,40}?che (?:tu |voi )?[\p{L}]+(?:ete|ai)(?: [\p{L}]+)? mai`,
  String.raw`(?:el|la|los|las) (?:[\p{L}]+ )?(?:mejor(?:es)?|más [\p{L}]+) [^.!?]{0,40}?que (?:(?:vas|vais) a [\p{L}]+|[\p{L}]+(?:ás|éis|as|áis)(?: [\p{L}]+)?) (?:nunca|jamás|en tu vida)`,
  String.raw`(?:le|la|les) (?:meilleure?s?|plus [\p{L}]+) [^.!?]{0,40}?que (?:vous|tu|t['’]|vous ['\p{L}]+) ?(?:[\p{L}'’]+ ){0,2}(?:jamais|de votre vie|de ta vie)(?: [\p{L}'’]+){0,2}`,
  String.raw`(?:der|die|das) (?:beste[nrs]?|schönste[nrs]?|leckerste[nrs]?) [^.!?]{0,40}?,? (?:den|die|das) (?:du|sie|ihr) (?:je|jemals) [^.!?]{1,30}`,
  String.raw`(?:o|a|os|as) (?:[\p{L}]+ )?(?:melhor(?:es)?|mais [\p{L}]+) [^.!?]{0,40}?que (?:você|vocês|tu|vais) (?:[\p{L}]+ ){0,3}(?:nunca|alguma vez|na vida)(?: [\p{L}]+){0,2}`,
  String.raw`(?:de|het) (?:beste|lekkerste|mooiste) [^.!?]{0,40}?(?:die|dat) (?:je|u|jij) ooit(?: [\p{L}]+){1,3}`,
].join('|');
const OVER_RIVALS_ELSEWHERE = new RegExp(
  `^(?:${RIVALS_TAKE_NOTES}|${SLOGAN_OVER_A_PLACE}|${EVER_SUPERLATIVE})$`,
  'iu',
);
const EMPHASIS_ALONE_ELSEWHERE =
  /^(?:Punt|Punkt|Punto|Ponto final|Ponto|Point final|Point barre|Sin discusión|Sans discussion|Senza discussioni|Sem discussão|Ohne Diskussion|Zonder discussie|Nessuno|Nadie|Personne|Niemand|Ninguém|PUNT|PUNKT|PUNTO|Geen discussie|Keine Diskussion|Nessuna discussione|Aucune discussion|Ni una discusión)$/u;

// The one word said again after such a claim, as a sentence of its own: "Anywhere.", "NOBODY." Written as
// a sentence, capitalised: "…anytime, anywhere." is no such sentence.
// "The best burger you will ever eat. Fact. 🍔": the stamp on a claim is said of nothing once the claim has gone;
// so is "No debate." or "Not up for debate." after one.
const EMPHASIS_ALONE =
  /^(?:Anywhere|Nothing|Nobody|No one|Period|Full stop|Fact|Facts|No cap|No debate|Not up for debate|ANYWHERE|NOTHING|NOBODY|NO ONE|FACT|FACTS|NO CAP|NO DEBATE)$/u;

// A slogan stamped out one word at a time: "Proud. Humbled. Unstoppable.", "DON'T. BE. LATE." (Thanks
// said three times are thanks: "Merci. Merci. Merci.")
const STAMPED = /^(?:[\p{L}'’]+[.!]+\s+){2,}[\p{L}'’]+[.!]*$/u;
const THANKS_WORD = /thank|merci|dank|gracias|grazie|obrigad/iu;

// The sender ranked first over a place, and nothing else said: "Honestly, we're the best brunch in Glasgow
// and we're not sorry for saying it", "Our sourdough is simply the best in Yorkshire, no contest.",
// "Somos la mejor heladería artesanal de Valencia y lo seguiremos siendo." The place is the boast's, and
// goes with it; an award that ranked them ("voted best bakery in Leeds") is news, and is no such sentence.
const BEST_WORD_EN = String.raw`(?:best|finest|greatest|tastiest|number one|#1|no\.? ?1)`;
const BEST_IN_PLACE: Partial<Record<Language, RegExp>> = {
  en: new RegExp(
    String.raw`^(?:honestly,? |frankly,? |quite simply,? |simply put,? |let['’]s be honest,? )?(?:we['’]re|we are|(?:our|my) [\p{L}-]+(?: [\p{L}-]+)? (?:is|are)) (?:(?:simply|officially|quite simply|honestly|just|still|now|easily|hands down|by far|without doubt) )*the ${BEST_WORD_EN}(?: [\p{L}-]+){0,3} in (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?:,? (?:no contest|hands down|bar none|period|full stop|fact|end of)| and (?:we['’]re|we are|I['’]m|I am) not (?:sorry|ashamed|afraid) (?:for saying|of saying|to say) (?:it|so)| and (?:always will be|we['’]ll stay that way|everyone knows it))?[.!]*$` +
      // "Best electrician in Bristol, hands down.", "Best fades in Glasgow No Cap.": the same, said without a
      // verb but with its stamp ("Best Sourdough in Kent. Three years running." may be an award's title).
      String.raw`|^(?:the )?best (?!(?:wishes|regards|luck|of|thing|part|way|time|friends?)\b)[\p{L}-]+(?: (?!(?:to|for|from|with|of|and)\b)[\p{L}-]+){0,2} in (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?,? (?:hands down|bar none|no contest|[Nn]o [Cc]ap|period|fact)[.!]*$`,
    'u',
  ),
  es: /^(?:(?:simplemente|sin duda),? )?somos (?:la|el|los|las) mejor(?:es)? (?:[\p{L}-]+ ){0,3}(?:de|en) \p{Lu}[\p{L}-]+(?:,? (?:y lo seguiremos siendo|sin discusión|punto))?[.!]*$/u,
};

/**
 * Whether a whole sentence only ranks the sender first over a place ("we're the best brunch in Glasgow"). The
 * sender ranked first in any words, "Siamo i migliori.", is `ranksItselfFirst`'s to read.
 */
export function ranksOverAPlace(sentence: string, language: Language): boolean {
  // The shapes are read case by case (a place has its capital): only the sentence's own capital is lowered.
  const said = withoutEmojiAtEnd(sentence);
  return BEST_IN_PLACE[language]?.test(said.charAt(0).toLowerCase() + said.slice(1)) === true;
}

/** Whether a whole sentence only claims to beat every rival. */
export function claimsOverRivals(sentence: string, language: Language): boolean {
  if (language === 'other') return false;
  const spoken = withoutEmojiAtEnd(sentence);
  if (STAMPED.test(spoken) && !THANKS_WORD.test(sentence)) return true;
  const said = spoken.replace(/[.!…]+$/u, '');
  if (language === 'en') return OVER_RIVALS_EN.test(said) || EMPHASIS_ALONE.test(said);
  // "Siamo i migliori di Torino, punto.": the sender ranked first, read where every language reads it.
  return (
    OVER_RIVALS_ELSEWHERE.test(said) ||
    EMPHASIS_ALONE_ELSEWHERE.test(said) ||
    ranksItselfFirst(said, language)
  );
}
