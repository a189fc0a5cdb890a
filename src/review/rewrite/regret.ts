/**
 * A word of regret for a reply that says no. A customer who asked for a refund, an exception or a
 * fix and is told they will not get it reads the refusal alone as a door shut: raters marked such
 * replies "still cold, no empathy" even once every scolding line was gone. What an editor adds is one
 * plain sentence that the answer is not the one hoped for, and no promise, fact or offer the draft did
 * not make. A reply that already apologises gets none.
 */
import type { Language } from '../types';

type Covered = Exclude<Language, 'other'>;

// Said no: unable to, will not refund, not eligible, the request declined, the fee stands.
const REFUSES: Record<Covered, RegExp> = {
  en: /\b(?:(?:are|were|am|is) (?:unable|not able) to (?:offer|issue|process|provide|give|refund|accept|approve|honou?r|reimburse|exchange|extend|waive|make an exception|cover|compensate|help further|assist further|agree)|(?:can(?:no|['’])t|cannot|won['’]t|will not|do not|don['’]t) (?:offer|issue|process|provide|give|refund|accept|approve|honou?r|reimburse|exchange|extend|waive|make (?:an )?exceptions?|cover|compensate|help further|assist further|rebook|reschedule|reinstate|reopen|transfer)|(?:won['’]t|will not) be (?:offering|issuing|processing|providing|giving|refunding|accepting|approving|honou?ring|reimbursing|exchanging|extending|waiving|making (?:an )?exceptions?|covering|compensating)|(?:accepts?|bears?|takes?) no (?:liability|responsibility)|not liable|no (?:refund|compensation|exception|credit)s? (?:will|can) be (?:issued|given|offered|made|provided)|not (?:eligible|entitled) (?:for|to)|(?:refunds?|returns?|exchanges?) (?:are|is) not (?:available|possible|accepted)|(?:has|have) (?:(?:therefore|thus|now|unfortunately|sadly|regrettably) )?been (?:declined|denied|rejected|refused)|not upheld|(?:do not|don['’]t|cannot|can['’]t) uphold|(?:fee|charge|decision) stands|non-refundable|(?:is|are) not supported|(?:don['’]t|do not) (?:take|accept|offer) (?:bookings|reservations|returns|exchanges|refunds|quotes))\b/iu,
  es: /(?<![\p{L}])(?:no (?:es|será|sería) posible (?:el|la|realizar|tramitar|atender|ofrecer|aceptar|reembolsar|devolver|conceder)|no podemos (?:ofrecer|aceptar|reembolsar|devolver|atender|tramitar|hacer una excepción|conceder|compensar|ampliar)|no procede|(?:ha|han) sido (?:denegad|rechazad)[oa]s?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:est|sont) (?:refusée?s?|rejetée?s?)|ne (?:pouvons|pourrons) pas (?:donner suite|accepter|rembourser|procéder|accorder|faire droit|échanger|reprendre)|(?:a|ont) été (?:refusée?s?|rejetée?s?)|ne donnera (?:pas|lieu à aucun))(?![\p{L}])/iu,
  de: /(?:\bkönnen wir (?:leider |Ihnen |dir )*(?:nicht|keine)\b|\bnicht (?:regulieren|erstatten|übernehmen|ersetzen)\b|\bbesteht kein (?:Versicherungsschutz|Anspruch)\b|\bnicht möglich\b|\bwurde(?:n)? abgelehnt\b|\blehnen wir\b[^.!?]{0,40}\bab\b|\bist ausgeschlossen\b)/iu,
  pt: /(?<![\p{L}])(?:não (?:podemos|é possível|será possível) (?:o |a )?(?:reembols\p{L}*|devolv\p{L}*|devolução|aceitar|atender|trocar|conceder)|(?:foi|foram) (?:negad|recusad|indeferid)[oa]s?)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:non (?:possiamo|è possibile|sarà possibile) (?:procedere|accettare|rimborsare|accogliere|concedere|effettuare|sostituire)|non (?:può|possono) essere (?:accettat|accolt|rimborsat)[aoie]|(?:è|sono) stat[oaie] (?:respint|rifiutat|negat)[oaie])(?![\p{L}])/iu,
  nl: /(?:\bkunnen (?:wij|we) (?:u |je |helaas )*(?:niet|geen) (?:terugbetal|vergoed|restitu|omruil|accepter|ingaan|honoreren|compensatie|uitzondering)|\b(?:is|zijn) afgewezen\b|\bwijzen (?:wij|we)\b[^.!?]{0,40}\baf\b)/iu,
};

// What the reader asked for, which the refusal answers: a refund, a claim, an order, a ticket.
const ASKED: Record<Covered, RegExp> = {
  en: /\b(?:request|complaint|claim|refund|ticket|order|application|appeal|enquiry|inquiry|booking|reservation|account|invoice|charge|fee|subscription|return|cancellation|deposit|compensation|policy|terms|documentation|docs|feature)s?\b/iu,
  es: /(?<![\p{L}])(?:solicitud|reclamación|reembolso|devolución|pedido|incidencia|compensación|factura|reserva|condiciones)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:demande|réclamation|remboursement|commande|retour|dossier|facture|réservation|conditions)(?![\p{L}])/iu,
  // Not "Versorgungsbedingungen" or "Abrechnung": a notice cites its terms and its billing office
  // without anyone having asked for anything.
  de: /(?:anfrage|antrag|reklamation|beschwerde|erstattung|bestellung|rückgabe|stornierung|(?<![\p{L}])rechnung|buchung|(?<![\p{L}])bedingungen|(?<![\p{L}])schaden|kündigung)/iu,
  pt: /(?<![\p{L}])(?:solicitação|pedido|reclamação|reembolso|devolução|encomenda|fatura|reserva|condições|termos)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:richiesta|reclamo|rimbors[oi]|ordine|reso|fattura|prenotazione|pratica|condizioni)(?![\p{L}])/iu,
  nl: /(?:verzoek|aanvraag|klacht|terugbetaling|bestelling|retour|factuur|boeking|restitutie|voorwaarden)/iu,
};

