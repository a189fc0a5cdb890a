import { docsAnchor, type Rule } from '../rule';
import { ON_READERS_TERMS, READER_CHOOSES, READER_WISH } from '../invitation';
import { compilePhrases, BEFORE, AFTER } from '../text';

// "you can book…", "teams that join…", "if you order…" describe; they do not command. Nor is the
// "order" of "you can pre-order here" an order of its own.
// "a quick 15-minute call this week", "your visit today", "no call out fee before 8pm", "your free
// home design visit this week": the same words as nouns, not orders. So are "paid by standing order
// on or before the 1st", "the order before Friday" and "$3,000 over book this week".
const NOT_DESCRIPTIVE =
  "(?<!(?:can|could|can also|could also|to|that|who|will|you|we|i|they|would|should|and|if you|you'll|we'd|we’d|i'd|i’d|they'd|they’d|you'd|you’d|never|a|an|no|quick|short|brief|minute|phone|video|discovery|intro|your|ur|yr|our|free|home|design|site|store|showroom|first|follow-up|in-person|the|this|these|those|my|his|her|their|its|standing|money|postal|purchase|work|court|over|above|below) |-)";
// "If you'd like to book, DM us "FIT"", "you can tap the link in bio to reserve": the way to reply,
// offered on the reader's terms. The keyword, the link and the message are the same; nobody is told.
const OFFERED = `(?<!(?:can|could|can also|could also|to|you|${ON_READERS_TERMS}) )`;
const NOW_EN =
  "(?:now|today|right now|right away|immediately|asap|tonight|here|while you can|before it'?s gone)";
const COMMERCE_EN =
  '(?:buy|order|shop|purchase|book|reserve|grab|snag|claim|download|subscribe|register|enrol|enroll|sign up|call|act|upgrade|pre-?order|get)';

// "a pattern, $6 on my shop (link in bio)": in brackets the link is an aside that says where, not an order.
const NOT_IN_BRACKETS = '(?<!\\(\\s*)';

