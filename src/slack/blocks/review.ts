import type { CoachedReview } from '../../coach';
import { PRINCIPLES, type Finding, type Review } from '../../review';
import { ACTION_IDS, encodeButtonValue } from './action-ids';
import {
  actions,
  button,
  capBlocks,
  context,
  divider,
  fallbackText,
  quote,
  section,
  SHOWN,
  truncate,
  type Button,
  type KnownBlock,
} from './limits';

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Where a review is shown changes its tone and its buttons. */
export type ReviewView =
  /** Private to the person who asked (/etiquette, the shortcut): everything at once. */
  | 'private'
  /** A reply in a watched channel's thread: a short, kind summary with details folded behind a button. */
  | 'thread-summary'
  /** The same reply unfolded. */
  | 'thread-details';

function headline(review: Review, view: ReviewView, edited: boolean): string {
  if (review.verdict === 'pass') {
    const opener = edited ? ':white_check_mark: *Looks good now.*' : ':white_check_mark: *Good to post.*';
    return `${opener} ${review.summary}`;
  }
  const opener =
    view === 'private'
      ? ':large_yellow_circle: *Worth another look.*'
      : ':wave: *A couple of thoughts before this goes out.*';
  return `${opener} ${review.summary}`;
}

function reviewerNote(coached: CoachedReview): string {
  const { review } = coached;
  const who = coached.refined ? ':sparkles: Refined by the LLM reviewer' : 'Reviewed by the rules';
  const length = coached.request.text.length;
  const draft = length > 2000 ? ` · draft of ${length.toLocaleString('en-US')} characters` : '';
  return `${who} · score ${review.score}/100${draft}`;
}

function excerptOf(finding: Finding): string {
  const excerpt = finding.excerpt.replace(/\s+/g, ' ').trim();
  return truncate(excerpt, SHOWN.excerptChars);
}

function findingBlock(coached: CoachedReview, finding: Finding, index: number): KnownBlock {
  const principle = PRINCIPLES[finding.principle];
  const text =
    `*${index + 1}. “${excerptOf(finding)}”*  _${finding.category}_\n${finding.message}\n` +
    `:bulb: ${finding.suggestion}\n_Principle: ${principle.title}_`;
  return section(
    text,
    button('Why?', ACTION_IDS.why, encodeButtonValue({ reviewId: coached.id, finding: index })),
  );
}

/** "…and 27 more: shouting ×10, urgency-scarcity ×17" for findings beyond what a message shows. */
function moreFindings(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  const byRule = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, count]) => `\`${rule}\` ×${count}`)
    .join(', ');
  return `…and ${findings.length.toLocaleString('en-US')} more: ${byRule}`;
}

function findingBlocks(coached: CoachedReview): KnownBlock[] {
  const { findings } = coached.review;
  const blocks = findings
    .slice(0, SHOWN.findings)
    .map((finding, index) => findingBlock(coached, finding, index));
  if (findings.length > SHOWN.findings) blocks.push(context(moreFindings(findings.slice(SHOWN.findings))));
  return blocks;
}

function signalBlock(review: Review): KnownBlock | null {
  if (review.signals.length === 0) return null;
  const shown = review.signals.slice(0, SHOWN.signals).map((signal) => `• ${signal.note}`);
  return section(`*What works*\n${shown.join('\n')}`);
}

function rewriteBlocks(review: Review): KnownBlock[] {
  if (!review.rewrite) return [];
  const shown = truncate(review.rewrite, SHOWN.rewriteChars);
  const more =
    shown.length < review.rewrite.length
      ? `\n_(${(review.rewrite.length - shown.length + 1).toLocaleString('en-US')} more characters: press *Use this rewrite* for all of it)_`
      : '';
  return [section(`*A friendlier version*\n${quote(shown)}${more}`)];
}

function buttons(coached: CoachedReview, view: ReviewView): KnownBlock {
  const value = encodeButtonValue({ reviewId: coached.id });
  const elements: Button[] = [];
  if (view === 'thread-summary' && coached.review.findings.length > 0) {
    elements.push(button('Show details', ACTION_IDS.showDetails, value));
  }
  if (view === 'thread-details') elements.push(button('Hide details', ACTION_IDS.hideDetails, value));
  if (coached.review.rewrite)
    elements.push(button('Use this rewrite', ACTION_IDS.useRewrite, value, 'primary'));
  if (view === 'private' && coached.review.findings.length > 0) {
    elements.push(button('Why?', ACTION_IDS.why, value));
  }
  const feedbackValue = encodeButtonValue({
    reviewId: coached.id,
    feedback: { author: coached.request.userId, votes: feedbackVotes(coached.review.findings) },
  });
  elements.push(button(':thumbsup: Helpful', ACTION_IDS.helpful, feedbackValue));
  elements.push(button(':thumbsdown: Not helpful', ACTION_IDS.notHelpful, feedbackValue));
  return actions(`review:${coached.id}`, elements);
}

