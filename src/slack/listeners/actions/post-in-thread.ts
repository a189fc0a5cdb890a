import { renderReview, renderRewriteForThread } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, tellClicker, type ButtonArgs } from './button-context';
import { reviewState, updateReviewState } from './review-state';

/**
 * "Post in thread" on the author's private review of a watched post: the version goes in the draft's thread (nobody
 * is @-mentioned), then the private review redraws in place saying so, without the button: it cannot post twice.
 */
export function postInThread(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    if (!clicked) return;
    const { coached } = clicked;
    const { channelId, messageTs, userId } = coached.request;
    const rewrite = coached.review.rewrite;
    if (!rewrite || !channelId || !messageTs) return;
    if (clicked.clickerId !== userId) {
      await tellClicker(deps, args, 'Only the author of the draft can post a version in its thread.');
      return;
    }
    if (reviewState(coached.id).posted) {
      await tellClicker(deps, args, 'This version is already in the thread.');
      return;
    }
    const state = updateReviewState(coached.id, { posted: true });
    const message = renderRewriteForThread(rewrite);
    await args.client.chat.postMessage({
      channel: channelId,
      thread_ts: messageTs,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    const responseUrl = args.body.response_url;
    if (responseUrl) {
      await deps.postToResponseUrl(responseUrl, {
        response_type: 'ephemeral',
        replace_original: true,
        ...renderReview(coached, 'private', { state }),
      });
    }
  };
}
