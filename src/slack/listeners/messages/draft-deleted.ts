import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps';
import { removeChannelReview } from '../../thread-replies';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/** A deleted draft: delete our reply too (even if the channel is no longer watched). */
export function draftDeleted(deps: SlackDeps) {
  return async ({ event, body, context, client, logger }: MessageArgs): Promise<void> => {
    if (event.subtype !== 'message_deleted' || !event.deleted_ts) return;
    try {
      await removeChannelReview(
        client,
        deps,
        context.teamId ?? body.team_id,
        event.channel,
        event.deleted_ts,
      );
    } catch (error) {
      logger.error('removing the reply to a deleted message failed', error);
    }
  };
}
