import { judgeDraft as analyseDraft, type Judgement as Analysis } from './judge';
import { findProtectedSpans } from './draft';
import { missingFacts } from './facts';
import { quieten } from './rules/shouting';
import type { Finding, Language, ReviewOptions } from './types';

/**
 * The deterministic conversational rewrite.
 *
 * It works like a cautious editor: apply each rule's proposed replacement (drop the hype, calm the
 * countdown, turn an order into an invitation), tidy the seams the edits leave, make sure the post
 * ends on a real question, then review the result again. Links, mentions, channels, code and numbers
 * are never touched: an edit that would lose one is skipped.
 */

/** Marks where an edit happened, so the tidy-up knows which sentence starts it may repair. */
const EDIT_MARK = '\uF8FF';
/** Protected tokens are swapped for these while the text is tidied, then put back. */
const MASK_BASE = 0xf000;
const MAX_PASSES = 4;
/** Past this length a draft is an article, not a post: one rewrite pass and one check keep it instant. */
const LONG_DRAFT = 5_000;

interface Edit {
  start: number;
  end: number;
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

// Closing questions per language and topic: chosen from what the draft is about, so the question
// fits the post instead of being the same line stapled to everything.
const QUESTIONS: Record<
  Exclude<Language, 'other'>,
  Record<'person' | 'event' | 'product' | 'general', string>
> = {
  en: {
    person: 'What would you like to ask them?',
    event: 'Will we see you there?',
    product: 'What would you like to know about it?',
    general: 'What do you think?',
  },
  es: {
    person: '¿Qué te gustaría preguntarle?',
    event: '¿Nos vemos allí?',
    product: '¿Qué te gustaría saber?',
    general: '¿Qué opinas?',
  },
  fr: {
    person: 'Que voudriez-vous lui demander ?',
    event: 'On vous y voit ?',
    product: 'Qu’aimeriez-vous savoir ?',
    general: 'Qu’en pensez-vous ?',
  },
  de: {
    person: 'Was würdet ihr gern fragen?',
    event: 'Sehen wir uns dort?',
    product: 'Was möchtet ihr darüber wissen?',
    general: 'Was meint ihr?',
  },
  pt: {
    person: 'O que você gostaria de perguntar?',
    event: 'A gente se vê lá?',
    product: 'O que você gostaria de saber?',
    general: 'O que você acha?',
  },
  it: {
    person: 'Cosa vorresti chiedere?',
    event: 'Ci vediamo lì?',
    product: 'Cosa vorresti sapere?',
    general: 'Voi cosa ne pensate?',
  },
  nl: {
    person: 'Wat zou je willen vragen?',
    event: 'Zien we je daar?',
    product: 'Wat wil je er nog over weten?',
    general: 'Wat vinden jullie?',
  },
};

function topicOf(text: string): 'person' | 'event' | 'product' | 'general' {
  if (
    /\b(?:welcome|joined (?:us|the team|our team)|joins (?:us|the team|our team)|has joined|appointed|appointment|hired|new (?:ceo|cfo|cto|coo|head|director|hire|manager|coach)|board)\b/i.test(
      text,
    )
  )
    return 'person';
  if (
    /\b(?:event|workshop|webinar|meetup|conference|summit|class|session|talk|festival|fair|launch party|open day|livestream)\b/i.test(
      text,
    )
  )
    return 'event';
  if (
    /\b(?:app|product|feature|release|version|launch|menu|collection|course|book|tool|plan|service|edition|update)\b/i.test(
      text,
    )
  )
    return 'product';
  return 'general';
}

function containsFact(text: string): boolean {
  return /\d/.test(text) || findProtectedSpans(text).length > 0;
}

function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,:/]\d+)*/g) ?? [];
}

/** Whether a replacement keeps every number and protected token the excerpt held. */
function keepsFacts(excerpt: string, replacement: string): boolean {
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
  if (finding.rule === 'link-only' || finding.rule === 'no-invitation' || finding.rule === 'self-focus')
    return null;
  return containsFact(finding.excerpt) ? null : '';
}

