import { ABBREVIATION_BEFORE, INITIALS, runsOnAfter } from './abbreviations';
import { findProtectedSpans } from '../draft';
import { factsLostInEdit, type FactSheet } from '../facts';
import type { Judgement } from '../judge';
import { quieten } from '../rules/shouting';
import type { Finding, Language } from '../types';
import { findReplyPaths, keepsPath } from './reply-paths';

/**
 * Targeted edits: each finding's proposed replacement applied to the draft (drop the hype, calm the
 * countdown, turn an order into an invitation), then the seams tidied. Links, mentions, channels,
 * code, numbers and reply paths are never touched: an edit that would lose one is skipped. The
 * planner (plan.ts) works on the edited text; when no plan passes its checks, these edits are what
 * the author is shown, one by one.
 */

/** Marks where an edit happened, so the tidy-up knows which sentence starts it may repair. */
const EDIT_MARK = '\uF8FF';
/** Protected tokens are swapped for these while the text is tidied, then put back. */
const MASK_BASE = 0xf000;

/** One targeted edit: the words of the draft at `start`–`end` and what to say instead. */
export interface Edit {
  start: number;
  end: number;
  excerpt: string;
  replacement: string;
}

const FIND_IT: Record<Language, string> = {
  en: 'You can find it',
  es: 'Lo encuentras',
  fr: 'Vous le trouverez',
  de: 'Ihr findet es',
  pt: 'Você encontra',
  it: 'Lo trovi',
  nl: 'Je vindt het',
  other: 'You can find it',
};

const LINK_LEAD: Record<Language, string> = {
  en: "we think you'll find it useful",
  es: 'creemos que te va a servir',
  fr: 'on pense que ça peut vous être utile',
  de: 'wir glauben, das hilft euch weiter',
  pt: 'achamos que vai ser útil para você',
  it: 'pensiamo che ti sarà utile',
  nl: 'we denken dat je er iets aan hebt',
  other: "we think you'll find it useful",
};
const AND: Record<Language, string> = {
  en: 'and',
  es: 'y',
  fr: 'et',
  de: 'und',
  pt: 'e',
  it: 'e',
  nl: 'en',
  other: 'and',
};

function containsFact(text: string): boolean {
  return /\d/.test(text) || findProtectedSpans(text).length > 0;
}

function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,:/]\d+)*/g) ?? [];
}

/** Whether a replacement keeps every number and protected token the excerpt held. */
function keepsFacts(excerpt: string, replacement: string): boolean {
  if (findReplyPaths(excerpt).some((path) => !keepsPath(path, replacement))) return false;
  const protectedTokens = findProtectedSpans(excerpt).map((span) => span.raw);
  if (protectedTokens.some((token) => !replacement.includes(token))) return false;
  const available = numbersIn(replacement);
  return numbersIn(excerpt).every((number) => {
    const at = available.indexOf(number);
    if (at === -1) return false;
    available.splice(at, 1);
    return true;
  });
}

/** What to put in place of a finding, or null to leave it. */
function editFor(finding: Finding, proposed: string | undefined, fallback: boolean): string | null {
  if (proposed !== undefined) return keepsFacts(finding.excerpt, proposed) ? proposed : null;
  if (!fallback) return null;
  // Later passes: findings without a proposal are quietened or dropped when they carry no facts.
  if (finding.rule === 'shouting') {
    const quiet = finding.excerpt.replace(/[!¡]{2,}/g, '!');
    const lowered = quieten(quiet);
    return lowered !== finding.excerpt ? lowered : null;
  }
  // A hype finding that proposes nothing is a verb the sentence stands on ("Level up your work life
  // at The Hive"): cut, it would leave "life at The Hive".
  if (
    finding.rule === 'link-only' ||
    finding.rule === 'no-invitation' ||
    finding.rule === 'self-focus' ||
    finding.rule === 'hype-superlatives'
  )
    return null;
  return containsFact(finding.excerpt) || findReplyPaths(finding.excerpt).length > 0 ? null : '';
}

