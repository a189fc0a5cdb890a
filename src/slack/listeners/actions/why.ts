import { renderWhy } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';

/** "Why?": the principle behind a finding (or behind the whole review), privately. */
export function why(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    const responseUrl = args.body.response_url;
    if (!clicked || !responseUrl) return;
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...renderWhy(clicked.coached.review, clicked.finding),
    });
  };
}
