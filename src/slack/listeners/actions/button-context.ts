import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { CoachedReview } from '../../../coach';
import { decodeButtonValue } from '../../blocks/action-ids';
import { section } from '../../blocks/limits';
import type { SlackDeps } from '../../deps';

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

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
    text,
    blocks: blocks ?? [section(text)],
  });
}

/**
 * Finds the review behind a clicked button. Recent reviews live in memory; after a restart (or a
 * long while) the buttons of an old review can only say so.
 */
export async function clickedReview(deps: SlackDeps, args: ButtonArgs): Promise<ClickedReview | null> {
  const value = decodeButtonValue(args.action.value);
  const coached = value ? deps.coach.recall(value.reviewId) : undefined;
  if (!value || !coached) {
    await tellClicker(
      deps,
      args,
      ':hourglass: I no longer have that review at hand. Run `/etiquette <draft>` for a fresh one.',
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
