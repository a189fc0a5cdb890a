import type { Language } from '../types';

/**
 * A sentence whose only work is to shut the door on the reader: their complaints or questions will not be
 * answered, the sender takes no responsibility. A notice keeps its news, dates and rules without it, and
 * reads as written by someone who can be spoken to. That a decision is final stays: it tells a customer
 * whose claim was declined where they stand (raters marked it lost when it went).
 *
 * Read by shape, not by stock wording: who could write in (complaints, questions, requests, in each
 * language's words for them), a negated passive of handling (will not be answered, accepted, considered…),
 * in either order, with at most the matter or the channel between; a sender disclaiming responsibility.
 * A notice's own rules ("Late arrivals will not be admitted", "Bins presented late will not be emptied")
 * are about what the reader does, not what they say, and stay.
 */

// What may stand between who writes in and the verb: the matter they write about or how they write
// ("Questions about this decision", "Telefonische Rückfragen hierzu"), never when or which: "Requests
// received during the maintenance window will not be processed" tells the reader something they need.
const TOPIC: Partial<Record<Language, string>> = {
  // "Calls to the office about the heating": whom they would reach, then the matter.
  en: String.raw`(?: to (?:the|our) (?:office|helpline|team|reception|front desk|desk|surgery|school|council))?(?: (?:about|regarding|on|concerning|relating to|in relation to|with regard to) (?:this|the|that|these|our|any) [^.!?,]{0,30}?| (?:by|over the|via|on this) (?:phone|telephone|e-?mail|post|page))?`,
  it: String.raw`(?: (?:in merito|al riguardo|a riguardo|su questo|sulla questione|sull['’]argomento|telefonici|telefoniche)(?: [^.!?,]{0,25}?)?)?`,
  pt: String.raw`(?: (?:sobre|acerca d|relativ)[\p{L}]* [^.!?,]{0,25}?)?`,
  es: String.raw`(?: (?:sobre|acerca de|relativas? a|respecto a) [^.!?,]{0,25}?| telefónicas)?`,
  fr: String.raw`(?: (?:à ce sujet|concernant [^.!?,]{0,25}?|sur ce sujet|par téléphone|par e-?mail|par courrier))?`,
  de: String.raw`(?: (?:hierzu|dazu|diesbezüglich|zu diesem (?:vorgang|thema|fall|schreiben|beschluss)|zu dieser (?:nachricht|mitteilung|e-?mail|entscheidung)|per (?:telefon|e-?mail)))?`,
  nl: String.raw`(?: (?:hierover|daarover|over (?:dit|deze|het) [\p{L}]+|per (?:telefoon|e-?mail)))?`,
};

