/**
 * What a reply to a complaint says in its own defence. A customer who wrote about a cold steak or a
 * lost parcel asked for none of it: that the staff followed policy, that nobody else complained, that
 * the fault was their Wi-Fi, that they should read the terms next time, that the thread is closed.
 * An editor takes such sentences out of a reply and leaves what it tells and offers; the plan drops
 * them whole (their figures too: "We served over 200 guests that evening"), never a word inside.
 *
 * Shapes, not phrases: who did right ("our staff … followed our policies"), others as witnesses
 * ("nobody else complained", "in the vast majority of cases…"), the reader's fault ("more suited to your
 * preferences", "you did not raise any concerns"), a lesson for next time ("before making a
 * purchase in the future"), the door shut ("This thread is now closed."), the review judged
 * ("we find your review very unfair"), and the stock line that answers nothing ("Your satisfaction
 * is our top priority.").
 */

// "our stylist Kayla", "the technician": who did the work, with or without a name.
const OUR_SIDE = String.raw`(?:our|the) (?:staff|team|chef|kitchen|servers?|waiters?|waitstaff|employees?|technicians?|drivers?|agents?|courier|devices?|products?|systems?|stylists?|hairdressers?|barbers?|therapists?|mechanics?|engineers?|installers?|fitters?|photographers?|instructors?|trainers?|designers?|cleaners?|groomers?|nurses?|receptionists?|host|crew)(?: \p{Lu}\p{Ll}+)?`;
const DID_RIGHT = String.raw`(?:followed (?:all )?(?:our |the )?(?:polic(?:y|ies)|procedures?|protocols?|rules|guidelines)(?: (?:correctly|to the letter))?|followed (?:your|the) (?:reference|brief|instructions|request|photo|notes|spec(?:ification)?s?|design)\b[^.!?,;]{0,20}\b(?:exactly|precisely|to the letter)|acted (?:correctly|appropriately|professionally|in line with)|(?:did|does|has done) nothing wrong|undergoe?s? (?:rigorous|strict|extensive|thorough)|(?:has|have) (?:over |more than |almost )?\d+\+? years of experience)`;

// The defence opens its sentence: "…is stated on our website, and our staff followed policy" keeps
// what it states.
const LEAD_IN = String.raw`^(?:(?:however|also|and|but|again|in addition|furthermore|moreover|as always|at [^,.!?]{1,40}),?\s+)?`;