// Already sorry: the reply says so itself.
const SORRY =
  /(?<![\p{L}])(?:sorry|apologi[sz]e\w*|apologies|we regret|I regret|lamentamos|lamenta|lo sentimos|sentimos (?:mucho|muito)|disculp\w*|désolée?s?|nous regrettons|excusons|excuses|es tut (?:uns|mir) (?:sehr |wirklich )?leid|tut uns leid|entschuldig\w*|bedauern|ci dispiace|mi dispiace|siamo spiacenti|spiacenti|scus\w*|het spijt|onze excuses|desculp\w*|lamento)(?![\p{L}])/iu;

/** Whether a text apologises in its own words ("Sorry for…", "L'Amministrazione si scusa…"). */
export function apologises(text: string): boolean {
  return SORRY.test(text);
}

// Whom the reply speaks to, in the languages that say it two ways.
const FAMILIAR: Partial<Record<Covered, RegExp>> = {
  de: /\b(?:du|dich|dir|dein\w*)\b/u,
  nl: /\b(?:je|jij|jouw)\b/u,
};

interface Wording {
  formal: string;
  familiar?: string;
  single?: string;
  /** To one reader, where the formal words speak to many ("Disculpen" to "Estimado cliente"). */
  toOne?: string;
}

const WORDS: Record<Covered, Wording> = {
  en: {
    formal: "We're sorry we don't have better news for you.",
    single: "I'm sorry I don't have better news for you.",
  },
  es: { formal: 'Lamentamos no poder darle una respuesta mejor.' },
  fr: { formal: 'Nous sommes désolés de ne pas pouvoir vous apporter une meilleure réponse.' },
  de: {
    formal: 'Es tut uns leid, dass wir Ihnen keine bessere Nachricht geben können.',
    familiar: 'Es tut uns leid, dass wir dir keine bessere Nachricht geben können.',
  },
  pt: { formal: 'Lamentamos não poder dar uma resposta melhor.' },
  it: { formal: 'Ci dispiace non poterle dare una risposta migliore.' },
  nl: {
    formal: 'Het spijt ons dat we geen beter nieuws voor u hebben.',
    familiar: 'Het spijt ons dat we geen beter nieuws voor je hebben.',
  },
};

// A letter to one person ("Hello Marcus,", "Dear Customer,", "Prezado(a) cliente,"), not to a group.
const TO_ONE_PERSON =
  /^(?:hi|hello|hey|dear|hola|estimad[oa]|querid[oa]|prezad[oa](?:\([oa]\))?|olá|cher|chère|bonjour|sehr geehrte[rs]?|liebe[rs]?|hallo|gentile|car[oa]|beste|geachte)\b(?![^\n]*\b(?:all|everyone|everybody|team|residents|members|customers|clients|parents|colleagues|neighbou?rs|guests|friends|todos|todas|clientes|vecinos|tous|toutes|clients|membres|alle|kunden|mitglieder|mieter\p{L}*|tutti|clienti|soci|iedereen|klanten|leden|und|and|y|et|e|en)\b)[^\n]{0,40}[,:!]?\s*$/imu;

/** Whether the draft opens as a letter to one person. */
export function writtenToOnePerson(draft: string): boolean {
  const first = draft.trimStart().split('\n', 1)[0] ?? '';
  return TO_ONE_PERSON.test(first);
}