// No more replies promised, read by shape rather than by stock wording: a negated future of answering
// ("will not be responding", "werden … nicht mehr reagieren", "zullen niet verder reageren") and a word
// that it is about any writing still to come ("further", "weitere", "verder", "on this matter"), with or
// without its subject, so it is read after "and" too ("We consider this matter closed and will not be
// responding to further emails on this subject."). Not with a figure or a "until": "We won't answer
// calls again until 9 January" tells the reader when they can.
const NO_FURTHER_REPLY: Partial<Record<Language, string>> = {
  en: String.raw`(?=[^.!?]*\b(?:further|no longer|again|any more|anymore|(?:on|about|regarding|concerning) (?:this|the|that) (?:matter|subject|issue|decision|topic))\b)(?![^.!?]*(?:\d|\b(?:until|till|during|before|after)\b))(?:(?:we|I) |the (?:[\p{L}&'’-]+ ){1,5}?)?(?:(?:will|shall) (?:not|no longer)|won['’]t|(?:are|am|will be) (?:unable|not able) to) (?:be )?(?:respond(?:ing)?|repl(?:y|ying)|answer(?:ing)?|correspond(?:ing)?|enter(?:ing)? into|engag(?:e|ing) in|discuss(?:ing)?)\b[^.!?]{0,80}`,
  de: String.raw`(?=[^.!?]*(?:weitere|erneute|nicht mehr|hierzu|diesbezüglich|zu diesem thema))(?![^.!?]*\d)(?:(?:(?:wir|ich) )?(?:werden|wird|können|kann) (?:wir |ich )?[^.!?]{0,60}? nicht (?:mehr )?(?:reagieren|antworten|beantworten|eingehen|führen)|(?:weitere|erneute) [\p{L}-]+(?: (?:hierzu|dazu|diesbezüglich|zu diesem (?:thema|vorgang)))? (?:werden|wird) (?:wir|ich) nicht (?:mehr )?(?:führen|beantworten))`,
  nl: String.raw`(?=[^.!?]*(?:verder|meer|langer|hierover|over dit onderwerp))(?![^.!?]*\d)(?:(?:wij|we|ik) )?(?:zullen|zal|kunnen|kan) (?:wij |we |ik )?(?:niet (?:verder|meer|langer)|verder niet|hier niet (?:verder|meer)|hierover niet (?:verder|meer)) (?:reageren|antwoorden|ingaan|corresponderen)(?:\s[^.!?]{0,60})?`,
  fr: String.raw`(?=[^.!?]*(?:\bplus\b|suite|à ce sujet|sur ce sujet|ultérieur))(?![^.!?]*\d)(?:nous|je) ne (?:répondrons|répondrai|donnerons|donnerai) (?:plus|aucune suite)(?:\s[^.!?]{0,60})?`,
  es: String.raw`(?=[^.!?]*(?:más|nuevas|otras|ulteriores|este asunto|este tema))(?![^.!?]*\d)no (?:responderemos|contestaremos|atenderemos|daremos respuesta)(?:\s[^.!?]{0,60})?`,
  it: String.raw`(?=[^.!?]*(?:ulterior|altr[ei]|nuov[ei]|questione|argomento))(?![^.!?]*\d)non (?:risponderemo|daremo (?:ulteriore )?seguito|forniremo (?:ulteriori )?risposte)(?:\s[^.!?]{0,60})?`,
  pt: String.raw`(?=[^.!?]*(?:mais|novas|outras|quaisquer|este assunto))(?![^.!?]*\d)não (?:responderemos|iremos responder|daremos resposta|vamos responder)(?:\s[^.!?]{0,60})?`,
};

// Each language's "and", which joins a second door to the first, or one to a sentence's news.
const AND: Partial<Record<Language, string>> = {
  en: 'and',
  de: 'und',
  nl: 'en',
  fr: 'et',
  es: 'y',
  it: 'e',
  pt: 'e',
};

/**
 * "…personalised items are non-refundable, and we will not respond to further correspondence": the
 * promise of no more replies riding after the news on "and", per language (the news stays).
 */
export const NO_FURTHER_REPLY_AFTER_AND: Partial<Record<Language, string>> = Object.fromEntries(
  Object.entries(NO_FURTHER_REPLY).map(([language, shape]) => [
    language,
    String.raw`,?\s+${AND[language as Language] ?? 'and'}\s+(?:${shape})(?=\s*[.!]*$)`,
  ]),
);

