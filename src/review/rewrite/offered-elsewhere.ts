import type { Language } from '../types';
import { DOMAIN } from './domain';

/**
 * "Réservez le vôtre au 03 81…" → "Vous pouvez réserver le vôtre au 03 81…": an order to book or buy,
 * offered instead, in French, Spanish, Italian and Portuguese. The modal goes in front and the verb
 * becomes its infinitive, so the rest of the sentence stays word for word. Only verbs listed here
 * (the ones that sell: book, order, buy, sign up, join, call…) and only at the start of a sentence.
 * Dutch puts the infinitive at the end of its clause, but lets a phrase of place or means follow it
 * ("Je kunt je inschrijven via de link in onze bio"): its orders are offered only where such a phrase
 * comes straight after the verb. German orders are left to the edits.
 */

type Offerable = Exclude<Language, 'other' | 'en' | 'de' | 'nl'>;

interface Modal {
  /** The modal for the form of address the imperative uses ("Vous pouvez", "Puedes", "Puede"). */
  modal: string;
  infinitive: string;
}

const m = (modal: string, infinitive: string): Modal => ({ modal, infinitive });

const VOUS = 'Vous pouvez';
const TU_ES = 'Puedes';
const USTED = 'Puede';
const TU_IT = 'Puoi';
const VOI = 'Potete';
const VOCE = 'Pode';

const IMPERATIVES: Record<Offerable, Record<string, Modal>> = {
  fr: {
    réservez: m(VOUS, 'réserver'),
    louez: m(VOUS, 'louer'),
    visitez: m(VOUS, 'visiter'),
    passez: m(VOUS, 'passer'),
    commandez: m(VOUS, 'commander'),
    achetez: m(VOUS, 'acheter'),
    profitez: m(VOUS, 'profiter'),
    découvrez: m(VOUS, 'découvrir'),
    rejoignez: m(VOUS, 'rejoindre'),
    'inscrivez-vous': m(VOUS, 'vous inscrire'),
    'contactez-nous': m(VOUS, 'nous contacter'),
    'appelez-nous': m(VOUS, 'nous appeler'),
    'écrivez-nous': m(VOUS, 'nous écrire'),
    appelez: m(VOUS, 'appeler'),
    venez: m(VOUS, 'venir'),
    prenez: m(VOUS, 'prendre'),
    offrez: m(VOUS, 'offrir'),
    'offrez-vous': m(VOUS, 'vous offrir'),
    'abonnez-vous': m(VOUS, 'vous abonner'),
    téléchargez: m(VOUS, 'télécharger'),
    essayez: m(VOUS, 'essayer'),
    testez: m(VOUS, 'tester'),
    demandez: m(VOUS, 'demander'),
  },
  es: {
    reserva: m(TU_ES, 'reservar'),
    compra: m(TU_ES, 'comprar'),
    pide: m(TU_ES, 'pedir'),
    visita: m(TU_ES, 'visitar'),
    llama: m(TU_ES, 'llamar'),
    llámanos: m(TU_ES, 'llamarnos'),
    escribe: m(TU_ES, 'escribir'),
    escríbenos: m(TU_ES, 'escribirnos'),
    regístrate: m(TU_ES, 'registrarte'),
    inscríbete: m(TU_ES, 'inscribirte'),
    apúntate: m(TU_ES, 'apuntarte'),
    únete: m(TU_ES, 'unirte'),
    aprovecha: m(TU_ES, 'aprovechar'),
    descubre: m(TU_ES, 'descubrir'),
    consigue: m(TU_ES, 'conseguir'),
    prueba: m(TU_ES, 'probar'),
    descarga: m(TU_ES, 'descargar'),
    ven: m(TU_ES, 'venir'),
    reserve: m(USTED, 'reservar'),
    compre: m(USTED, 'comprar'),
    llame: m(USTED, 'llamar'),
    llámenos: m(USTED, 'llamarnos'),
    escríbanos: m(USTED, 'escribirnos'),
    solicite: m(USTED, 'solicitar'),
    regístrese: m(USTED, 'registrarse'),
    inscríbase: m(USTED, 'inscribirse'),
    visite: m(USTED, 'visitar'),
    aproveche: m(USTED, 'aprovechar'),
  },
  it: {
    prenota: m(TU_IT, 'prenotare'),
    ordina: m(TU_IT, 'ordinare'),
    acquista: m(TU_IT, 'acquistare'),
    compra: m(TU_IT, 'comprare'),
    iscriviti: m(TU_IT, 'iscriverti'),
    approfitta: m(TU_IT, 'approfittare'),
    scopri: m(TU_IT, 'scoprire'),
    vieni: m(TU_IT, 'venire'),
    passa: m(TU_IT, 'passare'),
    chiamaci: m(TU_IT, 'chiamarci'),
    chiama: m(TU_IT, 'chiamare'),
    scrivici: m(TU_IT, 'scriverci'),
    visita: m(TU_IT, 'visitare'),
    prova: m(TU_IT, 'provare'),
    scarica: m(TU_IT, 'scaricare'),
    prenotate: m(VOI, 'prenotare'),
    ordinate: m(VOI, 'ordinare'),
    iscrivetevi: m(VOI, 'iscrivervi'),
    venite: m(VOI, 'venire'),
  },
  pt: {
    reserve: m(VOCE, 'reservar'),
    compre: m(VOCE, 'comprar'),
    garanta: m(VOCE, 'garantir'),
    'inscreva-se': m(VOCE, 'inscrever-se'),
    'cadastre-se': m(VOCE, 'cadastrar-se'),
    peça: m(VOCE, 'pedir'),
    venha: m(VOCE, 'vir'),
    aproveite: m(VOCE, 'aproveitar'),
    ligue: m(VOCE, 'ligar'),
    visite: m(VOCE, 'visitar'),
    baixe: m(VOCE, 'baixar'),
    acesse: m(VOCE, 'acessar'),
    experimente: m(VOCE, 'experimentar'),
    agende: m(VOCE, 'agendar'),
    marque: m(VOCE, 'marcar'),
    doe: m(VOCE, 'doar'),
  },
};