/** `edits` applied to `text`, each marked so `tidy` knows where a seam is. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) continue; // overlapping: the earlier, longer edit already covers it
    out += text.slice(cursor, edit.start) + EDIT_MARK + edit.replacement;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

export function mask(text: string): { masked: string; tokens: string[] } {
  const tokens: string[] = [];
  let masked = '';
  let cursor = 0;
  for (const span of findProtectedSpans(text)) {
    masked += text.slice(cursor, span.start) + String.fromCharCode(MASK_BASE + tokens.length);
    tokens.push(span.raw);
    cursor = span.end;
  }
  return { masked: masked + text.slice(cursor), tokens };
}

export function unmask(text: string, tokens: string[]): string {
  return text.replace(/[\uF000-\uF7FF]/g, (char) => tokens[char.charCodeAt(0) - MASK_BASE] ?? '');
}

const TOKEN = '[\\uF000-\\uF7FF]';
const EDIT_MARKS = new RegExp(EDIT_MARK, 'g');
const SAYS_SOMETHING = new RegExp(`[\\p{L}\\p{N}${TOKEN.slice(1, -1)}\\p{Extended_Pictographic}]`, 'u');
// Words an edit can leave stranded before the end of a sentence: "— for your.", "and get."
const STRANDED = new RegExp(
  `[\\s,;:—–-]*${EDIT_MARK}(?:[\\s,;:—–-]*(?:${EDIT_MARK}|(?:for|to|with|your|our|their|my|the|a|an|of|and|or|at|on|in|by|from|get|plus)(?![\\p{L}])))*[\\s,;:—–-]*(?=[.!?]|\\n|$)`,
  'giu',
);
const OPENS_ON_PREPOSITION = new RegExp(
  `(^|[.!?]\\s+|\\n\\s*)(?:${EDIT_MARK}[\\s,:;!-]*(?:(?:or|and)\\s+)?)+(?:(?:yours|it|one|them|this|these|your copy|a copy|today|now|here)\\s+)?(at|on|via|from|through|in (?:our|the)|en|sur|auf|unter|em|no|na)(\\s+)`,
  'giu',
);
const OPENS_ON_LINK = new RegExp(
  `(^|[.!?]\\s+|\\n\\s*)(?:${EDIT_MARK}[\\s,:;!-]*(?:(?:or|and)\\s+)?)+(?:here|below|👉|➡️|→)?\\s*[:\\-–—]?\\s*(${TOKEN})`,
  'gu',
);

export { ABBREVIATION_BEFORE } from './abbreviations';

// "@channel [Please be advised] that effective immediately…": the cut after a mention, and its "that".
const MENTION_BEFORE_CUT = new RegExp(`^(@[\\w.-]+\\s+)${EDIT_MARK}\\s*,?\\s*(?:that,?\\s+)?(\\p{Ll})`, 'u');
// "Please be advised that badge removal is…" with the notice cut: "badge removal is…", not "That…";
// so "…that Greenfields will be closed": "Greenfields will be closed". After a heading's colon too
// ("NOTICE TO ALL SUBSCRIBERS: [Please be advised] that, effective 1 May, …"), and on a line of its own
// after a greeting ("Dear customer,\n\n[We are writing to inform you] that on 2 May…").
const CUT_BEFORE_THAT = new RegExp(`(^|[.!?:]\\s+|\\n\\s*)${EDIT_MARK}\\s*,?\\s*that,?\\s+(?=\\p{L})`, 'gu');
// "…under Section 11 of the Act, [please be advised] that the Managing Agent has…": after a comma the
// sentence runs on to what was announced, without the "that" that hung on the cut.
const CUT_AFTER_COMMA_THAT = new RegExp(`(,\\s*)${EDIT_MARK}\\s*,?\\s*that\\s+(?=\\p{L})`, 'gu');

/** Repairs the seams edits leave: stray punctuation, doubled spaces, lost capitals, orphan fragments. */

