import { renderThreadToCopy } from '../../blocks/network';
import { renderRewrite } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';

/** "Text to copy": the suggested version as plain text in a code block, only for whoever clicked. Posts nothing. */
export function copyText(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    const review = clicked?.coached.review;
    const rewrite = review?.rewrite;
    const responseUrl = args.body.response_url;
    if (!rewrite || !responseUrl) return;
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...((review && renderThreadToCopy(review)) ?? renderRewrite(rewrite)),
    });
  };
}
