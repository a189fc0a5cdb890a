import { parseDraft } from '../draft';
import { factSheet } from '../facts';
import { judgeDraft, runSingleNetworkRule, type Judgement } from '../judge';
import { graphemePrefixEnd, NETWORKS, postText, type NetworkSpec } from '../networks';
import { rule as hookRule } from '../rules/network/hook';
import { sentences } from '../text';
import type { NetworkId, ReviewOptions } from '../types';
import { targetedEdits } from './edits';
import type { RewriteResult } from './index';

/**
 * A rewrite is for the network the draft is going to, so it must fit there. After the rewrite is
 * chosen and checked, this step measures it the network's own way (networks.ts) and:
 * - keeps it when it fits;
 * - else offers the first checked variant that fits (a variant kept every fact, so nothing is lost);
 * - else, where the network has threads (X, Threads, Bluesky, Mastodon), offers the same words as
 *   a thread, split at sentence boundaries, each part within the limit; splitting moves no word, so
 *   every link, number, mention and reply path is still there;
 * - else (LinkedIn, Instagram, Facebook have no threads) shows no rewrite, only the targeted edits.
 * On networks that fold long posts (LinkedIn, Instagram) the line a reader sees before "see more"
 * must be for the reader: when the rewrite opens on an announcement or a hard sell, or its first
 * sentence runs past the fold, a sentence that speaks to the reader (a question, a "you") moves to
 * the front, and the result must still pass its own review, or the rewrite stays as it was.
 */

export interface FittedRewrite extends RewriteResult {
  /** The rewrite as a thread, each part within the network's limit, when it cannot fit one post. */
  thread?: string[];
}

/** Networks where a long post can go out as a thread of replies to itself. */
const THREADED: ReadonlySet<NetworkId> = new Set(['x', 'threads', 'bluesky', 'mastodon']);

/** What the rewrite step promises on a network, in a few words for the README's table. */
export function rewriteFitSummary(spec: NetworkSpec): string {
  const limit = `${spec.limit.toLocaleString('en')} ${spec.unit}`;
  const fits = THREADED.has(spec.id)
    ? `within ${limit}, or a thread whose every post is`
    : `within ${limit}, or only targeted edits`;
  return spec.visible === undefined ? fits : `${fits}; a reader-first line inside the first ~${spec.visible}`;
}

/** Length of a post as its network counts it (Slack's `<url|label>` counted as the URL it becomes). */
export function postLength(spec: NetworkSpec, text: string): number {
  return spec.count(postText(parseDraft(text)).text);
}

export function fitsNetwork(spec: NetworkSpec, text: string): boolean {
  return postLength(spec, text) <= spec.limit;
}

/** Blank-line runs and repeated spaces cost characters and say nothing. */
function compact(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** A full stop that ends a title or an initial ("Mr. Benson", "J. Smith", "e.g."), not a sentence. */
const NOT_AN_END =
  /(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Jr|Sr|vs|etc|approx|Inc|Ltd|Co|No|e\.g|i\.e)|\b\p{Lu})\.\s*$/iu;

/** Offsets into `text` where each sentence after the first starts (Slack markup and links never split). */
function sentenceCuts(text: string): number[] {
  const draft = parseDraft(text);
  return (
    sentences(draft.text)
      .slice(1)
      .map((sentence) => draft.toOriginal(sentence.start, sentence.start + 1).start)
      // A boundary has space before it: "$390.000" and "v2.1" are one number, not two sentences.
      .filter(
        (cut) => /\s/.test(text[cut - 1] ?? '') && !NOT_AN_END.test(text.slice(Math.max(0, cut - 12), cut)),
      )
  );
}