const DOOR_SHUT: Partial<Record<Language, string>> = {
  en:
    String.raw`(?:(?:I|we)['’](?:m|re) |(?:I am|we are) )?closing this (?:ticket|thread|issue|conversation|case)(?: now)?|(?:we|I) (?:now )?consider (?:this|the) (?:matter|case|complaint|issue) (?:closed|resolved|concluded)|(?:this|the) (?:matter|case) is (?:now )?closed|end of (?:discussion|story)|` +
    String.raw`(?:please note(?: that)?,? )?(?:(?:any|all|further|individual|late|such|these|those|the|refund|telephone|phone|email|e-mail) )*` +
    String.raw`(?:complaints?|quer(?:y|ies)|questions?|enquir(?:y|ies)|inquir(?:y|ies)|requests? for (?:refunds?|exceptions?|extensions?)|appeals?|objections?|correspondence|follow-ups?|chasers?|(?:phone |telephone )?calls|comments|e-?mails)` +
    String.raw`${TOPIC.en} (?:will not|won['’]t|shall not|cannot|can['’]t|can not|will no longer) be ` +
    String.raw`(?:answered|accepted|considered|entertained|taken|responded to|replied to|acknowledged|reviewed|granted|discussed|dealt with)(?: individually)?` +
    String.raw`|(?:no,? )?(?:(?:we|I) |the (?:[\p{L}&'’-]+ ){1,5}?)(?:(?:will|shall) not|won['’]t) be (?:discussing (?:this|it|prices?|them|the matter|the decision|individual (?:cases|circumstances|requests|situations)|the change)(?: [^.!?]{0,30})?|making (?:any )?exceptions|entertaining [^.!?]{1,40}|(?:answering|responding to|replying to|taking) (?:any )?(?:further |individual )?(?:complaints|queries|questions|enquiries|inquiries|calls|correspondence|comments|objections|petitions|appeals|messages|e-?mails)(?:,? [^.!?]{0,60})?|(?:responding|replying) (?:any )?further(?: (?:on|to|about|regarding) (?:this|the|that|your) (?:matter|issue|subject|complaint|request|case))?|entering into (?:any )?(?:further )?(?:discussions?|correspondence|negotiations?|debate)(?: [^.!?]{0,90})?)` +
    String.raw`|(?:(?:we|I) |the (?:[\p{L}&'’-]+ ){1,5}?)(?:will|shall) not (?:respond|reply) to (?:individual |any |further )?(?:queries|questions|complaints|e-?mails|messages|correspondence|enquiries|inquiries|comments|calls)(?: (?:about|regarding|on|concerning|under) [^.!?]{1,50})?` +
    String.raw`|no (?:further|more) (?:notification|notices?|reminders?|correspondence|discussion|communication|contact|warnings?)(?: (?:on|about|regarding|concerning) (?:this|the|that|your) (?:matter|issue|complaint|decision|case|subject))? (?:will|shall) be (?:issued|sent|given|entered into|had|engaged in)(?: on this matter)?` +
    // "Further messages about this order will not receive a response.", "This is not negotiable.", "Do not
    // call the office about this.": the same door, shut on what the reader might write or ask.
    String.raw`|(?:any |all )?(?:further |more )?(?:messages|e-?mails|replies|correspondence|complaints|queries|requests)(?: (?:about|regarding|on|concerning) [^.!?]{1,40}?)? (?:will not|won['’]t) (?:receive|get|be given) (?:a |any )?(?:response|reply|answer)` +
    String.raw`|(?:this|that|it|the (?:fee|charge|policy|decision|rule|price|deadline|date)) is (?:not |non-)negotiable` +
    String.raw`|(?:(?:we|I) |the (?:[\p{L}&'’-]+ ){1,5}?)(?:will not|won['’]t|shall not) be entering into (?:any )?(?:individual )?(?:negotiations?|discussions?|correspondence)(?: (?:about|regarding|on|over) [^.!?]{1,40})?` +
    String.raw`|(?:(?:we|I) |the (?:[\p{L}&'’-]+ ){1,5}?)(?:will not|won['’]t|shall not) be able to (?:respond|reply) to (?:any )?(?:further )?(?:correspondence|queries|questions|complaints|e-?mails|messages|enquiries|inquiries)(?: (?:on|about|regarding|concerning) (?:this|the|that|your) [\p{L}]+)?` +
    // "…and any further comments will be removed": the reader's answer deleted before it is written.
    String.raw`|(?:any |all )?(?:further |more |other )?(?:comments|replies|posts|messages)(?: (?:on|about|under) (?:this|the) (?:post|thread|matter|subject))? will be (?:removed|deleted|hidden)` +
    // "Reports made via social media will not be actioned.": the way in the reader used, shut.
    String.raw`|(?:reports?|complaints?|requests?|messages)(?: (?:made|sent|submitted|posted))? (?:via|on|through) (?:social media|facebook|twitter|instagram|this page) (?:will not|won['’]t|cannot|can['’]t) be (?:actioned|processed|answered|accepted|dealt with|responded to|monitored)` +
    String.raw`|(?:there is |there['’]s )?no point (?:in )?(?:replying|responding|writing back|chasing)(?: to this (?:e-?mail|message|letter))?|replying to this (?:e-?mail|message) (?:is pointless|will not help|won['’]t help)` +
    String.raw`|(?:please )?(?:do not|don['’]t) (?:call|phone|ring|e-?mail|contact|message|chase) (?:us|the office|the committee|reception|the (?:[\p{L}]+ )?team|your [\p{L} ]{1,30}?) (?:about (?:this|it)|regarding (?:this|it)|on this matter|again(?: about (?:this|it))?)`,
  it:
    String.raw`(?:consideriamo|riteniamo) (?:la questione|la pratica|il caso|il reclamo) (?:chius[ao]|conclus[ao])|(?:la|questa|la sua|la vostra) pratica è (?:stata )?(?:chiusa|archiviata)|` +
    String.raw`(?:(?:eventuali|ulteriori|i|le|gli|altri|altre) )*(?:reclami|lamentele|domande|contestazioni|rimostranze|segnalazioni)${TOPIC.it} non (?:saranno|verranno|potranno essere) ` +
    String.raw`(?:accettat[ei]|pres[ei] in considerazione|considerat[ei]|evas[ei]|accolt[ei])` +
    String.raw`|non (?:saranno|verranno) (?:accettat[ei]|pres[ei] in considerazione|considerat[ei]|accolt[ei]) (?:ulteriori |eventuali )?(?:reclami|lamentele|contestazioni)`,
  pt:
    String.raw`(?:damos|consideramos) (?:este assunto|esta questão|o caso|a sua reclamação) (?:por |como )?(?:encerrad[oa]|resolvid[oa])|(?:o|este) (?:processo|pedido) (?:encontra-se|está|foi|fica) encerrado|` +
    String.raw`(?:(?:as|os|eventuais|quaisquer|outras|outros|novas|novos) )*(?:reclamações|queixas|perguntas|contestações)${TOPIC.pt} não (?:serão|poderão ser|vão ser) ` +
    String.raw`(?:aceites|aceitas|aceitos|consideradas|considerados|atendidas|atendidos|respondidas|respondidos|analisadas|analisados)` +
    String.raw`|não serão (?:aceites|aceitas|admitidas|consideradas|atendidas) (?:reclama[çc][õo]es|queixas)`,
  es:
    String.raw`(?:damos|consideramos) (?:este asunto|esta cuestión|el caso|su reclamación) (?:por |como )?(?:cerrad[oa]|zanjad[oa])|(?:este|el) expediente (?:queda|ha quedado|está) cerrado|` +
    String.raw`no se (?:atenderán|aceptarán|admitirán|responderán|contestarán|tramitarán) (?:más |nuevas |otras )?(?:reclamaciones|quejas|preguntas|consultas)${TOPIC.es}` +
    String.raw`|(?:(?:las|los|posibles|nuevas|otras) )*(?:reclamaciones|quejas|consultas)${TOPIC.es} no (?:serán|se) (?:atendidas|aceptadas|respondidas|admitidas|atenderán|aceptarán|responderán|admitirán)`,
  fr:
    String.raw`(?:le|ce|votre) dossier est (?:désormais |maintenant )?(?:clos|clôturé)|(?:nous|je) ne (?:répondrons|répondrai) plus (?:à ce sujet|sur ce sujet|à (?:vos|tes) (?:messages|courriels|e-?mails|relances))|(?:nous considérons|je considère) (?:cette|ce) (?:affaire|dossier|question|réclamation) comme (?:close|clos|réglée?|classée?)|` +
    String.raw`(?:(?:les|aucune|toute|toutes|d['’]éventuelles|les éventuelles) )*(?:réclamations?|plaintes?|demandes?|questions?|contestations?)${TOPIC.fr} ne (?:seront|sera) (?:pas |plus )?` +
    String.raw`(?:traitée?s?|acceptée?s?|prises? en compte|examinée?s?|étudiée?s?)(?: par (?:téléphone|e-?mail|courrier))?`,
  de:
    String.raw`wir betrachten (?:(?:diese|die) (?:angelegenheit|sache)|(?:den|diesen) vorgang|ihre beschwerde) (?:hiermit |damit )?als (?:erledigt|abgeschlossen)|(?:der|dieser) (?:vorgang|fall) ist (?:damit |hiermit |nun )?abgeschlossen|` +
    String.raw`(?:(?:weitere|etwaige|telefonische|schriftliche|diesbezügliche) )*(?:beschwerden|anfragen|rückfragen|nachfragen|reklamationen|einsprüche|einwände)${TOPIC.de} (?:werden|können) nicht (?:mehr )?` +
    String.raw`(?:beantwortet|bearbeitet|akzeptiert|angenommen|berücksichtigt)(?: werden)?` +
    // "Wir bitten Sie, von weiteren Anfragen zu diesem Thema abzusehen.": asked not to write again.
    String.raw`|wir bitten (?:sie|dich|euch),? von (?:weiteren|erneuten) (?:anfragen|nachfragen|rückfragen|beschwerden|nachrichten|e-?mails)(?: zu diesem (?:thema|vorgang|anliegen)| hierzu| diesbezüglich)? abzusehen` +
    String.raw`|(?:telefonische )?(?:rückfragen|nachfragen|anfragen|beschwerden)${TOPIC.de} (?:sind )?(?:nicht möglich|zwecklos|unerwünscht|nicht erwünscht)(?:,? (?:da|weil) [^.!?]{1,80})?`,
  nl:
    String.raw`(?:wij|we|ik) beschouw(?:en)? (?:deze|de|dit) (?:kwestie|zaak|klacht|kwestie|dossier) (?:hiermee |daarmee )?als (?:afgehandeld|afgesloten|gesloten)|(?:dit|het|deze) (?:ticket|dossier|zaak) is (?:nu |hiermee )?gesloten|` +
    String.raw`(?:(?:eventuele|verdere|alle) )*(?:klachten|vragen|bezwaren)(?: en (?:klachten|vragen|bezwaren))?${TOPIC.nl}(?: via (?:facebook|instagram|sociale media|social media|e-?mail|de telefoon|telefoon))? (?:worden|zullen) niet (?:meer )?(?:via (?:facebook|instagram|sociale media|social media|e-?mail|de telefoon|telefoon) )?` +
    String.raw`(?:in behandeling (?:genomen|worden genomen)|beantwoord|behandeld|geaccepteerd|aangenomen)(?: worden)?` +
    String.raw`|(?:(?:hier|daar)over|over (?:deze|dit|het) \p{L}+) wordt (?:niet|verder niet) gecorrespondeerd` +
    // "Reageren op deze e-mail heeft geen zin": the reader told not to bother writing back.
    String.raw`|reageren (?:op (?:deze|dit) (?:e-?mail|bericht|mail)|hierop) (?:heeft|is) (?:geen zin|geen nut|zinloos)`,
};