function applyEdits(text: string, edits: Edit[]): string {
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

function mask(text: string): { masked: string; tokens: string[] } {
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

function unmask(text: string, tokens: string[]): string {
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

/** Repairs the seams edits leave: stray punctuation, doubled spaces, lost capitals, orphan fragments. */
function tidy(text: string, language: Language): string {
  const { masked, tokens } = mask(text);
  let out = masked;
  const findIt = FIND_IT[language];
  out = out.replace(STRANDED, '');
  // A sentence whose opening order was removed and now starts on a preposition or a pronoun
  // ("at https://…", "yours at …") becomes an invitation to find it.
  out = out.replace(
    OPENS_ON_PREPOSITION,
    (_all, before: string, preposition: string, space: string) => `${before}${findIt} ${preposition}${space}`,
  );
  out = out.replace(
    OPENS_ON_LINK,
    (_all, before: string, token: string) => `${before}${findIt} here: ${token}`,
  );
  out = out.replace(EDIT_MARKS, '');
  out = out
    .replace(/[ \t\u00A0]{2,}/g, ' ')
    .replace(/ +([,.!?;:…])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/([,;:])\s*([.!?])/g, '$2')
    .replace(/([.!?])[ \t]*[,;:]+/g, '$1')
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
    .replace(/(^|[.!?][ \t]+)(?:and|but|so|plus|or),?[ \t]+/gim, '$1')
    .replace(/(^|[.!?][ \t]+)[–—-]+[ \t]+/gm, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Drop sentences left with nothing to say (no letters, digits or protected tokens).
  out = out
    .split(/(?<=[.!?])[ \t]+/)
    .filter((sentence) => SAYS_SOMETHING.test(sentence))
    .join(' ');
  // Capitalise sentence starts that an edit left in lower case.
  out = out.replace(
    /(^|[.!?]\s+|\n\s*)([\p{Ll}])/gu,
    (_all, before: string, letter: string) => before + letter.toLocaleUpperCase(),
  );
  return unmask(out, tokens);
}

function endsOnToken(text: string): boolean {
  const spans = findProtectedSpans(text);
  const last = spans[spans.length - 1];
  return (last !== undefined && text.trimEnd().length === last.end) || /#[\p{L}\p{N}_]+\s*$/u.test(text);
}

// When nothing is left of a draft that was all order and pressure, this is what a person would say.
const SOFT_INVITATION: Record<Exclude<Language, 'other'>, string> = {
  en: "If it sounds useful, have a look and tell us what you think. We're happy to answer questions.",
  es: 'Si te resulta útil, échale un vistazo y cuéntanos qué te parece.',
  fr: 'Si ça peut vous servir, jetez un œil et dites-nous ce que vous en pensez.',
  de: 'Wenn es euch nützt, schaut es euch an und sagt uns, was ihr denkt.',
  pt: 'Se for útil para você, dê uma olhada e conta pra gente o que achou.',
  it: 'Se ti può servire, dacci un’occhiata e facci sapere cosa ne pensi.',
  nl: 'Als je er iets aan hebt, kijk gerust en laat ons weten wat je ervan vindt.',
};

function withQuestion(text: string, language: Language): string {
  if (language === 'other') return text;
  const question = QUESTIONS[language][topicOf(text)];
  const spoken = text.replace(/<[^>]*>|https?:\/\/\S+|:[a-z0-9_+-]+:/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (spoken.length < 2)
    return text.trim() ? `${SOFT_INVITATION[language]} ${text.trim()}` : SOFT_INVITATION[language];
  if (endsOnToken(text)) return `${text}\n\n${question}`;
  const closed = /[.!?…)"”»]$/.test(text) || /\p{Extended_Pictographic}$/u.test(text) ? text : `${text}.`;
  return `${closed} ${question}`;
}

/** A link dropped with a bare label gets a line on why the reader might want it. */
function withLinkLead(text: string, language: Language): string {
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

function asksAQuestion(analysis: Analysis): boolean {
  return analysis.signals.some((signal) => signal.signal === 'genuine-question');
}

/** One pass: apply the edits the current findings propose, tidy, and close on a question. */
function rewritePass(analysis: Analysis, fallback: boolean): string {
  const { draft, findings, replacements, language } = analysis;
  const edits: Edit[] = [];
  for (const finding of findings) {
    const replacement = editFor(finding, replacements.get(finding), fallback);
    if (replacement === null) continue;
    edits.push({ start: finding.start, end: finding.end, replacement });
  }
  let text = tidy(applyEdits(draft.original, edits), language);
  if (findings.some((finding) => finding.rule === 'link-only')) text = withLinkLead(text, language);
  if (!asksAQuestion(analysis) && !/[?？]\s*$/.test(text)) text = withQuestion(text, language);
  return text;
}

/**
 * Rewrites a draft that needs revising. Deterministic: the same draft always gets the same rewrite.
 * Returns the best candidate found within a few passes; every candidate keeps the draft's facts.
 */
export function rewriteDraft(analysis: Analysis, options: ReviewOptions): string {
  const original = analysis.draft.original;
  const check = { ...options, skipRewrite: true };
  let best: { text: string; score: number } | null = null;
  let current = analysis;
  const passes = original.length > LONG_DRAFT ? 1 : MAX_PASSES;
  for (let pass = 0; pass < passes; pass++) {
    const candidate = rewritePass(current, pass > 0);
    if (candidate === current.draft.original && pass > 0) break;
    if (missingFacts(original, candidate).length > 0) {
      // An edit lost a link, mention or number: keep the draft's words and only add the question.
      if (pass === 0) current = analyseDraft(withQuestion(original, analysis.language), check);
      continue;
    }
    const next = analyseDraft(candidate, check);
    if (!best || next.score > best.score) best = { text: candidate, score: next.score };
    if (next.verdict === 'pass') return candidate;
    current = next;
  }
  return best && best.text !== original ? best.text : withQuestion(original, analysis.language);
}
