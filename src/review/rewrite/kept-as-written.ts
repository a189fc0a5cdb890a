/**
 * What a version keeps as the draft wrote it, however it reads to the rules, because changing it
 * would change the facts. A giveaway's entry steps ("To enter: 1️⃣ Follow @… 2️⃣ Like this post"):
 * the contest's rules; asking for likes and tags is the draft's to change, and its review says so.
 * A mailing's way out ("Pour vous désinscrire, cliquez ici."): the reader's right, not an order.
 */

// "To enter:", "How to enter:", "Per partecipare:": the heading of the rules, in the languages the
// rules cover, with any emoji in front of it.
const ENTRY_HEADING =
  /(?:^|\n|[.!]\s+)(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:(?:how )?to (?:enter|take part|be in with a chance)|para participar|pour participer|per partecipare|so macht ihr mit|zum mitmachen|om mee te doen|como participar)\b[^\n:]{0,30}:/giu;

/** Whether the text at `offset` follows an entry heading in the same block (no blank line between). */
export function isEntryStepAt(text: string, offset: number): boolean {
  for (const heading of text.matchAll(ENTRY_HEADING)) {
    const end = heading.index + heading[0].length;
    if (end > offset) return false;
    if (!text.slice(end, offset).includes('\n\n')) return true;
  }
  return false;
}

// "Pour vous désinscrire, cliquez ici", "Reply STOP to opt out": the way out of a mailing, in the
// languages the rules cover. Kept as written, however it orders ("click here").
export const UNSUBSCRIBE_LINE =
  /\b(?:unsubscribe|opt[- ]out|manage (?:your )?(?:email )?preferences|stop receiving (?:these |our )?(?:emails|messages|texts|mailings)|non ricevere|ne plus recevoir|no (?:\p{L}+ )?recibir más|(?:don't|do not) (?:want|wish) to (?:receive|hear from us)|nicht mehr erhalten|niet langer ontvangen|não receber mais|désinscri\w*|désabonn\w*|darse de baja|darte de baja|cancelar (?:la|tu) suscripción|abmelden|abbestellen|uitschrijven|afmelden|af te melden|disiscriviti|disiscriver\w*|disiscrizione|cancellati|descadastr\w*|cancelar (?:a )?inscrição|STOP SMS|(?:text|txt|reply|send|sms|envie|responda|rispondi|antwoord|réponds|répondez|responde) ["“'‘]?(?:STOP|STOPP|PARAR|SAIR|BAJA|ALT|END)["”'’]?)\b/iu;

// "To unsubscribe, click here.", "Pour vous désinscrire, cliquez ici.", "Clicca qui per disiscriverti.":
// how to leave, and nothing else.
export const LEAVING_SENTENCE =
  /^(?:(?:click|clicca|cliquez|haz clic|clique|klik|klicken sie) (?:here|qui|ici|aquí|aqui|hier) )?(?:to (?:unsubscribe|opt out|stop receiving)|pour (?:vous (?:désinscrire|désabonner)|ne plus recevoir)|para (?:darte|darse) de baja|para no recibir|zum abmelden|om (?:je )?af te melden|per (?:cancellarti|disiscriverti|non ricevere)|(?:text|txt|reply|send) ["“'‘]?(?:STOP|END)["”'’]?(?: to \d{3,6})? to (?:opt[- ]out|unsubscribe|cancel|stop|end)|(?:click|klik|cliquez|haz clic|clique|clicca|klicken sie)\b[^.!?\n]{0,20}\b(?:to unsubscribe|af te melden|pour vous (?:désinscrire|désabonner)|para (?:darte|darse) de baja|para (?:se )?descadastrar|per disiscriverti|um sich abzumelden))\b[^.!?\n]{0,50}[.!]?$/iu;

// "for a chance to win £100", "om kans te maken op", "pra concorrer", "per vincere": what the likes, shares
// and tags are for. "Gewinne ein iPhone 15 Pro! Folge @…, like diesen Post und markiere 3 Freunde.", "Ik
// geef 3x een Dyson Airwrap weg! Volg…": said just before them in the paragraph, it is a draw's way in too.
const ENTERS_A_DRAW =
  /\b(?:(?:put|enter) you in(?:to)? (?:the|our) (?:prize )?draw|(?:be|get) entered (?:in|into)|to be in with a chance|win(?:nen)?|(?:om )?kans (?:te )?maken|maak kans|winactie|geef\b[^.!?\n]{0,40}\bweg|gewinn(?:spiel|en|e)|verlos(?:en|ung)|gagne[zr]?|pour gagner|tenter (?:de gagner|ta chance|votre chance)|tirage au sort|ganar|gana|sorteo|ganhar|ganhe|concorrer|sorteio|vincere|vinci|estrazione)\b/iu;

/** Whether the bait between `start` and `end` is how to enter a draw the paragraph names. */
export function entersADraw(text: string, start: number, end: number): boolean {
  const paragraph = text.lastIndexOf('\n\n', start);
  return ENTERS_A_DRAW.test(text.slice(Math.max(paragraph, start - 200, 0), end));
}

// "Today only!", "Attendance is strictly by invitation only.", "SOLO PER OGGI!!!", "Nur für Mitglieder.":
// a sentence that says no more than when or to whom the offer or the evening is open. However loudly it
// is said, it is a term of what is offered (a reader who missed it would turn up a day late, or
// uninvited): calmed, never cut.
const TERMS_ALONE = new RegExp(
  String.raw`^(?:[^\p{L}\p{N}]*)(?:(?:attendance|entry|admission|access|this (?:offer|deal|event|sale))\s+(?:is|are)\s+)?(?:strictly\s+|only\s+)?(?:` +
    [
      // English
      String.raw`(?:today|tonight|this weekend|this week|(?:this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day) only`,
      String.raw`(?:by |on )?invitation only|by invite only|invite only`,
      String.raw`(?:for |open to )?(?:members|subscribers|new customers|new clients|adults|over[- ]18s|18\+) only`,
      String.raw`one per (?:customer|household|person|order)`,
      // Italian, Spanish, Portuguese, French
      String.raw`solo (?:per )?oggi|oggi soltanto|solo (?:su|con) invito|(?:riservato|riservata) (?:ai|agli) (?:soci|iscritti|invitati)`,
      String.raw`s[oó]lo (?:por )?hoy|s[oó]lo (?:con|por) invitaci[oó]n|(?:exclusivo|reservado) (?:para|a) (?:socios|invitados)`,
      String.raw`(?:s[oó]|apenas|somente) (?:por )?hoje|(?:s[oó]|apenas|somente) (?:por|com) convite|(?:exclusivo|reservado) (?:para|a) (?:s[oó]cios|convidados)`,
      String.raw`aujourd['’]hui (?:seulement|uniquement)|(?:seulement|uniquement) aujourd['’]hui|sur invitation (?:uniquement|seulement)|(?:réservé|réservée) aux (?:membres|adhérents|invités)`,
      // German and Dutch
      String.raw`nur heute|heute nur|nur (?:auf|mit|gegen) einladung|nur für (?:mitglieder|geladene gäste)`,
      String.raw`(?:alleen|enkel) (?:vandaag|op uitnodiging|voor leden)|vandaag alleen`,
    ].join('|') +
    String.raw`)(?:[^\p{L}\p{N}]*)$`,
  'iu',
);

/** Whether the sentence says only when or to whom something is open ("Today only!!!"): kept, calmed. */
export function statesTermsAlone(sentence: string): boolean {
  return TERMS_ALONE.test(sentence.trim());
}
