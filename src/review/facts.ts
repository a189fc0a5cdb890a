import { analyse, type DraftAnalysis } from './analysis';
import { parseDraft, PLACEHOLDER_CLASS } from './draft';
import { execAll } from './regex';
import { findReplyPaths, lostReplyPaths, type ReplyPath } from './rewrite/reply-paths';
import { isCommonEnglish, WORD_ACRONYM } from './english-words';
import { SHOUTY_SHORT } from './rewrite/sentence';

const PLACEHOLDERS = new RegExp(PLACEHOLDER_CLASS, 'g');

/**
 * What a rewrite must carry over from the draft: links, people, channels and figures, the names,
 * prices, dates, phone numbers and addresses the analysis found, and every way the reader can reply.
 */
export interface DraftFacts {
  urls: string[];
  mentions: string[];
  channels: string[];
  numbers: string[];
  /** Names of people and organisations, money, percentages, phone numbers, short codes, e-mails, dates. */
  entities: string[];
  /** "Reply YES", "DM us", "link in bio", "call us", "code SPRING20": how the reader can answer. */
  replyPaths: string[];
  /**
   * What a rewrite must keep letter for letter: a keyword to send or a code as written ("JA",
   * "TRIAL"), a file name ("CHANGELOG.md"), a dateline's place in capitals ("AUSTIN, TX"), the
   * sender's name opening a text message ("Bella Nails:").
   */
  exact: string[];
  /** Terms that limit an offer in time ("today only", "until midnight") and named occasions ("Mother's Day"). */
  terms: string[];
}

const NUMBER = /\d+(?:[.,:/]\d+)*/g;
const KEPT_ENTITIES = new Set([
  'money',
  'percent',
  'phone',
  'shortcode',
  'email',
  'date',
  'person',
  'organisation',
]);

