import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  OverflowAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { CoachedReview } from '../../../coach';
import { decodeButtonValue, decodeMenuValue } from '../../blocks/action-ids';
import { plainText, section } from '../../blocks/limits';
import type { SlackDeps } from '../../deps';

/** A click on one of our buttons or on an option of a review's "⋯" menu. */
export type ButtonArgs = AllMiddlewareArgs &
  SlackActionMiddlewareArgs<BlockAction<ButtonAction | OverflowAction>>;

/** The review id and finding a click refers to, from a button's value or a menu option's. */
export function clickedValue(args: ButtonArgs): { reviewId: string; finding?: number } | null {
  const action = args.action;
  if (action.type === 'overflow') {
    const menu = decodeMenuValue(action.selected_option?.value);
    return menu ? { reviewId: menu.r } : null;
  }
  return decodeButtonValue(action.value);
}

export interface ClickedReview {
  coached: CoachedReview;
  finding?: number;
  clickerId: string;
  /** Where the button was: a thread reply everyone sees, or a message only the clicker sees. */
  inThread: boolean;
  channel?: string;
  messageTs?: string;
}

/** Answers the person who clicked, and only them. */
export async function tellClicker(
  deps: SlackDeps,
  args: ButtonArgs,
  text: string,
  blocks?: unknown[],
): Promise<void> {
  const responseUrl = args.body.response_url;
  if (!responseUrl) return;
  await deps.postToResponseUrl(responseUrl, {
    response_type: 'ephemeral',
    replace_original: false,
    text: plainText(text),
    blocks: blocks ?? [section(text)],
  });
}

/**
 * Finds the review behind a clicked button. Recent reviews live in memory; after a restart (or a
 * long while) the buttons of an old review can only say so.
 */
export async function clickedReview(deps: SlackDeps, args: ButtonArgs): Promise<ClickedReview | null> {
  const value = clickedValue(args);
  const coached = value ? deps.coach.recall(value.reviewId) : undefined;
  if (!value || !coached) {
    await tellClicker(
      deps,
      args,
      'I no longer have that review at hand (I keep recent ones only). Type `/etiquette` followed by a draft for a fresh one.',
    );
    return null;
  }
  const container = args.body.container as {
    is_ephemeral?: boolean;
    channel_id?: string;
    message_ts?: string;
  };
  return {
    coached,
    finding: value.finding,
    clickerId: args.body.user.id,
    // A review sent by DM (reply mode "dm") is not in the thread: nothing of it goes public from there.
    inThread:
      container.is_ephemeral !== true &&
      coached.request.source === 'channel' &&
      coached.replyMode === 'thread',
    channel: container.channel_id ?? args.body.channel?.id,
    messageTs: container.message_ts ?? args.body.message?.ts,
  };
}
