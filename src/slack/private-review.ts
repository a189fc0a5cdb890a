import type { CoachedReview, DraftRequest } from '../coach';
import { renderProblem, renderReview } from './blocks/review';
import { reviewState } from './listeners/actions/review-state';
import type { SlackDeps } from './deps';

/**
 * A private review answered through a response_url (slash command, message shortcut): the rule review
 * at once, then, when a refiner is configured and has something better, the same message replaced.
 */
export async function sendPrivateReview(
  deps: SlackDeps,
  responseUrl: string,
  request: DraftRequest,
): Promise<void> {
  const outcome = await deps.coach.reviewDraft(request);
  if (!outcome.ok) {
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      ...renderProblem(outcome.problem.message),
    });
    return;
  }
  await deps.postToResponseUrl(responseUrl, {
    response_type: 'ephemeral',
    ...renderReview(outcome.coached, 'private'),
  });
  if (deps.coach.canRefine) void refinePrivateReview(deps, responseUrl, outcome.coached);
}

async function refinePrivateReview(
  deps: SlackDeps,
  responseUrl: string,
  coached: CoachedReview,
): Promise<void> {
  try {
    const refined = await deps.coach.refine(coached);
    if (!refined) return;
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: true,
      // What the author already did with this review (rated it, set a suggestion aside) still shows.
      ...renderReview(refined, 'private', { state: reviewState(refined.id) }),
    });
  } catch (error) {
    deps.logger.warn({ event: 'refine.publish_error', err: error }, 'refined review not published');
  }
}
