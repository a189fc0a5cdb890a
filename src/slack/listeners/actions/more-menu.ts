import { decodeMenuValue } from '../../blocks/action-ids';
import { renderReview } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';
import { reviewState } from './review-state';
import { authorsView, helpful, notHelpful } from './feedback';
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
        return helpful(deps, args, picked.x);
      case 'not_helpful':
        return notHelpful(deps, args, picked.x);
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
        if (clicked.inThread) {
          // A menu on the shared reply (one posted before the reply offered only Details): everything, reasons
          // included, in one private message, as Details gives it.
          await deps.postToResponseUrl(responseUrl, {
            response_type: 'ephemeral',
            replace_original: false,
            ...renderReview(coached, 'details', { viewer, state }),
          });
          return;
        }
        // A private message: redrawn in place with the reasons or the full list added, so pressing again adds
        // nothing and no copy piles up under it.
        const expanded = { ...picked.x, [picked.a]: true };
        await deps.postToResponseUrl(responseUrl, {
          response_type: 'ephemeral',
          replace_original: true,
          ...renderReview(coached, authorsView(coached), { viewer, state, expanded }),
        });
      }
    }
  };
}
