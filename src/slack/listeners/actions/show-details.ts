import { renderReview } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';

/** "Details (only you see them)" on a thread reply: the whole review, privately, for whoever clicked. */
export function showDetails(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    const responseUrl = args.body.response_url;
    if (!clicked || !responseUrl) return;
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...renderReview(clicked.coached, 'details'),
    });
  };
}
