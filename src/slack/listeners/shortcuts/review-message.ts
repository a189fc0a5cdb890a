import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { section } from '../../blocks/limits';
import type { SlackDeps } from '../../deps';
import { sendPrivateReview } from '../../private-review';

type ShortcutArgs = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

/** "Review with the Coach" on any message: a private review for the person who asked. */
export function reviewMessage(deps: SlackDeps) {
  return async ({ ack, shortcut, body, context, logger }: ShortcutArgs): Promise<void> => {
    await ack();
    const text = shortcut.message.text ?? '';
    try {
      if (!text.trim()) {
        await deps.postToResponseUrl(shortcut.response_url, {
          response_type: 'ephemeral',
          text: 'That message has no text for me to review.',
          blocks: [section('That message has no text for me to review.')],
        });
        return;
      }
      await sendPrivateReview(deps, shortcut.response_url, {
        teamId: context.teamId ?? body.team?.id ?? '',
        channelId: shortcut.channel.id,
        userId: shortcut.user.id,
        text,
        source: 'shortcut',
      });
    } catch (error) {
      logger.error('shortcut review failed', error);
    }
  };
}
