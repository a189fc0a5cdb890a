import { findProtectedSpans } from '../draft';
import { execAll } from '../regex';
import { runsOnAfter } from './abbreviations';
import { endsOnLink } from './domain';

/**
 * A draft cut into the pieces an editor works on: lines, and sentences inside each line, with
 * their offsets in the draft as written. A sentence never ends inside a link, after "Inc." or
 * "e.g.", or on the full stop of a number ("4.2").
 */

export interface Segment {
  /** Offsets into the draft as written. */
  start: number;
  end: number;
  text: string;
  /** Index of the line the segment sits on, so line breaks survive the rewrite. */
  line: number;
  /** Blank lines before this segment's line (a paragraph break), the same for every segment of a line. */
  gap: number;
  /** The writer carried the sentence on from an ellipsis before it ("SO important… which is why…"). */
  continues?: boolean;
}

// After a sentence's end mark (and any closing quote or bracket, and the emoji that close it), a break.
const BREAK =
  /[.!?…。！？]+["”’)»]*(?:[ \t]*\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)*(?=[ \t]+\S)/gu;

// "…made grown adults cry 😅 Book before 30 September": on social media an emoji often ends a
// sentence; where an order to buy or book opens the next one, a break (the emoji stays with the first).
const EMOJI_THEN_ORDER =
  /(?<=[\p{L}\p{N})][ \t]*)(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*[ \t]*)+(?=(?:Book|Order|Shop|Buy|Join|Grab|Get|Claim|Reserve|Register|Sign up|Apply|Donate|Pre-order|Preorder|Subscribe|Download|Enrol|Enroll)\b)/gu;

// "…while their friends are on the ice 😢 $385 early rate": after words, an emoji, then a price, is a
// break too (the price opens what the post offers).
export const EMOJI_THEN_PRICE =
  /(?<=\p{Ll}[ \t]*)(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*[ \t]*)+(?=[£$€]\s?\d)/gu;

// Spanish marks a sentence where it opens: "…a rrhh@altamira.example.com ¡No dejes pasar…!" is two
// sentences, though the first has no full stop. After a comma or a colon the mark opens a clause.
const OPENING_MARK = /(?<=[\p{L}\p{N}])[ \t]+(?=[¡¿])/gu;

// Spaces after a word, then a push of its own ("Don't miss out", "Hurry", "Only 3 left", "Use code
// GLOW40", "SHARE THIS EVERYWHERE"): where the word is a link, a sentence starts there. Not "Reply
// STOP…": a text's opt-out after its link already reads apart.
const SPACE_BEFORE_PUSH =
  /(?<=\S)[ \t]+(?=(?:\p{Lu}\p{Ll}*['’]\p{Ll}+|Hurry|Only|Limited|Last|Act|Ends|Offer|Stock|Spaces|Spots|Selling|Going|Use code|\p{Lu}{3,}[ \t]+\p{Lu}{2,})\b)/gu;
// A line with no "x.yz" in it has no link, bare or written out, and no push after one to look for.
const LINKISH = /[\p{L}\p{N}-]\.\p{L}{2}/u;

// A line that stops mid-sentence: it ends on a letter or a comma, not on a full stop, a colon or an emoji.
const WRAPPED = /[\p{L},]$/u;
// …and the next line goes on with a word, not a link or an address.
const CONTINUES = /^\p{Ll}+(?:[\s,]|$)/u;
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}]|\s)+$/u;

