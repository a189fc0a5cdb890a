import { analyse, type DraftAnalysis } from './analysis';
import { parseDraft, PLACEHOLDER_CLASS } from './draft';
import { findReplyPaths, lostReplyPaths, type ReplyPath } from './rewrite/reply-paths';

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
  if (kind !== 'person' && kind !== 'organisation') return true;
  const words = text.trim().split(/\s+/);
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

/** The facts of a draft plus its reply paths as found, for callers that check many candidates. */
export interface FactSheet {
  /** The draft as written. */
  text: string;
  facts: DraftFacts;
  paths: ReplyPath[];
}

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
  };
  for (const span of draft.protectedSpans) {
    if (span.kind === 'url') facts.urls.push(span.value);
    else if (span.kind === 'mention' || span.kind === 'special') facts.mentions.push(span.value);
    else if (span.kind === 'channel') facts.channels.push(span.value);
  }
  const visible = draft.text.replace(PLACEHOLDERS, ' ');
  // A bare domain on one of the newer endings ("hollowreach.game") is a link the reader needs too.
  for (const domain of visible.match(NEWER_DOMAIN) ?? [])
    if (!facts.urls.some((url) => url.includes(domain))) facts.urls.push(domain);
  facts.numbers = visible.match(NUMBER) ?? [];
  const { entities, language } = analysis ?? analyse(draft);
  for (const entity of entities) {
    if (!KEPT_ENTITIES.has(entity.kind) || !isFact(entity.kind, entity.text, draft.text, entity.start))
      continue;
    // German capitalises every noun: only names of two words or more count there.
    if (language === 'de' && entity.kind === 'person' && !/\s/.test(entity.text.trim())) continue;
    const text = entity.text.trim();
    // "Llama YA", "Jetzt SOFORT": a shouted word of hurry is the pressure a rewrite takes out, not a name.
    if (HURRY_IN_CAPITALS.test(text)) continue;
    if (text && !facts.entities.includes(text)) facts.entities.push(text);
  }
  const paths = findReplyPaths(input);
  facts.replyPaths = [...new Set(paths.map((path) => path.text))];
  return { text: input, facts, paths };
}

const NEWER_DOMAIN =
  /(?<![\w@.\-/])(?:[a-z0-9-]+\.)+(?:game|games|gg|studio|tv|fm|xyz|art|design|club|live|online|site|tech|events|media|news|blog|page|link|tickets|works|agency|digital|world|life|fit|golf|eco|health|care|school|academy|energy|bank|finance|travel|hotel|cafe|bar|wine|pizza|restaurant|band|music|film|photo|photography|studio|shop|store|ie|ch|at|be|eu|mx|jp|in|nz|se|dk|no|fi|pl|cz)(?:\/[^\s<>"'`]*)?(?![\w-])/giu;

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
  const numbers = draft.text.replace(PLACEHOLDERS, ' ').match(NUMBER) ?? [];
  const unique = (items: string[]) => [...new Set(items)];
  const flat = squash(candidate);
  return [
    ...difference(unique(a.urls), b.urls),
    ...difference(unique(a.mentions), b.mentions),
    ...difference(unique(a.channels), b.channels),
    ...difference(unique(a.numbers), numbers),
    ...a.entities.filter((entity) => !flat.includes(squash(entity))),
    ...lostReplyPaths(sheet.paths, candidate),
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
    facts: { urls, mentions, channels, numbers, entities: [], replyPaths: [] },
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
  const originalNumbers = new Set(sheet.facts.numbers);
  const b = factSheet(candidate, candidateAnalysis).facts;
  return [
    ...b.numbers.filter((number) => !originalNumbers.has(number)),
    ...b.entities.filter((entity) => !flat.includes(squash(entity))),
  ];
}