/** The pieces of `text` between cuts, trimmed, empty ones dropped. */
function piecesBetween(text: string, cuts: readonly number[]): string[] {
  const bounds = [0, ...cuts, text.length];
  const pieces: string[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const piece = text.slice(bounds[index], bounds[index + 1]).trim();
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** A sentence too long for one post, cut between words (never inside a link, mention or code). */
function splitAtWords(spec: NetworkSpec, sentence: string): string[] {
  const draft = parseDraft(sentence);
  const inside = (offset: number) =>
    draft.protectedSpans.some((span) => offset > span.start && offset < span.end);
  const cuts: number[] = [];
  for (const match of sentence.matchAll(/\s+/g)) {
    const at = match.index + match[0].length;
    if (!inside(match.index) && at < sentence.length) cuts.push(at);
  }
  return packGreedily(spec, piecesBetween(sentence, cuts), ' ');
}

/** Fills each part with as many whole pieces as fit, in order. */
function packGreedily(spec: NetworkSpec, pieces: readonly string[], joiner: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current}${joiner}${piece}` : piece;
    if (fitsNetwork(spec, joined)) {
      current = joined;
      continue;
    }
    if (current) parts.push(current);
    if (fitsNetwork(spec, piece)) {
      current = piece;
    } else {
      const words = splitAtWords(spec, piece);
      current = words.pop() ?? '';
      parts.push(...words);
    }
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * The rewrite as a thread: two posts when any sentence boundary gives two that fit (the most even
 * such split), otherwise as few parts as fit, filled in order.
 */
export function splitIntoThread(spec: NetworkSpec, text: string): string[] {
  const cuts = sentenceCuts(text);
  let best: { parts: string[]; imbalance: number } | null = null;
  // Two posts cannot hold a text much over twice the limit (a split saves only the space at the cut).
  const twoCanHold = postLength(spec, text) <= 2 * spec.limit + 2;
  for (const cut of twoCanHold ? cuts : []) {
    const parts = [text.slice(0, cut).trim(), text.slice(cut).trim()];
    if (!parts.every((part) => part && fitsNetwork(spec, part))) continue;
    const imbalance = Math.abs(postLength(spec, parts[0] as string) - postLength(spec, parts[1] as string));
    if (!best || imbalance < best.imbalance) best = { parts, imbalance };
  }
  if (best) return best.parts;
  return packGreedily(spec, piecesBetween(text, cuts), ' ');
}

/** True when what shows before "see more" has no announcement or hard sell and holds a whole sentence. */
export function hookIsReaderFirst(spec: NetworkSpec, text: string): boolean {
  if (spec.visible === undefined) return true;
  if (runSingleNetworkRule(hookRule, text, spec.id).length > 0) return false;
  const draft = parseDraft(text);
  const first = sentences(draft.text).find((sentence) => /\p{L}/u.test(sentence.text));
  if (!first) return true;
  const firstEnd = draft.toOriginal(first.start, first.end).end;
  return firstEnd <= graphemePrefixEnd(text, spec.visible);
}

/** Sentences that speak to the reader: a question, or one that says "you". */
const READER_FIRST = /\?|¿|\b(?:you|your|you're|yours)\b/iu;
/**
 * Words that point back to something said before ("Who would you share *it* with?"): a sentence
 * holding one cannot open the post, or the reader meets the pointer before what it points to.
 */
const POINTS_BACK =
  /\b(?:this|these|those|it|its|it's|them|they|they're|there|here|too)\b|^\W*(?:that|so|also|and|but|one)\b/iu;
/** A lead has to say something on its own: "What's your take?" opens nothing. */
const MIN_LEAD_WORDS = 6;

function canLead(sentence: string, visible: number): boolean {
  const words = sentence.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  return (
    READER_FIRST.test(sentence) &&
    !POINTS_BACK.test(sentence) &&
    words.length >= MIN_LEAD_WORDS &&
    graphemePrefixEnd(sentence, visible) >= sentence.length
  );
}

/** The rewrite with a reader-first sentence moved to the front, or null when none works. */
function readerFirstOpening(spec: NetworkSpec, text: string, options: ReviewOptions): string | null {
  const bounds = [...sentenceCuts(text), text.length];
  const separator = text.includes('\n') ? '\n\n' : ' ';
  for (let index = 0; index + 1 < bounds.length; index++) {
    const start = bounds[index] as number;
    const end = bounds[index + 1] as number;
    const lead = text.slice(start, end).trim();
    if (!canLead(lead, spec.visible ?? 0)) continue;
    const rest = compact(`${text.slice(0, start).trimEnd()}${separator}${text.slice(end).trimStart()}`);
    const candidate = `${lead}${separator}${rest}`;
    if (!hookIsReaderFirst(spec, candidate)) continue;
    // Reordered sentences must still read as a conversation, or the checked rewrite stays.
    if (judgeDraft(candidate, { ...options, skipRewrite: true }).verdict !== 'pass') continue;
    return candidate;
  }
  return null;
}

/** The rewrite made to fit the judgement's network (see the comment at the top). */
export function fitToNetwork(
  result: RewriteResult,
  judgement: Judgement,
  options: ReviewOptions = {},
): FittedRewrite {
  const { network } = judgement;
  if (network === 'any' || result.rewrite === null) return result;
  const spec = NETWORKS[network];
  const checked = [result.rewrite, ...result.alternatives].map((text) =>
    fitsNetwork(spec, text) ? text : compact(text),
  );
  const fitting = checked.filter((text) => fitsNetwork(spec, text));
  const [chosen, ...others] = fitting;
  if (chosen !== undefined) {
    const opened =
      spec.visible !== undefined && !hookIsReaderFirst(spec, chosen)
        ? readerFirstOpening(spec, chosen, { ...options, network })
        : null;
    return { ...result, rewrite: opened ?? chosen, alternatives: others };
  }
  const rewrite = checked[0] as string;
  if (THREADED.has(network))
    return { ...result, rewrite, alternatives: [], thread: splitIntoThread(spec, rewrite) };
  // No thread on this network and no checked rewrite that fits: the targeted edits instead.
  const sheet = factSheet(judgement.draft.original, judgement.analysis);
  return { rewrite: null, alternatives: [], edits: targetedEdits(judgement, true, sheet) };
}