// A sender disclaiming responsibility ("L'amministrazione declina ogni responsabilità"): a door shut too, but one
// the rewriter may first say as regret where the draft apologises for the trouble ("…lamenta las molestias").
const DISCLAIMS: Partial<Record<Language, string>> = {
  it: String.raw`(?:[\p{L}'’]+ ){0,4}declina ogni responsabilità`,
  pt: String.raw`(?:[\p{L}]+ ){0,4}não se responsabiliza(?: por (?:reclamações|queixas|quaisquer) [^.!?]{0,30})?`,
  es: String.raw`(?:[\p{L}]+ ){0,4}no se hace responsable(?: de (?:las )?(?:reclamaciones|quejas|molestias)[^.!?]{0,30})?`,
  fr: String.raw`(?:[\p{L}'’]+ ){0,4}décline toute responsabilité`,
  de: String.raw`(?:[\p{L}]+ ){0,4}übernimmt keine(?:rlei)? (?:haftung|verantwortung)`,
  nl: String.raw`(?:[\p{L}]+ ){0,4}aanvaardt geen (?:enkele )?aansprakelijkheid`,
};

// Each language's shapes, held to the whole sentence.
const whole = (shapes: Partial<Record<Language, string>>) =>
  Object.fromEntries(
    Object.entries(shapes).map(([language, shape]) => [language, new RegExp(`^(?:${shape})$`, 'iu')]),
  ) as Partial<Record<Language, RegExp>>;
// "This is not negotiable and the committee will not be discussing individual circumstances": two doors
// shut in one sentence are one.
const REFUSED = whole(
  Object.fromEntries(
    Object.entries(DOOR_SHUT).map(([language, written]) => {
      const further = NO_FURTHER_REPLY[language as Language];
      const shape = further ? `${written}|${further}` : written;
      return [language, `(?:${shape})(?:,? ${AND[language as Language] ?? 'and'} (?:${shape}))?`];
    }),
  ),
);
const DISCLAIMED = whole(DISCLAIMS);
const said = (sentence: string) => sentence.trim().replace(/[.!]+$/u, '');

/** Whether a whole sentence refuses the reader a hearing ("Complaints will not be answered."). */
export function refusesAHearing(sentence: string, language: Language): boolean {
  return REFUSED[language]?.test(said(sentence)) === true;
}

/** Whether a whole sentence only shuts the door on the reader: a hearing refused, or responsibility disclaimed. */
export function shutsTheDoor(sentence: string, language: Language): boolean {
  return refusesAHearing(sentence, language) || DISCLAIMED[language]?.test(said(sentence)) === true;
}
