import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps';
import { isFromBot, isThreadReply, messageFields } from '../../message-fields';
import { admissionSlotOf } from '../../pending-work';
import { removeChannelReview, reviewChannelMessage } from '../../thread-replies';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/**
 * An edited draft in a watched channel: review it again and update our reply in place.
 * Slack also sends message_changed when nothing a person wrote changed (link unfurls, thread counts),
 * and turns a deleted message that has replies into a "tombstone": that one counts as a deletion.
 */
export function draftEdited(deps: SlackDeps) {
  return async ({ event, body, context, client, logger }: MessageArgs): Promise<void> => {
    if (event.subtype !== 'message_changed') return;
    const edited = messageFields(event.message);
    const before = messageFields(event.previous_message);
    const teamId = context.teamId ?? body.team_id;
    if (!edited.ts || isThreadReply(edited) || isFromBot(edited, context.botUserId)) return;
    try {
      if (edited.subtype === 'tombstone') {
        await removeChannelReview(client, deps, teamId, event.channel, edited.ts);
        return;
      }
      if (edited.subtype !== undefined && edited.subtype !== 'file_share') return;
      if (!edited.user || !edited.text?.trim() || edited.text === before.text) return;
      if (!(await deps.coach.isWatched(teamId, event.channel))) return;
      await reviewChannelMessage(client, deps, {
        teamId,
        channel: event.channel,
        userId: edited.user,
        text: edited.text,
        messageTs: edited.ts,
        slot: admissionSlotOf(context),
      });
    } catch (error) {
      logger.error('re-review of an edited message failed', error);
    }
  };
}
