/** The action ids of our buttons; listeners and blocks share them so they cannot drift apart. */
export const ACTION_IDS = {
  /** "Text to copy": the suggested version in a code block, privately. */
  copyText: 'copy_text',
  /** "Post in thread": the author shares the version in the draft's thread (private reviews of a watched post). */
  postInThread: 'post_in_thread',
  /** The "⋯" menu on a review: why, all suggestions, helpful, not helpful…, don't review my posts. */
  more: 'review_more',
  /** "Details (only you see them)" on a thread reply: the whole review, privately for whoever clicks. */
  showDetails: 'show_details',
  /** "Don't review my posts" (the watch announcement) and its undo. */
  optOut: 'opt_out',
  optIn: 'opt_in',
  openDraftModal: 'open_draft_modal',
  /** App Home's "How it works": the principles and the how-to, in a modal. */
  openHowItWorks: 'open_how_it_works',
  /** App Home's "Flag again" menu on a suggestion the team stopped (admins), and the admins' workspace defaults. */
  unsilence: 'unsilence_phrase',
  openWorkspaceSettings: 'open_workspace_settings',
} as const;

/** A "Flag again" option's value: the rule and phrase to count again. */
export function encodeSilencedValue(rule: string, phrase: string): string {
  return JSON.stringify({ rule, phrase });
}

export function decodeSilencedValue(raw: string | undefined): { rule: string; phrase: string } | null {
  try {
    const parsed = JSON.parse(raw ?? '') as { rule?: unknown; phrase?: unknown };
    return typeof parsed.rule === 'string' && typeof parsed.phrase === 'string'
      ? { rule: parsed.rule, phrase: parsed.phrase }
      : null;
  } catch {
    return null;
  }
}

/** What a "⋯" menu option does. */
export type MenuAction = 'why' | 'all' | 'helpful' | 'not_helpful' | 'opt_out';
const MENU_ACTIONS: readonly MenuAction[] = ['why', 'all', 'helpful', 'not_helpful', 'opt_out'];

/**
 * What a private message already shows beyond the short review: the reasons ("why") and every suggestion and change
 * ("all"). A menu option carries it, so a click that redraws the message in place keeps what was already open.
 */
export interface Expanded {
  why?: boolean;
  all?: boolean;
}

/** A menu option's value (at most 150 characters): the action, the review and what its message already shows. */
export function encodeMenuValue(value: { a: MenuAction; r: string; x?: Expanded }): string {
  const x = `${value.x?.why ? 'w' : ''}${value.x?.all ? 'a' : ''}`;
  return JSON.stringify(x ? { a: value.a, r: value.r, x } : { a: value.a, r: value.r });
}

export function decodeMenuValue(raw: string | undefined): { a: MenuAction; r: string; x: Expanded } | null {
  try {
    const parsed = JSON.parse(raw ?? '') as { a?: unknown; r?: unknown; x?: unknown };
    const x = typeof parsed.x === 'string' ? parsed.x : '';
    return typeof parsed.r === 'string' && MENU_ACTIONS.includes(parsed.a as MenuAction)
      ? { a: parsed.a as MenuAction, r: parsed.r, x: { why: x.includes('w'), all: x.includes('a') } }
      : null;
  } catch {
    return null;
  }
}

/** The "Not helpful…" modal's callback id. */
export const FEEDBACK_MODAL = 'review_feedback';

/** The message shortcut's callback id (manifest.json). */
export const SHORTCUT_CALLBACK_ID = 'review_message';

/** What a button's value carries: the review it belongs to and, for "Why?", the finding. */
export interface ButtonValue {
  reviewId: string;
  finding?: number;
}

export function encodeButtonValue(value: ButtonValue): string {
  return JSON.stringify(
    value.finding === undefined ? { r: value.reviewId } : { r: value.reviewId, f: value.finding },
  );
}

export function decodeButtonValue(raw: string | undefined): ButtonValue | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { r, f } = parsed as { r?: unknown; f?: unknown };
    if (typeof r !== 'string' || r.length === 0) return null;
    return typeof f === 'number' && Number.isInteger(f) && f >= 0
      ? { reviewId: r, finding: f }
      : { reviewId: r };
  } catch {
    return null;
  }
}
