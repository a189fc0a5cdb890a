import type { Intent } from '../analysis';
import { ORDINAL_NOUNS } from '../analysis/entities';
import type { Language } from '../types';
import { isCommonEnglish, WORD_ACRONYM } from '../english-words';
import { germanCase, isKnownWord, LEXICON_LANGUAGES } from '../known-words';
import { isStopWord } from '../language';
import { articleFor } from '../text';
import { ABBREVIATION_BEFORE } from './abbreviations';
import { GREETING_WORDS } from '../letter-forms';
import { offeredElsewhere } from './offered-elsewhere';
import { NO_FURTHER_REPLY_AFTER_AND, refusesAHearing, shutsTheDoor } from './door-shut';
import { ranksItselfFirst } from './self-ranking';
import { claimsOverRivals, ranksOverAPlace, tauntsTheReader } from './taunts';
import { reproachesTheReader, withoutReproachTail } from './reproach';
import { DOMAIN, endsOnLink } from './domain';
import { findReplyPaths } from './reply-paths';
import { replaceInTurn, replacementBlocks } from '../replacements';
import { GUILT_SENTENCE } from '../rules/guilt-trip';

/**
 * What an editor does to one sentence the rewrite keeps: drop it when it only pushes (pressure,
 * hype, self-praise with nothing in it), say the news instead of the pride in it, offer instead of
 * order, and lower the voice (capitals, "!!!", fire emoji). Every change here works on a whole
 * sentence and leaves a whole sentence: nothing is cut out of the middle of a clause.
 */

type Planned = Exclude<Language, 'other'>;

export interface SentenceContext {
  language: Language;
  intent: Intent;
  /** The draft speaks as "I" rather than "we". */
  singular: boolean;
  /** The draft addresses the reader formally ("u", "Sie", "usted"): an invitation it gains does too. */
  polite?: boolean;
  /** Words to leave exactly as written: codes, keywords to send, names in capitals. */
  keep: ReadonlySet<string>;
  /** Acronyms the draft shows are acronyms: spelled out before them, or in capitals among small letters. */
  acronyms?: ReadonlySet<string>;
  /** Words the draft also writes in mixed case ("Iron Forge"), by their lower case: how a shouted one is lowered. */
  forms?: ReadonlyMap<string, string>;
  /** Two-word names the draft writes ("Hollow Tide", "#IronForgeFitness"), in lower case: "hollow tide". */
  names?: ReadonlySet<string>;
  /** Words the draft writes in lower case: the same word in capitals is shouted, not an acronym. */
  lowerWords?: ReadonlySet<string>;
  /** Lone words in capitals the review called shouting ("ROCKSTAR", "VACATURE"): lowered, not read as acronyms. */
  shouted?: ReadonlySet<string>;
  /** The draft's hashtags and link names, in lower case without accents: "#veranoconbahia" names "BAHÍA". */
  tags?: string;
  /** Words of facts typed letter for letter ("CHANGELOG", "AUSTIN", "TX", "JA"): never lowered. */
  exact?: ReadonlySet<string>;
  /**
   * Keywords to send ("Comment "MINI" below", "Reply BOOK"): as written where the reader is asked to
   * type them; elsewhere ("FALL MINI SESSIONS ARE BACK") the same word is only shouted.
   */
  keys?: ReadonlySet<string>;
  /** The names of the draft's links and handles, folded ("dataviva" of "dataviva.example.es", "@dataviva"). */
  links?: ReadonlySet<string>;
  /** The same, letters and digits only ("hotellelacbleu"): a handle names a business, a hashtag often a campaign. */
  labels?: ReadonlySet<string>;
}

// Pressure with nothing in it: said without a fact, the sentence only pushes.
export const PRESSURE: Record<Planned, RegExp> = {
  en: /\b(?:don['’]?t be the (?:(?:family|person|parent|mum|dad|business|team)(?: who| without)\b[^.!?]*|only|last|one)|surely you can (?:spare|afford|find)\b[^.!?]*|how would you feel if your (?:child|children|kids?|son|daughter|family|mum|mom|dad|parents?|pet|dog|cat)\b[^.!?]*|(?:tickets|spaces|places|seats|spots|slots|dates|appointments|rooms|tables|deals|prices|offers|boxes|bundles) (?:won['’]t|will not|aren['’]t going to) last|stop making excuses\b[^.!?]*|book fast(?!-)|what['’]?s your excuse|(?:^|,\s*|\s[-–—]\s*)but don['’]?t complain\b|we(?:['’]re| are) not (?:your )?(?:babysitters|nannies|servants|maids)|if you'?re serious about|you deserve (?:it|this|better)|treat yourself|don'?t miss(?: out)?|(?:you )?(?:won'?t|will not|don'?t) want to miss|hurry|act (?:now|fast)|last chance|limited (?:time|spots|stock|edition|places|seats)|before (?:it'?s|they'?re|they are|it is) gone|grab (?:yours|one|it|them)|get (?:yours|it|them) (?:now|today|while|before)|order (?:now|today)|buy (?:now|today)|shop (?:now|today)|sign up (?:now|today)|book (?:now|today)|what are you waiting for|still (?:thinking about it|on the fence|undecided)(?=[?!.]*$)|don'?t wait|don'?t (?:get|be) left behind|(?:will|do you want) (?:you|your (?:child|children|kids?|family|team|business)) (?:to )?be left (?:out|behind)(?=\s*\?)|(?:are|is) putting (?:their|your) (?:child['’]s|children['’]s|kids['’]|family['’]s|own) (?:future|health|safety|education) at risk|don'?t let (?:your )?competitors|(?:customers|shoppers|buyers|guests|readers|everyone|you) (?:are|is) (?:urged|strongly encouraged|advised) to (?:shop|order|book|buy|act|register|sign up|reserve)|(?:inventory|stock|availability|supply) is (?:limited|running low)|tag (?:\d+|the|a|your) (?:friends?|people|person|bestie|buddy|buddies|someone)|you (?:won'?t|will not) (?:regret|want to miss)|run,? don'?t walk|snap (?:it|them|one) up|go go go|selling (?:fast|out)|almost gone|going fast|now or never|tag (?:a friend|someone|your)|like and share|(?:I )?(?:humbly )?request (?:all|everyone|my|you)\b[^.!?]{0,40}?\bto (?:share|like|repost|spread)\b|smash (?:that|the)|follow (?:us|me) for|click (?:the )?link|(?<!(?:less|not so|not-so|not that) )(?:hot|huge|big|massive|epic|insane|crazy) (?:deal|news|sale|drop|announcement)s?(?: alert)?|(?:deal|sale|drop|restock|price) alert|^(?:once|when) (?:it'?s|they'?re|they are|it is) gone,? (?:it'?s|they'?re|they are|it is) gone(?=[.!]*$)|the wait is (?:finally )?over|(?:it'?s|they'?re) (?:finally )?(?:here|back)\s*[!.]*$|you(?:'ll| will) (?:love|thank us)|trust us|game[- ]?changer|this is (?:huge|big|it)|you heard (?:that|it) right|guess what|(?:spots?|slots?|places|seats|spaces|tickets|tables) (?:are )?(?:filling|going)(?! (?:to|on|ahead|live)\b)|(?:only )?(?:a )?few (?:spots|places|seats|left)|(?:while|until) (?:they|it) last|now more than ever|need we say more|^(?:like,? ever|seriously|no joke|not kidding|no cap|just saying)(?=[.!]*$)|say goodbye to|level up|no[- ]brainer|unbeatable|once in a lifetime|too good to (?:miss|be true)|(?:your|a|the) chance to (?:make history|win big|be part of (?:history|something))|make history|limited (?:\w+ ){0,2}(?:spots|places|seats|tickets|times|slots|availability|numbers|space|quantities|quantity|supply|stock)|op=op|^(?:apply|book|shop|order|buy|register|subscribe|join|call|enrol|enroll|sign up|download|donate|start|try it|get started|act|reserve|claim) (?:now|today)(?=[.!]*$)|don'?t let (?:our|the|us|them|your) (?:\w+ )?down|don'?t let (?:this|it|the|that) (?:\w+ )?(?:pass|slip)|last call|dig deep|do it now|time is running out|running out of time|don'?t (?:sleep on|let (?:this|it) (?:pass|slip)))\b/iu,
  es: /(?<![\p{L}\p{N}])(?:ahora o nunca|no dejes (?:tu|tus|su|sus) [\p{L} ]{2,25} para (?:mañana|después|luego|otro día)|(?:después,? )?no habrá (?:una )?(?:segunda|otra) oportunidad|no hay excusas|sin excusas|(?:los|las) que (?:triunfan|ganan|tienen éxito) no (?:ponen|buscan) excusas|cuál es tu excusa|no durará(?: nada| mucho)?|no va a durar|oportunidad única|últimas (?:unidades|plazas|horas)|solo por hoy|no te lo pierdas|date prisa|corre|última oportunidad|por tiempo limitado|compra ya|reserva ya|no esperes|etiqueta a|plazas limitadas|quedan pocas)(?![\p{L}\p{N}])/iu,
  fr: /(?<![\p{L}\p{N}])(?:pas d['’]excuses?|quelle est (?:ton|votre) excuse|c['’]est (?:de )?(?:votre|ta) faute|ne durera pas|offre unique|dernières (?:places|heures)|ne (?:le )?manquez pas|dépêchez-vous|(?<!à (?:très |bientôt )?)vite|dernière chance|durée limitée|ne laissez pas (?:la situation|passer|filer|échapper)|achetez maintenant|n'attendez pas|identifiez|places limitées)(?![\p{L}\p{N}])/iu,
  // "Wer jetzt nicht bucht, sitzt im Winter im Kalten." as a sentence of its own; after a fact, it is a
  // jab's tail (below) and only it goes.
  de: /(?<![\p{L}\p{N}])(?:^wer (?:jetzt |heute )?nicht (?:bucht|bestellt|handelt|zugreift),? [^.!?]*|(?:danach )?gibt es (?:dieses|das|so ein) angebot (?:nie|nicht) wieder|keine ausreden|was ist deine ausrede|einmalige (?:chance|gelegenheit)|greift zu|schnell zugreifen|nur noch (?:kurz|heute)|nicht verpassen|beeilt euch|schnell sein|letzte chance|nur für kurze zeit|jetzt kaufen|jetzt bestellen|worauf wartet ihr|markiert|begrenzte plätze|zuschlagen|bevor (?:alles|es|sie) weg ist)(?![\p{L}\p{N}])/iu,
  pt: /(?<![\p{L}\p{N}])(?:quem não quer (?:dá|arranja) desculpa|sem desculpas|qual é a sua desculpa|não vai durar|oportunidade única|últimas (?:vagas|unidades|horas)|só hoje|não perca|corre que|corra|última (?:chance|oportunidade)|(?<!(?:nos|nestes|nesses|dos|destes|desses|os) )últimos dias|por tempo limitado|compre já|garanta já|não espere|marque|vagas limitadas)(?![\p{L}\p{N}])/iu,
  it: /(?<![\p{L}\p{N}])(?:(?:correte,? )?non ce ne sarà per tutti|niente scuse|nessuna scusa|basta scuse|qual è la tua scusa|non durerà|occasione unica|ultimi (?:posti|pezzi|giorni)|solo oggi|non perdere|non perdetevi|affrettati|ultima occasione|per tempo limitato|compra ora|non aspettare|tagga|posti limitati)(?![\p{L}\p{N}])/iu,
  nl: /(?<![\p{L}\p{N}])(?:geen excuses|wat is (?:jouw|je) excuus|unieke kans|alleen vandaag|wees er snel bij|mis het niet|snel zijn|laatste kans|voor korte tijd|op is op|^op ?= ?op(?=[\s!.]*$)|koop nu|bestel nu|wacht niet|tag|beperkte plaatsen|deel dit bericht)(?![\p{L}\p{N}])/iu,
};

// Pressure by kind, in every language the plans cover. A sentence of one of these says nothing the
// reader needs ("Spots are filling fast", "No extensions, no exceptions", "Worauf wartest du
// noch?"): it only pushes, and goes. Where it rides in a sentence with a fact, the fact stays.
// "Do not attempt to log in during this period.", "Please don't park on the grass": what not to do
// with a thing in hand is an instruction the reader needs, not a warning that pushes. So is "Do not
// reply." under an automated message: a reply would go nowhere.
const PRACTICAL_DONT = String.raw`(?:attempt|try) to\b|(?:hand|give|pay) (?:cash|money)\b|(?:contact|call|email|e-mail|phone|ring) (?:us|reception|the (?:office|surgery|practice|contact centre|call centre|helpdesk|help desk|school|front desk))\b(?![^.!?]*\bagain\b)|(?:email|e-mail|message|contact) (?:the|our) (?:[\p{L}-]+ ){0,2}(?:inbox|mailbox|address|team|desk)\b|reply(?:-all| all)? (?:to )?(?:this|the) (?:message|e-?mail|text|number|address)\b|(?:reply|respond)(?=[\s.!]*$)|comment (?:on|under|below) (?:this|the|our) (?:post|page)\b|post (?:individual |your |personal )?(?:queries|questions|complaints|details)\b|apply without\b|log (?:in|on|out)\b|sign in\b|park\b|feed\b|touch\b|smoke\b|flush\b|block\b|unplug\b|plug\b|share your (?:password|pin|code|login|details)|give out\b|line up\b|queue\b|gather\b|congregate\b|wait (?:at|in|outside|by)\b|click (?:on )?(?:any|links?|attachments?)\b|enter (?:your|any) (?:password|pin|card|bank|login|details)\b|respond to (?:these|such|any|the) (?:e-?mails?|messages?|texts?|calls?)\b|use (?:the|this|your|any) (?:lift|elevator|stairs|entrance|exit|car park|app|portal|old|previous)|leave (?:bags|bikes|rubbish|children|dogs|valuables|your (?:bags?|bikes?|car|belongings))\b|bring (?:glass|food|drinks|pets|dogs)\b|put (?:glass|food|nappies|plastic)\b|store\b|dump\b|install\b|forward\b|open (?:attachments|links|the)\b`;
/** "Do not log in between 01:00 and 05:00": an instruction not to do something practical. */
export const INSTRUCTION_NOT_TO = new RegExp(
  String.raw`^\W*(?:please,? )?(?:don'?t|do not|never) (?:${PRACTICAL_DONT})`,
  'iu',
);

export const PUSH: Record<string, Partial<Record<Planned, RegExp>>> = {
  /** Scarcity said to hurry the reader, not as a term of the offer. */
  scarcity: {
    en: /\b(?:(?:spots|places|seats|tickets|spaces|slots|tables|units|boxes|positions|roles) (?:are )?(?:filling|going|selling|flying) (?:up )?(?:fast|quickly)|(?:appointments|dates|classes|sessions|bookings|they|these|spots|places|tables) (?:always |usually |often |tend to )?fill(?: up)? (?:fast|quickly)|(?:this|these|they|it|tickets|seats|spots) (?:will|is going to|are going to|'ll|’ll) (?:sell out|go fast)|flying off the shelves|(?:won'?t|will not) (?:wait|last) forever|(?:\w+ )?like (?:this|these) (?:don'?t|won'?t|never) last(?: long)?|(?:these|they|it) (?:always )?sells? out (?:every ?time|fast|quickly)|selling like hot ?cakes|nearly (?:gone|sold out))\b/iu,
    es: /(?<![\p{L}])(?:quedan (?:muy )?pocas?|plazas (?:muy )?limitadas|vuelan|se agotan|casi agotad[oa]s?)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:il (?:ne )?reste (?:très )?peu|places (?:très )?limitées|(?:les stocks|ça|elles?|ils) part(?:ent)? (?:très )?vite|presque épuisé\w*)(?![\p{L}])/iu,
    de: /(?<![\p{L}])(?:nur noch wenige (?:plätze|stück|exemplare)|(?:freie )?termine sind (?:rar|knapp|begrenzt)|(?:plätze|tickets) (?:sind )?(?:sehr )?begrenzt|heiß begehrt)(?![\p{L}])/iu,
    pt: /(?<![\p{L}])(?:restam poucas?|(?:\p{L}+ )?assim não duram|vagas (?:muito )?limitad(?:as|íssimas)|estão voando|quase esgotad[oa]s?)(?![\p{L}])/iu,
    it: /(?<![\p{L}])(?:restano pochi|posti (?:molto )?limitati|(?:i )?posti sono (?:pochissimi|pochi|limitati)|vanno a ruba|quasi esaurit[oi])(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:nog maar (?:een paar|enkele) (?:plekken|plaatsen)|bijna uitverkocht|gaat hard)(?![\p{L}])/iu,
  },
  /**
   * A warning aimed at the reader: a negative order ("Don't be one of them", "Don't leave it to
   * chance", "Ne laissez pas passer…"), or a promise of what the reader will feel ("Your future
   * self will thank you"). Said without a fact, it only pushes. "Don't forget", "don't hesitate",
   * "don't worry" help or reassure, and stay.
   */
  warning: {
    en: new RegExp(
      String.raw`^\W*(?:(?:but|so|and|just|please|seriously),? )?(?:don'?t|do not) (?!forget\b|hesitate\b|worry\b|panic\b[.!]*$|stress\b|be shy\b|be afraid to (?:ask|reach)|feel\b|need\b|have to\b|want\b|know\b|have\b|see\b|like\b|${PRACTICAL_DONT})\p{L}[^?]*$|\b(?:deserves? better|(?:will|'ll) thank you|(?:is|are) counting on you|you(?:'ll| will) kick yourself|this is not a drill|be there or)\b`,
      'iu',
    ),
    es: /(?<![\p{L}])(?:no digas que no te (?:avisamos|lo dijimos)|no (?:dejes|dejéis|deje) (?:pasar|escapar)|no te quedes sin|no te arrepientas|después será tarde)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:ne (?:soyez|sois) pas (?:celui|celle|ceux|celles|la personne|le seul|la seule) qui\b[^.!?]*|ne dites pas qu'on ne vous (?:a|avait) pas prévenus?|ne (?:laissez|laisse) pas (?:passer|filer)|ne ratez pas|(?:après|ensuite),? (?:ce sera|c'est|il sera) trop tard)(?![\p{L}])/iu,
    de: /(?<![\p{L}])(?:sag(?:t|en sie)? nicht,? wir hätten (?:dich|euch|sie) nicht gewarnt|verpassen sie [^.!?]{0,30}nicht|lass(?:t| dir| euch)? (?:diese|die|das) (?:chance|gelegenheit|angebot) nicht)(?![\p{L}])/iu,
    pt: /(?<![\p{L}])(?:não (?:diga|digam) que não (?:avisamos|avisei)|não (?:deixe|deixa) (?:passar|para depois)|não fique de fora|depois (?:vai ser|será) tarde)(?![\p{L}])/iu,
    it: /(?<![\p{L}])(?:non dire(?:te)? che non (?:te|ve) l'abbiamo detto|non (?:lasciart[ie]l[ao]|fart[ie]l[ao]) scappare|non lasciarti sfuggire|poi sarà tardi)(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:zeg niet dat we je niet (?:hebben )?gewaarschuwd(?: hebben)?|laat (?:deze|die|de) (?:kans|deal) niet (?:liggen|schieten|lopen)|straks is het te laat)(?![\p{L}])/iu,
  },
  /** Fear of missing out or of falling behind the others. */
  fomo: {
    // "Your progress is slipping away!", "Your flexibility is slipping, your stress is building": a loss
    // the reader is told they are suffering, to bring them back.
    en: /\b(?:your (?:[\p{L}-]+ ){0,2}(?:is|are) (?:slipping(?: away)?|fading(?: away)?|going to waste|wasting away)\b|(?:your )?competitors (?:aren'?t|are not|won'?t be) waiting|you'?re (?:already )?(?:behind|falling behind)|(?:and )?neither should you|don'?t (?:get|be) left (?:behind|out)|stop leaving money on the table|you'?re leaving money on the table|everyone(?:'s| is) (?:talking about|switching to) it|can you afford (?:not to|to miss))\b/iu,
    es: /(?<![\p{L}])(?:¿?a qué (?:esperas|esperáis|espera)|no te quedes (?:fuera|sin (?:el tuyo|la tuya|tu plaza))|no lo dejes para (?:el )?último momento|que no te lo cuenten)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:qu['’](?:est-ce que (?:tu attends|vous attendez)|attendez-vous)|c['’]est (?:le moment|maintenant) ou jamais|ne (?:le )?ratez pas|ne passez pas à côté)(?![\p{L}])/iu,
    de: /(?<![\p{L}])(?:jetzt oder nie|worauf wartest du(?: noch)?|verpass(?:e|t)? (?:das|es|sie) nicht|nicht verpassen)(?![\p{L}])/iu,
    pt: /(?<![\p{L}])(?:(?:o que|que) (?:você )?(?:está|tá|estás) esperando|agora ou nunca|não fique de fora|não deixe para (?:a )?última hora)(?![\p{L}])/iu,
    it: /(?<![\p{L}])(?:(?:e tu,? )?(?:cosa|che) (?:aspetti|aspettate)|ora o mai più|non restare (?:fuori|senza)|non aspettare l['’]ultimo momento)(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:waar wacht (?:je|jij|u) (?:nog )?op|nu of nooit|wacht niet tot het te laat is|laat deze kans niet liggen)(?![\p{L}])/iu,
  },
  /** Deadlines said as a threat: the date stays in its own sentence, the threat goes. */
  'fake-urgency': {
    en: /\b(?:no extensions(?:[,.]? no exceptions)?|no exceptions(?! (?:for|to|will be made for)\b)|this one (?:won'?t|will not) last|it'?s (?:19|20)\d\d(?=[.!]*$)|the clock is ticking|tick,? tock|but wait|if you miss (?:it|this|out),? you miss (?:it|out)|this (?:won'?t|will not) last|it'?s now or never|prices? (?:will )?never (?:be|go) this low again)\b/iu,
    es: /(?<![\p{L}])(?:sin excepciones|el tiempo corre|pero espera)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:sans exception|le temps presse|mais attendez)(?![\p{L}])/iu,
    de: /(?<![\p{L}])(?:ohne ausnahme|die zeit läuft|aber warte)(?![\p{L}])/iu,
    pt: /(?<![\p{L}])(?:sem exceções|o tempo está acabando|mas espera)(?![\p{L}])/iu,
    it: /(?<![\p{L}])(?:senza eccezioni|il tempo stringe|ma aspetta)(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:geen uitzonderingen|de tijd dringt|maar wacht)(?![\p{L}])/iu,
  },
  /** "Will you look away?", "Will you let her down?": the guilt-trip rule's question, dropped with its sentence. */
  'guilt-question': GUILT_SENTENCE,
  /**
   * Guilt put on the reader: "It's the least you can do", "Could you really say no to her face?",
   * "Every hour you scroll past this, another dog goes hungry", "you're either in or left behind".
   */
  shaming: {
    en: /\b(?:it'?s the (?:very )?least you can do|(?:we'?re|we are|they'?re|they are) counting on you|if you (?:really |truly )?care(?: about [^,.!?]{1,60})?,? you(?:'ll| will)\b|(?:could|can|would) you really (?:[^.!?]{0,40}? and )?(?:say no|look away|scroll past|ignore|walk away)|(?:could|can|would) you (?:really |honestly )?live with (?:that|this|yourself)\b|if you(?:'ve|’ve| have) ever (?:loved|owned|had|lost|cared (?:about|for)) [^,.!?]{1,40},? you(?:'ll|’ll| will)\b|if you can'?t respect [^,.!?]{1,30},? (?:then )?(?:please )?(?:book|go|shop|take your business) (?:somewhere else|elsewhere)|every (?:hour|day|minute|second|week) (?:you|we) (?:scroll|wait|delay|hesitate)|so why haven'?t (?:we|you)\b|you'?re either in or you'?re (?:left behind|out)|this (?:isn'?t|is not) for you|if you don'?t(?: (?:give|help|act|share))?,? who will)/iu,
    es: /(?<![\p{L}])(?:es lo mínimo que puedes hacer|¿?de verdad (?:puedes|vas a) (?:mirar a otro lado|ignorar)|contamos contigo)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:(?:pouvez|peux)-(?:vous|tu) vraiment (?:détourner le regard|dire non|ignorer)|chaque (?:jour|heure) sans votre (?:don|aide)|c'est le moins que (?:vous puissiez|tu puisses) faire|on compte sur vous)(?![\p{L}])/iu,
    de: /(?<![\p{L}])(?:das ist das mindeste|kannst du wirklich wegsehen|können sie wirklich wegsehen|wir zählen auf (?:dich|euch|sie))(?![\p{L}])/iu,
    pt: /(?<![\p{L}])(?:é o mínimo que (?:você pode|podes) fazer|(?:você|tu) (?:vai|consegue) mesmo ignorar|contamos com (?:você|vocês))(?![\p{L}])/iu,
    it: /(?<![\p{L}])(?:è il minimo che (?:puoi|potete) fare|puoi davvero (?:ignorare|voltarti dall'altra parte)|contiamo su di (?:te|voi))(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:het minste wat je kunt doen|kun je (?:echt|nou) wegkijken|we rekenen op (?:je|jou|jullie))(?![\p{L}])/iu,
  },
  /** Orders with hype and nothing to act on: "Drop everything", "Let's goooo", "Stop scrolling". */
  'hype-command': {
    en: /^[^\p{L}]*(?:attention(?: [\p{L}'’]+){0,2}|no (?:more )?excuses|stop making excuses|important (?:announcement|update|notice|message)|(?:big|huge|exciting) (?:news|announcement))[^\p{L}]*$|\b(?:drop everything|stop scrolling|let'?s go+\b|go+ go+ go+|all hands on deck|bump this (?:thread|post)|(?:you'?ll )?thank me later|this is a (?:huge|big|massive|strong) (?:signal|moment|deal|step))/iu,
    es: /(?<![\p{L}])(?:vamos+ allá|deja todo)(?![\p{L}])|^[^\p{L}]*atención[^\p{L}]*$/iu,
    de: /(?<![\p{L}])(?:los geht'?s|lass alles stehen)(?![\p{L}])|^[^\p{L}]*achtung[^\p{L}]*$/iu,
    // "ATTENZIONE!!! 📣" on its own: a call for attention with nothing in it.
    fr: /^[^\p{L}]*attention[^\p{L}]*$/iu,
    pt: /^[^\p{L}]*atenção[^\p{L}]*$/iu,
    it: /^[^\p{L}]*attenzione[^\p{L}]*$/iu,
    nl: /^[^\p{L}]*let op[^\p{L}]*$/iu,
  },
  /** Guilt or flattery as the reason to buy: "You deserve it", "Don't let your friends…". */
  guilt: {
    en: /\b(?:you deserve (?:it|this|better|the (?:very )?best|a break)|the best (?:team|people|crew|staff|agency|company|brand|shop|place) in (?:town|the (?:city|area|business|region)|\p{Lu}\p{L}+)(?: is ready for you)?|you'?ve earned (?:it|this)|don'?t let your (?:friends|family|team|kids) (?:down|miss|work|go)|you owe it to yourself|don'?t leave it (?:all )?to the same (?:few |handful of )?(?:people|parents|families|volunteers|faces|members|folks)|every (?:family|parent|household|member|resident) is expected to)\b|^(?:(?:this|that|it)(?: is|['’]s) (?:simply |just |really |completely |totally |frankly )?(?:not acceptable|unacceptable|not on|not okay|not fair)|(?:don['’]t|do not) be that (?:person|guy|neighbou?r|parent|driver|customer)\b[^.!?]*|enough is enough|we['’]ve had enough)[.!]*$/iu,
    // "Esto no puede seguir así.": a reproach with nothing to act on.
    es: /(?<![\p{L}])(?:te lo mereces|te mereces (?:lo mejor|esto))(?![\p{L}])|^esto no (?:puede seguir así|es aceptable)[.!]*$/iu,
    fr: /(?<![\p{L}])(?:vous le méritez|tu le mérites)(?![\p{L}])|^(?:ce n['’]est pas acceptable|c['’]est inacceptable|ça ne peut plus durer)[.!]*$/iu,
    de: /(?<![\p{L}])(?:du hast es dir verdient|gönn dir)(?![\p{L}])|^(?:das geht so nicht(?: weiter)?|das ist nicht (?:akzeptabel|in ordnung|hinnehmbar))[.!]*$/iu,
    pt: /(?<![\p{L}])(?:você merece|tu mereces)(?![\p{L}])|^(?:isso não é aceitável|assim não dá)[.!]*$/iu,
    it: /(?<![\p{L}])(?:te lo meriti|ve lo meritate)(?![\p{L}])|^(?:(?:questo )?non è accettabile|così non va)[.!]*$/iu,
    nl: /(?<![\p{L}])(?:je verdient het|gun jezelf)(?![\p{L}])|^dit is (?:echt )?niet (?:normaal|acceptabel|oké)(?: meer)?[.!]*$/iu,
  },
  /** A rhetorical hook with nothing after it: "Tired of X?", "Sound familiar?", "Ready?". */
  hook: {
    en: /^(?:(?:tired|sick) of [^.!?]{2,60}\?|sound familiar\?|ready\?|are you ready\?|want to know (?:the|our) secret\?)\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu,
    es: /^¿?(?:cansad[oa]s? de [^.!?]{2,60}|te suena|preparad[oa]s?)\?\s*$/iu,
    de: /^(?:keine lust mehr auf [^.!?]{2,60}|kommt dir das bekannt vor|bereit)\?\s*$/iu,
    fr: /^(?:marre de [^.!?]{2,60}|ça vous parle|prêts?)\s?\?\s*$/iu,
  },
};

// "Elevate your evenings. Elevate your life.", "Transform your life.": a slogan that orders the reader
// to a better life says nothing of the place or the thing, and goes on its own.
const SLOGAN_ALONE =
  /^(?:elevate|transform|upgrade|redefine|reinvent|supercharge|unlock|level up|revolutioni[sz]e) your (?:life|lifestyle|evenings?|nights?|mornings?|days?|game|world|everything|routine|style|experience|future)[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+)?$/iu;

/** "Don't be the one who misses out", "Don't get left behind": a warning or a fear, not an order. */
export function warns(sentence: string, language: Language): boolean {
  if (language === 'other') return false;
  return PUSH.warning?.[language]?.test(sentence) === true || PUSH.fomo?.[language]?.test(sentence) === true;
}

function pushes(sentence: string, language: Planned): boolean {
  return Object.values(PUSH).some((kinds) => kinds[language]?.test(sentence) === true);
}

// Self-praise with nothing in it: the reader learns nothing from it, an editor cuts it.
export const SELF_PRAISE: Record<Planned, RegExp> = {
  en: /\b(?:^(?:nobody|no one|no-one) (?:beats|can beat|does it better than) (?:us|our)\b|^(?:we are|we['’]re) (?:(?:now|simply|just|literally|officially|quite simply) )*the (?:best|#1|number one|no\. ?1) [\p{L} -]{1,40}?(?: out there| around| in (?:town|the (?:business|game|world|country)))?(?= *[.!]*$)|^(?:you won['’]t|you will not) find (?:better|anyone better|a better [\p{L} ]{1,20}|cheaper)(?: anywhere)?(?= *[.!]*$)|(?:nobody|no one|no-one) else (?:in (?:town|the city|the (?:area|region|county|country|business))|could|can|comes close|does (?:it|this))|nothing else comes close|^(?:(?:quite )?simply,? )?(?:we are|we're|we’re) (?:simply |just |quite simply )?the best(?: in the business| in town| around)?(?= *[.!]*$)|in a league of (?:its|our|their) own|(?:the )?(?:smartest|sharpest|savviest|best) [\p{L}-]+(?: in [\p{L} ]{2,30}?)? already know|proud doesn'?t (?:even )?(?:begin to )?cover it|our people are our greatest asset|(?:a )?(?:huge|big|proud) moment for (?:us|our|the team)|watch this space|stay tuned|exciting times ahead|(?:this is )?just the beginning|couldn'?t be prouder|onwards and upwards|more to come|big things (?:are )?coming|(?:a )?(?:recognition|testament) (?:of|to) our|we'?re just getting started|the best is yet to come|dreams do come true|hard work pays off|reflects? our (?:continued |ongoing |long-standing |deep |unwavering )?commitment|reaffirm(?:s|ing)? (?:our|its) commitment|testament to (?:our|the|my)|(?:is|are|remains?) our (?:highest|top|number one|first) priority|(?:our|its) commitment to (?:excellence|quality|innovation|our)|committed to (?:excellence|quality|innovation|delivering)|remains? unwavering|lead(?:ing)? the way|second to none|pride (?:ourselves|itself)|our (?:people|team) (?:are|is) (?:our|the) (?:greatest|biggest|most)|proud (?:of|to be part of) (?:our|this) (?:team|journey)|the (?:most (?:advanced|powerful|innovative|trusted)|best|leading|ultimate|#1|number one) [\w -]{0,40}(?:on the market|in the (?:industry|world|market|business|country|uk|us)|ever (?:made|built|created)|(?:we'?ve|I'?ve|we have|I have) ever (?:done|made|built|created|had|launched|released|shipped|brewed|baked|designed))|world-class|industry-leading|best-in-class|cutting-edge|(?:we'?re|we are|I'?m|I am) (?:so |very |incredibly |really |immensely |extremely )?proud of (?:this|our|the|what)|affirms? (?:the|our|its) [\w' ]{0,30}(?:role|position|status|leadership)|(?:sector|market|industry) leader|cements? (?:our|its)|underlines? (?:our|its)|demonstrates? (?:our|the strength of our|its)|positions? (?:us|the \w+|our \w+) as)\b/iu,
  es: /\b(?:esto recién empieza|esto es solo el comienzo|estamos muy orgullosos|lo mejor está por venir|seguimos creciendo|nadie (?:más )?(?:lo hace|puede|podría) como nosotros|nadie más (?:puede|podría|lo hace)|^ning[uú]n otro (?:[\p{L}-]+ )?(?:se (?:nos )?acerca|nos llega a los talones)|^nadie (?:más )?se nos acerca|^somos (?:simplemente |sencillamente )?(?:los mejores|el número 1)(?= *[.!]*$))(?![\p{L}])/iu,
  fr: /\b(?:ce n'est que le début|nous sommes (?:très )?fiers|le meilleur reste à venir|personne d['’]autre (?:ne )?(?:peut|pourrait|fait)|personne ne (?:fait|peut faire) mieux|^(?:aucun|personne|nul)(?: autre)?(?: [\p{L}-]+)? ne (?:nous )?(?:arrive|arrivent) à la cheville|^nous sommes (?:tout simplement |simplement )?(?:les meilleurs|le numéro 1|numéro 1)(?= *[.!]*$))(?![\p{L}])/iu,
  de: /\b(?:das ist erst der anfang|wir sind (?:sehr )?stolz|das beste kommt noch|niemand (?:sonst|anders) (?:kann|könnte|macht)|kein anderer (?:kann|könnte)|^(?:kein anderer|keiner|niemand)(?: sonst)?(?: [\p{L}-]+)? (?:kommt|reicht) (?:auch nur )?(?:annähernd |ansatzweise |im entferntesten )?an uns heran|^wir sind (?:einfach |schlicht |ganz einfach )?(?:die besten|die nummer (?:1|eins)|marktführer)(?:\.\s*punkt)?(?= *[.!]*$))(?![\p{L}])/iu,
  pt: /\b(?:isso é só o começo|estamos muito orgulhosos|o melhor ainda está por vir|ninguém (?:mais )?(?:faz|pode|poderia) (?:como|igual)|mais ninguém (?:faz|pode|poderia)|^nenhum outro (?:[\p{L}-]+ )?chega (?:sequer |nem )?perto|^ninguém (?:mais )?chega (?:sequer |nem )?perto|^somos (?:simplesmente )?(?:os melhores|o número 1)(?= *[.!]*$))(?![\p{L}])/iu,
  it: /\b(?:è solo l'inizio|siamo (?:molto )?orgogliosi|il meglio deve ancora venire|nessun altro(?: in città| a \p{L}+)? (?:avrebbe potuto|potrebbe|può|sa)|^nessun altro (?:[\p{L}-]+ )?(?:si avvicina|ci arriva|regge il confronto)|^siamo (?:semplicemente )?(?:i migliori|il numero 1)(?= *[.!]*$))(?![\p{L}])/iu,
  nl: /\b(?:dit is pas het begin|we zijn (?:erg )?trots|het beste moet nog komen|niemand anders (?:kan|zou|doet)|^(?:geen (?:enkele )?(?:andere )?[\p{L}-]+|niemand(?: anders)?) komt (?:ook maar )?in de buurt|^wij zijn (?:gewoon |simpelweg )?(?:de beste|de nummer 1|marktleider)(?= *[.!]*$))(?![\p{L}])/iu,
};

// A sale brought up the same way in a reply and anywhere else, in the languages the rewriter writes:
// "Did you know our Garden Rooms…?", "perché non approfitta…?", "profiteer van…", "Unsere Empfehlung:
// Steigen Sie jetzt auf den neuen Vento X9 um". Part of both lists below.
const SALE_OFFERED_ANYWHERE = String.raw`did you know (?:that )?our\b|did you know (?:that )?\p{Lu}[\p{L}+-]*(?: \p{Lu}[\p{L}+-]*){0,3} (?:members|customers|subscribers|users|clients)\b|ask about our\b|(?:você|vocês) sabia(?:m)? que (?:você |vocês )?(?:pode|podem)\b|¿?sab[íi]as? que (?:puedes|puede)\b|saviez-vous que vous pouvez\b|wussten sie,? dass sie\b|sapevi che puoi\b|sapeva che (?:può|potrebbe)\b|wist je dat je\b|unsere empfehlung:|steigen sie (?:jetzt |doch )?(?:auf|zu)\b|perché non (?:approfitta|approfitti|approfittate|prova|provi)|profiteer (?:nu )?(?:ook )?van|¿?por qué no (?:aprovecha|aprovechas|prueba|pruebas)|pourquoi ne pas (?:profiter|essayer)|aproveite (?:já )?(?:a|o|as|os) (?:nossa|nosso|nossas|nossos)`;

// In a reply to a customer, a sentence that sells: an editor takes it out of the reply.
const UPSELL = new RegExp(
  String.raw`\b(?:did you know (?:that )?you (?:can|could) [^.?!]{0,60}?\bby (?:joining|upgrading|switching|signing up)|(?:we'?d|we would) (?:love|like) to offer you (?:your|a|an|the|our)\b[^.!?]{0,60}?\b(?:plan|membership|upgrade|tier|package|subscription|bundle)|if you upgrade\b|while (?:you'?re (?:here|at it)|I have you|we have you|it['’]s with us|(?:your|the) (?:car|vehicle|bike|device|laptop|phone) is (?:with us|in))|why not (?:treat yourself|try|upgrade|book|join|take advantage of|explore|consider)|treat yourself to|this offer is valid|did you know (?:that )?you can (?:upgrade|add|get|switch)|(?:consider|recommend|suggest) (?:upgrading|switching|moving) to|invite you to (?:experience|try|discover|enjoy) our|(?:upgrade|switch) (?:today|now) (?:at|to|for)|I (?:also )?wanted to (?:mention|let you know about) our|I'?d (?:also )?like to (?:mention|tell you about) our|check out our|have you (?:tried|seen) our|don'?t forget (?:to|about) (?:check|our|try)|(?:why not )?upgrade (?:to|your)|our (?:new|latest) (?:collection|range|plan|products?|offers?)|(?:premium|pro|plus) (?:plan|tier|membership)|\d+\s?% off|discount|use code|promo code|you might (?:also )?(?:like|love|enjoy)|also (?:love|like) our|${SALE_OFFERED_ANYWHERE})(?![\p{L}])`,
  'iu',
);

// What sells something new, as opposed to making good: a code or a discount offered to a customer
// who complained is the remedy, and it stays with its facts.
const NEW_SALE = new RegExp(
  String.raw`\b(?:did you know (?:that )?you (?:can|could) [^.?!]{0,60}?\bby (?:joining|upgrading|switching|signing up)|while (?:you'?re (?:here|at it)|I have you|we have you|it['’]s with us|(?:your|the) (?:car|vehicle|bike|device|laptop|phone) is (?:with us|in))|why not (?:treat yourself|try|upgrade|book|join|take advantage of|explore|consider)|treat yourself to|did you know (?:that )?you can (?:upgrade|add|get|switch)|(?:consider|recommend|suggest) (?:upgrading|switching|moving) to|invite you to (?:experience|try|discover|enjoy) our|upgrad(?:e|ing) (?:to|your|today|now|here|at)|(?:I|we) can upgrade you\b|(?:I|we) can offer you\b[^.!?]{0,40}\b(?:off|discount)\b|if you upgrade\b|you could upgrade\b|exactly why we (?:created|built|launched|introduced|offer) (?:our|the)\b|did you know (?:that )?(?:customers|members|guests|users|clients|subscribers) (?:on|with) our\b|(?<=[£$€]\s?)\d+(?:[.,]\d+)? (?:extra\b|more (?:a|per|each) (?:month|year|week)\b)|as a (?:valued|loyal|special|returning) (?:guest|customer|member|client|subscriber)\b[^.!?]{0,30}\b(?:you can|you'?ll|you qualify|enjoy|we'?d like to offer)|you qualify for (?:our|a|an|the)\b[^.!?]{0,40}\b(?:upgrade|plan|membership|tier|package)|(?:we'?d|we would) (?:love|like) to offer you\b[^.!?]{0,60}\bupgrade|newly renovated|(?:premium|pro|plus) (?:plan|tier|membership)|have you (?:tried|seen) our|check out our|(?:they['’]re|it['’]s|they are|it is) even better with our|don['’]?t forget (?:about )?our [^.!?]{0,40}\b(?:plan|membership|package|subscription|bundle|sale|offer|deal|promotion)|(?<=^[^\p{L}]*)did you know (?:that )?with (?:our |the )?\p{Lu}[\p{L}+-]*|(?:we'?d|we would)(?:,\s*however,)? (?:love|like) to offer you (?:our|the)\b[^.!?]{0,60}\b(?:plan|membership|tier|package|subscription|bundle)|${SALE_OFFERED_ANYWHERE})(?![\p{L}])`,
  'iu',
);

/**
 * Whether a sentence in a customer reply sells instead of helping. `withFacts`: the sentence carries
 * a price, a link or a code, and goes only when it sells something new.
 */
// "we'd like to offer you a complimentary upgrade…": what a reply gives to make good is no sale.
// "As a goodwill gesture, we'd like to offer you 20% off…", "As a token of our appreciation…": what
// the sender gives to make up for the trouble is no sale, whatever it is off.
const MAKE_GOOD =
  /\b(?:(?:offer|give|send)(?:ing)? you (?:a |an )?(?:complimentary|free)\b|as a (?:goodwill gesture|gesture of goodwill|token of (?:our )?(?:appreciation|apology|goodwill|thanks))\b|to make (?:it|this|that) up to you\b)(?![^.!?]*\b(?:recommend|did you know|don['’]t forget|per (?:month|year))\b)/iu;

// "Use code SORRY15 for 15% off your next order": a code that makes good for the trouble, not a sale.
// Not a code named for the upgrade it was for ("UPGRADE10 for 10% off your next stay").
// Nor one for "your first month at half price", whatever its name: that month is a plan's, sold.
const GOODWILL_CODE =
  /^(?![^]*\b(?:upgrade\w*|first (?:month|year|week|box|term)\b))[^]*\b(?:sorry\w*|apolog\w*|next (?:order|purchase|booking|stay|visit)|on us|goodwill)\b/iu;

/** Whether a sentence of a reply makes good for the trouble: a gesture of goodwill, or a code given for it. */
export function makesGood(sentence: string): boolean {
  return MAKE_GOOD.test(sentence) || GOODWILL_CODE.test(sentence);
}

const SORRY = /\bsorry|apolog/iu;

export function isUpsell(sentence: string, withFacts = false): boolean {
  if (MAKE_GOOD.test(sentence)) return false;
  if (BY_THE_WAY_SALE.test(sentence) || PLUG_IN_PASSING.test(sentence)) return true;
  if (!withFacts) return UPSELL.test(sentence);
  // A reply that says sorry in the sentence makes good. An upgrade whose code alone is named so ("you can
  // upgrade to the BlendPro X9 for $89 with code SORRY40") still sells.
  if (
    SORRY.test(sentence) &&
    (!/\bupgrad/iu.test(sentence) || SORRY.test(sentence.replace(/\bcode:?\s+\S+|\b\p{Lu}+\d+\b/gu, '')))
  )
    return false;
  return (
    NEW_SALE.test(sentence) ||
    (RECOMMENDING.test(sentence) &&
      (RECURRING_PRICE.test(sentence) || PLAN.test(sentence) || OUR_THING_AT_A_DISCOUNT.test(sentence)))
  );
}

// "P.S. Have you tried our NEW Triple Stack Smash yet??": a product plugged in passing at the end of a reply.
const PLUG_IN_PASSING =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:(?:p\.?\s?s\.?|by the way|btw)[:,.]?\s*(?:have you (?:tried|seen)|did you know about|don['’]t forget to (?:try|check out)|(?:you should )?check out|why not try) (?:our|the) |(?:p\.?\s?s\.?\s*)?have you (?:tried|seen) our (?:(?:new|latest) [^?]*|[^?]* yet)\?)/iu;

// "le consigliamo vivamente la nostra Junior Suite vista lago, oggi con il 10% di sconto": one of the
// sender's own things, recommended at a discount, in every language the rewriter writes.
const OUR_THING_AT_A_DISCOUNT =
  /\b(?:our|la nostra|il nostro|i nostri|le nostre|notre|nos|nuestra|nuestro|nuestros|nuestras|unsere[nmrs]?|onze|ons|a nossa|o nosso|as nossas|os nossos)\b[^.!?]{0,80}?(?:\d+\s?%|\b(?:sconto|descuento|desconto|réduction|remise|Rabatt|korting|discount)\b)/iu;

// "Übrigens: Mit unserer Premium-Mitgliedschaft … 15 % Rabatt", "Aproveito para dizer que a mesa a
// condizer está com 20% de desconto": a sale brought up in passing, in every language the rewriter writes.
const BY_THE_WAY_SALE =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:by the way|btw|while you['’]re here|overigens|wist u (?:overigens|trouwens)|aproveitando[:,]|approfittiamo dell['’]occasione per|übrigens|por cierto|aprovecho (?:la ocasión )?para|aprovechamos (?:la ocasión )?para|aproveito (?:a ocasião )?para|aproveitamos (?:a ocasião )?para|aproveitando (?:o contato|a oportunidade|a ocasião)|profitons-en pour|nous profitons de l['’]occasion pour|ne approfittiamo per|cogliamo l['’]occasione per|tip:|au fait|d['’]ailleurs|tra l['’]altro|a proposito|trouwens|p\.?\s?s\.?)\b[^.!?]*?(?:\d+\s?%|[Rr]abatt|desconto|descuento|sconto|korting|réduction|remise|discount|\b[Cc](?:ode|ódigo|odice)\b|[Mm]itgliedschaft|membership|premium|abonnement|assinatura|suscripción|abbonamento|plano|\bplan\b|piano)/iu;

// "we'd recommend our TyreCare+ plan (£4.99/month)", "Le invitamos a probar nuestro Plan Premium (39€/mes)",
// "Misschien is ons Zorgeloos-abonnement (€7,95 p/m) iets voor u": a paid plan recommended to a customer
// who wrote about a problem, in every language the rewriter writes.
const RECOMMENDING =
  /\b(?:recommend|suggest|might (?:want|like)|invite you|le informamos de que con (?:nuestra|nuestro)|le invitamos|te invitamos|le recomendamos|te recomendamos|vous recommandons|vous invitons|vous conseillons|empfehlen (?:wir )?Ihnen|iets voor (?:u|jou)|raden (?:u|je) aan|(?:le|ti|vi) consigliamo|(?:lhe |te )?recomendamos|convidamos|(?:le |te |lhe )?sugerimos|attenderen (?:wij|we) (?:u|je) (?:graag )?op|vous suggérons|(?:le|ti|vi) suggeriamo|schlagen (?:wir )?Ihnen vor|stellen (?:wij |we )?(?:u |je )?voor)\b/iu;
// "£9.99/month", "from just £189 per night": a price a plan or a room charges again and again.
const RECURRING_PRICE =
  /(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|EUR|\$|£))\s?(?:(?:more|extra|más|mais|de plus|in più|mehr|meer) )?(?:\/\s?|per |p\/|al |por |par |pro |a )(?:month|mo|m|mes|mois|Monat|mese|mês|maand|night|nuit|Nacht|notte|noche|noite|nacht)\b/iu;
const PLAN =
  /\b(?:plan|plano|piano|tarif|package|bundle|abonnement|subscription|suscripción|membership|Abo|abbonamento|assinatura|paquete|forfait|pacchetto|pakket)\b/iu;

const THANKS_OPENING =
  /^\W*(?:(?:a |an )?(?:huge|big|massive|special|heartfelt|sincere|enormous)\s+)?(?:thanks|thank you|shout-?out)\b/iu;

// Credit given to the people who did the work, in the covered languages.
const PEOPLE = String.raw`(?:team|staff|people|crew|volunteers|members|students|players|colleagues|teachers|nurses|engineers|squadra|équipe|equipo|equipa|equipe|mannschaft|medewerkers|collega['’]s|bénévoles|voluntarios|volontari)`;
export const CREDITS_PEOPLE = new RegExp(
  String.raw`\b(?:proud of|prouder of|orgoglios[oaie] (?:di|della|del)|fier(?:e|s|es)? (?:de|d['’])|orgullos[oa]s? de|orgulhos[oa]s? d[aoe]|stolz auf|trots op)\s+(?:(?:our|the|this|these|my|all (?:our|the)|every(?:one)? (?:of )?(?:our|the)|questa|questo|la nostra|il nostro|notre|nos|cette|ce|nuestro|nuestra|este|esta|a nossa|o nosso|unser(?:e|em|er)?|dies(?:e|es|em)|ons|onze|dit|deze)\s+)?(?:(?:[\p{L}-]+\s+){0,3})${PEOPLE}(?![\p{L}-])|\b(?:this|it) is (?:your|YOUR) (?:award|win|trophy|success|achievement|prize)\b|\b(?:none of (?:this|it) would (?:be|have been) possible|(?:this|it) (?:would(?:n['’]t| not) (?:be|have been) possible|could(?:n['’]t| not) have happened)) without (?:my|our|the|this) (?:[\p{L}-]+\s+){0,3}${PEOPLE}(?![\p{L}-])`,
  'iu',
);

// "… - GO GO GO!": a cheer after a dash at a sentence's end.
const CHEER_AFTER_DASH = /\s*[—–-]\s*go,? go,? go\b[!.]*\s*$/iu;

/** Whether a sentence without facts only pushes or praises itself. */
export function isPressure(sentence: string, language: Language): boolean {
  if (language === 'other') return false;
  // "Dresses, tops, denim - GO GO GO!": what is on sale decides, not the cheer after it.
  const cheered = sentence.replace(CHEER_AFTER_DASH, '');
  if (cheered !== sentence && (cheered.match(/\p{L}+/gu)?.length ?? 0) >= 3)
    return isPressure(cheered, language);
  // "Don't miss our free webinar!" pushes, but it names what is on offer: it is said, not dropped.
  // A jab that mentions something free is still a jab ("Had you attended the free webinar, this would
  // have been clear").
  if (/\b(?:free|gratis|gratuit\w*|kostenlos|grátis)\b/iu.test(sentence))
    return JAB[language]?.test(sentence.replace(EMOJI_AT_END, '')) === true;
  // "We've been working on the scents for weeks and honestly they're the best we've made": the
  // praise after the news goes (calm), the news stays.
  if (language === 'en') {
    const news = sentence.replace(PRAISE_TAIL, '');
    if (news !== sentence && (news.match(/\p{L}+/gu)?.length ?? 0) >= 3) return isPressure(news, language);
  }
  // "Huge thanks to our world-class team…": thanks are the post's warmth; the hype word in them goes as a
  // word (calm), the thanks stay.
  // Not thanks that turn into a boast ("— you are the real MVPs", ": we are simply the best").
  // Nor thanks taken back in the same breath ("Thanks I guess??").
  if (
    THANKS_OPENING.test(sentence) &&
    !/[:;—–]|\bbut\b|\bI guess\b|\bthanks? to (?:me|myself)\b|\bthe few (?:of you )?who\b/iu.test(sentence)
  )
    return false;
  // "We couldn't be prouder of this team", "This is YOUR award": credit to the people who did it is
  // the warmth an editor keeps; its hype words go as words (calm). ("A testament to our team and our
  // commitment to excellence" is the podium's, and goes.)
  if (CREDITS_PEOPLE.test(sentence)) return false;
  // "Do not reply to this message.": an instruction the reader needs, however it is put.
  // ("Do not call the office about this." is no instruction: it shuts the door, and goes.)
  if (INSTRUCTION_NOT_TO.test(sentence) && !shutsTheDoor(sentence, language)) return false;
  // "Once they're gone, they're gone. 🌊": the emoji after the words are not part of what they say.
  const said = sentence.replace(EMOJI_AT_END, '');
  return (
    PRESSURE[language].test(said) ||
    SELF_PRAISE[language].test(said) ||
    (language === 'en' && FALSE_MODESTY.test(said)) ||
    JAB[language]?.test(said) === true ||
    shutsTheDoor(said, language) ||
    tauntsTheReader(said, language) ||
    reproachesTheReader(said, language) ||
    claimsOverRivals(said, language) ||
    ranksItselfFirst(said, language) ||
    TOO_LATE_ALONE[language]?.test(said.trim()) === true ||
    CONDITIONAL_TAUNT[language]?.test(said) === true ||
    pushes(said, language) ||
    (language === 'en' && JOB_AD_CLICHE.test(said)) ||
    HURRY_ALONE.test(said.trim()) ||
    (language === 'en' && TEASER_ALONE.test(said.trim())) ||
    (language === 'en' && SLOGAN_ALONE.test(said.trim())) ||
    ALARM_ALONE.test(said.trim())
  );
}

/**
 * "ST MARY'S PRIMARY": before a name, with no number before it ("12 ST JOHN'S RD" is a street), "ST" is
 * the saint ("St Mary's"). One answer for a shouted sentence and a shouted sender's name.
 */
export function isSaint(text: string, offset: number, word: string): boolean {
  return (
    word === 'ST' && /^ \p{Lu}/u.test(text.slice(offset + 2)) && !/\d[\s,]*$/u.test(text.slice(0, offset))
  );
}

/**
 * A jab at the reader ("If you're still working 9-5 next year, that's a choice."), or a hearing refused them, as
 * a whole sentence: it goes even where it names the sender ("The Brand Team will not respond to individual
 * queries about this change.").
 */
export function isJab(sentence: string, language: Language): boolean {
  const said = sentence.replace(EMOJI_AT_END, '').trim();
  return (
    JAB[language]?.test(said) === true ||
    refusesAHearing(said, language) ||
    tauntsTheReader(said, language) ||
    reproachesTheReader(said, language) ||
    ranksOverAPlace(said, language) ||
    ranksItselfFirst(said, language)
  );
}

// "And that's not all!", "But wait, there's more!": a teaser that is a sentence of its own says
// nothing once what it teased ("Stay tuned…") is gone, and little before.
const TEASER_ALONE =
  /^(?:(?:(?:and|but|oh,?) )?(?:that['’]s|that is) not all|(?:but )?wait,? there['’]s more|(?:and )?there['’]s (?:so )?much more (?:to come|coming))[.!…]*$/iu;

// "⚠️ FINAL WARNING ⚠️", "URGENT!": an alarm as a line of its own is a siren over what follows, which
// says what is urgent ("Your contract ends 31/05"). A notice's status ("Final notice") is a fact and stays.
// The alarms a post raises over itself, in the covered languages.
// "¡Últimos días!", "Final days!!": a countdown with no date is an alarm too; the date, where there is
// one, is in the sentence that carries it ("Solo hasta el domingo 30 de marzo").
// "ATENÇÃO ATENÇÃO ATENÇÃO", "ACHTUNG!": a call for attention alone is one too, said once or over again.
const ALARM = String.raw`attention|atención|atenção|achtung|attenzione|let op|urgent|urgente|dringend|final warning|last warning|dernier avertissement|último aviso|ultimo avviso|laatste waarschuwing|letzte warnung|(?:the )?(?:last|final) days|últimos días|últimos dias|derniers jours|letzte tage|ultimi giorni|laatste dagen`;
const ALARM_ALONE = new RegExp(
  String.raw`^(?:(?:\p{Extended_Pictographic}|\uFE0F)\s*)*[¡!]*(?:(?:this is (?:your|a|the) )?(?:${ALARM}))(?:[\s!,]+(?:${ALARM}))*[.!:]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F))*$`,
  'iu',
);

// "¡YA!", "NOW!!", "Jetzt!", "CORRETE 🏃", "GO GO GO 🏃‍♀️", "Foncez": a hurry that is a sentence of its own says nothing but hurry. So does
// emphasis alone ("A sério.", "En serio.", "Im Ernst."), once the sentence it stressed has gone.
const HURRY_ALONE =
  /^[¡!¿]*(?:seriously|honestly|really|now|right now|ya|ahora|jetzt|sofort|subito|adesso|maintenant|agora|já|nu|meteen|a sério|em sério|en serio|de verdad|sérieusement|sérieux|sul serio|davvero|im ernst|ernsthaft|echt waar|serieus|run|hurry|go(?: go)+|let['’]s go|be quick|be fast|(?:don['’]t|do not) (?:wait|delay|hesitate)|foncez|fonce|vite|corre|corred|corran|correte|corri|courez|cours|lauft|rennt|lauf|renn|beeil dich|beeilt euch|rennen|corram|corra|corre já)\s*[.!?]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}]))*$/iu;

// "I don't usually post about this kind of thing, but...", "Not gonna lie, I almost didn't post this.":
// modesty that announces a boast. On its own, such a sentence goes and the news it led to stays.
const FALSE_MODESTY =
  /^(?:(?:but|and|so) )?(?:I (?:don['’]t|do not|never|rarely) (?:usually |normally |often |really )?(?:post|share|talk) (?:about )?(?:this|these|things like this|stuff like this|personal (?:stuff|news|wins|things))(?: (?:kind|sort) of (?:thing|things|stuff|post))?,? but|(?:not gonna lie,? )?I (?:almost|nearly) didn['’]t post this|\((?:ok(?:ay)?|well|alright|fine),? maybe (?:just )?a (?:little|bit|tiny bit)\b[^()]*\)|(?:I['’]m )?not one for blowing my own (?:trumpet|horn),? but|I['’]m not (?:saying|posting|sharing) this to (?:brag|boast|show off)|this (?:isn['’]t|is not) about me|I['’]m not one for the spotlight)[\s.!…]*$/iu;

const TAG_TAIL = String.raw`\s*(?:below|in the comments)?\s*[.!]*\s*(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)\s*)*$`;
// "Tag 3 friends who NEED this", "Tag the friend who always misses the last boat": one person asked about.
const SHARE_BEFORE_TAG =
  /^(?:(?:\p{Extended_Pictographic}|\uFE0F)\s*)*(?:(?:like|share|save|repost)(?: (?:this|it|this post))?(?:,? (?:and|&|\+) |, ))+(?=tag\s)/iu;
const TAG_SOMEONE = new RegExp(
  String.raw`^(?:(?:\p{Extended_Pictographic}|\uFE0F)\s*)*(?:tag|share (?:this |it )?with) (?:(?:a|an|the|your|\d+|two|three|five) (?:[\p{L}-]+ )?(?:friends?|(?:team|class|room|work|gym|flat|house)?mates?|besties?|buddy|buddies|pals?|people|person|colleagues?|co-?workers?)|someone|somebody)\s+(who|that)(\S*)\s+([^.!?\n\p{Extended_Pictographic}]+?)${TAG_TAIL}`,
  'iu',
);
// A giveaway's way to enter ("tag 3 friends to WIN"), which stays as written.
const GIVEAWAY_WORD = /\b(?:win|winner|entr(?:y|ies)|giveaway|prize|draw|unlock)\b/iu;
const MODAL = /^(?:would|will|can|could|should|might|must|may|did|had)$/iu;
const IRREGULAR: Record<string, string> = { are: 'is', have: 'has', were: 'was', do: 'does', go: 'goes' };

/** The verb after "who" agreeing with one person: "who NEED this" → "who needs this". */
function oneWho(clause: string): string {
  return clause.replace(
    /^(who|that) ((?:always|never|still|just|really|also|secretly) )?(\p{L}+)(?![\p{L}'’])/iu,
    (_all, who: string, often = '', verb: string) => {
      const lower = verb.toLowerCase();
      const agreed =
        MODAL.test(lower) || /[^s]s$|[^e]ed$/u.test(lower)
          ? lower
          : (IRREGULAR[lower] ??
            (/(?:sh|ch|ss|x|z|o)$/u.test(lower)
              ? `${lower}es`
              : /[^aeiou]y$/u.test(lower)
                ? `${lower.slice(0, -1)}ies`
                : `${lower}s`));
      return `${who} ${often.toLowerCase()}${agreed}`;
    },
  );
}

const TAG_YOUR = new RegExp(
  String.raw`^(?:(?:\p{Extended_Pictographic}|\uFE0F)\s*)*tag your ((?:[\p{L}-]+ ){0,2}?(crew|squad|gang|team|bestie|bff|partner|other half|friends|besties|mates))${TAG_TAIL}`,
  'iu',
);

/**
 * "Tag someone who'd smash it 👇" → "Know someone who'd smash it?", "Tag your brunch crew below" →
 * "Who's in your brunch crew?": the reader's prompt asked as a question, not ordered. Null when the
 * sentence is no such prompt (a giveaway's "Tag 3 friends" is an entry step, and stays one).
 */
export function tagAsQuestion(sentence: string): string | null {
  // "…👇 @luminaskinco #skincare": the handles and hashtags after it stay after the question.
  const tail =
    /(?:\s+(?:[#@][\p{L}\p{N}_.]+|\p{Extended_Pictographic}|\uFE0F)+)*\s+[#@][\p{L}\p{N}_.]+(?:\s+(?:[#@][\p{L}\p{N}_.]+|\p{Extended_Pictographic}|\uFE0F)+)*$/u.exec(
      sentence,
    );
  if (tail && tail.index > 0) {
    const asked = tagAsQuestion(sentence.slice(0, tail.index));
    const tags = tail[0].replace(/^(?:\s*(?:\p{Extended_Pictographic}|\uFE0F))+/u, '');
    return asked ? `${asked}${tags}` : null;
  }
  if (GIVEAWAY_WORD.test(sentence)) return null;
  // "Apply at boxwood.io/careers or tag someone who'd crush this": the way to apply, then the question.
  const orTag = /^(\S.*?\S),? or (tag\s.+)$/iu.exec(sentence);
  if (orTag) {
    const asked = tagAsQuestion(orTag[2] as string);
    return asked ? `${orTag[1] as string}. ${asked}` : null;
  }
  // "Share this and tag a friend who NEEDS to learn French": the share asked first goes with the order.
  const someone = TAG_SOMEONE.exec(sentence.replace(SHARE_BEFORE_TAG, ''));
  if (someone) {
    const [, who = '', suffix = '', rest = ''] = someone;
    // "who'd smash it" already says it of one person; "who NEED this", said of friends, becomes "who needs this".
    const asked = suffix ? `${who.toLowerCase()}${suffix} ${rest}` : oneWho(`${who.toLowerCase()} ${rest}`);
    // "Know someone who…?" is how people ask it; "Who do you know who…?" read as a form to raters.
    return `Know someone ${asked}?`;
  }
  const yours = TAG_YOUR.exec(sentence);
  if (!yours) return null;
  const [, group, kind] = yours as unknown as [string, string, string];
  if (/^(?:crew|squad|gang|team)$/iu.test(kind)) return `Who's in your ${group}?`;
  if (/^(?:friends|besties|mates)$/iu.test(kind)) return `Who are your ${group}?`;
  return `Who's your ${group}?`;
}

// A jab at the reader, or at someone else, with nothing to act on: on its own, such a sentence goes.
// "Only serious people please.", "That choice is really in your hands.", "Si no vienes, te lo pierdes.",
// "No further correspondence will be entered into.", "Telefonische Nachfragen sind zwecklos.", "The
// Council will not respond to individual queries about this change.", "Over deze wijziging wordt niet
// gecorrespondeerd.", "Aucune réclamation ne sera traitée par téléphone.",
// "This policy is non-negotiable.", "We will not be accepting excuses relating to traffic or parking.":
// a door shut in advance tells the reader nothing the rule before it did not. "Honestly, we thought you
// cared.", "This is disgusting and selfish.", "Hiring managers: if you're still relying on job boards in
// 2024, you're already behind.": blame, with nothing to act on.
// "We've emailed you four times now and we still haven't heard from you.": the count of asks is a
// reproach, not news.
const JAB: Partial<Record<Language, RegExp>> = {
  // "Real fans will do it. Fake fans will scroll.": fans sorted into real and fake is a taunt.
  en: /^(?:don['’]t @ (?:us|me)|(?:maybe |perhaps )?next time,? [^.!?\n\p{Extended_Pictographic}]{2,50} like everyone else|not our (?:problem|fault|issue)|cool story(?:,? (?:bro|mate|pal))?|bold|see you [^.!?]{0,30}next time,? (?:champ|mate|buddy|pal|chief)|weather happens|(?:we|I) (?:don['’]t|do not) control the (?:weather|fog|snow|rain|wind|traffic)|do you want to be the (?:reason|one|person) (?:a |that |why |who )[^?]{2,60}\?+|I can see who['’]s (?:viewed|seen|watched|opened) my (?:story|stories|post|posts|email)|I know (?:a lot of|most of|some of|many of|plenty of) you (?:spent|spend|have spent) [^.!?\n\p{Extended_Pictographic}]{2,60}|(?:if you [^,.!?]{2,30},? that['’]s your choice,? )?(?:but )?don['’]t pretend (?:that )?you care\b[^.!?\n\p{Extended_Pictographic}]*|silence is complicity|(?:we['’]re|we are|I['’]m|I am) not a charity|(?:but )?(?:are|is) (?:they|it|things|times) really that (?:hard|bad|tough)\?+|is (?:a|one|your|that) [^?]{2,30} (?:really )?worth more than [^?]{2,50}\?+|(?:or )?will you still be [^?]{2,60} (?:this time next year|next year|in a year(?:['’]s time)?)\?+|every day you wait is (?:a day (?:you['’]re going backwards|lost|wasted)|another day [^.!?]{2,40})|don['’]t let (?:all )?(?:that|your) hard work go to waste|your (?:goals|dreams|body|future(?: self)?) (?:won['’]t|will not) wait(?: forever| for you)?|don['’]t (?:message|call|ring|dm|email|text|come to) (?:us|me)\b[^.!?\n\p{Extended_Pictographic}]{0,30}\bcrying|don['’]t leave it (?:till|until|to)\b[^.!?\n\p{Extended_Pictographic}]{2,60}\b(?:crying|moaning|complaining)|(?:we|I) (?:don['’]t|do not) know how (?:else )?(?:to|we can|I can) make (?:that|it|this) (?:any )?clearer|(?:are you )?still making excuses\?*|don['’]t let yourself go|the least you can do is\b[^.!?\n\p{Extended_Pictographic}]*|if you['’]re still [^.!?]{2,60}?,? you['’]ve already lost|is your [^?]{2,30} really worth more than [^?]{2,50}\?+|if you want [^,.!?]{2,60},? you know where to find (?:us|me)|(?:please )?read the (?:terms|small print|description|listing|FAQs?|rules|instructions)\b[^.!?]{0,40} (?:before|next time)\b[^.!?\n\p{Extended_Pictographic}]*|(?:honestly,? )?if you['’]re still [^,.!?]{2,60}?,? (?:that['’]s|it['’]s) on you|(?:we|I)['’]?d suggest (?:that )?you find (?:another|a different|a cheaper) [^.!?]{2,60}|(?:I don['’]t know how else to say (?:this|it):? )?if you close this (?:email|e-mail|message|page|post) without (?:giving|donating|helping)\b[^.!?\n\p{Extended_Pictographic}]*|if [^,.!?]{2,60},? you['’]ll know why|(?:our )?(?:competitors|rivals|the competition) (?:simply |just )?(?:cannot|can['’]t|could never) (?:compete|keep up|match (?:us|this|it))|(?:we['’]re|we are|I['’]m|I am) [\p{L} -]{2,30}, not (?:miracle[- ]workers?|magicians?|mind[- ]readers?|a charity|your (?:servants?|babysitters?|cleaners?))|(?:the |our |this )?[\p{L} -]{2,30} (?:is|are) not (?:a |an |your )?(?:salon|hotel|creche|crèche|nursery|babysitting service|storage (?:unit|facility|space)|dumping ground|playground|personal [\p{L}]+ (?:service|space|storage))|if you (?:didn['’]t|did not) (?:like|want|agree with) [^,.!?]{2,40},? you should have (?:said|told|mentioned|raised) (?:so|it|this|us)\b[^.!?\n\p{Extended_Pictographic}]*|had you (?:read|checked|attended|looked at|followed|contacted|raised|asked|booked|called)\b[^.!?]{2,100}?,? (?:this|it|that|you) would (?:have been|have) (?:clear|known|avoided|spotted|seen|been avoided|been clear|been resolved)\b[^.!?\n\p{Extended_Pictographic}]*|(?:and )?(?:I|we) would (?:gently |respectfully |kindly )?suggest that [^.!?]{2,100}? would have (?:helped|made a difference|avoided this|prevented this)\b[^.!?\n\p{Extended_Pictographic}]*|(?:we |I )?(?:also )?note that you did not [^.!?]{2,100}?,? which would have been (?:the )?(?:appropriate|correct|right|sensible|proper) (?:course of action|thing to do|step|time to do so)|why (?:settle for less|pay more|go anywhere else|look (?:anywhere )?elsewhere)\b[^?]{0,80}\?+|stop (?:putting everyone else first|making excuses|overthinking it|scrolling) and (?:book|buy|order|sign up|join|treat yourself)\b[^.!?\n\p{Extended_Pictographic}]*|maybe (?:try(?:ing)? |do |read |check |plan |learn |think |ask |look |google )[^.!?]{0,40} next time|stop asking(?: (?:please|now|already))?|never (?:have|did|will)|(?:I|we) thought (?:I|we) could (?:count on|rely on) (?:you|this community|you all|y['’]all)|(?:I|we) thought (?:this|our|the|my) (?:community|group|club|town|village|neighbou?rhood|audience|fam|family|followers?|members?|school) (?:cared|was better|would (?:help|care|show up|turn up))|(?:we['’]ve|we have|I['’]ve|I have) (?:asked|emailed|written to|messaged|reminded|contacted) you [^.!?]{0,40}\band (?:heard|got|had|received) nothing(?: back)?|if you['’]re not [^,.!?]{2,40},\s*you['’]re (?:choosing|deciding|happy) to (?:stay|remain|be) [\p{L} -]{2,20}|you['’]re (?:just |simply )?wrong|this (?:is|was) (?:clearly|plainly|very clearly) (?:stated|explained|written|displayed|set out|signposted)|case closed|if not,?\s+keep (?:doing|getting) what you['’]re [^.!?]{0,80}|maybe (?:try )?(?:being|be) (?:more )?(?:polite|nice|civil|respectful|kind|patient)\b[^.!?]{0,80}|(?:well,? )?see you (?:in the same place|right back here|back here|here) (?:next|this time next) (?:year|month|week|time)|you (?:do not|don['’]t|won['’]t|will not) want to miss (?:this|it|out)(?: one)?|(?:(?:and|trust me|honestly),? )?you['’](?:ll| will) (?:hate yourself|kick yourself|be kicking yourself|regret it|be sorry)(?: (?:if|when) you miss (?:this|it|out)| later| forever| tomorrow)?|there will be no further reminders|please plan accordingly|only (?:the (?:best|brave|committed|serious|hungry|top \d+\s?%)|A-players|rock ?stars|ninjas)(?: need| should| may)? apply|if you['’]re not (?:ready|willing|prepared|able) to [^,.!?]{2,60},? (?:this|it) (?:isn['’]t|is not) (?:for you|the (?:job|role|team|place|company) for you)|if you can['’]t (?:handle|keep up with|take|cope with) [^,.!?]{2,40},? (?:this|it) (?:isn['’]t|is not) (?:for you|the (?:job|role|team|place|company) for you)|not (?:just )?(?:one of the (?:best|greats|top \w+)|another [\p{L}-]+)|\(?\s*(?:p\.?\s?s\.?:?\s*)?(?:I|we)(?:['’]ve| have) (?:now |already )?sent you (?:\d+|two|three|four|five|several|a few|multiple) (?:messages|emails|e-mails|notes|DMs|texts)(?: now| already)?(?:\s*[-–—,]\s*(?:so )?if (?:I|we) (?:don['’]t|do not) hear (?:back|from you)[^()?]*)?\)?|(?:seriously,? )?(?:if [^,.!?]{2,60},? )?(?:we|I) (?:feel|felt) (?:so |really )?sorry for (?:you|them|anyone who [^.!?]{2,40})|are you (?:really |seriously |honestly )?going to let [^?]{3,80}\?|(?:your|ur) (?:kids|children|family|little ones) deserve (?:better|more)(?: than [^.!?]{2,60})?|(?:honestly,? |frankly,? )?(?:at this point,? )?(?:the competition|competitors|rivals|other [\p{L}-]+s)(?: (?:should|can|may as well|might as well) (?:just )?(?:give up|pack up|go home|quit|pack it in)| (?:are|is) (?:shaking|quaking|sweating|nervous))\b[^.!?]{0,20}|(?:haters|doubters|the haters|the doubters),? (?:take note|watch and learn|stay mad)|(?:(?:so|and),? )?(?:competitors|rivals|the competition|other (?:agencies|firms|brands|shops|studios|companies|businesses|salons|gyms|plumbers|agents|coaches)),? (?:take note|watch and learn|eat your hearts? out|you['’]ve been warned)|(?:all )?(?:the )?other [\p{L}-]+s(?: in [\p{L} ]{2,30}?)? (?:should be ashamed(?: of themselves)?|could learn a thing or two|should take notes)|(?:and you,? )?what are you doing about it\?|is that (?:really )?what you want\?|don['’]t look away|(?:real|true|fake) (?:fans|friends|supporters|followers) (?:will|would|do|don['’]t|won['’]t)\b[^.!?]{0,30}|(?:and |but )?(?:we|I)(?:['’]ve| have)? (?:already |now )?(?:emailed|e-mailed|written(?: to)?|messaged|texted|called|asked|reminded|contacted|chased)(?: you)?(?: about (?:this|it))? (?:\d+|two|three|four|five|six|several|multiple|many|a few|a number of|countless) times(?: now| already)?(?:,? (?:and|but) (?:we|I) (?:still )?(?:haven['’]t|have not|didn['’]t|did not) (?:heard|had (?:a|any) (?:reply|response|answer))(?: back)?(?: from you)?(?: yet)?)?|(?:and |but )?(?:we|I) (?:still )?(?:haven['’]t|have not) heard (?:back )?from you(?: yet)?|if you['’]re still [^,.!?]{2,60}?,? (?:that['’]s|it['’]s|then that['’]s) (?:a|your) choice|(?:we should not have to do this\.?\s*)?please (?:show|have) (?:some )?(?:respect|consideration|courtesy)(?: (?:for|to|towards) [^.!?]{2,60})?|(?:maybe|perhaps|so) (?:check|read|look at|try|set) [^.!?]{2,40} next time|if you (?:don['’]?t|do not|didn['’]?t) [^.!?,]{2,30},? you['’]?re not (?:a )?(?:real|true) (?:one|fan|supporter|member)s?|(?:repeated|further|more|multiple|additional) (?:e-?mails|calls|messages|chasers|phone calls) (?:will not|won['’]t|do not|don['’]t|cannot|can['’]t) (?:speed up|change|help|affect)[^.!?]{0,60}|[^.!?]{0,40}\bbecause (?:of )?a few (?:people|individuals|of you|members|staff)\b[^.!?]{0,60}|don['’]t let [^.!?]{1,25}?(?:-you|future you|future self|future-you) regret (?:this|it)|some (?:people|of you|residents|members|staff|parents|customers) (?:seem to |clearly |apparently )?(?:think|believe) (?:that )?(?:the rules|these rules|rules) (?:don['’]t|do not) apply to (?:them|you)|(?:and )?(?:we|I)(?:['’]ve| have) noticed|pleading ignorance (?:is|will) not (?:be )?(?:accepted|an excuse|a defen[cs]e)|you have been (?:told|warned)(?: (?:before|already|repeatedly|several times|more than once))?|(?:seriously,? )?(?:stop scrolling and )?(?:shop|buy it|go)|(?:if you['’]re not [^.!?]{2,40}?,? )?are you (?:even|really|truly) an? (?:real |true )?[\p{L}-]+\?*|(?:yeah,? )?I said it|it is not (?:difficult|hard|rocket science)|it['’]s not (?:difficult|hard|rocket science)|I am not your (?:cleaner|mum|mom|maid|mother|servant|babysitter|parent)|I['’]m not your (?:cleaner|mum|mom|maid|mother|servant|babysitter|parent)|I['’]d bet you['’]re the same|you['’]d be (?:crazy|mad|silly) not to[^.!?]*|(?:[\p{L} ]{2,30}: )?if you['’]re (?:still |not )?[^.!?]{3,80}?,? (?:you['’]re (?:literally |basically |already |officially |honestly )?(?:throwing money away|behind|falling behind|losing|missing out|doing it wrong|wasting [^.!?]{2,30})|what are you (?:even |actually )?doing with your life\?*|I can['’]t help you|(?:idk|I don['’]t know|I dunno) what to tell you|(?:honestly,? )?what are you (?:even |actually )?doing\?*)|stop wasting (?:money|time) on [^.!?]{3,40}|only serious (?:people|buyers|applicants|enquiries|inquiries)(?: (?:please|only))?|lazy applications (?:get|will be) (?:deleted|ignored|binned)|we (?:should not|shouldn['’]t) have to (?:keep saying this|keep telling you|chase [^.!?]{3,40}|remind [^.!?]{3,40})|are you really going to say no\?|(?:are you )?an? (?:rock ?star|ninja|guru|unicorn|wizard)\?|you get what you pay for,? (?:people|folks|guys)?|still here\?|(?:but )?(?:that|the) choice is (?:really |all )?(?:in your hands|yours)|no excuses|says a lot,? (?:doesn['’]t it|don['’]t you think)\?|(?:and )?(?:this|that|it)(?: is|['’]s) (?:simply |just )?not (?:something (?:we|I) (?:can|could) be held responsible for|(?:on us|our fault|our problem|our responsibility))|(?:this|that|it)(?: is|['’]s) not (?:a|our) (?:bug|fault),? (?:it['’]s|it is) (?:user|your|operator) error|(?:I|we) didn['’]t make (?:the|this|that) (?:decision|call|rules?)|(?:we|I) (?:can['’]t|cannot|can not) be (?:held )?(?:responsible|liable) for [^.!?]{1,60}|(?:the )?(?:problem|issue|fault) is (?:with )?your [^,.!?]{1,30},? not (?:with )?our [^,.!?]{1,30}|(?:this|the|our) decision (?:has been|was|is) (?:taken|made|reached)[^.!?]{0,80}? and is final|[\p{L}-]+(?: [\p{L}-]+){0,5} (?:should|must|will need to) make (?:their own |your own )?alternative arrangements|[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,5} (?:accepts?|bears?|takes?) no (?:liability|responsibility) for any (?:inconvenience|loss|delay|disruption)s?(?: caused| this may cause)?|you['’]re welcome|(?:if not|otherwise|or else),? enjoy (?:staying|being) (?:broke|poor|stuck|average|mediocre|behind)|haters (?:can|gonna|will|are gonna) (?:stay mad|hate|keep hating)|(?:but )?can you really say you can['’]t spare [^.!?]{1,20}\?|if you (?:have|can afford|can spend|spend) [^,.!?]{1,30} (?:for|on) (?:a |your )?[\p{L} ]{1,25},? you (?:have|can afford|can spare|can give) [^.!?]{1,40}|if you (?:actually|really|truly) (?:support|care about|love) [^,.!?]{1,30}?,? you['’](?:ll|d) [^.!?]*|do you really need (?:that|your|another|a) [^?]{1,40} more than [^?]{1,60}\?|if you don['’]t like it,? (?:there are |there['’]s )?plenty of other [^.!?]{2,40}|loyal (?:clients|customers|members) know what they['’]re paying for|(?:it['’]s a |what a )?shame it(?:['’]s| has) come to this|if you need a 9[ -]?(?:to[ -]?)?5,? this (?:isn['’]t|is not) (?:for you|the (?:job|role) for you)|I['’]d like to thank myself\b[^.!?]*|(?:huge |big |special )?thanks to me\b[^.!?]*|(?:and )?(?:to )?the team,? I guess|thanks,? I guess\?*|(?:well,? )?who['’]s laughing now|look at me now|(?:and )?now go buy something\b[^.!?]*|we(?:['’]re| are) going to own (?:this|the) (?:category|market|space|industry|game)|if you (?:can['’]t|cannot|can not) read [^,.!?]{1,40},? (?:please )?ask someone who can|[^.!?]{1,30} or you['’]re not a (?:real|true) fan|most (?:patients|customers|clients|people|members) regret not [^.!?]{1,40}|most (?:members|customers|clients|people|users|subscribers) who (?:cancel|leave|quit|unsubscribe)\b[^.!?]{0,20}\b(?:regret it|come back)|(?:students|customers|parents|people|those|anyone|members|clients)(?: who [^.!?]{1,30})? will regret(?: it)?|your competitors (?:have|are) already [^.!?]{1,30}|will your (?:child|children|kids?|business|team|company) be left behind\?|if you['’]ve never [^,.!?]{2,60},? (?:then )?don['’]t bother [^.!?]*|(?:then )?don['’]t bother (?:applying|coming|booking|asking|messaging|calling|emailing)\b[^.!?]*|(?:we|I) (?:should not|shouldn['’]t) have to keep (?:writing|sending|posting|saying|repeating) [^.!?]{1,40}|thank you to (?:the|those) few (?:of you )?who (?:actually|bother to|can be bothered to) [^.!?]*|let['’]s all try,? shall we\?|(?:honestly,? )?(?:if [^,.!?]{2,40},? )?you['’]d be (?:stupid|insane|nuts|an idiot) not to[^.!?]*|if you can afford (?:a |your )?[\p{L} ]{1,25},? you can afford [^.!?]{1,40}|(?:please note(?: that)?,? )?(?:this|the|our) (?:policy|rule|decision|deadline|charge|fee|increase|change) is (?:absolutely |strictly )?(?:non-negotiable|not negotiable|not up for (?:negotiation|discussion|debate))|(?:absolutely )?no excuses (?:will be|are) accepted(?: [^.!?]{0,60})?|excuses (?:will not|won['’]t) be (?:accepted|tolerated|entertained)(?: [^.!?]{0,60})?|(?:we|I) (?:will|shall) not (?:be )?(?:accept(?:ing)?|entertain(?:ing)?|tolerat(?:e|ing)) (?:any )?excuses(?: [^.!?]{0,60})?|(?:we|I) trust (?:that )?(?:you will all|everyone will) (?:consider|reflect on|think about) (?:your|their) commitment(?: to [^.!?]{2,40})?|(?:honestly,? |frankly,? )?(?:we|I) (?:really )?thought you (?:cared|were better than (?:that|this))|(?:this|that|it)(?:['’]s| is) (?:frankly |honestly |simply |just |absolutely )?(?:disgusting|selfish|shameful|pathetic|disgraceful|appalling)(?:(?:,| and) (?:disgusting|selfish|shameful|pathetic|disgraceful|appalling|unacceptable))?)[.!?]*$/iu,
  es: /^(?:(?:y )?(?:después(?:…|\.{3})?,?\s*)?mala suerte|t[úu] sabr[áa]s|usted sabrá|vosotros sabréis|cada día que esperas es un día (?:que pierdes|perdido)|mientras (?:tú|usted|vosotros) (?:pones|pone|ponéis) excusas\b[^.!?\n\p{Extended_Pictographic}]*|(?:y )?(?:te vas a arrepentir|te arrepentirás|os vais a arrepentir|os arrepentiréis)(?: si (?:te lo pierdes|no (?:vienes|compras|reservas)))?|(?:sin excepciones|no (?:habrá|se harán|se hará) (?:ninguna )?excepci[oó]n(?:es)?)|si no eres (?:el|la) mejor(?:es)?[^,.!?]{0,20},? no (?:pierdas|nos hagas perder|me hagas perder) el tiempo|tus (?:hijos|niños|peques) (?:se )?merecen (?:algo )?(?:mejor|más)(?: que [^.!?]{2,60})?|¡?\s*(?:pues |y )?(?:tú te lo pierdes|usted se lo pierde|vosotros os lo perdéis|te lo pierdes)|¡?\s*la competencia,? (?:que tome nota|toma nota)|abstenerse (?:curiosos|perder el tiempo)|no curiosos|(?:si [^.!?]{3,80},? )?no digas que no (?:te )?avisamos|(?:esto )?ya se (?:ha|había) (?:avisado|dicho|comunicado|informado) (?:en )?(?:varias|muchas|numerosas|repetidas) (?:ocasiones|veces)|así de claro|¿?de verdad no (?:puedes|podéis|puede) [^?]{1,30}\?|es increíble que [^.!?]{3,80}|(?:esto |eso )?no es (?:culpa|problema) nuestr[oa]|el problema (?:está|es) (?:en )?tu [^,.!?]{1,30},? no (?:en )?nuestr[oa] [^,.!?]{1,30}|no se (?:aceptarán|admitirán|aceptan|admiten) excusas(?: [^.!?]{0,60})?)[.!]*$/iu,
  fr: /^(?:ne (?:soyez|sois) pas (?:les|le|la) prochaine?s?|(?:les|nos) conditions (?:générales )?(?:de vente )?sont claires|(?:je|nous) pensai(?:s|t|ons) pouvoir compter sur (?:vous|toi|cette communauté)|(?:et )?(?:vous allez le regretter|vous le regretterez|tu vas le regretter|tu le regretteras)(?: si (?:vous le manquez|tu le manques|vous ratez ça|tu rates ça))?|(?:aucune exception(?: ne sera (?:faite|accordée))?|pas d['’]exceptions?|il n['’]y aura (?:aucune|pas d['’]) ?exception)|si (?:vous n['’]êtes|tu n['’]es) pas (?:prêt|prête|prêts|prêtes) à [^,.!?]{2,60},? (?:ce poste |ce job |cela |ça )?n['’]est pas pour (?:vous|toi)|(?:et vous,? )?que faites-vous\s*\?|est-ce (?:vraiment |bien )?ce que vous voulez\s*\?|ne détournez pas le regard|agissez|(?:pas de|aucun) (?:curieux|plaisantins)|curieux s['’]abstenir|il n['’]y a (?:donc )?aucune excuse|vous êtes prévenus|la concurrence n['’]a qu['’]à bien se tenir|ne venez pas (?:pleurer|vous plaindre|nous dire)\b[^.!?]*|merci à moi-même\b[^.!?]*|(?:après, c['’]est fini, )?ne venez pas (?:vous )?plaindre(?: (?:ensuite|après|plus tard))?|ce n['’]est (?:donc )?pas (?:de )?notre (?:faute|problème|ressort)|(?:aucune excuse ne sera (?:acceptée|admise|tolérée)|nous n['’]accepterons (?:aucune excuse|pas d['’]excuses?))(?: [^.!?]{0,60})?)\s*[.!]*$/iu,
  de: /^(?:wie (?:kannst du|können sie|könnt ihr) (?:da )?(?:einfach )?(?:weiterscrollen|wegsehen|wegschauen|nichts tun)\?*|(?:und )?(?:du wirst es bereuen|sie werden es bereuen|das wirst du bereuen|das werden sie bereuen)(?:,? wenn (?:du|sie) (?:das|es|dies) verpass(?:t|en))?|(?:es gibt )?keine ausnahmen?|wir bitten um (?:ihre )?kenntnisnahme|nur die besten (?:brauchen|sollten|müssen) sich (?:zu )?bewerben|wenn du nicht bereit bist,? [^,.!?]{2,60},? (?:bist du (?:hier|bei uns) falsch|ist das nichts für dich)|(?:bitte )?keine (?:zeitverschwender|spaßanfragen|neugierigen)|so nicht|wer zu spät kommt,? (?:hat pech(?: gehabt)?|geht leer aus)|wir sind hier (?:doch )?(?:nicht|kein) (?:im |ein )?(?:hotel|kindergarten)|keine ausreden(?: mehr)?(?:\s*[—–-]\s*[^.!?]{0,60})?|ihre entscheidung|deine entscheidung|(?:und )?an alle,? die nicht an mich geglaubt haben:? danke für den antrieb|(?:das|es) (?:ist (?:also )?nicht unsere schuld|liegt (?:also )?nicht an uns)|(?:ausreden|entschuldigungen) werden nicht (?:akzeptiert|angenommen|toleriert)(?: [^.!?]{0,60})?|(?:diese regelung|dies|das) ist nicht verhandelbar|(?:die |unsere )?konkurrenz (?:kann|darf) (?:(?:jetzt|schon mal|einpacken und) )?(?:einpacken|sich warm anziehen|nach hause gehen))[.!]*$/iu,
  pt: /^(?:(?:e )?(?:você )?(?:vai se arrepender|vais te arrepender|vão se arrepender)(?: se (?:perder|não (?:vier|comprar|reservar)))?|(?:sem exce[çc][õo]es|não (?:haverá|serão (?:feitas|abertas)) exce[çc][õo]es)|se (?:você )?não (?:é|és) (?:o|a) melhor[^,.!?]{0,20},? não (?:perca|percas|nos faça perder) (?:o )?(?:seu |teu )?tempo|sem curiosos|curiosos,? abstenham-se|(?:depois )?não adianta (?:vir )?(?:chorar|reclamar)[^.!?]*|(?:isso )?não é culpa nossa|(?:conforme (?:já )?(?:informado|dito),? )?o problema (?:está|é) n[ao] su[ao] [^,.!?]{1,30},? não n[oa] noss[oa] [^,.!?]{1,30}|(?:não serão (?:aceites|aceitas|admitidas) (?:desculpas|justificações|justificativas)|não aceitaremos desculpas)(?: [^.!?]{0,60})?)[.!?]*$/iu,
  it: /^(?:forse la prossima volta (?:è meglio che|le conviene|ti conviene|conviene) [^.!?\n\p{Extended_Pictographic}]{2,60}|(?:e )?(?:te ne pentirai|ve ne pentirete|ti pentirai|vi pentirete)(?: se (?:te lo perdi|ve lo perdete|non (?:vieni|compri|prenoti)))?|(?:nessuna (?:eccezione|deroga)|non (?:saranno|verranno) fatte eccezioni)|se non sei (?:il|la) migliore[^,.!?]{0,20},? non (?:perdere|farci perdere|farmi perdere) tempo|(?:e )?non (?:dire|dite|dirmi|ditemi|venire a dire|venite a dire) che non (?:te|ve) l['’]?(?:avevamo|avevo) detto|(?:no|astenersi) (?:perditempo|perdi ?tempo|curiosi)|(?:quest['’]anno )?non vogliamo sentire lamentele|chi non [^,.!?]{2,40} non sa cosa si perde|chi arriva tardi resta fuori|se non siete pronti[^.!?]{0,30}, avete già perso|(?:questo )?non è colpa nostra|(?:non saranno accettate|non si accettano|non accetteremo) (?:giustificazioni|scuse)(?: [^.!?]{0,60})?)[.!]*$/iu,
  nl: /^(?:(?:en )?(?:je (?:gaat|zult) er spijt van krijgen|daar krijg je spijt van|u zult er spijt van krijgen)(?: als (?:je|u) (?:dit|het) mist)?|(?:geen uitzonderingen|er worden geen uitzonderingen gemaakt)|alleen de besten (?:hoeven|moeten|mogen) (?:te )?(?:solliciteren|reageren)|geen (?:tijdverspillers|nieuwsgierigen)|doen|niet twijfelen|iedereen slaat (?:nu )?toe,? jij toch ook\?|dan loop je (?:echt |hopeloos )?achter|je buren hebben (?:al )?toegeslagen|dan zou ik (?:nu )?maar opschieten|alle andere [\p{L}]+ (?:kunnen|mogen) (?:wel )?inpakken|zeuren doen we hier niet|alleen serieuze reacties|ik ben het zat[^.!?]*|(?:dit|dat|het) ligt (?:dus |echt )?niet aan ons|(?:excuses worden niet (?:geaccepteerd|aanvaard)|(?:hierover|daarover) valt niet te onderhandelen)(?: [^.!?]{0,60})?)[.!]*$/iu,
};

// A condition on the reader not doing as told, and what they get for it: "If you don't book now,
// don't complain in July", "Wer nicht kommt, ist selber schuld", "Si no te apuntas ahora, no te quejes
// en verano". Read by its shape (the reader's "not", then blame, a complaint refused or regret
// foretold), not by its wording; a condition with a way forward ("If you can't make it, let us know")
// has none of those and stays.
const CONDITIONAL_TAUNT: Partial<Record<Language, RegExp>> = {
  en: /^(?:(?:maybe|perhaps),? next time,? (?:you (?:could|might|should) |try to |please )?(?:be (?:clearer|more (?:specific|careful|precise))|read|check|pay (?:more )?attention|listen)|(?:after that|after then|otherwise|if not|miss (?:it|this|the deadline)),? (?:you['’]re|you are) (?:out of luck|on your own|too late)|if (?:you|u) [^,.!?]{2,60}?,? (?:you(?:['’]ll| will) be (?:ignored|blocked|deleted)|you (?:won['’]t|will not) (?:get|receive) (?:a )?(?:reply|response|answer)|(?:it|your (?:message|DM|email|comment))(?:['’]ll| will) be (?:ignored|deleted))|(?:and |so |(?:seriously|honestly|look|trust me|fair warning),? )?(?:if (?:you|u)(?:['’]re not| are not| aren['’]t| don['’]t| do not| didn['’]t| can['’]t| won['’]t| haven['’]t| miss| skip| snooze| wait|['’]re still| are still)|whoever (?:doesn['’]t|does not|misses|skips))\b[^,.!?]{0,60},? (?:(?:then|well|later|after that|afterwards) )?(?:don['’]t (?:complain|blame|come crying|cry|moan|whine)|do not (?:complain|blame|come crying)|(?:that['’]s|that is|it['’]s|it is) (?:on you|(?:a|your) choice|your (?:problem|loss|fault|own fault))|(?:you )?(?:only )?(?:have|has) (?:only )?(?:yourself|themselves|themself) to blame|you['’]ve got no excuses?|you have no excuses?|you(?:['’]ll| will) (?:regret|be sorry|kick yourself|miss (?:it|out)[.!]*$)|(?:you['’]re|you are) (?:\p{L}+ )?missing out|too bad|tough(?: luck)?|you lose|you snooze))\b[^.!?]*[.!?]*$/iu,
  es: /^(?:y )?(?:si no [^,.!?]{2,60},?|quien no [^,.!?]{2,60},?) (?:(?:luego|después|mañana|en [\p{L}]+) )?(?:no (?:te quejes|os quejéis|se quejen|vengas? (?:a )?(?:llorar|quejarte)|llores)|te lo pierdes|es tu problema|allá tú|(?:te|os) arrepentirás|(?:te|os) vas a arrepentir|que no se queje)\b[^.!?]*[.!?]*$/iu,
  fr: /^(?:et )?(?:si (?:vous |tu )?(?:ne |n['’])[^,.!?]{2,60},?|qui ne [^,.!?]{2,60},?) (?:(?:après|ensuite|plus tard) )?(?:ne (?:venez|viens) pas (?:vous |te )?plaindre|tant pis(?: pour (?:vous|toi))?|c['’]est (?:votre|ton) problème|vous le regretterez|tu le regretteras)\b[^.!?]*[.!?]*$/iu,
  de: /^(?:und )?(?:wer [^,.!?]{1,60},? (?:ist (?:selber|selbst) schuld|hat pech gehabt|hat pech|braucht sich (?:nachher |später )?nicht (?:zu )?beschweren)|wenn (?:du|ihr|sie) (?:nicht|jetzt nicht|zu spät)[^,.!?]{1,60},? (?:(?:dann )?(?:beschwer|jammer)\p{L}* (?:dich|euch|sie) (?:nachher |später )?nicht|(?:bist du |seid ihr )?selbst schuld|(?:bist du |seid ihr )?selber schuld|pech gehabt|(?:dein|euer|ihr) problem))\b[^.!?]*[.!?]*$/iu,
  it: /^(?:e )?(?:(?:se non [^,.!?]{2,60},? |chi non [^,.!?]{2,60},? )?(?:poi |dopo )?non (?:venite|veni|venire) a (?:piangere|lamentarvi|lamentarti|lamentarsi)|se non [^,.!?]{2,60},? (?:peggio per (?:te|voi)|è un problema (?:tuo|vostro)|te ne pentirai|ve ne pentirete))\b[^.!?]*[.!?]*$/iu,
  pt: /^(?:e )?(?:se (?:você |vocês )?não [^,.!?]{2,60},?|quem não [^,.!?]{2,60},?) (?:(?:depois|mais tarde) )?(?:não (?:reclame|reclamem|venha reclamar|venham reclamar|adianta chorar)|azar (?:o )?(?:seu|teu)|o problema é (?:seu|teu)|vai se arrepender|vão se arrepender)\b[^.!?]*[.!?]*$/iu,
  nl: /^(?:en )?(?:als (?:je|jij|u|jullie) (?:niet|nu niet|te laat)[^,.!?]{1,60},? (?:(?:dan )?(?:niet (?:klagen|zeuren|janken)|eigen schuld|jammer dan|pech gehad)|(?:klaag|zeur) (?:dan |later )?niet)|wie (?:niet|nu niet|te laat)[^,.!?]{1,60},? (?:heeft pech|is zelf schuld|mag niet klagen|grijpt ernaast|vist achter het net|is te laat)|wie [^,.!?]{0,40}\bniet\b[^,.!?]{1,40}?,? (?:hoeft|moet) (?:achteraf |later |dan )?(?:ook )?niet (?:te )?(?:klagen|zeuren|janken))\b[^.!?]*[.!?]*$/iu,
};

// An order's other branch that is a loss, not a second way in: "…or lose the items in your basket",
// "…or risk losing your member rate forever", "…o pierdes tu plaza", "…sonst verlierst du deinen Platz".
// Read by the verb of losing after "or" (whatever is lost), so a new object needs no new entry; "or pay
// at the door" and "or call us" have no such verb and stay. Up to the clause's end, before a colon, so
// "…or lose your basket: link" keeps its link with the order.
const CLAUSE_REST = String.raw`[^.!?:;,\n(]{1,60}?(?=\s*(?:[.!?:;,\n(]|$|\p{Extended_Pictographic}))`;
const LOSS_AFTER_OR: Partial<Record<Language, string>> = {
  en: String.raw`(?<!\buse (?:it|them)),?\s(?:or|otherwise|or else),?\s+(?:you(?:['’]ll| will| could| might| may|['’]re| are)\s+)?(?:(?:risk(?:ing)?|end up)\s+)?(?:los(?:e|ing)|forfeit(?:ing)?|miss(?:ing)?(?: out on)?)\s+(?:(?:them|it|everything)(?: forever| for good| for ever| permanently)?(?:,\s*no exceptions)?(?=\s*(?:[.!?:;,\n(]|$|\p{Extended_Pictographic}))|(?:your|ur|the|this|that|these|those|all|any|our)\b${CLAUSE_REST})|,?\s(?:or|otherwise),?\s+miss(?:ing)? out on(?=\s*(?:[.!?:;,\n(]|$))|,?\s(?:or|otherwise),?\s+(?:don['’]t|do not) (?:come crying|complain|moan|whine|blame us)\b[^.!?,\n]{0,40}`,
  es: String.raw`,?\s+o (?:(?:la|lo|las|los|te lo|te la) )?(?:pierdes|perderás|pierde|perderá|perdéis|perderéis|perder|(?:te|os|se) (?:quedas|quedarás|quedáis|queda|quedará) sin)\b${CLAUSE_REST}`,
  pt: String.raw`,?\s+ou (?:(?:você |vocês )?(?:vai |vais |vão )?)(?:perde|perdes|perder|perdem|fica sem|ficas sem|ficar sem)\b${CLAUSE_REST}`,
  fr: String.raw`,?\s+(?:ou|sinon)(?: vous| tu)? (?:perdez|perds|perdrez|perdras|perdre|ratez|rates|raterez|rater)\b${CLAUSE_REST}`,
  it: String.raw`,?\s+(?:o|oppure|altrimenti) (?:lo |la |li |le )?(?:perdi|perdete|perderai|perderete|perdere|resti senza|restate senza)\b${CLAUSE_REST}`,
  de: String.raw`,?\s+(?:oder|sonst|ansonsten)(?: (?:du|ihr|Sie))? (?:verlierst|verliert|verlieren|verliere|verpasst|verpassen|verpasse)\b${CLAUSE_REST}`,
  nl: String.raw`,?\s+(?:of|anders)(?: (?:je|jij|u))? (?:verlies|verliest|verliezen|mis|mist|missen)\b${CLAUSE_REST}`,
};

// The same jab riding after what the sentence tells: the telling stays. "…won't count, sorry not
// sorry", "Book fast otherwise don't blame us", "…o ni te quejes", "…senão vai ficar de fora de novo".
const JAB_TAILS: Partial<Record<Language, RegExp>> = {
  en: /,?\s*(?:\s*[—–-]\s*you won['’]t find (?:better|anyone better|cheaper)(?: anywhere)?\b|\s*[—–-]\s*(?:after that|after then|otherwise),? (?:you['’]re|you are) (?:out of luck|on your own|too late)|,?\s+or (?:you['’]ll )?spend(?:ing)? (?:[\p{L}\p{N}'’-]+ ){1,3}?alone|\s+and your (?:goals|dreams|body|future(?: self)?) (?:won['’]t|will not) wait(?: forever| for you)?(?=\s*[.!]*$)|,?\s+so (?:I|we)['’]?d suggest (?:that )?the (?:problem|issue) (?:may|might|could) (?:well )?be (?:on your end|with you|on your side)(?=\s*[.!]*$)|\s+and (?:we|I) (?:are|am) (?:unable|not able) to (?:discuss|consider|review) (?:individual|personal) (?:circumstances|cases|requests|situations)(?=\s*[.!]*$)|\s+and (?:(?:is|are) )?(?:absolutely |strictly )?(?:not negotiable|non-negotiable|not (?:up for|open to) (?:negotiation|discussion|debate))(?=\s*[.!]*$)|,?\s+so (?:we|I) (?:can['’]t|cannot) be (?:blamed|held responsible)(?=\s*[.!]*$)|,?\s+and (?:honestly,? |tbh,? |to be honest,? )?(?:we['’]re|we are|I['’]m|I am) (?:a (?:bit|little) |kind of |pretty |really |quite |so )?(?:hurt|sad|heartbroken|gutted|offended|disappointed)(?=\s*[.!]*$)|,?\s*if (?:you|u) (?:don['’]t|do not) care enough to (?:give|donate|help|support (?:us|them))\b|\s*\(you['’]re welcome\)|\s(?:because|as|since|just because) (?:the )?(?:grown-ups|grownups|adults|parents|people|some of you|nobody|no one|no-one|you) (?:couldn['’]t|could not|can['’]t|cannot|won['’]t|wouldn['’]t) (?:be bothered|spare|find|make|give)\b[^.!?,]{0,30}|:\s*we know (?:it was you|who you are)\b|\s*\bif you (?:don['’]?t|do not) [^.!?,]{2,30},? you['’]?re not (?:a )?(?:real|true) (?:one|fan|supporter|member)s?\b(?:\s*(?:\p{Extended_Pictographic}|\uFE0F)+)?|\s*[—–-]\s*this is the (?:last|final) time (?:we|I)(?:['’]ll| will| are going to| am going to) (?:ask|remind you|say (?:this|it))\b|\s+and (?:the|our) [\p{L} ]{2,20}? (?:is|are) not (?:paid|here|employed) to [^.!?,]{2,60}|\s+or (?:pay the price|stay soft|tough luck)\b(?:\s*\(literally\))?|\s+and (?:please )?(?:don['’]t|do not) ask (?:me |us )?(?:for|about) (?:a )?(?:discounts?|freebies|mates['’] rates)\b|\s*[—–-]\s*you (?:do not|don['’]t|won['’]t|will not) want to miss (?:this|it|out)(?: one)?\b|\s*(?:[—–-]\s*)?(?:after that|otherwise|or else|if not),?\s+don['’]t come crying(?: [^.!?,]{0,20})?\b|\(\s*sorry not sorry[^()]*\)|\s*so don['’]t come crying(?: [^.!?,]{0,20})?\b|,?\s+so (?:don['’]t|do not) say (?:we|I) didn['’]t warn you\b|,?\s+and no (?:further )?correspondence will be entered into\b|,?\s+and (?:we|I) (?:now )?consider (?:this|the) (?:matter|case|complaint|issue) (?:closed|resolved|concluded)(?=\s*[.!]*$)|,?\s+so you can hardly expect\b[^.!?]*|\s*[-–—,]?\s*if you (?:don['’]t|do not) (?:reply|respond|act|book|order),? you['’]ll lose (?:this|the|your) (?:offer|deal|discount|place|spot)(?: forever| for good)?|,?\s+and (?:I|we) would (?:gently |respectfully |kindly )?suggest that [^.!?]{2,100}? would have (?:helped|made a difference|avoided this|prevented this)\b|,?\s*and everyone knows it\b|(?:and |so )?(?:honestly,? )?(?:(?:so |and )?if [^,.!?]{3,60}?,?\s+)?that['’]s on you\b|sorry not sorry\b|(?:or|otherwise) don['’]t blame us\b|\((?:you['’]ve been|consider yourselves?) warned\)|\s(?:as|because|since) (?:we|I)(?:['’]re| are|['’]m| am) (?:very |extremely |really |super |so |incredibly )?(?:busy|swamped|overwhelmed|short-staffed)\b|\sor (?:else )?(?:they|he|she|the (?:animals|kids|children|dogs|cats|families)) (?:will )?(?:suffer|starve|die|go hungry|go without)\b|\s(?:or|otherwise) (?:else )?(?:we|I|the (?:practice|clinic|surgery|school|club|company|management|salon|garage|team)) (?:cannot|can['’]t|will not|won['’]t) (?:accept|take|be held) (?:any )?(?:responsibility|liability|responsible|liable)\b(?: for [^.!?]{1,40})?|\sinstead of tying up (?:our|the) (?:lines|phones)\b|\s*[—–-]\s*(?:CVs|applications|emails|messages|DMs|entries)\b[^.!?]{0,40}\b(?:will|get) be (?:deleted|ignored|binned|bin(?:ned)?)(?: unread)?\b|\s(?:because|as|since) (?:nobody|no one|no-one|none of you|people) (?:could be|can be|was|were) bothered(?: to [^.!?,]{1,40})?\b|,?\s(?:and|or|otherwise|or else) (?:you(?:['’]ll| will|['’]re going to| are going to)|your [\p{L}-]+(?: [\p{L}-]+)? (?:will|['’]ll|is going to)) (?:[\p{L}'’-]+ ){0,3}?(?:be (?:bad|ruined|sorry|gone|stuck|left out|cursed|doomed)|miss(?:ing)? (?:it|out|the boat)|regret(?:ting)? it|los(?:e|ing) (?:it|them|out)|cry|hate (?:yourself|it))\b(?:[^.!?\n\p{Extended_Pictographic}]*[^\s.!?\n\p{Extended_Pictographic}])?|(?<!\buse (?:it|them)),?\s(?:or|otherwise) (?:else )?(?:you(?:['’]ll| will| are|['’]re) )?(?:go(?:ing)? home (?:hungry|empty-handed|sad)|pay(?:ing)? (?:more|full price|double)(?: all year(?: round)?| for the (?:rest of the |whole )?year| forever)?|miss(?:ing)? out(?!\s+(?:til|till|until)\b)(?: forever| for good| for ever)?|regret(?:ting)? it(?: later| forever| tomorrow)?|los(?:e|ing) out|(?:be|being) left (?:out|behind)|stay(?:ing)? home|risk(?:ing)? (?:serious |costly |expensive |major )?(?:engine |water |fire )?(?:damage|breakdowns?|a fine|fines|losing (?:it|them|out))|(?:you['’]re|you are) (?:basically |just |really )?(?:leaving it to (?:luck|chance)|gambling(?: with [^.!?:,]{1,40})?))\b(?:,?\s+like (?:everyone|everybody|all the others|the rest)[^.!?:]*)?(?:,\s*no exceptions)?)/giu,
  es: /,?\s*(?:(?:y )?no digas que no (?:te )?avisamos|\s+o (?:te arrepentirás|te vas a arrepentir|os arrepentiréis|os vais a arrepentir)|o ni te quejes|y (?:luego|después) (?:vienen|llegan) las quejas)(?![\p{L}])/giu,
  pt: /,?\s*(?:sen[ãa]o (?:vai|vais|você vai) ficar de fora(?: de novo)?|(?:ou|senão|senao) (?:você |vocês )?(?:vai|vais|vão) se arrepender(?: depois)?|e (?:você |vocês )?(?:vai|vais|vão) se arrepender(?: depois)?(?=\s*[.!?…]|\s*$))(?![\p{L}])/giu,
  // "…in der ersten Charge, wer zu spät kommt, hat Pech gehabt": the batch stays, the taunt goes.
  // "…doet niet mee, sorry niet sorry": the English tag, said in every language.
  nl: /,?\s*\(?\s*sorry,? niet sorry\s*\)?(?![\p{L}])/giu,
  // "Nur noch 5 Plätze frei – wer jetzt nicht handelt, bleibt stehen": the places stay, the threat goes.
  de: /,?\s*(?:\(?\s*sorry,? not sorry\s*\)?|wer zu spät kommt,? (?:hat pech(?: gehabt)?|geht leer aus)|(?:[–—-]\s*)?wer (?:jetzt |heute )?nicht (?:handelt|zuschlägt|bucht|bestellt|zugreift|startet|anfängt|dabei ist),? (?:sitzt [^.!?]{2,40}|ärgert sich[^.!?]{0,30}|friert[^.!?]{0,30}|bleibt (?:stehen|zurück|auf der strecke)|verpasst (?:es|alles|den anschluss|die chance)|hat (?:verloren|pech(?: gehabt)?))|[–—-]\s*(?:das|der|die) beste [^.!?–—]{2,40}?,? punkt)(?![\p{L}])/giu,
  fr: /,?\s*(?:\(?\s*(?:sorry,? not sorry|désolée?s?,? pas désolée?s?)\s*\)?|(?:et )?ne venez pas (?:vous |nous )?plaindre(?: (?:ensuite|après|plus tard))?)(?![\p{L}])/giu,
  it: /,?\s*(?:\(?\s*(?:sorry,? not sorry|scusate,? non scusate)\s*\)?|senza discussioni|i tavoli volano|\(o quasi\)|\s+o (?:resti|restate|rimani|rimanete) fuori(?: (?:anche tu|per sempre))?|\s+(?:o|altrimenti) (?:te ne pentirai|ve ne pentirete))(?![\p{L}])/giu,
};

// A claim over every rival riding after the news on "and": "O melhor bacalhau de Lisboa está aqui e mais
// ninguém chega perto" keeps the bacalhau and where it is.
const RIVALS_AFTER_AND: Partial<Record<Language, string>> = {
  // "Huge thanks to the judges for recognising what our clients already know: nobody does it better."
  en: String.raw`(?:,?\s+and|\s*[:—–])\s*(?:nobody|no one|no-one)(?: else)? (?:does it better|comes close|comes near|can touch us)(?=\s*[.!]*$)`,
  pt: String.raw`,?\s+e (?:mais )?ninguém (?:mais )?chega (?:sequer |nem )?perto(?![\p{L}])`,
  es: String.raw`,?\s+y nadie (?:más )?se (?:nos |le |les )?acerca(?![\p{L}])`,
  it: String.raw`,?\s+e nessun altro (?:[\p{L}-]+ )?(?:si avvicina|ci arriva)(?![\p{L}])`,
  fr: String.raw`,?\s+et personne (?:d['’]autre )?ne (?:nous |leur |lui )?arrive à la cheville(?![\p{L}])`,
  de: String.raw`,?\s+und (?:kein anderer|keiner|niemand)(?: sonst)?(?: [\p{L}-]+)? (?:kommt|reicht) (?:auch nur )?(?:annähernd |ansatzweise )?(?:an uns )?heran(?![\p{L}])`,
  nl: String.raw`,?\s+en niemand (?:anders )?komt (?:ook maar )?in de buurt(?![\p{L}])`,
};

const compiled = (sources: Partial<Record<Language, string>>): Partial<Record<Language, RegExp>> =>
  Object.fromEntries(
    Object.entries(sources).map(([language, source]) => [language, new RegExp(source, 'giu')]),
  );
// What goes from inside a sentence before the jabs: a loss after "or", a claim over rivals or no more
// replies promised after "and".
const CLAUSE_TAILS = compiled(
  Object.fromEntries(
    (Object.keys(JAB_TAILS) as Language[]).map((language) => [
      language,
      [LOSS_AFTER_OR[language], RIVALS_AFTER_AND[language], NO_FURTHER_REPLY_AFTER_AND[language]]
        .filter(Boolean)
        .join('|'),
    ]),
  ),
);

/** A sentence without the jab or reproach that rides after what it tells, or the sentence as it was. */
export function withoutJabTail(sentence: string, language: Language): string {
  const told = withoutTauntTail(sentence, language);
  // "…the association will fold, and you'll only have yourselves to blame.": what the "and" joined
  // was a clause of its own, whatever condition it began with.
  const unreproached = withoutReproachTail(told, language);
  return /\p{L}{3}/u.test(unreproached) ? unreproached : told;
}

/** A sentence without the jab (`JAB_TAILS`), loss or claim over rivals (`CLAUSE_TAILS`) at its end. */
function withoutTauntTail(sentence: string, language: Language): string {
  const tail = JAB_TAILS[language];
  if (!tail) return sentence;
  const clauses = CLAUSE_TAILS[language];
  const told = (clauses ? sentence.replace(clauses, '') : sentence).replace(tail, '');
  // "Si mañana vienes…, no digas que no avisamos": a condition left without its clause is no sentence.
  // "If you have questions, please check our FAQ." keeps its main clause after the comma.
  // "Si no te apuntas ahora, luego 😏" is a condition left with a word of its clause.
  // Not Italian's impersonal "si" ("Si confida nel senso civico di tutti"), which conditions nothing.
  if (
    /^(?:si(?! (?:confida|comunica|informa|ricorda|prega|raccomanda|avvisa|invita)\b)|if|se|wenn|als|quand)\b(?![^,]*,(?:\s+\p{L}[^\s,]*){2})/iu.test(
      told.trim(),
    )
  )
    return sentence;
  // "Tables fill up by 6:30 so 🤷‍♂️": what the jab hung on is gone with it.
  if (/\b(?:so|and|but|or|y|o|e|ou)\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)*$/iu.test(told))
    return sentence;
  // "…so if you show up at 7:05, that's on you": a time or a figure in what went was news, not taunt.
  if (told !== sentence && /\d/u.test(removedPart(sentence, told))) return sentence;
  return told !== sentence && /\p{L}{3}/u.test(told) ? told : sentence;
}

/** What a removal took out of a sentence: the text between their common start and common end. */
function removedPart(before: string, after: string): string {
  let start = 0;
  while (start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return before.slice(start, before.length - end);
}

/** The emoji a sentence ends on (skin tones and joiners with them): "…they're gone. 🌊". */
export const EMOJI_AT_END = /(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}]))+$/u;

// What every job ad says and no candidate learns from: on its own, such a sentence goes
// ("Clock-watchers need not apply", but not the item "Positive attitude – moaners need not apply",
// whose first words are the job's need).
// "No second chances.", "Everything must go!", "Set your alarms now.", "Buckle up.": the same for a
// sale or a brag. "To the haters: thanks for the fuel" talks past the reader to someone else.
const JOB_AD_CLICHE =
  /\b(?:work hard,? (?:and |& )?play (?:even )?hard(?:er)?|thrives? (?:in|on) (?:a )?(?:[\p{L}-]+, )?fast[- ]paced|(?:a )?self[- ]starter (?:who|and|with)|(?:also )?a team player\b(?=[?!.]*$)|no second chances|no time[- ]?wasters|no (?:tyre|tire)[- ]?kickers(?: please)?|time[- ]?wasters need not apply|(?<=^[^\p{L}\p{N}]*)[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:ers|ists) need not apply|to (?:the|all the|my|our) haters|(?:this|it)(?: is not|['’]s not| isn['’]t) the finish line)\b|be quick or be sad|you snooze,? you lose|(?:honestly,? )?(?:it|that|this|which) (?:basically |literally |practically )?pays for itself\b|don['’]t come crying to (?:me|us)|you['’]d be (?:mad|crazy|silly) to miss (?:it|this|out)|^(?:nothing|your call|(?:kindly |please )?do the needful|(?:you['’]ve been|consider yourselves?) warned|everything must go|set (?:your|those|the) alarms?(?: now)?|buckle up|for real this time|just saying|it['’]s the starting (?:gun|line)|(?:this (?:role )?is )?not for the faint[- ]hearted)[.!]*$/iu;

export function capitalise(text: string): string {
  // "uPVC door locks", "iPhone 16", "eBay": a name written with a small letter before its capitals
  // opens a sentence as written.
  if (/^\p{Ll}\p{Lu}/u.test(text)) return text;
  // "…and I'll pop you in! x": a kiss signs off in small letters.
  if (/^(?:x{1,3}|xo(?:xo)?)(?=[\s!.]*$)/u.test(text)) return text;
  // "¿de verdad…?" once its opening went: Spanish opens a question (or an exclamation) with its mark.
  const mark = /^[¿¡]/u.test(text) ? 1 : 0;
  return text.slice(0, mark) + text.charAt(mark).toLocaleUpperCase() + text.slice(mark + 1);
}

/** An opening word in lower case, unless it is a name, an acronym or "I". */
// Words that open a sentence with a capital only because they open it: small after a lead-in.
const COMMON_OPENING =
  /^(?:We|Our|The|It|Its|It's|This|These|Those|That|A|An|My|They|Their|You|Your|Today|Starting|As|From|On|In|Every|Each|Some|All|Both|There|Here|Now)\b/u;

const SHOUTED_CONTACT_VERB =
  /^(?:MESSAGE|CALL|EMAIL|E-MAIL|TEXT|BOOK|REPLY|SEND|VISIT|ORDER|CONTACT|RING|PHONE|COMMENT|APPLY|REGISTER)(?: (?:US|ME)\b)?(?=\s|[.!]|$)/u;

export function decapitalise(text: string): string {
  if (/^(?:dm|DM)\b/u.test(text)) return `DM${text.slice(2)}`;
  // "MESSAGE US" after "If you're interested,": a shouted verb is the shout's, written small ("message us").
  const shoutedVerb = SHOUTED_CONTACT_VERB.exec(text);
  if (shoutedVerb) return `${(shoutedVerb[0] as string).toLowerCase()}${text.slice(shoutedVerb[0].length)}`;
  // "WhatsApp us", "YouTube": a name with a capital inside keeps its first one too.
  if (/^(?:\p{Lu}{2}|\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}|I\b|I'|\p{Lu}\p{Ll}+\p{Lu})/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

// Emoji that shout or point at a sale: the calm version does without them.
const LOUD_EMOJI =
  /(?:🔥|🚨|💥|⚡️?|‼️?|❗️?|❕|💯|🤑|💸|💰|⏰|⏳|⌛️?|🏃(?:‍♀️|‍♂️)?|📢|📣|🤯|😱|🙌|👉|👈|👇|👆|🔗|➡️|⬅️|⬇️|🛒|🆕|🆓|🔔)\s*/gu;
/** "🔥 ", "👉": an emoji the calmer voice takes out. */
export function isLoudEmoji(emoji: string): boolean {
  return ONLY_LOUD_EMOJI.test(emoji.trim());
}
const ONLY_LOUD_EMOJI = new RegExp(`^(?:${LOUD_EMOJI.source})$`, 'u');
const LOUD_SHORTCODE =
  /\s*:(?:fire|rotating_light|boom|collision|zap|bangbang|exclamation|heavy_exclamation_mark|grey_exclamation|100|money_mouth_face|money_with_wings|moneybag|alarm_clock|hourglass|hourglass_flowing_sand|runner|running|loudspeaker|mega|exploding_head|scream|raised_hands|point_right|point_down|arrow_right|arrow_down|shopping_trolley|new|free|bell|siren):(?=\s|$|[^\w:])/gu;
const REPEATED_SHORTCODE = /(:[\w+-]+:)(?:\s*\1)+/gu;
// A repeated emoji once; "⭐⭐⭐⭐⭐" is a rating, not noise, and keeps its five stars.
const REPEATED_EMOJI =
  /((?!\u2B50)\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)(?:\s*\1)+/gu;
// "LA PRIMERA CUOTA A 19,90 €", "SCONTI A 5 EURO": where "a" is a preposition, a lone "A" before a figure
// is that word shouted. In German and Dutch "A 7" is a road and stays.
const ROMANCE_A_BEFORE_FIGURE: ReadonlySet<Language> = new Set(['es', 'pt', 'it']);
const ROMANCE: ReadonlySet<Language> = new Set(['es', 'pt', 'it', 'fr']);
const CAPS_WORD = /(?<![\p{L}\p{N}#@])\p{Lu}[\p{Lu}\p{N}'’]*\p{Lu}(?![\p{L}\p{N}])/gu;
// Capitals people write on purpose: acronyms, units, codes.
const US_STATE =
  /^(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|BC|AB|QC|NS|MB|SK|NB|NL|PE|YT|NT|NU)$/u;

/**
 * "45 Pearl St, Portland ME.", "Austin, TX 78701", "Hamilton, ON": a state's or a province's two letters after its town, which no
 * dictionary knows, are the address's and not a shouted "me" or "or". "Call ME" is a word shouted.
 */
export function stateAfterPlace(text: string, offset: number): boolean {
  const code = /^\p{Lu}{2}/u.exec(text.slice(offset))?.[0];
  if (!code || !US_STATE.test(code) || /^\p{L}/u.test(text.slice(offset + 2))) return false;
  const place = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+),? $/u.exec(text.slice(Math.max(0, offset - 30), offset));
  const after = text.slice(offset + 2);
  return (
    place !== null &&
    !isCommonEnglish(place[1] as string) &&
    /^(?:[.,;:!?)]|\s+\d|\s*$|\s+[—–-]|\s*\n)/u.test(after)
  );
}

/**
 * How many times a text writes "me" or "ich" where it is not the writer speaking of themself: a state
 * as "ME" after its town, or German's "Ich" as a noun ("dein neues Ich", "das wahre Ich").
 */
export function statesWrittenMe(text: string): number {
  let count = 0;
  for (const match of text.matchAll(/(?<![\p{L}])ME(?![\p{L}])/gu))
    if (stateAfterPlace(text, match.index)) count++;
  return count + (text.match(SELF_AS_NOUN) ?? []).length;
}
const SELF_AS_NOUN =
  /(?<![\p{L}])(?:[Dd]ein|[Dd]eine|[Dd]einem|[Dd]einen|[Ii]hr|[Ii]hre|[Ee]uer|[Ee]ure|[Ss]ein|[Dd]as|[Ee]in|[Dd]em|[Zz]um)(?:\s+\p{Ll}+)?\s+Ich(?![\p{L}])/gu;

// Not an apostrophe inside a word ("YOU'RE STILL 'WAITING…'" quotes "WAITING…", not "RE STILL").
const QUOTED_CAPITALS = /(?<![\p{L}\p{N}])(['‘"“«])(\p{Lu}[^"“”«»\n]{2,60}?)(['’"”»])(?![\p{L}])/gu;
// "NO MORE 'I'LL START AFTER CHRISTMAS'": words someone says, quoted, are a sentence and not a title.
const SPOKEN_IN_QUOTES =
  /(?<![\p{L}])(?:I|I['’](?:LL|M|D|VE)|WE['’](?:RE|LL|VE)|YOU['’](?:RE|LL|VE)|DON['’]T|CAN['’]T|WON['’]T|IT['’]S)(?![\p{L}])/u;
const TITLE_SMALL = new Set('a an the of and in on at to for or but with from by'.split(' '));

/**
 * "'A MIDSUMMER NIGHT'S DREAM' AT THE LANTERN": a title in quotes, shouted, is written as a title once
 * the shouting goes ("'A Midsummer Night's Dream'"), not as a sentence ("'A midsummer night's dream'").
 * English only: elsewhere a title keeps small letters after its first word.
 */
function titlesQuoted(shouted: string, said: string, language: Language): string {
  if (language !== 'en' || said.length !== shouted.length) return said;
  let out = said;
  for (const match of shouted.matchAll(QUOTED_CAPITALS)) {
    const inner = match[2] as string;
    if (/\p{Ll}/u.test(inner) || (inner.match(/\p{L}+/gu)?.length ?? 0) < 2 || SPOKEN_IN_QUOTES.test(inner))
      continue;
    const start = (match.index ?? 0) + (match[1] as string).length;
    // "INSTALLER OF THE YEAR" kept as written (a keyword, an award quoted) stays as it is.
    if (out.slice(start, start + inner.length) === inner) continue;
    const title = out
      .slice(start, start + inner.length)
      .replace(/(?<![\p{L}'’])\p{L}[\p{L}'’]*/gu, (word: string, at: number) =>
        at > 0 && TITLE_SMALL.has(word.toLocaleLowerCase()) ? word.toLocaleLowerCase() : capitalise(word),
      );
    out = out.slice(0, start) + title + out.slice(start + inner.length);
  }
  return out;
}

/** Whether a two-letter word and the one listed beside it are both small words of the language ("IT, WE"). */
function smallWordsSideBySide(whole: string, offset: number, word: string, language: Language): boolean {
  const before = /(?<![\p{L}])(\p{Lu}{2})\s*(?:,|\/|&)\s*$/u.exec(whole.slice(0, offset))?.[1];
  const after = /^\s*(?:,|\/|&)\s*(\p{Lu}{2})(?![\p{L}])/u.exec(whole.slice(offset + word.length))?.[1];
  const small = (each: string) => isStopWord(each.toLocaleLowerCase(), language);
  const partner = before ?? after;
  return partner !== undefined && small(word) && small(partner);
}

/** Whether a quotation mark opens before `offset` on its line and is not closed before it: "ALL IN". */
function insideQuotes(whole: string, offset: number): boolean {
  const before = whole.slice(0, offset).split('\n').pop() as string;
  return (before.match(/["“”«»]/gu)?.length ?? 0) % 2 === 1 || /(?:^|\s)['‘][^'’]*$/u.test(before);
}

const LINK_AFTER = new RegExp(String.raw`^ (?:https?:\/\/|www\.|@[\p{L}\p{N}_]|${DOMAIN.source})`, 'u');
const PLACE_BEFORE_NAME = /(?:^|\s)(?:at|from|with|by|join|visit)\s$/iu;

/** Whether the shouted word at `offset` is a part of a web address ("GEARBOX.EXAMPLE", "SHOP.ACME.CO.UK"). */
function inShoutedDomain(whole: string, offset: number, word: string): boolean {
  if (whole[offset - 1] !== '.' && whole[offset + word.length] !== '.') return false;
  let start = offset;
  while (start > 0 && /[\p{L}\p{N}.-]/u.test(whole[start - 1] as string)) start--;
  let end = offset + word.length;
  while (end < whole.length && /[\p{L}\p{N}./-]/u.test(whole[end] as string)) end++;
  // The whole host must be the address: "GEARBOX.EXAMPLE/SALE" is, "OPEN.NOW" is not.
  const host = whole.slice(start, end).replace(/\.+$/u, '').split('/')[0] as string;
  const address = DOMAIN.exec(host.toLowerCase());
  return host.includes('.') && address?.index === 0 && address[0].length === host.length;
}

const ACRONYM = /^(?:\p{Lu}{2,5}|\p{Lu}+\d+[\p{Lu}\d]*|\d+\p{Lu}+)$/u;
export const SHOUTY_SHORT = new Set(
  'DUE FUN MAD WHY HOW EVER TAG HERE BACK LIVE GONE BOTH EARLY DROP EVERY EVERYTHING DOUBLE MATCH MORE INSANE EPIC SOON OPEN REAL LOVE DONE WEEK TIME ENDS WANT PLUS ONCE AGAIN STILL NEXT WAIT CASH WORTH PRICE PRICES BONUS EXTRA NEVER ALWAYS FAST QUICK WRONG RIGHT TRUTH LIMITED SPOTS SEATS CLOSED SOLD OFFERTE OFFERTA RABATT OFERTA PROMO NOW NEW OFF BUY WOW OMG BIG WIN YAY HOT TOP UP YOU ALL ANY OUT FOR AND THE FREE SALE HUGE LAST BEST ONLY MUST DEAL DEALS SHOP SAVE MEGA EVER GRATIS NEU VERY JUST WILL OUR YOUR THIS THAT WITH GET TODAY NEED SHARE GIVE HELP GO SO NU JA YA DO IT ME WE ARE IS NOT HOURS DAYS LEFT HOY AHORA JETZT AGORA ORA NEWS ALERT BREAKING FLASH FINAL OFFER NO TO OF BY TODO TODA TODOS TODAS ALLES TOUT TOUS TUTTO TUTTI TUDO ALLE NUR SOLO EXACT FIRST SECOND THIRD FOURTH FIFTH FEW ONE TWO SIX TEN BIT LOT WAY DAY TRÈS TRES MUY SEHR MOLTO MUITO ZEER WEG HEUTE FINI OGGI HOJE'.split(
    ' ',
  ),
);
export { DOMAIN } from './domain';

// "We're sorry you feel that way, but we have to set the record straight": the non-apology, and the
// squaring up that may follow it.
const SORRY_YOU_FEEL = String.raw`\b(we['’]re|we are) sorry (?:that )?you feel (?:that way|this way|like that)`;
const SQUARING_UP = String.raw`,? but (?:we (?:have|need|want) to|let us|allow us to) (?:be honest|set the record straight|correct the record|correct (?:a few|some) things|clarify(?: a few things)?|point (?:a few things )?out)`;

/**
 * A stock phrase and its plain words, as two replacements: at a sentence's start with its capital
 * ("Prior to" → "Before"), and inside it ("prior to" → "before").
 */
function sayPlainly(phrase: string, plain: string): [RegExp, string][] {
  const opening = `${phrase.charAt(0).toLocaleUpperCase()}${phrase.slice(1)}`;
  // The sentence's start is looked behind, not captured: the phrase's own groups stay $1, $2…
  return [
    [new RegExp(String.raw`(?<=^|[.!?]\s+)${opening}`, 'gu'), capitalise(plain)],
    [new RegExp(String.raw`\b${phrase}`, 'gu'), plain],
  ];
}

// Not inside someone's quoted words: no quote mark closes after the word, none opens before it.
const NOT_QUOTED = String.raw`(?![^"“”«»„\n]*["”»“])(?<!(?:^|[\s:(])['‘][^'’\n]*)`;

// A letter's first sentence, or the words after its greeting on the same line ("Gentile ospite,
// prendiamo atto…"): where a form letter's opening formula stands.
// A greeting's first word ("Sehr geehrte Frau Schneider,"): the rest of it runs to the comma.
const GREETINGS = GREETING_WORDS
  // Either case for the first letter: a greeting opens its line, or follows a mention in lower case.
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join('|');
const AFTER_MENTION = String.raw`^|^@[\w.]+\s+`;
// "Estimados clientes: les informamos…": Spanish closes a letter's greeting with a colon.
const AFTER_GREETING = String.raw`(?<=${AFTER_MENTION}|^(?:${GREETINGS})\b[^.!?\n:]{0,40}?[,:]\s+)`;
/** A pattern for a letter's opening formula, after its greeting or at the sentence's start. */
const opening = (source: string, flags: string) => new RegExp(`${AFTER_GREETING}${source}`, flags);
/**
 * A pattern for what a public reply says first, after its @mention or at the sentence's start (a
 * greeting before it would leave a capital after a comma).
 */
const replyOpening = (source: string, flags: string) => new RegExp(`(?<=${AFTER_MENTION})${source}`, flags);

// Urgency said in passing, inside a sentence that has something to say: "Order now at …", "for just £9".
// "as stated on our website": where the customer could have read it, pointed at.
const AS_STATED = String.raw`as (?:stated|indicated|described|shown|listed|mentioned|advertised) (?:on|in) (?:our|the) (?:website|site|listing|booking (?:page|confirmation)|product page)`;
// "Bestel via example.com/actie voordat het te laat is", "…per bloccare la tariffa, dopo sarà troppo tardi": the
// clock held over the reader, in each language. After the way in or the fact it followed, it is cut and they
// stay; said alone ("Danach ist es zu spät!!!"), it is pressure and goes whole (isPressure).
const TOO_LATE: Record<Exclude<Planned, 'en'>, string> = {
  es: String.raw`antes de que sea (?:demasiado )?tarde|(?:luego|después) (?:será|ya será) (?:demasiado )?tarde`,
  fr: String.raw`avant qu['’]il ne soit trop tard|après,? (?:il )?sera trop tard`,
  de: String.raw`bevor es zu spät ist|danach ist es zu spät`,
  pt: String.raw`antes que seja (?:tarde demais|tarde)|depois (?:será|vai ser) tarde demais`,
  it: String.raw`(?:dopo|poi) sarà troppo tardi`,
  nl: String.raw`(?:voordat|voor) het te laat is|daarna is het te laat`,
};
const TOO_LATE_AFTER = Object.fromEntries(
  Object.entries(TOO_LATE).map(([language, said]) => [
    language,
    [new RegExp(String.raw`(?<=\S)(?:,|\s+[—–-])?\s*(?:${said})(?![\p{L}])`, 'giu'), ''],
  ]),
) as Record<keyof typeof TOO_LATE, [RegExp, string]>;
const TOO_LATE_ALONE = Object.fromEntries(
  Object.entries(TOO_LATE).map(([language, said]) => [language, new RegExp(`^(?:${said})[.!]*$`, 'iu')]),
) as Partial<Record<Planned, RegExp>>;

// ", which you agreed to upon registration": the customer reminded that they signed the terms.
const AGREED_TO = String.raw`,\s+which you (?:agreed to|accepted|signed)(?: (?:upon|on|at|when|during) (?:registration|registering|sign-?up|signing up|booking|joining|purchase|checkout|check-out|the time of (?:booking|purchase)))?`;

const URGENT_WORDS: Partial<Record<Planned, [RegExp, string][]>> = {
  en: [
    // "so dont miss out": the apostrophe a quick thumb left out, put back (and the push it hid is found).
    [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/gu, "$1n't"],
    // "alot", "definately": a typo a careful editor fixes before sending.
    [/\balot\b/gu, 'a lot'],
    [/\b([Dd])efinately\b/gu, '$1efinitely'],
    [/\b([Rr])ecieve(d|s)?\b/gu, '$1eceive$2'],
    [/\b([Ss])eperate(ly)?\b/gu, '$1eparate$2'],
    [/\b([Tt])(?:ommorow|ommorrow|omorow)\b/gu, '$1omorrow'],
    [/\b([Uu])ntill\b/gu, '$1ntil'],
    [/\b([Aa])ccomodation\b/gu, '$1ccommodation'],
    // "…drop Friday 9AM EST and trust us… you're gonna want to be ready 👀": the tease goes, the date stays.
    [
      /,?\s+(?:and |so )?trust (?:us|me)\s*(?:,|…|\.\.\.)\s*you['’]?(?:re|ll|will) (?:gonna |going to )?(?:want|need|love|thank)[^.!?]*/giu,
      '.',
    ],
    [/,?\s+(?:and |so )?trust (?:us|me)\s*(?:…|\.\.\.)\s*$/giu, '.'],
    // "I am pleased to share with you today the launch of Ambition 2030": the news, with a verb.
    [
      /^I am (?:pleased|delighted|proud|excited|thrilled|happy) to (?:share|announce)(?: with you)?,? today,? the launch of\b/u,
      'Today marks the launch of',
    ],
    // "You can start your free 14-day trial and never look back.": the trial, without the promise.
    [/,?\s+and never look back(?=\s*[.!]*\s*$)/giu, ''],
    // "If you've ever sat in our seats…, you OWE it to this place to give something": the ask, without
    // the debt laid on the reader.
    [
      /\byou owe it to (?:this place|us|them|the (?:team|club|school|theatre|community|town)|your (?:community|club|team|town|school)) to (?=\p{L})/giu,
      'please ',
    ],
    // "If you're serious, fill in the booking form…": the way in, without the doubt about the reader.
    [
      /^If you['’]re (?:serious|genuinely interested|ready to commit|actually interested),\s*/u,
      "If you're interested, ",
    ],
    // "Repeated emails will not speed up the process and we would ask that you…": the request stays.
    [
      /^(?:please note(?: that)?\s+)?(?:repeated|further|more|multiple|additional) (?:e-?mails|calls|messages|chasers|phone calls) (?:will not|won['’]t|do not|don['’]t|cannot|can['’]t) (?:speed up|change|help|affect) [^.!?,]{2,40}?(?:,\s*|\s+and\s+)(?=(?:we|I|please)\b)/iu,
      '',
    ],
    // "Hi Marcus, as I explained in my previous two emails, the sync issue…": the answer without the
    // reminder that it was given before.
    [
      /(?<=^|[,.!?]\s)[Aa]s (?:I|we)(?:['’]ve| have)? (?:already |previously |clearly )?(?:explained|said|mentioned|stated|told you|pointed out)(?: (?:in|on) (?:my|our) (?:previous|last|earlier|two previous|previous two|last two|last three|previous three) (?:e-?mails?|messages?|replies|calls?)| before| (?:several|many|multiple|three|two) times| (?:in|on) (?:the|this) (?:thread|ticket))?,\s*/gu,
      '',
    ],
    // "…had not enabled two-factor authentication as we have repeatedly recommended.": the advice,
    // without the reminder of how often it was given.
    [
      /,?\s+as (?:we|I)(?:['’]ve| have)? (?:repeatedly|previously|already|often|consistently|clearly|always) (?:recommended|advised|requested|asked|stated|said|explained|warned)(?= *[.!;]|$)/giu,
      '',
    ],
    // "Please refer to our FAQ at brewbox.example/faq before contacting us again.": the way to the
    // answers stays; the door shut on the customer goes. Not after a wait ("Please allow 5 working
    // days before contacting us again"): that says when to write.
    [
      /(?<!\b(?:days?|hours?|weeks?|months?)),?\s+before (?:contacting|emailing|calling|messaging|writing to) us (?:again|further)(?= *[.!]|$)/giu,
      '',
    ],
    // "Queries should be directed to library@…; please note individual responses may not be possible.":
    // the way to ask stays, the warning that nobody may answer goes.
    [
      /[;,]\s*(?:please note(?: that)?|note that|but|however,?)\s+(?:individual |personal )?(?:responses|replies|answers) (?:may|might|will|can) not (?:be )?(?:possible|guaranteed|sent|given|always be possible)(?= *[.!]|$)/giu,
      '',
    ],
    // "We've said it a million times, all prices are on our website…": the prices, without the sigh.
    [
      /^(?:we|I)(?:['’]ve| have) (?:said|told you|mentioned|explained|posted) (?:it|this|that) (?:a (?:million|hundred|thousand) times|(?:so )?many times|(?:over and over|again and again)(?: again)?|before|already|more than once)(?: (?:before|already))?(?:,|:| —| -)\s*/iu,
      '',
    ],
    // "To book, use the link in bio ONLY.": the way to book, offered.
    [
      /^To ([\p{L}]+(?: [\p{L}]+)?), (?:please )?use (?:the )?link in (?:our |the |my )?bio(?: only)?(?=[.!]*$)/iu,
      'You can $1 through the link in our bio',
    ],
    // After its "that" the notice may open on any word ("…inform you that on 2 May, …"); without it, not
    // on one that says what the notice is about ("We are writing to inform you of…").
    // "Please note the salon will be closed…", "We are writing to let you know that your tariff…",
    // "It has come to our attention (AGAIN) that bins are…" (not "to the Council's attention": who
    // noticed is named):
    // the notice itself, without the form letter clearing its throat. Not "Please note the following:",
    // which has nothing after it to say. Nor "Our records show that you arrived 25 minutes late": the
    // hedge is what keeps that from reading as an accusation.
    [
      /(?<=^|^@[\w.-]+\s+|^(?:dear|hi|hello)\b[^,.!?\n]{1,40},\s+)(?:please (?:be advised|be aware) that|(?:please|kindly) note(?: that)?(?! the following| down\b| of\b)|(?:we are|we['’]re|I am|I['’]m) writing to (?:let you know|inform you|advise you|notify you)(?: that)?|this is to (?:inform|notify|advise) you(?: that)?|you are (?:hereby )?(?:notified|informed|advised)(?: that)?|it should be noted that|it is important to note that|it is worth noting that|we (?:wish|would like|want) to (?:inform|notify|advise) you(?: that)?|it has (?:come to|been brought to) (?:our|my|management['’]s) attention(?:,?\s*\(?again\)?,?)?(?: that)?)(?:(?<= that)[,:]?\s+(?=\p{L})|[,:]?\s+(?=\p{L})(?!(?:of|about|regarding|on|to|with|for|that)\b))/iu,
      '',
    ],
    // "Please understand that we cannot refund the delivery charge": the refusal said with regret,
    // not with a demand that the reader accept it. Only a refusal: "Please understand that when you
    // don't submit on time…" explains, and stays.
    [
      opening(
        String.raw`(?:Please|Kindly|We ask (?:you )?to) understand that\s+(?=(?:we|I|our|this|these|the|it|refunds?|returns?|exchanges?)\b[^.!?]*(?:\b(?:not|cannot|unable|no longer)\b|n['’]t\b))`,
        'u',
      ),
      'Unfortunately, ',
    ],
    // "ACT NOW → aurelia.example/vip": the link, without the order to hurry to it.
    [
      /^(?:act|click|tap) now\s*[:→➡👉-]+\uFE0F?\s*(?=https?:\/\/|www\.|[\w-]+\.[a-z]{2,}\/)/giu,
      "Here's the link: ",
    ],
    // "VIP ONLY: You've Been Selected", "you have been hand-selected for early access to…": a prize
    // claim for what is an offer. The offer stays, said as what the reader gets. Not a prize
    // ("…selected to receive a £500 gift card"): said as a thing the reader gets, a claim like that
    // would be one still.
    [/\s*[:\-–—]\s*You['’]ve Been (?:Hand-?)?Selected(?= *[.!]*$)/gu, ''],
    [/(?<=[:\-–—]\s*)You['’]ve Been (?:Hand-?)?Selected for (?=\p{Lu})/gu, ''],
    [
      /\b([Yy])ou(?:['’]ve| have) been (?:hand-?|specially |personally )?(?:selected|chosen|picked) (?:for|to receive) (?=(?:an? |our )?(?:(?:exclusive|early|special|personal|VIP|EXCLUSIVE|EARLY) )*(?:early access|access|invitation|invite|upgrade)\b)/gu,
      '$1ou get ',
    ],
    // "You've been SELECTED for a FREE teeth clean!": the service offered free, said as what the
    // reader gets; without it the text would offer nothing (a prize, "a £500 gift card", stays a claim).
    [
      /\b([Yy])ou(?:['’]ve| have) been (?:hand-?|specially |personally )?(?:selected|SELECTED|chosen|CHOSEN|picked) (?:for|to receive) (?=(?:an? |your )?(?:free|FREE|complimentary|COMPLIMENTARY) (?:[\p{L}-]+ ){0,2}(?:clean|check-?up|check|consultation|assessment|trial|session|class|lesson|scan|test|exam|review|quote|valuation|survey|inspection|service|treatment|facial|massage|haircut|trim|fitting|tasting|tour)\b)/gu,
      '$1ou can have ',
    ],
    // "This is covered in our FAQ: …", "This thread has been locked.": said by the people who did it,
    // to the reader who asked.
    [
      replyOpening(
        String.raw`This (?:is|was|has been) (?:covered|answered|explained) in our (FAQs?|help cent(?:re|er)|guide|docs|documentation)\b`,
        'gu',
      ),
      "You'll find this in our $1",
    ],
    [/^This (thread|topic|post|discussion) has been (locked|closed)(?= *[.!]*$)/gu, "We've $2 this $1"],
    // A form letter's stock phrases, in the words a person at the desk would use: "We acknowledge
    // receipt of your complaint regarding…" is "We've received your complaint about…", "Should you
    // wish to escalate this matter, you may contact…" is "If you'd like to escalate this matter, you
    // can contact…". Only the phrasing changes; what is promised or refused stays as written.
    // "We note your comments.", "Your enquiry (ref: CRM-2024-118872) has been received and logged.":
    // the thanks a person at the desk would give, the reference kept.
    [
      opening(
        String.raw`(?:We|I) note your (comments|feedback|concerns?|remarks|review|message)(?= *[.!]*$)`,
        'u',
      ),
      'Thank you for your $1',
    ],
    [
      opening(
        String.raw`(?:We|I) note (?:your|the) (?:dissatisfaction|unhappiness|disappointment|displeasure) (with|about|regarding)\b`,
        'u',
      ),
      "We understand you're unhappy $1",
    ],
    [
      opening(String.raw`(?:We|I) note your frustration (with|about|regarding)\b`, 'u'),
      'We understand your frustration $1',
    ],
    [
      opening(
        String.raw`Your (enquiry|inquiry|complaint|message|e-?mail|letter|feedback|query|comments|review)((?: \([^()]{1,40}\)| (?:ref(?:erence)?\.?:?|no\.|number|#) ?[\p{L}\p{N}#/-]+)?) (?:has|have) been (?:received|logged|recorded|registered|noted)(?: and (?:logged|recorded|registered|noted))?(?= *[.!]*$)`,
        'u',
      ),
      'Thank you for your $1$2',
    ],
    [
      opening(
        String.raw`Your (ticket|request|application|claim|case|report)((?: \([^()]{1,40}\)| (?:ref(?:erence)?\.?:?|no\.|number|#) ?[\p{L}\p{N}#/-]+)?) (?:has|have) been (?:received|logged|recorded|registered)(?: and (?:logged|recorded|registered))?(?= *[.!]*$)`,
        'u',
      ),
      "We've received your $1$2",
    ],
    // "…will be scheduled in due course": a form letter's shrug; what will happen stays.
    [/\s+in due course\b/gu, ''],
    // "As stated in our Terms & Conditions, which you agreed to upon registration, …": the terms,
    // without reminding the customer they signed them.
    // After an opening phrase its comma stays ("As stated in our Terms, appointments…"); between a
    // subject and its verb both go ("Our cancellation policy states…", not "policy, states").
    [
      new RegExp(
        String.raw`^((?:as|under|per|according to|in line with|in accordance with)\b[^,]*)${AGREED_TO}(?=,)`,
        'iu',
      ),
      '$1',
    ],
    [new RegExp(String.raw`${AGREED_TO},`, 'gu'), ''],
    [/\s+and (?:we )?(?:truly |really |greatly )?value your (?:feedback|comments|input)(?= *[.!]*$)/gu, ''],
    // "We acknowledge receipt of your review dated 12/02" → "Thank you for your review dated 12/02":
    // what the customer wrote, thanked for, not logged.
    // "…of your complaint regarding noise on the 4th floor" → "Thank you for writing to us about noise
    // on the 4th floor": a rater read "Thank you for your complaint" as awkward.
    [
      opening(
        String.raw`(?:We|I) (?:acknowledge|confirm) (?:the )?receipt of your (?:complaint|correspondence|letter|e-?mail|message) (?:regarding|about|concerning|in relation to|with regard to)\s+`,
        'u',
      ),
      'Thank you for writing to us about ',
    ],
    [
      opening(
        String.raw`(?:We|I) (?:acknowledge|confirm) (?:the )?receipt of your (review|e-?mail|letter|correspondence|message|feedback|comments|enquiry|inquiry)\b`,
        'u',
      ),
      'Thank you for your $1',
    ],
    [/(^|[.!?]\s+)(We|I) acknowledge receipt of (?=(?:your|the)\b)/gu, "$1$2've received "],
    [/\b(we|I) acknowledge receipt of (?=(?:your|the)\b)/gu, "$1've received "],
    [
      /\b(complaints?|e-?mails?|messages?|letters?|enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|requests?|feedback|concerns?|reviews?|comments?|questions?|applications?|claims?|calls?) (?:regarding|with regard to|in regard to|in relation to|pertaining to|concerning)\b/giu,
      '$1 about',
    ],
    ...sayPlainly('should you (?:wish|want|like) to ', "if you'd like to "),
    ...sayPlainly('should you require ', 'if you need '),
    [/(^|[.!?]\s+)Should you (have|need) /gu, '$1If you $2 '],
    [/\bshould you (have|need) /gu, 'if you $1 '],
    [
      /\byou may (contact|call|e-?mail|write to|reach|reply|phone|ring|speak to|get in touch)\b/gu,
      'you can $1',
    ],
    ...sayPlainly('as per (clause|section|paragraph|condition) ', 'under $1 '),
    [/(^|[.!?]\s+)(?:Please )?(?:do not|don['’]t) hesitate to /gu, '$1Feel free to '],
    [/\b(?:please )?(?:do not|don['’]t) hesitate to /gu, 'feel free to '],
    ...sayPlainly('we regret to (?:inform|advise|tell) you that ', "we're sorry to say that "),
    ...sayPlainly('prior to\\b', 'before'),
    // Not an estate agent's "Offers in excess of £725,000": a term of the trade, said as it is.
    ...sayPlainly('(?<![Oo]ffers )in excess of\\b', 'more than'),
    [/\bthe remainder of (?=(?:the|this|that|your|our|their|his|her)\b)/gu, 'the rest of '],
    // "We hereby confirm…" is "We confirm…"; "Notice is hereby given" is a legal form, and stays.
    [/(?<!\bis) hereby(?= \p{Ll})/gu, ''],
    [/\bat your earliest convenience\b/giu, 'when you can'],
    ...sayPlainly('in order to\\b', 'to'),
    [/\b([Ww])e are unable to\b/gu, "$1e can't"],
    [/\b([Ww])e['’]re unable to\b/gu, "$1e can't"],
    [/\bI am unable to\b/gu, "I can't"],
    [/(^|[.!?]\s+)Kindly (?=\p{Ll})/gu, '$1Please '],
    [
      /\bkindly (?=(?:contact|call|e-?mail|send|reply|complete|return|ensure|submit|provide|let|be|confirm|check)\b)/gu,
      'please ',
    ],
    ...sayPlainly('utili[sz](e|es|ed|ing)\\b', 'us$1'),
    // "We leverage machine learning to…", "empowers finance teams to close faster": the plain verb
    // ("use", "help"); the noun ("gives us leverage", "the leverage of…") stays, and so do someone's
    // quoted words and a quoted motto (no closing quote mark after the verb, no opening one before it).
    [
      new RegExp(
        String.raw`(?<!\b(?:the|a|more|financial|some|any|no|our|your|their|much|real|of|with|have|has|gives?|gain) )\bleverag(e|es|ed|ing)\b(?= (?!(?:of|in|is|are|was|and|or|for|on|over|with|to)\b)[\p{L}\p{N}'’])${NOT_QUOTED}`,
        'gu',
      ),
      'us$1',
    ],
    [
      new RegExp(
        String.raw`(^|[.!?]\s+)Leverag(e|es|ed|ing)\b(?= (?!(?:of|in|is|are|was|and|or|for|on|over|with|to)\b)\p{Ll})${NOT_QUOTED}`,
        'gu',
      ),
      '$1Us$2',
    ],
    [
      new RegExp(
        String.raw`\bempower(s|ing)?\b(?= (?!(?:to|and|or|of|is|are|was)\b)\p{Ll})${NOT_QUOTED}`,
        'gu',
      ),
      'help$1',
    ],
    [
      new RegExp(
        String.raw`(^|[.!?]\s+)Empower(s|ing)?\b(?= (?!(?:to|and|or|of|is|are|was)\b)\p{Ll})${NOT_QUOTED}`,
        'gu',
      ),
      '$1Help$2',
    ],
    // "Reply UPGRADE or lose this deal.", "Book a session before you lose all the progress you've made:
    // …", "Message us and change your life TODAY!": the threat or the promise tacked on after the way
    // in goes; the way in stays.
    [
      /,?\s+or (?:(?:lose|miss(?: out on)?) (?:this|the|your) (?:deal|offer|discount|price|spot|place|seat|chance|bonus(?:es)?)|miss out)(?=\s*[.!]*$)/giu,
      '',
    ],
    // "Limited slots, reply WHITEN to book now!": the way to reply stays, without the scarcity before it
    // or the hurry after it.
    [
      /(?<=^|[.!?]\s+)[Ll]imited (?:slots|spaces|places|spots|availability|numbers)\s*[,!—–-]+\s*(?=(?:reply|text|call|book|dm|message)\b)/gu,
      '',
    ],
    [
      /\b((?:reply|text) \p{Lu}{2,}[\p{Lu}\p{N}]* to (?:book|claim|join|order|reserve|sign up)) now\b/giu,
      '$1',
    ],
    // "Pre-order NOW via link in bio or you'll be crying into a supermarket baguette 😂": the fate held
    // over a reader who doesn't order goes; the order and its way in stay.
    [
      /,?\s+(?:or|otherwise|or else),? you['’]ll (?:be (?:crying|sorry|kicking yourself|gutted|left (?:out|behind))|regret (?:it|this)|miss (?:out|it))\b[^.!?]*(?=[.!]*$)/giu,
      '',
    ],
    // "Book now to avoid losing your place on our patient list: 01632…", "…to avoid disappointment":
    // the loss held over the reader goes; the booking and the number stay.
    [
      // Not after a bare "call" or "reserve": "…booked, call." would say nothing.
      /(?<!(?:^|,|You can|please)\s*(?:call|ring|phone|text|reserve))\s+(?:in order )?to avoid (?:disappointment|losing (?:your|the) (?:place|spot|slot|seat|booking|registration|discount|deal|price)\b[^.!?:]*|missing out\b[^.!?:]*)(?=\s*(?::|[.!]*$))/giu,
      '',
    ],
    [
      /\s+before you lose (?:all |any of )?(?:the |your )?(?:progress|results|gains|momentum|streak|spot|place|discount|deal)\b[^.!?:]*(?=\s*(?::|[.!]*$))/giu,
      '',
    ],
    [
      /\s+and (?:change|transform) your (?:life|business|future|career|body|game)(?: forever| today| now)?(?=\s*[.!]*$)/giu,
      '',
    ],
    // "…DM me before someone else snaps it up", "…or stay exactly where you are", "…or it will be
    // offered to the next person in line": the same push, in the words of a rival or a taunt.
    [
      /,?\s+(?:before (?:someone|somebody) else (?:snaps|grabs|takes|books|nabs) (?:it|them|this|your (?:spot|place|slot|seat))(?: up)?|or (?:just )?stay (?:exactly )?(?:where|as) you are|or (?:it|they|the (?:spot|place|unit|slot|room)) will be (?:offered|given|released|passed) to (?:the next|someone else|another)[^.!?]*)(?=\s*[.!]*(?:\s+(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+)*\s*$)/giu,
      '',
    ],
    // "We apologize for any inconvenience you may have experienced regarding the broken AC unit":
    // sorry about the thing itself.
    [
      /^(?:We (?:sincerely |do )?(?:apologi[sz]e|are sorry)|Apologies|Sorry) for any inconvenience(?: (?:you may have|you have|you've|this may have|this has) (?:experienced|caused|had))? (?:regarding|concerning|with regard to|in relation to|about|with) (?=(?:the|your) )/u,
      "We're sorry about ",
    ],
    // "We apologise for any inconvenience caused.": the apology, in the words a person would use, after
    // the @mention of a public reply too.
    [
      replyOpening(
        String.raw`(?:we (?:sincerely |do )?(?:apologi[sz]e|are sorry)|apologies|sorry) for (?:any|the) inconvenience(?: (?:this|that|which) (?:may|might|will|could|has|may have) (?:cause[ds]?|caused)| caused)?(?: to you)?(?= *[.!]*$)`,
        'iu',
      ),
      "We're sorry for the trouble",
    ],
    [
      replyOpening(
        String.raw`I (?:sincerely |do )?(?:apologi[sz]e|am sorry) for (?:any|the) inconvenience(?: (?:this|that|which) (?:may|might|will|could|has|may have) (?:cause[ds]?|caused)| caused)?(?: to you)?(?= *[.!]*$)`,
        'iu',
      ),
      "I'm sorry for the trouble",
    ],
    // "No appointments will be taken during this period": who will not take them, said.
    ...(
      [
        ['taken', 'taking'],
        ['accepted', 'accepting'],
        ['processed', 'processing'],
        ['answered', 'answering'],
        ['issued', 'issuing'],
        ['given', 'giving'],
        ['made', 'making'],
        ['offered', 'offering'],
        ['collected', 'collecting'],
        ['provided', 'providing'],
      ] as const
    ).map(([done, doing]): [RegExp, string] => [
      // "No further support will be provided": a mass noun after "further" or "more" too.
      new RegExp(
        String.raw`^No ((?:new |further |more |late )?[\p{Ll}-]+s|(?:further|more) (?!one\b|body\b|thing\b)[\p{Ll}-]+) will be ${done}\b`,
        'u',
      ),
      `We won't be ${doing} $1`,
    ]),
    // "Enquiries: 01632 960 117", "Info: northgrid.example.com/outages": a label before a number or an
    // address, said as the help it offers.
    [
      /^(?:enquiries|inquiries|queries|questions)\s*[:?]\s*(?=\+?\d[\d ().-]{6,}\d\s*[.!]?\s*$)/iu,
      'If you have questions, call ',
    ],
    [
      /^(?:enquiries|inquiries|queries|questions)\s*[:?]\s*(?=[\w.+-]+@[\w-]+\.[\w.-]+\s*$)/iu,
      'If you have questions, write to ',
    ],
    [
      new RegExp(
        String.raw`^(?:info|more info(?:rmation)?|further information|details)\s*:\s*(?=https?:\/\/|www\.|${DOMAIN.source})`,
        'iu',
      ),
      "There's more at ",
    ],
    // "This decision is final and has been made at board level.": who made it stays, the door shut goes.
    [/^(this|the|our) decision is final,? and (has been|was) (made|taken|reached)\b/iu, '$1 decision $2 $3'],
    // "Kindly find attached our company profile for your kind perusal.": what is attached, said plainly.
    [
      /^(?:please|kindly) find attached,?\s+(.+?)(?:,? for your (?:kind )?(?:perusal|reference|review|consideration|information))?(?=[.!]*$)/iu,
      'Attached: $1',
    ],
    // "Queries should be directed to library@…", "…to the Estate Office on 0161 496 0390": the address
    // or the number, offered instead of directed ("contact", since a number is not written to).
    [
      /^(?:any |all )?(?:queries|questions|enquiries|inquiries) (?:should|must) be (?:directed|sent|addressed|submitted) to /iu,
      'If you have questions, you can contact ',
    ],
    // "If you had read the documentation (docs…/sync) you would know that sync only runs…": the
    // answer, said without the reproach.
    [
      /^If you(?:['’]d| had) (?:read|checked|looked at) (?:the|our) (documentation|docs|FAQ|manual|guide|instructions|pinned post|help (?:centre|center))(\s*\([^()]*\))?,? you(?:['’]d| would)(?: have)? (?:know|known|seen|found|noticed)(?: that)? /iu,
      'As the $1 says$2, ',
    ],
    // "…if you think you're good enough, apply at …": a dare to the reader, said as the welcome it should be.
    [
      /\bif you think you(?:['’]re| are) (?:good|smart|talented|tough|strong|brave|bold) enough\b/giu,
      "if you're interested",
    ],
    // "…it's our most popular line, so I'd grab it before it sells out": advice to hurry, not a fact.
    [
      /,?\s*(?:so|and) (?:I'?d|you'?ll want to|you might want to|better|I would) (?:grab|get|order|book|snap up) (?:it|one|yours|them)(?= before (?:it|they) (?:sells?|runs?|goes?|go) out\b)/giu,
      '',
    ],
    // "…ends TONIGHT at midnight ⏰ don't miss it → notely.example/deal": the link, without the push.
    [
      new RegExp(
        String.raw`\s*(?:(?:\p{Extended_Pictographic}|\uFE0F)\s*)*\b[Dd]on['’]?t miss (?:it|out)\s*(?:→|->|➡️?|👉|:)\s*(?=https?:\/\/|www\.|${DOMAIN.source})`,
        'gu',
      ),
      ': ',
    ],
    // "We sold out by 10am last week, so get here early": advice to come early, said as an invitation.
    [/\bget here (?:early|quick|fast|sharpish)\b/gu, 'come early'],
    [/\bGet here (?:early|quick|fast|sharpish)\b/gu, 'Come early'],
    // "Book before the weekend slots go (they always go)": the rush and the aside that pressed it.
    [
      /\s*\b(?:before|b4) (?:the |our |my )?(?:[\p{L}-]+ )?(?:spots|slots|places|seats|spaces|tables|tickets|appointments) (?:fill(?: up)?|go|disappear|vanish|run out)\b(?: \([^()]{1,30}\))?/giu,
      '',
    ],
    // "Book before every slot is gone", "…before all the seats are taken": the same rush, counted.
    // Not after a bare way to reply ("DM NOW before all slots are gone"): that is said as a whole.
    [
      /\s*(?<!\b(?:dm|message|text|call|email|whatsapp|ring|phone)(?: (?:us|me))?(?: now)?\s*)\b(?:before|b4) (?:every|each|all(?: the| our)?|the last|the remaining) (?:spot|slot|place|seat|space|table|ticket|appointment|date)s? (?:is|are) (?:gone|taken|booked|snapped up)\b/giu,
      '',
    ],
    // "Book NOW before slots are GONE ➡️ …", "Claim NOW before they're LOST FOREVER": the way to book
    // or claim stays, the countdown goes.
    [
      /\s*\bbefore (?:the |our |my |your )?(?:spots?|slots?|places?|seats?|tickets?|spaces?|tables?|they|it|points?|rewards?)(?:['’]re| are| is|['’]s) (?:all )?(?:gone|lost|taken|snapped up|sold out)(?: for ?ever| for good)?\b(?=\s*(?:[:.!,]|➡️|👉|→|$))/giu,
      '',
    ],
    // "Start date: ASAP": after a label's colon it is the label's value, when; said in words, it stays.
    [/(?<=:\s*)asap\b/giu, 'as soon as possible'],
    [
      /\s*\b(?:asap|while you can|before it'?s too late|before (?:someone|anyone|somebody) else (?:does|takes|grabs|books|gets|snaps up)(?: (?:it|yours|them|your (?:spot|date|place|seat)))?|before your size (?:sells out|goes|is gone)|before we sell out(?: again)?(?!\s*\()|before (?:they|it|spots|places|seats|(?:our|the|my) (?:diary|calendar|schedule|books|dates)) (?:fills? up|sells? out(?: again)?|runs? out(?: again)?|goes(?! (?:live|on sale|public|out to|back))(?: up)?(?!(?:\s+up)?\s+(?:to|on|at|in|from|by|after|next|this|tomorrow|tonight)\b)|go(?! (?:live|on sale|public|out to|back))(?: up)?(?!(?:\s+up)?\s+(?:to|on|at|in|from|by|after|next|this|tomorrow|tonight)\b)|are gone|vanish|disappear)(?: (?:for|over) (?:the )?(?:summer|winter|spring|autumn|fall|christmas|easter|holidays?|season|month|week|weekend))?|before (?:they'?re|they are|it'?s|it is) (?:all )?(?:snapped up|sold out|gone|booked up))(?: forever| for good)?\b/giu,
      '',
    ],
    // "Text BOOK to 07912 345 678 quick!!!": once offered, the hurry after the number goes.
    [/(?<=\d)\s+(?:quick(?:ly)?|fast|pronto)\b(?=[.!]*\s*$)/giu, ''],
    [
      // "Hurry, offer ends 10pm!": the deadline stays, the hurry before it goes.
      /^(?:(?:but|so|and) )?(?:limited time(?: only)?|ends soon|last chance|hurry|act fast|be quick|quick|don'?t miss (?:out|this))\s*(?:[:!–—-]|,(?=\s+\p{L}))\s*/iu,
      '',
    ],
    // "…only 30 left so don't sleep on this one", "Best blackwork in the South West and we don't say
    // that lightly": the nudge and the boast said in passing go; what the sentence tells stays.
    [/,?\s*(?:so|and) don['’]t sleep on (?:this|it|these|them)(?: one)?\b/giu, ''],
    [/,?\s*and (?:we|I) (?:don['’]t|do not) say (?:that|this) lightly\b/giu, ''],
    // "…at sheetsmart.academy — but hurry, this deal ends Friday": the deadline stays, the hurry goes.
    [/(?<=[—–]\s*)[Bb]ut [Hh]urry,\s+(?=\p{Ll})/gu, ''],
    // "Slots are going fast so don't miss out - book on 07700 900412": the way to book stays.
    [/,?\s+so don['’]t miss (?:out|it)\s*(?=[-–—]\s*\p{L})/giu, ' '],
    // "Tutorly 3.0 is a complete game-changer for students": who it is for is the sentence's news.
    [
      /(?<!["“][^"”]{0,200})\b(is|are|['’]s|['’]re) (?:a|an|such a) (?:(?:complete|total|absolute|real|true|genuine|massive|huge|major) )?game[- ]?changers? (?=for (?!(?:the|our|this) (?:industry|market|world|sector|business)\b))/giu,
      '$1 ',
    ],
    // "…the most advanced gravel machine on the market, period.": the stamp on a claim goes with it.
    [/\s*[,—–]\s*(?:period|end of story)(?=[.!]*\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$)/giu, ''],
    // "…represents a milestone in the Group's strategy and underscores its unwavering commitment to
    // delivering dining experiences": the boilerplate clause goes, the sentence's news stays.
    [
      /\s+and (?:underscores|underlines|reflects|demonstrates|reinforces|reaffirms|highlights|cements) (?:its|our|their|the [\p{L}-]+['’]s) (?:[\p{L}-]+ ){0,2}(?:commitment|dedication) to [^.!?]*(?=[.!?]|$)/giu,
      '',
    ],
    // "…what I honestly believe is an accounts-payable tool", "I honestly think it's an indie
    // roguelike": with the ranking gone (hype), the belief has nothing left to vouch for.
    [/\bwhat (?:I|we) (?:honestly |truly |genuinely |really )?(?:believe|think) (?:is|are) (?=an? )/gu, ''],
    [
      /\b(?:I|we) (?:honestly |truly |genuinely |really )?(?:believe|think) (it['’]s|this is|they['’]re) (?=an? )/gu,
      '$1 ',
    ],
    // "For the LAST time: this group is for residents only": the exasperation goes, the rule stays.
    [/^(\W*)for the (?:last|final|hundredth|umpteenth|millionth|tenth) time[:,!.]*\s+/iu, '$1'],
    // "Once again we have to remind residents that bins…": the reminder stays, the sigh goes.
    [
      /^(\W*)(?:once again|yet again|again|one more time),? (?:we|I) (?:have|need|are forced|must|feel the need|are obliged) to remind (?:you|everyone|all (?:residents|parents|members|staff|tenants|employees|guests|users|players|colleagues)|you all) that /iu,
      '$1A reminder that ',
    ],
    [
      /\b(?:once again|yet again|(?:for )?(?:one|a) (?:last|final) time|for the (?:second|third|umpteenth|hundredth) time),? (?=(?:remind|ask|request|warn|urge)(?:s|ing)? (?:you|everyone|all)\b)/giu,
      '',
    ],
    [
      /\b((?:remind|ask|request|warn|urge)(?:s|ing)? (?:you|everyone|all \p{L}+)),? (?:once again|yet again)\b/giu,
      '$1',
    ],
    // "Smoking in the stairwell will not be tolerated": the rule, said as one.
    [/\bwill not be tolerated\b/giu, 'will not be allowed'],
    [/\bwon['’]t be tolerated\b/giu, "won't be allowed"],
    // "Kindly do the needful and book a FREE demo": the stock phrase goes, the booking stays.
    // "Kindly do the needful and acknowledge receipt" keeps its "please".
    [/\b(?:kindly|please) do the needful and (?=\p{L})/giu, 'please '],
    [/\bdo the needful and (?=\p{L})/giu, ''],
    // "Tonight only, BUY NOW": a bare order at the end of a sentence goes whole; without its "now"
    // it would leave "Tonight only, buy".
    [
      /,\s*(?:buy|shop|order|book|grab|get) (?:it |them |one |yours )?(?:right )?(?:now|today)(?=[.!]*\s*$)/giu,
      '',
    ],
    [
      // Only an order: "a coach will call you today" and "available to order starting today" say when.
      // Nor "a quick call today or tomorrow": a choice of days is no hurry.
      // "a call today at 4pm or tomorrow at 9am": "today" before a time is the time's day, a fact.
      /(?<!\b(?:will|'ll|’ll|shall|to|can|would|we|I|they) )\b(order|buy|shop|book|grab|get|claim|register|sign up|subscribe|download|call|dial|text|message|dm|reserve|secure|enrol|enroll|join|apply|visit|try|contact)((?: (?!starting\b|from\b|as\b)[^\s.!?:]+){0,4}?) (?:right )?(?:now|today)\b(?!\s+only\b)(?!,? or (?:tomorrow|tonight|later|this (?:week|weekend|evening|afternoon)|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?!\s+(?:at|from|between|by|before|until|after)\s+\d)/giu,
      '$1$2',
    ],
    [
      /(?<=\b(?:for|at|from|costs?|is|are|only) )(?:just|only) (?=[$€£¥₹]\s?\d|\d+(?:[.,]\d+)?\s?(?:€|\$|£|eur|usd|gbp)\b)/giu,
      '',
    ],
    // "The Metro X is available to order now": it is now available; the order in "order now" goes.
    [/\b(is|are) available to (order|pre-order|preorder|buy|book) now\b/giu, '$1 now available to $2'],
    [
      /,?\s*(?:until (?:they'?re|it'?s) gone|before (?:they'?re|it'?s|(?:this|the) (?:deal|offer|sale|role|job|position|vacancy|opening) is) (?:gone|filled)(?: forever| for good)?)\b/giu,
      '',
    ],
    // "DM me "GROWTH" now or stay broke.": the taunt after the way in goes; the way in stays.
    [/,?\s+or (?:stay|remain) (?:broke|poor|stuck|small|average|invisible)\b(?=\s*[.!]*(?:\s|$))/giu, ''],
    // "…for your big day, don't wait — enquire via the link in bio": the push goes, the way to enquire
    // is offered. ("…don't wait — summer Saturdays book up first" is the reason, left to the rule below.)
    [
      /,\s*don['’]?t wait\s*[—–-]\s*(?=(?:enquire|inquire|book|call|message|email|contact|reserve|register|apply|sign up|get in touch|reach out|check)\b)/gu,
      ', you can ',
    ],
    // "— don't wait!" goes; "don't wait on the doorstep all night" is a sentence of its own, left whole.
    [/\s*[,—–-]\s*don'?t wait\b(?=\s*[,!.]|\s*$)[,!.]?/giu, ' —'],
    // "Booked up for 6 weeks so if you want us don't wait.": the diary stays, the push goes.
    [
      /,?\s+so (?:if you want (?:us|one|it|a (?:slot|spot|place|table|date))\s*,?\s*)?don['’]t wait\b(?=[.!]*$)/giu,
      '',
    ],
    // "Give £12 today", "donate what you can now": the gift stays, its hurry goes ("Give now!" stays whole).
    [
      /(?<!\b(?:will|'ll|’ll|shall|to|can|would|we|I|they) )\b(give|donate)((?: (?!starting\b|from\b|as\b)[^\s.!?:]+){1,4}?) (?:right )?(?:now|today)\b/giu,
      '$1$2',
    ],
    // "Don't make the same mistake twice: Riverfest 2026 passes are on sale…": the push before a colon
    // goes, what it pointed at stays.
    [
      /(?<=^|[.!?]\s+)(?:but |so |and )?(?:don['’]?t (?:make the same mistake(?: twice| again)?|sleep on (?:this|it))|act fast|be quick|move fast|hurry(?: up)?)\s*[:—–]\s*(?=\p{L}|\d)/giu,
      '',
    ],
    // "Don't miss our fall clearance — everything is 30% off": the clearance, said, then what it is.
    [
      /(?<=^|[.!?]\s+)(?:but |so |and )?don'?t miss (our|the|this) ([^—–:,.!?]{2,40}?)\s*[—–:]\s*(?=\p{L})/giu,
      '$1 $2: ',
    ],
    // "Apply in the next 24 hours or miss out", "…or cry later 😭": the way in stays, the threat (and
    // the emoji that act it out) goes.
    // At the sentence's end, the sentence still ends: "You can reserve via Messenger."
    [
      /\s+or (?:(?:miss out|lose out)(?: forever| for good| for ever)?|regret it(?: later| forever)?|lose your (?:spot|place|chance)|cry (?:later|about it(?: later)?)|be sorry|kick yourself(?: later)?)\b[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*(?=\s*(?:#[\p{L}\p{N}_]+\s*)*$)/iu,
      '.',
    ],
    [
      /\s+or (?:(?:miss out|lose out)(?: forever| for good| for ever)?|regret it(?: later| forever)?|lose your (?:spot|place|chance)|cry (?:later|about it(?: later)?)|be sorry|kick yourself(?: later)?)\b(?!\s+(?:til|till|until|'til|’til)\b)(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*/giu,
      '',
    ],
    // "DM 'SHRED' before you regret it 👊": the same threat after "before"; the way in stays.
    [
      /\s+before you (?:regret it|kick yourself|miss out)(?: later| forever)?\b[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*(?=\s*(?:#[\p{L}\p{N}_]+\s*)*$)/iu,
      '.',
    ],
    // "…hacktheharbour.example/volunteer — we're counting on you!!!"
    [/\s*[,—–-]\s*(?:we'?re|we are) counting on you\b/giu, ''],
    // "🛒 Shop NOW — link in bio!!", "➡️ Book NOW before it sells out — link in bio!": what the link
    // is for, and where it is.
    [
      // "Pre-order NOW — link in bio": the whole verb, never its half after a hyphen.
      /(?:(?:🛒|➡️?|👉|🎟️?)\s*)?(?<![\p{L}-])(pre-?order|shop|book|order|buy|donate|register|sign up|enrol|enroll|apply|reserve|join|enquire)(?: (?:now|today|here))?(?: before [^—–.!?\n]{2,30}?)?\s*(?:[—–:-]+|(?:\p{Extended_Pictographic}|\uFE0F)+)\s*(?:the )?link (?:is )?in (?:our |the |my )?bio\b[.!]*/giu,
      'The link to $1 is in our bio.',
    ],
    // "Appointments fill fast, book at ivoryandthread.example/sale": the way to book, without the rush.
    [
      /^(?:appointments|spots|places|seats|tables|dates|tickets|slots|classes) (?:always |usually |often )?(?:fill|go|sell)(?: up| out)? (?:fast|quickly)\s*[,;:—–-]\s*(?=\p{L})/iu,
      '',
    ],
    // "[Shop the sale →] nibandquire.example/sale": an e-mail's button, said as the words before its link.
    [/\[\s*([^\]\n]{2,40}?)\s*(?:→|->|»|›|➡️?)?\s*\]\s*(?=https?:\/\/|www\.|[\w-]+\.[a-z]{2,})/giu, '$1: '],
    // "Only 16 places per class and they always fill up fast", "…before the price goes up": the
    // places and the price stay, the hurry that rides on them goes.
    [
      /\s*(?:,\s*)?(?:\band\s+|[—–-]\s*)(?:they|these|those|it|spots|places|seats|classes|dates|appointments|tables|sessions) (?:always |usually |often |tend to )?(?:fill|fills|sell|sells|book|books|go|goes)(?: up| out)? (?:fast|quickly|in (?:days|hours|minutes))\b(?!\s+(?:once|when|after|as soon as|if)\b)/giu,
      '',
    ],
    // Not before the date it goes up on ("…before prices go up on 1 July"), nor before the price it goes up
    // to ("…before it goes up to £34.99"): that is the offer's deadline, or its terms.
    [
      /\s+before (?:the )?prices? (?:goes|go) (?:back )?up\b(?!\s+(?:to|on|at|in|from|by|after|next|this|tomorrow|tonight)\b)/giu,
      '',
    ],
    // "You can pre-order via the link in our bio before you miss out": the way in stays, the fear goes.
    // "…before you miss out on your dream home": what would be missed goes with the fear of missing it.
    [
      /\s+before you miss (?:out(?: on (?:your|this|the|a|these|our) [^.!?,:;\n\p{Extended_Pictographic}]{1,40}?(?=\s*(?:[.!?,:;\n\p{Extended_Pictographic}]|$)))?|it|them)\b/giu,
      '',
    ],
    // "…so grab your seat before it's full: ledgerly.example/webinar": the seat and its link stay, the
    // race for it goes.
    [
      /\s+before (?:it|they|we|seats|spots|places|tickets|the (?:session|class|course|webinar|event))(?:['’](?:s|re)| (?:is|are)) (?:full|gone|sold out|fully booked|booked up)\b(?!,)/giu,
      '',
    ],
    // "Over 800 have registered, so grab your seat: …": the crowd is news, not the reason to hurry;
    // the order after it is offered in a sentence of its own. ("HUGE so book your ticket" is hype
    // before an order, and goes with it.)
    [
      /(?<=[\p{L}\p{N}]), so (grab|book|get|reserve|claim|secure|save) (your|a) (seat|spot|place|ticket|tickets|table)\b(?=\s*:)/gu,
      '. You can $1 $2 $3 here',
    ],
    [
      /(?<=[\p{L}\p{N}]), so (grab|book|get|reserve|claim|secure|save) (your|a) (seat|spot|place|ticket|tickets|table)\b/gu,
      '. You can $1 $2 $3',
    ],
    // "…so if you're not booked in you're honestly missing out 🙄": the spots stay, the jab goes.
    // Before another sentence, it leaves its full stop.
    [
      /\s*,?\s*so if you['’]re not [^,.!?]{3,30}?,? you['’]re (?:honestly |seriously |really )?missing out\b[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*(?=\s+\p{Lu})/giu,
      '.',
    ],
    [
      /\s*,?\s*so if you['’]re not [^,.!?]{3,30}?,? you['’]re (?:honestly |seriously |really )?missing out\b(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*/giu,
      '',
    ],
    // "Once they're gone they're GONE 😭🔥 DM us…": the rush before the way to order goes.
    [
      /(?<=^|[.!?]\s+)(?:once|when) (?:it['’]?s|they['’]?re|they are|it is|their|there) gone,? (?:it['’]?s|they['’]?re|they are|it is|their|there) gone\b[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*\s+(?=\p{Lu})/giu,
      '',
    ],
    // "Tickets only from the village shop or drumleehall.example.org — get them NOW!": where, without the order.
    [
      /\s*[—–-]\s*(?:go )?(?:get|grab) (?:them|yours|it|one|some)(?: (?:now|today|while you can))?[.!]*\s*$/iu,
      '.',
    ],
    // "Call (555) 284-9130 or book online — the link is in our bio": the second way in, offered too.
    [/\bor (book|order|shop|apply) online\b(?! (?:at|via|on|through)\b)/giu, 'or you can $1 online'],
    // "…OR CALL 614-555-0192 HURRY!!!": a hurry tacked onto a sentence's end goes. Not "no hurry".
    [
      /(?<!\b(?:no|a|in a|any|not in a)),?\s+hurry(?: up)?(?=[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F))*\s*$)/giu,
      '',
    ],
    // "Listed at $1,295,000 and it WILL NOT LAST": the price stays, the warning on its end goes.
    [
      /\s*[,—–-]?\s*\band (?:it|they) (?:will not|won['’]t|will never) last(?: long)?\b(?=[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F))*\s*$)/giu,
      '',
    ],
    // "…is finally here and it's going to sell out fast": the news stays.
    [
      /\s*,?\s*\band (?:it|they)(?:['’]s| is|['’]re| are| will|['’]ll)(?: going to)? (?:sell out|go)(?: (?:fast|quickly|in no time)\b|(?=[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F))*\s*$))/giu,
      '',
    ],
    // "Free webinar — spots are filling fast": the webinar stays, the hurry after it goes.
    [
      /\s*[,—–-]\s*(?:spots|places|seats|tickets|spaces) (?:are )?(?:filling|going|selling) (?:up )?(?:fast|quickly)\b([.!])?[.!]*/giu,
      // The sentence it closed still ends: "Yoga & more — places going FAST. Register…".
      '$1',
    ],
    // "Our sale is almost over — and we don't want you to miss out", "We need 20 engineers by Q2 —
    // this is all hands on deck": the fact before the dash stays, the push after it goes.
    [
      /\s*[,—–-]\s*(?:and )?(?:we don'?t want you to miss (?:out|it)|this is all hands on deck|and bigger (?:and better )?than ever|this (?:one )?(?:won'?t|will not) last|the best in [^,.!?—–]{2,30}?,? full stop)\b/giu,
      '',
    ],
    // "SummitOps 2025 — the #1 DevOps conference on the West Coast — is just 6 weeks away".
    [/\s*[—–]\s*the (?:number one|best|leading|top|biggest) [^—–.!?]{3,60}?\s*[—–]\s*/giu, ' '],
    // "Jordan Blake — ex-Google, ex-Stripe, one of the most brilliant product minds of our generation —":
    // the person and their record stay, the ranking goes.
    [
      /,\s*one of the (?:most [\p{L}-]+|best|greatest|brightest|smartest|finest) [^,—–.!?]{2,60}?(?=\s*[—–,])/giu,
      '',
    ],
    // "Go go go: nimbusnotes.app": the link, without the cheer.
    // Only before a link: "GO GO GO 🏃‍♀️💨" is a cheer with nowhere to go, for the pressure lists.
    [/^go+ go+ go+\s*(?:[:!]|👉|→)?\s*(?=https?:\/\/|www\.|[\p{L}\p{N}-]+\.[\p{L}]{2,})/iu, 'More at '],
    [
      /\s*don'?t let your friends (?:work|stay|shop|go) [^.!?—–]*?(?:\s*\p{Extended_Pictographic}\uFE0F?)*(?=\s*[—–]|\s*$)/giu,
      '',
    ],
    // "Last year we sold out in 22 minutes so set those alarms & have your cart ready": the fact stays.
    [
      /\s*,?\s*(?:so|and) set (?:your|those|the) alarms?(?: now)?(?:\s*(?:&|and) (?:have|get) (?:your|those) (?:cart|basket|wallet)s? ready)?\b/giu,
      '',
    ],
    // "Last time the line was around the block, don't say we didn't warn you 💀": the line stays, and
    // still ends.
    [
      /\s*[,—–-]\s*(?:and )?don['’]t say (?:we|I) didn['’]t warn you\b[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*\s*$/iu,
      '.',
    ],
    [/\s*[,—–-]\s*(?:and )?don['’]t say (?:we|I) didn['’]t warn you\b/giu, ''],
    // "Smash that apply button: hellostack.example/careers" is where to apply.
    [
      /\b(?:smash|hit|tap) (?:that|the) apply button(?: (?:now|today|right now))?\s*:\s*/giu,
      'You can apply here: ',
    ],
    // "Smash that wishlist button now: store…/app/2281940": the same link, offered.
    [
      /\b(?:smash|hit|tap) (?:that|the) (wishlist|subscribe|follow|like) button(?: (?:now|today|right now))?\s*:\s*/giu,
      'You can $1 it here: ',
    ],
    // "…and when they're gone they're gone until next autumn": the date it comes back is a fact.
    [
      /\s*(?:[,—–-]|\band)\s*(?:once|when) (it'?s|they'?re|they are|it is) gone,? (?:it'?s|they'?re|they are|it is) gone (?=until\b)/giu,
      ', and then $1 gone ',
    ],
    // "As stated in our Terms & Conditions, appointments…": terms with a name are where the rule
    // is written, a fact; the pointing goes, the name stays.
    [
      /^(?:As (?:clearly )?(?:stated|mentioned|outlined|explained|noted|set out) in|As per) our (Terms(?: (?:and|&) Conditions| of (?:Service|Business|Use))?|T&Cs)( \([^()]{1,60}\))?,\s*(?=\p{L})/u,
      'Under our $1$2, ',
    ],
    [
      /^((?:However|But),\s+)(?:as (?:clearly )?(?:stated|mentioned|outlined|explained|noted|set out) in|as per) our (Terms(?: (?:and|&) Conditions| of (?:Service|Business|Use))?|T&Cs)( \([^()]{1,60}\))?,\s*(?=\p{L})/u,
      '$1under our $2$3, ',
    ],
    // "As stated in our terms and conditions (which you agreed to at checkout), custom-engraved urns
    // are non-refundable": the rule stays, the finger pointed at the small print goes.
    [
      /^((?:however|but),\s+)?(?:as (?:clearly )?(?:stated|mentioned|outlined|explained|noted|set out)|as per) (?:in )?(?:our |the )?(?:terms(?: (?:and|&) conditions)?|t&cs|policy|policies|website|booking (?:page|confirmation|conditions)|conditions of (?:booking|sale|stay)|house rules|confirmation email)(?: \([^()]{1,60}\))?,\s*(?=\p{L})/iu,
      '$1',
    ],
    // "Please read the FAQs at example.com/help before contacting us.": where the answers are, offered,
    // not an order to read before daring to write.
    [
      /^(?:please )?(?:make sure you )?(?:read|check|see|consult|refer to) (?:the|our) (FAQs?|help (?:centre|center|pages?)|help section|knowledge base|guide)( (?:at|on) \S+?)? (?:before|prior to) (?:contacting|messaging|emailing|calling|writing to) us(?=[.!]*$)/iu,
      "You'll find more in our $1$2",
    ],
    // "As we have already explained twice, the refund takes 5–7 working days": the fact, not the count.
    [
      /^as (?:we|I)(?: have|['’]ve)? (?:already )?(?:explained|said|mentioned|told you|stated|informed you)(?: (?:twice|before|previously|several times|many times|multiple times|more than once))?,\s*(?=\p{L})/iu,
      '',
    ],
    // "For the record, our technician arrived…", "To be honest, …": the reply tells what happened
    // without squaring up to the customer first.
    [
      /^(?:for the record|to be (?:honest|frank|clear)|just to be clear|let['’]s be clear|frankly),\s*(?=\p{L})/iu,
      '',
    ],
    // "We're sorry you feel that way, but we have to set the record straight.": the apology stays, made
    // to the customer ("sorry to hear about this"), and the squaring up goes.
    [
      new RegExp(String.raw`${SORRY_YOU_FEEL}(?:${SQUARING_UP})?(?=\s*[.!,])`, 'giu'),
      '$1 sorry to hear about this',
    ],
    [
      new RegExp(String.raw`${SORRY_YOU_FEEL}${SQUARING_UP}\s*:\s*(?=\p{L})`, 'giu'),
      '$1 sorry to hear about this. ',
    ],
    [/,?\s*but we (?:have|need) to be honest\s*:\s*(?=\p{L})/giu, '. '],
    // "…is clearly stated on our website", "as clearly explained": the fact, without the finger.
    [
      /\bclearly (?=(?:stated|explained|marked|displayed|listed|shown|outlined|indicated|communicated|printed|mentioned|noted|written|signposted|labell?ed)\b)/giu,
      '',
    ],
    // "…rooms measure 16m² as stated on our website", "…, and as stated on our website, tables are…":
    // the fact, without where it was written.
    [new RegExp(String.raw`,\s+${AS_STATED}(?=\s*[.!,])`, 'giu'), ''],
    [new RegExp(String.raw`\s+${AS_STATED}(?=\s*[.!])`, 'giu'), ''],
    [new RegExp(String.raw`(?<=\b(?:and|but|so|however|[Hh]i [\p{L}-]+),?\s)${AS_STATED},\s+`, 'gu'), ''],
    // "…we recommended our Volume Treatment ($45) at the time, which you declined": the reminder goes.
    [/,\s*which you (?:declined|refused|turned down|chose not to (?:take|have|buy|book))(?=\s*[.!])/giu, ''],
    // "Please review our warranty policy at … before leaving public reviews": the policy, not the rebuke.
    [
      /\s+before (?:leaving|posting|writing) (?:a |any |more )?(?:public |online |negative )?reviews?\b/giu,
      '',
    ],
    // "Hoodies, tees and the tour poster — once they're gone, they're gone": the things stay.
    // "…for 14–16 February and once these rooms are gone, they're GONE": so do the dates.
    [
      /\s*(?:[,—–-]\s*(?:and\s+|so\s+)?|\b(?:and|so)\s+)(?:once|when) (?:it'?s|they'?re|they are|it is|their|there|(?:these|those|the|our|my|all|the last|the final) [\p{L}\p{N} -]{1,30}? (?:are|is)) gone,? (?:it'?s|they'?re|they are|it is|their|there) gone(?: forever| for good| for ever)?\b/giu,
      '',
    ],
    // "I'm not one for the spotlight but I have to say — this one is for every one of our 640
    // colleagues": the modesty before the point goes, the point stays.
    [
      /^(?:but |and )?I['’]m not one for (?:the spotlight|blowing my own (?:trumpet|horn)|bragging),? but (?:I have to say|I must say|honestly)?\s*[—–:,-]?\s*(?=\p{L})/iu,
      '',
    ],
    // "This is going to be HUGE so book your ticket": the hype goes, the booking is offered.
    [
      /^(?:this|it)(?:['’]s| is) going to be (?:huge|big|epic|amazing|massive|incredible|special|unmissable)!*,? so (?=(?:book|grab|get|buy|order|reserve|secure) )/iu,
      'You can ',
    ],
    // "— but book a viewing before 28 February and we'll throw in…": the condition said as one.
    [
      /\b(?:but |so )?book a (viewing|visit|tour|call|consultation|tasting|show-?round) (before|by) ([^,.!?]{2,30}?) and (we(?:['’]ll| will)) /giu,
      'if you book a $1 $2 $3, $4 ',
    ],
    // "order by Thursday 27th 3pm for guaranteed delivery": what the date means, told.
    [
      /(?<!\b(?:can|could|to|you|please) )\border by (\S[^,.!?—–]{2,40}?) for (guaranteed|next-day|same-day|free|timely|christmas) delivery\b/giu,
      'orders placed by $1 get $2 delivery',
    ],
    // "book at sunroutetours.example/amalfi 👉 deposit just €300…": a pointer after a link, before
    // words, stands for a dash; without it the link and the words run together.
    [/(\b[\w-]+\.[\w-]+(?:\/[\w./?=&%-]*)?)\s*(?:👉|➡️|→)\s*(?=\p{Ll})/gu, '$1 — '],
    // "…😭 run don't walk → link in bio": the hurry goes, the way to the link stays.
    [/\s*[,—–-]?\s*run,? don'?t walk\b[!.]*/giu, ''],
    // "we need a rockstar who can wear many hats", "we need ROCKSTARS to join our team": the person the
    // sentence goes on to describe, or to say what they will do.
    [
      /\b(hiring|for|seeking|looking for|need|wanted:?) (?:an? )?(?:rock ?star|ninja|guru|unicorn|wizard)(?= (?:who|that|to)\b)/giu,
      '$1 someone',
    ],
    [
      /\b(hiring|for|seeking|looking for|need|wanted:?) (?:more |some )?(?:rock ?stars|ninjas|gurus|unicorns|wizards)(?= (?:who|that|to)\b)/giu,
      '$1 people',
    ],
    // "We're hiring ROCKSTARS", "a sales NINJA": a job said as what it is.
    [
      /\b(hiring|for|seeking|looking for|need|wanted:?) (?:(?:a|an|more|some) )?(?:rock ?stars?|ninjas?|gurus?|unicorns?|wizards?)(?=\s*(?:$|[^\p{L}\p{N}\s])|\s+(?:who|for|with|and|in|at|like)\b)/giu,
      '$1',
    ],
    // "a ROCKSTAR Unity dev": the cliché goes, the article agrees with what is left.
    [
      /\b([Aa])n? (?:rock ?star|ninja|guru|unicorn|wizard) (?!(?:who|that|which|with|and|or|to|in|at|for|like)\b)(?=[^aeioAEIO\s])/giu,
      '$1 ',
    ],
    [
      /\b([Aa])n? (?:rock ?star|ninja|guru|unicorn|wizard) (?!(?:who|that|which|with|and|or|to|in|at|for|like)\b)(?=[aeioAEIO])/giu,
      '$1n ',
    ],
    // The guitar after "ROCKSTAR 🎸" went with the word it drew.
    [
      /\bsales (?:ninja|rock ?star|guru|wizard)\b(?:\s*(?:\p{Extended_Pictographic}|\uFE0F)+)?/giu,
      'salesperson',
    ],
    [
      /\b(?:rock ?star|ninja|guru|unicorn|wizard) (developers?|engineers?|designers?|marketers?|writers?|baristas?|chefs?)\b/giu,
      '$1',
    ],
    // "Reply YES to claim your deal" is "Reply YES for your deal": nothing is being won.
    // "…if you'd like to claim your spot" is "…if you'd like your spot".
    [/\b(like|want|love) to claim (your|the|this|a) (?=\p{L})/giu, '$1 $2 '],
    [/\bto claim (your|the|this|a) (?=\p{L})/giu, 'for $1 '],
    // "Reply YES to claim & we'll hold your spot": the keyword and the promise say it; "Pop in before
    // Sunday to claim + get 50% off cake": the visit is for it.
    [
      /\b((?:reply|text|txt|dm|message)\s+["“'‘]?\p{Lu}+["”'’]?) to claim(?: it)?(?= (?:&|\+|and|if) )/giu,
      '$1',
    ],
    [/\bto claim(?: it)?(?= (?:&|\+|and) )/giu, 'for it'],
    // "Book online at …", "call 646-555-0133": the same way in, offered instead of ordered.
    [/\b(book|order|shop|apply) online (?=(?:at|via|on|through) )/giu, '$1 '],
    [/\b[Cc]all (?:us )?(?:on |at )?(?=\+?1?[- ]?\(?\d{3}\)?[- ]\d{3}[- ]\d{4})/gu, 'reach us at '],
    // "Link in bio to grab it 🔗": grabbing is the hurry, not what the link is for; the link stays.
    [
      /^(?:(?:tap|click|hit|follow|use) (?:the|this|our) )?link (?:is )?(?:in|on) (?:our |the |my )?bio to (?:grab|snag|nab|get|cop) (?:it|one|yours|them)\b[.!]*(?=$|\s*(?:\p{Extended_Pictographic}|#))/iu,
      'The link is in our bio.',
    ],
    // "Tap the link in bio to book" → "The link to book is in our bio"; a pointer to no link goes.
    // "Then tap the link in bio." after a line that went is the same pointer.
    // The emoji pointing at it afterwards ("…to book! 👆") follow the words.
    [
      /^(?:(?:then|now|so|just),? )?(?:tap|click|hit|follow|use) (?:the|this|our) link (?:in|on) (?:our |the |my )?bio to ((?!claim)\p{L}+(?: \p{L}+){0,5})[.!]*(?=$|\s*(?:\p{Extended_Pictographic}|\uFE0F)+$)/iu,
      'The link to $1 is in our bio.',
    ],
    [
      /^(?:(?:then|now|so|just),? )?(?:tap|click|hit|follow|use) (?:the|this|our) link (?:in|on) (?:our |the |my )?bio\b(?: to claim)?[.!]*(?=$|\s*(?:\p{Extended_Pictographic}|\uFE0F)+$)/iu,
      'The link is in our bio.',
    ],
    // "Tap the link in bio before midnight!!! ☀️😎": where the link is, and until when.
    [
      /^(?:(?:then|now|so|just),? )?(?:tap|click|hit|follow|use) (?:the|this|our) link (?:in|on) (?:our |the |my )?bio (?:before|by|until) ((?:midnight|noon|tonight|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend|\d)[^.!?]{0,25}?)[.!]*(?=$|\s*(?:\p{Extended_Pictographic}|\uFE0F)+$)/iu,
      // "The link's": "the link is in our bio" would be split off again as a sentence of its own.
      "The link's in our bio until $1.",
    ],
    // "Tap the link in bio NOW before your size disappears!!!", "…before you regret it": where the
    // link is; the race goes.
    [
      /^(?:(?:then|now|so|just),? )?(?:tap|click|hit|follow|use) (?:the|this|our) link (?:in|on) (?:our |the |my )?bio(?: (?:now|today|asap|right now))? (?:before|while) (?:your|you (?:regret|miss|lose)|the|they|it|stock|sizes?|everything|spots?|places?|seats?)\b[^.!?\d]{0,40}?[.!]*(?=$|\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+$)/iu,
      'The link is in our bio.',
    ],
    // "Pre-order via link in bio to guarantee yours!!": the link to pre-order, without the race.
    // Not "Book via link in bio ONLY": that says where bookings go, and stays.
    [
      /^(?:you can )?(pre-order|preorder|order|book|shop|buy|register|sign up|donate|reserve|apply|enrol|enroll) (?:via|through|using) (?:the )?link (?:in|on) (?:our |the |my )?bio(?: to (?:guarantee|secure|grab|get|claim) (?:yours|one|your spot|a spot|your place|a place|your seat|a seat))?(?: (?:now|today|asap|right now))?[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+)?(?=\s*(?:#|$))/iu,
      'The link to $1 is in our bio.',
    ],
    // "Link in bio to secure your spot" → "The link to secure your spot is in our bio".
    [
      /^link (?:is )?in (?:our |the |my )?bio to ((?!claim)[\p{L}'’]+(?: (?!(?:now|today|asap|right now)\b)[\p{L}\p{N}'’]+){0,5})(?:\s+(?:now|today|asap|right now))?[.!]*$/iu,
      'The link to $1 is in our bio.',
    ],
    // "Link in bio | petalandstem.example": two ways to the same place, said as one.
    [/^link (?:is )?in (?:our |the |my )?bio\s*[|·•/]\s*(\S+)$/iu, "It's in our bio and at $1."],
    // "Link in bio for the full menu" → "The link for the full menu is in our bio"; "for 20% off" too.
    [
      // "Link in bio for my preset pack (20% off with code GLOWUP20)": the aside after it stays with it.
      /^link (?:is )?in (?:our |the |my )?bio for ([\p{L}\p{N}'’%£€$-]+(?: [\p{L}\p{N}'’%£€$-]+){0,5})((?:\s*\([^()]{1,80}\))?)[.!]*(?=$|\s*(?:\p{Extended_Pictographic}|#))/iu,
      'The link for $1 is in our bio$2.',
    ],
    // "Link in bio to order! 💕", "Link in bio 🕯️ #candles": the same, before the emoji and hashtags.
    [
      /^link (?:is )?in (?:our |the |my )?bio to ((?!claim)[\p{L}'’]+(?: [\p{L}\p{N}'’]+){0,5})[.!]*(?=\s*(?:\p{Extended_Pictographic}|#))/iu,
      'The link to $1 is in our bio.',
    ],
    [
      /^link (?:is )?in (?:our |the |my )?bio[.!]*(?=\s*(?:\p{Extended_Pictographic}|#))/iu,
      'The link is in our bio.',
    ],
    [/^link (?:is )?in (?:our |the |my )?bio (?=\p{Ll})/u, 'The link is in our bio '],
    [/^Link (?:is )?in (?:our |the |my )?bio (?=\p{Ll})/u, 'The link is in our bio '],
    [/[\s,—–-]*\b(?:tap|click|hit) (?:the|this) link\b[.!]*$/iu, '.'],
    // "📚 APPLY NOW: The Whitford Foundation 2025 STEM Scholarship is OPEN!": an order as a label over
    // the sentence that names what it is for goes; the way to apply is said where the post gives it.
    // Written without the case flag: the sentence after the label opens on a capital.
    [
      new RegExp(
        String.raw`^((?:\p{Extended_Pictographic}\uFE0F?\s*)*)(?:${'apply|book|shop|order|register|sign up|donate|enrol|enroll|enter|join|vote'
          .split('|')
          .flatMap((verb) => [verb, verb[0]?.toUpperCase() + verb.slice(1), verb.toUpperCase()])
          .join('|')})(?: (?:now|today|Now|Today|NOW|TODAY))?\s*:\s+(?=\p{Lu}\S*\s+\S+\s+\S+\s+\S)`,
        'u',
      ),
      '$1',
    ],
    // "…a bit of dust on the panels, totally normal": after a comma the word carries the aside; it stays.
    // Without the case flag: under it \p{Ll} matches capitals too, and "Super Early Bird" lost its "Super".
    [
      /(?<!,\s)\b(?:[Aa]bsolutely|[Tt]otally|[Ss]uper|[Ii]nsanely|[Rr]idiculously|[Ii]ncredibly) (?=\p{Ll})/gu,
      '',
    ],
    // "…these ALWAYS sell out so book NOW before it's too late": with the rush gone, "so book" goes too.
    [/,?\s+so (?:book|order|buy|shop|reserve)(?= *[.!]*$)/giu, ''],
    // "…only for the next 24 HOURS so RUN don't walk!!! 🏃‍♀️💨" with the run gone: the "so" and the dust
    // after it go too.
    [/,?\s+so(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))+(?=\s*[.!]*$)/gu, ''],
  ],
};

// Elsewhere, the hurry that rides on an order ("Compra ya", "Réservez dès maintenant", "Jetzt
// bestellen"): the order stays, its hurry goes. Letters, not \b, bound the words: "já" ends on one.
const word = (alternatives: string) => `(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`;
const HURRY_AFTER = (verbs: string, hurry: string): [RegExp, string] => [
  new RegExp(`${word(`(${verbs})`)}((?:\\s+[^\\s.!?:]+){0,2}?)\\s+${word(hurry)}`, 'giu'),
  '$1$2',
];
// A way to get in touch keeps its hurry when nothing else is left of it: "Chama agora!" is not "Chama!".
const CONTACT_HURRY = (verbs: string, hurry: string): [RegExp, string] => [
  new RegExp(
    `${word(`(${verbs})`)}(?:((?:\\s+(?!${word(hurry)})[^\\s.!?:]+){1,2}?)\\s+${word(hurry)}|\\s+${word(hurry)}(?=\\s+[^\\s.!?]))`,
    'giu',
  ),
  '$1$2',
];
Object.assign(URGENT_WORDS, {
  es: [
    TOO_LATE_AFTER.es,
    // "Estimados clientes: les informamos que a partir del 1 de marzo…": the notice, without the formula
    // that announces it.
    [
      opening(
        String.raw`(?:(?:le|les|os) (?:informamos|comunicamos|recordamos)(?: de)?|nos complace (?:informarle|informarles|informaros|comunicarle|comunicarles|anunciarle|anunciarles)) que\s+(?=\p{L})`,
        'iu',
      ),
      '',
    ],
    // "¡Has sido seleccionado para una limpieza dental GRATIS!": the free service, offered.
    [
      /\b[Hh]as sido (?:seleccionad[oa]|elegid[oa])(?:\(a\)|\/a)? para (?=(?:una?|tu) (?:[\p{L}]+ ){0,3}(?:gratis|GRATIS|gratuit[oa])\b)/gu,
      'Tienes ',
    ],
    // "Le recordamos que las tarifas…": the fact, without the reminder that it was known.
    [
      opening(
        String.raw`(?:le|les|te|os) (?:recordamos|informamos|indicamos) que\s+(?=\p{L})(?![^.!?]*\by que\b)`,
        'iu',
      ),
      '',
    ],
    // "Una vez más les recordamos que…": the reminder, without the sigh.
    [
      /(?<![\p{L}])(?:una vez más|nuevamente|de nuevo|otra vez|por enésima vez),? (?=(?:les |os |te )?(?:recordamos|pedimos|rogamos|solicitamos|insistimos))/giu,
      '',
    ],
    [
      /(?<![\p{L}])((?:les |os |te )?(?:recordamos|pedimos|rogamos|solicitamos)) (?:una vez más|nuevamente|de nuevo|otra vez|por enésima vez)(?![\p{L}])/giu,
      '$1',
    ],
    // "Le informamos de que, a partir del 1 de marzo, la comisión…": the notice, without the form
    // letter clearing its throat (so in every language whose clause after "que" keeps its order).
    [
      /^(?:por (?:medio de )?la presente,? )?(?:le|les|os|te) (?:informamos|comunicamos)(?: de)? que,?\s+(?=\p{L})/iu,
      '',
    ],
    // "Como ya le expliqué, …", and the same in every language: the answer without the reminder.
    [
      /(?<=^|[,.!?]\s)[Cc]omo (?:ya )?(?:le |te |les )?(?:(?:hemos |he )?(?:explicado|dicho|indicado|informado|comentado)|expliqu[ée]|dije|indiqu[ée]|informamos)(?: (?:anteriormente|antes|en (?:mi|nuestro|nuestra) (?:correo|mensaje|respuesta) anterior))?,\s*/gu,
      '',
    ],
    // "…por DM, pero date prisa: quedan 6 plazas": the hurry goes, the fact after it stays (so in every language).
    [/,?\s+pero (?:date|daos|dense) prisa\s*[:,]\s*/giu, '. '],
    HURRY_AFTER(
      'compra|cómpralo|cómprala|pide|pídelo|pídela|reserva|resérvalo|resérvala|consigue|descarga|llama|encarga|regístrate|inscríbete|suscríbete|abre|contrata|prueba|hazlo|escríbenos|escríbeme|llámanos|mándanos|envíanos',
      'ya|ahora mismo|ahora|hoy mismo|hoy',
    ),
    // "…, que volamos": the hurry of selling out, said after the order.
    [/,?\s*que (?:volamos|vuelan|se acaban|se agotan)\b/giu, ''],
    // "Corre, que vuelan 📚": once the reason to run is gone, so is the order to.
    [/(?<=^|[.!?]\s+)¡?corre(?:d)?[!.,]?\s*(?=\p{Extended_Pictographic}|$)/giu, ''],
    // "Quedan muy pocos, resérvalo en laespiga.es/roscon": the way to order stays, the hurry goes.
    [/(?<![\p{L}])[Qq]uedan (?:muy )?poc[oa]s,?\s+(?=\p{Ll})/gu, ''],
    // "Plazas MUY limitadas, ¡vuelan!" inside a sentence with the price: the price stays.
    [/\s*plazas (?:muy )?limitadas,?\s*¡?(?:vuelan|se agotan)!?/giu, ''],
    // "Reserva ya desde el link en la bio o escríbenos…": the link said where it is, the sentence whole.
    [
      /(?<![\p{L}])(desde|en|por|con) (?:el )?(?:link|enlace) en (?:la |nuestra )?bio(?![\p{L}])/giu,
      '$1 el enlace de nuestra bio',
    ],
  ],
  fr: [
    TOO_LATE_AFTER.fr,
    // "Chers clients, nous vous informons que notre boutique sera fermée…": the notice, without the
    // formula that announces it.
    [
      opening(
        String.raw`(?:nous (?:vous )?informons|nous avons le plaisir de vous (?:informer|annoncer)|nous (?:tenons|souhaitons) à vous informer|nous souhaitons vous informer|nous vous rappelons) (?:que\s+|qu['’])(?=\p{L})`,
        'iu',
      ),
      '',
    ],
    // "Nous avons bien pris connaissance de votre commentaire.": the thanks a person would give.
    [
      opening(
        String.raw`Nous avons bien (?:pris connaissance de|reçu|noté) votre (commentaire|message|avis|réclamation|courriel|e-mail|demande|retour)`,
        'u',
      ),
      'Merci pour votre $1',
    ],
    [
      opening(
        String.raw`nous avons bien (?:pris connaissance de|reçu|noté) votre (commentaire|message|avis|réclamation|courriel|e-mail|demande|retour)`,
        'u',
      ),
      'merci pour votre $1',
    ],
    // "Nous accusons réception de votre courrier du 18 janvier": thanked for, not logged.
    [
      opening(
        String.raw`Nous accusons (?:bonne )?réception de votre (courrier|courriel|message|réclamation|demande|e-mail|lettre)(?![^.!?]{0,60}\bet (?:vous|nous)\b)`,
        'u',
      ),
      'Merci pour votre $1',
    ],
    [
      opening(
        String.raw`nous accusons (?:bonne )?réception de votre (courrier|courriel|message|réclamation|demande|e-mail|lettre)(?![^.!?]{0,60}\bet (?:vous|nous)\b)`,
        'u',
      ),
      'merci pour votre $1',
    ],
    // "Nous tenons à préciser que le temps d'attente…": the fact, without the form letter's throat.
    [
      opening(
        String.raw`nous (?:tenons à|souhaitons|voulons) (?:préciser|rappeler|souligner|vous rappeler) que\s+(?=\p{L})(?![^.!?]*\bet que\b)`,
        'iu',
      ),
      '',
    ],
    // "Nous vous rappelons une fois de plus que…": the reminder, without the sigh.
    [
      /(?<![\p{L}])((?:rappel|demand|pri)(?:ons|e|ent)(?: à tous(?: les [\p{L}]+)?)?) (?:une fois de plus|encore une fois|à nouveau|de nouveau|pour la (?:énième|dernière|x-ième) fois)(?![\p{L}])/giu,
      '$1',
    ],
    [
      /(?<![\p{L}])(?:une fois de plus|encore une fois|pour la énième fois),? (?=nous (?:vous )?(?:rappelons|demandons|prions))/giu,
      '',
    ],
    [
      /^(?:nous vous (?:informons|prions de noter)|veuillez noter|nous tenons à vous informer) (?:que\s+|qu['’])(?=\p{L})/iu,
      '',
    ],
    [
      /(?<=^|[,.!?]\s)[Cc]omme (?:(?:je|nous) vous l['’](?:ai|avons) (?:déjà )?(?:expliqué|dit|indiqué|précisé)|(?:déjà )?(?:indiqué|expliqué|précisé|mentionné)(?: (?:précédemment|auparavant))?),\s*/gu,
      '',
    ],
    [/,?\s+mais (?:dépêchez-vous|fais vite|faites vite)\s*[:,]\s*/giu, '. '],
    // "Ne ratez pas ça : lien dans notre bio": where the link is, without the order.
    [
      /(?<![\p{L}])ne (?:ratez|manquez) pas (?:ça|ceci|cela) ?: lien (?:dans notre|en) bio(?![\p{L}])/giu,
      'Le lien est dans notre bio.',
    ],
    HURRY_AFTER(
      'achetez|achète|commandez|commande|réservez|réserve|inscrivez-vous|inscris-toi|abonnez-vous|téléchargez|profitez-en|appelez|découvrez|donnez|faites un don',
      "dès maintenant|maintenant|dès aujourd'hui|aujourd'hui|vite|tout de suite|sans attendre",
    ),
    CONTACT_HURRY(
      'envoyez-moi|envoyez-nous|écrivez-moi|écrivez-nous|contactez-moi|contactez-nous|appelez-nous',
      "dès maintenant|maintenant|dès aujourd'hui|aujourd'hui|vite|tout de suite|sans attendre",
    ),
  ],
  de: [
    TOO_LATE_AFTER.de,
    // "Bitte haben Sie Verständnis dafür, dass eine Erstattung … nicht möglich ist.": the refusal
    // said with regret ("Leider ist eine Erstattung … nicht möglich."), the clause's last verb first.
    [
      opening(
        String.raw`(?:Bitte haben Sie|Wir bitten um Ihr) Verständnis(?: dafür)?, dass ((?:[^.!?]|\.(?= ?[\p{N}\p{Ll}(]))+?) (ist|sind|war|waren|kann|können|wird|werden)(?= *[.!]*$)`,
        'u',
      ),
      'Leider $2 $1',
    ],
    // "wir bestätigen den Eingang Ihrer Beschwerde vom 04.03.": the thanks a person would give (with
    // a verb: "Vielen Dank für…" alone reads as a fragment to the grammar check).
    [
      opening(
        String.raw`(?:wir bestätigen|hiermit bestätigen wir)(?: Ihnen)? den Eingang Ihrer (Beschwerde|Beanstandung|Nachricht|E-Mail|Anfrage|Kündigung|Reklamation|Bewertung|Rückmeldung)(?![\p{L}])`,
        'u',
      ),
      'wir danken Ihnen für Ihre $1',
    ],
    [
      opening(
        String.raw`(?:Wir bestätigen|Hiermit bestätigen wir)(?: Ihnen)? den Eingang Ihrer (Beschwerde|Beanstandung|Nachricht|E-Mail|Anfrage|Kündigung|Reklamation|Bewertung|Rückmeldung)(?![\p{L}])`,
        'u',
      ),
      'Wir danken Ihnen für Ihre $1',
    ],
    // "Wir weisen zum wiederholten Male darauf hin, dass…": the notice, without the sigh.
    [
      /(?<![\p{L}])((?:weisen|bitten|erinnern|fordern)(?: (?:Sie|euch|dich|alle(?: [\p{L}]+)?))?) (?:zum (?:wiederholten|x-ten|hundertsten|letzten) Male?|erneut|nochmals|noch einmal|wiederholt|ein letztes Mal)(?![\p{L}])/gu,
      '$1',
    ],
    [
      /(?<=^|[,.!?]\s)[Ww]ie (?:bereits|schon) (?:mehrfach |zweimal )?(?:erwähnt|erklärt|mitgeteilt|gesagt),\s*/gu,
      '',
    ],
    [/,?\s+aber (?:beeilt euch|beeil dich|beeilen Sie sich|schnell sein)\s*[:,]\s*/giu, '. '],
    // "…um Mitternacht – danach gibt es diese Preise NIE wieder", "– also schnell sein!": the date
    // and the product stay, the threat after them goes.
    [
      /\s*[,–—-]?\s*(?:danach|dann) gibt es (?:diese|solche) (?:preise|angebote|rabatte) nie wieder(?![\p{L}])/giu,
      '',
    ],
    [/\s*[,–—-]\s*(?:also )?schnell sein!?(?=\s*$)/giu, '.'],
    // "Link in Bio – wer zu spät kommt, den bestraft das Leben 😉": the proverb that presses goes.
    [
      /\s*[,–—-]?\s*wer zu spät kommt,? (?:den|dem) bestraft das leben[.!]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F))*/giu,
      '',
    ],
    // "Jetzt sichern ➡️ powerhouse-gym.de/deal": a bare "Sichern:" before the link reads as a button's
    // label; "Hier sichern:" is how a German page says where.
    [
      // Also after an emoji that ended the sentence before: "…danken 💪 Jetzt sichern: example.com".
      /(?<=^|(?:\p{Extended_Pictographic}|\uFE0F)\s*)(?:jetzt|sofort)\s+(kaufen|bestellen|anmelden|buchen|registrieren|sichern|zugreifen|shoppen|abonnieren|testen|reservieren|spenden|bewerben)(?=\s*(?:[:➡→👉]|\p{Extended_Pictographic}))/iu,
      'Hier $1',
    ],
    [
      new RegExp(
        `${word('jetzt|sofort')}\\s+(?=(?:[\\p{L}-]+\\s+)?(?:kaufen|bestellen|anmelden|buchen|registrieren|sichern|zugreifen|shoppen|abonnieren|testen|downloaden|herunterladen|zuschlagen|vereinbaren|entdecken|reservieren)(?![\\p{L}]))`,
        'giu',
      ),
      '',
    ],
    HURRY_AFTER(
      'kaufen sie|bestellen sie|buchen sie|sichern sie|reservieren sie|abonnieren sie|testen sie|melden sie sich|melde dich|sichert euch|sichere dir|hol dir|holt euch|bestell dir|schreiben sie mir|schreiben sie uns|schreib mir|schreib uns|rufen sie an|ruf an',
      'jetzt|noch heute|heute noch|sofort',
    ),
  ],
  pt: [
    TOO_LATE_AFTER.pt,
    // "Lembramos que as tarifas…": the fact, without the reminder that it was known; "Informamos que a
    // loja…", a letter's notice, without the formula that says it is one.
    [
      opening(
        String.raw`(?:lembramos|relembramos|informamos|comunicamos|vimos (?:por este meio )?(?:informar|comunicar)|temos o prazer de (?:informar|anunciar|comunicar)|gostaríamos de (?:lembrar|esclarecer|informar))(?: (?:a|aos|às) (?:tod[oa]s )?(?:os |as )?(?:nossos |nossas )?\p{L}+)? que\s+(?=\p{L})(?![^.!?]*\be que\b)`,
        'iu',
      ),
      '',
    ],
    // "Mais uma vez lembramos que…": the reminder, without the sigh.
    [
      /(?<![\p{L}])(?:mais uma vez|novamente|de novo|pela enésima vez),? (?=(?:os |as |vos |te |lhes )?(?:lembramos|relembramos|pedimos|solicitamos|reforçamos))/giu,
      '',
    ],
    [
      /^(?:(?:vimos|gostaríamos de|queremos) (?:por este meio )?informar(?:-lhe|-vos)?|informamos(?:-lhe|-vos)?|comunicamos(?:-lhe|-vos)?) que,?\s+(?=\p{L})/iu,
      '',
    ],
    [
      /(?<=^|[,.!?]\s)(?:[Cc]onforme|[Cc]omo) (?:já )?(?:foi |lhe |te )?(?:informado|dito|explicado|explicamos|dissemos|informamos)(?: anteriormente)?,\s*/gu,
      '',
    ],
    [/,?\s+mas (?:apressem-se|apressa-te|corra|corram|se apressem)\s*[:,]\s*/giu, '. '],
    HURRY_AFTER(
      'compre|peça|garanta|reserve|inscreva-se|assine|baixe|adquira|encomende|cadastre-se|aproveite',
      'já|agora mesmo|agora|hoje mesmo|hoje',
    ),
    CONTACT_HURRY('chama|chame|manda|mande|fala|fale|ligue|escreva', 'já|agora mesmo|agora|hoje mesmo|hoje'),
  ],
  it: [
    TOO_LATE_AFTER.it,
    // "Gentile Cliente, siamo lieti di comunicarLe che a partire dal 1° marzo…": the notice, without the
    // formula that announces it.
    [
      opening(
        String.raw`(?:(?:siamo lieti|ci pregiamo|abbiamo il piacere) di (?:comunicarLe|comunicarVi|comunicarvi|comunicarle|informarLa|informarVi|informarvi|informarla)|(?:con la presente )?(?:Le|Vi|vi|le) (?:comunichiamo|informiamo)) che\s+(?=\p{L})`,
        'u',
      ),
      '',
    ],
    // "Prendiamo atto della Sua recensione.": the thanks a person would give.
    [
      opening(String.raw`[Pp]rendiamo atto della ([Ss]ua (?:recensione|segnalazione|e-mail|lettera))`, 'u'),
      'La ringraziamo per la $1',
    ],
    [
      opening(String.raw`[Pp]rendiamo atto del ([Ss]uo (?:commento|messaggio|reclamo|feedback))`, 'u'),
      'La ringraziamo per il $1',
    ],
    // "Ci teniamo a precisare che la piscina…": the fact, without the form letter's throat.
    [
      opening(
        String.raw`ci (?:teniamo a|permettiamo di) (?:precisare|ricordare|sottolineare) che\s+(?=\p{L})(?![^.!?]*\be che\b)`,
        'iu',
      ),
      '',
    ],
    // "Ancora una volta vi ricordiamo che…": the reminder, without the sigh.
    [
      /(?<![\p{L}])(?:ancora una volta|per l['’]ennesima volta|nuovamente|di nuovo),? (?=(?:vi |ti |si )?(?:ricordiamo|ricorda|chiediamo|preghiamo|invitiamo))/giu,
      '',
    ],
    [
      /(?<![\p{L}])((?:vi |ti |si )?(?:ricordiamo|ricorda|chiediamo|preghiamo|invitiamo)) (?:ancora una volta|per l['’]ennesima volta|nuovamente|di nuovo)(?![\p{L}])/giu,
      '$1',
    ],
    [
      /^(?:si (?:comunica|informa|avvisa)(?: (?:la gentile clientela|i gentili clienti|gli utenti|i residenti|tutti i residenti|il personale))?|(?:la|vi|ti) (?:informiamo|comunichiamo|avvisiamo)) che,?\s+(?=\p{L})/iu,
      '',
    ],
    [
      /(?<=^|[,.!?]\s)[Cc]ome (?:già )?(?:le |ti |vi )?(?:detto|spiegato|comunicato|indicato|abbiamo (?:già )?(?:detto|spiegato|comunicato))(?: in precedenza)?,\s*/gu,
      '',
    ],
    [/,?\s+ma (?:affrettatevi|affrettati|sbrigatevi|sbrigati)\s*[:,]\s*/giu, '. '],
    HURRY_AFTER(
      'ordina|acquista|compra|prenota|iscriviti|scarica|richiedi|approfittane|scopri',
      'subito|ora|oggi stesso|oggi|adesso',
    ),
    CONTACT_HURRY('scrivici|scrivimi|chiamaci|chiamami|contattaci', 'subito|ora|oggi stesso|oggi|adesso'),
    // "…prima che finiscano i posti": the subject of the running out goes with it.
    [
      /,?\s*prima che (?:sia troppo tardi|(?:finiscano|si esauriscano)(?: (?:i|le|gli) [\p{L}]+)?)(?![\p{L}])/giu,
      '',
    ],
    // "Prenota allo 051 555 3821 perché i tavoli vanno a ruba": the number stays, the rush goes.
    [/,?\s*perché (?:i|le) (?:tavoli|posti|pezzi|biglietti) vanno a ruba(?![\p{L}])/giu, ''],
  ],
  nl: [
    TOO_LATE_AFTER.nl,
    // "Wij hebben uw klacht in goede orde ontvangen.": the thanks a person would give.
    [
      opening(
        String.raw`(?:wij|we) hebben uw (klacht|bericht|e-mail|mail|vraag|reactie|opzegging) in goede orde ontvangen`,
        'iu',
      ),
      'Bedankt voor uw $1',
    ],
    // "Wij herinneren u er nogmaals aan dat…": the reminder, without the sigh.
    [
      /(?<![\p{L}])((?:herinneren|wijzen|vragen|verzoeken) (?:u|jullie|iedereen|je)(?: er)?) (?:nogmaals|opnieuw|wederom|voor de zoveelste keer)(?![\p{L}])/giu,
      '$1',
    ],
    [
      /(?<![\p{L}])(?:nogmaals|voor de zoveelste keer),? (?=(?:wij |we )?(?:herinneren|wijzen|vragen|verzoeken))/giu,
      '',
    ],
    [
      /(?<=^|[,.!?]\s)[Zz]oals (?:al |eerder |reeds )+(?:gezegd|uitgelegd|aangegeven|gemeld|vermeld)(?: in (?:onze|mijn) (?:vorige|eerdere) (?:mail|e-mail|bericht))?,\s*/gu,
      '',
    ],
    [/,?\s+maar (?:wees er snel bij|haast je|snel zijn)\s*[:,]\s*/giu, '. '],
    HURRY_AFTER(
      'bestel|koop|boek|reserveer|download|shop|profiteer|schrijf je|meld je|scoor|ontdek|solliciteer|plan|stuur ons|stuur me|bel ons|bel me|mail ons',
      'nu|vandaag nog|vandaag|direct|snel',
    ),
  ],
} satisfies Partial<Record<Planned, [RegExp, string][]>>);

/** The hurry lists in blocks that a sentence without their words skips, built on first use. */
const URGENT_BLOCKS = new Map<Planned, ReturnType<typeof replacementBlocks>>();
function urgentBlocks(language: Planned): ReturnType<typeof replacementBlocks> {
  let blocks = URGENT_BLOCKS.get(language);
  if (!blocks) URGENT_BLOCKS.set(language, (blocks = replacementBlocks(URGENT_WORDS[language] ?? [])));
  return blocks;
}

// The service words a text message's reader sends (to stop it, or for help), in the languages the
// rules cover: typed as written, and never turned into an offer ("If you're interested, reply SAIR").
const SERVICE_WORDS =
  'STOP|STOPP|END|QUIT|UNSUBSCRIBE|BAJA|ALTO|HELP|INFO|SAIR|PARAR|CANCELAR|ARR[EÊ]T|ABMELDEN|AFMELDEN|UITSCHRIJVEN|ANNULLA|CANCELLA';
// "named SMALL PRACTICE OF THE YEAR", "…OF THE YEAR – NORTH WEST": an award's title, with the region
// it is given for.
const AWARD_TITLE =
  /\b(?:named|crowned|voted|won|wins|winning|awarded|as)\s+((?:\p{Lu}[\p{Lu}'’&-]*\s+){1,6}OF THE (?:YEAR|DECADE|SEASON)(?:\s+[—–-]\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}(?![\p{L}]))?)(?![\p{L}])/gu;
// "quoting ref ORD-4471", "code SUMMER": what comes after the word that names a reference or a code.
const REFERENCE_BEFORE = /\b(?:ref(?:erence)?|code|quote|quoting|keyword)\b[:\s]*(?:[\p{Lu}\p{N}]+-)*$/iu;
// "…with the subject 'LET'S GO'": the words to type in a subject line, as written.
const SUBJECT_BEFORE = /\b[Ss]ubject(?: line)?:?\s*['‘"“](?:[\p{Lu}\p{N}'’]+\s)*$/u;
const SAINT_PLACE_PARTICLE = /^(?:SUR|SOUS|LE|LA|LES|DE|DES|DU|EN|LÈS|ET)$/u;
// Articles stay as the name has them ("Hôtel Le Lac Bleu"); these are small inside a name.
const NAME_PARTICLE =
  /^(?:DE|DA|DO|DOS|DAS|DEL|DELLA|DELLE|DEI|DEGLI|DI|DU|DES|VAN|DER|DEN|VON|Y|E|ET|OF|AND)$/u;
// Written in capitals wherever they stand, shouted or not: "envoyez-moi un DM", "the VIP list".
const ALWAYS_CAPITALS =
  /^(?:DM|DMS|ID|PM|SMS|MMS|RSVP|FAQ|PDF|URL|VIP|CEO|CTO|CFO|COO|VP|HR|AI|API|SEO|UX|UI|USA|UK|EU|NYC|TV|DJ|BBQ|Q[1-4]|ATM|GPS|USB|CV|MBA|FC|AFC|RFC|IPA|DIPA|NEIPA|ABV|EPC|IBAN|BIC|SWIFT|SEPA|PTA|PTO|VAT|IVA|TVA|MWST|NIF|CIF|SIRET|NHS|NGO|ONG|PhD|GDPR|RGPD|DSGVO|ISO|ESG|B2B|B2C|SaaS|ROI|KPI|IPO|LLC|LLP|LTD|PLC|GMBH|SRL|SARL|BV|NV|EBITDA|TAEG|TAE|APR|APY|GMV|ARR|MRR|NPS|CAGR|FTE|SLA|OKR|MVP|CRM|ERP|IBEX|FTSE|DAX|HMRC|IRS|IRPF|DNI|NIPC|CNPJ|CPF|SUV|EV|HVAC|CPD|NEET|JEE|IIT|CBSE|ICSE|GCSE|UCAS|SAT)$/u;
const TIME_ZONE =
  /^(?:UTC|GMT|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|SAST|IST|SGT|PT|ET|CT|MT|AT|AST|ADT|NT|NST|NDT|HST|AKST|AKDT|JST|KST|HKT|NZST|NZDT|AWST|ACST|MSK|WET|WEST|EET|EEST)$/u;
const FORMAL_GERMAN = /^(?:IHR|IHRE|IHREN|IHREM|IHRER|IHRES|IHNEN|SIE)$/u;
// "DO NOT BE LATE", or two shouted words with the clause going on in lower case ("SOLD OUT in Dublin").
const SHOUTED_CLAUSE =
  /^\p{Lu}[\p{Lu}'’]*(?:(?:(?: \p{N}[\p{N}'’%€$£.,]*)* \p{Lu}[\p{Lu}'’]*){2,}(?![\p{L}])| \p{Lu}[\p{Lu}'’]* (?=\p{Ll}))/u;
const ONLY_A_SERVICE_WORD = new RegExp(`^(?:${SERVICE_WORDS})$`, 'u');
/** Whether a text holds a service word ("Txt STOP to 88199"): a way out or to help, not an order to soften. */
export const SERVICE_WORD = new RegExp(`\\b(?:${SERVICE_WORDS})\\b`, 'u');
// Days and months in the other languages: written in lower case there (German: as nouns), so a
// shouted one ("3 MARS", "SÓ ATÉ SEXTA") is a word to lower, not an acronym to keep.
const OTHER_NAMED_DAY =
  /^(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|juni|juli|oktober|dezember|segunda|terça|quarta|quinta|sexta|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|mei|augustus)$/iu;

/** "Limited spots in June", "Plazas limitadas en octubre": a day or a month is a fact of the offer. */
export function namesADay(text: string): boolean {
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (NAMED_DAY.test(word)) return true;
    // "segunda oportunidad", "quinta edición": Portuguese days are ordinals before a noun.
    if (OTHER_NAMED_DAY.test(word) && !ORDINAL_BEFORE.test(text.slice(match.index + word.length)))
      return true;
  }
  return false;
}

const ORDINAL_BEFORE = new RegExp(String.raw`^\s+(?:${ORDINAL_NOUNS})\b`, 'iu');

const NAMED_DAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|black friday|cyber monday)$/iu;

// Shouted words in a row, across a figure between them ("SOLO 24 ORE", "6 OCT AT 4PM"), but not into
// a model's tier after its number ("FITBAND 4 PRO", "INK 13 STUDIO"), which is part of its name.
const CAPS_RUN =
  /(?<![\p{L}\p{N}#@])\p{Lu}[\p{Lu}\p{N}'’]*\p{Lu}(?:[ \t,&-]+(?:\d[\d:.,/%-]*[ \t]+(?!(?:PRO|MAX|PLUS|ULTRA|MINI|LITE|AIR|STUDIO|SERIES|EDITION|GT|XL)(?![\p{L}\p{N}])))?\p{Lu}[\p{Lu}\p{N}'’]*\p{Lu}(?![\p{L}\p{N}]))+/gu;

// German writes every noun with a capital: a shouted German word is lowered to a capital and the
// rest, except these words that are never nouns.
const GERMAN_SMALL = new Set(
  'da weg los raus und oder aber für mit auf in im am an zum zur zu der die das den dem des ein eine einen einem einer nur noch jetzt bis ab von vom bei ist sind sich nicht kein keine alle alles auch schon sehr mehr so wie was wer wir ihr sie du ich es euch dich dir uns unser unsere euer eure dein deine hier heute morgen sofort gratis neu neue neuen neues letzte letzten nach vor über unter aus um durch gegen ohne nie wieder immer endlich etwas wirklich ganz beste besten bester bestes schnell gut richtig genau echt voll rasant stark enorm extrem muss müssen kann können soll sollen will wollen darf dürfen raus rein gibt hat haben wird werden war ersten zweiten dritten vierten fünften zehnten'.split(
    ' ',
  ),
);

// Countries, regions and cities posts name in capitals ("IL GELATO PIÙ BUONO D'ITALIA", "HECHO EN
// ESPAÑA"), in the spellings of the languages the rules cover: outside English there is no
// dictionary to tell a name from a word, and these are the names shouted most.
const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(
  'italia italy italie italien itália españa espana spain espagne spanien spagna espanha spanje france francia frankreich frança frankrijk deutschland germany alemania allemagne germania alemanha duitsland portugal portogallo brasil brazil brésil brasile brasilien nederland holanda olanda niederlande belgië belgique belgien bélgica belgio europa europe méxico mexico argentina colombia chile perú peru suisse schweiz svizzera suiza österreich austria autriche irlanda ireland grecia grèce griechenland'.split(
    ' ',
  ),
);
export const KNOWN_TOWNS: ReadonlySet<string> = new Set(
  'roma rome rom milano milan mailand torino turin napoli naples firenze florence venezia venice bologna toscana tuscany sicilia sicily puglia sardegna lombardia piemonte liguria madrid barcelona sevilla valencia málaga malaga bilbao granada andalucía galicia cataluña catalunya mallorca canarias lisboa lisbon lisbonne porto algarve paris lyon marseille bordeaux toulouse nice lille nantes bretagne provence normandie berlin münchen munich hamburg köln frankfurt stuttgart bayern wien vienna zürich genf amsterdam rotterdam utrecht antwerpen anvers bruxelles brussel brussels gent bruges brugge luxembourg bogotá lima london'.split(
    ' ',
  ),
);
const KNOWN_PLACES: ReadonlySet<string> = new Set([...KNOWN_COUNTRIES, ...KNOWN_TOWNS]);

/** "ITALIA" → "Italia", "D'ITALIA" → "d'Italia"; null when the word names no place we know. */
function placeName(lower: string): string | null {
  if (KNOWN_PLACES.has(lower)) return capitalise(lower);
  const elided = /^((?:d|l|dell|all|nell|sull|dall)['’])(.+)$/u.exec(lower);
  return elided && KNOWN_PLACES.has(elided[2] as string)
    ? `${elided[1] as string}${capitalise(elided[2] as string)}`
    : null;
}

const SPAN_OF_TIME =
  /^(?:zomer|winter|lente|herfst|jaar|eeuw|week|maand|dag|avond|nacht|sommers?|winters?|jahres|monats|tages)$/u;

/** A shouted word in lower case: capitalised at a sentence start and for days and months. */
function lowered(word: string, offset: number, whole: string, context?: SentenceContext): string {
  const lower = word.toLocaleLowerCase();
  // "IRON FORGE" where the draft also writes "Iron Forge": the name as the draft writes it.
  const form = context?.forms?.get(lower);
  if (form) return form;
  const place = placeName(lower);
  if (place) return place;
  if (introducedName(word, offset, whole)) {
    const inside = /\p{Lu}[\p{Lu}\p{N}'’&-]* $/u.test(whole.slice(0, offset));
    return inside && NAME_PARTICLE.test(word) ? lower : capitaliseParts(lower);
  }
  // "UNITED KINGDOM", "UNITED STATES": the two words are one name.
  if (
    (lower === 'united' &&
      /^\s+(?:KINGDOM|STATES|ARAB EMIRATES)\b/u.test(whole.slice(offset + word.length))) ||
    ((lower === 'kingdom' || lower === 'states') && /\bUNITED\s+$/u.test(whole.slice(0, offset)))
  )
    return capitalise(lower);
  // "WHICH MAY TAKE UP TO 3 DAYS": "may" before a verb is the modal, not the month.
  if (
    lower === 'may' &&
    /^\s+(?:take|be|not|have|need|also|still|apply|vary|change|require|affect|cause|result|include|help|contain|incur|differ|lead|mean|ask|receive)\b/iu.test(
      whole.slice(offset + word.length),
    )
  )
    return lower;
  if (NAMED_DAY.test(lower)) return capitalise(lower);
  // "YES, I'M IN": the English "I" is a capital however it is contracted.
  if (context?.language === 'en' && /^i['’](?:m|ll|ve|d)$/u.test(lower)) return capitalise(lower);
  // "SAINT-AUBIN-SUR-LOIRE": a saint's place, each part a name but its small words ("sur", "lès").
  const left = /[\p{Lu}-]*$/u.exec(whole.slice(0, offset))?.[0] ?? '';
  const right = /^[\p{Lu}-]*/u.exec(whole.slice(offset + word.length))?.[0] ?? '';
  if (/^(?:SAINT|SAINTE|ST|STE|SAN|SANTA|SÃO)-\p{Lu}/u.test(`${left}${word}${right}`))
    return left && SAINT_PLACE_PARTICLE.test(word) ? lower : capitalise(lower);
  // "FIETSPLAZA VAN DIJK", "HAUS VON BERG": the word after "van" or "von" is a family's name.
  // Not a word that says how much ("DE LEKKERSTE APPELTAART VAN HEEL UTRECHT": of all Utrecht).
  if (
    /\p{Lu}{2,} (?:VAN|VON)(?: (?:DER|DEN|DE|TER|TEN))? $/u.test(whole.slice(0, offset)) &&
    !/^(?:heel|hele|het|ons|onze|mijn|jouw|alle|elke|ganz|ganzem|ganzen|unserem|unserer|allen)$/u.test(
      lower,
    ) &&
    // "HET GROOTSTE FEEST VAN DE ZOMER": a season or a span of time is no family's name, nor the article
    // before it.
    !SPAN_OF_TIME.test(lower) &&
    !(
      /^(?:de|der|den|het)$/u.test(lower) &&
      SPAN_OF_TIME.test(
        /^ (\p{Lu}+)/u.exec(whole.slice(offset + word.length))?.[1]?.toLocaleLowerCase() ?? '',
      )
    )
  )
    return capitaliseParts(lower);
  // "BASEMENT BOUNCE @ The Vault, Manchester": the shouted words before "@ venue" are the night's name.
  // Not a sale or a shout before it ("FLASH SALE @ Kicks Depot", "LIVE @ The Old Granary").
  const beforeVenue = /^[\p{Lu}\p{N}\s'’&-]*(?=\s@\s+\p{Lu}\p{Ll})/u.exec(whole.slice(offset + word.length));
  if (
    beforeVenue &&
    /^[^\p{Ll}]*$/u.test(whole.slice(0, offset)) &&
    !`${whole.slice(0, offset)} ${word} ${beforeVenue[0]}`
      .split(/[^\p{Lu}]+/u)
      .some((each) => SHOUTY_SHORT.has(each))
  )
    return capitaliseParts(lower);
  // "SUO FIGLIO SALVATORE", "GUEST ARTIST RUBY RAE", "CIRO ESPOSITO": a given name that is also a word,
  // after a word for who someone is or before a family name, is the name.
  if (GIVEN_NAME_WORDS.has(lower) && context && namedHere(word, offset, whole, context.language))
    return capitalise(lower);
  // "next month's pick is THE SEVEN MOONS OF MAALI ALMEIDA": a work's title, opened by its article after
  // the work it is, is written as titles are ("The Seven Moons of Maali Almeida").
  const title = context?.language === 'en' ? titleWord(word, offset, whole) : null;
  if (title) return title;
  // "My new novel THE SALT KEEPER is out": a title's opening article keeps its capital.
  if (
    context?.language === 'en' &&
    /^(?:the|a|an)$/u.test(lower) &&
    WORK_BEFORE.test(whole.slice(0, offset)) &&
    /^\s+\p{Lu}{2,}/u.test(whole.slice(offset + word.length))
  )
    return capitalise(lower);
  // "BEST VET IN DENVER", "an NVQ": a shouted English word the dictionary does not know is a name
  // or an acronym; lowered, it would be misspelt ("denver", "nvq").
  // "NICEIC REGISTERED": the body a trade is registered with is written as its letters.
  if (context?.language === 'en' && isEnglishName(word, offset, whole))
    return isAcronym(word) || REGISTERED_AFTER.test(whole.slice(offset + word.length))
      ? word
      : capitaliseParts(lower);
  // "EN MÉRIDA, YUCATÁN", "CHEZ DUVERGER": in Spanish, French, Portuguese and Italian too, a shouted
  // word its language's word list does not know is a name ("UEFA", "HIIT": or an acronym).
  if (context && isOtherName(word, offset, whole, context.language))
    return isOtherAcronym(word) ? word : elidedName(lower, startsSentence(whole, offset, context));
  const atStart = startsSentence(whole, offset, context);
  // "STRENG VERBOTEN", "FAST AUSGEBUCHT": words German writes small whatever stands around them.
  if (
    context?.language === 'de' &&
    !GERMAN_SMALL.has(lower) &&
    !germanNotNoun(word, offset, whole) &&
    !germanWrittenSmall(word, offset, whole)
  )
    return capitaliseParts(lower);
  // "Decision: DECLINED", "Estado: DENEGADO": a form's value alone after its label is written as a
  // value is, its first word capitalised ("Decision: Declined", not "Decision: declined").
  if (LABEL_BEFORE.test(whole.slice(0, offset)) && VALUE_AFTER.test(whole.slice(offset + word.length)))
    return capitalise(lower);
  return atStart ? capitalise(lower) : lower;
}

const LABEL_BEFORE = /^\s*\p{Lu}[\p{L}'’ ]{0,30}:\s+$/u;
const VALUE_AFTER = /^[\p{Lu}\s'’-]*[.!]?\s*$/u;

// The words a post names a thing after: "we're proud to launch OBSIDIAN", "Introducing THE ELEVATE
// EXPERIENCE at…"; and, outside English, who a message is from ("Desde GYM TITAN te recordamos…").
const NAMING_VERBS = String.raw`[Ll]aunch(?:es|ed|ing)?|[Ii]ntroduc(?:e|es|ed|ing)|[Pp]resenting|[Uu]nveil(?:s|ed|ing)?|[Mm]eet|called|named|[Ss]ay hello to`;
const NAME_INTRODUCED_BY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NAMING_VERBS}|desde|de la part de|da parte di|da parte de|namens)\s+$`,
  'iu',
);
const SHOUTED_BEFORE = /(?<![\p{L}\p{N}'’&-])(?:[\p{Lu}\p{N}'’&-]+ )*$/u;
const SHOUTED_AFTER = /^(?: [\p{Lu}\p{N}'’&-]+(?![\p{L}\p{N}]))*/u;
const ARTICLE_OR_PARTICLE = /^(?:THE|A|AN|EL|LA|LOS|LAS|LE|LES|IL|LO|O|OS|DE|DEL|DI|DA|DO|OF|AND|Y|E|ET)$/u;

/** The shouted words around the one at `offset` ("MEET [BISCUIT]", "THE [SEVEN] MOONS OF…"), and the run they make. */
function shoutedRun(word: string, offset: number, whole: string) {
  const left = SHOUTED_BEFORE.exec(whole.slice(0, offset))?.[0] ?? '';
  const right = SHOUTED_AFTER.exec(whole.slice(offset + word.length))?.[0] ?? '';
  return { left, right, run: `${left}${word}${right}`.trim().split(/\s+/u) };
}

/**
 * Whether the shouted word at `offset` is part of a name a sentence introduces: two to five shouted
 * words after "Introducing", "Meet", "Desde"…, with the sentence going on in small letters or ending
 * after them. The capitals were the shout; the name keeps its own ("The Elevate Experience", "Gym
 * Titan"). Sales words make it a shout, not a name ("Introducing OUR BIGGEST SALE EVER").
 */
function introducedName(word: string, offset: number, whole: string): boolean {
  const { left, right, run } = shoutedRun(word, offset, whole);
  // "🐶 MEET BISCUIT!!! 🐶": one word met, shouted with its "MEET" and nothing after it but the marks.
  if (
    /^(?:MEET|SAY HELLO TO)\s+$/u.test(left) &&
    !/\p{L}/u.test(whole.slice(0, offset - left.length)) &&
    !right.trim() &&
    !/^(?:US|ME|YOU|THEM|EVERYONE|EVERYBODY|OUR|THE|MY|HIM|HER)$/u.test(word) &&
    /^\s*(?:[!.]+|\p{Extended_Pictographic}|$)/u.test(whole.slice(offset + word.length))
  )
    return true;
  if (!NAME_INTRODUCED_BY.test(whole.slice(0, offset - left.length))) return false;
  if (run.length < 2 || run.length > 5) return false;
  if (run.some((each) => /\d/u.test(each) || (SHOUTY_SHORT.has(each) && !ARTICLE_OR_PARTICLE.test(each))))
    return false;
  return /^(?:\s+\p{Ll}|\s*[—–:,.!?]|\s*$)/u.test(whole.slice(offset + word.length + right.length));
}

/** Whether the word at `offset` opens a sentence. "@channel 🚨 ATTENTION EVERYONE": after a leading mention it does. */
function startsSentence(whole: string, offset: number, context?: SentenceContext): boolean {
  const before = whole.slice(0, offset);
  return (
    offset === 0 ||
    // "FURNITURE CO. IS MOVING": no sentence ends after an abbreviation's full stop.
    (/[.!?]\s*$/u.test(before) &&
      !ABBREVIATION_BEFORE.test(before.trimEnd()) &&
      // "vom 5. BIS 19. August", "ab dem 20.08. SIND wir": a date's full stop, not a sentence's.
      !(context?.language === 'de' && /\d\.\s*$/u.test(before))) ||
    /^[^\p{L}\p{N}_]*$|^\s*(?:<?[@!][\w|^-]+>?[\s\p{Extended_Pictographic}\uFE0F]*)+$/u.test(before) ||
    // "…FREE PIZZA 🍕🍕 DO NOT BE LATE": after an emoji, a shouted clause of its own starts a sentence.
    // Not after an arrow or a pointing hand ("149€ ➡️ HOY SOLO 69€"): those point along the sentence.
    (/\p{Extended_Pictographic}\uFE0F?\s+[¡¿]*$/u.test(before) &&
      !/(?:➡|→|👉|👇|⬇|👈|⬅|⬆|👆)\uFE0F?\s+[¡¿]*$/u.test(before) &&
      SHOUTED_CLAUSE.test(whole.slice(offset)))
  );
}

/** "l'avent" → "l'Avent" inside a sentence: an elided article stays small before a name. */
function elidedName(lower: string, atStart: boolean): string {
  const elided = /^(\p{L}{1,4}['’])(\p{L}.*)$/u.exec(lower);
  return elided && !atStart
    ? `${elided[1] as string}${capitaliseParts(elided[2] as string)}`
    : capitaliseParts(lower);
}

const WORK_BEFORE =
  /\b(?:novel|book|album|single|EP|film|movie|play|podcast|game|record|song|track|show|series|memoir|debut|exhibition)\s+$/iu;
const REGISTERED_AFTER = /^ (?:registered|accredited|approved|certified)\b/iu;
const GIVEN_NAME_WORDS = new Set(
  'ruby rose lily daisy grace hope faith joy iris ivy jasmine amber summer dawn crystal pearl holly heather violet olive mark bill jack will pat frank grant chase hunter miles dean drew guy ray salvatore ciro rosa stella marina bianca serena vittoria angelo franco chiara sole luna paloma pilar rocío consuelo dolores mercedes'.split(
    ' ',
  ),
);
const WHO_BEFORE =
  /(?:^|\s)(?:SON|DAUGHTER|WIFE|HUSBAND|PARTNER|BROTHER|SISTER|MUM|MOM|DAD|FIGLIO|FIGLIA|MOGLIE|MARITO|FRATELLO|SORELLA|FILS|FILLE|FEMME|FRÈRE|SŒUR|HIJO|HIJA|ESPOSA|ESPOSO|HERMANO|HERMANA|FILHO|FILHA|SOHN|TOCHTER|BRUDER|SCHWESTER|ZOON|DOCHTER|BROER|ARTIST|CHEF|BARISTA|HOST|COACH|PIZZAIOLO|ARTISTA|CUOCO|CUOCA)\s+$/u;

/** Whether a shouted word that can be a given name is one here: after who someone is, or before a family name. */
function namedHere(word: string, offset: number, whole: string, language: Language): boolean {
  if (WHO_BEFORE.test(whole.slice(0, offset))) return true;
  const next = /^ (\p{Lu}{3,})(?![\p{L}\p{N}])/u.exec(whole.slice(offset + word.length))?.[1];
  if (!next || SHOUTY_SHORT.has(next)) return false;
  return language === 'en'
    ? !isCommonEnglish(next)
    : LEXICON_LANGUAGES.includes(language) && !isKnownWord(next, language);
}

const TITLE_AFTER = /\b(?:pick is|we['’]re reading|reading|called|titled|entitled)\s+$/iu;
const TITLE_SMALL_WORD = /^(?:of|and|the|a|an|in|on|at|to|for|or|but|with|from|by|as)$/u;

/** The shouted word as a title writes it, where it is part of one ("THE SEVEN MOONS OF…"); else null. */
function titleWord(word: string, offset: number, whole: string): string | null {
  const { left, run } = shoutedRun(word, offset, whole);
  const lead = whole.slice(0, offset - left.length);
  if (!WORK_BEFORE.test(lead) && !TITLE_AFTER.test(lead)) return null;
  if (run.length < 3 || run.length > 8 || !/^(?:THE|A|AN)$/u.test(run[0] as string)) return null;
  if (run.some((each) => /\d/u.test(each))) return null;
  const lower = word.toLocaleLowerCase();
  return left.trim() && TITLE_SMALL_WORD.test(lower) ? lower : capitaliseParts(lower);
}

// "LOS ANGELES", "SAN DIEGO", "NEW YORK": the first word of a place is part of its name.
const PLACE_OPENER =
  /^(?:NEW|SAN|SANTA|SANTO|SÃO|LOS|LAS|LA|EL|SAINT|ST|FORT|PORT|MOUNT|LAKE|NORTH|SOUTH|EAST|WEST)$/u;

/**
 * A shouted English word that is a name or an acronym: one the dictionary does not know, or the
 * opening word of a place before one ("LOS ANGELES"). Sales words, numbers and hyphenated parts
 * ("PRE-ORDER") are words, lowered as before.
 */
function isEnglishName(word: string, offset: number, whole: string): boolean {
  if (/\d/u.test(word) || SHOUTY_SHORT.has(word)) return false;
  const end = offset + word.length;
  if (whole[offset - 1] === '-' || whole[end] === '-') return false;
  if (!isCommonEnglish(word)) return true;
  if (!PLACE_OPENER.test(word)) return false;
  const next = /^ (\p{Lu}{5,})(?![\p{L}\p{N}])/u.exec(whole.slice(end))?.[1];
  return next !== undefined && !isCommonEnglish(next);
}

/** A shouted word of four letters or more, no figure, no compound's part, that its language does not know. */
function isOtherName(word: string, offset: number, whole: string, language: Language): boolean {
  if (!LEXICON_LANGUAGES.includes(language)) return false;
  if (word.length < 4 || /\d/u.test(word) || SHOUTY_SHORT.has(word)) return false;
  if (whole[offset - 1] === '-' || whole[offset + word.length] === '-') return false;
  return !isKnownWord(word, language);
}

/**
 * "HIIT", "CCAS", "ISEE", "SIGG": short, with a doubled letter or a vowel at most, an acronym;
 * "RUIZ", "MÉNDEZ", "UEFA" are read as names (written "Uefa", a smaller slip than "RUIZ").
 */
function isOtherAcronym(word: string): boolean {
  const vowels = word.normalize('NFD').match(/[AEIOUY]/gu)?.length ?? 0;
  return word.length <= 3 || vowels <= 1 || (word.length <= 5 && /(\p{Lu})\1/u.test(word));
}

const SAID_OF_A_NAME =
  /^(?:AVAILABLE|ACCEPTED|WELCOME|OPEN|CLOSED|NOW|HERE|TODAY|TONIGHT|ONLY|ONLINE|AGAIN|SOON|FREE|INCLUDED|REQUIRED)$/u;

// "UNVEILS", "NAMED", "SHATTERS", "RAISING": the endings of a verb, which no part of a name has.
const VERB_ENDING = /(?:[^S]S|ED|ING)$/u;

/**
 * "a MAIOR promoção", "PIZZA + BIRRA a SOLI 10€", "onze ACTIE": outside English, where there is no
 * dictionary to ask, a capitalised word of four letters or more with two vowels is a word said
 * loudly; acronyms are shorter or have fewer vowels ("PME", "TTC", "KPN", "RGPD").
 */
function spokenWord(word: string, language: Language): boolean {
  if (language === 'en' || language === 'other' || word.length < 4) return false;
  return (word.match(/[AEIOUÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜÃÕY]/gu)?.length ?? 0) >= 2;
}

/** Whether the word before or after this one (across spaces and punctuation) is in capitals too. */
function besideCapitals(whole: string, offset: number, word: string): boolean {
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(whole.slice(0, offset))?.[1];
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(whole.slice(offset + word.length))?.[1];
  return [before, after].some((next) => next !== undefined && next.length >= 2 && /^\p{Lu}+$/u.test(next));
}

/** "NVQ", "UK", "LGBTQ", "EPSRC": short, or with a vowel or none, not said as a word. */
// Short first names a post shouts ("CALL PAUL AT…"): four letters or fewer, read as acronyms otherwise.
const SHORT_FIRST_NAMES = new Set(
  'PAUL JOHN MIKE DAVE KATE ANNA EMMA LISA SARA ALEX LUKE ROSS SEAN JOSH GARY TONY AMY BEN DAN JOE ZOE IAN RYAN LEAH MIA EVA ELLA OMAR RAJ ALI JADE LUCY AMIR NINA MAYA LEE KIM ROY JAY TIM JIM BOB TED MEG'.split(
    ' ',
  ),
);

function isAcronym(word: string): boolean {
  if (PLACE_OPENER.test(word) || SHORT_FIRST_NAMES.has(word)) return false;
  return word.length <= 4 || (word.match(/[AEIOUY]/gu)?.length ?? 0) <= 1;
}

// An adjective's or a determiner's inflected form: a superlative ("HÖCHSTE", "GRÖSSTEN", "BESTEN"), a
// comparative ("WEITERE"), "DIESES", "JEDE", "LETZTES", "NEUE". "MINUTE", "KLETTERHALLE", "WOHNUNGEN",
// "GÄSTE" are nouns with the same endings.
const GERMAN_ADJECTIVE_FORM =
  /^(?:\p{L}*[^aeiouäöü\P{L}]st|best|neuest|\p{L}*[^aeiouäöü\P{L}]er|dies|jed|all|welch|manch|letzt|nächst|neu|gross|groß|klein|erst|ganz|voll|gut|frisch|heiß|heiss|lang|kurz|hoch)(?:e|en|es|em)$/iu;
// "PFLICHT", "ANMELDUNG", "SICHERHEIT", "GEMEINSCHAFT": endings only German nouns have.
const GERMAN_NOUN_ENDING = /(?:pflicht|ung|heit|keit|schaft|tät|ion|nis|ismus|chen)$/iu;
const GERMAN_PRONOUN = /(?:^|[^\p{L}])(?:wir|ihr|sie|du|ich|er|es|man)\s+$/iu;
const GERMAN_ARTICLE =
  /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|zum|zur|im|am|beim|vom|ins|unser\w*|euer|eure\w*|dein\w*|kein\w*)\s+$/iu;
// "zum wiederholten MAL", "ein letztes MAL", "das ERSTE Mal": after a determiner (and an adjective
// written small) comes a noun, whatever else the word can be.
const AFTER_GERMAN_DETERMINER =
  /(?:^|[^\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|en|em|er)?|[Zz]u[mr]|[Bb]eim|[Vv]om|[Dd]ies(?:es|em)|[Jj]ed(?:es|em)|[Kk]ein(?:em)?|[Ll]etztes|[Nn]ächstes|D(?:ER|IE|AS|EN|EM|ES)|EIN(?:E|EN|EM|ER)?|ZU[MR]|BEIM|VOM|DIES(?:ES|EM)|JED(?:ES|EM)|KEIN(?:EM)?|LETZTES|NÄCHSTES)\s+(?:(?:\p{Ll}+(?:e|en|es|em|er)|\p{Lu}+(?:E|EN|ES|EM|ER))\s+)?$/u;

/** "STRENG VERBOTEN" → small; "zum letzten MAL", a word after a determiner and no noun after it, is one. */
function germanWrittenSmall(word: string, offset: number, whole: string): boolean {
  return (
    // "MEGA-AKTION": the first part of a compound takes the noun's capital.
    !/^-\p{L}/u.test(whole.slice(offset + word.length)) &&
    germanCase(word) === 'small' &&
    !(
      AFTER_GERMAN_DETERMINER.test(whole.slice(0, offset)) &&
      !germanNounAfter(whole.slice(offset + word.length), word)
    )
  );
}

/**
 * Whether a noun follows the word, which is then its adjective: a noun written with its capital, a
 * shouted word German writes so, or any shouted word after an adjective's ending ("zum WIEDERHOLTEN MAL").
 */
function germanNounAfter(after: string, word = ''): boolean {
  if (/^\s+\p{Lu}\p{Ll}/u.test(after)) return true;
  if (/(?:E|EN|ES|EM|ER)$/u.test(word) && /^\s+\p{Lu}{2,}/u.test(after)) return true;
  const shouted = /^\s+(\p{Lu}{2,})(?![\p{L}])/u.exec(after)?.[1];
  return shouted !== undefined && germanCase(shouted) === 'capital';
}

/**
 * German capitalises nouns only: a shouted word before a written noun is its adjective ("die
 * BESTEN Köpfe", "OHNE WEITERE ANKÜNDIGUNG"), and one ending in -en after a small word that is no article is a verb ("etwas
 * BEWEGEN"). Both are lowered; the rest is taken for a noun.
 */
function germanNotNoun(word: string, offset: number, whole: string): boolean {
  const after = whole.slice(offset + word.length);
  if (/^ \p{Lu}\p{Ll}/u.test(after)) return true;
  // "OHNE WEITERE ANKÜNDIGUNG", "NEUE KOLLEKTION": a shouted word with an adjective's ending before
  // another shouted word that is no small word is that word's adjective.
  const next = /^ (\p{Lu}{2,}[\p{Lu}-]*)(?![\p{L}])/u.exec(after)?.[1];
  if (next && GERMAN_ADJECTIVE_FORM.test(word) && !GERMAN_SMALL.has(next.toLocaleLowerCase())) return true;
  const before = whole.slice(0, offset);
  // "Danach ist das Angebot WEG.": "weg" closing its clause is gone, not a path ("auf dem Weg").
  if (/^weg$/iu.test(word) && /^\s*(?:[.!?,]|$)/u.test(after) && !GERMAN_ARTICLE.test(before)) return true;
  // "WIR SUCHEN DICH": after a pronoun comes its verb, shouted or not.
  if (GERMAN_PRONOUN.test(before)) return true;
  // "Die Teilnahme ist PFLICHT!": a word with a noun's ending is a noun wherever it stands.
  if (GERMAN_NOUN_ENDING.test(word)) return false;
  // "…sind UNTERSAGT.", "…wird STRENG kontrolliert": after a form of "sein" or "werden" comes what
  // something is or becomes (a participle, an adjective), no noun.
  if (/\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|bleibt|bleiben)\s+$/iu.test(before)) return true;
  // "JETZT SPENDEN!!!", "Jetzt ANMELDEN:": the call ends on its verb. Not "JETZT NEUHEITEN ENTDECKEN",
  // where the clause goes on after the noun.
  if (
    /(?:^|[^\p{L}])jetzt\s+$/iu.test(before) &&
    /(?:en|ern|eln)$/iu.test(word) &&
    /^\s*(?:[.!?:]|$|\p{Extended_Pictographic})/u.test(after)
  )
    return true;
  return /(?:en|ern|eln)$/iu.test(word) && /\p{Ll}\s+$/u.test(before) && !GERMAN_ARTICLE.test(before);
}

/** "mega-aktion" → "Mega-Aktion": each part of a German compound with its capital. */
function capitaliseParts(word: string): string {
  return word.replace(
    /(^|-)(\p{Ll})/gu,
    (_all, dash: string, letter: string) => dash + letter.toLocaleUpperCase(),
  );
}

// "Link in bio" is a command shorthand; said as a sentence it is where the link lives: "Shop the
// range via the link in bio" is "Shop the range. The link is in our bio."
const LINK_BEFORE_ITS_VERB =
  /\blink (?:in|on) (?:the |our |my )?bio\s+(?:gets|wins|takes|keeps|secures|is|are|will|can|has|goes)\b/iu;
const TITLED_BIO = /(?<![\p{L}])L(?:ien|ink) (?:en|na|in)(?: de)? bio\b/u;
const BIO: Partial<Record<Language, [RegExp, string]>> = {
  en: [
    // Not "book via the link in bio or call 0161 555 0192": one sentence with two ways to book.
    /(?:[\s,:;—–→➡👉👇👆-]|\uFE0F)*(?:(?:via|at|through|using|with|from|on) )?(?:the )?\blink(?:s)? (?:is |are )?in (?:the |our |my )?bio\b(?!\s+or\s+(?:call|text|dm|message|email|ring|whatsapp)\b)[.!]*/giu,
    '. The link is in our bio.',
  ],
  es: [
    /(?:[\s,:;—–→➡👉👇👆-]|\uFE0F)*(?:(?:en|por) )?(?:el )?\b(?:link|enlace) en (?:la |nuestra )?bio\b[.!]*/giu,
    '. El enlace está en nuestra bio.',
  ],
  de: [
    /(?:[\s,:;—–→➡👉👇👆-]|\uFE0F)*\bLink in (?:der |unserer )?Bio\b[.!]*/gu,
    '. Der Link ist in unserer Bio.',
  ],
  fr: [/\blien en bio\b/giu, 'lien dans notre bio'],
  pt: [/\blink na bio\b/giu, 'link na nossa bio'],
  it: [/\blink in bio\b/giu, 'link nella nostra bio'],
  nl: [/\blink in (?:de )?bio\b/giu, 'link in onze bio'],
};

// "…or link in bio" said in its own sentence: in Spanish the sentence keeps its "o" (the link said
// apart would still read as an order); in English the link follows after a semicolon, since "or —
// the link is in our bio" leaves the "or" dangling and "or through the link" still reads as one.
const OR_BIO: Partial<Record<Language, [RegExp, string]>> = {
  en: [
    / or (?:via |through |at )?(?:the )?link (?:in|on) (?:our |the |my )?bio\b/iu,
    '; the link is in our bio',
  ],
  es: [
    / o (?:por |en |usa )?(?:el )?(?:link|enlace) en (?:la |nuestra )?bio\b/iu,
    ' o por el enlace de nuestra bio',
  ],
};

const IN_BIO = String.raw`link (?:in|on) (?:our |the |my )?bio`;
// "full list + table bookings via link in bio": a label (no order, no person, no "so" or "and" in it)
// before "via the link in bio", captured. Not a clause with its own verb ("Further information is
// available via the link in our bio"), which already says where the link is.
const LABEL_VIA_BIO = String.raw`(?!(?:(?!\s(?:via|through|at|in)\s)[^:\n])*\b(?:[Ss]hop|[Bb]uy|[Bb]ook|[Oo]rder|[Pp]re-?order|[Gg]rab|[Gg]et|[Rr]ead|[Rr]egister|[Ss]ign|[Ss]ubscribe|[Jj]oin|[Dd]onate|[Aa]pply|[Rr]eserve|[Cc]laim|[Dd]ownload|[Ww]atch|[Ll]isten|[Ee]nquire|[Ii]nquire|[Tt]ap|[Cc]lick|[Hh]it|[Uu]se|[Ff]ollow|[Cc]all|[Tt]ext|[Vv]isit|[Ss]o|[Aa]nd|[Bb]ut|[Oo]r|[Yy]ou|[Ww]e|I|is|are|can|will|available)\b)(\p{L}[\p{L}'’&+ ]{2,50}?) (?:via|through|at|in) (?:the )?${IN_BIO}\b`;
// "Book via the link in bio", "Shop link in bio", "…or tap the link in bio to book": the order, said as
// where the link is. Whatever the sentence says before it stays.
const BIO_ORDERS: [RegExp, string][] = [
  // "Sign up to our newsletter via link in bio for 5 EXTRA entries": the link said in place, the rest kept.
  [
    new RegExp(String.raw`^(.*\S)\s+(?:via|through|using) (?:the |our |my )?${IN_BIO}\s+(for\s.+)$`, 'iu'),
    '$1 via the link in our bio $2',
  ],
  // "Tap the link in bio to save your spot": what the link is for, offered ("You can save your spot
  // through the link in our bio."), not the button-press.
  [
    new RegExp(
      String.raw`^(?:tap|click|hit|use|visit|head to) (?:the |our )?${IN_BIO}\s+to (\p{Ll}[^.!?]*?)(\s+(?:before|by|until)\s[^.!?]+?)?[.!]*$`,
      'iu',
    ),
    'You can $1 through the link in our bio$2.',
  ],
  // "DM us now to reserve or tap the link in bio": both ways in, offered.
  [
    new RegExp(
      String.raw`^(?:please\s+)?(DM|message|email|call|text) us(?:\s+(?:now|today))?(\s+to\s+[^.!?]+?)\s+or (?:hit|tap|click|use) (?:the|our) ${IN_BIO}\b(?:\s+(?:now|today))?\s*[.!]*$`,
      'iu',
    ),
    'You can $1 us$2, or use the link in our bio.',
  ],
  // "DM us or hit the link in bio NOW": the second way in, without the button-press.
  [
    new RegExp(
      String.raw`^(.*\S)\s+or (?:hit|tap|click|use) (?:the|our) ${IN_BIO}\b(?:\s+(?:now|today))?\s*([.!]*)$`,
      'iu',
    ),
    '$1, or you can use the link in our bio.',
  ],
  // "£34 each | Shop via the link in bio": the price before the bar stays, the order after it is said.
  [
    new RegExp(
      String.raw`^([^|·•]*\S)\s*([|·•])\s*((?:book|shop|order|pre-?order|buy|donate|register|sign up|apply|reserve|get tickets)(?: [\p{L}'’]+){0,3}?) (?:via|through|using|with|from|at|in) (?:the |our |my )?${IN_BIO}\b[.!]*$`,
      'iu',
    ),
    '$1 $2 The link to $3 is in our bio.',
  ],
  [
    new RegExp(
      String.raw`^(?:you can )?((?:enquire|inquire|book|shop|order|pre-?order|buy|donate|give|register|sign up|apply|read|listen|watch|join|reserve|get tickets)(?: [\p{L}'’]+){0,3}?) (?:via|through|using|with|from|at|in) (?:the |our |my )?${IN_BIO}\b[.!]*$`,
      'iu',
    ),
    'The link to $1 is in our bio.',
  ],
  // "Book via the link in bio or grab them behind the bar": the order offered, the other way in kept.
  [
    new RegExp(
      String.raw`^(?:you can )?((?:enquire|inquire|book|shop|order|pre-?order|buy|donate|register|sign up|apply|reserve|get tickets)(?: [\p{L}'’]+){0,3}?) (via|through|using|from|at|in) (?:the |our |my )?${IN_BIO}\b,?\s+(or\s[^.!?]+?)[.!]*$`,
      'iu',
    ),
    'You can $1 $2 the link in our bio $3.',
  ],
  // "Preorder through the link in bio before Thursday 5pm to guarantee yours": the order offered, its
  // deadline kept.
  [
    new RegExp(
      String.raw`^(?:you can )?((?:enquire|inquire|book|shop|order|pre-?order|buy|donate|register|sign up|apply|reserve|get tickets)(?: [\p{L}'’]+){0,3}?) (via|through|using|from|at|in) (?:the |our |my )?${IN_BIO}\b,?\s+((?:before|by|until|till|from)\s[^.!?]+?)[.!]*$`,
      'iu',
    ),
    'You can $1 $2 the link in our bio $3.',
  ],
  // "…bookings for 2026 — enquire via the link in bio": the news, then what the link is for.
  [
    new RegExp(
      String.raw`^(.*?[\p{L}\p{N})])(?:\s*[,;]|\s+[—–-])\s*(?:and |or |so )?(?:just )?((?:enquire|inquire|book|shop|order|pre-?order|buy|donate|register|sign up|apply|reserve|join|get tickets)(?: [\p{L}'’]+){0,3}?) (?:via|through|using|from|at|in) (?:the |our |my )?${IN_BIO}\b[.!]*$`,
      'iu',
    ),
    '$1. The link to $2 is in our bio.',
  ],
  [new RegExp(String.raw`^(\p{L}+) ${IN_BIO}\b`, 'iu'), 'The $1 link is in our bio'],
  [
    new RegExp(String.raw`^(?:the )?link (?:is )?(?:in|on) (?:our |the |my )?bio[.!]*$`, 'iu'),
    'The link is in our bio.',
  ],
  // "Tickets 👉 link in bio", "Menu: link in bio": what the link is for, then where it is.
  [
    new RegExp(
      String.raw`^(?!(?:[Ss]hop|[Bb]uy|[Bb]ook|[Oo]rder|[Gg]rab|[Gg]et|[Rr]ead|[Rr]egister|[Ss]ign|[Jj]oin|[Dd]onate|[Aa]pply|[Rr]eserve|[Cc]laim|[Dd]ownload|[Ww]atch|[Ll]isten|[Ff]irst)\b)(\p{Lu}[\p{L}'’&]*(?: [\p{L}'’&]+){0,3}?)\s*(?:👉|➡️?|→|:|=)\s*(?:the )?${IN_BIO}\b[.!]*$`,
      'u',
    ),
    '$1: the link is in our bio.',
  ],
  // "full list + table bookings via link in bio", "Bookings via link in bio or text 07700 900 619":
  // what the link is for, then where it is.
  [
    new RegExp(String.raw`^${LABEL_VIA_BIO},?\s+(or [^.?\n]+?)[.!]*$`, 'u'),
    '$1: the link is in our bio, $2.',
  ],
  [new RegExp(String.raw`^${LABEL_VIA_BIO}[.!]*$`, 'u'), '$1: the link is in our bio.'],
  // "Link in bio or call 555-0147": the link said, the other way in offered.
  [
    new RegExp(
      String.raw`^(?:the )?link (?:is )?(?:in|on) (?:our |the |my )?bio,?\s+or\s+((?:call|text|ring|phone|email|e-mail|dm|message|whatsapp)\b[^.!?\p{Extended_Pictographic}]+?)[.!]*$`,
      'iu',
    ),
    'The link is in our bio, or you can $1.',
  ],
  [
    new RegExp(
      String.raw`^link to ((?:the|our|my|this) [^.!?]{2,40}?) (?:is )?(?:in|on) (?:our |the |my )?bio\b[.!]*$`,
      'iu',
    ),
    'The link to $1 is in our bio.',
  ],
  [
    new RegExp(
      // "…for a reason 😉 Tap the link in bio to…": the stop goes before the emoji that closed the sentence.
      String.raw`^(.*?\p{L}.*?)((?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*)\s*(?:[,;—–-]\s*)?(?:or |and |so )?(?:just )?(?:tap|click|hit|use|follow) (?:the|this|our) ${IN_BIO} to ((?!claim)[\p{L}'’]+(?: [\p{L}\p{N}'’]+){0,4}?)[.!]*$`,
      'iu',
    ),
    '$1.$2 The link to $3 is in our bio.',
  ],
  [
    new RegExp(
      String.raw`^(?:tap|click|hit|use|follow) (?:the|this|our) ${IN_BIO}(?: (?:now|today))? and (\p{L}.*)$`,
      'iu',
    ),
    'The link is in our bio. $1',
  ],
  // "Tap the link in bio ⬆️": the order alone, said as where the link is.
  [
    new RegExp(
      String.raw`^(?:tap|click|hit|use|follow|check) (?:the|this|our) ${IN_BIO}(?: (?:now|today))?[.!]*$`,
      'iu',
    ),
    'The link is in our bio.',
  ],
  // "Pre-orders open Thursday at 8pm via the link in bio and usually sell out…": the news whole,
  // then where the link is.
  [
    new RegExp(
      String.raw`^(\p{L}.*?\S) (?:via|through|using) (?:the |our |my )?${IN_BIO}( and [^.!?]+?)[.!]*$`,
      'iu',
    ),
    '$1$2. The link is in our bio.',
  ],
];

/** An order around "link in bio" said as where the link is, or the sentence unchanged. */
export function bioSaid(written: string, singular: boolean): string {
  // "Link in bio 🛶 @tidewatertours": a handle after the order is who it points to; it stays, as
  // written, and so do the hashtags that close the post ("Tickets = link in bio 🔦 #PointLenore").
  const handles =
    /(?:\s+(?:@[\w.]+|#[\p{L}\p{N}_]+|\p{Extended_Pictographic}|\uFE0F|\u200D))*\s+(?:@[\w.]+|#[\p{L}\p{N}_]+)$/u.exec(
      written,
    );
  if (handles && handles.index > 0) {
    const head = written.slice(0, handles.index);
    const said = bioSaid(head, singular);
    // "The link is in our bio. 🛶 @tidewatertours": no full stop between the link and who it points to.
    if (said === head && !/\bbio\.$/u.test(head)) return written;
    // Only a stop added before the hashtags is no change ("…so book babes 😘 #nails" stays).
    if (said === `${head}.` && !/@/u.test(handles[0])) return written;
    const handleNext = /^(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*\s*@/u.test(handles[0]);
    return `${handleNext ? said.replace(/\.$/u, '') : said}${handles[0]}`;
  }
  // The emoji that ran after the order ("…snapped up 🏃‍♀️💨") go with it.
  const sentence = written
    .replace(/(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))+$/u, '')
    .replace(/^(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)\s*)+/u, '');
  for (const [pattern, replacement] of BIO_ORDERS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const said: string = sentence
      .replace(pattern, replacement)
      .replace(/\. (\p{Ll})/gu, (_all, letter: string) => `. ${letter.toLocaleUpperCase()}`)
      .replace(/^(\p{Ll})/u, (letter) => letter.toLocaleUpperCase())
      .replace(
        /\b(The link to|^You can) (\p{Lu})(?=\p{Ll})/u,
        (_all, lead: string, letter: string) => `${lead} ${letter.toLocaleLowerCase()}`,
      )
      .replace(
        /\bThe (\p{Lu})(\p{Ll}*) link\b/u,
        (_all, letter: string, rest: string) => `The ${letter.toLocaleLowerCase()}${rest} link`,
      );
    // "The shop link is in our bio" ends a sentence; hashtags or an emoji after it stay as they were.
    const ended = /[\p{L}\p{N})]$/u.test(said) && !/#[\p{L}\p{N}_]+$/u.test(said) ? `${said}.` : said;
    return singular ? ended.replace(/\bin our bio\b/gu, 'in my bio') : ended;
  }
  return written;
}

const LOUD_BETWEEN = new RegExp(
  // "…BONUS DOUBLED 🔥🔥 @here For the rest of March": a mention after it opens the next sentence too.
  // Not after a leading mention: "@channel 🚨 Attention everyone" is one line, not two sentences.
  // "…a 2022 Tacoma 😱🔥 We say yes": a run of them, too.
  // Nor after a channel or a tag that opens the line: "#sales-team 🔥 LEADERBOARD UPDATE".
  // "…pass rate is an INSANE 94% 🔥🔥 Our instructors…": after a figure's sign too.
  // And after a code to dial: "Dial *135*99# 🔥 Valid till 23:59".
  String.raw`(?<=[\p{L}\p{N})+%€£$]|\d#)(?<!^\s*[@#][\w.-]*)\s*(?:${LOUD_EMOJI.source})+(?=¡?\p{Lu}|\p{N}|[£$€]|@\w|<[!@])`,
  'gu',
);
const LOUD_BEFORE_CLAUSE = new RegExp(
  String.raw`(?<=\p{Ll})\s*(?:${LOUD_EMOJI.source})+\s*(?=(?:my|our|we|we['’]re|I|I['’]m|it['’]s|they|this|there['’]s) \p{L}[\p{L}'’]* )`,
  'gu',
);
const LOUD_BETWEEN_SHOUTS = new RegExp(
  String.raw`(?<=\p{Lu}{2}[\p{Lu}'’]*)\s*(?:${LOUD_EMOJI.source})+(?=\p{Lu}{2,}\s+\p{Lu}{2})`,
  'gu',
);
const POINTER_TO_BIO =
  /(?<=[\p{L}\p{N}])\s*(?:👉|➡️?|→)\s*(?=(?:lien en|lien dans (?:notre|ma|la)|link na(?: nossa)?|link in(?: de| der| unserer)?|link nella(?: nostra)?|enlace en(?: la| nuestra)?) bio\b)/gu;
// "DERNIER JOUR 🔥 -30% sur…": a loud emoji before a figure with its sign stands for the colon.
const LOUD_BEFORE_SIGNED_FIGURE = new RegExp(
  String.raw`(?<=[\p{L}\p{N}])\s*(?:${LOUD_EMOJI.source})+(?=[-−]\p{N})`,
  'gu',
);
const LOUD_AT_END = new RegExp(String.raw`(?<=[\p{L}\p{N}]#?)\s*(?:${LOUD_EMOJI.source})+$`, 'u');
// "Set your alarms ⏰ maisonlark.com": a loud emoji before a link stands for the colon.
const LOUD_BEFORE_LINK = new RegExp(
  String.raw`(?<=[\p{L}\p{N}])\s*(?:${LOUD_EMOJI.source})+(?=https?:\/\/|www\.|${DOMAIN.source})`,
  'gu',
);
// "You can register: site.example" and, after a dash, "— register: site.example" (what is left of
// "register NOW before it fills up:"): the order says where with its "at" ("— you can register at…").
const OFFER_THEN_COLON = new RegExp(
  String.raw`(\bYou can |(?<=[—–] )(?:please )?)((?:register|sign up|book|apply|enrol|enroll|order|donate|subscribe|join|grab|get|buy|reserve|claim|secure|save)(?: (?:in|up))?(?: (?:your|a|the|our) [\p{L}'’-]+(?: [\p{L}'’-]+)?)?)( (?:now|today|here))?: (?=https?:\/\/|www\.|${DOMAIN.source})`,
  'gu',
);
const POINTER_TO_LINK = new RegExp(
  // "…they're gone 💨 👉 pixelforge.example": the emoji before the pointer goes with it.
  // "…pensez à réserver 👉 04 78 55 21 09": a phone number too.
  String.raw`(?<=[\p{L}\p{N}])(?:\s*\p{Extended_Pictographic}\uFE0F?)*\s*(?:👉|➡️|👇|→|⬇️|:)\s*(?=https?:\/\/|www\.|${DOMAIN.source}|\+?\(?\d[\d ().-]{7,}\d)`,
  'gu',
);

// "Our new mugs are here and they're the best mugs we've made": the news stays, the praise after it goes.
const PRAISE_TAIL =
  /,?\s+(?:[—–]\s+(?:honestly |truly |frankly |simply |quite simply )?the (?:best|finest|greatest|most [\p{L}-]+)\b[^.!?\d]*|(?:and|—|–)\s+(?:honestly |truly |frankly )?(?:it|they|this|these|that)(?:'s|’s|'re|’re| is| are| tastes?| looks?| feels?| sounds?) (?:honestly |truly |simply |absolutely |hands down |seriously )?(?:the (?:best|greatest|finest|fastest|biggest|smartest|most [\p{L}-]+)\b[^.!?\d]*|(?:already )?our (?:best|fastest|biggest|most)[\p{L}-]* [^.!?\d]*\bever|incredible|amazing|insane|unreal|next level|perfect|stunning|unbelievable|no surprise(?: to anyone)?\b[^.!?\d]*))(?=\s*[.!]*\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$)/iu;

// "We just shipped the most powerful analytics platform ever built", "The best coffee app on the
// planet just got even better": the poster's own thing, without its ranking. Only after a verb of making
// it or before news of it: "speakers from the most innovative companies on the planet" are not ours.
const RANKING = String.raw`the (?:most [\p{L}-]+|best|greatest|fastest|smartest|biggest|finest) ((?:[\p{L}\p{N}-]+ ){0,3}?[\p{L}\p{N}-]+) (?:ever (?:built|made|created|designed|launched|released|shipped)|(?:in|on) the (?:world|market|planet)|of all time)(?: ever)?(?![\p{L}\p{N}])`;
const SUPERLATIVE_EVER = new RegExp(
  String.raw`(?<!\bour\b.*)(?<=\b(?:shipped|launched|built|released|made|created|designed|developed|unveiled|introduced|introducing|meet|presenting) )${RANKING}|^${RANKING}(?=\s+(?:just got|is now|is here|is back|is live|has (?:just )?(?:arrived|landed|dropped))\b)`,
  'iu',
);

const MAY_RANK = /the (?:most|best|greatest|fastest|smartest|biggest|finest) /iu;

// "The new Cloud9 mattress topper is literally the most comfortable thing ever made": the product,
// met, is all that sentence has to say once its ranking goes.
const RANKED_PRODUCT =
  /^((?:the|our|my) new (?:[\p{L}\p{N}'’-]+ ){0,4}[\p{L}\p{N}'’-]+) (?:is|are) (?:(?:literally|really|truly|honestly|simply|quite simply|hands down|officially) )?the (?:most [\p{L}-]+|best|greatest|fastest|smartest|biggest|finest|comfiest|softest) (?:[\p{L}\p{N}-]+ ){0,3}?[\p{L}\p{N}-]+ (?:ever (?:built|made|created|designed|launched|released)|(?:in|on) the (?:world|market|planet)|of all time)(?: ever)?[.!]*$/iu;

// "The biggest sale we have EVER run ends in a few hours": the sale, and when it ends.
const RANKED_OWN =
  /^the (?:biggest|best|greatest|largest|most [\p{L}-]+) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:that )?(?:we|I)(?:['’]ve| have) ever (?:run|held|had|done|made|launched|built|hosted|thrown|put on|created|designed)(?= (?:ends|is|starts|opens|closes|returns|kicks|launches|goes)\b)/iu;

/** The news of a sentence without the praise that rides after it, or the sentence as it was. */
export function withoutPraiseTail(sentence: string): string {
  return withoutRanking(sentence.replace(PRAISE_TAIL, ''));
}

/** "We just shipped the most powerful AI note-taking app EVER built" → "We just shipped our AI note-taking app". */
export function withoutRanking(sentence: string): string {
  // The ranking's own words first: the lookbehind that keeps "our" out would otherwise read back
  // from every position of every sentence.
  const unranked = MAY_RANK.test(sentence)
    ? sentence.replace(
        SUPERLATIVE_EVER,
        (_all, made: string | undefined, news: string | undefined, offset: number) =>
          `${offset === 0 ? 'Our' : 'our'} ${made ?? news}`,
      )
    : sentence;
  return unranked
    .replace(RANKED_PRODUCT, (_all, product: string) => `Meet ${decapitalise(product)}.`)
    .replace(RANKED_OWN_THING, (_all, thing: string) => `Meet ${decapitalise(thing)}.`)
    .replace(RANKED_NAME, (all: string, name: string, kind: string) =>
      VAGUE_KIND.test(kind) ? all : `${name} is ${articleFor(kind)} ${kind}.`,
    )
    .replace(RANKED_OWN, 'Our $1')
    .replace(
      ONLY_ONE_YOU_NEED,
      (_all, name: string, kind: string) => `${name} is ${articleFor(kind)} ${kind.toLowerCase()}.`,
    )
    .replace(ONLY_ONE_AFTER_DASH, '$1');
}

// "Grab our FREE Renter's Guide — the ONLY guide you'll EVER need!!": the thing stays, the claim after
// the dash goes; the stop and any emoji the claim ended on close the thing instead ("…Guide!! 🔑").
const ONLY_ONE_AFTER_DASH =
  /(\S)\s+[—–]\s+the only (?:[\p{L}-]+ ){1,2}(?:you|you['’]ll|you will|you['’]d) (?:ever )?(?:need|want)\b[^.!?\d\p{Extended_Pictographic}]*/iu;

// What ranks a thing, and the field it is ranked in: "the fastest-growing … you haven't heard of
// yet", "the best … we have EVER made", "the most advanced … on the market".
const TOP = String.raw`(?:(?:literally|really|truly|honestly|simply|quite simply|hands down|officially|easily|without doubt|by far) )?the (?:most [\p{L}-]+|best|greatest|fastest(?:-growing)?|smartest|biggest|largest|finest|hottest|coolest|leading|ultimate|number one|#1)`;
const EVER_MADE = String.raw`(?:ever (?:built|made|created|designed|launched|released)|(?:that )?(?:we|I)(?:['’]ve| have) ever (?:made|built|created|designed|launched|released|done|had|shipped))`;
const FIELD = String.raw`(?:${EVER_MADE}|(?:in|on) (?:the )?\p{L}+(?: \p{L}+)?|(?:that )?you(?:['’]ve| have)(?:n['’]t| not) (?:yet )?heard of(?: yet)?|of all time|around)`;
// "Our AW collection is literally the best thing we have EVER made": the collection, met. Ranked
// in a field ("the most wanted pastry in Millbridge"), the ranking is a fact the writer can stand by.
const RANKED_OWN_THING = new RegExp(
  String.raw`^((?:our|my) (?:[\p{L}\p{N}'’-]+ ){0,3}[\p{L}\p{N}'’-]+) (?:is|are) ${TOP} (?:[\p{L}\p{N}-]+ ){0,3}?[\p{L}\p{N}-]+ ${EVER_MADE}[.!]*$`,
  'iu',
);
// The name a ranking is said of: "Fluxly", "Taskfold 3.0", "Nova S2" (not "We", "It", "The…").
const RANKED_SUBJECT = String.raw`(?!(?:We|I|It|This|That|These|Those|They|He|She|You|There|Here|What|Which|Who|The|Our|My|Your)\b)(\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,3})`;
// "Fluxly is the fastest-growing productivity app you haven't heard of yet": what Fluxly is stays
// ("Fluxly is a productivity app."), the ranking goes; dropped whole, the name went with it.
const RANKED_NAME = new RegExp(
  String.raw`^${RANKED_SUBJECT} (?:is|are) ${TOP} ((?:[\p{L}\p{N}-]+ ){0,3}?[\p{L}\p{N}-]+) ${FIELD}[.!]*$`,
  'u',
);
// "Taskfold 3.0 is the ONLY productivity app you will EVER need": what Taskfold is stays; the claim
// that it is all the reader will ever need goes (cut as hype, it had left "Taskfold 3.0 is.").
const ONLY_ONE_YOU_NEED = new RegExp(
  String.raw`^${RANKED_SUBJECT} (?:is|are) the (?:only|ONLY) ((?:[\p{L}\p{N}-]+ ){0,3}?[\p{L}\p{N}-]+) (?:that )?you(?:['’]ll| will)(?: (?:ever|EVER))? (?:need|NEED)[.!]*$`,
  'u',
);
// "…the best thing we've ever made": a kind that says nothing once its ranking goes.
const VAGUE_KIND = /^(?:thing|things|one|ones|choice|option|way|secret|place to be|deal|news)$/iu;

// "ORRIN-7, the world's most advanced warehouse picking robot": the thing said, its ranking not.
const RANKED =
  /(?<!\bone of )\bthe (?:world|nation|country|industry|region|city|state|planet|uk|us|america|europe)['’]s (?:most (?:advanced|beloved|trusted|innovative|powerful|popular|loved|exciting)|best|leading|favou?rite|fastest|smartest|greatest|finest|top|number one|#1) (?=\p{L})/giu;
// "…and a revolutionary leap forward for global logistics": a claim with nothing to check.
const LEAP =
  /,?\s+and a (?:revolutionary |true |real |major |giant |huge )?leap forward (?:for|in) [^,.!?—–]+/giu;

/** "…too late. 📞 01423 555 719 or book online": a phone before a number at a sentence's start is "Call". */
export function phoneSaid(text: string, language: Language = 'en'): string {
  const call = CALL[language];
  return call ? text.replace(/(^|[.!?]\s+)(?:📞|☎️?)\s*(?=\+?\(?\d)/gu, `$1${call} `) : text;
}
// The word for "Call" before a number, in each language the rewriter writes.
const CALL: Partial<Record<Language, string>> = {
  en: 'Call',
  es: 'Llama al',
  fr: 'Appelez le',
  de: 'Telefon:',
  pt: 'Ligue',
  it: 'Chiama il',
  nl: 'Bel',
};

// "p.p.", "i.p.v.", "z.B.", "p.ej.": letters with full stops between them end no sentence.
export const SHORT_ABBREVIATION = /(?:^|[\s(])(?:\p{L}{1,3}\.){2,}$/u;

const BARE_ORDER_BEFORE_LINK = new RegExp(
  String.raw`^(Book|Order|Shop|Register|Sign up|Apply|Donate|Reserve|Enrol|Enroll)\s*:\s+(?=https?:\/\/|www\.|${DOMAIN.source})`,
  'u',
);

// "Namaste & see you on the mat 🙏 Link in bio to grab yours!": an emoji ran two sentences together.
const BIO_AFTER_EMOJI =
  /^(\S[^.!?]*?[\p{L}\p{N}][^.!?]*?(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+)(?<![👉👇➡⬇]\uFE0F?)\s+(?=Link (?:is )?in (?:our |the |my )?bio\b)/u;

// "Don't forget to follow us on Instagram @greenleafnursery and like us on Facebook!": where the
// sender can be found is a fact for the reader, the order to follow them is bait. With a handle to
// keep, it is said as where they are ("We're on Instagram as @greenleafnursery and on Facebook.").
const NETWORK_NAME = String.raw`(Instagram|Insta|IG|TikTok|Facebook|FB|LinkedIn|X|Twitter|YouTube|Threads|Bluesky|Pinterest)`;
const ITS_HANDLE = String.raw`(?:\s*(?:at|as|:|-|—)?\s*(@[\p{L}\p{N}_.]*[\p{L}\p{N}_]))?`;
const FOLLOW_US = new RegExp(
  String.raw`^(?:(?:please|and|also),?\s+)?(?:(?:don['’]?t|do not) forget to\s+|be sure to\s+|make sure to\s+)?(?:follow|find|like|join) (us|me) (?:on|over on) ${NETWORK_NAME}${ITS_HANDLE}(?:,?\s+(?:and|&)\s+(?:(?:like|follow|find|join) (?:us|me)\s+)?(?:on )?${NETWORK_NAME}${ITS_HANDLE})?(?:\s+for (?:more|all (?:the|our) latest)(?: (?:amazing|great|exciting|exclusive|awesome|fab|fabulous|epic))?(?: (?:news|updates|deals|offers|content|inspo|inspiration))?|\s+(for (?:daily [\p{L}]+|behind[- ]the[- ]scenes(?: [\p{L}]+)?|sneak peeks|recipes|tips|updates)))?\s*[.!]*((?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*)\s*$`,
  'iu',
);

/** "Follow us on Instagram @x" said as where the sender is ("We're on Instagram as @x."); null without a handle. */
export function whereToFind(sentence: string): string | null {
  const found = FOLLOW_US.exec(sentence.trim());
  if (!found) return null;
  const [, who, network, handle, other, otherHandle, what, emoji] = found as unknown as (
    string | undefined
  )[];
  if (!handle && !otherHandle) return null;
  const on = (name: string, at: string | undefined) => `${name}${at ? ` as ${at}` : ''}`;
  const where = `${on(network as string, handle)}${other ? ` and on ${on(other, otherHandle)}` : ''}`;
  const trail = emoji?.trim() && !isLoudEmoji(emoji.trim()) ? ` ${emoji.trim()}` : '';
  // What they post there is a fact of its own ("for behind the scenes"); "for more" is not.
  return `${who?.toLowerCase() === 'me' ? "I'm" : "We're"} on ${where}${what ? ` ${what}` : ''}.${trail}`;
}

const PRICE_ARROW = /(?<=\d[\d,.]*\s*)(?:➡️?|⏩|⏭️?|👉|⬇️?|📉)\s*(?=[£$€¥₹]?\s?\d)/u;

const SO_ORDER =
  /^So (book|order|shop|buy|pre-order|preorder|register|reserve|enquire|apply|call|text|message|email) (?=\S)/u;

// "RT if you're ready for Saturday!!!", "Like if you'd switch banks for $500": a reaction asked for as
// a vote. The question inside it is the conversation; the button-press goes.
// Not "Reply if you have questions", "Comment below if you can make it", "Comment YES if…" or "Drop
// a 🔥 if you're coming": those ask for an answer, and are the reader's way to give it.
const REACT_IF =
  /^(?:like|love|rt|retweet|repost|share|heart|double[- ]tap)(?: this| it)?(?: below)? if you(?!['’]d like| would like)((?:['’](?:re|ve|d|ll))| (?:are|have|would|can|will|could|think|agree|love|need|want|know|remember|feel|like|believe|miss))\b(?:\s+((?:(?!,\s*(?:and|or|then)\b)[^.!?\p{Extended_Pictographic}#@—–:;])*?[\p{L}\p{N}]))?\s*[.!]*((?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*)\s*$/iu;
const ASKED_WITH: Record<string, string> = {
  "'re": 'Are you',
  "'ve": 'Have you',
  "'d": 'Would you',
  "'ll": 'Will you',
  are: 'Are you',
  would: 'Would you',
  can: 'Can you',
  will: 'Will you',
  could: 'Could you',
};

// "Like if you agree: Mondays should be illegal 😂": the opinion is the post; the vote on it goes.
const AGREE_THEN =
  /^(?:like|love|rt|retweet|repost|share|heart|double[- ]tap)(?: this| it)? if you agree\s*[:—–-]\s*(?=\p{L})/iu;

/** "RT if you're ready for Saturday!!! 🔴" → "Are you ready for Saturday? 🔴"; null for any other sentence. */
export function baitAsQuestion(sentence: string): string | null {
  const agreed = AGREE_THEN.exec(sentence.trim());
  if (agreed) return capitalise(sentence.trim().slice(agreed[0].length));
  const found = REACT_IF.exec(sentence.trim());
  if (!found) return null;
  const [, said = '', rest = '', emoji = ''] = found;
  // "Like if you'd pick Bali, Love if you'd pick Fiji": a vote between two, no question of its own.
  // "Share if you have a heart" is a guilt trip, and goes; asked, it would be one still.
  if (/\bif you\b|^(?:a heart|a soul|any (?:heart|decency|compassion)|care)\b/iu.test(rest)) return null;
  const verb = said.trim().toLowerCase().replace(/’/gu, "'");
  // "Double tap if you agree!" asks nothing of its own: it goes with the rest of the bait.
  if (!rest && verb === 'agree') return null;
  const opening = ASKED_WITH[verb] ?? `Do you ${verb}`;
  const trail = emoji.trim() && !isLoudEmoji(emoji.trim()) ? ` ${emoji.trim()}` : '';
  return `${opening}${rest ? ` ${rest}` : ''}?${trail}`;
}

const EMOJI_THEN_CAPITAL =
  /(?:\p{Extended_Pictographic}|\uFE0F|\u200D)(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*\s+(?=\p{Lu})/gu;

/**
 * "RT if you think Friday should start at 3pm 🍺🙋 Like if you're already thinking about the
 * weekend!": no full stop between two prompts, only emoji. The prompt before them, asked on its own,
 * and what follows; null when no prompt ends at an emoji.
 */
function promptThenMore(sentence: string): [string, string] | null {
  for (const found of sentence.matchAll(EMOJI_THEN_CAPITAL)) {
    const end = found.index + found[0].length;
    const first = sentence.slice(0, end).trimEnd();
    if (baitAsQuestion(first) !== null || tagAsQuestion(first) !== null) return [first, sentence.slice(end)];
  }
  return null;
}

// "…save your work before 10pm!!! – IT": a team's initials after a dash at the sentence's end sign it;
// they are the sender's name, not a word said loudly.
const TEAM_INITIALS = /^(?:IT|HR|PR|HQ|QA|PTA|PTO|SLT|FM)$/u;

/** Lowers the voice of a sentence: shouted words, piles of "!", loud emoji, urgency said in passing. */
export function calm(sentence: string, context: SentenceContext, allowBang: boolean): string {
  const found = context.language === 'en' ? whereToFind(sentence) : null;
  if (found) return found;
  const parted = context.language === 'en' ? promptThenMore(sentence) : null;
  if (parted) return `${calm(parted[0], context, allowBang)} ${calm(parted[1], context, allowBang)}`;
  const asked = context.language === 'en' ? baitAsQuestion(sentence) : null;
  if (asked) return calm(asked, context, allowBang);
  const ran = context.language === 'en' ? BIO_AFTER_EMOJI.exec(sentence) : null;
  if (ran) {
    const first = ran[1] as string;
    return `${calm(first, context, allowBang)} ${calm(sentence.slice(ran[0].length), context, allowBang)}`;
  }
  const unjabbed = withoutJabTail(sentence, context.language);
  if (unjabbed !== sentence) return calm(unjabbed, context, allowBang);
  if (context.language === 'en' && CHEER_AFTER_DASH.test(sentence))
    return calm(sentence.replace(CHEER_AFTER_DASH, '.'), context, allowBang);
  // "Scoprila ora 👉 link in bio": the pointer before the bio's link is its colon.
  const pointed = sentence.replace(POINTER_TO_BIO, context.language === 'fr' ? ' : ' : ': ');
  if (pointed !== sentence) return calm(pointed, context, allowBang);
  // "($297 ➡️ $89)": an arrow emoji between two prices says "down to"; calmed away, it left "$297. $89".
  if (PRICE_ARROW.test(sentence)) return calm(sentence.replace(PRICE_ARROW, ' → '), context, allowBang);
  // "🌸 Link in bio to order": the emoji in front stays in front; the words after it are calmed.
  const called = /(?:📞|☎️?)\s*\+?\(?\d/u.test(sentence) ? phoneSaid(sentence, context.language) : sentence;
  if (called !== sentence) return calm(called, context, allowBang);
  // "Code FLYHIGH for 15% off 🔗 in bio": the emoji stands for the word.
  if (/🔗\s*in (?:our |the |my )?bio\b/u.test(sentence))
    return calm(sentence.replace(/\s*🔗\s*(?=in (?:our |the |my )?bio\b)/gu, ' — link '), context, allowBang);
  // "…at Polished by Precious (link in bio!!) 🔗": an aside that says where the link is, said quietly.
  if (/\(\s*link in (?:our |the |my )?bio[!.]*\s*\)/iu.test(sentence))
    return calm(
      sentence
        .replace(/\(\s*link in (?:our |the |my )?bio[!.]*\s*\)(?:\s*🔗)?/giu, '(link in bio)')
        .replace(/\(link in bio\)/gu, '\uE010'),
      context,
      allowBang,
    ).replace(/\uE010/gu, context.singular ? '(the link is in my bio)' : '(the link is in our bio)');
  const flower = EMOJI_BEFORE_BIO.exec(sentence)?.[0];
  if (flower) return `${flower}${calm(sentence.slice(flower.length), context, allowBang)}`;
  // "shop via the link in bio 💨 free shipping over £75": two sentences an emoji ran together.
  const joined = BIO_THEN_MORE.exec(sentence);
  if (joined) {
    const [, order, emoji, more] = joined as unknown as [string, string, string, string];
    const said = calm(order, context, allowBang);
    const rest = calm(capitalise(more), context, allowBang);
    return said === order
      ? sentence
      : `${said.replace(/[.!]*$/u, '.')}${isLoudEmoji(emoji.trim()) ? '' : ` ${emoji.trim()}`} ${rest}`;
  }
  // "GIVEAWAY 🚨🚨 win our glow routine": a shouted label, then emoji, then the sentence in small
  // letters; with the emoji calmed away the label would run on into it ("Giveaway win…").
  let out = sentence.replace(SHOUTED_LABEL_BEFORE_EMOJI, '$1:$2');
  // Slack writes emoji as ":rotating_light:": the loud ones go like the emoji they stand for.
  if (out.includes(':')) out = out.replace(REPEATED_SHORTCODE, '$1').replace(LOUD_SHORTCODE, '').trimStart();
  // Each step runs only on a sentence that has what it changes: most sentences need none.
  // "WE'RE HIRING NOW 🚨 WAREHOUSE OPERATIVES 🚨": a loud emoji between two shouted phrases is the
  // stop between them, said before the voice is lowered (after it, "now warehouse" runs together).
  out = out.replace(LOUD_BETWEEN_SHOUTS, '. ');
  if (/\p{Lu}{2}/u.test(out)) out = quieter(out, context);
  if (context.language !== 'other') {
    const hurried = out;
    out = replaceInTurn(out, urgentBlocks(context.language));
    // "Book before the slots go: strandco.example/book" with its rush gone is "Book: …": offered.
    if (out !== hurried && context.language === 'en')
      out = out.replace(BARE_ORDER_BEFORE_LINK, (_all, verb: string) => `You can ${verb.toLowerCase()} at `);
    // "🛒 Shop NOW — link in bio" said as "The link to shop…": the order's capital goes with it.
    out = out.replace(
      /\bThe link to (\p{Lu})(?=[\p{Ll}-]+ is in (?:our|my) bio)/u,
      (_all, letter: string) => `The link to ${letter.toLocaleLowerCase()}`,
    );
    // What followed the hurry now opens its sentence, and opens it with a capital.
    // Not after an abbreviation's full stop: "€34,50 p.p. met de code…".
    if (out !== hurried && !/[.!?]\s+\p{Ll}/u.test(hurried))
      out = out.replace(/(?<=(?:^|[.!?]\s+))\p{Ll}/gu, (letter, offset: number, whole: string) =>
        ABBREVIATION_BEFORE.test(whole.slice(0, offset).trimEnd()) ||
        SHORT_ABBREVIATION.test(whole.slice(0, offset).trimEnd())
          ? letter
          : letter.toLocaleUpperCase(),
      );
  }
  if (context.language === 'en') out = withoutPraiseTail(out);
  if (context.language === 'en' && /['’]s /u.test(out))
    out = out
      .replace(RANKED, (ranked: string, offset: number, whole: string) => {
        const rest = whole.slice(offset + ranked.length);
        // "40+ of the region's top vendors" is "40+ of the vendors".
        if (/\bof\s+$/iu.test(whole.slice(0, offset))) return 'the ';
        // "the world's most advanced wireless earbuds" are "wireless earbuds", not "a wireless earbuds".
        const phrase =
          rest.split(/\s(?:for|of|in|on|at|with|from|to|by|that|which|who|and)\b|[.,;:!?—–(]/u)[0] ?? '';
        if (/[\p{L}-]*[^s\W]s\s*$/u.test(phrase) && phrase.trim().split(/\s+/u).length <= 4) return '';
        // "…see why the world's most innovative companies trust Orbitale": a plural before its verb too.
        if (
          /^[\p{L}-]*[^s\W']s\s+(?!of\b)\p{Ll}+/u.test(rest) &&
          // Not "robotics company", "fitness brand": a noun in "-ics" or "-ss" that names a field.
          !/^(?:news|series|this|its|his|bus|\p{L}+ics|\p{L}+ss)\b/iu.test(rest)
        )
          return '';
        // "…as the region's leading university": "a university", as it is said.
        return `${articleFor(rest)} `;
      })
      .replace(LEAP, '');
  if (context.singular && out.includes('in our bio')) out = out.replace(/\bin our bio\b/gu, 'in my bio');
  // "DM me or call 480-555-0187": one person posting is reached as "me", like the DM before it.
  if (context.singular && out.includes('reach us at') && /\b(?:DM|message|text|call|email) me\b/iu.test(out))
    out = out.replace(/\breach us at\b/gu, 'reach me at');
  const before = out;
  // "Escríbenos por DM YA o link en bio", "£38 at the distillery shop or link in bio": the link is the
  // other way in, said in the same sentence, not split off after a dangling "o" or "or".
  const orBio = OR_BIO[context.language];
  if (orBio?.[0].test(out))
    out = out
      .replace(orBio[0], context.singular ? orBio[1].replace(/\bour\b/u, 'my') : orBio[1])
      .replace(
        /(?<=\b[Bb]io)((?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D|#[\p{L}\p{N}_]+))*)\s*$/u,
        '.$1',
      );
  else if (
    context.language === 'en' &&
    /\blink\b[^.!?]{0,50}?\b(?:in|on) (?:our |the |my )?bio\b/iu.test(out)
  )
    out = bioSaid(out, context.singular);
  // "Reservierung NUR über den Link in der Bio": the link already says where, inside its sentence, after
  // the noun it is the way to; split off, it would leave "Reservierung nur über den." behind. After a
  // verb ("Jetzt zuschlagen über den Link in der Bio") the order goes and the link is said on its own.
  if (context.language === 'de')
    out = out.replace(
      /(?<=(?:\p{Lu}\p{L}*|oder|und|\d)(?: (?:nur|auch|direkt|ausschließlich|bequem))? )über den Link in (?:der|unserer) Bio\b/gu,
      context.singular ? 'über meine Bio' : 'über unsere Bio',
    );
  const bio = BIO[context.language];
  // "First to pay via the link in bio gets it.": the link sits between a subject and its verb; cut
  // out, it would leave "First to pay. … Gets it." The sentence stays whole.
  const midSentence = context.language === 'en' && LINK_BEFORE_ITS_VERB.test(out);
  if (bio && out === before && /bio\b/iu.test(out) && !midSentence) {
    // "Swipez pour découvrir ➡️ Lien en bio !": written with its capital, it opened a sentence, and still does.
    const titled = context.language !== 'en' && TITLED_BIO.test(out);
    out = out.replace(bio[0], context.singular ? bio[1].replace(/\bour\b/u, 'my') : bio[1]);
    if (titled) out = out.replace(/(?<![\p{L}])l(?=(?:ien|ink) (?:dans|na|nella|in) )/u, 'L');
    out = out
      .replace(/^[.\s]+/u, '')
      .replace(/\.\s*\.\s*$/u, '.')
      // "…in my bio, only 100 seats": what followed the link is a sentence of its own.
      .replace(/(?<=\bbio\.)[,;]?\s*(\p{Ll})/u, (_all, letter: string) => ` ${letter.toLocaleUpperCase()}`)
      // "…the link is in my bio. — DMs will not be answered": the dash that joined them has no clause left to join.
      .replace(/(?<=\bbio\.)\s*[—–]\s+(?=\p{Lu})/u, ' ')
      // "Book again via link in bio (deposit now required).": the aside belongs to the order, before the link's line.
      .replace(/\.( [^.!?]*\bbio\.)\s*(\([^()]{1,60}\))\.?$/u, ' $2.$1');
    // "Use code CRUNCH15 for 15% off your first box — the link is in our bio.": the sentence that
    // needs the link says where it is, instead of a stock line standing on its own after it.
    if (context.language === 'en')
      out = out
        // "Shop. The link is in our bio.": the bare order before it goes, the way to the link stays.
        .replace(LONE_ORDER_BEFORE_BIO, '')
        .replace(
          /(?<=[\p{L}\p{N})%])\. The link is in (our|my) bio\./u,
          (line: string, who: string, offset: number, whole: string) =>
            // …but "Shop. The link is in our bio." joined would be "Shop — the link…": a sentence of a
            // word or two is an order the plan still has to say another way.
            /[—–]/u.test(whole.slice(0, offset)) || wordsInSentenceBefore(whole, offset) <= 2
              ? line
              : ` — the link is in ${who} bio.`,
        );
  }
  if (/[\p{Extended_Pictographic}→:]/u.test(out)) {
    // "Save your seat 👉 bit.ly/x": the pointing emoji before a link says "here:".
    // French sets a space before the colon.
    const colon = context.language === 'fr' ? ' : ' : ': ';
    out = out
      // "Donate: justgiving.com/… 👉 twitch.tv/kaiplays": after a link, the pointer joins two places.
      // "Code: VAULT50 👉 pixelvault.gg": after a label's colon, a second colon would read as a third field.
      .replace(POINTER_TO_LINK, (_pointer: string, offset: number, whole: string) =>
        endsOnLink(whole.slice(0, offset)) || /:\s*[^\s.!?:]+\s*$/u.test(whole.slice(0, offset))
          ? ' — '
          : colon,
      )
      .replace(LOUD_BEFORE_LINK, colon)
      .replace(LOUD_BEFORE_SIGNED_FIGURE, colon);
    // "You can register 👉 site.example" is not "You can register: site.example" but "…at site.example".
    if (context.language === 'en')
      out = out.replace(
        OFFER_THEN_COLON,
        // "You can book here: …" already says where; only the order after a dash loses its "now".
        (all: string, lead: string, order: string, hurry?: string) =>
          lead.startsWith('You') ? (hurry ? all : `You can ${order} at `) : `you can ${order} at `,
      );
    // A loud emoji between two sentences is their full stop; anywhere else it just goes.
    out = out
      .replace(REPEATED_EMOJI, '$1')
      .replace(LOUD_BETWEEN, '. ')
      // "Share this with someone who needs it 👇": the emoji that ended the sentence leaves its stop.
      // A heading of a few words ("@channel 🚨 ATTENTION EVERYONE 🚨") gets none.
      // So does a short order that ends on a number to call or a code to dial ("Dial *135*99# 🔥").
      // After a link it leaves nothing: a full stop would read as part of the address.
      .replace(LOUD_AT_END, (emoji: string, offset: number, whole: string) =>
        !endsOnLink(whole.slice(0, offset)) &&
        ((whole.slice(0, offset).match(/\p{L}+/gu)?.length ?? 0) >= 4 ||
          /^\p{L}+ (?:\*[\d*]+#|\+?\d[\d ()-]{5,}\d)\s*$/u.test(whole.slice(0, offset)))
          ? '.'
          : '',
      )
      // "I literally cannot believe it 😱😱 my Glow Reset course is finally OPEN": between two clauses in
      // small letters the emoji was the pause; a dash keeps it, where nothing would run them together.
      .replace(LOUD_BEFORE_CLAUSE, (emoji: string, offset: number, whole: string) =>
        (whole.slice(0, offset).match(/\p{L}+/gu)?.length ?? 0) >= 3 ? ' — ' : emoji,
      )
      // "React with ⚡ to enter": an emoji the reader is asked to send is a way to reply, not noise.
      .replace(LOUD_EMOJI, (emoji: string, offset: number, whole: string) =>
        /\b(?:with|react|send|using|tap|press|(?:drop|leave|post|comment|reply)(?: us| me)?(?: an?)?)\s*$/iu.test(
          whole.slice(0, offset),
        )
          ? emoji
          : '',
      )
      .replace(REPEATED_EMOJI, '$1');
  }
  if (/[!¡?]/u.test(out))
    out = out
      .replace(/!{2,}/gu, '!')
      .replace(/¡{2,}/gu, '¡')
      .replace(/\?[!?]+|![!?]*\?/gu, '?');
  // "💥 NEW 💥 Meet Forge AI": the shouted label goes, the sentence stays.
  out = out.replace(LABEL_OVER_NEWS, '');
  // "⚠️ Final warning ⚠️ Comedy Carnival at…": the alarm between its warning signs goes with them.
  out = out.replace(ALARM_LABEL, '');
  const words = out.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // One "!" stays on a sentence of a word or two ("Enjoy!"): "Enjoy." reads like a shrug.
  if (!allowBang && words >= 3)
    out = out.replace(
      /!(?=\s*(?:\p{Extended_Pictographic}|\s|$))/gu,
      (bang: string, offset: number, whole: string) => {
        if (wordsInSentenceBefore(whole, offset) <= 2) return bang;
        // "(brons! 🥉)": the emoji and the bracket close it; a full stop inside is a stray.
        return BANG_BEFORE_CLOSING_EMOJI.test(whole.slice(offset + 1)) ? '' : '.';
      },
    );
  if (out.includes('¡')) out = balancedInverted(out);
  // "Don't let your friends work somewhere worse 😤 — Kim, Talent": what is left is the sign-off,
  // and it keeps its dash.
  const signed = /^\s*[—–]\s*\p{Lu}[^.!?]{0,40}$/u.test(out) && !/^\s*[—–]/u.test(sentence);
  out = tidySentence(out, context.language);
  // "Link in bio 👉 @lojaverao": the handle says whose bio; "Link na nossa bio: @lojaverao", not a seam.
  out = out.replace(BIO_THEN_HANDLE, '$1: $2');
  if (signed && out) out = `— ${out}`;
  // "🍕 Mario's Pizza 🍕 tonight only: …" once its capitals went: what follows the heading between
  // its two emoji opens a sentence of its own.
  out = headingAsWritten(out, sentence, context.language);
  out = out.replace(
    AFTER_EMOJI_HEADING,
    (_all, heading: string, _emoji: string, letter: string) => heading + letter.toLocaleUpperCase(),
  );
  // "Appointments fill FAST, so book via the link in bio or call 0161…" with the rush gone: "So
  // book…" opens on the order, offered, and says whose bio.
  if (context.language === 'en' && SO_ORDER.test(out) && !SO_ORDER.test(sentence))
    out = out
      .replace(SO_ORDER, 'You can $1 ')
      .replace(/\b(?:via|through|using) (?:the )?link in (?:the )?bio\b/u, 'through the link in our bio');
  // "Jetzt shoppen" → "Shoppen": a sentence that opened on a capital still does.
  return /^\p{Lu}/u.test(sentence) && /^\p{Ll}/u.test(out) ? capitalise(out) : out;
}

// As a label opens a sentence: "Urgent", "Final warning", and "Letzte Warnung" as German writes it.
const CAPITALISED_ALARM = ALARM.split('|')
  .flatMap((alarm) => [
    alarm.charAt(0).toUpperCase() + alarm.slice(1),
    alarm.replace(/(^|\s)(\p{Ll})/gu, (_all, space: string, letter: string) => space + letter.toUpperCase()),
  ])
  .join('|');
const LABEL_OVER_NEWS = new RegExp(
  String.raw`^(?:New|Sale|Breaking|Alert|Update|News|Huge news|Big news|Hot|Exclusive|Wow|Omg|Attention|Attenzione|Atención|Achtung|Atenção|Let op|Nieuw|Nuevo|Nueva|Nouveau|Nouvelle|Neu|Novo|Nova|Nuovo|Nuova|Novità|Novidade|${CAPITALISED_ALARM})[.!:]\s+(?=\p{Lu})`,
  'u',
);
const ALARM_LABEL = new RegExp(
  String.raw`^(?:(?:⚠|🚨|‼|❗)\uFE0F?\s*)+(?:${CAPITALISED_ALARM})[.!:]?(?:\s*(?:⚠|🚨|‼|❗)\uFE0F?)+\s+(?=\p{Lu})`,
  'u',
);
// "🍕 MARIO'S PIZZA 🍕 TONIGHT ONLY: …": a few words shouted between two of the same emoji, before the
// sentence goes on, with a word no dictionary knows, are the sender's name; in small letters it loses
// the capitals a name needs ("Mario's pizza"). A heading on a line of its own ("🍕 FLASH SALE 🍕"),
// or of everyday words, stays a sentence.
const SHOUTED_EMOJI_HEADING =
  /^(?:(\p{Extended_Pictographic})\uFE0F?\s+)(\p{Lu}[\p{Lu}'’&-]*(?: \p{Lu}[\p{Lu}'’&-]*){1,3})\s+\1\uFE0F?[ \t]+(?=[\p{L}\p{N}])/u;
const SMALL_IN_TITLES =
  /^(?:a|à|and|as|at|da|das|de|del|della|der|des|di|die|do|dos|du|e|el|en|et|for|het|in|la|le|los|of|on|the|to|und|van|von|y)$/u;

/** The shouted name between its emoji in title case ("Mario's Pizza"), where the calmer voice lowered it. */
function headingAsWritten(out: string, sentence: string, language: Language): string {
  const shouted = SHOUTED_EMOJI_HEADING.exec(sentence);
  if (!shouted) return out;
  const heading = shouted[2] as string;
  // "FLASH SALE", "ÚLTIMA CHANCE": a label of everyday words is no name, and reads as a sentence.
  const named = heading.split(/[\s-]+/u).some((word) => {
    const base = word.replace(/['’]S$/u, '');
    return /\p{L}{4}/u.test(base) && !NAMED_DAY.test(base) && !isKnownWord(base, language);
  });
  if (!named) return out;
  const at = out.toLocaleLowerCase().indexOf(heading.toLocaleLowerCase());
  if (at < 0 || at > 4) return out;
  const titled = heading
    .toLocaleLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_IN_TITLES.test(word)
        ? word
        : // "PTA", "VIP": a short word no dictionary knows is an acronym, as written.
          word.length <= 3 && !isKnownWord(word, language)
          ? word.toLocaleUpperCase()
          : word.replace(
              /(^|-)(\p{Ll})/gu,
              (_all, start: string, letter: string) => start + letter.toLocaleUpperCase(),
            ),
    )
    .join(' ');
  return out.slice(0, at) + titled + out.slice(at + heading.length);
}
// Not where the sentence runs on through its emoji ("✨ You're invited ✨ to the gala", "⚠️ Solo 10
// plazas ⚠️ y ya quedan 3").
const AFTER_EMOJI_HEADING =
  /^((\p{Extended_Pictographic})\uFE0F?\s+[^\p{Extended_Pictographic}.!?:]{2,40}?\s+\2\uFE0F?\s+)(?!(?:to|for|and|or|at|with|in|on|of|from|by|y|e|o|et|ou|und|oder|en|a|à|de|da|di|do|del|des|du|per|para|pour|für|mit|con|com|met|voor|van|im|am|zu|al|au)\b)(\p{Ll})/u;
const BIO_THEN_HANDLE = /(\bbio)[.!]?\s+(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])\s*$/u;
const BANG_BEFORE_CLOSING_EMOJI = /^\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*\)/u;
const LONE_ORDER_BEFORE_BIO =
  /(?<=^|[.!?]\s+)(?:shop|buy|book|subscribe|order|donate|register|join|sign up|grab yours|get yours|get it)\s*[.!]\s+(?=The link is in (?:our|my) bio\.)/giu;

const BIO_THEN_MORE =
  /^(.*\blink (?:is )?in (?:our |the |my )?bio\b(?: before it['’]s gone)?)\s*((?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*)+)(\p{L}.*)$/iu;
const EMOJI_BEFORE_BIO =
  /^(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*)+(?=link (?:is )?in (?:our |the |my )?bio\b)/iu;

/** Words of the sentence that ends at `offset`: back to the last ". ", "! " or "? " before it. */
function wordsInSentenceBefore(text: string, offset: number): number {
  const before = text.slice(0, offset);
  const ends = [...before.matchAll(/[.!?…](?=\s)/gu)];
  const start = ends.length > 0 ? ((ends[ends.length - 1] as RegExpMatchArray).index ?? 0) + 1 : 0;
  return before.slice(start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Spanish opens an exclamation with "¡": it stays where its "!" stayed and goes where the "!"
 * became a full stop ("¡Últimos días!", not "Últimos días!"; "Quedan dos días.", not "¡Quedan dos días.").
 */
function balancedInverted(sentence: string): string {
  // A full stop between digits ("349.000€") or inside an address ("comida.example.es") is a number's or
  // the address's, not the clause's end.
  return sentence.replace(
    /¡((?:[^¡!.?]|(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}]))*)(!?)/gu,
    (_all, clause: string, bang: string) => (bang ? `¡${clause}!` : clause),
  );
}

/** Whether a shouted word next to the one at `offset` has a form the text writes ("HARWICK VALLEY"). */
function namedBeside(
  whole: string,
  offset: number,
  word: string,
  forms: ReadonlyMap<string, string>,
): boolean {
  const left = /(\p{Lu}[\p{Lu}'’]+)\s+$/u.exec(whole.slice(0, offset))?.[1];
  const right = /^\s+(\p{Lu}[\p{Lu}'’]+)/u.exec(whole.slice(offset + word.length))?.[1];
  return [left, right].some((other) => other !== undefined && forms.has(other.toLocaleLowerCase()));
}

// "Please SHARE SHARE SHARE": a word shouted over and over is said once. Not a word said twice in a
// phrase that goes on in capitals ("SLICE SLICE BABY"): there the repeat is its rhythm.
const SAID_AGAIN = String.raw`[ ,]+\1(?![\p{L}\p{N}])`;
const SHOUTED_REPEATS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}{3,})(?:(?:${SAID_AGAIN}){2,}|${SAID_AGAIN}(?![ ,]+\p{Lu}{2,}(?![\p{L}\p{N}])))`,
  'gu',
);

// "SHARE SHARE SHARE!!" and nothing else: the ask an appeal makes, shouted over and over.
const SHARE_OVER_AND_OVER = /^(?:PLEASE[ ,]+)?SHARE(?:[ ,]+SHARE)+[!.]*$/u;

// "Your second pair is ON US": the sender, not the country. "CFO or IT lead": the department, not "it".
const SHOUTED_BEFORE_US = /\b(?:ON|FOR|WITH|TO|JOIN|FROM|BY|ABOUT|CALL|CONTACT|VISIT|MESSAGE) $/u;
/** Whether the text goes on with a word in small letters that is no function word ("check", not "so"). */
function nounAfter(rest: string): boolean {
  const next = /^ (\p{Ll}{3,})\b/u.exec(rest)?.[1];
  return next !== undefined && !isStopWord(next, 'en');
}

const DEPARTMENT_AFTER =
  /^ (?:leads?|teams?|managers?|director|department|support|security|admin|staff|professionals?|budget|services?|systems?|infrastructure|leaders?|pros?|consultants?|partners?|solutions?|company|companies|firms?|outsourcing|provider|projects?|skills|jobs?|sector|industry)\b/iu;

// Said in a normal voice: "LAUNCH DAY" is a shouted phrase, not a launch naming "DAY".
const HYPHENED_CODE = /^(?=.*-)(?:[\p{Lu}\p{N}]+-)+[\p{Lu}\p{N}]+$/u;
/** The whole hyphenated token a shouted word is part of ("PETG-CF"), or the word when it stands alone. */
function hyphenatedAround(whole: string, offset: number, word: string): string {
  const left = /[\p{Lu}\p{N}-]*$/u.exec(whole.slice(0, offset))?.[0] ?? '';
  const right = /^[\p{Lu}\p{N}-]*/u.exec(whole.slice(offset + word.length))?.[0] ?? '';
  const token = `${left}${word}${right}`.replace(/^-+|-+$/gu, '');
  const parts = token.split('-');
  if (parts.length < 2) return '';
  const wordlike = (part: string) => /^\p{Lu}{3,}$/u.test(part) && isCommonEnglish(part);
  return parts.some(wordlike) ? '' : token;
}
/** The hyphenated token around a shouted word when it ends on a single letter or digit ("FORMA-X"). */
function codeAround(whole: string, offset: number, word: string): string {
  const left = /[\p{Lu}\p{N}-]*$/u.exec(whole.slice(0, offset))?.[0] ?? '';
  const right = /^[\p{Lu}\p{N}-]*/u.exec(whole.slice(offset + word.length))?.[0] ?? '';
  const token = `${left}${word}${right}`;
  if (
    /[\p{L}\p{N}]/u.test(whole[offset - left.length - 1] ?? '') ||
    /[\p{L}\p{N}'’]/u.test(whole[offset + word.length + right.length] ?? '')
  )
    return '';
  // The single letter closes the name ("FORMA-X"); one that opens it is a prefix ("E-BIKE", "V-ONE").
  return /-[\p{Lu}\p{N}]$/u.test(token) ? token : '';
}
const ROMAN_NUMERAL = /^(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})$/u;
const LAUNCHED = new RegExp(String.raw`\b(?:${NAMING_VERBS})\s+(?:the\s+|our\s+|my\s+)?$`, 'u');
const NOT_A_NAME =
  /^(?:OUR|THE|YOUR|MY|NEW|ALL|THIS|THESE|BRAND|LATEST|FIRST|VERY|FINALLY|OFFICIALLY|TODAY|NOW|ONLY|FREE|BIG|HUGE|AN?)$/u;
// The next word shouted too: a shouted run ("launch OUR BIGGEST SALE") is a voice, not a name.
const CAPS_WORD_AFTER = /^\s+\p{Lu}{2,}\b/u;
const SHOUTED_LABEL_BEFORE_EMOJI =
  /^((?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*)*\p{Lu}{4,})(\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*)(?=(?!(?:and|or|but|so|if|then)\b)\p{Ll}{2,})/u;
// Written without the i flag: under it, \p{Ll} would match capitals too.
const NOTICE_PLACE = /^[^\p{L}]*(?:notice|Notice|NOTICE) (?:to|TO) [\p{L} ]+ [—–-] [^\p{Ll}.!?:]*$/u;
const STREET = /^(?:AVE|ST|RD|BLVD|LN|DR|HWY|PKWY|CT|PL|SQ)$/u;
const STREET_SHORT_AFTER = /^ (?:AVE|ST|RD|BLVD|LN|DR|HWY|PKWY)\.?(?![\p{L}\p{N}])/u;
export const STREET_KINDS =
  'COURT|ROAD|STREET|AVENUE|LANE|DRIVE|CLOSE|CRESCENT|GARDENS|SQUARE|TERRACE|PLACE|WAY|GROVE|PARADE|MEWS';
const STREET_KIND = new RegExp(`^(?:${STREET_KINDS})$`, 'u');
const STREET_KIND_AFTER = new RegExp(String.raw`^(?:\s+\p{Lu}{2,}){0,2}\s+(?:${STREET_KINDS})\b`, 'u');
// The kinds of street a Dutch or German street's one word ends on ("KERKSTRAAT", "HAUPTSTRASSE").
const STREET_BEFORE_NUMBER = {
  nl: /\p{Lu}{2,}(?:STRAAT|GRACHT|WEG|LAAN|PLEIN|KADE|SINGEL|DIJK|MARKT|STEEG|DREEF|BAAN|WAL|HAVEN)$/u,
  de: /\p{Lu}{2,}(?:STRASSE|STRAẞE|STRAßE|WEG|PLATZ|ALLEE|GASSE|RING|DAMM|UFER|MARKT|CHAUSSEE|STEIG)$/u,
};
// The kinds of street no other phrase ends on ("ON THE WAY", "IN PLACE", "AT COURT" are not streets).
const PLAIN_STREET_KINDS = 'ROAD|STREET|AVENUE|LANE|DRIVE|CRESCENT|TERRACE|MEWS|SQUARE';
const PLAIN_STREET_RUN = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:ON|IN|AT|OFF|ALONG|FROM|TO|VIA|NEAR|AND|OF|BETWEEN)\s+((?:\p{Lu}{3,}\s+){1,2})(?:${PLAIN_STREET_KINDS})(?![\p{L}])`,
  'gu',
);
const NOT_A_STREET_NAME =
  /^(?:THE|THIS|THAT|OUR|YOUR|THEIR|HIS|HER|ITS|EVERY|ANY|SOME|NO|ONE|MAIN|OPEN|DIRT|TOLL|BACK|SIDE|HIGH|WRONG|RIGHT|SAME|LONG|SHORT)$/u;

/** The streets named after a preposition in a text ("ON CHURCH ROAD"), as [start, end) spans. */
function streetsAfterPrepositions(whole: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of whole.matchAll(PLAIN_STREET_RUN)) {
    const names = (match[1] as string).trim().split(/\s+/u);
    // "ON THE ROAD", "OFF MAIN ROAD": a phrase or a street with no name of its own. "ON HIGH STREET",
    // "ON MAIN STREET" with no "the" are a town's own street.
    const townStreet = /^(?:HIGH|MAIN) STREET$/u.test(`${names.join(' ')} ${match[0].slice(-6)}`);
    if (!townStreet && names.some((name) => NOT_A_STREET_NAME.test(name))) continue;
    const start = (match.index ?? 0) + match[0].indexOf(match[1] as string);
    spans.push([start, (match.index ?? 0) + match[0].length]);
  }
  return spans;
}

// Every shouted word of a sentence asks about the same text: its streets are found once.
let lastStreets: { whole: string; spans: [number, number][] } | null = null;

const SHORT_DAYS = String.raw`(?:MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)`;
const SHORT_DAY = new RegExp(`^${SHORT_DAYS}$`, 'u');
const DAY_AFTER = new RegExp(String.raw`^\s*(?:&|and|[-–/+])\s*${SHORT_DAYS}(?![\p{L}])`, 'iu');
const DAY_BEFORE = new RegExp(String.raw`(?<![\p{L}])${SHORT_DAYS}\.?\s*(?:&|and|[-–/+])\s*$`, 'iu');
const NAMES_A_DAY_BEFORE =
  /\b(?:by|on|until|till|til|thru|through|this|next|every|from|before|after|ends?|closes?)\s+$/iu;

/** Whether the shouted word is part of a street named after a preposition: "ON CHURCH ROAD". */
function streetAfterPreposition(whole: string, offset: number, word: string): boolean {
  if (lastStreets?.whole !== whole) lastStreets = { whole, spans: streetsAfterPrepositions(whole) };
  return lastStreets.spans.some(([start, end]) => offset >= start && offset + word.length <= end);
}

// "iPHONE 16", "eBAY": a brand that opens on a small letter, shouted after it; its maker writes "iPhone".
const BRAND_SHOUTED = /(?<![\p{L}\p{N}])(\p{Ll})(\p{Lu})(\p{Lu}{3,})(?![\p{L}\p{N}])/gu;
function brandAsWritten(_all: string, first: string, second: string, rest: string): string {
  return `${first}${second}${rest.toLocaleLowerCase()}`;
}

/** Shouted words in lower case; acronyms, codes, keywords and opt-out words as written. */
const SHOUTED_UNIT =
  /(?<=\d)(?:AM|PM)(?![\p{L}\p{N}])|(?<=\d\s?|\/)(?:HRS?|MINS?)(?![\p{L}\p{N}])|(?<=(?:^|\s))MIN(?= \d)/gu;

const TIME_UNIT_SHOUTED =
  /^(?:HOURS?|DAYS|UUR|UREN|DAGEN|STUNDEN|TAGE|HEURES|JOURS|HORAS|DÍAS|DIAS|ORE|GIORNI|MINUTES|MINUTEN|MINUTOS|MINUTI)$/u;
const SHORT_MONTH = /^(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)$/u;
const NUMBERED_PLACE =
  /^(?:flat|unit|warehouse|block|room|gate|platform|hall|suite|floor|level|bay|pitch|apartment|terminal|screen|lot|building|ward|studio)$/u;
const SHOUTED_CURRENCY =
  /(?<=\d\s?)(?:EUROS?|DOLLARS?|POUNDS?|REAIS|DÓLARES|FRANCS?|FRANCHI)(?![\p{L}\p{N}])/gu;

/**
 * "¡Cupos LIMITADOS!", "Édition LIMITÉE", "Il MIGLIOR gestionale": a lone word the review called shouting
 * and the language's dictionary knows, in a sentence said in small letters, is lowered like a shouted
 * run. Not a code or a name the dictionary does not know ("use SOPHIEGLOW"), nor a word between two
 * capitalised words ("Die NORDWERK Consulting GmbH"); the caller leaves a name read in capitals alone
 * too ("named BEST BUTCHER IN…").
 */
function shoutedWord(word: string, before: string, after: string, context: SentenceContext): boolean {
  if (!context.shouted?.has(word) || /\d/u.test(word)) return false;
  // Between two capitalised words it is a name's part ("Die NORDWERK Consulting GmbH"), whatever the
  // dictionary says of it.
  if (/\p{Lu}\p{Ll}+ $/u.test(before) && /^ \p{Lu}\p{Ll}/u.test(after)) return false;
  const { language } = context;
  if (language === 'en') return isCommonEnglish(word) && !WORD_ACRONYM.test(word);
  if (language === 'de') return germanCase(word) !== null;
  return LEXICON_LANGUAGES.includes(language) && isKnownWord(word, language);
}

/**
 * A word of four letters or more, no figure, that the dictionary of its language does not know, and
 * no day, month or place we know ("FRIDAY", "LISBOA": those are written as names).
 */
function loneUnknownWord(word: string, language: Language): boolean {
  if (word.length < 4 || /\d/u.test(word)) return false;
  if (NAMED_DAY.test(word) || OTHER_NAMED_DAY.test(word) || placeName(word.toLocaleLowerCase())) return false;
  return (language === 'en' || LEXICON_LANGUAGES.includes(language)) && !isKnownWord(word, language);
}

// "…off with SOULBOX", "mention HARVEST", "usa VERANO": a word a reader types or says to get the offer.
const CODE_USED_BEFORE =
  /(?<![\p{L}])(?:with|using|use|enter|quote|mention|code|coupon|con|avec|mit|met|com|usa|usando|utilisez|gebruik|nutze|cupom|cupón|código|codice)\s+["“'‘]?$/iu;
// The verbs and labels a code is typed after, written small ("use", "Enter", "code:"); "with" and
// "mention" stay out of it: "Made with LOVE" is shouted.
const CODE_TYPED_BEFORE =
  /(?<![\p{L}])(?:[Uu]se|[Ee]nter|[Aa]pply|[Qq]uote|(?<=(?:^|[.!?:]\s*|\s(?:e|y|et|en|und)\s))(?:[Uu]sa|[Uu]tiliza|[Uu]tilisez|[Uu]tilizza|[Gg]ebruik|[Nn]utze)|(?:promo |discount |voucher )?code:?|[Cc]ódigo:?|[Cc]odice:?|[Cc]upom:?|[Cc]upón:?|Gutscheincode:?) ["“'‘]?$/u;
const CODE_USED_AFTER =
  /^["”'’]?\s+(?:at (?:the )?(?:checkout|till|counter|door)|al pagar|à la caisse|an der kasse)\b/iu;

// Two words of a title before a word, each with its capital ("That Will"), and one after it or the line's end.
const TITLE_WORDS_BEFORE = /(?:^|[\s:])\p{Lu}\p{Ll}[\p{L}'’]* \p{Lu}\p{Ll}[\p{L}'’]* $/u;
const TITLE_WORD_OR_END_AFTER = /^(?: \p{Lu}\p{Ll}|\s*(?:\n|$))/u;

function quieter(written: string, context: SentenceContext): string {
  // Said once it would be "Share!", an order; asked, it is "Please share."
  if (context.language === 'en' && SHARE_OVER_AND_OVER.test(written.trim())) return 'Please share.';
  const sentence = written.replace(SHOUTED_REPEATS, '$1').replace(BRAND_SHOUTED, brandAsWritten);
  const shouted = sentence.replace(/[^\p{L}]/gu, '');
  const allCaps = shouted.length >= 8 && shouted === shouted.toLocaleUpperCase();
  // Short words inside a shouted run ("IN MEDIA IN 45 GIORNI") are shouted too.
  const loud = new Set<number>();
  for (const run of sentence.matchAll(CAPS_RUN)) {
    if ((run[0].match(/\p{L}/gu)?.length ?? 0) < 6) continue;
    for (const word of run[0].matchAll(CAPS_WORD)) loud.add((run.index ?? 0) + (word.index ?? 0));
  }
  const named = namesInCapitals(sentence, loud, context);
  const sayWord = (word: string, offset: number, whole: string): string => {
    // "AURA-X": a model's name, its letters joined to a single capital letter, is written as it is
    // named (lowered, it read "aura-X"). Not "FILL-A-BAG", "TIER-1": a word, a figure.
    if (
      /^-[B-HJ-Z](?![\p{L}\p{N}'’-])/u.test(whole.slice(offset + word.length)) &&
      !/[\p{L}\p{N}]-$/u.test(whole.slice(0, offset))
    )
      return word;
    // "SUNDAY OCT 13", "SAT 12": a month's or a day's short form before its number; "SUN 30 MAR": a
    // month's after it.
    if (
      ((SHORT_MONTH.test(word) || SHORT_DAY.test(word)) &&
        /^ \d{1,2}(?![\d%.,])/u.test(whole.slice(offset + word.length))) ||
      (SHORT_MONTH.test(word) && /(?<![\d.,])\d{1,2}(?:st|nd|rd|th)? $/u.test(whole.slice(0, offset)))
    )
      return capitalise(word.toLocaleLowerCase());
    // "Nog maar 24 UUR", "solo 48 ORE": a unit of time after its figure, in any language, is no name
    // or acronym; it is lowered with the shouting, whether or not the review counted it (a German
    // noun keeps its capital: "3 Tage").
    if (TIME_UNIT_SHOUTED.test(word) && /\d\s?$/u.test(whole.slice(Math.max(0, offset - 2), offset)))
      return context.language === 'de' ? capitalise(word.toLocaleLowerCase()) : word.toLocaleLowerCase();
    // "THIS SAT & SUN ONLY", "order by FRI": a day's short form beside another day or after the
    // words that name one; "SAT" alone may be the test.
    if (
      SHORT_DAY.test(word) &&
      (DAY_AFTER.test(whole.slice(offset + word.length)) ||
        DAY_BEFORE.test(whole.slice(0, offset)) ||
        (NAMES_A_DAY_BEFORE.test(whole.slice(0, offset)) &&
          (word !== 'SAT' || !/\b(?:on|from|before|after)\s+$/iu.test(whole.slice(0, offset)))))
    )
      return capitalise(word.toLocaleLowerCase());
    // "BLACK FRIDAY", "CYBER MONDAY": the day's name, both words capitalised.
    if (
      /^(?:BLACK|CYBER)$/u.test(word) &&
      /^ (?:FRIDAY|MONDAY|WEEK|WEEKEND)\b/u.test(whole.slice(offset + word.length))
    )
      return capitalise(word.toLocaleLowerCase());
    // "US & CANADA ONLY": beside another country it is the country.
    if (word === 'US' && /^ (?:&|and|or|\+|\/) \p{Lu}/u.test(whole.slice(offset + 2))) return word;
    if (context.language === 'en' && word === 'US' && SHOUTED_BEFORE_US.test(whole.slice(0, offset)))
      return 'us';
    // "launching in the US", "our first US office": after "the" or before a noun it is the country,
    // however often the draft writes "us".
    if (
      context.language === 'en' &&
      word === 'US' &&
      (/\b(?:the|our|first|a|new) $/iu.test(whole.slice(0, offset)) ||
        /^ (?:office|team|market|launch|customers|clients|site|headquarters|HQ|expansion)\b/u.test(
          whole.slice(offset + 2),
        ))
    )
      return word;
    if (
      TEAM_INITIALS.test(word) &&
      /\S\s+[–—-]\s*$/u.test(whole.slice(0, offset)) &&
      /^[.!]*\s*$/u.test(whole.slice(offset + word.length))
    )
      return word;
    // "Highways Asset Resilience Programme (HARP)", "holiday PSLE Maths": an acronym the draft shows
    // to be one stays one wherever it is shouted, a dictionary word ("harp") or not.
    if (context.acronyms?.has(word)) return word;
    // "The Webinar That Will CHANGE Your Business FOREVER": a title written with a capital on every word
    // keeps one on the word it shouted.
    if (
      context.language === 'en' &&
      !loud.has(offset) &&
      // A word, not initials ("PTA", "LLC"), and not one a title leaves small ("and", "in").
      word.length >= 3 &&
      isCommonEnglish(word) &&
      !isStopWord(word.toLocaleLowerCase(), 'en') &&
      TITLE_WORDS_BEFORE.test(whole.slice(0, offset)) &&
      TITLE_WORD_OR_END_AFTER.test(whole.slice(offset + word.length))
    )
      return capitalise(word.toLocaleLowerCase());
    // "please contact PALS on 01632 960 447": one word in capitals after "contact" in a sentence
    // that does not shout is the service's name, a dictionary word ("pals") or not.
    if (
      context.language === 'en' &&
      !loud.has(offset) &&
      word.length >= 3 &&
      !SHOUTY_SHORT.has(word) &&
      !/^(?:NOW|TODAY|ASAP|THEM|YOU|OUR|THE|ANY|ALL|FREE|ONE|TWO|ANYTIME|AGAIN|BACK|BOTH|EVERYONE)$/u.test(
        word,
      ) &&
      /\b(?:contact|call|ring|phone|e-?mail|write to|speak to) (?:the |our )?$/iu.test(whole.slice(0, offset))
    )
      return word;
    // "TAN 5,99% TAEG 7,45%": a rate's name before its figure keeps its capitals.
    if (/^(?:TAN|TAE|TIN)$/u.test(word) && /^ \d/u.test(whole.slice(offset + word.length))) return word;
    // "Top Arbeitgeber IT": outside English "it" is no word, so "IT" is the trade.
    if (word === 'IT' && context.language !== 'en' && context.language !== 'other') return word;
    // "Northgate IT's CTO", "call Northgate IT": after a name written as a name, the trade it names.
    if (
      context.language === 'en' &&
      word === 'IT' &&
      (DEPARTMENT_AFTER.test(whole.slice(offset + 2)) ||
        /\p{Lu}\p{Ll}+ $/u.test(whole.slice(0, offset)) ||
        // "a free IT check", "critical IT capacity": before a noun; "love IT so much" stresses "it".
        nounAfter(whole.slice(offset + 2)) ||
        // "IT will not respond to individual queries": the department, opening a sentence said in
        // small letters; one shouting would go on in capitals ("IT WILL NOT").
        (/(?:^|[.!?:]\s+)$/u.test(whole.slice(0, offset)) &&
          /^ (?:will|won['’]t|is|isn['’]t|has|hasn['’]t|can|cannot|can['’]t|does|doesn['’]t|may|should|must|needs|asks|requests|recommends|advises) \p{Ll}/u.test(
            whole.slice(offset + 2),
          )))
    )
      return 'IT';
    // "Nordhaven Data Centres AS today": a company's form after its name, not "as" shouted.
    if (
      context.language === 'en' &&
      word === 'AS' &&
      /\p{Lu}\p{Ll}+ $/u.test(whole.slice(0, offset)) &&
      !/^ (?:\p{Ll}+ )?(?:as|if|though|well|soon|long|much|many)\b/u.test(whole.slice(offset + 2))
    )
      return 'AS';
    // "HARWICK VALLEY ZOO" in a headline over "Harwick Valley Zoo" in the text: the name as the text writes it.
    // Not inside a code ("PRIYA-BEAN", "SAVE20"): a code keeps its capitals.
    // A ticker ("$ORBIT") is written in capitals wherever it is quoted.
    if (whole[offset - 1] === '$') return word;
    const inCode =
      /[-_\d]/u.test(whole[offset - 1] ?? '') || /[-_\d]/u.test(whole[offset + word.length] ?? '');
    // Only a name of two words or more ("HARWICK VALLEY ZOO"): "MEILLEURE FROMAGERIE" is not
    // "La Fromagerie Dubois" because the text once writes "Fromagerie" with its capital.
    // A dateline ("GREENVALLEY, CO —") is typed letter for letter, even where the text names the town.
    if (context.exact?.has(word) && /^(?:,\s|\s+[—–-])/u.test(whole.slice(offset + word.length))) return word;
    const written =
      loud.has(offset) && !inCode && context.forms?.size && namedBeside(whole, offset, word, context.forms)
        ? context.forms.get(word.toLocaleLowerCase())
        : undefined;
    if (written) return written;
    // "We've teamed up with THE @mayaglowsup": the shouted article of fame goes before a handle.
    if (
      word === 'THE' &&
      /^ @[\p{L}\p{N}_]/u.test(whole.slice(offset + word.length)) &&
      /\S $/u.test(whole.slice(0, offset))
    )
      return '\uE0EE';
    // "Je spreekt vloeiend NL, EN en DE", "EN/FR/DE": two-letter codes listed together stay codes.
    // Not two small words shouted side by side ("STOP MESSAGING SUPPORT ABOUT IT, WE KNOW").
    if (
      word.length === 2 &&
      !(loud.has(offset) && smallWordsSideBySide(whole, offset, word, context.language)) &&
      // "EN>FR", "DE→EN": a translator's pair of languages, one into the other.
      (/(?<![\p{L}])\p{Lu}{2}\s*(?:,|\/|&|>|→|\s(?:en|and|und|et|y|e|og|och))\s*$/u.test(
        whole.slice(0, offset),
      ) ||
        /^\s*(?:,|\/|&|>|→|\s(?:en|and|und|et|y|e|og|och)\s)\s*\p{Lu}{2}(?![\p{L}])/u.test(
          whole.slice(offset + word.length),
        ))
    )
      return word;
    // "pedido n.º 48211-ES", "ref. ES-48211": letters joined by a hyphen to a long figure are part of a
    // reference ("48-HOUR", "2-FOR-1" are words, lowered).
    if (
      (/(?<![\p{L}\p{N}])\d{3,}-$/u.test(whole.slice(0, offset)) ||
        /^-\d{3,}(?![\p{L}\p{N}])/u.test(whole.slice(offset + word.length))) &&
      (word.length <= 2 || !isCommonEnglish(word))
    )
      return word;
    // "AVVISO AI PARROCCHIANI": in Italian, "ai" between two shouted words is "to the", not AI.
    if (
      word === 'AI' &&
      context.language === 'it' &&
      !context.exact?.has(word) &&
      /\p{Lu}{2,} $/u.test(whole.slice(0, offset)) &&
      /^ \p{Lu}{3,}/u.test(whole.slice(offset + word.length))
    )
      return 'ai';
    // "(CUPS ES0021000012345678AB)", "MPAN S1200012345678": a code of letters and many figures is
    // typed as written, and so is the short name before it that says what kind of code it is.
    if (/\p{N}{3,}/u.test(word) && /\p{Lu}/u.test(word)) return word;
    if (
      word.length <= 5 &&
      /^ \p{Lu}{0,4}\p{N}{6,}[\p{Lu}\p{N}]*(?![\p{L}\p{N}])/u.test(whole.slice(offset + word.length))
    )
      return word;
    if (context.exact?.has(word) || ALWAYS_CAPITALS.test(word)) return word;
    // "use WELCOME for a free pastry", "Enter SPRING at checkout": a word the reader is to type is a
    // code, however well the dictionary knows it; a sentence shouted whole ("USE IT NOW") types none.
    // A small word ("apply BY 28 February", "gebruik NIET") or a name's possessive ("use PROSPECTRA's
    // AI") is no code.
    if (
      word.length >= 3 &&
      !isStopWord(word.toLocaleLowerCase(), context.language) &&
      CODE_TYPED_BEFORE.test(whole.slice(Math.max(0, offset - 24), offset)) &&
      !/^(?:\s+\p{Lu}{2,}(?![\p{L}])|['’])/u.test(whole.slice(offset + word.length))
    )
      return word;
    // "a staff training (INSET) day": one shouted word in brackets inside a phrase written small is
    // the short name the phrase goes by, glossed where it is used.
    const glossed = /^\) (\p{Ll}+)/u.exec(whole.slice(offset + word.length, offset + word.length + 24))?.[1];
    if (
      glossed !== undefined &&
      !isStopWord(glossed, context.language) &&
      /\p{Ll} \($/u.test(whole.slice(Math.max(0, offset - 3), offset))
    )
      return word;
    // "§ 33 SGB V", "KFZ": German has no word without a vowel; those are acronyms, kept.
    if (context.language === 'de' && word.length >= 3 && !/[AEIOUYÄÖÜ]/u.test(word)) return word;
    if (context.keys?.has(word) && asKeyword(whole, offset, word)) return word;
    // "PETG-CF", "USB-C", "COVID-19": capitals joined to capitals or figures, neither part a word, are a
    // product's or a standard's code ("PRE-ORDER", "T-SHIRT" are words, lowered).
    if (context.language === 'en' && HYPHENED_CODE.test(hyphenatedAround(whole, offset, word))) return word;
    // "la nuova linea FORMA-X": in any language, a last part of one letter or digit makes the whole a code.
    if (
      context.language !== 'en' &&
      /^(?:[\p{Lu}\p{N}]+-)+[\p{Lu}\p{N}]+$/u.test(codeAround(whole, offset, word))
    )
      return word;
    // "AT NOON CST", "8PM EST": a time zone after its time ("EST" and "IST" are words elsewhere).
    // "10:00 AM AT": Atlantic time only after a time of day, not after any figure ("code IRON50 AT").
    if (
      TIME_ZONE.test(word) &&
      !(/^(?:AT|NT)$/u.test(word) && /^\s+the\b/iu.test(whole.slice(offset + word.length))) &&
      (/^(?:AT|NT)$/u.test(word)
        ? /(?:\d:\d\d|\d\s?(?:AM|PM)|NOON|MIDNIGHT)\s*$/iu
        : /(?:\d|NOON|MIDNIGHT|AM|PM)\s*$/iu
      ).test(whole.slice(Math.max(0, offset - 12), offset))
    )
      return word;
    // "10:00 AM PT": a time's half of the day, as the writer wrote it beside the other one.
    if (/^(?:AM|PM)$/u.test(word) && /\d\s?$/u.test(whole.slice(0, offset))) return word;
    // "KING EDWARD VIII": a Roman numeral after a name keeps its capitals.
    if (ROMAN_NUMERAL.test(word) && /\p{Lu}[\p{L}'’]+ $/u.test(whole.slice(0, offset))) return word;
    // "CAA-approved", "EU-funded": capitals joined to a lower-case word by a hyphen are an acronym.
    if (/^-\p{Ll}/u.test(whole.slice(offset + word.length))) return word;
    if (context.language === 'en') {
      if (isSaint(whole, offset, word)) return 'St';
      // "HI!! SPARKLE CLEANING HERE": a greeting that opens the sentence is a word, not initials.
      if (/^(?:HI|HEY|HIYA|HELLO)$/u.test(word) && !/[\p{L}\p{N}]/u.test(whole.slice(0, offset)))
        return capitalise(word.toLocaleLowerCase());
      // "Notice to all residents – ELM GROVE & SURROUNDING STREETS": what follows a notice's heading
      // and its dash is the place it is for, a name.
      if (NOTICE_PLACE.test(whole.slice(0, offset)))
        return /^(?:AND|OF|THE|FOR|ON|IN|AT)$/u.test(word) && !/[—–-] $/u.test(whole.slice(0, offset))
          ? word.toLocaleLowerCase()
          : capitalise(word.toLocaleLowerCase());
      // "we're proud to launch OBSIDIAN — the…": the one word a launch names is the product's name,
      // written as a name ("Obsidian"), not as a word ("obsidian").
      if (
        !inCode &&
        LAUNCHED.test(whole.slice(0, offset)) &&
        !NOT_A_NAME.test(word) &&
        // "Meet our AW collection": two capitals are initials, not a name said loudly.
        !/^\p{Lu}{2}$/u.test(word) &&
        !CAPS_WORD_AFTER.test(whole.slice(offset + word.length))
      )
        return capitalise(word.toLocaleLowerCase());
      // "4410 LEMMON AVE": a street's short form after its name.
      if (STREET.test(word) && /\p{L}+ $/u.test(whole.slice(0, offset)))
        return capitalise(word.toLocaleLowerCase());
      // "442 MAIN ST", "THE PLACE ON ELM ST": the name before a street's short form, after its number or
      // a preposition.
      if (
        STREET_SHORT_AFTER.test(whole.slice(offset + word.length)) &&
        (/\d[\d–-]*\s+$/u.test(whole.slice(0, offset)) ||
          (/(?:^|[^\p{L}])(?:ON|AT|OFF|NEAR|FROM|TO|VIA|on|at|off|near|from|to|via)\s+$/u.test(
            whole.slice(0, offset),
          ) &&
            !NOT_A_STREET_NAME.test(word)))
      )
        return capitalise(word.toLocaleLowerCase());
      // "22–40 ELM COURT": a street's name after its numbers, and the kind of street it is.
      const before = whole.slice(Math.max(0, offset - 24), offset);
      if (
        /\d[\d–-]*\s+(?:\p{Lu}{2,}\s+){0,2}$/u.test(before) &&
        (STREET_KIND.test(word) || STREET_KIND_AFTER.test(whole.slice(offset + word.length)))
      )
        return capitalise(word.toLocaleLowerCase());
      // "CLOSURES ON CHURCH ROAD AND QUARRY ROAD": a street named after a preposition, without a number.
      if (streetAfterPreposition(whole, offset, word)) return capitalise(word.toLocaleLowerCase());
    }
    // "KOM NAAR DE OUDEGRACHT 112", "IN DER BAHNHOFSTRASSE 5": a Dutch or German street, named by the
    // kind of street it ends on, before its house number.
    if (
      (context.language === 'nl' || context.language === 'de') &&
      STREET_BEFORE_NUMBER[context.language].test(word) &&
      /^ \d{1,4}[a-zA-Z]?(?![\d.,:%€])(?!\s*(?:euro|eur|cent|uur|uhr|procent|prozent|stuks|stück|kg|x)(?![\p{L}]))/iu.test(
        whole.slice(offset + word.length),
      )
    )
      return capitalise(word.toLocaleLowerCase());
    // "C/ ALFARO 14", "AV. DA LIBERDADE": the street's name after its abbreviation, in any language.
    if (/(?:^|[\s(])(?:C|Av|AV|Pza|PZA)[/.]\s*$/u.test(whole.slice(Math.max(0, offset - 6), offset)))
      return capitalise(word.toLocaleLowerCase());
    // "SNAP/EBT", "B2B/SAAS": capitals joined by a slash to an acronym are one too; so are capitals
    // joined to a name in mixed case ("the REST/GraphQL API"), that name's kind of thing.
    if (
      /^\/(?:\p{Lu}{2,5}(?![\p{L}])|\p{Lu}[\p{Ll}\p{N}]+\p{Lu})/u.test(whole.slice(offset + word.length)) ||
      /(?:(?<![\p{L}])\p{Lu}{2,5}|\p{Lu}[\p{Ll}\p{N}]+\p{Lu}[\p{L}\p{N}]*)\/$/u.test(whole.slice(0, offset))
    )
      return word;
    // "NEW YORK, NY", "AUSTIN, TX": the state after its city keeps its capitals ("WAITING, MY" is no
    // state: "my", shouted).
    if (
      context.language === 'en' &&
      word.length === 2 &&
      ((US_STATE.test(word) &&
        /\p{Lu}{2}, $/u.test(whole.slice(Math.max(0, offset - 4), offset)) &&
        // "…USE THE TOILET, OR ALLOW LAPTOPS": a state ends its address; a word goes on with the sentence.
        /^(?:[.,;:!?)]|\s+\d|\s*$|\s*\n|\s*[—–-])/u.test(whole.slice(offset + word.length))) ||
        stateAfterPlace(whole, offset))
    )
      return word;
    if (
      !named.has(offset) &&
      shoutedWord(word, whole.slice(0, offset), whole.slice(offset + word.length), context)
    )
      return lowered(word, offset, whole, context);
    if (named.has(offset)) {
      // "CAMPO DE OURIQUE", "CASA DEL MAR": a particle inside a name stays small ("Campo de Ourique").
      if (
        (NAME_PARTICLE.test(word) || (word === 'THE' && /\bOF $/u.test(whole.slice(0, offset)))) &&
        (/\p{Lu}{2,}[\p{Lu}'’]* $/u.test(whole.slice(0, offset)) ||
          // "BLOCKS C AND D": "and" between two letters is "and" ("blocks C and D").
          (/^(?:AND|OR|ET|OU|Y|O|E|UND|ODER|EN|OF)$/u.test(word) &&
            /(?<![\p{L}])\p{Lu} $/u.test(whole.slice(0, offset))))
      )
        return word.toLocaleLowerCase();
      return context.forms?.get(word.toLocaleLowerCase()) ?? capitaliseParts(word.toLocaleLowerCase());
    }
    const lower = word.toLocaleLowerCase();
    // "in an HOUR": an English word of four letters or more is a word, not an acronym, when the
    // dictionary knows it.
    const common =
      SHOUTY_SHORT.has(word) ||
      context.lowerWords?.has(lower) === true ||
      // "vom 5. BIS 19. August": a German word that is never a noun is no acronym either.
      (context.language === 'de' && (GERMAN_SMALL.has(lower) || germanWrittenSmall(word, offset, whole))) ||
      // "instead of IN them", "Eu NÃO acreditava": a short word the language says all the time.
      // Not beside another shouted word: "LET OP", "OP=OP" are set phrases written in capitals. In an
      // English shouted run it is the run's word all the same ("£1.20 EACH OR 6 FOR £6").
      (word.length <= 3 &&
        isStopWord(lower, context.language) &&
        (!besideCapitals(whole, offset, word) ||
          (context.language === 'en' && loud.has(offset) && !insideQuotes(whole, offset)) ||
          // "FINO AL -70%", "HASTA EL 50%": a Romance article or preposition beside shouted words is
          // shouted with them; only Dutch and German write set phrases in capitals ("LET OP").
          (ROMANCE.has(context.language) && !insideQuotes(whole, offset)) ||
          // "USE CODE IRON50 AT ironworksgym.example": before an address it leads to it.
          LINK_AFTER.test(whole.slice(offset + word.length, offset + word.length + 80)))) ||
      (context.language === 'en' &&
        word.length >= 4 &&
        !/\d/u.test(word) &&
        !WORD_ACRONYM.test(word) &&
        isCommonEnglish(word));
    // "Ohne IHRE Spende": the polite "Ihre" keeps its capital when it is lowered, even where the
    // draft's names were read to hold it.
    if (context.language === 'de' && FORMAL_GERMAN.test(word)) return capitalise(lower);
    if (context.keep.has(word) && !NAMED_DAY.test(word) && !OTHER_NAMED_DAY.test(word) && !common)
      return word;
    // "(reference PTA-TRIP)", "code SUMMER-FUN": a reference to quote is typed as written.
    if (REFERENCE_BEFORE.test(whole.slice(Math.max(0, offset - 24), offset))) return word;
    if (SUBJECT_BEFORE.test(whole.slice(Math.max(0, offset - 30), offset))) return word;
    // "FUEL+", "DISNEY+": a name with its plus is a brand's, as written.
    // Not a sender's label ("TELCOM+: Aproveite!"), which is written as a name.
    if (whole[offset + word.length] === '+' && whole[offset + word.length + 1] !== ':') return word;
    // "GRAB 'EM": the rest of a word after its apostrophe is no acronym.
    if (/['’]/u.test(whole[offset - 1] ?? '') && /^(?:EM|N|TIL|CAUSE|TIS|BOUT|ROUND)$/u.test(word))
      return word.toLocaleLowerCase();
    // "FTSE 100", "NASDAQ 100": an index's name before its number, as written.
    if (
      context.language === 'en' &&
      ACRONYM.test(word) &&
      !common &&
      !loud.has(offset) &&
      /^ \d/u.test(whole.slice(offset + word.length))
    )
      return word;
    // "NL91 ABNA 0417 1643 00": the bank's code inside an IBAN is typed as written.
    if (
      /(?<![\p{L}\p{N}])\p{Lu}{2}\d{2} $/u.test(whole.slice(Math.max(0, offset - 6), offset)) &&
      /^ \d{4}/u.test(whole.slice(offset + word.length))
    )
      return word;
    // "CRECI 123456-F": a registry's name before its number.
    // Not a model's number ("GIGABLAST 1000") nor a phone number ("DAVE ON 07700 900 123").
    if (
      !common &&
      word.length >= 3 &&
      /^ (?:\d{5,}(?:-\p{Lu})?|\d{3,}-\p{Lu})(?![\p{L}\p{N}]| \d)/u.test(whole.slice(offset + word.length))
    )
      return word;
    // "Wir sind IHR Partner": the polite "Ihr" and "Sie" keep their capital when they are lowered.
    if (context.language === 'de' && FORMAL_GERMAN.test(word)) return capitalise(lower);
    // "…ao RH EXCLUSIVAMENTE": letters with no vowel are read one by one, an acronym however loud the
    // words around it ("MMM", "PSST" are sounds).
    // "48 HRS only" is a unit after its number, lowered like any shouted word.
    if (
      /^[^AEIOUYÀ-ÖØ-Ý\d]{2,4}$/u.test(word) &&
      !/^(?:M+|H+M+|S+H+|PS+T|GR+|BR+|Z+|TSK)$/u.test(word) &&
      !/\d\s*$/u.test(whole.slice(Math.max(0, offset - 3), offset))
    )
      return word;
    // "OF FLAT 4", "TURN UP – UNIT 4, CASTLE RETAIL PARK": a shouted place with its number is a name.
    if (
      loud.has(offset) &&
      context.language === 'en' &&
      NUMBERED_PLACE.test(lower) &&
      // Not "FLAT 70% OFF": a share is no number of a place.
      /^ \d+\p{L}?(?![\d%]|[.,]\d|\s%)/u.test(whole.slice(offset + word.length))
    )
      return capitalise(lower);
    // "VIA ROMA 22, PADOVA!!!", "12 HIGH ST, LEEDS": the last word of an address after its number is
    // the town, a name.
    if (
      loud.has(offset) &&
      word.length >= 3 &&
      /\d\p{L}?,\s*$/u.test(whole.slice(Math.max(0, offset - 6), offset)) &&
      /^[.!]*\s*(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)\s*)*$/u.test(whole.slice(offset + word.length))
    )
      return capitalise(lower);
    if (loud.has(offset) && !/\d/u.test(word)) return lowered(word, offset, whole, context);
    // "STOP 68800": the word to text a short code is the reader's way out.
    if (ONLY_A_SERVICE_WORD.test(word)) return word;
    if (
      !allCaps &&
      ACRONYM.test(word) &&
      !common &&
      !NAMED_DAY.test(word) &&
      !OTHER_NAMED_DAY.test(word) &&
      !spokenWord(word, context.language)
    )
      return word;
    // "10% off with SOULBOX until Sunday", "La Dirección. CEIP Río Tajo.": a lone word in capitals
    // among small letters, that its language does not know, is a code where it is used or quoted, and
    // an institution's letters where it is as short as one; written as its owner writes it ("Soulbox",
    // "Ceip" are neither). A longer one said anywhere else is shouted ("GUARENTEED", "LISBON").
    if (
      !allCaps &&
      !loud.has(offset) &&
      !common &&
      /\p{Ll}/u.test(whole) &&
      loneUnknownWord(word, context.language) &&
      (word.length <= 5 ||
        CODE_USED_BEFORE.test(whole.slice(Math.max(0, offset - 16), offset)) ||
        CODE_USED_AFTER.test(whole.slice(offset + word.length)))
    )
      return word;
    return lowered(word, offset, whole, context);
  };
  // "PAGETURNER BOOKS", "DRIPS & DRAINS PLUMBING": a trade's word after a name is the name's too.
  let nameEnds = -1;
  const marked = sentence.replace(CAPS_WORD, (word, offset: number, whole: string) => {
    // "AT GEARBOX.EXAMPLE": a shouted address is typed in small letters, every part of it.
    if (inShoutedDomain(whole, offset, word)) {
      nameEnds = -1;
      return word.toLocaleLowerCase();
    }
    // "our members at FORGE Fitness": one shouted word after "at" and before a name is the name's first,
    // where it is a word and would be lowered as one ("by NHS Kent", "with DJ Pablo" are acronyms).
    if (
      !loud.has(offset) &&
      context.language === 'en' &&
      word.length >= 4 &&
      isCommonEnglish(word) &&
      PLACE_BEFORE_NAME.test(whole.slice(Math.max(0, offset - 8), offset)) &&
      /^ \p{Lu}\p{Ll}/u.test(whole.slice(offset + word.length, offset + word.length + 3))
    ) {
      nameEnds = offset + word.length;
      return capitaliseParts(word.toLocaleLowerCase());
    }
    const between = nameEnds >= 0 ? whole.slice(nameEnds, offset) : null;
    const said =
      between !== null && /^(?: | & )$/u.test(between) && TRADE_WORD.test(word)
        ? capitalise(word.toLocaleLowerCase())
        : sayWord(word, offset, whole);
    nameEnds =
      /^\p{Lu}\p{Ll}/u.test(said) && !SMALL_WORDS.has(said.toLocaleLowerCase()) && !/^\p{Lu}+$/u.test(said)
        ? offset + word.length
        : -1;
    return said;
  });
  // A word said as nothing ("THE" before a handle) goes with its space.
  const out = marked.replace(/\uE0EE /gu, '');
  // "win A CAR" → "win a car", "WIN A $300 GLOW-UP" → "Win a $300 glow-up", "SOLO PER I PRIMI 50" →
  // "solo per i primi 50": the lone capital of a
  // shouted run. In English only "A": "I" is always a capital there. After a capitalised word it is
  // that name's letter: "Series A", "Plan A", "Grade A"; so is a king's "I" before a street's number
  // ("C/ Alfonso I 23").
  const lone =
    context.language === 'en'
      ? /(?<=(?:^|[^\p{L}'’])\p{Ll}[\p{Ll}'’]* |^[^\p{L}]*\p{Lu}\p{Ll}+ |(?:^|\s)[£$€]\d[\d.,]* )A (?=\p{Ll}|\p{Lu}\p{Ll}|[£$€]?\d)/gu
      : ROMANCE_A_BEFORE_FIGURE.has(context.language)
        ? /(?<=(?:\p{Ll}|\p{Lu}{2,}|\p{N})[,;]? )(?!(?<=\p{Lu}\p{Ll}+ )I (?=\d))[AEIOUYÀÈÉ] (?=\p{Ll}|\p{Lu}\p{Ll}|\p{N})/gu
        : /(?<=(?:\p{Ll}|\p{Lu}{2,})[,;]? )[AEIOUYÀÈÉ] (?=\p{Ll}|\p{Lu}\p{Ll})/gu;
  // "FRIDAY THE 13TH" → "Friday the 13th": an ordinal's letters are never a name.
  const suffixed = titlesQuoted(sentence, out, context.language).replace(
    /(?<=\d)(ST|ND|RD|TH)(?![\p{L}\p{N}])/gu,
    (suffix: string) => suffix.toLowerCase(),
  );
  // "BEFORE 8.40AM", "£16/HR MIN 3 HRS" in a sentence shouted from end to end: the capitals said
  // nothing about the time or the unit, written as anyone writes them ("8.40am", "£16/hr").
  const units =
    allCaps && context.language === 'en'
      ? suffixed.replace(SHOUTED_UNIT, (unit: string) => unit.toLowerCase())
      : suffixed;
  // "2 BIRRE A 18 EURO": a currency's name after its figure, in any language.
  const ordinals = allCaps ? units.replace(SHOUTED_CURRENCY, (unit: string) => unit.toLowerCase()) : units;
  // "valida FINO A SABATO": a lone capital between two shouted words was shouted with them; so is
  // one after an acronym kept in capitals ("HIIT E yoga"), one before a shouted word ("gratis A
  // TESTA") and one after a price ("GIVE £3 A WEEK").
  const quiet =
    loud.size > 0 ||
    context.language === 'en' ||
    /\p{Lu}{2,} [AEIOUYÀÈÉ] \p{Lu}{2,}|(?:^|\s)[AEIOUYÀÈÉ] \p{Lu}{3,}(?![\p{L}\p{N}])/u.test(sentence)
      ? ordinals.replace(lone, (letter: string) => letter.toLocaleLowerCase())
      : ordinals;
  // "PROFESOR/A NATIVO/A", "TENANT(S)": the ending that names both forms, or the plural, is lowered
  // with the word it ends.
  const endings = quiet.replace(
    /(?<=\p{Ll}{2})(\/|\()(AS?|OS?|ES?|S|INNEN|IN)(?=\)|(?![\p{L}\p{N}]))/gu,
    (_all, mark: string, ending: string) => mark + ending.toLocaleLowerCase(),
  );
  // "NEW YEAR'S EVE", "BLACK FRIDAY": a holiday's name keeps its capitals when the shouting goes.
  const holidays =
    context.language === 'en'
      ? endings.replace(HOLIDAY, (name: string) =>
          name.replace(
            /(^|\s)(\p{Ll})/gu,
            (_all, space: string, letter: string) => space + letter.toLocaleUpperCase(),
          ),
        )
      : endings;
  // "🍁🍁 GIVEAWAY TIME 🍁🍁 WIN a 1L jug": after a shouted label and its emoji, the shouted word that
  // follows opens the sentence, with its capital ("🍁 Giveaway time 🍁 Win a 1L jug").
  return context.language === 'en' && LABEL_THEN_SHOUT.test(sentence)
    ? holidays.replace(
        AFTER_LABEL_EMOJI,
        (_all, lead: string, letter: string) => lead + letter.toLocaleUpperCase(),
      )
    : holidays;
}

const EMOJI_RUN = String.raw`(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+`;
const LABEL_THEN_SHOUT = new RegExp(
  String.raw`^(?:${EMOJI_RUN}\s*)*\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,3}\s*${EMOJI_RUN}\s*\p{Lu}{2,}\b`,
  'u',
);
const AFTER_LABEL_EMOJI = new RegExp(
  String.raw`^((?:${EMOJI_RUN}\s*)*[^\n]{3,40}?\s*${EMOJI_RUN}\s*)(\p{Ll})`,
  'u',
);

const TRADE_WORD =
  /^(?:BOOKS|BOOKSHOP|PLUMBING|HEATING|BAKERY|BAKEHOUSE|STUDIO|STUDIOS|PARTNERS|COFFEE|CAFE|CAFÉ|GYM|CYCLES|BIKES|BREWING|BREWERY|DENTAL|CLINIC|SALON|BARBERS|KITCHEN|RESTAURANT|HOTEL|INN|FARM|FARMS|GARDENS|THEATRE|CINEMA|RECORDS|FITNESS|YOGA|PILATES|LEGAL|LABS|INTERACTIVE|GAMES|MEDIA|DESIGN|ARCHITECTS|CONSULTING|SOLUTIONS|ROASTERS|DISTILLERY|VINEYARD|WINERY|FLORIST|FLOWERS|PODCAST|FESTIVAL|ACADEMY|SCHOOL|COLLEGE|FOUNDATION|TRUST|SOCIETY|CLUB|MARKET|DELI|BUTCHERS|TATTOO|INK|PHOTOGRAPHY|ELECTRICAL|ROOFING|BUILDERS|MOTORS|AUTOS|CARS|TYRES|TIRES|GARAGE|PHARMACY|OPTICIANS|VETS|VETERINARY|NURSERY|TOURS|TRAVEL|ESTATES|HOMES|COLLECTIVE|COMPANY|GROUP|SISTERS|BROTHERS|BAND|TRIO|QUARTET|CHOIR|ORCHESTRA)$/u;
const SMALL_WORDS = new Set(
  'at the of and in on for to a an is are was our your my with from by it its this that now out new all x'.split(
    ' ',
  ),
);

const PLACE_PREPOSITION = /(?:^|\s)(?:a|en|de|at|in|to|con|bei|à|au|da|em|na|no|op|naar|from|desde)\s+$/iu;

/** A word in lower case without its accents: "BAHÍA" → "bahia". */
export function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

// The last word of a place's or an organisation's name: "… COMMUNITY CENTER", "… LOGISTICS".
const NAME_HEAD = new Set(
  'INC LTD LLC CORP CO GROUP LABS BANK FOUNDATION TRUST COUNCIL UNIVERSITY COLLEGE HOSPITAL CLINIC SOCIETY ASSOCIATION CLUB VENTURES PARTNERS STUDIO STUDIOS LOGISTICS SOLUTIONS SYSTEMS TECHNOLOGIES FOODS AUDIO MEDIA CENTER CENTRE SUMMIT FESTIVAL CONFERENCE EXPO HALL PARK ARENA STADIUM THEATRE THEATER MUSEUM LIBRARY SCHOOL ACADEMY INSTITUTE CHURCH HOTEL CAFE CAFÉ BAKERY BREWERY KITCHEN BISTRO RESTAURANT GYM MOTORS PIZZERIA TRATTORIA PUB TAVERN DINER DELI SALON BARBERSHOP BARBERS BOUTIQUE GARAGE PHARMACY ROASTERS CREAMERY BAKEHOUSE TAPROOM CANTINA PLAYERS CHOIR ORCHESTRA COLLECTIVE ZOO AQUARIUM NURSERY HARDWARE'.split(
    ' ',
  ),
);
const NAME_JOINERS = new Set(['OF', 'THE', 'AND', '&']);
const DETERMINERS = 'my|our|your|his|her|their|its|a|an|every|each|this|that|new';
const COMMON_DETERMINER = new RegExp(`(?:^|[^\\p{L}])(?:${DETERMINERS})\\s+$`, 'iu');
const DETERMINER_WORD = new RegExp(`^(?:${DETERMINERS})$`, 'iu');

/**
 * "we just signed ACME LOGISTICS", "at MAPLE GROVE COMMUNITY CENTER on Saturday", "the FUTURE OF
 * WORK SUMMIT": shouted words that end on the word a place or an organisation is named with are
 * that name, however ordinary each word is. Back from that word while the words are shouted, not
 * sales talk, not a superlative ("BIGGEST") and not a day; "OF", "THE" and "AND" only inside.
 */
function designatedNames(sentence: string, words: readonly { word: string; at: number }[]): number[] {
  const named: number[] = [];
  words.forEach((head, index) => {
    if (!NAME_HEAD.has(head.word) || index === 0) return;
    const run: { word: string; at: number }[] = [head];
    for (let other = index - 1; other >= 0; other--) {
      const word = words[other] as { word: string; at: number };
      const right = run[0] as { word: string; at: number };
      const gap = sentence.slice(word.at + word.word.length, right.at);
      // "GREEN THUMB & SONS NURSERY": an ampersand joins the name's words.
      if (gap !== ' ' && gap !== ' & ' && gap !== ' + ') break;
      if (DETERMINER_WORD.test(word.word)) return;
      const joiner = NAME_JOINERS.has(word.word);
      if (!joiner && (SHOUTY_SHORT.has(word.word) || SMALL_WORDS.has(word.word.toLocaleLowerCase()))) break;
      if (/\d|EST$/u.test(word.word) || NAMED_DAY.test(word.word)) break;
      run.unshift(word);
      // "HOW YOU CONTACT THE COUNCIL": a "THE" that no "OF" or "AND" joins to a word before it opens
      // the name ("BANK OF THE WEST" runs on through it).
      const before = words[other - 1]?.word;
      if (word.word === 'THE' && !(before === 'OF' || before === 'AND' || before === '&')) break;
    }
    while (run.length > 1 && NAME_JOINERS.has((run[0] as { word: string }).word)) run.shift();
    // "MY VIP GROUP", "a new COMMUNITY CENTER": after a possessive or "a", a thing, not a name.
    if (COMMON_DETERMINER.test(sentence.slice(0, (run[0] as { at: number }).at))) return;
    if (run.length >= 2)
      named.push(...run.filter((word) => !NAME_JOINERS.has(word.word)).map((word) => word.at));
  });
  return named;
}

const SMALL_AFTER_NAME =
  /^(?:DAL|DALLE|DALLA|DALLO|DAI|DAGLI|ALLE|ALLA|ALLO|AL|AI|FINO|DESDE|HASTA|DÈS|JUSQU['’]?|ATÉ|EM|IN|SU|PER|CON|PARA|POR|ENTRE|TRA|FRA|AB|BIS|TOT|VANAF|À|A|E|Y|ET|UND|EN|OU|O|OR|AND|OGGI|HOY|HOJE|DEMAIN|DOMANI|MAÑANA|AMANHÃ)$/u;

// Outside English the kind of place comes first and its name after: "alla TRATTORIA IL PONTE".
const KIND_FIRST = new Set(
  'TALLERES TALLER HORNO OBRADOR PIZZERÍA HELADERÍA CERVECERÍA CAFETERÍA FLORISTERÍA FARMACIA TRATTORIA RISTORANTE PIZZERIA OSTERIA LOCANDA ENOTECA CANTINA GELATERIA PASTICCERIA CAFFÈ CAFFE CAFÉ BAR HOTEL HÔTEL HOSTAL PENSIONE AGRITURISMO RESTAURANTE PANADERÍA PASTELERÍA TABERNA BODEGA LIBRERÍA CLÍNICA BOULANGERIE PÂTISSERIE BRASSERIE BISTROT LIBRAIRIE GALERIE GALERIA MUSEO MUSÉE TEATRO THÉÂTRE PADARIA PASTELARIA CONFEITARIA LIVRARIA ATELIER VILLA QUINTA VIA VIALE PIAZZA PIAZZALE CORSO LARGO CALLE PLAZA AVENIDA PASEO RUA PRAÇA TRAVESSA BOULEVARD SAN SANTA SANTO SÃO'.split(
    ' ',
  ),
);
const NAME_ARTICLE = /^(?:IL|LO|LA|LE|L'|EL|LOS|LAS|DE|DEL|DELLA|DI|DA|DO|DOS|DAS|DU|DES|AU|AUX|O|OS)$/u;

/** "Da" of "Pizzeria Da Gennaro", "van" of "Van Dijk", "La" of "La Mairie": a small word inside a name. */
export function isNameParticle(word: string): boolean {
  const upper = word.toLocaleUpperCase();
  return NAME_PARTICLE.test(upper) || NAME_ARTICLE.test(upper);
}

/**
 * "alla TRATTORIA IL PONTE arriva…", "no RESTAURANTE EL FARO": a shouted kind of place, then its
 * articles and one shouted word (and "DI …", "DE …" with one more), is the place's name.
 */
const FREE_WORD =
  /^(?:OFFERTS?|OFFERTES?|GRATUITS?|GRATUITES?|GRATIS|GRATUITOS?|GRATUITAS?|GRÁTIS|OFFERTO|OFFERTA|OFFERTI|OMAGGIO|REGALO|INCLUS|INCLUSE?|INCLUIDOS?|INCLUSO|INCLUSI)$/u;

function kindFirstNames(
  sentence: string,
  words: readonly { word: string; at: number }[],
  loud: ReadonlySet<number>,
): number[] {
  const named: number[] = [];
  const next = (index: number) => {
    const left = words[index] as { word: string; at: number };
    const right = words[index + 1];
    return right && loud.has(right.at) && sentence.slice(left.at + left.word.length, right.at) === ' '
      ? right
      : undefined;
  };
  words.forEach((head, index) => {
    if (!loud.has(head.at) || !KIND_FIRST.has(head.word)) return;
    const run = [head];
    let at = index;
    for (let part = 0; part < 2; part++) {
      const articles: { word: string; at: number }[] = [];
      let word = next(at);
      while (word && NAME_ARTICLE.test(word.word) && articles.length < 2) {
        articles.push(word);
        at += 1;
        word = next(at);
      }
      if (!word || NAME_ARTICLE.test(word.word) || /\d/u.test(word.word)) break;
      // "1 AN DE CAFÉ OFFERT", "PIZZA GRATIS": what is given free is no name of the place.
      if (FREE_WORD.test(word.word)) break;
      if (part === 1 && articles.length === 0) break;
      // "El Faro de Cádiz": the small words joining the name's second part stay small.
      run.push(...(part === 0 ? articles : []), word);
      at += 1;
      // "HORNO SANTA RITA", "HOTEL SÃO JOSÉ": a saint's or a place's first word takes the next;
      // "GELATERIA DOLCE NEVE osserverà": so does any word that ends the shouted run.
      const second = next(at);
      const endsRun = second !== undefined && next(at + 1) === undefined;
      if (
        part === 0 &&
        second &&
        (PLACE_OPENER.test(word.word) || endsRun) &&
        !NAME_ARTICLE.test(second.word) &&
        // "IN PIAZZA DELLA CISTERNA DALLE 12": a word that says when or where from is no part of a name.
        !SMALL_AFTER_NAME.test(second.word)
      ) {
        run.push(second);
        at += 1;
      }
    }
    if (run.length >= 2) named.push(...run.map((word) => word.at));
  });
  return named;
}

// Where a sentence names who or where: "a deal with …", "signed …", "at … on Saturday".
const NAME_SLOT =
  /(?:^|[^\p{L}])(?:with|by|at|from|signed|welcome|welcoming|meet|joins?|joined|joining|presents?|presenting)\s+$/iu;
// What may follow a name in its slot: the sentence's end, a mark, or a small word.
const AFTER_NAME =
  /^(?:\s*$|\s*[,.!?;:)—–(]|\s*\p{Extended_Pictographic}|\s+(?:on|in|at|for|and|to|this|next|from|with|is|are|was|has|have)\b)/u;
// Words that praise or measure: "with GREAT FOOD", "at FULL PRICE" are things, not names.
const DESCRIBING =
  /(?:FUL|OUS|IVE|ABLE|IBLE|EST|LY|ING|ED|ER)$|^(?:GOOD|GREAT|NICE|AWESOME|BEST|BETTER|HUGE|BIG|SMALL|LITTLE|REAL|TRUE|FRESH|HOT|COLD|NEW|OLD|HAPPY|SPECIAL|EXCLUSIVE|EXTRA|FULL|TOTAL|PERFECT|PREMIUM|FREE|EPIC|MAJOR|TOP|LOW|HIGH|FAST|ALL|EVERY|SOME|NO|ONE|TWO|THREE|BAD|LIVE|OPEN)$/u;

/**
 * "a $1.4M deal with MERIDIAN HEALTH.", "at SKYLINE LOUNGE, 40th floor": two to four shouted words
 * in the slot a sentence names someone or somewhere in, standing alone up to a mark or a small word,
 * none of them a word that describes, are a name.
 */
// "by MIDNIGHT TONIGHT": when, not who.
const TIME_OF_DAY =
  /^(?:MIDNIGHT|MIDDAY|NOON|TONIGHT|TODAY|TOMORROW|MORNING|EVENING|AFTERNOON|WEEKEND|NOW|MEDIANOCHE|MINUIT|MEZZANOTTE|MITTERNACHT|MIDDERNACHT)$/u;
const AUXILIARY = /^(?:HAS|HAVE|HAD|IS|ARE|WAS|WERE|WILL|CAN|SHALL|MAY|MUST)$/u;

function slottedNames(sentence: string, words: readonly { word: string; at: number }[]): number[] {
  const named: number[] = [];
  for (let first = 0; first < words.length; first++) {
    const start = words[first] as { word: string; at: number };
    if (!NAME_SLOT.test(sentence.slice(0, start.at))) continue;
    const run = [start];
    for (let next = first + 1; next < words.length && run.length < 4; next++) {
      const left = run[run.length - 1] as { word: string; at: number };
      const right = words[next] as { word: string; at: number };
      // "at BELLE + BLOOM", "with SMITH & SONS": a name's words may be joined by "&" or "+".
      if (!/^ (?:[&+] )?$/u.test(sentence.slice(left.at + left.word.length, right.at))) break;
      run.push(right);
    }
    // The run must stand alone: what follows its last word is the name's end.
    while (run.length >= 2) {
      const last = run[run.length - 1] as { word: string; at: number };
      if (AFTER_NAME.test(sentence.slice(last.at + last.word.length))) break;
      run.pop();
    }
    if (run.length < 2) continue;
    const plain = (word: string) =>
      !TIME_OF_DAY.test(word) &&
      !SHOUTY_SHORT.has(word) &&
      !SMALL_WORDS.has(word.toLocaleLowerCase()) &&
      !DESCRIBING.test(word) &&
      !DETERMINER_WORD.test(word) &&
      !/\d/u.test(word) &&
      !NAMED_DAY.test(word);
    if (run.every((word) => plain(word.word))) named.push(...run.map((word) => word.at));
  }
  return named;
}

/**
 * Offsets of shouted words that are a name: a pair the draft writes as a name elsewhere ("HOLLOW
 * TIDE" beside "#HollowTide"), or, in a shouted run, a word the analysis took for a name and its
 * neighbours in the run that are not small words ("SAN DIEGO", "IRON FORGE"). They get a capital
 * and the rest in lower case.
 */
/** Whether a keyword stands where the reader is asked to type it: quoted, or after the verb that asks. */
function asKeyword(whole: string, offset: number, word: string): boolean {
  if (
    /[«"“‘'`„‚]\s?$/u.test(whole.slice(0, offset)) ||
    /^\s?[»"”’'`“‘]/u.test(whole.slice(offset + word.length))
  )
    return true;
  // "INSTALLER OF THE YEAR" in double quotes or guillemets: every word of it, as quoted.
  if (
    /[«"“„][^«»"“”.!?\n]{0,40}$/u.test(whole.slice(Math.max(0, offset - 40), offset)) &&
    /^[^«»"“”.!?\n]{0,40}[»"”]/u.test(whole.slice(offset + word.length, offset + word.length + 41))
  )
    return true;
  // "Reply BOOK & we'll call", "Escribe QUIERO": inside the sentence's own reply path.
  return findReplyPaths(whole).some(
    (path) => path.kind === 'reply-word' && path.start <= offset && offset < path.end,
  );
}

// Where the name before a year starts: after a small word, a possessive or a verb of the headline.
const YEAR_NAME_STOP =
  /^(?:FOR|AT|THE|OF|TO|IN|ON|A|AN|AND|OR|OUR|YOUR|MY|THIS|ITS|ALL|TIX|TICKETS|FROM|WITH|BY|IS|ARE|NOW|BOOKING|BOOK|OPEN|JOIN|WIN|SEE|GET|NEW|BIGGEST|BEST|GREATEST|LARGEST|DE|DEL|LA|EL|LOS|LAS|EN|AL|DU|LE|LES|DES|DIE|DER|DAS|DEN|DEM|ZUR|ZUM|IM|AM|VAN|HET|OP|DA|DO|NO|NA|DI|IL|PER)$/u;

const HOLIDAY =
  /(?<![\p{L}'’])(?:new year['’]s (?:eve|day)|christmas (?:eve|day)|black friday|cyber monday|small business saturday|boxing day|record store day|world book day|earth day|giving tuesday|international women['’]s day|pancake day|shrove tuesday|good friday|bonfire night|burns night|remembrance (?:day|sunday)|st\.? (?:george|andrew|david)['’]s day|mother['’]s day|father['’]s day|valentine['’]s day|st\.? patrick['’]s day|labou?r day|memorial day|independence day|thanksgiving|halloween|easter (?:sunday|monday))(?![\p{L}])/giu;
const RELEASED_AFTER =
  /(?<=\p{Lu}) (?=(?:IS|ARE|is|are) (?:BACK|OUT|LIVE|HERE|back|out|live|here)(?![\p{L}])|(?:DROPS|RETURNS|drops|returns)(?![\p{L}]))/gu;
const RELEASE_NAME_STOP = new RegExp(
  `${YEAR_NAME_STOP.source.slice(0, -2)}|EVER|AGAIN|FINALLY|OFFICIALLY|TODAY|TONIGHT|ALSO|JUST|NEXT|LAST|FIRST|THAT|THESE|THOSE|IT|WE|YOU|HUGE|BIG|NEWEST|LATEST|FAVOURITE|FAVORITE|ONLY|SEASON|TIME|RESTOCK|DROP|MERCH)$`,
  'u',
);

/** Whether a handle or an address of the post begins with these words run together, and goes on. */
function labelBeginsWith(labels: ReadonlySet<string>, joined: string): boolean {
  for (const label of labels) if (label.length >= joined.length + 2 && label.startsWith(joined)) return true;
  return false;
}

// Not "OF" or "AND": "PAWS OF HOPE RESCUE", "BEAN AND GONE" are names with them inside.
const ENGLISH_SMALL_WORD = /^(?:IN|THE|AT|ON|TO|FOR|OR|A|AN|WITH|FROM|BY|IS|ARE)$/u;

function namesInCapitals(sentence: string, loud: ReadonlySet<number>, context: SentenceContext): Set<number> {
  const named = new Set<number>();
  const words = [...sentence.matchAll(CAPS_WORD)].map((match) => ({
    word: match[0],
    at: match.index ?? 0,
  }));
  words.forEach((current, index) => {
    const next = words[index + 1];
    if (!next || sentence.slice(current.at + current.word.length, next.at) !== ' ') return;
    const pair = `${current.word} ${next.word}`.toLocaleLowerCase();
    if (context.names?.has(pair)) named.add(current.at).add(next.at);
  });
  // "En DATAVIVA estamos…" beside "dataviva.example.es": a shouted word the post's own link or handle
  // is named after is the business's name.
  if (context.links)
    for (const current of words)
      if (!isAcronym(current.word) && context.links.has(folded(current.word))) named.add(current.at);
  const labels = context.labels;
  const labelled = (run: string) =>
    labels !== undefined && run.length >= 6 && (labels.has(run) || labelBeginsWith(labels, run));
  if (labels) {
    // "HÔTEL LE LAC BLEU" beside "@hotellelacbleu", "RISE RIGHT" beside riseright.example: shouted
    // words that run together into the name of the post's own handle or link are that name.
    // "SAGRA DEL PORCINO DI VALMORENA" beside "@sagraporcinovalmorena": a handle may leave out the
    // name's small words, so they are read both with and without them.
    for (let first = 0; first < words.length; first++) {
      let joined = folded((words[first] as { word: string }).word).replace(/[^\p{L}\p{N}]/gu, '');
      let bare = joined;
      for (let last = first + 1; last < Math.min(words.length, first + 6); last++) {
        const left = words[last - 1] as { word: string; at: number };
        const right = words[last] as { word: string; at: number };
        const gap = sentence.slice(left.at + left.word.length, right.at);
        // "PAGE & QUILL" beside pageandquill.example, "BELLE + BLOOM" beside #belleandbloom: read "and".
        // "CAVES SAINT-ROCH" beside caves-saintroch.example.fr: a hyphen joins a name's parts too.
        if (gap !== ' ' && gap !== '-' && gap !== ' & ' && gap !== ' + ') break;
        const and = gap === ' ' || gap === '-' ? '' : 'and';
        const part = folded(right.word).replace(/[^\p{L}\p{N}]/gu, '');
        joined += and + part;
        const particle = NAME_PARTICLE.test(right.word);
        if (!particle) bare += and + part;
        // "HOLLOW OAK OKTOBERFEST" beside hollowoakbrewing.co.uk: the words the address begins with are
        // the business's name, whatever its trade after them.
        if (labelled(joined) || (bare !== joined && !particle && labelled(bare)))
          for (let index = first; index <= last; index++) named.add((words[index] as { at: number }).at);
      }
    }
  }
  // "LLEGÓ EL VERANO A BAHÍA SURF" beside "#veranoconbahia": a shouted word after a preposition that
  // the post's own hashtags name is a place or a business, and the shouted words after it are its name.
  const tags = context.tags;
  if (tags) {
    // What a thing is made of or for ("NOCHE DE PAELLA" beside #paella, "CLASES DE SURF" beside
    // #surf) is a topic tag's word, not a name, as "VERÃO NA ERICEIRA" beside #ericeira is; nor is a
    // word whose preposition the tag holds too ("BACK IN STOCK" beside #backinstock).
    // Split only when a word reaches that question: most sentences have no loud word a tag holds.
    let wholeTags: ReadonlySet<string> | undefined;
    const isWholeTag = (word: string): boolean =>
      (wholeTags ??= new Set(tags.split(' ').map((tag) => tag.replace(/^#/u, '')))).has(word);
    for (const [index, current] of words.entries()) {
      if (!loud.has(current.at) || current.word.length < 4) continue;
      const tagged = folded(current.word);
      if (!tags.includes(tagged)) continue;
      const preposition = PLACE_PREPOSITION.exec(sentence.slice(0, current.at));
      if (!preposition) continue;
      const said = folded(preposition[0].trim());
      if (tags.includes(`${said}${tagged}`)) continue;
      // "ENDS AT MIDNIGHT TONIGHT" beside #midnight: a time of day is the tag's topic, never a place.
      if (TIME_OF_DAY.test(current.word)) continue;
      if (/^(?:de|da|of)$/u.test(said) && isWholeTag(tagged) && isKnownWord(tagged, context.language))
        continue;
      // "10 YEARS IN BUSINESS" beside #smallbusiness: an everyday English word inside a longer tag, with
      // no shouted word after it, is the tag's topic, not a place ("IN BRISTOL" beside #bristol is one).
      // Not where the capitals go on ("TO BEAN & GONE" beside #beanandgone): that run is a name.
      if (
        context.language === 'en' &&
        !isWholeTag(tagged) &&
        isCommonEnglish(current.word) &&
        !/^\s*(?:&\s*)?\p{Lu}{2}/u.test(sentence.slice(current.at + current.word.length))
      )
        continue;
      named.add(current.at);
      for (let other = index + 1; other < words.length; other++) {
        const left = words[other - 1] as { word: string; at: number };
        const right = words[other] as { word: string; at: number };
        if (sentence.slice(left.at + left.word.length, right.at) !== ' ' || !loud.has(right.at)) break;
        // "IN BRISTOL HAS ARRIVED" beside #bristol: the place's name ends where a verb begins, or a
        // small word ("VEHICLE CRIME IN THE WESTFIELD AREA" beside #VehicleCrime).
        if (context.language === 'en' && (AUXILIARY.test(right.word) || ENGLISH_SMALL_WORD.test(right.word)))
          break;
        named.add(right.at);
      }
    }
  }
  // "TIX FOR SUNSET SOUNDS 2025", "MARKETING DIGITAL FEST 2024": shouted words right before a year
  // are the name of what happens that year, back to the small word before them.
  // In English only: elsewhere a name's later words keep small letters ("Campagna vaccinale 2025").
  // "HAZE CRAZE VOL. 7": the same before a volume's or an episode's number, in every language.
  const years = [
    ...(context.language === 'en' ? sentence.matchAll(/(?<=\p{Lu}) (?:19|20)\d\d(?![\p{L}\p{N}])/gu) : []),
    ...sentence.matchAll(/(?<=\p{Lu}) (?=(?:VOL|EP|PART|SEASON|CHAPTER)\.?(?: \d|$)|NO\.? \d)/gu),
  ];
  // The shouted words that end at `end`, back to a small word: named when there are two or more.
  const nameRunBefore = (end: number, stop: RegExp, plain = false, rare = false) => {
    const run: number[] = [];
    const runWords: string[] = [];
    for (let index = words.length - 1; index >= 0 && run.length < 4; index--) {
      const current = words[index] as { word: string; at: number };
      const next = run.length > 0 ? (words[index + 1] as { at: number }).at : end;
      if (current.at + current.word.length > end) continue;
      if (sentence.slice(current.at + current.word.length, next) !== (run.length > 0 ? ' ' : '')) break;
      if (!loud.has(current.at) || stop.test(current.word)) break;
      // "PSL SEASON", "TUNE-UP": an acronym or a hyphened word is no part of a plain name.
      if (plain && (/^\p{Lu}{1,3}$|^[^AEIOUY]+$/u.test(current.word) || current.word.includes('-'))) break;
      run.push(current.at);
      runWords.push(current.word);
    }
    // "STRAWBERRY PICKING IS BACK" is said, not named; "THE PISTACHIO CRUFFIN IS BACK" names a thing.
    if (rare && runWords.every((word) => isCommonEnglish(word))) return;
    if (run.length >= 2) for (const at of run) named.add(at);
  };
  for (const year of years) nameRunBefore(year.index ?? 0, YEAR_NAME_STOP);
  // "HOLLOW TIDE is out on Steam", "FRESH MEAT BOOTCAMP IS BACK": in English, the shouted words a
  // release or a return is said of are the name of what is out or back ("Our NEW MENU is here" and
  // "OUR BIGGEST SALE EVER" are not: a small word or "EVER" ends the run).
  if (context.language === 'en')
    for (const said of sentence.matchAll(RELEASED_AFTER)) {
      // "HOLLOW TIDE is out": capitals in a sentence that does not shout mark a name; where all of it
      // shouts, only a word no dictionary knows does.
      const at = said.index ?? 0;
      nameRunBefore(at, RELEASE_NAME_STOP, true, /^ (?:IS|ARE|DROPS|RETURNS)\b/u.test(sentence.slice(at)));
    }
  // "WITH MARCUS BELL", "SUNBLAZE FESTIVAL": in English, the shouted words right after one the
  // dictionary does not know are the rest of its name, up to a small word or a verb's ending
  // ("BRIGHTWAVE SOLAR NAMED…" → "Brightwave Solar named…", "BEST VET IN DENVER").
  if (context.language === 'en')
    for (const [index, current] of words.entries()) {
      if (!loud.has(current.at) || current.word.length < 4 || isAcronym(current.word)) continue;
      if (NAMED_DAY.test(current.word) || VERB_ENDING.test(current.word)) continue;
      if (!isEnglishName(current.word, current.at, sentence)) continue;
      for (let other = index + 1; other < words.length; other++) {
        const neighbour = words[other] as { word: string; at: number };
        const left = words[other - 1] as { word: string; at: number };
        if (sentence.slice(left.at + left.word.length, neighbour.at) !== ' ' || !loud.has(neighbour.at))
          break;
        if (SMALL_WORDS.has(neighbour.word.toLocaleLowerCase()) || SHOUTY_SHORT.has(neighbour.word)) break;
        if (isAcronym(neighbour.word) || VERB_ENDING.test(neighbour.word) || NAMED_DAY.test(neighbour.word))
          break;
        // "SNAPSCAN AVAILABLE", "ZELLE ACCEPTED": what is said of a name is no part of it.
        if (SAID_OF_A_NAME.test(neighbour.word)) break;
        named.add(neighbour.at);
      }
    }
  // "named SMALL PRACTICE OF THE YEAR": an award's title is a name ("Small Practice of the Year").
  for (const award of sentence.matchAll(AWARD_TITLE)) {
    const start = (award.index ?? 0) + award[0].length - (award[1] as string).length;
    const end = (award.index ?? 0) + award[0].length;
    for (const word of words) if (word.at >= start && word.at < end) named.add(word.at);
  }
  // "CRUMB & CO.", "LUNA & STELLE": shouted words joined by "&" are one name ("PIZZA + BIRRA" is not).
  // "SONRÍE+", "SMALL HOURS+": a word the name's "+" ends on, and the shouted words just before it.
  for (const [index, current] of words.entries()) {
    const after = sentence.slice(current.at + current.word.length);
    const next = words[index + 1];
    if (
      next &&
      sentence.slice(current.at + current.word.length, next.at) === ' & ' &&
      !SHOUTY_SHORT.has(current.word) &&
      !SHOUTY_SHORT.has(next.word)
    )
      named.add(current.at).add(next.at);
    if (!after.startsWith('+') || !loud.has(current.at)) continue;
    named.add(current.at);
    for (let other = index - 1, taken = 0; other >= 0 && taken < 2; other--, taken++) {
      const left = words[other] as { word: string; at: number };
      const right = words[other + 1] as { word: string; at: number };
      if (sentence.slice(left.at + left.word.length, right.at) !== ' ' || !loud.has(left.at)) break;
      if (SMALL_WORDS.has(left.word.toLocaleLowerCase())) break;
      named.add(left.at);
    }
  }
  // "AURA X —", "NOVA S2 is…": a word before a model's letter is a product's name ("A" and "I" are words).
  // A quarter or a half is a date, not a model: "We CRUSHED Q3" is a shout before it.
  for (const current of words) {
    const after = sentence.slice(current.at + current.word.length);
    if (
      /^ (?!Q[1-4]\b|H[12]\b)(?:[B-HJ-Z]|\p{Lu}\d{1,3})(?=\s*(?:$|[—–,.!?:;)]|\s\p{Ll}))/u.test(after) &&
      current.word.length >= 3
    )
      named.add(current.at);
  }
  if (context.language === 'en')
    for (const at of [...designatedNames(sentence, words), ...slottedNames(sentence, words)]) named.add(at);
  else for (const at of kindFirstNames(sentence, words, loud)) named.add(at);
  // "the INKWELL BRUSH MEGA PACK" beside "@inkwellbymaya" and "Brush Mega Pack": a shouted word the
  // post's own handle or address begins with, right before a name, opens that name.
  if (labels)
    for (const [index, current] of words.entries()) {
      const next = words[index + 1];
      if (!next || !loud.has(current.at) || named.has(current.at) || !named.has(next.at)) continue;
      if (sentence.slice(current.at + current.word.length, next.at) !== ' ') continue;
      const joined = folded(current.word).replace(/[^\p{L}\p{N}]/gu, '');
      if (joined.length >= 5 && labelBeginsWith(labels, joined)) named.add(current.at);
    }
  for (const [index, current] of words.entries()) {
    if (!loud.has(current.at) || current.word.length < 4 || !context.keep.has(current.word)) continue;
    // "40% OFF SÓ ATÉ SEXTA": a day is a fact to keep, not a name to spread its capitals to the words around it.
    if (NAMED_DAY.test(current.word) || OTHER_NAMED_DAY.test(current.word)) continue;
    if (SHOUTY_SHORT.has(current.word) || context.lowerWords?.has(current.word.toLocaleLowerCase())) continue;
    if (context.language === 'de' && GERMAN_SMALL.has(current.word.toLocaleLowerCase())) continue;
    named.add(current.at);
    for (const step of [-1, 1]) {
      for (let other = index + step; other >= 0 && other < words.length; other += step) {
        const neighbour = words[other] as { word: string; at: number };
        const between = step < 0 ? [neighbour, words[other + 1]] : [words[other - 1], neighbour];
        const [left, right] = between as [{ word: string; at: number }, { word: string; at: number }];
        if (sentence.slice(left.at + left.word.length, right.at) !== ' ') break;
        const small = neighbour.word.toLocaleLowerCase();
        if (SMALL_WORDS.has(small) || !loud.has(neighbour.at)) break;
        if (context.language === 'de' && GERMAN_SMALL.has(small)) break;
        named.add(neighbour.at);
      }
    }
  }
  return named;
}

// What an emoji sequence leaves when its first emoji was taken out: the joiner and what it joined.
const ORPHAN_JOINED =
  /(?<!\p{Extended_Pictographic}|\uFE0F|[\u{1F3FB}-\u{1F3FF}])\u200D(?:\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*)?/gu;

/** The punctuation and spacing an edit can leave inside one sentence, repaired. */
const DETERMINER_WITHOUT_NOUN =
  /\s+(?:at|for|with|in|on|of) (?:our|the|its|their|your|my)(?=\s*[,;:!?]|\s*\.(?!\w)|\s+(?:but|and|or|so)\b)/gu;

// "Our client, a market-leading company, is hiring" without its praise: "a company" tells the reader
// nothing the sentence has not, and goes with its commas.
const EMPTY_APPOSITIVE =
  /,\s+(?:a|an)\s+(?:company|organi[sz]ation|business|firm|brand|provider|agency|employer|group|start-?up)\s*(?:,\s+|(?=[.!?]$))/gu;
// "over 2,000 of the world's most innovative brands" without its ranking: "of the" no longer picks
// some out of a whole, and the count reads plainly ("over 2,000 brands").
const COUNT_OF_THE =
  /(?<=\d[\d,.]*\+?)\s+of the\s+(?=\p{Ll}+s(?:\s+(?:and|or|but|across|worldwide)\b|[,.!?;]|$))/gu;

// "Our team is committed to delivering service and will endeavour to respond…" once "best-in-class"
// went: the commitment says nothing; what the team will do is the news.
const COMMITTED_AND_WILL =
  /\b(?:is|are|remains?) (?:fully |deeply |passionately |wholly |firmly )?committed to (?:delivering|providing|offering|ensuring) (?:[\p{L}-]+ ){0,3}?(?:service|services|experience|care|support|solutions|quality|excellence) and (will|would|can|aims? to|tries to)\b/gu;

/**
 * What a praise word cut out of an English sentence leaves empty: "Our client, a company, is…", "over 2,000 of
 * the brands", "is committed to delivering service and will…". Only after such a cut: "12 of the students"
 * or "Acme, a company, …" as written are the writer's.
 */
export function withoutPraiseLeftovers(sentence: string): string {
  return sentence
    .replace(EMPTY_APPOSITIVE, (comma: string) => (/,\s+$/u.test(comma) ? ' ' : ''))
    .replace(COUNT_OF_THE, ' ')
    .replace(COMMITTED_AND_WILL, '$1');
}

export function tidySentence(sentence: string, language: Language = 'en'): string {
  // French sets a space before ? ! : ; and that space stays.
  const beforeMark = language === 'fr' ? / +([,.…])/gu : / +([,.!?;…]|:(?![\w+-]+:))/gu;
  return (
    sentence
      // "first come first served 🏃‍♀️" with the runner gone leaves "‍♀": the rest of its sequence goes too.
      .replace(ORPHAN_JOINED, '')
      // "(yes really 🙌)" with its emoji gone: the bracket closes on the word.
      .replace(/(?<=[\p{L}\p{N}.!?%])[ \t]+\)/gu, ')')
      .replace(/[ \t\u00A0]{2,}/gu, ' ')
      // "BOOK BOOK BOOK before we're fully booked", calmed, is "book before…": a word said three times
      // over inside a sentence is said once (not "ha ha ha" or "no no no": words of three letters or
      // more; not a banner of its own, "WIN WIN WIN 🎁", nor "Trots, trots, trots!").
      .replace(/(?<![\p{L}])(\p{L}{3,})(?: \1(?![\p{L}])){2,}(?= \p{L})/giu, '$1')
      // "…is available at our LOWEST PRICE EVER, but…" without its ranking: "at our" has nothing left to
      // say where, and goes too.
      .replace(language === 'en' ? DETERMINER_WITHOUT_NOUN : /$^/u, '')
      .replace(beforeMark, '$1')
      // Not ":rocket: :muscle:": the second colon opens Slack's next emoji.
      .replace(/([,;:])(?:\s*(?:[,;]|:(?![\w+-]+:)))+/gu, '$1')
      .replace(/[,;:—–-]\s*([.!?])$/u, '$1')
      // "…is live and it's GAME-CHANGING." without its hype: "and it's." says nothing; nor does a
      // "so" whose order went ("…until Sunday so RUN don't walk!!!", "…on Thursday, so HURRY!").
      .replace(
        language === 'en'
          ? /(?:,?\s+(?:and|but|so)\s+(?:honestly\s+|really\s+|literally\s+)?|\s+(?:honestly|really|literally)\s+|\s+)(?:it['’]s|that['’]s|they['’]re|this is)\s*([.!])$|(?:(?<=\b(?:today|tonight|tomorrow|midnight|weekend|left|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\s+|,\s*)so\s*([.!])$/iu
          : /$^/u,
        (_all, one: string | undefined, two: string | undefined) => one ?? two ?? '.',
      )
      // "You can grab yours: tidewater.example/summer" once "before they're gone" went: raters read the
      // bare colon as a form's seam; "here" says where the link takes them. Here, sentence by sentence,
      // and not on the written version: "…You can claim yours here:" after another offer is what
      // offeredOnce then says as "Here's the link:".
      .replace(
        language === 'en'
          ? /\b(You can (?:grab|get|claim|snag|pick up|order|buy|book|reserve) (?:yours|it|one|them|a copy|your copy|your spot|your seat|your place|your ticket|your tickets))\s*:\s+(?=https?:\/\/|www\.|[\w-]+\.[a-z]{2,})/giu
          : /$^/u,
        '$1 here: ',
      )
      // "You can book: 01632 960 441" once "to avoid losing your place" went: a number takes its "on".
      .replace(
        language === 'en'
          ? /\b(You can (?:book|order|reserve|enquire|register|apply|rebook))\s*:\s+(?=\+?\(?\d[\d ()-]{6,})/gu
          : /$^/u,
        '$1 on ',
      )
      // "@kingsandcrowns_barbers | link in bio" with the link said on its own: no bar before the stop.
      .replace(/\s+\|\s*([.!?])(?=\s|$)/gu, '$1')
      // "(while supplies last!!)" gone leaves "(!)": nothing of the brackets is left to say.
      .replace(/\(\s*[!.?…]*\s*\)/gu, '')
      // "a revolutionary, first-of-its-kind…" without its hype word: no comma after the article.
      .replace(
        language === 'en' ? /(?<![\p{L}\p{N}'’])(a|an|the|our|your|my|their|its)\s*,\s+(?=\p{L})/gu : /$^/u,
        '$1 ',
      )
      // "an incredible 120-mile range" without "incredible": the article agrees with the next word.
      .replace(language === 'en' ? AN_BEFORE_CONSONANT : /$^/u, '$1')
      .replace(language === 'en' ? A_BEFORE_VOWEL : /$^/u, '$1n')
      .replace(language === 'en' ? A_BEFORE_VOWEL_ACRONYM : /$^/u, '$1n')
      .replace(language === 'en' ? A_BEFORE_VOWEL_NUMBER : /$^/u, '$1n')
      // "Please be advised that, effective immediately, …" without its opening: no "That," left in front.
      .replace(language === 'en' ? /^That,\s+(\p{L})/u : /$^/u, (_all, letter: string) =>
        letter.toLocaleUpperCase(),
      )
      // "You can order doughboys.example.com": an address after the verb takes its "at".
      .replace(language === 'en' ? VERB_BEFORE_ADDRESS : /$^/u, '$1 at ')
      // "–50 % auf alles": a dash before a figure is its minus, and stays.
      .replace(/^(?:[\s,;.!?]|[–—](?!\d)|:(?![\w+-]+:))+|^-+(?!\d)/u, '')
      .replace(/(?<!\.)\.{2}(?!\.)/gu, '.')
      // "🍺🔥 Only 40 cases" without its 🔥 is "🍺 Only 40 cases", never "🍺Only".
      .replace(EMOJI_BEFORE_WORD, '$1 ')
      // "🎉 Giveaway🎉 To celebrate…": the emoji closing a label the post opened with an emoji gets the
      // space the one before it got.
      .replace(WORD_BEFORE_EMOJI, '$1 ')
      .replace(/\s*—\s*([.!?])(?=(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*\s*$)/u, '$1')
      .replace(/\s+—\s*—\s+/gu, ' — ')
      // "🚀 HUGE news from the team" without its hype word: the sentence still opens on a capital
      // after its emoji ("🚀 News from…"), as it does without one. Not an address ("🔭 galloway-skies.example").
      .replace(
        /^((?:\p{Extended_Pictographic}|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}])+\s+)(\p{Ll})(?=\p{Ll}*(?:['’]\p{Ll}+)?(?:[\s,;:!?]|$))/u,
        (_all, lead: string, letter: string) => lead + letter.toLocaleUpperCase(),
      )
      .replace(/\s+$/u, '')
  );
}

// "an 120-mile", "an great": "an" before a consonant or a number said with one ("an 8", "an 11",
// "an 18" stay). "a amazing", "a e-scooter": "a" before a, e, i, o ("a one-off" stays). Acronyms ("an MBA"), "h" and
// "u" words are left as written.
const AN_BEFORE_CONSONANT =
  /(?<=^|[\s("“])([Aa])n(?= (?:1(?!1(?!\d)|8(?!\d))|[2-79]|[bcdfgjklmnpqrstvwxz][a-z]))/gu;
const EMOJI_BEFORE_WORD = /(\p{Extended_Pictographic}\uFE0F?)(?=\p{L}|\p{N}|[#@]\p{L}|[£$€¥₹]\p{N})/gu;
// Not a trade mark's sign ("ULTRA™"), which belongs to the word.
const WORD_BEFORE_EMOJI =
  /^((?:\p{Extended_Pictographic}\uFE0F?)+\s[^\n\p{Extended_Pictographic}]*?[\p{L}\p{N}])(?=(?![™®©])\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*(?:\s|$))/u;
// "a 18,000 sq m hub" once "state-of-the-art" went, "a 8-week course": a number said from a vowel
// sound ("eight…", "eleven", "eighteen") takes "an".
const A_BEFORE_VOWEL_NUMBER = /(?<=^|[\s("“])([Aa])(?= (?:8|(?:11|18)(?:(?!\d)|,\d{3}(?!\d))))/gu;
// "a AI-powered platform", "a IoT-enabled device": an acronym said from a vowel sound takes "an".
const A_BEFORE_VOWEL_ACRONYM = /(?<=^|[\s("“])([Aa])(?= [AEIO]\p{Ll}?\p{Lu}\p{L}*\b)/gu;
// A capital "A" is an article only where a sentence starts; after a word it is a name's letter
// ("Series A in 19 months", "Plan A or B"). "eu" and "ewe" are said with a "y": "a eulogy", "a European".
const A_BEFORE_VOWEL =
  /(?<=^|[\s("“])(a|(?<=(?:^|[.!?…:]\s+|\n\s*|["“(])A))(?= (?!eu|ewe|(?:and|or|of|on|in|is|it|at|as|are|if)\b)[aeio](?:(?!ne\b|nce\b|ne-)[a-z]|-\p{L}))/gu;

const VERB_BEFORE_ADDRESS = new RegExp(
  String.raw`\b(You can (?:order|book|shop|buy|register|sign up|donate|give|apply|subscribe|enrol|enroll|reserve|join))\s+(?=https?:\/\/|www\.|${DOMAIN.source})`,
  'gu',
);

/** An alternation whose words match with their first letter in either case ("Thrilled", "thrilled"). */
function anyCase(words: string): string {
  return words.replace(
    /(^|[|(\s])([a-z])/gu,
    (_all, before: string, letter: string) => `${before}[${letter.toUpperCase()}${letter}]`,
  );
}

const FEELING = anyCase(
  'thrilled|excited|proud|delighted|pleased|honoured|honored|happy|humbled|stoked|glad|overjoyed|grateful',
);
const INTENSIFIER = `SO |${anyCase('so |very |really |super |incredibly |truly |beyond |extremely |immensely ')}`;
// "Thrilled, honoured and humbled", "so proud and excited".
// "Humbled (and honestly a bit shocked!) to share that…": an aside on the feeling goes with it.
const PLEASED = String.raw`(?:${INTENSIFIER})?(?:${FEELING})(?:,? (?:and )?(?:${INTENSIFIER})?(?:${FEELING}))*(?: \([^()]{1,60}\))?`;
const NEWS_VERB =
  // "…pleased to inform stakeholders that Q2…": whom it tells goes with the pleasure, before "that".
  String.raw`(?:finally |officially )?(?:announce|share with you|share|let (?:you|everyone) know|reveal|confirm|tell you|inform(?: you| (?:our )?(?:stakeholders|shareholders|members|customers|clients|residents|parents|partners|supporters|investors|colleagues|staff|employees)(?= that\b))?|report)`;
const ORG = String.raw`(?:The )?\p{Lu}[\p{L}\p{N}&'’.-]*(?:(?: (?:&|and|of|de|the))? \p{Lu}[\p{L}\p{N}&'’.-]*){0,5}`;
const SUBJECT = String.raw`(?:([Ww]e|I)(?:'re|’re|'m|’m| are| am)|(${ORG}(?:, [^,]{3,90},)?) (?:is|are))`;
const PRIDE_THAT = new RegExp(String.raw`^(?:${SUBJECT} )?${PLEASED} to ${NEWS_VERB}(?: that)?[:,]?\s+`, 'u');
// The word that says a name is a company's ("Calder Precision Components", "Hope Street Foundation").
const ORGANISATION_WORD = String.raw`(?:Components|Group|Ltd|Limited|Inc|LLC|plc|Hotel|Energy|Partners|Solutions|Bank|School|College|University|Council|Clinic|Studio|Studios|Labs|Systems|Logistics|Foods|Bakery|Brewery|Co\.?|Company|Agency|Academy|Foundation|Trust|Centre|Center|Restaurant|Gym|Club|Press|Insurance|Capital|Ventures|Health|Motors|Homes|Architects|Engineering|Manufacturing|Holdings|Technologies|Software)`;
// A company named as the subject, by the word that says it is one, then its verb.
const ORGANISATION_SUBJECT = new RegExp(
  String.raw`^(?:The )?\p{Lu}[\p{L}&'’.-]*(?: (?:&|and|of|\p{Lu}[\p{L}&'’.-]*)){0,5} ${ORGANISATION_WORD}\b,? (?:(?:just|has|have|had|is|was|were|will|officially|recently|now|once again|again) )*\p{Ll}+(?:ed|en|wn|t)?\b`,
  'u',
);
// A company's name, ending on that word.
const ORGANISATION_NAME = new RegExp(String.raw`\b${ORGANISATION_WORD}$`, 'u');

// What may follow "…proud to announce (that)" for the rest to stand as the news on its own.
const NEWS_OPENING =
  /^(?:(?:we|I|our|my|it|its|the|a|an|this|after|from|on|as of|starting|today|you|your|they|everyone)\b|[\p{Lu}\p{N}@])/u;
// A mention that opens the line, or a clause of time before the pride ("After 11 years at Deloitte, ").
// Or what the author says before "but" ("I don't usually post about personal wins, but I'm humbled to…").
const LEAD_BEFORE_PRIDE =
  /^(?:[^.!?,]{3,80},\s+but\s+(?=(?:I|[Ww]e)(?:'m|’m|'re|’re| am| are) (?:so |very |truly |really )?(?:humbled|thrilled|excited|proud|delighted|pleased|honoured|honored|happy) to )|(?:@[\w.-]+|<[!@#][^>\s]+>)[,:]?\s+(?=\p{Lu})|(?:After|Following|Después de|Après|Nach|Depois de|Dopo) [^,.!?]{3,60},\s+(?=\p{L}[^.!?]*\b(?:to share|to announce|de anunciar|de compartir)\b))/u;
// "all colleagues that", "to our customers that": whom the news was announced to, before the news.
const TOLD_THAT =
  /^(?:to )?(?:all (?:of )?)?(?:our |all )?(?:colleagues|staff|employees|members|customers|clients|partners|parents|families|residents|students|guests|patients|subscribers|users)(?: and [\p{L}]+)? that,?\s*/u;
// "our firm advised on 27 transactions": a subject and its past tense, then what it did it to.
// The past of the verbs news is told in that do not end in "-ed": "sent 1 billion messages", "won gold".
const IRREGULAR_PAST =
  'sent|won|hit|grew|made|took|got|sold|became|broke|saw|built|brought|led|ran|went|set|beat|drew|spent|found|held|met|gave|wrote|shot|flew|rode|swam|taught';
// "my Year 11 class achieved a 94% pass rate", "our SMS platform TextBlast sent 1 billion messages": ours,
// then a verb in the past with its object.
const OURS_DID_SOMETHING = new RegExp(
  String.raw`^(?:our|my)\s(?:[\p{L}\p{N}'’-]+\s){1,4}(?:\p{Ll}+ed|${IRREGULAR_PAST})\s(?:(?:a|an|the|our|their|its|over|more|record)(?![\p{L}])|\p{N})`,
  'u',
);
const DID_SOMETHING =
  /^(?:our|the|my) [\p{L}-]+ \p{L}+ed (?:on|in|for|to|with|at|by|over|more|\d|the|a|an|our|its|their)\b/u;
// "my appointment as Director of Music", "our election to the board".
const APPOINTMENT = /^(my|our) (appointment|promotion|election) (as|to)\s+/iu;
// "our new Chief Revenue Officer, Lisa Brandvold": a role, then the person's name.
const NEW_PERSON = /^(?:our|my) new (?:[\p{L}&-]+ ){0,4}[\p{L}&-]+,\s+\p{Lu}\p{Ll}+ \p{Lu}/u;
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|won|wins|joins|joined|launched|opened|reached|hit|raised|grew|became|made|got|received|starts|opens|goes)\b/u;
// A verb that makes the rest a clause: "will combine", "has been graded", "are now open", "would".
// "at Harbourline Logistics we're doubling down…": a subject's contracted verb makes a clause too.
const FINITE_OR_WILL = new RegExp(
  String.raw`${FINITE.source}|\b(?:would|can)\b|\b(?:we|I|they)['’](?:re|ve|ll|m|d)\b`,
  'u',
);
const PRIDE_OF = new RegExp(
  String.raw`^(?:${SUBJECT} )?${PLEASED} to ${NEWS_VERB} (?:the|our) (?:successful |official |formal )?(launch|opening|release|appointment|acquisition|signing|arrival|completion|expansion|publication) of\s+`,
  'u',
);
// "It is with great pleasure that we announce that…": the news is what follows.
const WITH_PLEASURE = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+, )?[Ii]t(?:'s|’s| is) with (?:great |much )?(?:pleasure|pride|joy) that (?:we|I) ${NEWS_VERB}(?: that)?[:,]?\s+`,
  'u',
);
const SHOUTED_PRIDE =
  /\b(?:SO|VERY|REALLY|SUPER|TRULY|THRILLED|EXCITED|PROUD|DELIGHTED|HONOU?RED|HUMBLED|PLEASED|HAPPY|OVERJOYED|ECSTATIC)\b(?=[^.!?]{0,40}\bto (?:announce|share|welcome|introduce|present|launch|be|have|let|reveal|confirm|unveil)\b)/gu;
const OFFICIALLY =
  /\b((?:[Ww]e've|[Ww]e have|[Ww]e're|[Ww]e are|I've|I'm|has|have|is|are)) officially (?=\p{Ll})/u;
// "Orion Data Centres today announced the completion of…": a press release's verb, said as the news.
const PRESS_VERB = new RegExp(
  String.raw`^(?:Today,? )?(${ORG})(, [^,]{3,90},)? (?:has )?(?:today |this week |this morning )?(?:officially )?(?:announced|announces|confirmed|confirms|revealed|reveals|unveiled|unveils)(?: today)? `,
  'u',
);
const PRESS_NOUN =
  /^(?:the )?(launch|opening|release|appointment|acquisition|signing|completion|expansion) of (?=\S)/u;
const WELCOME_PRIDE = new RegExp(
  String.raw`^(?:[Ww]e(?:'re|’re| are) )?${PLEASED} to welcome\s+(?=\p{Lu})`,
  'u',
);
const OF_VERBS: Record<string, [string, string]> = {
  // noun → [present progressive, perfect]: what the organisation is doing or has done.
  launch: ['launching', ''],
  opening: ['opening', ''],
  release: ['releasing', ''],
  appointment: ['', 'appointed'],
  completion: ['', 'completed'],
  expansion: ['', 'expanded'],
  acquisition: ['', 'acquired'],
  signing: ['', 'signed'],
  arrival: ['welcoming', ''],
  publication: ['', 'published'],
};
const PAST_TIME =
  /\b(?:yesterday|last (?:night|week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:this|earlier this) (?:morning|afternoon)|in (?:19|20)\d\d|ago)\b/iu;
const PARTICIPLE_OPENING =
  /^(?:(?:just|now|finally|officially|already|recently) )?(?:\p{Ll}+ed|been|done|made|won|built|grown|sold|held|led|met|hit|become|begun|seen|taken|given|brought|bought|run|set|spent|had|got|gotten|found|kept|written|spoken|driven|flown)\b/u;
const PRIDE_TO_BE = new RegExp(String.raw`^(?:${SUBJECT} )?${PLEASED} to (be|have)\b\s*`, 'u');
// "The Halvorsen Gallery is pleased to present 'Threshold'", "We are pleased to launch our new ISA":
// the doing, without the pleasure. verb → [what we are doing, what the organisation does].
const PRIDE_TO_DO = new RegExp(
  String.raw`^${SUBJECT} ${PLEASED} to (present|launch|introduce|host|offer|open|unveil|release|support|partner)\b\s+(?=\S)`,
  'u',
);
const DOING: Record<string, [string, string]> = {
  present: ['presenting', 'presents'],
  launch: ['launching', 'launches'],
  introduce: ['introducing', 'introduces'],
  host: ['hosting', 'hosts'],
  offer: ['offering', 'offers'],
  open: ['opening', 'opens'],
  unveil: ['unveiling', 'unveils'],
  release: ['releasing', 'releases'],
  support: ['supporting', 'supports'],
  partner: ['partnering', 'partners'],
};

/**
 * Says the news instead of the pride in it: "We're thrilled to announce that we won X" → "We won X",
 * "Acme is proud to announce the opening of…" → "Acme is opening…". English only; the rest as is.
 */
export function plainNews(written: string, context: SentenceContext): string {
  // "@channel We are thrilled to share that…", "After 11 years at Deloitte, I'm excited to share
  // that…": what comes before the pride stays, and the news follows it.
  const lead = LEAD_BEFORE_PRIDE.exec(written);
  if (lead) {
    const rest = written.slice(lead[0].length);
    const news = plainNews(rest, context);
    // "After 14 months, Ledgerly 3.0 is live": a name keeps its capital after the lead; "we" does not.
    if (news !== rest)
      return `${lead[0]}${/,\s*$/u.test(lead[0]) && COMMON_OPENING.test(news) ? decapitalise(news) : news}`;
  }
  if (context.language !== 'en') return plainNewsElsewhere(written, context.language);
  // "We've officially moved": the news needs no stamp.
  // "We are THRILLED to announce": the pride shouted is the pride all the same.
  const sentence = written.replace(SHOUTED_PRIDE, (word) => word.toLowerCase()).replace(OFFICIALLY, '$1 ');
  // "Calling all Maple Grove families!": a greeting to the people it calls.
  const calling =
    /^(?:\p{Extended_Pictographic}\uFE0F?\s*)*Calling all ([^!.?:]{3,60})([!.:]*)\s*(.*)$/u.exec(sentence);
  if (calling) {
    const [, who, mark, rest] = calling as unknown as [string, string, string, string];
    return `Hello, ${who}${mark.startsWith(':') ? ':' : '!'}${rest ? ` ${rest}` : ''}`;
  }
  // "Introducing our new app" / "Announcing: …": the thing itself, met rather than announced.
  if (/^(?:Introducing|Announcing)\b:?\s+(?=\S)/u.test(sentence))
    return sentence.replace(/^(?:Introducing|Announcing)\b:?\s+(?:the launch of\s+)?/u, 'Meet ');
  const of = PRIDE_OF.exec(sentence);
  if (of) {
    const who = of[1] ? (of[1] === 'I' ? 'I' : 'We') : (of[2]?.trim() ?? 'We');
    const [progressive, perfect] = OF_VERBS[(of[3] as string).toLowerCase()] ?? ['', ''];
    // "Hope Street Foundation is delighted to announce the launch of our 2025–2030 Strategic
    // Framework": once the foundation is the subject, the framework is "its", not "our".
    const rest = ORGANISATION_NAME.test(who)
      ? sentence.slice(of[0].length).replace(/\bour\b/gu, 'its')
      : sentence.slice(of[0].length);
    const be = who === 'I' ? "I'm" : who === 'We' ? "We're" : `${who} is`;
    const have = who === 'I' ? "I've" : who === 'We' ? "We've" : `${who} has`;
    return progressive ? `${be} ${progressive} ${rest}` : `${have} ${perfect} ${rest}`;
  }
  const press = PRESS_VERB.exec(sentence);
  if (press) {
    const organisation = (press[1] as string).trim();
    const rest = sentence.slice(press[0].length);
    const noun = PRESS_NOUN.exec(rest);
    if (noun) {
      const [progressive, perfect] = OF_VERBS[(noun[1] as string).toLowerCase()] ?? ['', ''];
      const verb = perfect ? `has ${perfect}` : `is ${progressive}`;
      return `${organisation}${press[2] ?? ''} ${verb} ${rest.slice(noun[0].length)}`;
    }
    // "Galaxy Cinemas today confirmed that it will open…" → "Galaxy Cinemas will open…".
    const pronoun =
      /^(?:that )?(?:it|they)(?:'s|’s)?\s+(?=(?:will|has|have|is|are|was|were|had|plans|intends|expects|now)\b)/u.exec(
        rest,
      );
    if (pronoun) return `${organisation}${press[2] ?? ''} ${rest.slice(pronoun[0].length)}`;
    // "The Council announces that the Cedar Road centre will close…": the news, and from whom.
    if (/^that (?:the|its|our|all|from|\p{Lu})\b/u.test(rest) && FINITE.test(rest))
      return `News from ${organisation}: ${rest.slice('that '.length)}`;
  }
  // "We are delighted to welcome Mark Jones to our Board" → "Please welcome Mark Jones to our Board".
  const doing = PRIDE_TO_DO.exec(sentence);
  if (doing) {
    const [progressive, does] = DOING[doing[3] as string] as [string, string];
    const rest = sentence.slice(doing[0].length);
    // "We are pleased to present the March edition of our newsletter" → "Here's the March edition…":
    // a thing handed over, not a performance ("We're presenting the March edition").
    if (doing[1] && doing[3] === 'present' && /^(?:the|our|my|this|a|an)\s/u.test(rest)) {
      const head = rest.split(/\s(?:to|of|for|from|in|on|at|with|that|which)\b|[,.;:!?—–(]/u)[0] ?? '';
      return `${/[^s]s$/u.test(head.trim()) ? 'Here are' : "Here's"} ${rest}`;
    }
    if (doing[1]) return `${doing[1] === 'I' ? "I'm" : "We're"} ${progressive} ${rest}`;
    // "Marlow Ridge Insurance Brokers are pleased to host…" → "…host", "Kestrel County Libraries is
    // proud to unveil…" → "…unveils": the verb agrees as the draft's own "is" or "are" did.
    const organisation = (doing[2] as string).trim();
    const plural = /^\s*are\b/u.test(doing[0].slice((doing[2] as string).length));
    return `${organisation} ${plural ? doing[3] : does} ${rest}`;
  }
  const welcome = WELCOME_PRIDE.exec(sentence);
  if (welcome) return `Please welcome ${sentence.slice(welcome[0].length)}`;
  const pleasure = WITH_PLEASURE.exec(sentence);
  if (pleasure) return capitalise(sentence.slice(pleasure[0].length));
  const that = PRIDE_THAT.exec(sentence);
  if (that) {
    let rest = sentence.slice(that[0].length);
    const organisation = that[2]?.trim();
    // "Acme is pleased to inform that it has been awarded…" → "Acme has been awarded…".
    if (organisation && /^it(?:'s|’s)?\s/u.test(rest))
      rest = `${organisation} ${rest.replace(/^it(?:'s|’s)?\s+/u, /^it['’]s/u.test(rest) ? 'is ' : '')}`;
    rest = rest.replace(/^(\S+(?: \S+){0,6}? (?:has|have)) officially /u, '$1 ');
    // "…proud to share that under my leadership, The Wexley Hotel has achieved…": the credit taken
    // goes with the pride; the hotel's news stands on its own.
    rest = rest.replace(
      /^(?:under|thanks to) my (?:leadership|direction|watch|guidance|stewardship),\s+(?=\p{Lu})/u,
      '',
    );
    // "Proud to share that Calder Precision Components just delivered our strongest quarter in our
    // 42-year history": once the company is the subject, its quarter is "its", not "our".
    if (!organisation && ORGANISATION_SUBJECT.test(rest)) rest = rest.replace(/\bour\b/gu, 'its');
    // "…to share with you some wonderful news from Brightside": the headline, without the pride.
    if (/^(?:some|the|this|our)\b[^.!?]{0,30}\bnews\b/u.test(rest)) return capitalise(rest);
    // A clause with its own verb stands alone; a bare noun phrase ("our rebrand to…") needs a lead.
    if (NEWS_OPENING.test(rest) && (!/^(?:our|my|the|a|an|this)\b/u.test(rest) || FINITE.test(rest)))
      return capitalise(rest);
    // "…pleased to inform you that bookings for Phase 2 are now open": a plural subject with its verb
    // is the news itself.
    if (!organisation && /^\p{Ll}+s\s/u.test(rest) && /\b(?:are|were|have|will)\b/u.test(rest))
      return capitalise(rest);
    // "Stanmore Grammar School is proud to announce record results": the news, and from whom.
    // Not "News from Bramble & Oak Press: the publication of…": a noun with its "of" needs its verb.
    // "…share that our company, TechVista Solutions Pvt. Ltd., is a leading…": a subject named twice,
    // then its verb, is a clause that stands alone.
    // So is "our newsletter, The Growth Memo, just crossed 100,000 subscribers", from someone.
    if (
      /^(?:our|my|the)\b[^,]{0,40},[^,]{2,80},\s+(?:is|are|was|were|has|have)\b/u.test(rest) ||
      (!organisation &&
        (/^(?:our|my|the)\b[^,]{0,40},[^,]{2,80},\s+(?:(?:just|now|recently|finally|officially)\s+)?\p{Ll}+ed\b/u.test(
          rest,
        ) ||
          // "…that my coaching business just crossed $1.2M in revenue": "just" before a verb in the past.
          /^(?:our|my)\s[^,.!?]{0,50}?\s(?:just|finally|officially|recently)\s+\p{Ll}+ed\b/u.test(rest) ||
          // "…my Year 11 class achieved a 94% pass rate": a verb in the past with its object is a clause,
          // not a thing to hand over ("Here's my Year 11 class achieved…").
          // So is "our SMS platform TextBlast sent 1 billion messages", in a verb's irregular past.
          OURS_DID_SOMETHING.test(rest)))
    )
      return capitalise(rest);
    // "the grand opening of Saffron Table" is no thing to hand over ("Here's the grand opening of…").
    // "News from Harrowfield District Council: the successful delivery of…" reads as a fragment too.
    const ofSomething = /^the (?:[\p{L}-]+ ){0,2}[\p{L}-]+ of\b/u;
    if (/^\p{Ll}/u.test(rest) && !ofSomething.test(rest)) {
      // "We are pleased to share the latest enhancements…": what is shared, handed over.
      // Only a thing shared ("our 2024 Impact Report"), not a clause ("our firm advised on 27 deals").
      const head = rest.split(/\s(?:to|of|for|from|in|on|at|with|that|which)\b|[,.;:!?—–(]/u)[0] ?? '';
      if (
        !organisation &&
        /\bshare\b/u.test(that[0]) &&
        // "…share everything coming up in our spring programme": all of it, handed over too.
        /^(?:(?:the|our|some|a|an) (?:[\p{L}\p{N}'’-]+ ){0,4}[\p{L}\p{N}'’-]+|everything(?: [\p{L}'’-]+){0,3})$/u.test(
          head.trim(),
        ) &&
        !/\p{L}ed\b/u.test(head) &&
        !FINITE.test(head)
      ) {
        const shared = rest.replace(/ with (?:you|all of you|everyone)(?=[.!]?$)/u, '');
        return `${/[^s]s$/u.test(head.trim()) ? 'Here are' : "Here's"} ${shared}`;
      }
      // "…announce to all colleagues that, as part of…, Aldermoor will be moving": the clause after
      // those it was announced to is the news.
      const told = organisation ? null : TOLD_THAT.exec(rest);
      if (told && FINITE_OR_WILL.test(rest.slice(told[0].length)))
        return capitalise(rest.slice(told[0].length));
      // "…announce that effective 1 July, X and Y will combine", "…that our firm advised on 27 deals":
      // a clause with its verb stands alone.
      // Not one that opens on "our", "the"… with no comma: that is the thing announced ("our partnership
      // with Paystack to bring…"), handed over below.
      const clause = rest.split(/[.!?]/u)[0] ?? '';
      if (
        !organisation &&
        (DID_SOMETHING.test(rest) ||
          (FINITE_OR_WILL.test(clause) && !/^(?:our|my|the|a|an|this)\s[^,]*$/u.test(clause)))
      )
        return capitalise(rest);
      // "We're thrilled to announce a game-changing partnership!": a bare thing announced says less, and worse.
      // Only news that names something (a name, a figure, our own thing) is introduced.
      if (!organisation && !/[\p{Lu}\p{N}]/u.test(rest) && !/^(?:our|my)\s/u.test(rest)) return sentence;
      // "announce of several enhancements": no thing to introduce; the sentence stays as written.
      if (/^(?:of|to|with|about)\s/u.test(rest)) return sentence;
      // "…proud to share that in 2024 we: ♻️ Cut emissions…": a time, then who did it, is a clause of
      // its own, no thing to hand over ("Here's in 2024 we:").
      if (/^(?:in|this|last|over|since|during|after)\s[^,.;:!?]{0,30}?\b(?:we|I)\b/u.test(rest))
        return capitalise(rest);
      if (organisation) return `News from ${organisation}: ${rest}`;
      // "my appointment as Director of Music at St Bride's" is "I've been appointed Director of Music…".
      const appointed = APPOINTMENT.exec(rest);
      if (appointed) {
        const [, whose, kind, to] = appointed as unknown as [string, string, string, string];
        const done = { appointment: 'appointed', promotion: 'promoted', election: 'elected' }[
          kind.toLowerCase() as 'appointment' | 'promotion' | 'election'
        ];
        const preposition = to.toLowerCase() === 'to' || done === 'promoted' ? `${done} to` : done;
        return `${whose.toLowerCase() === 'my' ? "I've" : "We've"} been ${preposition} ${rest.slice(appointed[0].length)}`;
      }
      // "our new Chief Revenue Officer, Lisa Brandvold": a person, met. "our Autumn/Winter 2025 collection,
      // 'Quiet Weather'": a thing, handed over ("Here's…"). Readers marked "Some news: …" a fragment every
      // time, and "Introducing…" is the announcer's voice the review asks to lose.
      if (NEW_PERSON.test(rest)) return `Meet ${rest}`;
      // "exciting upgrades coming to The Foundry": the thing is "upgrades", not what they are doing.
      const thing = (
        rest.split(/\s(?:to|of|for|from|in|on|at|with|that|which|between)\b|[,.;:!?—–(]/u)[0] ?? ''
      )
        .trim()
        .replace(/\s+(?:\p{Ll}+ing|soon|now|today|this (?:week|month|year))$/u, '');
      // "brand new 24/7 access at IronWorks Gym": a thing with no article, one of a kind, is nothing to
      // hand over ("Here's brand new 24/7 access…"); the announcement stays as written, calmed.
      if (
        /^(?:brand[- ]new|all[- ]new|new|fresh|exclusive|free|unlimited|improved|extended|longer|faster|better)\s/u.test(
          thing,
        ) &&
        !/[^s]s$/u.test(thing)
      )
        return sentence;
      return `${/[^s]s$/u.test(thing) && !/\b(?:news|series|business)$/u.test(thing) ? 'Here are' : "Here's"} ${rest}`;
    }
    return sentence;
  }
  const toBe = PRIDE_TO_BE.exec(sentence);
  if (toBe) {
    const speaker = toBe[1] ?? (context.singular ? 'I' : 'We');
    const organisation = toBe[2]?.trim();
    const rest = sentence.slice(toBe[0].length);
    const be = (toBe[3] as string) === 'be';
    // "We are excited to have such a talented individual join our team": "have" there is no perfect,
    // and "We've such a talented individual join…" would break the sentence.
    if (!be && !PARTICIPLE_OPENING.test(rest)) return sentence;
    if (organisation) return `${organisation} ${be ? 'is' : 'has'} ${rest}`;
    const i = speaker === 'I';
    // "Humbled to have delivered the keynote yesterday": a finished time takes the simple past
    // ("I delivered"), said only where the participle is also the past ("-ed").
    if (!be && PAST_TIME.test(rest)) {
      if (!/^\p{Ll}+ed\b/u.test(rest)) return sentence;
      return `${i ? 'I' : 'We'} ${rest}`;
    }
    return `${i ? (be ? "I'm" : "I've") : be ? "We're" : "We've"} ${rest}`;
  }
  return sentence;
}

// "Siamo orgogliosi di annunciare che…", "É com muito orgulho que anunciamos:": the pride before
// the news, in the languages whose news clause keeps its own word order after "que"/"che".
const PRIDE_PREFIX: Partial<Record<Language, RegExp>> = {
  es: /^¡?(?:Orgullos[oa]s de (?:anunciar|compartir)|(?:Estamos|Nos sentimos) (?:muy |super |súper )?(?:encantad[oa]s|orgullos[oa]s|felices|contentos|emocionad[oa]s) de (?:anunciar|compartir|contaros|contarles|comunicar(?:les)?)|Nos (?:complace|enorgullece|alegra) (?:anunciar|compartir|comunicar(?:les)?)|Es un (?:orgullo|placer) (?:anunciar|compartir))(?: que)?[:,]?\s+/u,
  pt: /^(?:É com (?:muito |grande |enorme )?(?:orgulho|alegria|prazer|satisfação) que (?:anunciamos|partilhamos|compartilhamos|comunicamos)|(?:Temos|Estamos com) (?:o prazer|muito orgulho|orgulho) (?:de|em) (?:anunciar|partilhar|compartilhar)|Estamos (?:muito )?(?:orgulhosos|felizes|contentes) (?:de|em) (?:anunciar|partilhar|compartilhar))(?: que)?[:,]?\s+/u,
  it: /^(?:Siamo (?:molto |davvero |super )?(?:orgogliosi|felici|lieti|entusiasti|fieri) di (?:annunciare|condividere|comunicare|comunicarvi|annunciarvi)|(?:Abbiamo il piacere|Ci fa (?:molto )?piacere) di (?:annunciare|comunicare|annunciarvi|comunicarvi)|È con (?:grande |immenso )?(?:piacere|orgoglio|gioia) che (?:annunciamo|comunichiamo|vi annunciamo))(?: che)?[:,]?\s+/u,
  fr: /^(?:Nous (?:sommes (?:très |vraiment |super )?(?:fiers|fières|heureux|heureuses|ravis|ravies) d['’](?:annoncer|partager|vous annoncer)|avons (?:le plaisir|la joie|l['’]honneur) d['’](?:annoncer|vous annoncer))|C['’]est avec (?:une grande |beaucoup de )?(?:joie|fierté|plaisir) que nous (?:annonçons|vous annonçons))(?: que)?[:,]?\s+/u,
};
// What may follow for the rest to stand alone: a name, or an article before one.
const NEWS_SUBJECT =
  /^(?:\p{Lu}|\p{N}|(?:a|o|as|os|la|el|los|las|il|lo|gli|le|les|l['’])\s*\p{Lu}|(?:hemos|habéis|temos|abbiamo|siamo|nous avons)\s+\p{Ll})/u;

function plainNewsElsewhere(sentence: string, language: Language): string {
  const pride = PRIDE_PREFIX[language]?.exec(sentence);
  if (!pride) return sentence;
  const rest = sentence.slice(pride[0].length);
  return NEWS_SUBJECT.test(rest) ? capitalise(rest) : sentence;
}

// A sentence that opens on an order to buy or sign up, in English: said as something the reader can do.
// "Save 30%", "save up to £200", "save your seat": the saving a sale offers and the place an event
// keeps, not "Save your work before 10pm", which a notice asks of its reader and "You can save…"
// would make a choice.
const ORDER =
  /^(?:please\s+|just\s+)?((?:dm|message|email|e-mail) us(?= (?:now |today )?to (?:order|buy|book|reserve|claim|purchase)\b)|call|ring|phone|text|whatsapp|shop|buy|order|book|grab|get|claim|sign up|register|subscribe|download|reserve|secure|enrol|enroll|request|schedule|upgrade|renew(?: or upgrade)?|activate|start|try|pre-?order|redeem|apply|donate|give|visit|complete|head (?:over )?to|click|tap|discover|explore|learn more|find out more|see|check out|save(?=\s+(?:(?:up to\s+|over\s+|an extra\s+|big\s+)?[£$€\p{N}]|(?:your|a|my|our) (?:seat|spot|place|space|ticket|slot|table)s?\b))|switch|join|contact)\b(?!\.\p{L})\s*/iu;
/**
 * An order's verb in small letters, but for the apps that lend it their names: "WhatsApp 9000 3124" →
 * "You can WhatsApp 9000 3124", "DM us" → "You can DM us".
 */
export function verbAsNamed(verb: string): string {
  return verb
    .toLowerCase()
    .replace(/^whatsapp$/u, 'WhatsApp')
    .replace(/^dm\b/u, 'DM');
}

// A pointing emoji before an order ("👉 Upgrade now: …") or an arrow before its link ("Grab it → notely.app").
const POINTING = /^(?:👉|➡️|🔗|🛒|🎟️?|📲)\s*/u;
const ARROW_TO_LINK = new RegExp(
  String.raw`\s*(?:→|➜|➔|➞|⇒|➡️?|👉|>{2,3}|»)\s*(?=https?:\/\/|www\.|${DOMAIN.source})`,
  'gu',
);

// Nouns that make a compound with an order's verb: "contact lenses", "order history", "shop hours".
const NOUN_AFTER_VERB: Record<string, RegExp> = {
  contact:
    /^(?:lens|lenses|details|form|centre|center|info|information|number|numbers|page|list|person|tracing)\b/iu,
  // "Order #TF-48213 was dispatched", "Order ref: TX-448192": an order's reference, not an order to buy.
  order: /^(?:(?:confirmations?|numbers?|history|status|forms?|books?|deadlines?|ref|reference|no|id)\b|#)/iu,
  shop: /^(?:hours|floor|front|window|windows|assistants?|staff|opening|closes|opens)\b/iu,
  book: /^(?:launch|launches|review|reviews|sale|sales|week|drive|donations?)\b/iu,
  call: /^(?:times?|centre|center|logs?|volumes?|recordings?|lines?|handlers?|backs?)\b/iu,
  // "Phone lines open at 8:00am": the lines are the subject, not a number to ring.
  phone: /^(?:lines?|number|numbers|calls?|appointments?|consultations?|bookings?|hours)\b/iu,
  visit: /^(?:times?|hours|dates?|requests?)\b/iu,
  start: /^(?:times?|dates?)\b/iu,
};

const BUY_ONE_GET_ONE =
  /^(?:please\s+|just\s+)?(?:buy|spend) (?:one|1|two|2|three|3|four|4|five|5|[£$€]\s?\d+)\b[^.!?]{0,40}?,?\s+get\b/iu;

/** What offering an order reads of the sentence's surroundings. */
export type OfferContext = Pick<SentenceContext, 'language' | 'intent' | 'links' | 'polite'>;

/** "Shop the sale at …" → "You can shop the sale at …": the same words, offered instead of ordered. */
/** Whether a sentence opens on an order, or has one after a dash ("…17 October — grab your ticket…"). */
export function givesAnOrder(sentence: string): boolean {
  const said = sentence.replace(POINTING, '');
  return ORDER.test(said) || ORDER_AFTER_DASH.test(said);
}

// "…£320 – book before Sunday and get your first lesson free!!": the deadline and what it brings
// are facts; said as a condition ("if you book before Sunday, you'll get…"), they stop being an order.
// "Plus book before 30 April and receive…", "And remember, upgrade to Ledgerly Pro before 31 March and
// get…": a word that joins it to the offer before, and what is upgraded to, come along.
const DEADLINE_THEN_REWARD =
  /^((?:[^.!?]*?\S\s+[–—-]\s+|[^.!?]*?,\s+|(?:plus|also|and)\s+)?)(book|order|sign up|register|enrol|enroll|buy|join|subscribe|reserve|apply|upgrade|switch)((?:\s+(?:to|up to)\s+[^,.!?–—]{2,40}?)?)(?:\s+(?:now|today))? (before|by) ([^,.!?–—]+?) (?:and|&) (get|save|receive|enjoy|bag) ([^.!?]+?)\s*[.!]*$/iu;

export function offered(written: string, context: OfferContext): string {
  // "Call Reyes Plumbing (512) 555-0177 #Austin #plumber": the hashtags after the order stay after it.
  const tags = /(?:\s+#[\p{L}\p{N}_]+)+$/u.exec(written);
  if (tags && tags.index > 0) {
    const body = written.slice(0, tags.index);
    const said = offered(body, context);
    return said === body ? written : `${said}${tags[0]}`;
  }
  if (context.language !== 'en') return offeredElsewhere(written.replace(POINTING, ''), context.language);
  // Most sentences name no deadline and no reward: the two words are looked for before the pattern.
  const rewarded = / (?:before|by) /iu.test(written) ? DEADLINE_THEN_REWARD.exec(written) : null;
  if (rewarded) {
    const [, lead = '', verb = '', to = '', by = '', when = '', gets = '', what = ''] = rewarded;
    const said = `if you ${verb.toLowerCase()}${to} ${by.toLowerCase()} ${when}, you'll ${gets.toLowerCase()} ${what}.`;
    // "Plus book…" → "Plus, if you book…": the joining word is followed by a comma before the condition.
    const before = /^(?:plus|also|and)\s+$/iu.test(lead)
      ? `${capitalise(lead.trim().toLowerCase())}, `
      : lead;
    return before ? `${before}${said}` : capitalise(said);
  }
  // "Call/text me": two ways to reach the sender, said as two ("call or text me").
  const sentence = written
    .replace(POINTING, '')
    .replace(ARROW_TO_LINK, ': ')
    .replace(
      /^(call|text|email|message|dm|phone|ring)\s*\/\s*(call|text|email|message|dm|whatsapp)\b(?!\s*:)/iu,
      '$1 or $2',
    );
  // "Don't miss our free webinar!" → "Join us for our free webinar.": what it names, as an invitation.
  const miss = /^(?:[Dd]on'?t|[Dd]o not) miss (?:out on )?((?:our|the|this|my)\b.+?)[.!]*$/u.exec(sentence);
  if (miss) return `${context.intent === 'event' ? 'Join us for' : 'Have a look at'} ${miss[1]}.`;
  // "[Upgrade now and save 30%]": an e-mail's button on a line of its own keeps its words, not the hurry.
  const button = /^\[\s*([^\]\n]{2,60}?)\s*\]$/u.exec(sentence);
  if (button) {
    const calmer = (button[1] as string).replace(/\s+(?:now|today|right now)\b(?=\s+\S)/giu, '');
    return calmer === button[1] ? sentence : `[${calmer}]`;
  }
  const words = sentence.replace(/\b(?:now|today)\b/giu, '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // A button or a two-word line ("Get the App.") is left as written; a number to call is not, nor a
  // short order with its deadline ("Order NOW before Friday" → "You can order before Friday").
  if (words < 4 && !/\d|https?:|www\./u.test(sentence) && !DOMAIN.test(sentence) && !BY_A_DAY.test(sentence))
    return sentence;
  // "Request you to not reply to this email": a request written as an order to request; the plain
  // "please" it means.
  const request = /^(?:[Kk]indly )?[Rr]equest you to (?:kindly )?(not )?(?=\p{Ll})/u.exec(sentence);
  if (request) return `Please ${request[1] ? 'do not ' : ''}${sentence.slice(request[0].length)}`;
  const order = ORDER.exec(sentence);
  // "To celebrate, enrol this week…": the order after a lead-in of purpose, offered where it stands;
  // so is one after how long the offer lasts ("Today only, order by 9pm at …": a fact, kept).
  const leadIn = order
    ? null
    : /^(To [\p{L}\s'’-]{3,30}|(?:Today|Tonight|This (?:week|weekend|month)) only),\s+(?=\p{Ll})/u.exec(
        sentence,
      );
  if (leadIn) {
    const rest = sentence.slice(leadIn[0].length);
    const said = offered(capitalise(rest), context);
    return said.startsWith('You can ') ? `${leadIn[1]}, you can ${said.slice('You can '.length)}` : sentence;
  }
  if (!order) return orderAfterDash(sentence, context);
  // "Call: +91 80000 45678", "Visit: skyline.example": a contact line's label, not an order.
  if (
    /^(?:call|ring|phone|text|whatsapp|visit|contact)$/iu.test(order[1] as string) &&
    /^\s*(?:\/\s*\p{L}+\s*)?:/u.test(sentence.slice(order[0].length))
  )
    return sentence;
  // "Buy one pair, get the second free": the name of the offer, not an order to offer.
  if (BUY_ONE_GET_ONE.test(sentence)) return sentence;
  const verb = verbAsNamed(order[1] as string);
  // "Join Titan Gym before 31 Jan", "Join this week": a membership, offered. "Join us for an evening",
  // "Please join me in welcoming Samira", "Join 5,000 teams": an invitation or a boast, said as written.
  if (
    verb === 'join' &&
    !/^\s*(?:this|today|now|online|here|before|by|until|[:\-–—]|(?!The\b|Our\b)\p{Lu}\p{Ll})/u.test(
      sentence.slice(order[0].length),
    )
  )
    return sentence;
  // "Get here early" is about arriving, and "Buy it → play it → tell your friends" a slogan: neither
  // reads as an offer when "You can" is put in front.
  if (
    (verb === 'get' && /^(?:here|ready)\b/iu.test(sentence.slice(order[0].length))) ||
    sentence.includes('→')
  )
    return sentence;
  // "Book club: November's pick…", "Order of service": the verb's spelling is a noun's here.
  if (/^(?:club|clubs|fair|signing|swap|lovers?|of)\b/iu.test(sentence.slice(order[0].length)))
    return sentence;
  // "Contact lenses ordered and not collected…", "Order confirmations go out…", "Call times are…":
  // a noun the verb's spelling begins, the sentence's subject.
  if (NOUN_AFTER_VERB[verb]?.test(sentence.slice(order[0].length))) return sentence;
  // "Can't make it live? Register anyway and we'll send the recording": advice, said as it was.
  if (/^anyway\b/iu.test(sentence.slice(order[0].length))) return sentence;
  // "Contact: media@sabletech.example": who to write to, labelled.
  if (verb === 'contact' && /^\s*:/u.test(sentence.slice(order[0].length))) return sentence;
  // "Start date: September 2025": a label, not an order.
  if (
    /^(?:date|dates|time|times|location|venue|price|cost|salary|details|deadline|address|hours|fee|number|reference)\s*:/iu.test(
      sentence.slice(order[0].length),
    )
  )
    return sentence;
  // "Sign up takes a minute": the verb is the subject here, not an order.
  // "Upgrade details are available in your dashboard": the verb's spelling is a noun's, the subject's.
  if (
    /^(?:takes|is|are|was|only takes|costs|means|gets)\b/u.test(sentence.slice(order[0].length)) ||
    /^\p{Ll}+ (?:is|are|was|were|will be|can be|has been|have been|stay|stays|remain|remains)\b/u.test(
      sentence.slice(order[0].length),
    )
  )
    return sentence;
  // The hurry goes with the order: "Book yours today at …" is "You can book yours at …".
  const rest = sentence
    .slice(order[0].length)
    .replace(
      // "today only" is how long the offer lasts, a fact, not the hurry.
      // "lock in today's rate": a day's price, not a hurry.
      /(?:^|\s+)(?:today|now|right now|right away|asap|immediately|straight away|this instant)\b(?!\s+only\b)(?!['’]s\b)/giu,
      '',
    )
    .trimStart();
  // "Book now 📞 0141 555 0276": the number, said as one ("You can book on 0141 555 0276").
  const restSaid = rest.replace(/^(?:📞|☎️?|📲)\s*(?=[+\d(])/u, 'on ');
  if (restSaid !== rest) return `You can ${verb} ${restSaid}`.replace(/\s+([.!?:])/u, '$1').trim();
  // "SAVE MY SEAT NOW: …" is a button in the reader's own words: it keeps them, without the hurry.
  if (/^my\b/iu.test(rest))
    return `${capitalise(order[0].trim().toLowerCase())} ${rest}`.replace(/\s+([.!?:])/u, '$1');
  // "Give now: harborlightrescue.org/give" is where to give; "Please give before the clock runs out"
  // is an appeal, said as written.
  if (verb === 'give' && !/^(?:[:\-–—]|at\b|here\b|via\b|online\b)/u.test(rest)) return sentence;
  // "Please give today: …/give": a charity's ask keeps its "please"; only the hurry goes.
  if ((verb === 'give' || verb === 'donate') && /^please\b/iu.test(sentence))
    return `Please ${verb}${/^[:\-–—]/u.test(rest) ? '' : ' '}${rest}`.replace(/\s+([.!?:])/u, '$1').trim();
  if (/^(?:learn more|find out more|click|tap|see|discover|explore)$/u.test(verb)) {
    const link = /^(?:here\s*)?[:\-–—]\s*(\S.*)$/u.exec(rest);
    return link ? `More here: ${link[1]}` : sentence;
  }
  // "Call 0800 123 now!" → "You can call 0800 123.": a number, offered. No purpose is made up for it.
  if (/^(?:call|ring|phone|text|whatsapp)$/u.test(verb)) {
    if (!/\d/u.test(rest)) return sentence;
    return `You can ${verb} ${rest.replace(/[.!]+$/u, '')}.`;
  }
  // "Get down to 12 Harbour Rd NOW": the way to the shop, asked as a visit, not "You can get down to".
  if (verb === 'get' && /^(?:down|over|along|yourself down) to\b/u.test(rest)) return `Come ${rest}`;
  if (verb === 'check out' || verb === 'visit' || verb.startsWith('head'))
    return `Have a look at ${rest}`.replace(/ at to /u, ' at ');
  // "Grab it → notely.app/deal": the thing is where the link goes.
  const it = /^(?:grab|get|claim|snag) (?:it|yours|one|them)(?: here)?\s*:\s*(\S.*)$/iu.exec(sentence);
  if (it) return `You can get yours here: ${it[1]}`;
  // "Buy now: https://…" → "You can buy here: https://…".
  if (/^[:\-–—]\s*\S/u.test(rest)) {
    // "Apply NOW — this role won't be open long!" in a post with no link: no "here" to point at;
    // what followed the dash is a sentence of its own (and goes if it only pushes).
    if (/^[-–—]/u.test(rest) && !DOMAIN.test(rest) && !/https?:|<\S/u.test(rest) && !context.links?.size)
      return `You can ${verb}. ${capitalise(rest.replace(/^[-–—]\s*/u, ''))}`;
    // "Book NOW: Contact Gaz on 07700 900 318 or email…": what to do to book, said as the way to book.
    const contact = /^:\s*((?:Contact|Call|Email|E-mail|Text|Ring|Message|Phone|WhatsApp|DM)\s+\S.*)$/u.exec(
      rest,
    );
    if (contact)
      return `To ${verb}, ${(contact[1] as string).replace(/^(?!DM|WhatsApp)\p{Lu}\p{Ll}+/u, (word) => word.toLowerCase())}`;
    const reached = reachedBy(verb, rest, context.language);
    if (reached) return reached;
    // "DONATE NOW 👉 …/give", "Register: …": the address said with its "at", as a person says where
    // ("You can donate at …"); raters read "You can donate here:" as a form's seam and a bare label
    // ("Donations: …") as a form's line.
    const address = /^[:\-–—]\s*((?:https?:\/\/|www\.|[\w-]+\.[a-z]{2,})\S*?)([.!]?)\s*$/u.exec(rest);
    if (address) return `You can ${verb} at ${address[1] as string}${address[2] ? '.' : ''}`;
    return `You can ${verb} here${rest.startsWith(':') ? '' : ' '}${rest}`;
  }
  // "Book 01 496 2271 or glamourlounge.example/book" → "You can book on 01 496 2271 or …": a
  // number takes its "on".
  if (
    context.language === 'en' &&
    PHONE_FIRST.test(rest) &&
    !/^(?:call|text|txt|whatsapp|phone|ring|sms|message)$/iu.test(verb)
  )
    return `You can ${verb} on ${rest}`.trim();
  // "Order piz.example" → "You can order at piz.example": a bare address takes its "at".
  if (ADDRESS_FIRST.test(rest)) return `You can ${verb} at ${rest}`.trim();
  // "Book your private tour: admissions@…" → "To book your private tour, email admissions@…";
  // "Book your free consultation: 0161 555 0192" → "…, call 0161 555 0192". Raters read "You can
  // book your private tour: admissions@…" as a form's seam.
  const reached = reachedBy(verb, rest, context.language);
  if (reached) return reached;
  // "Shop the sale: nibandquire.example/sale" → "You can shop the sale at …".
  return `You can ${verb} ${rest}`
    .replace(/\s+([.!?:])/u, '$1')
    .replace(LINK_AFTER_COLON, ' at ')
    .trim();
}

// "…on 17 October — grab your ticket…": a clause after a dash, opening in lower case.
const ORDER_AFTER_DASH = /^(.*[\p{L}\p{N})])\s+[—–]\s+(\p{Ll}.*)$/u;
const AFTER_A_DASH = /^(.*[\p{L}\p{N})])\s+[—–]\s+(\S.*)$/u;

/**
 * "I'll be speaking at FinTech Week on 17 October — grab your ticket…", "January intake is nearly full
 * — DM 'READY' to claim…": the news before the last dash, of four words or more, and what follows it;
 * null when the sentence has no such dash.
 */
export function newsThenAfterDash(sentence: string): { news: string; after: string } | null {
  const dash = AFTER_A_DASH.exec(sentence);
  if (!dash || ((dash[1] as string).match(/\p{L}+/gu)?.length ?? 0) < 4) return null;
  return { news: dash[1] as string, after: dash[2] as string };
}
const WAY_IN = new RegExp(
  String.raw`https?:|www\.|\d|${DOMAIN.source}|\b(?:via|at|here|through|link)\b`,
  'iu',
);

/**
 * "I'll be speaking at FinTech Week on 17 October — grab your ticket via the link in the comments":
 * the order after the dash is offered as a sentence of its own ("…on 17 October. You can grab your
 * ticket via…"). Unchanged when what follows the dash is no order the offer can say.
 */
function orderAfterDash(sentence: string, context: OfferContext): string {
  const dash = newsThenAfterDash(sentence);
  if (!dash || !/^\p{Ll}/u.test(dash.after)) return sentence;
  const order = capitalise(dash.after);
  // Only an order with its way in ("…via the link in the comments", "…at kidscode.example"); the
  // bio's own wording ("— book now! Link in bio") is the calmer voice's to say.
  if (!ORDER.test(order) || !WAY_IN.test(order) || /\bbio\b/iu.test(order)) return sentence;
  const said = offered(order, context);
  // "…for Sunday — book NOW" → "You can book." says nothing the post did not: a bare order stays
  // for the calmer voice; an order with its object or its way in ("grab your ticket via…") is offered.
  if (said === order || (said.match(/\p{L}+/gu)?.length ?? 0) < 5) return sentence;
  return `${dash.news}. ${said}`;
}

// "before Friday", "by tomorrow", "until midnight": the day an order is open until.
const BY_A_DAY =
  /\b(?:before|by|until|till) (?:(?:this|next) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|midnight|noon|the weekend|the end of (?:the )?(?:day|week|month))\b/iu;

const PHONE_FIRST = /^\+?\(?\d[\d ()-]{6,}\d(?![\d%])/u;
const ADDRESS_FIRST = new RegExp(String.raw`^(?:https?:\/\/|www\.|${DOMAIN.source})`, 'u');

/** "You can shop the sale: site.example" → "You can shop the sale at site.example". */
export const linkAfterColonSaid = (sentence: string): string => sentence.replace(LINK_AFTER_COLON, ' at ');

/**
 * "To book your private tour, email admissions@…": the order's purpose, then how to reach the sender,
 * when what follows the order is its object, a colon and an address or a number; else null.
 */
function reachedBy(verb: string, rest: string, language: Language): string | null {
  const reached = language === 'en' ? REACHED_AFTER_COLON.exec(rest) : null;
  if (!reached) return null;
  const [, what, address] = reached as unknown as [string, string | undefined, string];
  return `To ${verb}${what ? ` ${what}` : ''}, ${address.includes('@') ? 'email' : 'call'} ${address}.`;
}

// "your private tour: admissions@ravensworth.example.com", ": 0161 555 0192": what is ordered, then
// an address or a number to reach, and nothing after it.
const REACHED_AFTER_COLON =
  /^((?:[\p{L}'’-]+ ){0,4}[\p{L}'’-]+)?\s*:\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()-]{6,}\d)[.!]*$/u;
const LINK_AFTER_COLON = new RegExp(
  String.raw`(?<=^You can (?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+)(?<!\bhere):\s+(?=https?:\/\/|www\.|${DOMAIN.source})`,
  'u',
);