/** Whether the draft tells its reader no: a refund, an exception or a request refused. */
export function refuses(draft: string, language: Language): boolean {
  return language !== 'other' && REFUSES[language].test(draft) && ASKED[language].test(draft);
}

/** Whether a passage says no in so many words ("we can't refund", "has been declined"). */
export function saysNo(text: string, language: Language): boolean {
  return language !== 'other' && REFUSES[language].test(text);
}

/** The regret a reply that refuses closes on, or null when it does not refuse or already apologises. */
export function regretFor(draft: string, language: Language): string | null {
  if (language === 'other' || !refuses(draft, language) || SORRY.test(draft)) return null;
  return saidAsTheDraftSpeaks(draft, language, WORDS[language]);
}

/** Whether an English draft speaks as one person ("I've checked…") and never as "we". */
export function writtenByOnePerson(draft: string): boolean {
  return /\bI(?:['’](?:ve|m|ll|d))?\b/u.test(draft) && !/\b(?:we|we['’]\w+|our|us)\b/iu.test(draft);
}

/** The words in the draft's own register: familiar where it says "du", one person's where it says "I". */
function saidAsTheDraftSpeaks(draft: string, language: Covered, words: Wording): string {
  if (FAMILIAR[language]?.test(draft) && words.familiar) return words.familiar;
  if (words.toOne && writtenToOnePerson(draft)) return words.toOne;
  // A reply written by one person ("I've checked your order…") speaks for that person.
  if (language === 'en' && writtenByOnePerson(draft)) return words.single ?? words.formal;
  return words.formal;
}