const EN = new RegExp(
  [
    String.raw`${LEAD_IN}${OUR_SIDE}\b[^.!?,;]{0,40}\b${DID_RIGHT}`,
    // …to its end, or to a boast that follows it ("which is why we've been voted…"), not a fact for
    // the customer after it ("…, and our records show your appointment ran 15 minutes late").
    String.raw`${LEAD_IN}we (?:pride ourselves on|stand (?:firmly |fully )?(?:behind|by) (?:our|the) (?:team|staff|chef|decision|drivers?|technicians?))(?:[^,;.!?]|(?<=\d)[,.](?=\d)|,? which is why[^,;]*)*[.!]*$`,
    String.raw`\b(?:nobody|no one|no-one) else (?:has |had )?(?:complained|had (?:a|any) (?:problem|issue|complaint))`,
    String.raw`\bno other (?:guests?|customers?|users?|clients?|diners?) (?:has |have |had )?(?:complained|reported)`,
    String.raw`\b(?:very few|hardly any|only a handful of) (?:reports|complaints)\b`,
    String.raw`\bthe (?:vast )?majority of (?:our )?(?:customers|guests|users|clients|cases)\b[^.!?]{0,60}\b(?:caused by|happy|satisfied|no (?:issues|problems)|without (?:issue|problems?))`,
    String.raw`\byou (?:did not|didn['’]t|failed to|never) (?:raise|mention|tell|inform|report|contact|notify|read|follow|check)\b`,
    // "…and you said you loved it in the chair": the customer's own words, held against them.
    String.raw`\byou (?:said|told (?:us|her|him|them)|confirmed|agreed) (?:that )?(?:you (?:loved|liked|were (?:happy|pleased|satisfied) with)|it was (?:fine|perfect|great))\b`,
    String.raw`\b(?:more )?suited to your (?:preferences|tastes?|needs)\b`,
    // "Please note our Classic Double rooms measure 16m² as stated on our website.": a reminder of what
    // the customer should have read, pointed at.
    String.raw`^(?:please note|note that|(?:we would|we['’]d) like to remind you|may we remind you|as a reminder|just a reminder)\b[^.!?]*\bas (?:clearly )?(?:stated|indicated|described|shown|listed|mentioned|advertised) (?:clearly )?(?:on|in) (?:our|the) (?:website|site|listing|booking (?:page|confirmation)|description|product page)\b`,
    // "40 minutes is not unreasonable for food cooked fresh to order": the complaint judged, not answered.
    String.raw`\b(?:is|was|are|were) (?:not|hardly|by no means|in no way) (?:unreasonable|excessive|unusual|a long (?:wait|time))\b`,
    String.raw`\bnot to your (?:taste|liking)\b`,
    String.raw`\bbefore (?:making|placing) (?:a|any|your next|future) (?:purchases?|orders?|bookings?)\b`,
    String.raw`\b(?:reviewing|reading|re-?reading|checking|familiari[sz]ing yourself with) our (?:polic(?:y|ies)|terms|t&cs?|faqs?|guidelines)\b[^.!?]{0,40}\b(?:in the future|next time|before)`,
    String.raw`\bmake sure (?:that )?you (?:have )?(?:followed|read|completed)\b[^.!?]{0,60}\bbefore (?:posting|contacting|complaining|writing)`,
    // "We'd recommend reading product descriptions in full before ordering in future.", "Please read
    // the terms before purchasing in future.": a lesson for next time, given to the customer.
    String.raw`\b(?:(?:we['’]d|we would|we|I['’]d|I would) (?:recommend|suggest|advise|encourage)|please)\b[^.!?]{0,20}\b(?:read(?:ing)?|check(?:ing)?|review(?:ing)?)\b[^.!?]{0,60}\b(?:in (?:the )?future|next time)\b`,
    String.raw`^(?:this|the) (?:thread|matter|discussion|case|conversation|ticket) (?:is|has been|is now) (?:now )?(?:closed|locked|resolved from our side)`,
    // "This is not negotiable.", "…leaving public reviews about billing is not the appropriate channel":
    // the door shut, and the customer told where they may not speak.
    String.raw`^(?:this|that|it|the (?:fee|charge|policy|decision))(?: is|['’]s) (?:not |non-)negotiable[.!]*$`,
    String.raw`\b(?:is|are) not the (?:appropriate|right|correct|proper) (?:channel|place|forum|platform|way)\b`,
    // "We hope you understand our culture.": a lesson in the guise of a hope.
    String.raw`^we hope you (?:can |will )?understand (?:our|the) (?:culture|customs?|traditions?|polic(?:y|ies)|position|decision|rules|procedures?)\b`,
    String.raw`\bwe (?:find|consider|feel|believe) (?:your|this) (?:review|comment|complaint|feedback|post)\b[^.!?]{0,30}\b(?:unfair|unjust|inaccurate|misleading|untrue|exaggerated|unwarranted)`,
  ].join('|'),
  'iu',
);

// The same shapes in the other covered languages, as their customer services write them.
const OTHERS = new RegExp(
  [
    // fr: "Nous vous invitons à relire nos CGV.", "ne sauraient engager la responsabilité de notre société"
    String.raw`\bnous vous invitons à (?:relire|vérifier soigneusement|consulter|lire attentivement)\b`,
    String.raw`\bne (?:peut|pouvons|peuvent|saurait|sauraient) (?:donc |en aucun cas )?(?:être tenue?s? (?:pour )?responsables?|engager (?:la|notre) responsabilité)`,
    String.raw`\b(?:aucun|nul) autre client ne s['’]est plaint`,
    // "Le ricordiamo che ha prenotato una camera Standard, come indicato chiaramente sul sito.": the
    // same reminder, pointing at what was written, elsewhere.
    String.raw`^(?:le|ti|vi) ricordiamo che\b[^.!?]*\b(?:indicat[oaie]|specificat[oaie]|riportat[oaie])\b`,
    String.raw`^nous vous rappelons que\b[^.!?]*\b(?:indiqué|précisé|mentionné)e?s?\b`,
    String.raw`^(?:le|te) recordamos que\b[^.!?]*\b(?:indica|indicado|especificado)\b`,
    String.raw`^wir (?:möchten sie daran erinnern|erinnern sie daran)\b[^.!?]*\b(?:angegeben|beschrieben)\b`,
    String.raw`^(?:lembramos|recordamos)(?: que)?\b[^.!?]*\b(?:indicado|especificado)\b`,
    String.raw`^(?:wij|we) herinneren u (?:er)?aan\b[^.!?]*\b(?:vermeld|aangegeven)\b`,
    // es: "Le recomendamos revisar nuestras condiciones antes de comprar."
    String.raw`\ble (?:invitamos|recomendamos) (?:a )?(?:revisar|leer|releer|consultar) (?:nuestr[ao]s|las) (?:condiciones|políticas|términos)`,
    String.raw`\bningún otro cliente se ha quejado`,
    // de: "Kein anderer Gast hat sich beschwert."
    String.raw`\bkein(?:e)? andere[rn]? (?:gast|gäste|kunde|kunden) (?:hat|haben) sich beschwert`,
    String.raw`\bwir empfehlen ihnen,? (?:künftig|in zukunft) (?:unsere|die) (?:agb|bedingungen|richtlinien)`,
    // pt: "Recomendamos que leia os nossos termos antes de comprar."
    String.raw`\b(?:recomendamos|sugerimos) que (?:leia|consulte|reveja|releia) (?:os )?(?:nossos|as nossas) (?:termos|condições|políticas)`,
    String.raw`\bnenhum outro cliente (?:se )?(?:queixou|reclamou)`,
    // it: "La invitiamo a rileggere le nostre condizioni."
    String.raw`\bla invitiamo a (?:rileggere|leggere attentamente|consultare)\b`,
    String.raw`\bnessun altro cliente si è lamentato`,
    // nl: "Geen enkele andere gast heeft geklaagd."
    String.raw`\bgeen (?:enkele )?andere (?:klant|gast|klanten|gasten) (?:heeft|hebben) geklaagd`,
    String.raw`\bwij (?:raden u aan|verzoeken u) (?:voortaan |in het vervolg )?(?:onze|de) (?:algemene )?voorwaarden`,
    String.raw`\b(?:wij raden u|we raden je) (?:dan ook )?aan (?:eerst )?de (?:handleiding|voorwaarden|productomschrijving) te lezen`,
    // es: "Le rogamos que no vuelva a abrir nuevas incidencias sobre el mismo asunto."
    String.raw`\ble rogamos que no (?:vuelva a (?:abrir|escribir|contactar)|abra) `,
  ].join('|'),
  'iu',
);

