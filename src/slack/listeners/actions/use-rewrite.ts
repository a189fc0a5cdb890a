import { renderRewrite, renderRewriteForThread } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';

/**
 * "Use this rewrite": the rewrite ready to copy, privately. In a drafts thread, when the author asks,
 * it is also posted as a reply so the team sees the new version. Nobody else can post in their name.
 */
export function useRewrite(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    if (!clicked) return;
    const { coached } = clicked;
    const rewrite = coached.review.rewrite;
    const responseUrl = args.body.response_url;
    if (!rewrite || !responseUrl) return;
    const isAuthor = clicked.clickerId === coached.request.userId;
    let postedToThread = false;
    if (clicked.inThread && isAuthor && coached.request.channelId && coached.request.messageTs) {
      const message = renderRewriteForThread(rewrite, clicked.clickerId);
      await args.client.chat.postMessage({
        channel: coached.request.channelId,
        thread_ts: coached.request.messageTs,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
      });
      postedToThread = true;
    }
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...renderRewrite(rewrite, { postedToThread }),
    });
  };
}