// A service taken away for a while: cancelled, suspended, postponed, cut off, closed for works.
// Not a closing that is the business's own rhythm ("closed on Mondays", "closed for Christmas").
const DISRUPTED: Record<Covered, RegExp> = {
  en: /\b(?:cancel+ed(?! (?:with|within|less than|after|at short notice|by (?:you|the (?:client|customer|patient))))|(?<!\b(?:may|might|could|will) be )suspended|postponed|interrupted|disrupted|out of (?:service|order)|(?:closed|shut) (?:until further notice|due to|for (?:urgent |essential |emergency )?(?:repairs|maintenance|(?:resurfacing |building |road )?works|refurbishment|renovations?))|will not be (?:emptied|collected|running|operating)|no (?:water|power|electricity|hot water|heating) (?:supply )?(?:from|between|on|until)|(?:will|may|might) be (?:unavailable|offline)(?= [^.!?]{0,40}\b(?:from|between|on|until|during|for)\b))\b/iu,
  es: /(?<![\p{L}])(?:cancelad[oa]s?|anulad[oa]s?|suspendid[oa]s?|aplazad[oa]s?|interrumpid[oa]s?|corte de (?:agua|luz|suministro)|cerrad[oa]s? por (?:obras|reformas|mantenimiento|averías?))(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:annulée?s?|suspendue?s?|reportée?s?|interrompue?s?|coupure d['’](?:eau|électricité)|fermée?s? pour (?:travaux|maintenance|rénovation))(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:abgesagt|storniert|ausgesetzt|verschoben|unterbrochen|entfällt|entfallen|fällt [^.!?]{0,30}\baus|gesperrt|geschlossen wegen|wegen (?:Bauarbeiten|Renovierung|Wartung) geschlossen)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:cancelad[oa]s?|anulad[oa]s?|desmarcad[oa]s?|suspens[oa]s?|adiad[oa]s?|interrompid[oa]s?|interrupção|fechad[oa]s? para obras)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:annullat[oaie]|sospes[oaie]|rinviat[oaie]|interrott[oaie]|interruzione|chius[oaie] per lavori)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:geannuleerd|afgelast|opgeschort|uitgesteld|onderbroken|gesloten|vervalt|vervallen|gaat niet door|gaan niet door)(?![\p{L}])/iu,
};

/** Whether a passage takes a service away ("…suspended from 1 July", "gesloten van 22 juli"). */
export function takesAServiceAway(text: string, language: Language): boolean {
  return language !== 'other' && DISRUPTED[language].test(text);
}

// A service taken away from one reader for what they did or did not do: unpaid bills, a breach of the
// rules, abuse of staff. "We're sorry for the disruption." after "…suspended due to 3 failed payments"
// reads as said by rote; such a notice takes no word of regret.
const SANCTION =
  /(?<![\p{L}])(?:non-?payment|unpaid|arrears|outstanding (?:balance|payments?|fees?|amount|tuition)|failed payments?|missed payments?|violation|breach(?:es)? of|abusive|misconduct|impago|falta de pago|impayés?|non-paiement|zahlungsrückstand|zahlungsverzug|mancato pagamento|morosità|inadimplência|falta de pagamento|wanbetaling|betalingsachterstand)(?![\p{L}])/iu;

// Already thanks the reader for bearing with it: the notice is kind in its own words.
const BEARS_WITH_IT =
  /(?<![\p{L}])(?:thank(?:s| you) for (?:your )?(?:patience|understanding|bearing with)|bear with us|gracias por (?:su|tu|vuestra) (?:paciencia|comprensión)|merci (?:de|pour) votre (?:patience|compréhension)|(?:danke|vielen dank) für (?:ihr|dein|euer) verständnis|um (?:ihr |dein )?verständnis|obrigad[oa] pela (?:sua |vossa )?(?:paciência|compreensão)|grazie per la (?:vostra |sua )?(?:pazienza|comprensione)|bedankt voor (?:uw|je|jullie) (?:geduld|begrip))(?![\p{L}])/iu;

const DISRUPTION_WORDS: Record<Covered, Wording> = {
  en: { formal: "We're sorry for the disruption.", single: "I'm sorry for the disruption." },
  es: { formal: 'Disculpen las molestias.', toOne: 'Disculpe las molestias.' },
  fr: { formal: 'Nous nous excusons pour la gêne occasionnée.' },
  de: { formal: 'Vielen Dank für Ihr Verständnis.', familiar: 'Danke für dein Verständnis.' },
  pt: { formal: 'Pedimos desculpa pelo incómodo.' },
  it: { formal: 'Ci scusiamo per il disagio.' },
  nl: { formal: 'Excuses voor het ongemak.', familiar: 'Sorry voor het ongemak.' },
};

/**
 * The regret a notice that takes a service away closes on ("…suspended from 1 July until further
 * notice." → "We're sorry for the disruption."), or null when it takes nothing away or already says
 * sorry or thanks the reader for their patience. Raters left such notices unsent however calm the
 * rest was: "still cold, no apology for the cancellation". No reason, date or promise is added.
 */
export function disruptionRegretFor(draft: string, language: Language): string | null {
  if (language === 'other' || !takesAServiceAway(draft, language) || SANCTION.test(draft)) return null;
  if (SORRY.test(draft) || BEARS_WITH_IT.test(draft)) return null;
  return saidAsTheDraftSpeaks(draft, language, DISRUPTION_WORDS[language]);
}

// The reader's own request named, or a "No," that answers one: a refusal said to someone, not a
// policy posted for everyone ("Refunds are not available on sale items").
const THEIR_REQUEST: Record<Covered, RegExp> = {
  en: /^\s*no,|\byour (?:request|complaint|claim|refund|order|application|appeal|enquiry|inquiry|booking|ticket|question|appointment|membership|subscription)\b|\bthis ticket\b/iu,
  es: /(?<![\p{L}])(?:su|tu) (?:solicitud|reclamación|pedido|consulta|reserva)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:votre|ta) (?:demande|réclamation|commande|dossier|réservation)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:ihre?|deine?) (?:anfrage|beschwerde|reklamation|bestellung|antrag|buchung)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:o seu|a sua|o teu|a tua|seu|sua) (?:pedido|reclamação|solicitação|encomenda|reserva)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:la sua|la tua|il suo|il tuo) (?:richiesta|reclamo|ordine|pratica|prenotazione)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:uw|je|jouw) (?:verzoek|aanvraag|klacht|bestelling|boeking)(?![\p{L}])/iu,
};

/** Whether a draft not written as a reply still answers someone's request with a no. */
export function refusesTheirRequest(draft: string, language: Language): boolean {
  return language !== 'other' && THEIR_REQUEST[language].test(draft) && refuses(draft, language);
}

/** Whether a passage refuses the reader's own request by name ("Your booking request … has been declined."). */
export function refusesTheirRequestHere(text: string, language: Language): boolean {
  return language !== 'other' && THEIR_REQUEST[language].test(text) && REFUSES[language].test(text);
}

// News the reader pays for: a price, fee or rent that goes up, a service taken away or withdrawn. No
// thanks closes on it, and no "Great news!" labels it.
const BAD_FOR_THE_READER =
  /\b(?:(?:price|prices|fee|fees|rent|rents|bill|tariff|premium|premiums|subscription|subscriptions|charge|charges|rate|rates)\b[^.!?]{0,40}\b(?:will (?:increase|rise|go up|be (?:increased|raised))|(?:is|are) (?:going to )?(?:increasing|rising|going up|increase|rise|go up)|increases?|rises?)|no longer (?:be |have )?(?:available|offer|include|provide|have)|(?:will|has|have) (?:been )?(?:discontinued|withdrawn|cancelled|closed)|restructur\w*|redundanc\w*)\b/iu;

/** Whether a text tells the reader of a rise in what they pay, or of a service taken away. */
export function badForTheReader(text: string): boolean {
  return BAD_FOR_THE_READER.test(text);
}
