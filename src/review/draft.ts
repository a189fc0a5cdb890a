/**
 * Draft normalisation: Slack mrkdwn (or plain text) in, text to analyse out.
 *
 * Rules never see markup. Links, mentions, channels, broadcast pings, :emoji:, code and code
 * blocks become one placeholder character each (so no rule can flag a word inside a URL or a code
 * sample), formatting markers (*bold*, _italic_, ~strike~) disappear, and HTML entities are decoded.
 * Every character of `text` remembers the range of the original input it came from, so findings
 * can always be reported as offsets into what the person actually wrote.
 */

import { execAll } from './regex';

export type ProtectedKind = 'url' | 'mention' | 'channel' | 'special' | 'emoji' | 'code';

export interface ProtectedSpan {
  kind: ProtectedKind;
  /** Offsets into the original input. */
  start: number;
  end: number;
  /** The raw token as written, e.g. `<https://x.io|our site>` or `:tada:`. */
  raw: string;
  /** The part that must survive any rewrite: the URL, the user or channel id, the code. */
  value: string;
}

/** One private-use character stands in for each protected token in the analysable text. */
export const PLACEHOLDER: Record<ProtectedKind, string> = {
  url: '\uE000',
  mention: '\uE001',
  channel: '\uE002',
  special: '\uE003',
  emoji: '\uE004',
  code: '\uE005',
};
export const PLACEHOLDER_CLASS = '[\\uE000-\\uE005]';

export interface Draft {
  readonly original: string;
  /** Markup-free text for the rules to read. */
  readonly text: string;
  readonly protectedSpans: readonly ProtectedSpan[];
  /** Maps a half-open range of `text` back to the original input. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

// Order matters: code first (nothing inside code is markup), then Slack's angle-bracket tokens,
// bare URLs, then :emoji: names. The emoji name must hold a letter so "10:30:45" stays a time.
const PROTECTED_PATTERN = new RegExp(
  [
    '(?<codeblock>```[\\s\\S]*?```)',
    '(?<code>`[^`\\n]+`)',
    '(?<angle><(?:[@#!]|[a-zA-Z][a-zA-Z0-9+.-]*:)[^<>\\s|]*(?:\\|[^<>\\n]*)?>)',
    '(?<bare>\\b(?:https?://|www\\.)[^\\s<>"\'`]+|(?<![\\w@.\\-/])(?:[a-z0-9-]+\\.)+(?:com|org|net|io|dev|co|app|ai|edu|gov|info|biz|shop|store|me|tv|uk|de|fr|es|pt|br|nl|it|ca|au)(?:/[^\\s<>"\'`]*)?(?![\\w-]))',
    "(?<emoji>:(?=[a-z0-9_+'-]*[a-z])[a-z0-9_+'-]{1,64}:(?::skin-tone-[2-6]:)?)",
  ].join('|'),
  'gi',
);

/**
 * What every match of PROTECTED_PATTERN holds: a backtick, "<", ":" (an emoji name or "http://")
 * or a dot followed by what a URL may hold ("www.x", "shop.com"). Most sentences have none, and
 * this one quick search spares them the pattern's five-way try at every position.
 */
const MAY_BE_PROTECTED = /[`<:]|\.[^\s<>"'`]/;

const TRAILING_URL_PUNCTUATION = /[.,!?;:)\]}'"…]+$/;

function classifyAngle(raw: string): { kind: ProtectedKind; value: string } {
  const inner = raw.slice(1, -1);
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  if (target.startsWith('@')) return { kind: 'mention', value: target };
  if (target.startsWith('#')) return { kind: 'channel', value: target };
  if (target.startsWith('!')) return { kind: 'special', value: target };
  return { kind: 'url', value: target };
}

// Signs of source code: a fenced block without these that reads like sentences is a draft someone
// fenced to keep its line breaks ("Draft tweet: ```…```"), and it is reviewed like any other text.
const CODE_SIGNS =
  /[{};]\s*$|=>|\(\)|<\/|^\s*(?:def|function|const|let|var|import|export|class|return|if|for|while|SELECT|\$|>>>|#include|package|public|private)\b|[=!]==|\w+\.\w+\(|^\s{4,}\S/m;

function isProseBlock(raw: string): boolean {
  const inner = raw
    .slice(3, -3)
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, '')
    .trim();
  if (inner.length < 20 || CODE_SIGNS.test(inner)) return false;
  const letters = (inner.match(/[\p{L}\s]/gu) ?? []).length;
  const sentences = (inner.match(/[.!?](?:\s|$)/g) ?? []).length;
  return letters / inner.length > 0.8 && sentences >= 1;
}

