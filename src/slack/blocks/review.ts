import type { CoachedReview } from '../../coach';
import { publicIdea, whyItMatters, type Finding, type Review, type Severity } from '../../review';
import { ACTION_IDS, encodeButtonValue, encodeMenuValue, type Expanded, type MenuAction } from './action-ids';
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
import { networkLine, threadBlocks } from './network';

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

/**
 * Who reads a private view: the draft's author ("your draft", and the feedback they alone can give) or a colleague
 * who pressed "Details" on someone else's draft ("this draft", nothing to rate).
 */
export type Viewer = 'author' | 'colleague';

/** What already happened to a message, so it can say so and retire the buttons that must not be pressed twice. */
export interface ReviewState {
  /** The version was posted in the draft's thread. */
  posted?: boolean;
  /** The last feedback given on this message, said back in plain words. */
  feedbackNote?: string;
  /** Merged findings (by key) the author dismissed as not helpful: no longer shown, in private or in the thread. */
  dismissed?: readonly string[];
  /** The author said the review helped: recorded once, said once. */
  helped?: boolean;
}

/** Findings of one rule that suggest the same thing, merged (three hashtag findings are one suggestion). */
export interface FindingGroup {
  key: string;
  finding: Finding;
  excerpts: string[];
  findings: Finding[];
  /** The suggested version takes care of every finding of the group (false when unknown). */
  addressed: boolean;
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
export function groupFindings(
  findings: readonly Finding[],
  text?: string,
  addressed?: readonly boolean[],
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const [index, finding] of findings.entries()) {
    const key = `${finding.rule}\u0000${finding.suggestion}`;
    const done = addressed?.[index] === true;
    const group = groups.get(key) ?? { key, finding, excerpts: [], findings: [], addressed: done };
    if (group.findings.length > 0) group.addressed &&= done;
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

const hasVersion = (review: Review) => Boolean(review.rewrite) || (review.edits ?? []).length > 0;

/**
 * The suggestions a message shows, in order, without those the author dismissed. The lead is the most useful fix
 * that the suggested version really makes, so "try this first" and "a version to try" agree; when the version
 * makes none of them, the most useful fix leads and the version says it does not make that change.
 */
export function shownGroups(coached: CoachedReview, state: ReviewState = {}): FindingGroup[] {
  const dismissed = new Set(state.dismissed ?? []);
  const groups = groupFindings(coached.review.findings, coached.request.text, coached.addressed).filter(
    (group) => !dismissed.has(group.key),
  );
  if (!hasVersion(coached.review)) return groups;
  const lead = groups.findIndex((group) => group.addressed);
  if (lead <= 0) return groups;
  return [groups[lead]!, ...groups.slice(0, lead), ...groups.slice(lead + 1)];
}

/**
 * The one idea the public reply in a watched channel's thread may show: the review's lead, as long as the author has
 * not set it aside. Never the next one: the author's "not helpful" must not make the bot criticise the post again
 * in public, so once the lead is set aside the reply has nothing left to say (null).
 */
export function threadLead(coached: CoachedReview, state: ReviewState = {}): FindingGroup | null {
  const lead = shownGroups(coached)[0];
  if (!lead || (state.dismissed ?? []).includes(lead.key)) return null;
  return lead;
}

/** The draft's words an idea is about, quoted, at most two and never counted: said in public. */
function quotedWords(group: FindingGroup): string {
  return group.excerpts
    .slice(0, 2)
    .map((excerpt) => `“${excerptOf(excerpt, 60)}”`)
    .join(', ');
}

/**
 * The ideas a colleague reads in someone else's Details: each in the words meant for a channel (`publicIdea`), about
 * the post and never its writer, with the draft's words it is about. Suggestions that come to the same idea are one
 * line, so nothing is counted. The finding's own message is for the author: it can say "keyword stuffing".
 */
function colleagueLines(groups: readonly FindingGroup[]): { idea: string; about: string }[] {
  const ideas = new Map<string, string[]>();
  for (const group of groups) {
    const idea = publicIdea(group.finding);
    ideas.set(idea, [...(ideas.get(idea) ?? []), ...group.excerpts]);
  }
  return [...ideas].map(([idea, excerpts]) => {
    const words = [...new Set(excerpts)]
      .slice(0, 2)
      .map((excerpt) => `“${excerptOf(excerpt, 60)}”`)
      .join(', ');
    return { idea: idea.replace(/[.!]$/, ''), about: `(about ${words})` };
  });
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

/** One targeted edit in words: this → that, remove this, or add that at the end. */
function editLine(edit: { excerpt: string; replacement: string }): string {
  const replacement = edit.replacement.trim();
  if (!edit.excerpt) return `• add at the end: “${truncate(replacement, 200)}”`;
  if (!replacement) return `• remove “${truncate(edit.excerpt, 120)}”`;
  return `• “${truncate(edit.excerpt, 120)}” → “${truncate(replacement, 200)}”`;
}

/** Said after a version's heading when it does not make the change the message leads with. */
function notTheLead(lead: FindingGroup | undefined): string {
  return lead && !lead.addressed
    ? ` (it does not change “${excerptOf(lead.excerpts[0] ?? '', 60)}” yet)`
    : '';
}

const touches = (edit: { start: number; end: number }, finding: Finding) =>
  (finding.spans && finding.spans.length > 0 ? finding.spans : [finding]).some(
    (span) => edit.start < span.end && span.start < edit.end,
  );

/**
 * The changes that can all be made together. Where two overlap ("remove “BIG NEWS!”" and "“BIG NEWS” → “big news”"),
 * the one the suggested version makes is kept (from the same place, the longer), as the version applies them: a list
 * that proposes a change another line undoes leaves the author unsure which to follow.
 */
function compatibleEdits<T extends { start: number; end: number }>(edits: readonly T[]): T[] {
  const ordered = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = new Set<T>();
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) continue;
    kept.add(edit);
    cursor = edit.end;
  }
  return edits.filter((edit) => kept.has(edit));
}

/** How many small changes a message lists: the lead's only (a thread reply), the first few, or every one. */
type EditsShown = 'lead' | 'some' | 'all';

/** Lines packed into as few sections as fit Slack's 3,000 characters each, the heading on the first. */
function packed(heading: string, lines: readonly string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = heading;
  for (const line of lines) {
    if (current && current.length + line.length + 1 > 2900) {
      blocks.push(section(current));
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/**
 * When no full version passed its checks, the review offers the small changes instead: those for the suggestions
 * shown come first, in the same order (the lead's first), and none the author set aside. A short view lists the
 * first three and says where the rest are; "all" lists every one.
 */
function editBlocks(
  review: Review,
  groups: readonly FindingGroup[],
  setAside: readonly Finding[],
  shown: EditsShown,
  allLabel: string,
): { blocks: KnownBlock[]; hidden: number } {
  const rank = (edit: { start: number; end: number }) => {
    const at = groups.findIndex((group) => group.findings.some((finding) => touches(edit, finding)));
    return at === -1 ? groups.length : at;
  };
  const edits = compatibleEdits(
    (review.edits ?? []).filter((edit) => !setAside.some((finding) => touches(edit, finding))),
  )
    .map((edit, index) => ({ edit, index, rank: rank(edit) }))
    .filter(({ rank }) => shown !== 'lead' || rank === 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ edit }) => edit);
  if (edits.length === 0) return { blocks: [], hidden: 0 };
  // The same change in several places is one line (a long draft can repeat a phrase hundreds of times).
  const places = new Map<string, number>();
  for (const edit of edits) places.set(editLine(edit), (places.get(editLine(edit)) ?? 0) + 1);
  const heading = places.size === 1 ? '*A small change to try*' : '*Small changes to try*';
  // A thread reply names one idea: it shows only that idea's changes, and counts nothing (Details has the rest).
  if (shown === 'lead')
    return { blocks: [section(`${heading}\n${[...places.keys()].slice(0, 3).join('\n')}`)], hidden: 0 };
  const lines = [...places].map(([line, times]) => (times > 1 ? `${line} (in ${times} places)` : line));
  if (shown === 'all') {
    // Every change, as long as one message can hold them; past that, said plainly, with no promise of a view.
    const fits = lines.slice(0, SHOWN.allEdits);
    const over = lines.length - fits.length;
    if (over > 0)
      fits.push(`_…and ${over} more that do not fit in one message: the ones above show the pattern._`);
    return { blocks: packed(`${heading}${notTheLead(groups[0])}`, fits), hidden: 0 };
  }
  const left = lines.length - 3;
  const more =
    left > 0
      ? `\n_…and ${left} more small ${left === 1 ? 'change' : 'changes'}: *${allLabel}* in the ⋯ menu shows ${left === 1 ? 'it' : 'them'}._`
      : '';
  return {
    blocks: [section(`${heading}${notTheLead(groups[0])}\n${lines.slice(0, 3).join('\n')}${more}`)],
    hidden: Math.max(0, left),
  };
}

/**
 * The suggested version. A full rewrite that makes a change the author set aside is not offered any more; small
 * edits lose only the ones that touch what was set aside.
 */
function versionBlocks(
  coached: CoachedReview,
  withAlternatives: boolean,
  groups: readonly FindingGroup[],
  state: ReviewState,
  shown: EditsShown,
  allLabel = '',
): { blocks: KnownBlock[]; hiddenEdits: number } {
  const { review } = coached;
  const lead = groups[0];
  const dismissed = new Set(state.dismissed ?? []);
  const setAside = groupFindings(review.findings, coached.request.text, coached.addressed).filter((group) =>
    dismissed.has(group.key),
  );
  if (!review.rewrite) {
    const edits = editBlocks(
      review,
      groups,
      setAside.flatMap((group) => group.findings),
      shown,
      allLabel,
    );
    return { blocks: edits.blocks, hiddenEdits: edits.hidden };
  }
  if (setAside.length > 0) return { blocks: [], hiddenEdits: 0 };
  const text = truncate(review.rewrite, SHOWN.rewriteChars);
  const more =
    text.length < review.rewrite.length ? '\n_(shortened here: *Text to copy* gives all of it)_' : '';
  const blocks = [
    section(`*A version to try*${notTheLead(lead)}\n${quote(text)}${more}`),
    ...threadBlocks(review),
  ];
  if (withAlternatives) {
    for (const [index, alternative] of alternativesOf(review).slice(0, 2).entries()) {
      blocks.push(
        section(
          `*Or, another way${index > 0 ? ` (${index + 1})` : ''}*\n${quote(truncate(alternative, 1200))}`,
        ),
      );
    }
  }
  return { blocks, hiddenEdits: 0 };
}

/**
 * Who a notification is for: the author, a colleague who opened details, or the channel (a thread reply). None of
 * them gives a count or a grade: the lock screen and the channel learn the one idea, as the message says it.
 */
export type NotificationAudience = Viewer | 'thread';

/** The notification and screen-reader text: specific, plain, no mrkdwn, no count. */
export function notificationText(
  review: Review,
  groups: readonly FindingGroup[],
  audience: NotificationAudience = 'author',
  edited = false,
): string {
  const top = groups[0];
  if (review.verdict === 'pass' || !top) {
    // Said where the channel reads it: seen, nothing more to suggest (never "looks good", which reads as approval).
    if (audience === 'thread' && edited) return 'Thanks for the edit. I have nothing more to suggest.';
    return audience === 'author'
      ? 'Your draft reads like a person talking to people.'
      : 'I have nothing more to suggest for this draft.';
  }
  const excerpt = excerptOf(top.excerpts[0] ?? '', 60);
  if (audience !== 'author') {
    // The channel's notification, and a colleague's, say the public idea, never the author's message or its count.
    const idea = lowerFirst(publicIdea(top.finding).replace(/[.!]$/, ''));
    const lead =
      audience === 'colleague'
        ? 'An idea for this draft'
        : edited
          ? 'Thanks for the edit. One more idea'
          : 'One idea before this goes out';
    return fallbackText(plainText(`${lead}: ${idea} (about “${excerpt}”)`));
  }
  // The advice before any examples ("…leave the door open: "Have a look if it helps"" keeps the part before the colon).
  const fix = lowerFirst((top.finding.suggestion.split(/:\s/)[0] ?? '').trim().replace(/[.!]$/, ''));
  return fallbackText(plainText(`An idea for your draft: ${fix} (instead of “${excerpt}”)`));
}

function menuOption(text: string, action: MenuAction, reviewId: string, expanded: Expanded) {
  return { text, value: encodeMenuValue({ a: action, r: reviewId, x: expanded }) };
}

/**
 * The secondary actions, in one "⋯" menu. The shared thread reply offers only what concerns the presser themselves
 * (their own posts): its Details button opens everything else, the reasons included, in one private message. A
 * private review offers the reasons and the full list, each redrawing that same message in place; only the author, in
 * a view only they see, is offered "This helped" and "Not helpful…", once.
 */
function moreMenu(
  coached: CoachedReview,
  view: ReviewView,
  viewer: Viewer,
  hidden: { suggestions: number; edits: number },
  total: number,
  state: ReviewState,
  expanded: Expanded,
): Overflow | null {
  const options: ReturnType<typeof menuOption>[] = [];
  if (view === 'private' && !expanded.why)
    options.push(menuOption('Why this matters', 'why', coached.id, expanded));
  if (view === 'private' && !expanded.all && hidden.suggestions + hidden.edits > 0)
    options.push(menuOption(allLabel(total), 'all', coached.id, expanded));
  const authorOnly = view !== 'thread' && viewer === 'author';
  if (authorOnly && !state.feedbackNote && !state.helped) {
    options.push(menuOption('This helped', 'helpful', coached.id, expanded));
    if (total > 0) options.push(menuOption('Not helpful…', 'not_helpful', coached.id, expanded));
  }
  if (coached.request.source === 'channel')
    options.push(menuOption('Don’t review my posts', 'opt_out', coached.id, expanded));
  return options.length > 0 ? overflow(ACTION_IDS.more, options.slice(0, 5)) : null;
}

/** The menu option that opens every suggestion and change, in the message itself. */
const allLabel = (total: number) => (total > 1 ? `All ${total} suggestions` : 'All small changes');

/**
 * Why each suggestion shown matters to the reader, in the words of the rule that found it: specific to the rule,
 * said once per rule, under the words of the draft it is about.
 */
function whyBlocks(groups: readonly FindingGroup[]): KnownBlock[] {
  const said = new Set<string>();
  const lines: string[] = [];
  for (const group of groups) {
    const reason = whyItMatters(group.finding.rule) ?? sentence(group.finding.message);
    // Two suggestions from one rule share its reason: say it once, by the first one's words.
    if (said.has(reason)) continue;
    said.add(reason);
    lines.push(`*“${excerptOf(group.excerpts[0] ?? '', 60)}”*: ${reason}`);
  }
  return lines.length > 0 ? packed('*Why these matter*', lines) : [];
}

/**
 * A review as a Slack message. It starts with what is good (when something is), then the one most useful fix in
 * the author's own words, the suggested version, at most 3 suggestions (unless the reader asked for all of them),
 * and at most 5 buttons (the rest in a "⋯" menu). A thread reply, which the whole channel sees, carries one idea in
 * words meant for a channel (no score, count, category, rule id or principle label), no promise of more, and no
 * button that only the author may use. Whatever a message says is elsewhere, the message or its menu shows.
 */
export function renderReview(
  coached: CoachedReview,
  view: ReviewView,
  options: { edited?: boolean; state?: ReviewState; viewer?: Viewer; expanded?: Expanded } = {},
): RenderedMessage {
  const { review } = coached;
  const state = options.state ?? {};
  const viewer = options.viewer ?? 'author';
  // Details (opened from a thread reply) is the full review: every suggestion and change, and why they matter.
  const expanded: Expanded =
    view === 'details' ? { why: true, all: true } : view === 'thread' ? {} : (options.expanded ?? {});
  const groups =
    view === 'thread'
      ? [threadLead(coached, state)].filter((group): group is FindingGroup => group !== null)
      : shownGroups(coached, state);
  const text = notificationText(review, groups, view === 'thread' ? 'thread' : viewer, options.edited);
  const blocks: KnownBlock[] = [];
  const good = praise(review);
  const [top, ...rest] = groups;
  const hidden = { suggestions: 0, edits: 0 };
  const allSetAside = review.verdict === 'revise' && !top && (state.dismissed ?? []).length > 0;
  const total = shownGroups(coached, state).length;
  const forColleague = view === 'details' && viewer === 'colleague';

  if (allSetAside && view !== 'thread') {
    blocks.push(section('You set my suggestions on this draft aside. Thanks for telling me.'));
  } else if (allSetAside) {
    // Never sent: a thread reply with nothing left is deleted. Said neutrally in case it ever is.
    blocks.push(section('Nothing to add here.'));
  } else if ((review.verdict === 'pass' || !top) && forColleague) {
    // Neither praise nor a verdict on someone else's draft: what there is to say, in the channel's words.
    blocks.push(section('I have nothing more to suggest for this draft.'));
    const idea = top ? colleagueLines([top])[0] : undefined;
    if (idea) blocks.push(section(`One small idea, if you like: ${idea.idea} ${idea.about}.`));
  } else if (review.verdict === 'pass' || !top) {
    const opener =
      view === 'thread'
        ? 'Thanks for the edit. I have nothing more to suggest.'
        : options.edited
          ? 'Looks good now.'
          : 'This reads like a person talking to people.';
    blocks.push(
      section(view === 'thread' ? opener : `*${opener}* ${coachingLine(review) ?? good ?? ''}`.trim()),
    );
    // A draft that passes can still carry a small suggestion: offered, not pressed.
    if (top && view !== 'thread') blocks.push(section(`One small idea, if you like: ${fixLine(top)}`));
    if (top && view !== 'thread' && expanded.why) blocks.push(...whyBlocks([top]));
  } else if (view === 'thread') {
    const lead = options.edited ? 'Thanks for the edit. One more idea' : 'One idea before this goes out';
    blocks.push(
      section(`${good ? `${good} ` : ''}${lead}, about ${quotedWords(top)}: *${publicIdea(top.finding)}*`),
    );
    blocks.push(...versionBlocks(coached, false, groups, state, 'lead').blocks);
  } else if (forColleague) {
    // A colleague reads what could change and a version, never a verdict on the author's draft: no message written
    // for the author, no reasons (they say "yelling", "reach-hunting" of these very words), nothing to rate.
    const [lead, ...others] = colleagueLines(groups);
    if (good) blocks.push(section(good));
    if (lead) blocks.push(section(`*${lead.idea}* ${lead.about}.`));
    if (others.length > 0)
      blocks.push(
        ...packed(
          '',
          others.map((line) => `• ${line.idea} ${line.about}.`),
        ),
      );
    blocks.push(...versionBlocks(coached, true, groups, state, 'all').blocks);
  } else {
    if (good) blocks.push(section(good));
    blocks.push(section(`${view === 'details' ? '' : 'Try this first: '}${fixLine(top)}`));
    const coaching = coachingLine(review);
    if (coaching) blocks.push(context(`In short: ${coaching}`));
    const shown = expanded.all ? rest : rest.slice(0, SHOWN.lines - 1);
    hidden.suggestions = rest.length - shown.length;
    if (shown.length > 0) blocks.push(...packed('', shown.map(otherLine)));
    if (hidden.suggestions > 0)
      blocks.push(context(`${hidden.suggestions} more: *${allLabel(groups.length)}* in the ⋯ menu.`));
    const version = versionBlocks(
      coached,
      view === 'details' || Boolean(expanded.all),
      groups,
      state,
      expanded.all ? 'all' : 'some',
      allLabel(groups.length),
    );
    hidden.edits = version.hiddenEdits;
    blocks.push(...version.blocks);
    if (expanded.why) blocks.push(...whyBlocks([top, ...shown]));
  }

  const destination = networkLine(review);
  if (destination) blocks.push(destination);
  if (state.posted) blocks.push(context('✓ You posted this version in the thread.'));
  if (state.feedbackNote && view !== 'thread' && viewer === 'author')
    blocks.push(context(`✓ ${state.feedbackNote}`));
  const row = buttons(coached, view, viewer, hidden, total, state, expanded);
  if (row) blocks.push(row);
  return { text, blocks: capBlocks(blocks) };
}

function buttons(
  coached: CoachedReview,
  view: ReviewView,
  viewer: Viewer,
  hidden: { suggestions: number; edits: number },
  total: number,
  state: ReviewState,
  expanded: Expanded,
): KnownBlock | null {
  const value = encodeButtonValue({ reviewId: coached.id });
  const elements: (Button | Overflow)[] = [];
  const { review, request } = coached;
  if (view === 'thread' && review.findings.length > 0) {
    elements.push(button('Details (only you see them)', ACTION_IDS.showDetails, value));
  }
  const versionShown = review.rewrite && !(state.dismissed ?? []).length;
  if (versionShown)
    elements.push(
      button('Text to copy', ACTION_IDS.copyText, value, view === 'thread' ? undefined : 'primary'),
    );
  const ownWatchedDraft = request.source === 'channel' && request.messageTs && coached.replyMode !== 'thread';
  if (view === 'private' && versionShown && ownWatchedDraft && !state.posted) {
    elements.push(button('Post in thread', ACTION_IDS.postInThread, value));
  }
  const menu = moreMenu(coached, view, viewer, hidden, total, state, expanded);
  if (menu) elements.push(menu);
  return elements.length > 0 ? actions(`review:${coached.id}`, elements) : null;
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

/** Said instead of a review when the draft cannot be reviewed (empty, too long, binary). */
export function renderProblem(message: string): RenderedMessage {
  return { text: fallbackText(plainText(message)), blocks: [section(`:warning: ${message}`)] };
}
