import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { DRAFT_MODAL, renderProblemModal, renderReviewModal } from '../../blocks/draft-modal';
import type { SlackDeps } from '../../deps';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The draft modal was submitted: the rule review is instant, so it goes straight into the ack
 * (response_action "update"), replacing the form with the review.
 */
export function draftSubmitted(deps: SlackDeps) {
  return async ({ ack, view, body, context }: SubmitArgs): Promise<void> => {
    const text = view.state.values[DRAFT_MODAL.blockId]?.[DRAFT_MODAL.actionId]?.value ?? '';
    const outcome = await deps.coach.reviewDraft({
      teamId: context.teamId ?? body.team?.id ?? '',
      channelId: null,
      userId: body.user.id,
      text,
      source: 'home',
    });
    const result = outcome.ok
      ? renderReviewModal(outcome.coached)
      : renderProblemModal(outcome.problem.message);
    await ack({ response_action: 'update', view: result });
  };
}