// Phrase data apart from the matching code (retext keeps its lists the same way).
const PHRASES = compilePhrases({
  en: [
    `${NOT_DESCRIPTIVE}${COMMERCE_EN}(?: (?:it|yours|one|them|this|these|a (?:copy|seat|spot|ticket|table|box)|your (?:[\\p{L}-]+ ){0,2}?(?:copy|seat|spot|ticket|tickets|table|box|order|plan|trial|pass|discount|bundle|kit))){0,1} ${NOW_EN}`,
    `${OFFERED}(?:dm|message|email|e-mail|call|text|contact|ping|inbox) us(?: now| today)? (?:to|for) (?:order|buy|book|purchase|get yours|claim|reserve|pricing|a quote|a demo|your discount|the deal)`,
    `${OFFERED}(?:click|tap|hit|follow) (?:the|this|our) link(?: in (?:our|the) bio)?(?: (?:now|today|to (?:buy|order|shop|grab|get|claim|book|sign up|register)))?`,
    // "Grab yours — link in bio" points; "you can book through the link in bio" offers.
    `(?<!(?:you can|you could|if ${READER_WISH})[^.!?\\n]{0,60}|\\(\\s*)link in (?:our |the )?bio`,
    '(?:click|tap) here',
    `${NOT_DESCRIPTIVE}shop (?:now|the (?:sale|collection|drop))`,
    'add (?:it )?to (?:your )?(?:cart|basket)',
    `${NOT_DESCRIPTIVE}(?:start|begin|claim|get) your free trial(?: (?:now|today))?`,
    `${NOT_DESCRIPTIVE}sign up (?:now|today|for free|free|here)`,
    '(?:request|book|schedule|get) (?:a|your) (?:free )?(?:demo|quote|consultation) (?:now|today)',
    'get started (?:now|today)',
    'buy now',
    'order now',
    'shop now',
    'subscribe now',
    'register now',
    'act now',
    'call now',
    'apply now',
    'enroll now',
    'what are you waiting for',
    // "If you're interested, call me today at 555-0176": offered on the reader's terms, it stays a fact.
    `${NOT_DESCRIPTIVE}${OFFERED}(?:join|start|upgrade|switch|apply|enrol|enroll|register|subscribe|sign up|book|order|claim|grab|download|try it|get started|get it|call|contact|message|phone|ring|text|email|dm|visit|reserve)(?: [\\p{L}\\p{N}$&.-]*[\\p{L}\\p{N}$&-]){0,4}? (?:today|now|this week|right now|before (?:slots|seats|spots|it|they|the|we|you|sunday|monday|tuesday|wednesday|thursday|friday|saturday|\\d)[^.!?\\n\\uE000]{0,25})(?!,? if you can\\b)`,
    `${NOT_DESCRIPTIVE}get started (?:for )?free`,
    `${NOT_DESCRIPTIVE}(?:grab|get|book|buy|order|claim|reserve|secure) your (?:tickets?|seats?|spots?|copy|place|pass|passes|discount|deal|offer|bundle)`,
    `${OFFERED}(?:dm|message|text|email) (?:me|us) ["“'‘][^"”'’\\n]{1,20}["”'’]`,
    `${OFFERED}(?:call|text) (?:us )?(?:on |at )?\\+?1?[- ]?\\d{3}[- ]\\d{3}[- ]\\d{4}`,
    'go (?:grab|get|download|buy|order) (?:it|yours|one|the [\\p{L}$\\d]+(?: [\\p{L}]+)?)',
    // "You can book online", "orders placed by Friday": told, not ordered.
    `${NOT_DESCRIPTIVE}(?:apply|order|shop|book) online`,
    `${NOT_DESCRIPTIVE}order by`,
    'stock up',
  ],
  es: [
    '(?:compra|cómpralo|cómprala|pide|pídelo|pídela|reserva|resérvalo|consigue|regístrate|inscríbete|suscríbete|descarga|llama|encarga)(?: (?:el tuyo|la tuya|tu (?:[\\p{L}]+)|ya|ahora|hoy))? (?:ya|ahora|hoy|mismo|ahora mismo)',
    '(?:escríbenos|contáctanos|llámanos|mándanos un dm)(?: por (?:dm|md|privado))? para (?:pedir|comprar|reservar|encargar)',
    'haz (?:clic|click) (?:aquí|en el enlace)',
    `${NOT_IN_BRACKETS}enlace en (?:la |nuestra )?bio`,
    'compra ya',
    'compra ahora',
    'hazlo (?:hoy|ya|ahora)',
    '(?:abre|pide|reserva|contrata|prueba) (?:tu|ya|hoy)[^.!?\\n]{0,30} (?:hoy|ya|ahora)',
    'regístrate',
    'inscríbete',
    'suscríbete',
  ],
  fr: [
    "(?:achetez|achète|commandez|commande|réservez|réserve|inscrivez-vous|inscris-toi|abonnez-vous|téléchargez|profitez-en|appelez)(?:-le|-la|-les)? (?:maintenant|dès maintenant|dès aujourd'hui|aujourd'hui|vite|tout de suite|le vôtre|la vôtre|votre [\\p{L}]+)",
    'cliquez (?:ici|sur le lien)',
    `${NOT_IN_BRACKETS}lien (?:en|dans la) bio`,
    '(?:écrivez-nous|contactez-nous) pour (?:commander|réserver|acheter)',
  ],
  de: [
    'jetzt (?:[\\p{L}-]+ )?(?:kaufen|bestellen|anmelden|buchen|registrieren|sichern|zugreifen|shoppen|abonnieren|testen|downloaden|herunterladen|zuschlagen|vereinbaren)',
    '(?:kaufen|bestellen|buchen|sichern|reservieren|abonnieren) sie (?:jetzt|noch heute|heute noch|sofort)',
    '(?:kauf|bestell|sicher|buch|hol) (?:dir|euch) (?:jetzt|noch heute|sofort)?',
    'sichern sie sich',
    'hier klicken',
    'klicken sie hier',
    `${NOT_IN_BRACKETS}link in (?:der |unserer )?bio`,
    'melde dich (?:jetzt|heute|sofort) an',
    'melden sie sich (?:jetzt|heute|sofort) an',
    '(?:testen|probieren|bestellen|buchen|sichern) sie [^.!?\\n]{0,30}(?:jetzt|heute|sofort)',
  ],
  pt: [
    '(?:compre|peça|garanta|reserve|inscreva-se|assine|baixe|adquira|encomende)(?: (?:o seu|a sua|os seus|as suas|já|agora|hoje))? (?:já|agora|hoje|mesmo|o seu|a sua)',
    'clique (?:aqui|no link)',
    `${NOT_IN_BRACKETS}link na bio`,
    'cadastre-se(?: já| hoje| agora)?',
    'assine (?:já|agora|hoje)',
    '(?:chame|fale com a gente|mande uma mensagem|mande dm) (?:no direct |por dm )?para (?:comprar|pedir|reservar|encomendar)',
  ],
  it: [
    '(?:ordina|acquista|compra|prenota|iscriviti|scarica|richiedi)(?: (?:il tuo|la tua|i tuoi|le tue))? (?:subito|ora|oggi|adesso)',
    'iscriviti',
    'clicca (?:qui|sul link)',
    `${NOT_IN_BRACKETS}link in bio`,
    'approfittane(?: subito| ora)?',
    'scrivici (?:in dm )?per (?:ordinare|prenotare|acquistare)',
  ],
  nl: [
    '(?:bestel|koop|boek|reserveer|download|shop) (?:nu|vandaag|direct|snel)',
    'schrijf je (?:nu |vandaag |direct )?in',
    'meld je (?:nu |vandaag |direct )?aan',
    'klik hier',
    `${NOT_IN_BRACKETS}link in (?:de )?bio`,
    'profiteer (?:nu|snel|direct)',
  ],
});

