import { decodeMenuValue } from '../../blocks/action-ids';
import { renderReview, renderWhy } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';
import { reviewState } from './review-state';
import { helpful, notHelpful } from './feedback';
import { setOptOutFor } from './opt-out';

/** The "⋯" menu on a review: every option answers only the person who picked it. */
export function moreMenu(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    if (args.action.type !== 'overflow') return;
    const picked = decodeMenuValue(args.action.selected_option?.value);
    if (!picked) return;
    switch (picked.a) {
      case 'helpful':
        return helpful(deps, args);
      case 'not_helpful':
        return notHelpful(deps, args);
      case 'opt_out':
        return setOptOutFor(deps, args, true);
      case 'why':
      case 'all': {
        const clicked = await clickedReview(deps, args);
        const responseUrl = args.body.response_url;
        if (!clicked || !responseUrl) return;
        const { coached, clickerId } = clicked;
        const viewer = clickerId === coached.request.userId ? 'author' : 'colleague';
        // What the author set aside stays out for everyone; their own feedback notes are theirs alone.
        const state =
          viewer === 'author' ? reviewState(coached.id) : { dismissed: reviewState(coached.id).dismissed };
        const message =
          picked.a === 'why'
            ? renderWhy(coached, state)
            : renderReview(coached, 'details', { viewer, state });
        await deps.postToResponseUrl(responseUrl, {
          response_type: 'ephemeral',
          replace_original: false,
          ...message,
        });
      }
    }
  };
}
