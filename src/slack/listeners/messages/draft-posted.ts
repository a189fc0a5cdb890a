import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps';
import { admissionSlotOf, channelPendingId } from '../../pending-work';
import { isFromBot, isThreadReply, messageFields } from '../../message-fields';
import { reviewChannelMessage } from '../../thread-replies';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/** Subtypes that are still a person posting a draft (a post with an image, a /me message). */
const DRAFT_SUBTYPES = new Set([undefined, 'file_share', 'me_message']);

/**
 * A new top-level message by a person in a watched channel: review it in its thread.
 * Left alone: bots (by bot_id and subtype), ourselves, thread replies, joins and other channel
 * subtypes, direct messages, and channels nobody asked us to watch.
 */
export function draftPosted(deps: SlackDeps) {
  return async ({ event, body, context, client, logger }: MessageArgs): Promise<void> => {
    const message = messageFields(event);
    if (!DRAFT_SUBTYPES.has(message.subtype)) return;
    if (isFromBot(message, context.botUserId) || isThreadReply(message)) return;
    if (message.channel_type === 'im' || message.channel_type === 'mpim') return;
    if (!message.user || !message.ts || !message.text?.trim()) return;
    const teamId = context.teamId ?? body.team_id;
    if (!(await deps.coach.isWatched(teamId, event.channel))) return;
    // Checked before the draft is persisted as pending work: an opted-out person's text is never stored.
    if (await deps.coach.isOptedOut(teamId, message.user)) return;
    const input = {
      teamId,
      channel: event.channel,
      userId: message.user,
      text: message.text,
      messageTs: message.ts,
    };
    try {
      // Persisted before the reply (issue 6): a process killed now answers it at its next start.
      await deps.work.track(
        {
          id: channelPendingId(teamId, input.channel, input.messageTs),
          teamId,
          channelId: input.channel,
          userId: input.userId,
          source: 'channel',
          text: input.text,
          messageTs: input.messageTs,
          responseUrl: null,
        },
        () =>
          reviewChannelMessage(client, deps, {
            ...input,
            firstDelivery: true,
            slot: admissionSlotOf(context),
          }),
      );
    } catch (error) {
      logger.error('review of a watched message failed', error);
    }
  };
}