// "Your satisfaction is our top priority.", "Delays are occasionally unavoidable.": a stock line that
// answers nothing the customer wrote about. It goes like a defence: the reply is there to help.
const STOCK_LINE = new RegExp(
  [
    // "At UrbanEats, customer satisfaction is our #1 priority."
    String.raw`^(?:at [\p{Lu}][^,]{1,40},\s*|here at [^,]{1,40},\s*)?(?:your|customer|client|guest|patient) (?:satisfaction|experience|comfort|feedback|wellbeing|well-being) (?:is|remains) (?:always )?(?:our|of the) (?:top |highest |number one |#1 |no\. ?1 |first |utmost |main )?(?:priority|importance)`,
    String.raw`^(?:we|I) (?:truly |really |greatly |always )?value (?:your|all) (?:feedback|comments|input|business|custom)`,
    String.raw`^your (?:feedback|call|opinion|business|custom) is (?:very |extremely |really )?important to us`,
    String.raw`^(?:delays|mistakes|errors|issues|problems|these things|such (?:delays|issues)) (?:are|can be) (?:occasionally |sometimes |at times )?(?:unavoidable|inevitable)`,
    String.raw`^(?:votre|la vostra|la sua|su|a sua|uw|ihre) (?:satisfaction|soddisfazione|satisfacción|satisfação|tevredenheid|zufriedenheit) (?:est|è|es|é|staat|ist|liegt) (?:notre|la nostra|nuestra|a nossa|bij ons|unsere|uns) ?(?:priorité|priorità|prioridad|prioridade|voorop|oberste priorität|am herzen)`,
  ]
    .map((shape) => `(?:${shape})[^.!?]{0,20}[.!]*$`)
    .join('|'),
  'iu',
);

// "We are sorry to hear the room was not to your liking.": an apology is no defence, whatever its words.
const APOLOGY =
  /\b(?:sorry|apologi[sz]e|apologies|regret|désolée?s?|excuses|lamentamos|sentimos|disculp\w*|es tut uns leid|entschuldig\w*|ci dispiace|scus\w*|desculp\w*|het spijt)\b/iu;
// "…, and we have shared your comments with our Operations team": what was done for the customer
// rides in the same sentence, and keeps it.
const DONE_FOR_THEM =
  /\band (?:we|I)(?:['’]ve| have| will|['’]ll| are)? (?:now )?(?:shared|passed|forwarded|asked|spoken|talked|refunded|credited|sent|arranged|booked|added|fixed|reported|raised|escalated|contacted|updated|replaced|issued|sharing|passing|refunding|sending|arranging|fixing|replacing)\b/iu;

/** Whether a sentence of a reply to a customer only defends the sender (see the module's note). */
export function defendsInReply(sentence: string): boolean {
  const text = sentence.trim();
  if (APOLOGY.test(text) || DONE_FOR_THEM.test(text)) return false;
  return EN.test(text) || OTHERS.test(text) || STOCK_LINE.test(text);
}