// "Today", "now", "free": words of urgency and price-pushing more than facts; a calmer rewrite may drop them.
const NOT_A_FACT =
  /^(?:today|tonight|tomorrow|now|this weekend|next week|hoy|mañana|aujourd'hui|demain|heute|morgen|hoje|amanhã|oggi|domani|vandaag|free|gratis|gratuit|gratuita|gratuito|kostenlos|gratuitement)$/iu;
// Keywords a reader sends ("Reply YES") belong to their reply path, not to the names.
// Sales words shouted in capitals ("HUGE NEWS", "ONLY") are not names either.
const SHOUTED_WORD =
  /^(?:YES|NO|OK|STOP|WIN|DM|FREE|NEW|NOW|SALE|HELP|INFO|START|JOIN|GO|SI|JA|OUI|SIM|NEWS|ALERT|HUGE|HOT|BIG|MEGA|BEST|FLASH|FINAL|OFFER|LAST|ONLY|TODAY|TONIGHT|DEAL|DEALS|SAVE|SHOP|BUY|OFF)$/u;
const SHOUTED_SMALL = new Set(
  'NOCH NIE NIEMALS IMMER WIEDER SEHR ENDLICH GANZ ECHT MUY MUCHO NUNCA JAMÁS SIEMPRE YA TRÈS JAMAIS TOUJOURS ENFIN MUITO NUNCA SEMPRE MOLTO MAI SEMPRE HEEL NOOIT ALTIJD EINDELIJK REALLY SO VERY EVER NEVER ALWAYS FINALLY'.split(
    ' ',
  ),
);
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}]+)*|\p{Lu}{2,5}|\p{Lu}\p{Ll}*\p{Lu}[\p{L}]*|&|de|van|von|da|di|del|la|der|den)$/u;
const NOT_A_NAME_START =
  /^(?:I'(?:ll|m|ve|d)|Sie|Ihr|Ihre|Du|Dein|Deine|Wir|Unser|Unsere|Vous|Nous|Usted|Ustedes)$/u;

/**
 * Whether an entity the analysis found is a fact a rewrite must keep. Names must look like names
 * (not a shouted phrase, not a verb that opens a line), and relative dates and "free" are pressure.
 */
function isFact(kind: string, text: string, draftText: string, start: number): boolean {
  if (NOT_A_FACT.test(text.trim()) || SHOUTED_WORD.test(text.trim())) return false;
  // "Please SHARE this post", "Our kennels are FULL": a common word shouted is no name.
  if (SHOUTY_SHORT.has(text.trim())) return false;
  if (kind !== 'person' && kind !== 'organisation') return true;
  const words = text.trim().split(/\s+/);
  // "NUR NOCH 48 STUNDEN", "diese Preise NIE wieder", "Plazas MUY limitadas": an adverb shouted
  // is no name, alone or beside one.
  if (words.some((word) => SHOUTED_SMALL.has(word))) return false;
  if (NOT_A_NAME_START.test(words[0] ?? '')) return false;
  if (!words.every((word) => NAME_WORD.test(word))) return false;
  // Shouting is not a name: two or more all-capital words in a row.
  if (words.filter((word) => /^\p{Lu}{2,}$/u.test(word)).length >= 2) return false;
  // A single capitalised word right after an emoji, a colon or a line start is usually an opening word.
  if (words.length === 1 && !/^\p{Lu}{2,5}$|\p{Ll}\p{Lu}/u.test(words[0] as string)) {
    const before = draftText.slice(Math.max(0, start - 3), start);
    if (!/[\p{Ll},]\s?$/u.test(before)) return false;
  }
  return true;
}

const ADDRESSED =
  /^\s*(?:(?:hi|hey|hello|dear|hiya|hola|querida?|bonjour|salut|chère?|hallo|liebe[rs]?|ciao|caro|cara|olá|oi|hoi|beste)\s+)?(\p{Lu}\p{Ll}{2,})(?=,)/iu;
// Words that open a text before a comma and name no one.
const NOT_ADDRESSED =
  /^(?:hi|hey|hello|dear|team|friends|folks|everyone|everybody|guys|all|members|neighbours|neighbors|parents|customers|hola|amigos|amigas|chicos|bonjour|salut|bonsoir|hallo|leute|ihr|ciao|ragazzi|amici|olá|oi|pessoal|galera|amigos|hoi|beste|jongens|iedereen|today|tonight|yes|no|ok|okay|well|so|update|reminder|attention)$/iu;

/** One English word of four letters or more, in capitals, that the dictionary knows: "SUPER", "HUGE". */
function isShoutedWord(text: string): boolean {
  return /^\p{Lu}{4,}$/u.test(text) && !WORD_ACRONYM.test(text) && isCommonEnglish(text);
}

/** The facts of a draft plus its reply paths as found, for callers that check many candidates. */
export interface FactSheet {
  /** The draft as written. */
  text: string;
  facts: DraftFacts;
  paths: ReplyPath[];
}

// "@jamie We're unable to…": a pronoun after a mention reads as a capitalised word, and is no name;
// nor is a verb a headline writes in capitals ("You've Been Selected").
const NOT_A_NAME =
  /^(?:(?:I|We|You|They|It|He|She|That|There|Let)['’](?:re|ve|ll|d|m|s)|(?:Been|Being|Is|Are|Was|Were|Has|Have|Had)(?:\s|$))/u;

/** `analysis`, when the caller already has the draft's, saves analysing it again. */
export function factSheet(input: string, analysis?: DraftAnalysis): FactSheet {
  const draft = analysis?.draft ?? parseDraft(input);
  const facts: DraftFacts = {
    urls: [],
    mentions: [],
    channels: [],
    numbers: [],
    entities: [],
    replyPaths: [],
    exact: [],
    terms: [],
  };
  for (const span of draft.protectedSpans) {
    if (span.kind === 'url') facts.urls.push(span.value);
    else if (span.kind === 'mention' || span.kind === 'special') facts.mentions.push(span.value);
    else if (span.kind === 'channel') facts.channels.push(span.value);
  }
  const visible = draft.text.replace(PLACEHOLDERS, ' ');
  // A bare domain on one of the newer endings ("hollowreach.game") is a link the reader needs too.
  for (const domain of newerDomains(visible))
    if (!facts.urls.some((url) => url.includes(domain))) facts.urls.push(domain);
  facts.numbers = numbersOf(visible);
  const { entities, language } = analysis ?? analyse(draft);
  for (const entity of entities) {
    if (!KEPT_ENTITIES.has(entity.kind) || !isFact(entity.kind, entity.text, draft.text, entity.start))
      continue;
    // German capitalises every noun: only names of two words or more count there.
    if (language === 'de' && entity.kind === 'person' && !/\s/.test(entity.text.trim())) continue;
    // "den Eingang Ihrer Beschwerde": nouns joined by the formal "Ihrer" are a phrase, not a name.
    if (language === 'de' && /(?<![\p{L}])Ihr(?:e|er|es|em|en)?(?![\p{L}])/u.test(entity.text)) continue;
    // "We're SUPER busy": an everyday English word in capitals is the draft raising its voice, and
    // the calmer rewrite may drop it; a name or an acronym ("DENVER", "NVQ") is not in the dictionary.
    if (language === 'en' && isShoutedWord(entity.text.trim())) continue;
    // "Kubernetes\nApply at …": a name ends where its line does; the next line's first word is not part of it.
    const span = draft.toOriginal(entity.start, entity.end);
    const [firstLine, ...more] = draft.original.slice(span.start, span.end).split('\n');
    const text = (
      more.length > 0
        ? entity.text
            .trim()
            .split(/\s+/u)
            .slice(0, Math.max(1, (firstLine ?? '').trim().split(/\s+/u).length))
            .join(' ')
        : entity.text
    ).trim();
    if (NOT_A_NAME.test(text)) continue;
    // "Llama YA", "Jetzt SOFORT": a shouted word of hurry is the pressure a rewrite takes out, not a name.
    if (text.split(/\s+/).some((word) => HURRY_IN_CAPITALS.test(word))) continue;
    // "your entry DOESN'T COUNT\nWinner picked…": cut back to its line, a name may be one shouted word.
    if (language === 'en' && text !== entity.text.trim() && isShoutedWord(text)) continue;
    if (text && !facts.entities.includes(text)) facts.entities.push(text);
  }
  // "the CloudNine Ultra™": a name written in camel case, with the word after it that is part of it,
  // whatever the analysis made of its parts ("Cloud", "Ultra" are both inside its link).
  for (const match of visible.matchAll(CAMEL_CASE_NAME)) {
    const name = (match[0] as string).replace(/[™®]$/u, '');
    if (!facts.entities.includes(name)) facts.entities.push(name);
  }
  // "Sarah, we noticed you haven't renewed…": the person a text is written to is a fact of it.
  const addressed = ADDRESSED.exec(visible)?.[1];
  if (
    addressed &&
    !NOT_ADDRESSED.test(addressed) &&
    !(language === 'en' && isCommonEnglish(addressed)) &&
    !facts.entities.includes(addressed)
  )
    facts.entities.push(addressed);
  const paths = findReplyPaths(input);
  facts.replyPaths = [...new Set(paths.map((path) => path.text))];
  facts.exact = [...new Set([...keywordsAsWritten(paths), ...exactFacts(visible)])];
  facts.terms = timeTerms(visible);
  for (const occasion of visible.match(OCCASION) ?? [])
    if (!facts.entities.some((entity) => squash(entity).includes(squash(occasion))))
      facts.entities.push(occasion);
  return { text: input, facts, paths };
}

/** The figures of a text, not those inside a hashtag ("#Primavera2025" is a tag, "#1" a rank). */
function numbersOf(text: string): string[] {
  return text.replace(/#\p{L}[\p{L}\p{N}_]*/gu, ' ').match(NUMBER) ?? [];
}

/** Bare domains on the newer endings, without the full stop or comma that ends their sentence. */
function newerDomains(text: string): string[] {
  if (!DOT_BEFORE_LETTER.test(text)) return [];
  // `execAll`: it checks the leading lookbehind only where a domain matches, not at every position.
  return execAll(text, NEWER_DOMAIN).map((domain) => domain[0].replace(/[.,;:!?)]+$/u, ''));
}

// "CHANGELOG.md", "README.txt": a file name is typed as written, capitals and all.
const FILE_NAME =
  /(?<![\w./-])[\w-]*\p{Lu}[\w-]*\.(?:md|txt|json|ya?ml|csv|pdf|docx?|xlsx?|pptx?|js|ts|py|sh|toml|lock|zip)\b/gu;
// "AUSTIN, TX", "SAN FRANCISCO, Calif.", "MONTREAL —": a press release's dateline, a place as it is written.
const DATELINE =
  /(?:^|[—–-]\s+|\n|[.!?]\s+)(\p{Lu}{2,}(?:[ .]\p{Lu}{2,})*(?:,\s+(?:\p{Lu}{2}\b|\p{Lu}\p{Ll}+\.))?)(?=(?:,\s*|\s+[—–-]\s+)(?:\p{Lu}\p{Ll}+\.? \d|\d))/gu;
// "Bella Nails: …", "CareWell Pharmacy: …": who a text message is from, as its first words.
// "SALON ÉLODIE :": French sets a space before the colon, and the sender keeps it.
const SENDER = /^\s*(\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:of |de |&\s)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})( ?):\s+\S/u;
// Labels that open a line the same way but name no sender.
const NOT_A_SENDER =
  /^(?:subject|betreff|asunto|objet|assunto|oggetto|onderwerp|title|reminder|update|note|alert|news|breaking|draft|psa|fyi|resolved|announcement|heads up|hi|hey|hello|dear|today|tonight|tomorrow|new|flash \w+|big news|huge news|p\.?s\.?|re|fwd?|update|important|urgent|reminder|quick one|last chance|final call|giveaway time|restock alert|sale|deal|offer|attention|warning|notice|recordatorio|rappel|erinnerung|lembrete|promemoria|herinnering)$/iu;

function exactFacts(text: string): string[] {
  // A file name's extension, like a newer domain's ending, is a letter after a full stop.
  const found: string[] = DOT_BEFORE_LETTER.test(text) ? [...(text.match(FILE_NAME) ?? [])] : [];
  for (const match of execAll(text, DATELINE)) {
    const place = (match[1] as string).trim();
    // A shouted label ("FOR IMMEDIATE RELEASE", "NOTICE TO ALL RESIDENTS – 14 HARTLEY ROAD") is no
    // place: a dateline's place is short.
    if (
      place.split(/\s+/).length <= 4 &&
      !/\b(?:FOR|RELEASE|NEWS|NEW|SALE|NOW|ALERT|UPDATE|IMMEDIATE|NOTICE|TO|ALL|ATTENTION|REMINDER|WARNING|IMPORTANT)\b/u.test(
        place,
      )
    )
      found.push(place);
  }
  const sender = textSender(text);
  if (sender) found.push(sender);
  return found;
}

/** "Bella Nails:" when a text message opens on its sender's name, else null. */
export function textSender(text: string): string | null {
  const found = SENDER.exec(text);
  const sender = found?.[1];
  // A shouted opening ("FLASH SALE:") is a headline, not a sender.
  if (!sender || NOT_A_SENDER.test(sender) || /^\p{Lu}+$/u.test(sender.replace(/[\s&'’.-]/gu, '')))
    return null;
  // "OFFRE FLASH Maison Lorin :": a shouted label in front of the name makes it a headline.
  if (sender.split(/\s+/u).some((word) => /^\p{Lu}{2,}$/u.test(word) && LABEL_WORD.test(word))) return null;
  return `${sender}${found?.[2] ?? ''}:`;
}

// Words of a headline's label ("PLEASE NOTE:"), in the languages the rules cover: no business is
// called by them.
const LABEL_WORD =
  /^(?:please|note|read|nb|fyi|bitte|beachten|notez|nota|grand|official|opening|statement|special|exclusive|limited|important|importante|urgent|urgente|aviso|avviso|avis|atención|atenção|attenzione|achtung|let op|último|última|últimos|últimas|ultimo|ultima|ultimi|ultime|dernier|dernière|derniers|dernières|letzte|letzter|letzten|laatste|horas|heures|stunden|ore|uur|oferta|offerta|offre|angebot|aanbieding|promo|promoción|promoção|promozione|nuevo|nueva|nouveau|nouvelle|neu|neue|nieuw|novo|nova|nuovo|nuova|breaking|weekly|daily|monthly|season|event|webinar|update|news|sale|deal|alert|reminder|notice|warning|info|infos|information|información|informação|informazione|informatie|client|clients|cliente|clientes|klant|klanten|kunde|kunden|customer|customers|service|servicio|serviço|servizio|hinweis|mitteilung|comunicado|comunicazione|communiqué|mededeling)$/iu;

/**
 * "PADARIA AVENIDA: Hoje…", "BELLA NAPOLI: …": a text message's sender written in capitals, as
 * texts often are. Only a name: a shouted label ("FLASH SALE:", "LAST CHANCE:") or a word of sales
 * talk ("BIG", "FREE") is a headline.
 */
export function shoutedSender(text: string): string | null {
  const found = SENDER.exec(text);
  const sender = found?.[1];
  if (!sender || textSender(text) !== null || NOT_A_SENDER.test(sender)) return null;
  const words = sender.split(/[\s&]+/u).filter(Boolean);
  // "ATTENTION SELF-EMPLOYED:", "GRAND OPENING:", "AVISO IMPORTANTE:", "POV:": a label, or an
  // acronym, is no sender.
  if (NOT_A_SENDER.test(words[0] ?? '') || sender.replace(/\P{L}/gu, '').length < 4) return null;
  if (words.some((word) => LABEL_WORD.test(word))) return null;
  // "CASA DO SOL": a short joining word is part of the name, not a shouted "DO". "BIG BEN'S TACOS":
  // someone's own place is a name, whatever word opens it.
  if (
    !words.some((word) => /\p{L}['’]S$/u.test(word)) &&
    words.some((word) => word.length > 2 && SHOUTY_SHORT.has(word.replace(/[.'’-]+$/u, '')))
  )
    return null;
  return `${sender}${found?.[2] ?? ''}:`;
}

const CAMEL_CASE_NAME =
  /(?<![\p{L}\p{N}@#./-])\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+[\p{L}\p{N}]*(?: \p{Lu}[\p{Ll}\p{N}]+(?=[™®]))?[™®]?/gu;

/** The keyword to send and the code to quote, where the draft writes them in capitals. */
function keywordsAsWritten(paths: readonly ReplyPath[]): string[] {
  const words: string[] = [];
  for (const path of paths) {
    if (path.kind !== 'reply-word' && path.kind !== 'code') continue;
    const keyword = /["“'‘«]?([\p{L}\p{N}]+)["”'’»]?$/u.exec(path.text)?.[1];
    // "Comment AND reshare": a shouted small word is no keyword to send.
    if (!keyword || /^(?:AND|OR|THE|ALL|NOW|TO|FOR|BELOW|THIS|IT|US|ME|IN|ON|AT)$/u.test(keyword)) continue;
    if (/\p{Lu}/u.test(keyword) && keyword.toLowerCase() === path.keys[path.keys.length - 1])
      words.push(keyword);
  }
  return words;
}

// "Today only", "this week only", "until midnight", "for the next 6 hours", "solo hoy", "nur heute":
// the terms of an offer. The hurry around them goes; the terms are what the reader needs to know.
const TIME_TERM =
  /\b(?:(?:today|tonight|this (?:week|weekend|month)|(?:for )?(?:the month of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)) only|only (?:today|tonight|this (?:week|weekend|month))|(?:for )?the next \d+ (?:hours?|hrs?|days?|minutes?)|within \d+ ?(?:hours?|hrs?|days?)|(?:until|till|through|thru|ends?|before) (?:midnight|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:starting|from|as of|opens?|ships?|arrives?|will (?:call|email|text|contact) you) (?:today|tonight|tomorrow)|solo (?:por )?hoy|sólo (?:por )?hoy|só hoje|apenas hoje|solo oggi|nur (?:noch )?heute|heute nur|alleen vandaag|aujourd'hui seulement|uniquement aujourd'hui)\b/giu;

/** A time term as a key: its words in order, lower case, without the fillers a calmer rewrite may drop. */
function termKey(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(
      /\b(?:for|the|noch|por|ends?|until|till|through|thru|before|apenas|uniquement|seulement)\b/gu,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function timeTerms(text: string): string[] {
  return [...new Set(execAll(text, TIME_TERM).map((term) => term[0].trim()))];
}

// "Mother's Day", "Black Friday", "Memorial Day": the occasion an offer or a notice is for.
const OCCASION =
  /\b(?:(?:Mother|Father|Valentine|Teacher|Patrick|Nurse|Grandparent)['’]?s|Mothers|Fathers|Valentines|Presidents['’]?|Veterans['’]?|Memorial|Labou?r|Independence|Boxing|Earth|Pi|Singles['’]?) Day\b|\b(?:Black Friday|Cyber Monday|Giving Tuesday|Small Business Saturday|Thanksgiving|Halloween|Hanukkah|Diwali|Ramadan|Lunar New Year|New Year['’]?s(?: Eve| Day)?|Día de la Madre|Día del Padre|Muttertag|Vatertag|Fête des mères|Fête des pères|Dia das Mães|Festa della mamma|Moederdag|Vaderdag)\b/gu;

const NEWER_DOMAIN =
  /(?<![\w@.\-/])(?:[a-z0-9-]+\.)+(?:game|games|gg|studio|tv|fm|xyz|art|design|club|live|online|site|tech|events|media|news|blog|page|link|tickets|works|agency|digital|world|life|fit|golf|eco|health|care|school|academy|energy|bank|finance|travel|hotel|cafe|bar|wine|pizza|restaurant|band|music|film|photo|photography|studio|shop|store|ie|ch|at|be|eu|mx|jp|in|nz|se|dk|no|fi|pl|cz)(?:\/[^\s<>"'`]*)?(?![\w-])/giu;

// A newer domain's ending follows a full stop and opens on a letter, a-z under the pattern's own
// case folding: a text without that pair (most, once links are placeholders) holds none.
const DOT_BEFORE_LETTER = new RegExp('\\.[a-z]', NEWER_DOMAIN.flags.replace('g', ''));

const HURRY_IN_CAPITALS =
  /^(?:NOW|TODAY|YA|AHORA|HOY|JETZT|SOFORT|HEUTE|MAINTENANT|VITE|SUBITO|ORA|OGGI|ADESSO|NU|DIRECT|VANDAAG|JÁ|AGORA|HOJE)$/u;

export function extractFacts(input: string): DraftFacts {
  return factSheet(input).facts;
}

function difference(wanted: string[], have: string[]): string[] {
  const pool = new Map<string, number>();
  for (const item of have) pool.set(item, (pool.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of wanted) {
    const left = pool.get(item) ?? 0;
    if (left > 0) pool.set(item, left - 1);
    else missing.push(item);
  }
  return missing;
}

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ (?=%)/g, '');

/** The fact-sheet entities and reply paths inside `excerpt` that `replacement` no longer says. */
export function factsLostInEdit(sheet: FactSheet, excerpt: string, replacement: string): string[] {
  const inside = squash(excerpt);
  const after = squash(replacement);
  return [
    ...sheet.facts.entities.filter(
      (entity) => inside.includes(squash(entity)) && !after.includes(squash(entity)),
    ),
    ...lostReplyPaths(
      sheet.paths.filter((path) => excerpt.includes(path.text)),
      replacement,
    ),
  ];
}

/**
 * A ranking's words, which a name read off a title-case headline may take in with it ("Launches
 * World's Most Advanced", "the Lake District's most innovative"): no fact of the post. So is the
 * promise a headline makes ("…Platform Set to Transform the Future of Facilities Management"), and
 * "Industry-", the half of "Industry-Leading" a name read off a headline stops at.
 */
const RANKING_WORD =
  /^(?:world['’]s|most|advanced|game-changing|groundbreaking|ground-breaking|revolutionary|cutting-edge|best-in-class|industry-leading|market-leading|world-leading|world-class|leading|innovative|trusted|next-generation|state-of-the-art|unrivalled|unparalleled|transformative|disruptive|set|poised|transform|revolutioni[sz]e|redefine|reshape|reinvent|disrupt|future|forever),?$|^[\p{L}-]+-$/iu;

/**
 * A name's words without the ranking read into it and without a possessive ("Lake District's" is
 * "Lake" and "District"); the name as it is when it holds neither.
 */
export function rankingFreeParts(name: string): string[] {
  const parts = name.split(/\s+/u);
  if (!parts.some((part) => RANKING_WORD.test(part)) && !/['’]s$/u.test(name) && !/^(?:of|to)\s/iu.test(name))
    return [name];
  const kept = parts.filter((part) => !RANKING_WORD.test(part)).map((part) => part.replace(/['’]s$/u, ''));
  // "Future Of Enterprise Procurement" without its promise starts on "Of Enterprise…": the joint goes too.
  while (kept.length > 1 && /^(?:of|to)$/iu.test(kept[0] as string)) kept.shift();
  // A name that was all ranking ("Revolutionary", "Set" of "Set to Transform") says nothing the
  // version must keep.
  return kept;
}

/** Facts of a fact sheet that `candidate` lost (each distinct fact once). */
export function lostFacts(sheet: FactSheet, candidate: string): string[] {
  const a = sheet.facts;
  const draft = parseDraft(candidate);
  const b = { urls: [] as string[], mentions: [] as string[], channels: [] as string[] };
  for (const span of draft.protectedSpans) {
    if (span.kind === 'url') b.urls.push(span.value);
    else if (span.kind === 'mention' || span.kind === 'special') b.mentions.push(span.value);
    else if (span.kind === 'channel') b.channels.push(span.value);
  }
  const visible = draft.text.replace(PLACEHOLDERS, ' ');
  const numbers = numbersOf(visible);
  // A bare domain on a newer ending is a link in the candidate too, as it was in the draft.
  for (const domain of newerDomains(visible)) if (!b.urls.includes(domain)) b.urls.push(domain);
  const unique = (items: string[]) => [...new Set(items)];
  const flat = squash(candidate);
  const termKeys = timeTerms(visible).map(termKey);
  const lostPaths = lostReplyPaths(sheet.paths, candidate);
  return [
    ...difference(unique(a.urls), b.urls),
    ...difference(unique(a.mentions), b.mentions),
    ...difference(unique(a.channels), b.channels),
    ...difference(unique(a.numbers), numbers),
    ...a.entities.filter(
      (entity) =>
        !flat.includes(squash(entity)) && !flat.includes(squash(rankingFreeParts(entity).join(' '))),
    ),
    ...lostPaths,
    // A keyword whose whole reply path went is counted once, with its path.
    ...(a.exact ?? []).filter(
      (fact) => !candidate.includes(fact) && !lostPaths.some((path) => path.includes(fact)),
    ),
    ...(a.terms ?? []).filter((term) => !termKeys.includes(termKey(term))),
  ];
}

/**
 * Links, mentions, channels and numbers of `original` that `candidate` lost (each distinct fact
 * once): the guard the LLM path runs. The rewriter's own check is `missingFactsAndPaths`.
 */
export function missingFacts(original: string, candidate: string): string[] {
  const { urls, mentions, channels, numbers } = factSheet(original).facts;
  const sheet: FactSheet = {
    text: original,
    facts: { urls, mentions, channels, numbers, entities: [], replyPaths: [], exact: [], terms: [] },
    paths: [],
  };
  return lostFacts(sheet, candidate);
}

/** Every fact of `original` that `candidate` lost, names, prices, dates and reply paths included. */
export function missingFactsAndPaths(original: string, candidate: string): string[] {
  return lostFacts(factSheet(original), candidate);
}

function protectedFacts(input: string): Pick<DraftFacts, 'urls' | 'mentions' | 'channels'> {
  const facts = { urls: [] as string[], mentions: [] as string[], channels: [] as string[] };
  for (const span of parseDraft(input).protectedSpans) {
    if (span.kind === 'url') facts.urls.push(span.value);
    else if (span.kind === 'mention' || span.kind === 'special') facts.mentions.push(span.value);
    else if (span.kind === 'channel') facts.channels.push(span.value);
  }
  return facts;
}

/** Links, mentions and channels in `candidate` that `original` never had. */
export function addedFacts(original: string | FactSheet, candidate: string): string[] {
  const a = typeof original === 'string' ? protectedFacts(original) : original.facts;
  const b = protectedFacts(candidate);
  const known = new Set([...a.urls, ...a.mentions, ...a.channels]);
  return [...b.urls, ...b.mentions, ...b.channels].filter((item) => !known.has(item));
}

/**
 * Numbers, prices and names in `candidate` that `original` never had: a rewrite may rephrase, it
 * may not invent a figure, a date or a person.
 */
export function addedEntities(
  original: string | FactSheet,
  candidate: string,
  candidateAnalysis?: DraftAnalysis,
): string[] {
  const sheet = typeof original === 'string' ? factSheet(original) : original;
  const flat = squash(sheet.text);
  const looseText = loose(sheet.text);
  const originalNumbers = new Set(sheet.facts.numbers);
  const b = factSheet(candidate, candidateAnalysis).facts;
  return [
    ...b.numbers.filter((number) => !originalNumbers.has(number)),
    // "Grimtooth 🆕 Ranked" in the draft is "Grimtooth\nRanked" once the emoji goes: no new name.
    ...b.entities.filter(
      (entity) =>
        !flat.includes(squash(entity)) &&
        !looseText.includes(loose(entity)) &&
        !wordsInOrder(looseText, loose(entity)),
    ),
  ];
}

/**
 * "GreenBasket Opens Flagship Store In Parramatta" where the draft's headline had "State-Of-The-Art"
 * in the middle: a cut joins a name's neighbours, and every word of it is still the draft's, in the
 * draft's order. A name the version made up has a word the draft never had.
 */
function wordsInOrder(draft: string, entity: string): boolean {
  const draftWords = draft.split(' ');
  let at = 0;
  for (const word of entity.split(' ')) {
    const found = draftWords.indexOf(word, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

const loose = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}$€£%]+/gu, ' ')
    .trim();