export function segment(text: string): Segment[] {
  const protectedSpans = findProtectedSpans(text);
  const inside = (at: number) => protectedSpans.some((span) => at > span.start && at < span.end);
  const segments: Segment[] = [];
  let lineIndex = 0;
  let gap = 0;
  let offset = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index] as string;
    const lineStart = offset;
    // A sentence wrapped onto the next line ("We're proud to announce\nour new office.") is one
    // sentence: the break inside it is read as a space.
    // An author who writes every line in lower case ("thank you all so much\nwishlist our next game")
    // ends a sentence with the line: only a line that opens with a capital wraps onto the next.
    const lowerStyle = /^\p{Ll}/u.test(line.trimStart());
    while (
      index + 1 < lines.length &&
      !lowerStyle &&
      WRAPPED.test(line) &&
      CONTINUES.test(lines[index + 1] as string)
    ) {
      line = `${line} ${lines[index + 1] as string}`;
      index++;
    }
    offset += line.length + 1;
    if (!line.trim()) {
      if (segments.length > 0) gap++;
      continue;
    }
    const cuts: number[] = [];
    for (const match of execAll(line, BREAK)) {
      const end = match.index + match[0].length;
      const before = line.slice(Math.max(0, end - 8), end);
      if (inside(lineStart + end - 1)) continue;
      // "…my amazing team (you know who you are! 😉).": a mark inside an aside whose bracket closes a
      // few characters on ends no sentence. (A whole paragraph in brackets has sentences of its own.)
      const upTo = line.slice(0, end);
      const closes = line.indexOf(')', end);
      if (
        (upTo.match(/\(/gu)?.length ?? 0) > (upTo.match(/\)/gu)?.length ?? 0) &&
        closes >= 0 &&
        closes - end <= 30 &&
        /^[\s\p{Extended_Pictographic}\uFE0F\u200D]*(?:\)|\p{Ll})/u.test(line.slice(end))
      )
        continue;
      if (runsOnAfter(before, line.slice(end))) continue;
      // "PITTSBURGH, Pa. — Castellan…": a dash after the stop carries the sentence on.
      if (/^[ \t]+[—–-]\s/u.test(line.slice(end))) continue;
      // "(…94% positive on Steam!!) is looking for…": a mark inside brackets ends no sentence.
      if (match[0].endsWith(')') && /^[ \t]+\p{Ll}/u.test(line.slice(end))) continue;
      // "(joking… sort of 😅)": an ellipsis trailing into small letters inside brackets is a pause.
      if (/(?:…|\.\.\.)$/u.test(match[0]) && /^[ \t]+\p{Ll}[^()]*\)/u.test(line.slice(end))) continue;
      // "…until it's too late... again.": an ellipsis before one word in small letters that closes the
      // sentence is a pause; cut there, "again." is left on its own, a fragment.
      if (/(?:…|\.\.\.)$/u.test(match[0]) && /^[ \t]+\p{Ll}[\p{L}'’]*[.!?]+(?:\s|$)/u.test(line.slice(end)))
        continue;
      // "vom 5. BIS 19. August", "20.12. kommen", "am 15.03. OHNE WEITERE ANKÜNDIGUNG": a date's full
      // stop before the word that carries it on.
      if (
        /(?:^|[\s.])\d{1,2}\.$/u.test(line.slice(0, end)) &&
        /^[ \t]+(?:bis|und|oder|sind|ist|kommen|tot|en|t\/m|ohne|wird|werden|geschlossen|geöffnet|entsorgt)(?![\p{L}])/iu.test(
          line.slice(end),
        )
      )
        continue;
      cuts.push(end);
    }
    for (const match of execAll(line, EMOJI_THEN_ORDER)) {
      const end = match.index + match[0].length;
      if (!inside(lineStart + end - 1) && !cuts.includes(end)) cuts.push(end);
    }
    // "Tag them below 👇 £250 referral bonus if they join!" is one ask; a sentence of its own comes first.
    for (const match of execAll(line, EMOJI_THEN_PRICE)) {
      const end = match.index + match[0].length;
      const since = Math.max(0, ...cuts.filter((cut) => cut < match.index));
      const words = line.slice(since, match.index).match(/\p{L}+/gu)?.length ?? 0;
      if (words >= 6 && !inside(lineStart + end - 1) && !cuts.includes(end)) cuts.push(end);
    }
    // "…book now: glowbar.co/book  Don't miss out!!!": a link with no full stop after it, then a push,
    // opens a new sentence: a link closes what it was given for. The pushes are rare, so they are
    // looked for first, and only the word before one is read as a link or not.
    for (const match of LINKISH.test(line) ? execAll(line, SPACE_BEFORE_PUSH) : []) {
      const end = match.index + match[0].length;
      const word = /\S+$/u.exec(line.slice(0, match.index))?.[0] ?? '';
      const linked =
        protectedSpans.some((span) => span.kind === 'url' && span.end === lineStart + match.index) ||
        endsOnLink(word);
      if (linked && !cuts.includes(end)) cuts.push(end);
    }
    for (const match of execAll(line, OPENING_MARK)) {
      const end = match.index + match[0].length;
      if (!inside(lineStart + end) && !cuts.includes(end)) cuts.push(end);
    }
    cuts.sort((a, b) => a - b);
    const lineGap = segments.length > 0 ? gap : 0;
    gap = 0;
    let from = 0;
    for (const cut of [...cuts, line.length]) {
      const piece = line.slice(from, cut);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      const previous = segments[segments.length - 1];
      // Emoji alone after a sentence's end belong to that sentence ("…buone feste! 🎄").
      if (trimmed && EMOJI_ONLY.test(trimmed) && previous && previous.line === lineIndex) {
        previous.end = lineStart + from + piece.length;
        previous.text = text.slice(previous.start, previous.end).trim();
      } else if (trimmed) {
        const continues =
          from > 0 && /(?:…|\.\.\.)\s*$/u.test(line.slice(0, from)) && /^\p{Ll}/u.test(trimmed);
        segments.push({
          start: lineStart + from + lead,
          end: lineStart + from + lead + trimmed.length,
          text: trimmed,
          line: lineIndex,
          gap: lineGap,
          ...(continues ? { continues } : {}),
        });
      }
      from = cut;
    }
    lineIndex++;
  }
  return segments;
}

/** Joins segments back into text: one line per original line, blank lines where the draft had them. */
export function joinSegments(segments: readonly Pick<Segment, 'text' | 'line' | 'gap'>[]): string {
  let out = '';
  let currentLine = -1;
  for (const piece of segments) {
    if (!piece.text) continue;
    if (out === '') out = piece.text;
    // "Flash sale ⚡ Get 3 months…" cut at the emoji, the emoji calmed away: the first sentence
    // still ends before the next begins.
    else if (piece.line === currentLine)
      out += `${/[\p{L}\p{N}]$/u.test(out) && /^(?:\p{Lu}|[£$€]\s?\d)/u.test(piece.text) ? '.' : ''} ${piece.text}`;
    else out += `${piece.gap > 0 ? '\n\n' : '\n'}${piece.text}`;
    currentLine = piece.line;
  }
  return out.trim();
}