/**
 * The votes a Helpful / Not helpful click records: one per distinct rule and phrase, or one on the whole review
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

/** The short line in a folded thread reply: how many things, quoting the first few in the author's own words. */
function foldedSummary(review: Review): string {
  const excerpts = [...new Set(review.findings.map((finding) => excerptOf(finding)))];
  const things = review.findings.length === 1 ? '1 thing' : `${review.findings.length} things`;
  const quoted = excerpts.slice(0, 4).map((excerpt) => `“${truncate(excerpt, 60)}”`);
  const more = excerpts.length > 4 ? ` and ${excerpts.length - 4} more` : '';
  return `${things} to look at: ${quoted.join(', ')}${more}.`;
}

/**
 * A review as a Slack message. Always within Block Kit limits: at most 10 findings in full (the rest
 * summarised by rule), excerpts and the rewrite shortened, every section under 3,000 characters.
 */
export function renderReview(
  coached: CoachedReview,
  view: ReviewView,
  options: { edited?: boolean } = {},
): RenderedMessage {
  const { review } = coached;
  const top = headline(review, view, options.edited ?? false);
  const blocks: KnownBlock[] = [section(top), context(reviewerNote(coached))];
  if (view === 'thread-summary') {
    if (review.findings.length > 0) blocks.push(context(foldedSummary(review)));
  } else {
    if (review.findings.length > 0) blocks.push(divider(), ...findingBlocks(coached));
    const signals = signalBlock(review);
    if (signals) blocks.push(signals);
    const rewrite = rewriteBlocks(review);
    if (rewrite.length > 0) blocks.push(divider(), ...rewrite);
  }
  blocks.push(buttons(coached, view));
  return { text: fallbackText(top.replace(/:[a-z_]+:\s*/g, '')), blocks: capBlocks(blocks) };
}

/** The rewrite on its own, in code blocks so it copies exactly, split to fit any length. */
export function renderRewrite(rewrite: string, options: { postedToThread?: boolean } = {}): RenderedMessage {
  const intro = options.postedToThread
    ? ':memo: I posted the rewrite in the thread for your team. Here it is to copy:'
    : ':memo: Here is the rewrite, ready to copy:';
  const pieces = chunkForCodeBlocks(rewrite);
  const blocks = capBlocks([section(intro), ...pieces.map((piece) => section('```' + piece + '```'))]);
  return { text: fallbackText(`Rewrite: ${rewrite}`), blocks };
}

/** A thread reply that offers the rewrite to the team, posted by "Use this rewrite". */
export function renderRewriteForThread(rewrite: string, userId: string): RenderedMessage {
  const pieces = chunkForCodeBlocks(rewrite);
  const blocks = capBlocks([
    section(`:memo: <@${userId}> is trying this version:`),
    ...pieces.map((piece) => section(quote(piece))),
  ]);
  return { text: fallbackText(`Suggested rewrite: ${rewrite}`), blocks };
}

function chunkForCodeBlocks(text: string): string[] {
  // 6 characters of fences per section, and a margin for the odd multi-byte surprise.
  const pieces: string[] = [];
  const size = 2900;
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces.length > 0 ? pieces : [''];
}

/** "Why?": the principle behind one finding (or each principle the review touches), in our words. */
export function renderWhy(review: Review, findingIndex?: number): RenderedMessage {
  const finding = findingIndex === undefined ? undefined : review.findings[findingIndex];
  const principleIds = finding
    ? [finding.principle]
    : [...new Set(review.findings.map((each) => each.principle))];
  const blocks: KnownBlock[] = [];
  if (finding) blocks.push(section(`*“${excerptOf(finding)}”*\n${finding.message}`));
  for (const id of principleIds.slice(0, 5)) {
    const principle = PRINCIPLES[id];
    blocks.push(section(`*${principle.title}*\n${principle.explanation}`));
  }
  if (blocks.length === 0)
    blocks.push(section('Nothing to explain: this draft already reads like a person talking to people.'));
  const first = principleIds[0];
  return {
    text: fallbackText(first ? `Why: ${PRINCIPLES[first].title}` : 'Why: nothing to explain'),
    blocks,
  };
}

/** Said instead of a review when the draft cannot be reviewed (empty, too long, binary). */
export function renderProblem(message: string): RenderedMessage {
  return { text: fallbackText(message), blocks: [section(`:warning: ${message}`)] };
}