export function findProtectedSpans(input: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  if (!MAY_BE_PROTECTED.test(input)) return spans;
  for (const match of execAll(input, PROTECTED_PATTERN)) {
    const groups = match.groups ?? {};
    let raw = match[0];
    const start = match.index;
    let kind: ProtectedKind;
    let value = raw;
    if (groups.codeblock !== undefined && isProseBlock(raw)) {
      // The fences are markup; what is inside is reviewed (and its own links protected) as text.
      const inner = findProtectedSpans(raw.slice(3, -3)).map((span) => ({
        ...span,
        start: span.start + start + 3,
        end: span.end + start + 3,
      }));
      spans.push(...inner);
      continue;
    } else if (groups.codeblock !== undefined || groups.code !== undefined) {
      kind = 'code';
    } else if (groups.angle !== undefined) {
      ({ kind, value } = classifyAngle(raw));
    } else if (groups.bare !== undefined) {
      raw = raw.replace(TRAILING_URL_PUNCTUATION, '');
      // "(see https://x.io/a_(b))": keep a closing bracket that belongs to the URL itself.
      const open = (raw.match(/\(/g) ?? []).length;
      const close = (raw.match(/\)/g) ?? []).length;
      if (open > close && input[start + raw.length] === ')') raw += ')';
      kind = 'url';
      value = raw;
    } else {
      kind = 'emoji';
    }
    spans.push({ kind, start, end: start + raw.length, raw, value });
  }
  return spans;
}

/** Indices of *bold*, _italic_ and ~strike~ markers: a marker pair hugging non-space text. */
function formattingMarkers(segment: string, offset: number, into: Set<number>): void {
  const pair = /(^|[^\p{L}\p{N}*_~])([*_~])(?=[^\s*_~])([^\n]*?[^\s])\2(?![\p{L}\p{N}])/gu;
  for (const match of execAll(segment, pair)) {
    const open = match.index + (match[1] ?? '').length;
    const close = open + 1 + (match[3] ?? '').length;
    into.add(offset + open);
    into.add(offset + close);
  }
}

/**
 * The last draft parsed: a candidate rewrite is parsed by its own review, then again by the fact
 * checks that compare it with the draft. A Draft is read-only, so sharing one is safe.
 */
let lastParsed: Draft | null = null;

export function parseDraft(original: string): Draft {
  if (lastParsed?.original !== original) lastParsed = parse(original);
  return lastParsed;
}

function parse(original: string): Draft {
  const spans = findProtectedSpans(original);
  const markers = new Set<number>();
  let cursor = 0;
  for (const span of [...spans, { start: original.length, end: original.length }]) {
    if (span.start > cursor) formattingMarkers(original.slice(cursor, span.start), cursor, markers);
    cursor = span.end;
  }

  // Most drafts hold no link, mention, emoji, markup or entity: their text is the input itself and
  // every offset maps to itself, so no per-character table is built for them.
  if (spans.length === 0 && markers.size === 0 && !original.includes('&')) {
    return {
      original,
      text: original,
      protectedSpans: spans,
      toOriginal: offsetMap(
        original.length,
        (at) => at,
        (at) => at + 1,
      ),
    };
  }

  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (text: string, start: number, end: number) => {
    chars.push(text);
    from.push(start);
    to.push(end);
  };

  let spanIndex = 0;
  let i = 0;
  while (i < original.length) {
    const span = spans[spanIndex];
    if (span && span.start === i) {
      push(PLACEHOLDER[span.kind], span.start, span.end);
      i = span.end;
      spanIndex++;
      continue;
    }
    if (markers.has(i)) {
      i++;
      continue;
    }
    if (original[i] === '&') {
      const entity = /^&(?:amp|lt|gt|quot|#39);/.exec(original.slice(i, i + 6));
      if (entity) {
        push(ENTITIES[entity[0]] ?? entity[0], i, i + entity[0].length);
        i += entity[0].length;
        continue;
      }
    }
    push(original[i] as string, i, i + 1);
    i++;
  }

  const text = chars.join('');
  return {
    original,
    text,
    protectedSpans: spans,
    toOriginal: offsetMap(
      text.length,
      (at) => from[at] as number,
      (at) => to[at] as number,
    ),
  };
}

/**
 * Maps a half-open range of the analysed text back to the input, clamped to the text: `startOf(i)` and
 * `endOf(i)` give where character i of the text came from in the input.
 */
function offsetMap(
  length: number,
  startOf: (at: number) => number,
  endOf: (at: number) => number,
): Draft['toOriginal'] {
  return (start, end) => {
    if (length === 0) return { start: 0, end: 0 };
    const first = Math.min(Math.max(start, 0), length - 1);
    const last = Math.min(Math.max(end - 1, first), length - 1);
    return { start: startOf(first), end: end <= start ? startOf(first) : endOf(last) };
  };
}
