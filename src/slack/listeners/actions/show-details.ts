import { renderReview } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';
import { reviewState } from './review-state';

/**
 * "Details (only you see them)" on a thread reply: the whole review, privately, for whoever clicked. The author
 * reads about "your draft" and finds the feedback they alone can give; a colleague reads about "this draft" and is
 * offered nothing that is not theirs to press. Suggestions the author set aside stay out for everyone.
 */
export function showDetails(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    const responseUrl = args.body.response_url;
    if (!clicked || !responseUrl) return;
    const { coached, clickerId } = clicked;
    const state = reviewState(coached.id);
    const viewer = clickerId === coached.request.userId ? 'author' : 'colleague';
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...renderReview(coached, 'details', {
        viewer,
        state: viewer === 'author' ? state : { dismissed: state.dismissed },
      }),
    });
  };
}
