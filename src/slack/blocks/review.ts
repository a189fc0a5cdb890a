import type { CoachedReview } from '../../coach';
import { PRINCIPLES, type Finding, type Review, type Severity } from '../../review';
import { ACTION_IDS, encodeButtonValue, encodeMenuValue, type MenuAction } from './action-ids';
import {
  actions,
  button,
  capBlocks,
  context,
  fallbackText,
  overflow,
  plainText,
  quote,
  section,
  SHOWN,
  truncate,
  type Button,
  type KnownBlock,
  type Overflow,
} from './limits';

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Where a review is shown changes how much it says and which buttons it has. */
export type ReviewView =
  /** Private to the person it is for (/etiquette, the shortcut, a private or DM reply): the fix, the version, buttons. */
  | 'private'
  /** The public reply in a watched channel's thread: one kind line, the suggested version, no grading. */
  | 'thread'
  /** Everything, privately, for whoever pressed "Details" on a thread reply. */
  | 'details';

/** What already happened to a message, so it can say so and retire the buttons that must not be pressed twice. */
export interface ReviewState {
  /** The version was posted in the draft's thread. */
  posted?: boolean;
  /** The last feedback given on this message, said back in plain words. */
  feedbackNote?: string;
  /** Merged findings (by key) the person dismissed as not helpful: no longer shown on this message. */
  dismissed?: readonly string[];
}

/** Findings of one rule that suggest the same thing, merged (three hashtag findings are one suggestion). */
export interface FindingGroup {
  key: string;
  finding: Finding;
  excerpts: string[];
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

function excerptOf(text: string, max: number = SHOWN.excerptChars): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), max);
}

/** The words of a finding in the draft: its excerpt, and each further place it repeats (`spans`) when the text is at hand. */
function excerptsOf(finding: Finding, text?: string): string[] {
  const found = [finding.excerpt];
  for (const span of finding.spans ?? []) {
    const words = text?.slice(span.start, span.end).trim();
    if (words && !found.includes(words)) found.push(words);
  }
  return found;
}

const spanLength = (finding: Finding) =>
  finding.spans && finding.spans.length > 0
    ? finding.spans.reduce((sum, span) => sum + (span.end - span.start), 0)
    : finding.end - finding.start;

/**
 * Merges repeated findings (same rule, same suggestion) and orders them: most severe, then widest span, then first.
 * `text` is the draft the review was made of, to quote every place a finding repeats.
 */