// What makes an imperative a sales order rather than a friendly "join us" or "try this tip".
const COMMERCIAL = new RegExp(
  `[$€£¥₹%]|${BEFORE}(?:free|trial|demo|quote|plan|plans|pricing|price|subscription|membership|account|discount|offer|deal|order|cart|checkout|bonus|today|now|this week|tonight|limited|seats?|spots?|slots?|cohort|audit|licen[cs]e|package|bundle|prize|voucher|code|in touch|gratis|gratuit[oa]?|kostenlos|grátis|gratuito|oferta|descuento|desconto|rabatt|angebot|réduction|sconto|korting|hoy|ya|ahora|aujourd'hui|maintenant|jetzt|heute|sofort|hoje|agora|oggi|subito|ora|nu|vandaag|direct)${AFTER}|\\uE000`,
  'iu',
);
// Entities that make an order commercial: a price, a link, a number to call or text.
const COMMERCIAL_ENTITIES = new Set(['money', 'percent', 'url', 'phone', 'shortcode', 'email']);
// Verbs that ask for money or a sign-up whatever follows them.
const STRONG_VERBS = new Set(
  'buy order shop purchase subscribe claim redeem text dial register enrol enroll donate pre-order preorder upgrade compra compre cómpralo pide pida suscríbete regístrate inscríbete canjea dona achetez achète commandez commande abonnez-vous inscrivez-vous kaufen kauf bestellen bestell abonnieren registrieren spenden peça garanta assine inscreva-se adquira encomende resgate doe acquista ordina abbonati iscriviti riscatta dona koop bestel abonneer doneer'.split(
    ' ',
  ),
);

export const rule: Rule = {
  meta: {
    id: 'hard-call-to-action',
    category: 'salesy',
    principle: 'conversation',
    severity: 'error',
    shape: 'existence',
    description: 'Hard calls to action: "buy now", "sign up today", "DM us to order", "link in bio".',
    why:
      'A command to buy ends the conversation before it starts. Readers who feel pushed scroll on; ' +
      'readers who feel invited stay, ask, and buy later because they want to.',
    docs: docsAnchor('hard-call-to-action'),
    languages: PHRASES.languages,
    example: {
      bad: 'Our spring menu is here. Order now at https://cafe.example.com!',
      better: 'Our spring menu is here: https://cafe.example.com. Which dish should we make first?',
    },
  },
  check(context) {
    const seen: [number, number][] = [];
    for (const match of PHRASES.find(context.text, context.language)) {
      seen.push([match.start, match.end]);
      const phone = /\+?\d[\d -]{6,}\d/.exec(match.text)?.[0];
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" orders the reader to buy instead of inviting them in.`,
        suggestion:
          'Tell them what it does for them and leave the door open: "Have a look if it helps", "Happy to answer questions".',
        // An order that carries a date, a figure or a link becomes an invitation that keeps them.
        replacement: phone
          ? `Questions? We're on ${phone}`
          : /[\d\uE000-\uE005]/.test(match.text)
            ? `you can ${match.text.charAt(0).toLowerCase()}${match.text.slice(1)}`
            : '',
      });
    }
    // Grammar, in every language the analysis reads: a sentence that opens with an order to the
    // reader, with a verb that asks for money or a commitment, in a sentence about a deal.
    for (const sentence of context.analysis.sentences) {
      const order = sentence.imperative;
      if (!order?.transactional) continue;
      const verb = order.verb.toLowerCase();
      const inSentence = context.analysis.entities.some(
        (entity) =>
          entity.start >= sentence.start &&
          entity.end <= sentence.end &&
          COMMERCIAL_ENTITIES.has(entity.kind),
      );
      if (!STRONG_VERBS.has(verb) && !inSentence && !COMMERCIAL.test(sentence.text)) continue;
      // "Text GLOW to 55123 if you'd like 20% off": the order is the reader's to take, on their terms;
      // "Book the restaurant today if you can" a favour, theirs to grant.
      if (READER_CHOOSES.test(sentence.text)) continue;
      const { start, end } = order;
      if (seen.some(([a, b]) => start < b && a < end)) continue;
      seen.push([start, end]);
      context.report({
        start,
        end,
        message: `Opening with "${order.verb}" turns the post into an order form.`,
        suggestion: 'Lead with why it matters to the reader, then mention where to find it.',
        severity: 'warning',
        // "Order yours at …" → "You can order yours at …": the same facts, offered instead of ordered.
        replacement: context.language === 'en' ? `you can ${verb}` : undefined,
      });
    }
  },
};