export function tidy(text: string, language: Language): string {
  const { masked, tokens } = mask(text);
  let out = masked;
  const findIt = FIND_IT[language];
  out = out.replace(STRANDED, '');
  // A sentence whose opening order was removed and now starts on a preposition or a pronoun
  // ("at https://…", "yours at …") becomes an invitation to find it.
  // Not a sentence that opened on its own capital after the cut ("NOTICE TO ALL CUSTOMERS: From 1
  // March, …"): that preposition is the sentence's own, not what an order left.
  out = out.replace(OPENS_ON_PREPOSITION, (all, before: string, preposition: string, space: string) =>
    /^\p{Lu}/u.test(preposition) ? all : `${before}${findIt} ${preposition}${space}`,
  );
  out = out.replace(
    OPENS_ON_LINK,
    (_all, before: string, token: string) => `${before}${findIt} here: ${token}`,
  );
  // "@channel [Please be advised] that effective immediately…": the sentence after the mention opens
  // with its capital.
  out = out.replace(
    MENTION_BEFORE_CUT,
    (_all, mention: string, letter: string) => `${mention}${letter.toUpperCase()}`,
  );
  out = out.replace(CUT_BEFORE_THAT, '$1');
  out = out.replace(CUT_AFTER_COMMA_THAT, '$1');
  out = out.replace(EDIT_MARKS, '');
  out = out
    .replace(/[ \t\u00A0]{2,}/g, ' ')
    .replace(/ +([,.!?;:…])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/([,;:])\s*([.!?])/g, '$2')
    // "Brewing Co., an independent brewery", "Brightpath Freight B.V., an innovator": the comma after an
    // abbreviation's or initials' full stop stays.
    .replace(/([.!?])[ \t]*[,;:]+/g, (all: string, mark: string, offset: number, whole: string) =>
      mark === '.' &&
      (ABBREVIATION_BEFORE.test(whole.slice(0, offset + 1)) || INITIALS.test(whole.slice(0, offset + 1)))
        ? all
        : mark,
    )
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/!+\.|\.!+/g, '!')
    .replace(/\?[!.]+|!+\?/g, '?')
    .replace(/!{2,}/g, '!')
    .replace(/\?{2,}/g, '?')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    // Formatting left around nothing ("_Limited time:_" → "_:_") goes too.
    .replace(/(^|\s)([*_~])[\s:.,;!?-]*\2(?=\s|$)[ \t]*/g, '$1')
    .replace(/\s+(?:and|or|&|to|with|for|y|et|und|e|ou)\s*([.!?])/giu, '$1')
    .replace(/\s*[-–—:]+\s*([.!?])(?=\s|$)/g, '$1')
    .replace(/^[ \t]*[,;:.!?–—][ \t]*/gm, '')
    // Not after an abbreviation's stop: "between 8:00 a.m. and 4:00 p.m." keeps its "and".
    .replace(
      /(^|[.!?][ \t]+)(?:and|but|so|plus|or),?[ \t]+/gim,
      (all: string, lead: string, offset: number, whole: string) =>
        lead && ABBREVIATION_BEFORE.test(whole.slice(Math.max(0, offset - 8), offset + 1)) ? all : lead,
    )
    .replace(/(^|[.!?][ \t]+)[–—-]+[ \t]+/gm, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Drop sentences left with nothing to say (no letters, digits or protected tokens).
  out = out
    .split(/(?<=[.!?])[ \t]+/)
    .filter((sentence) => SAYS_SOMETHING.test(sentence))
    .join(' ');
  // Capitalise sentence starts that an edit left in lower case (not after "Inc.", "e.g." or "U.S.",
  // nor after a date's full stops: "am 15.03. ohne weitere Ankündigung").
  out = out.replace(
    /(^|[.!?]\s+|\n\s*)([\p{Ll}])/gu,
    (all: string, before: string, letter: string, offset: number) =>
      runsOnAfter(out.slice(Math.max(0, offset - 7), offset + 1), letter)
        ? all
        : before + letter.toLocaleUpperCase(),
  );
  return unmask(out, tokens);
}

/** A link dropped with a bare label gets a line on why the reader might want it. */
export function withLinkLead(text: string, language: Language): string {
  const spans = findProtectedSpans(text);
  const url = spans.find((span) => span.kind === 'url');
  if (!url) return text;
  const label = text.slice(0, url.start).replace(/(?:\s|:|-|–|—|👉|➡️|→)+$/u, '');
  const lead = LINK_LEAD[language];
  const capitalised = lead.charAt(0).toUpperCase() + lead.slice(1);
  // "New post" gets ", and we think…"; a full sentence ("Version 4.2 is out.") gets a new one.
  const opening = !label
    ? capitalised
    : /[.!?]$/.test(label)
      ? `${label} ${capitalised}`
      : `${label}, ${AND[language]} ${lead}`;
  return `${opening}: ${text.slice(url.start)}`;
}

/**
 * The edits the findings propose; `fallback` also quietens or drops findings without a proposal;
 * `rules`, when given, limits them to those rules' findings.
 */
export function targetedEdits(
  judgement: Judgement,
  fallback: boolean,
  sheet?: FactSheet,
  rules?: ReadonlySet<string>,
): Edit[] {
  const { draft, findings, replacements } = judgement;
  const edits: Edit[] = [];
  for (const finding of findings) {
    if (rules && !rules.has(finding.rule)) continue;
    const replacement = editFor(finding, replacements.get(finding), fallback);
    if (replacement === null) continue;
    // "Must have: Java 17, Spring Boot…": a job's list of requirements, labelled; the label stays.
    if (/^must[- ]have$/iu.test(finding.excerpt) && /^\s*:/u.test(draft.original.slice(finding.end)))
      continue;
    // "#GameChanger": a word inside a hashtag is the tag's; the tags are the writer's call to keep.
    if (/#[\p{L}\p{N}_]*$/u.test(draft.original.slice(0, finding.start))) continue;
    // A name, a date, a price or a reply path inside the excerpt stays: the edit is skipped.
    if (sheet && factsLostInEdit(sheet, finding.excerpt, replacement).length > 0) continue;
    edits.push({
      start: finding.start,
      end: finding.end,
      excerpt: draft.original.slice(finding.start, finding.end),
      replacement,
    });
  }
  return edits;
}

/** The draft with the edits applied and the seams tidied. */
export function applyTargetedEdits(judgement: Judgement, edits: Edit[]): string {
  let text = tidy(applyEdits(judgement.draft.original, edits), judgement.language);
  if (judgement.findings.some((finding) => finding.rule === 'link-only'))
    text = withLinkLead(text, judgement.language);
  return text;
}
