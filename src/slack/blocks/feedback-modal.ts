import type { types } from '@slack/bolt';
import type { FeedbackReason } from '../../store/types';
import { FEEDBACK_MODAL, type Expanded } from './action-ids';
import { context, section, truncate, type KnownBlock } from './limits';

type ModalView = types.ModalView;

/** One choice in the form: a merged suggestion and the votes (rule and phrase) it stands for. */
export interface FeedbackChoice {
  /** The merged finding's key, so the review can drop it once it is marked. */
  key: string;
  label: string;
  votes: [string, string][];
}

/** What the form remembers between opening and submission (private_metadata, at most 3,000 characters). */
export interface FeedbackTarget {
  reviewId: string;
  author: string;
  channel: string | null;
  /** The draft's thread, where a note to the author is posted when there is no private message to redraw. */
  threadTs: string | null;
  /** The bot's public reply in the draft's thread (null: none, or none the author can have taken down). */
  replyTs: string | null;
  /** The one idea that reply shows: setting it aside deletes the reply (null: no reply). */
  publicKey: string | null;
  /** The private review to redraw in place, when the click came from one, and what it already shows. */
  responseUrl: string | null;
  expanded?: Expanded;
  choices: FeedbackChoice[];
}

export const FEEDBACK_REASONS: { value: FeedbackReason; label: string; said: string }[] = [
  { value: 'wrong', label: 'It is wrong about my draft', said: 'was wrong about your draft' },
  { value: 'fine_here', label: 'Fine for this kind of post', said: 'is fine for this kind of post' },
  { value: 'brand_voice', label: 'It is our brand voice', said: 'is part of your brand voice' },
  { value: 'other', label: 'Something else', said: 'did not help' },
];

export function encodeFeedbackTarget(target: FeedbackTarget): string {
  const compact = (choices: FeedbackChoice[]) =>
    JSON.stringify({
      r: target.reviewId,
      a: target.author,
      c: target.channel,
      t: target.threadTs,
      p: target.replyTs,
      k: target.publicKey,
      u: target.responseUrl,
      x: `${target.expanded?.why ? 'w' : ''}${target.expanded?.all ? 'a' : ''}`,
      g: choices.map((choice) => ({ k: choice.key, l: choice.label, v: choice.votes })),
    });
  let choices = target.choices.slice(0, 9);
  let encoded = compact(choices);
  while (encoded.length > 3000 && choices.length > 1) {
    choices = choices.slice(0, -1);
    encoded = compact(choices);
  }
  return encoded;
}

export function decodeFeedbackTarget(raw: string | undefined): FeedbackTarget | null {
  try {
    const parsed = JSON.parse(raw ?? '') as {
      r?: string;
      a?: string;
      c?: string | null;
      t?: string | null;
      p?: string | null;
      k?: string | null;
      u?: string | null;
      x?: string;
      g?: { k: string; l: string; v: [string, string][] }[];
    };
    if (typeof parsed.r !== 'string' || typeof parsed.a !== 'string' || !Array.isArray(parsed.g)) return null;
    return {
      reviewId: parsed.r,
      author: parsed.a,
      channel: parsed.c ?? null,
      threadTs: parsed.t ?? null,
      replyTs: parsed.p ?? null,
      publicKey: parsed.k ?? null,
      responseUrl: parsed.u ?? null,
      expanded: { why: (parsed.x ?? '').includes('w'), all: (parsed.x ?? '').includes('a') },
      choices: parsed.g.map((choice) => ({ key: choice.k, label: choice.l, votes: choice.v })),
    };
  } catch {
    return null;
  }
}

const plain = (text: string) => ({ type: 'plain_text' as const, text: truncate(text, 75), emoji: true });

/**
 * "Not helpful…": which suggestion missed, and why. It says exactly what sending it does: the suggestion leaves the
 * author's own view and their stats' figures, and the reason is kept; when the suggestion is the one idea of the bot's public reply in the
 * draft's thread, that reply is deleted (no other idea takes its place in public). It stops nothing for the team:
 * that is a setting (rules turned off, phrases never flagged), changed on purpose, not a side effect.
 */
export function renderFeedbackModal(target: FeedbackTarget): ModalView {
  const choices = target.choices.slice(0, 9);
  const which = [
    ...choices.map((choice, index) => ({ text: plain(choice.label), value: String(index) })),
    { text: plain('All of it'), value: 'all' },
  ];
  const reasons = FEEDBACK_REASONS.map((reason) => ({ text: plain(reason.label), value: reason.value }));
  const shownInThread = target.publicKey
    ? choices.find((choice) => choice.key === target.publicKey)
    : undefined;
  const where = shownInThread
    ? `I take it out of your details and out of the figures in your stats, and keep your reason. ` +
      `My reply in your draft’s thread shows one idea, ` +
      `${shownInThread.label.split('”')[0]}”: if you pick that one (or all of it), I delete that reply and ` +
      'put nothing in its place. Any other idea stays here, only for you.'
    : 'I take it out of this review and out of the figures in your stats, and keep your reason. No one else is told.';
  const blocks: KnownBlock[] = [
    section(`Thanks for saying so. Tell me which suggestion missed: ${where}`),
    {
      type: 'input',
      block_id: 'which',
      label: plain('Which suggestion?'),
      element: { type: 'radio_buttons', action_id: 'which', options: which, initial_option: which[0] },
    },
    {
      type: 'input',
      block_id: 'reason',
      label: plain('Why?'),
      element: { type: 'radio_buttons', action_id: 'reason', options: reasons },
    },
    context(
      'This is about your draft only. To stop a suggestion for everyone in a channel, turn its rule off or add ' +
        'the phrase to *Never flag* in `/etiquette settings`.',
    ),
  ];
  return {
    type: 'modal',
    callback_id: FEEDBACK_MODAL,
    title: plain('Not helpful'),
    submit: plain('Send'),
    close: plain('Cancel'),
    private_metadata: encodeFeedbackTarget({ ...target, choices }),
    blocks,
  };
}

export interface FeedbackSubmission {
  choice: number | 'all';
  reason: FeedbackReason;
}

type Values = Record<
  string,
  Record<string, { selected_option?: { value?: string } | null; selected_options?: { value?: string }[] }>
>;

export function parseFeedbackSubmission(
  values: Values,
): { ok: true; value: FeedbackSubmission } | { ok: false; errors: Record<string, string> } {
  const which = values.which?.which?.selected_option?.value;
  const reason = values.reason?.reason?.selected_option?.value as FeedbackReason | undefined;
  const errors: Record<string, string> = {};
  if (which === undefined) errors.which = 'Pick the suggestion that missed.';
  if (!reason || !FEEDBACK_REASONS.some((each) => each.value === reason)) errors.reason = 'Pick a reason.';
  if (Object.keys(errors).length > 0 || which === undefined || !reason) return { ok: false, errors };
  return { ok: true, value: { choice: which === 'all' ? 'all' : Number(which), reason } };
}