/** Words that only hurry the order ("ORA", "dès maintenant"), right after the verb or at the end: they go with it. */
const HURRY: Record<Offerable, string> = {
  fr: "dès maintenant|dès aujourd'hui|dès aujourd’hui|maintenant|tout de suite|sans attendre|vite",
  es: 'ya mismo|ahora mismo|hoy mismo|cuanto antes|ya|ahora',
  it: 'oggi stesso|subito|adesso|ora',
  pt: 'agora mesmo|hoje mesmo|já|agora',
};

const hurryPatterns = (words: string) => ({
  afterVerb: new RegExp(`^\\s+(?:${words})(?![\\p{L}])`, 'iu'),
  atEnd: new RegExp(`\\s+(?:${words})(?=\\s*[.!]*$)`, 'iu'),
});
const HURRY_PATTERNS = {
  fr: hurryPatterns(HURRY.fr),
  es: hurryPatterns(HURRY.es),
  it: hurryPatterns(HURRY.it),
  pt: hurryPatterns(HURRY.pt),
};

/** Hurry in several words says nothing else wherever it stands ("le vôtre dès maintenant au…"). */
const HURRY_ANYWHERE =
  /\s+(?:dès maintenant|dès aujourd['’]hui|tout de suite|sans attendre|ahora mismo|hoy mismo|cuanto antes|oggi stesso|agora mesmo|hoje mesmo)(?![\p{L}])/giu;

function withoutHurry(rest: string, language: Offerable): string {
  const { afterVerb, atEnd } = HURRY_PATTERNS[language];
  return rest.replace(HURRY_ANYWHERE, '').replace(afterVerb, '').replace(atEnd, '');
}

// The order opens the sentence, or follows an emoji that ended a heading ("OFFERTA PAZZESCA 💪🔥 Iscriviti…").
const OPENING = /(?<=^|\p{Extended_Pictographic}\uFE0F?\s+)(\p{L}+(?:-(?:vous|nous|se))?)(?=[\s,:]|$)/gu;

const COORDINATED: Record<Offerable, RegExp> = {
  fr: /(\s(?:et|ou)\s+)(\p{L}+(?:-(?:vous|nous))?)(?![\p{L}-])/gu,
  es: /(\s[yo]\s+)(\p{L}+)(?![\p{L}])/gu,
  it: /(\s(?:e|o)\s+)(\p{L}+)(?![\p{L}])/gu,
  pt: /(\s(?:e|ou)\s+)(\p{L}+(?:-se)?)(?![\p{L}-])/gu,
};

// Orders that follow the first one ("Pode agendar até 20/06 e ganhe…"): never an opening to offer,
// only a verb joined to one, which follows the modal too ("…e ganhar").
const JOINED: Partial<Record<Offerable, Record<string, string>>> = {
  pt: {
    ganhe: 'ganhar',
    fale: 'falar',
    mande: 'mandar',
    envie: 'enviar',
    use: 'usar',
    marque: 'marcar',
    chame: 'chamar',
    receba: 'receber',
    concorra: 'concorrer',
    participe: 'participar',
    indique: 'indicar',
    conheça: 'conhecer',
    descubra: 'descobrir',
    veja: 'ver',
    assine: 'assinar',
    confira: 'conferir',
    mostre: 'mostrar',
    pague: 'pagar',
    leve: 'levar',
    escolha: 'escolher',
    informe: 'informar',
    apresente: 'apresentar',
  },
  es: {
    gana: 'ganar',
    gane: 'ganar',
    recibe: 'recibir',
    reciba: 'recibir',
    llévate: 'llevarte',
    llévese: 'llevarse',
    disfruta: 'disfrutar',
    disfrute: 'disfrutar',
    participa: 'participar',
    elige: 'elegir',
    usa: 'usar',
    muestra: 'mostrar',
    presenta: 'presentar',
    menciona: 'mencionar',
    // "Puedes llamar al 900 123 456 o entra en conecta.example.com": the second way in follows the
    // modal. (The orders that also open an offer, "llama", "visita", "escribe", are in IMPERATIVES.)
    entra: 'entrar',
    pásate: 'pasarte',
  },
  it: {
    ricevi: 'ricevere',
    vinci: 'vincere',
    usa: 'usare',
    scegli: 'scegliere',
    mostra: 'mostrare',
    porta: 'portare',
    ottieni: 'ottenere',
    risparmia: 'risparmiare',
    presenta: 'presentare',
    // "Puoi chiamare… o scrivi su WhatsApp": the second way in follows the modal too.
    scrivi: 'scrivere',
  },
};

// French orders outside the first group, whose infinitive is not "-ez" → "-er": "ou perdez votre place"
// was offered as "ou perder", "répondez" as "réponder".
const FRENCH_IRREGULAR: Record<string, string> = {
  perdez: 'perdre',
  attendez: 'attendre',
  répondez: 'répondre',
  vendez: 'vendre',
  rendez: 'rendre',
  descendez: 'descendre',
  entendez: 'entendre',
  choisissez: 'choisir',
  remplissez: 'remplir',
  finissez: 'finir',
  saisissez: 'saisir',
  réussissez: 'réussir',
  investissez: 'investir',
  agissez: 'agir',
  réagissez: 'réagir',
  fournissez: 'fournir',
  obtenez: 'obtenir',
  tenez: 'tenir',
  revenez: 'revenir',
  devenez: 'devenir',
  ouvrez: 'ouvrir',
  courez: 'courir',
  partez: 'partir',
  sortez: 'sortir',
  mettez: 'mettre',
  permettez: 'permettre',
  écrivez: 'écrire',
  lisez: 'lire',
  suivez: 'suivre',
  vivez: 'vivre',
  recevez: 'recevoir',
  voyez: 'voir',
  buvez: 'boire',
  souscrivez: 'souscrire',
  inscrivez: 'inscrire',
  connaissez: 'connaître',
  conduisez: 'conduire',
  faites: 'faire',
  dites: 'dire',
};

/** French "-ez" orders of the first group ("économisez" → "économiser"); elsewhere only the listed verbs. */
function regularInfinitive(verb: string, language: Offerable): string | null {
  const joined = JOINED[language]?.[verb.toLocaleLowerCase()];
  if (joined) return joined;
  if (language === 'fr') {
    const irregular = FRENCH_IRREGULAR[verb.toLocaleLowerCase()];
    if (irregular)
      return verb === verb.toLocaleLowerCase()
        ? irregular
        : `${irregular.charAt(0).toLocaleUpperCase()}${irregular.slice(1)}`;
  }
  if (language !== 'fr' || !/^\p{Ll}{3,}ez$/u.test(verb) || /^(?:chez|assez)$/u.test(verb)) return null;
  return `${verb.slice(0, -2)}er`;
}

// "Prova gratuita di 7 giorni", "Prueba gratuita": a free trial named, the adjective agreeing with
// the noun; "Prueba gratis durante 30 días", "Llama gratis al 900…" are orders.
const FREE_AFTER = /^\s+(?:gratuit[aeo]s?|gratuites?)(?![\p{L}])/iu;

// "Contactez-nous 👉 site", "Chiamaci → numero": a way to reach the sender, labelled, not an order to buy.
const CONTACT = /(?:-nous|nos|ci)$/iu;

function offerable(language: Language): language is Offerable {
  return language === 'fr' || language === 'es' || language === 'it' || language === 'pt';
}

// Verbs of looking: "Scopri la collezione: …" points to where to look.
const LOOK =
  /^(?:scopri|scoprite|guarda|découvrez|decouvrez|découvre|regardez|descubre|descubrid|descubra|mira|entdecke|entdeckt|entdecken|schau|ontdek|bekijk|confira|veja|conheça|conheçam)$/iu;

// An arrow or a colon, then an address and nothing else ("👉 bottegaluna.example.it", ": nominix.es").
const ONLY_AN_ADDRESS = new RegExp(
  String.raw`^\s*(?:👉|➡️|→|:)?\s*((?:https?:\/\/\S+|www\.\S+|${DOMAIN.source}(?:\/\S*)?))(\s*(?:#[\p{L}\p{N}_]+\s*)*)$`,
  'u',
);
// "Garanta a sua vaga AGORA: …": the hurry after the thing goes with the colon.
const HURRY_AT_END = /\s+(?:já|agora|ya|ahora|ya mismo|ora|subito|maintenant|vite|dès maintenant)$/iu;
const OBJECT_THEN_ADDRESS =
  /^(\s+(?:votre|vos|ton|ta|tes|le|la|les|un|une|tu|tus|su|sus|el|los|las|una|il|lo|gli|i|il tuo|la tua|il vostro|la vostra|o|a|os|as|o seu|a sua|seu|sua|um|uma)\s[^:\n.!?]{1,30}?)\s?:(.*)$/iu;
// Where, in each language, before an address: "su", "en", "sur", "em", "via" (German puts its verb last).
const AT_ADDRESS: Partial<Record<Language, string>> = { it: 'su', es: 'en', fr: 'sur', pt: 'em', nl: 'via' };

// A word that only hurries the order ("Schrijf je nu in"): it goes with the order.
const DUTCH_HURRY = String.raw`(?:\s+(?:nu|snel|direct|meteen|vandaag nog|vandaag))?`;
// A phrase of means or place, which Dutch lets follow the infinitive: "via…", "op 020…", "aan de…".
const DUTCH_PLACE = String.raw`(?=\s+(?:via|op|bij|aan|in|online|met|naar)(?![\p{L}]))`;

/** An order's words, where "~" may hold a word that only hurries ("Schrijf je nu in"). */
const dutchOrder = (words: string, infinitive: string, after = DUTCH_PLACE) => ({
  pattern: new RegExp(`^${words.replace(/~/gu, DUTCH_HURRY).replace(/ /gu, String.raw`\s+`)}${after}`, 'iu'),
  infinitive,
});

/**
 * Dutch orders and their infinitives, with what stands between the verb and the rest: "Schrijf je
 * nu in via…" → "je inschrijven", "Bel ons op…" → "ons bellen", "kom langs aan…" → "langskomen".
 */
const DUTCH = [
  dutchOrder('schrijf (je|u)~ in', '$reflexive inschrijven'),
  dutchOrder('meld (je|u)~ aan', '$reflexive aanmelden'),
  dutchOrder('kom~ langs', 'langskomen'),
  dutchOrder('(?:bel|app|mail) ons~', 'ons $verb'),
  dutchOrder('(?:bestel|boek|reserveer|koop|bel|mail|app|kijk)~', '$verb'),
  // "Bel 033 456 7890": a number to call takes its "naar".
  dutchOrder('bel~', 'bellen naar', String.raw`(?=\s+\+?\d)`),
];
const DUTCH_INFINITIVE: Record<string, string> = {
  bel: 'bellen',
  app: 'appen',
  mail: 'mailen',
  bestel: 'bestellen',
  boek: 'boeken',
  reserveer: 'reserveren',
  koop: 'kopen',
  kijk: 'kijken',
};

// What the reader gets after the order, as an imperative ("en krijg", "en ontvang") and said to "je".
const SECOND_PERSON: Record<string, string> = {
  krijg: 'krijgt',
  ontvang: 'ontvangt',
  bespaar: 'bespaart',
  profiteer: 'profiteert',
  maak: 'maakt',
  win: 'wint',
  betaal: 'betaalt',
  scoor: 'scoort',
};

/** "Schrijf je nu in via…" → "Je kunt je inschrijven via…", "…of kom langs aan…" → "…of langskomen aan…". */
function offeredInDutch(written: string): string {
  const polite = /(?<![\p{L}])(?:u|uw)(?![\p{L}])/iu.test(written);
  const infinitiveAt = (text: string): { infinitive: string; length: number } | null => {
    for (const { pattern, infinitive } of DUTCH) {
      const match = pattern.exec(text);
      if (!match) continue;
      const reflexive = match[1]?.toLowerCase() === 'u' ? 'zich' : 'je';
      const verb = DUTCH_INFINITIVE[(/^\p{L}+/u.exec(text)?.[0] ?? '').toLowerCase()] ?? '';
      return {
        infinitive: infinitive.replace('$reflexive', reflexive).replace('$verb', verb),
        length: match[0].length,
      };
    }
    return null;
  };
  // "Schrijf je in: fitpoint.nl/actie": the order with only where after it, said with "via".
  const labelled = /^([^:.!?\n]{2,30}?)\s*:(.*)$/su.exec(written);
  const via =
    labelled && !/^\s*(?:be)?kijk/iu.test(written) && ONLY_AN_ADDRESS.test(labelled[2] as string)
      ? `${labelled[1] as string} via${(labelled[2] as string).replace(/^\s*(?:👉|➡️|→)?\s*/u, ' ')}`
      : null;
  const sentence = via && infinitiveAt(via) ? via : written;
  const first = infinitiveAt(sentence);
  if (!first) return sentence;
  const rest = sentence
    .slice(first.length)
    // "…of kom langs aan de Vredenburgkade 14": a second order joined to the first, its infinitive.
    .replace(/(\s+(?:of|en)\s+)(\p{L}[^,.!?]*)/u, (whole, conjunction: string, next: string) => {
      const joined = infinitiveAt(next);
      if (joined) return `${conjunction}${joined.infinitive}${next.slice(joined.length)}`;
      // "…en krijg gratis verzending": what the reader then gets, said to "je" ("en krijgt").
      const gets = /^(\p{L}+)(?=\s)/u.exec(next)?.[1] ?? '';
      const said = conjunction.trim() === 'en' ? SECOND_PERSON[gets.toLowerCase()] : undefined;
      return said ? `${conjunction}${said}${next.slice(gets.length)}` : whole;
    });
  return `${polite ? 'U kunt' : 'Je kunt'} ${first.infinitive}${rest}`.replace(/\s*!+$/u, '.');
}

/** The sentence offered with "you can" in its language, or as written when no listed order opens it. */
export function offeredElsewhere(sentence: string, language: Language): string {
  if (language === 'nl') return offeredInDutch(sentence);
  if (!offerable(language)) return sentence;
  for (const opening of sentence.matchAll(OPENING)) {
    const modal = IMPERATIVES[language][(opening[1] as string).toLocaleLowerCase()];
    if (!modal) continue;
    const at = opening.index ?? 0;
    if (FREE_AFTER.test(sentence.slice(at + opening[0].length))) continue;
    const rest = withoutHurry(sentence.slice(at + opening[0].length), language);
    // "Réservez !" alone has nothing to offer after the modal: left to the rest of the plan.
    // "Contactez-nous : delorme-rh.example" labels a link, like "Billetterie :": it stays a label.
    if (!/\p{L}/u.test(rest)) return sentence;
    if (/^\s*:/u.test(rest)) {
      // "Iscriviti: crescitadigitale.example.it/webinar" (its "SUBITO" calmed away) is the order to
      // sign up with only where after it: offered with the language's preposition. A way to reach
      // the sender or a place to look stays the label it is.
      const labelled = ONLY_AN_ADDRESS.exec(rest.replace(/^\s*:/u, ''));
      const where = AT_ADDRESS[language];
      const verb = opening[1] as string;
      if (!labelled || !where || CONTACT.test(verb) || LOOK.test(verb)) return sentence;
      return `${sentence.slice(0, at)}${modal.modal} ${modal.infinitive} ${where} ${labelled[1] as string}${labelled[2] ?? ''}`;
    }
    if (CONTACT.test(opening[1] as string) && /^\s*(?:👉|→|➡️)/u.test(rest)) return sentence;
    // "Scopri la collezione: legatoria.example/bf", "Découvrez le menu : …": where to look, a label too.
    if (LOOK.test(opening[1] as string) && /^[^:\n.!?]{0,40}\s?:\s*\S/u.test(rest)) return sentence;
    const head = sentence.slice(0, at);
    // "Réservez VITE 👉 lien en bio": the order names where, not what; the modal and a colon say it.
    if (/^\s*(?:(?:👉|➡️|→)\s*)?(?:(?:le|el|o|il|de|het) )?(?:lien|link|enlace)\b/iu.test(rest))
      return `${head}${modal.modal} ${modal.infinitive}${language === 'fr' ? ' :' : ':'}${rest.replace(/^\s*(?:👉|➡️|→)\s*/u, ' ')}`.replace(
        /\s*!+$/u,
        '.',
      );
    // "Acquista ORA 👉 bottegaluna.example.it": the order names where, an address; the modal says
    // where with its preposition ("Puoi acquistare su bottegaluna.example.it"), not a bare colon.
    const address = ONLY_AN_ADDRESS.exec(rest);
    const where = AT_ADDRESS[language];
    if (address && where)
      return `${head}${modal.modal} ${modal.infinitive} ${where} ${address[1] as string}${address[2] ?? ''}`;
    // "Réservez votre démo : synaptia.fr/demo": what to book, then where, with the preposition; "Vous
    // pouvez réserver votre démo : …" read as a form's seam.
    // Only a thing named with its article or possessive ("votre démo", "tu mesa"), not a second order
    // ("…au 514… ou réservez : …") nor a way already said ("pelo link: …").
    const object = OBJECT_THEN_ADDRESS.exec(rest);
    const objectAddress = object && where ? ONLY_AN_ADDRESS.exec(object[2] as string) : null;
    if (object && objectAddress && !CONTACT.test(opening[1] as string) && !LOOK.test(opening[1] as string))
      return `${head}${modal.modal} ${modal.infinitive}${(object[1] as string).replace(HURRY_AT_END, '')} ${where} ${objectAddress[1] as string}${objectAddress[2] ?? ''}`;
    // "Vous pouvez réserver avant le 30 avril et économisez…": an order joined to the first one
    // follows the modal too ("…et économiser").
    const joined = rest.replace(COORDINATED[language], (whole, conjunction: string, next: string) => {
      const infinitive =
        IMPERATIVES[language][next.toLocaleLowerCase()]?.infinitive ?? regularInfinitive(next, language);
      return infinitive ? `${conjunction}${infinitive}` : whole;
    });
    // After a heading, the offer is a sentence of its own: "Offerta pazzesca 💪 Puoi iscriverti…".
    return `${head}${modal.modal} ${modal.infinitive}${joined}`.replace(/\s*!+$/u, '.');
  }
  return sentence;
}