export function groupFindings(findings: readonly Finding[], text?: string): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.suggestion}`;
    const group = groups.get(key) ?? { key, finding, excerpts: [], findings: [] };
    group.findings.push(finding);
    for (const excerpt of excerptsOf(finding, text))
      if (!group.excerpts.includes(excerpt)) group.excerpts.push(excerpt);
    groups.set(key, group);
  }
  const worst = (group: FindingGroup) =>
    Math.max(...group.findings.map((each) => SEVERITY_RANK[each.severity]));
  const span = (group: FindingGroup) => group.findings.reduce((sum, each) => sum + spanLength(each), 0);
  const first = (group: FindingGroup) => Math.min(...group.findings.map((each) => each.start));
  return [...groups.values()].sort((a, b) => worst(b) - worst(a) || span(b) - span(a) || first(a) - first(b));
}

/** The one most useful fix: the most severe finding, the widest when several are as severe. */
export function topFix(review: Review, text?: string): FindingGroup | null {
  return groupFindings(review.findings, text)[0] ?? null;
}

/** The group's message, with the draft's words quoted when the message does not already quote them. */
function why(group: FindingGroup): string {
  const message = group.finding.message.trim();
  const quoted = group.excerpts.filter((excerpt) => !message.includes(excerpt));
  if (quoted.length === 0) return message;
  const shown = quoted.slice(0, 3).map((excerpt) => `“${excerptOf(excerpt, 60)}”`);
  const more = quoted.length > 3 ? ` and ${quoted.length - 3} more` : '';
  const also = quoted.length < group.excerpts.length ? 'also ' : '';
  return `${message.replace(/[.!]$/, '')} (${also}${shown.join(', ')}${more}).`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;

/** "What works" in one sentence, from the review's signals: said first, where there is something good. */
function praise(review: Review): string | null {
  const signal = review.signals[0];
  if (!signal) return null;
  return `Nice: ${lowerFirst(sentence(signal.note))}`;
}

/**
 * The LLM reviewer writes its own one-line coaching summary for this very draft; the rule reviewer's summary is a
 * principle's slogan, which is not shown (the specific fix leads instead).
 */
function coachingLine(review: Review): string | null {
  return review.reviewer === 'llm' && review.summary.trim() ? review.summary.trim() : null;
}

/** The lead line: what to change, then why it matters to the reader, quoting the draft. */
function fixLine(group: FindingGroup): string {
  return `*${sentence(group.finding.suggestion)}* ${why(group)}`;
}

/** One line per further suggestion. */
function otherLine(group: FindingGroup): string {
  return `• ${why(group)} ${sentence(group.finding.suggestion)}`;
}

function alternativesOf(review: Review): string[] {
  const alternatives = (review as Review & { alternatives?: unknown }).alternatives;
  return Array.isArray(alternatives)
    ? alternatives.filter((each): each is string => typeof each === 'string' && each.trim().length > 0)
    : [];
}

function versionBlocks(review: Review, withAlternatives: boolean): KnownBlock[] {
  if (!review.rewrite) return [];
  const shown = truncate(review.rewrite, SHOWN.rewriteChars);
  const more =
    shown.length < review.rewrite.length ? '\n_(shortened here: *Text to copy* gives all of it)_' : '';
  const blocks = [section(`*A version to try*\n${quote(shown)}${more}`)];
  if (withAlternatives) {
    for (const [index, alternative] of alternativesOf(review).slice(0, 2).entries()) {
      blocks.push(
        section(
          `*Or, another way${index > 0 ? ` (${index + 1})` : ''}*\n${quote(truncate(alternative, 1200))}`,
        ),
      );
    }
  }
  return blocks;
}

/** The notification and screen-reader text: specific, plain, no mrkdwn. */
export function notificationText(review: Review, groups: readonly FindingGroup[]): string {
  const top = groups[0];
  if (review.verdict === 'pass' || !top) return 'Your draft reads like a person talking to people.';
  const count = groups.length === 1 ? '1 suggestion' : `${groups.length} suggestions`;
  const excerpt = excerptOf(top.excerpts[0] ?? '', 60);
  // The advice before any examples ("…leave the door open: "Have a look if it helps"" keeps the part before the colon).
  const fix = lowerFirst((top.finding.suggestion.split(/:\s/)[0] ?? '').trim().replace(/[.!]$/, ''));
  return fallbackText(plainText(`${count} on your draft: ${fix} (instead of “${excerpt}”)`));
}

function menuOption(text: string, action: MenuAction, reviewId: string) {
  return { text, value: encodeMenuValue({ a: action, r: reviewId }) };
}

/** The secondary actions, in one "⋯" menu: why, all suggestions, feedback, opt out. */
function moreMenu(
  coached: CoachedReview,
  view: ReviewView,
  hidden: number,
  total: number,
  state: ReviewState,
): Overflow {
  const options = [menuOption('Why this matters', 'why', coached.id)];
  if (view === 'private' && hidden > 0)
    options.push(menuOption(`All ${total} suggestions`, 'all', coached.id));
  if (!state.feedbackNote) {
    options.push(menuOption('This helped', 'helpful', coached.id));
    if (coached.review.findings.length > 0)
      options.push(menuOption('Not helpful…', 'not_helpful', coached.id));
  }
  if (coached.request.source === 'channel')
    options.push(menuOption('Don’t review my posts', 'opt_out', coached.id));
  return overflow(ACTION_IDS.more, options.slice(0, 5));
}

function feedbackValue(coached: CoachedReview): string {
  return encodeButtonValue({
    reviewId: coached.id,
    feedback: { author: coached.request.userId, votes: feedbackVotes(coached.review.findings) },
  });
}

/**
 * A review as a Slack message. It starts with what is good (when something is), then the one most useful fix in
 * the author's own words, the suggested version, at most 3 suggestions in all, and at most 5 buttons (the rest in a
 * "⋯" menu). A thread reply, which the whole channel sees, carries no score, category, rule id or principle label.
 */
export function renderReview(
  coached: CoachedReview,
  view: ReviewView,
  options: { edited?: boolean; state?: ReviewState } = {},
): RenderedMessage {
  const { review } = coached;
  const state = options.state ?? {};
  const dismissed = new Set(state.dismissed ?? []);
  const groups = groupFindings(review.findings, coached.request.text).filter(
    (group) => !dismissed.has(group.key),
  );
  const text = notificationText(review, groups);
  const blocks: KnownBlock[] = [];
  const good = praise(review);
  const [top, ...rest] = groups;
  let hidden = 0;

  if (review.verdict === 'pass' || !top) {
    const opener = options.edited ? 'Looks good now.' : 'This reads like a person talking to people.';
    blocks.push(section(`:speech_balloon: *${opener}* ${coachingLine(review) ?? good ?? ''}`.trim()));
    // A draft that passes can still carry a small suggestion: offered, not pressed.
    if (top && view !== 'thread') blocks.push(section(`One small idea, if you like: ${fixLine(top)}`));
  } else if (view === 'thread') {
    const lead = options.edited ? 'Thanks for the edit. One more idea:' : 'One idea before this goes out:';
    blocks.push(section(`${good ? `${good} ` : ''}${lead} ${fixLine(top)}`));
    const coaching = coachingLine(review);
    if (coaching) blocks.push(context(`In short: ${coaching}`));
    blocks.push(...versionBlocks(review, false));
    if (rest.length > 0) {
      const more = rest.length === 1 ? '1 more idea' : `${rest.length} more ideas`;
      blocks.push(context(`${more} for the author. *Details* shows them only to whoever presses it.`));
    }
  } else {
    if (good) blocks.push(section(good));
    blocks.push(section(`${view === 'details' ? '' : 'Try this first: '}${fixLine(top)}`));
    const coaching = coachingLine(review);
    if (coaching) blocks.push(context(`In short: ${coaching}`));
    const limit = view === 'details' ? SHOWN.findings : SHOWN.lines - 1;
    const shown = rest.slice(0, limit);
    hidden = rest.length - shown.length;
    if (shown.length > 0) blocks.push(section(shown.map(otherLine).join('\n')));
    if (hidden > 0)
      blocks.push(
        context(
          view === 'details'
            ? `…and ${hidden} more like these.`
            : `${hidden} more: *All ${groups.length} suggestions* in the ⋯ menu.`,
        ),
      );
    blocks.push(...versionBlocks(review, view === 'details'));
  }

  if (state.posted) blocks.push(context('✓ You posted this version in the thread.'));
  if (state.feedbackNote) blocks.push(context(`✓ ${state.feedbackNote}`));
  blocks.push(buttons(coached, view, hidden, groups.length, state));
  return { text, blocks: capBlocks(blocks) };
}

function buttons(
  coached: CoachedReview,
  view: ReviewView,
  hidden: number,
  total: number,
  state: ReviewState,
): KnownBlock {
  const value = encodeButtonValue({ reviewId: coached.id });
  const elements: (Button | Overflow)[] = [];
  const { review, request } = coached;
  if (view === 'thread' && review.findings.length > 0) {
    // Carries the votes too, so "Not helpful…" still knows the findings after a restart.
    elements.push(button('Details (only you see them)', ACTION_IDS.showDetails, feedbackValue(coached)));
  }
  if (review.rewrite)
    elements.push(
      button('Text to copy', ACTION_IDS.copyText, value, view === 'thread' ? undefined : 'primary'),
    );
  const ownWatchedDraft = request.source === 'channel' && request.messageTs && coached.replyMode !== 'thread';
  if (view === 'private' && review.rewrite && ownWatchedDraft && !state.posted) {
    elements.push(button('Post in thread', ACTION_IDS.postInThread, value));
  }
  elements.push(moreMenu(coached, view, hidden, total, state));
  return actions(`review:${coached.id}`, elements);
}

/**
 * The votes a feedback click records: one per distinct rule and phrase, or one on the whole review
 * (rule "review") when there were no findings. Phrases are lower-cased, as the store and the engine compare them.
 */
export function feedbackVotes(findings: readonly Finding[]): { rule: string; phrase: string }[] {
  if (findings.length === 0) return [{ rule: 'review', phrase: '' }];
  const votes = new Map<string, { rule: string; phrase: string }>();
  for (const finding of findings) {
    const phrase = finding.excerpt.toLowerCase();
    votes.set(`${finding.rule}\u0000${phrase}`, { rule: finding.rule, phrase });
  }
  return [...votes.values()];
}

/** The suggested version on its own, in code blocks so it copies exactly, split to fit any length. */
export function renderRewrite(rewrite: string): RenderedMessage {
  const pieces = chunkForCodeBlocks(rewrite);
  const blocks = capBlocks([
    section('Here is the suggested version as plain text, ready to copy:'),
    ...pieces.map((piece) => section('```' + piece + '```')),
  ]);
  return { text: fallbackText(plainText(`Suggested version: ${rewrite}`)), blocks };
}

/** What "Post in thread" posts: the version, for the team, without naming or @-mentioning anyone. */
export function renderRewriteForThread(rewrite: string): RenderedMessage {
  const pieces = chunkForCodeBlocks(rewrite);
  const blocks = capBlocks([
    section('The author is trying this version:'),
    ...pieces.map((piece) => section(quote(piece))),
  ]);
  return { text: fallbackText(plainText(`The author is trying this version: ${rewrite}`)), blocks };
}

function chunkForCodeBlocks(text: string): string[] {
  // 6 characters of fences per section, and a margin for the odd multi-byte surprise.
  const pieces: string[] = [];
  const size = 2900;
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces.length > 0 ? pieces : [''];
}

/** "Why this matters": the idea behind each suggestion shown, one sentence each, in our words. */
export function renderWhy(review: Review): RenderedMessage {
  const groups = groupFindings(review.findings).slice(0, SHOWN.lines);
  const blocks: KnownBlock[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const principle = PRINCIPLES[group.finding.principle];
    if (seen.has(principle.id)) continue;
    seen.add(principle.id);
    blocks.push(section(`*“${excerptOf(group.excerpts[0] ?? '', 60)}”*: ${principle.summary}`));
  }
  if (blocks.length === 0) {
    blocks.push(section('Nothing to explain: this draft already reads like a person talking to people.'));
  } else {
    const first = groups[0] ? PRINCIPLES[groups[0].finding.principle] : null;
    if (first) blocks.push(context(first.explanation));
  }
  const top = groups[0];
  return {
    text: top
      ? plainText(`Why it matters: ${PRINCIPLES[top.finding.principle].summary}`)
      : 'Nothing to explain',
    blocks,
  };
}

/** Said instead of a review when the draft cannot be reviewed (empty, too long, binary). */
export function renderProblem(message: string): RenderedMessage {
  return { text: fallbackText(plainText(message)), blocks: [section(`:warning: ${message}`)] };
}
