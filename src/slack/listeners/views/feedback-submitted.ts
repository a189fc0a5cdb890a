import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { decodeFeedbackTarget, FEEDBACK_REASONS, parseFeedbackSubmission } from '../../blocks/feedback-modal';
import { section } from '../../blocks/limits';
import { renderReview, shownGroups } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { authorsView } from '../actions/feedback';
import { updateReviewState } from '../actions/review-state';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * "Not helpful…" was sent by the draft's author: the votes are recorded with their reason (feedback only: nothing
 * is stopped for the team), the suggestion leaves the author's private view (redrawn in place) and, for a draft in a
 * watched channel, the bot's reply in its thread, which is removed when nothing is left in it.
 */
export function feedbackSubmitted(deps: SlackDeps) {
  return async ({ ack, view, body, context, client, logger }: SubmitArgs): Promise<void> => {
    const target = decodeFeedbackTarget(view.private_metadata);
    const parsed = parseFeedbackSubmission(
      view.state.values as Parameters<typeof parseFeedbackSubmission>[0],
    );
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const userId = body.user.id;
    // The form only ever opens for the author; anything else is forged and changes nothing.
    if (!target || target.author !== userId) {
      await ack({ response_action: 'clear' });
      return;
    }
    await ack();
    try {
      const teamId = context.teamId ?? body.team?.id ?? '';
      const { choice, reason } = parsed.value;
      const chosen = choice === 'all' ? target.choices : target.choices.slice(choice, choice + 1);
      const results = await Promise.all(
        chosen.flatMap((each) =>
          each.votes.map(([rule, phrase]) =>
            deps.coach.recordFeedback({
              teamId,
              userId,
              reviewId: target.reviewId,
              rule,
              phrase,
              helpful: false,
              reason,
              silence: 'no',
            }),
          ),
        ),
      );
      const said = FEEDBACK_REASONS.find((each) => each.value === reason)?.said ?? 'did not help';
      const what = choice === 'all' ? 'this review' : (chosen[0]?.label.split('”')[0]?.concat('”') ?? 'that');
      const coached = deps.coach.recall(target.reviewId);
      const state = coached
        ? updateReviewState(coached.id, { dismissed: chosen.map((each) => each.key) })
        : null;
      let thread = '';
      if (coached && state && target.replyTs && target.channel) {
        const replyTs = target.replyTs;
        const channel = target.channel;
        try {
          if (shownGroups(coached, state).length === 0) {
            await client.chat.delete({ channel, ts: replyTs });
            await deps.coach.setReply(coached, null);
            thread = ' Nothing was left in my reply in your draft’s thread, so I removed it.';
          } else {
            const reply = renderReview(coached, 'thread', { state });
            await client.chat.update({ channel, ts: replyTs, text: reply.text, blocks: reply.blocks });
            thread = ' I took it out of my reply in your draft’s thread too.';
          }
        } catch (error) {
          logger.warn('the reply in the thread could not be changed', error);
          thread = ' I could not change my reply in your draft’s thread just now, though.';
        }
      }
      let note = coached
        ? `Noted: ${what} ${said}. I left it out of this review.${thread}`
        : `Noted: ${what} ${said}.`;
      if (!results.every(Boolean)) note += ' (I could not save your reason just now, though.)';
      if (target.responseUrl && coached) {
        const redrawn = updateReviewState(coached.id, { feedbackNote: note });
        await deps.postToResponseUrl(target.responseUrl, {
          response_type: 'ephemeral',
          replace_original: true,
          ...renderReview(coached, authorsView(coached), { state: redrawn, viewer: 'author' }),
        });
      } else if (target.channel) {
        await client.chat.postEphemeral({
          channel: target.channel,
          user: userId,
          text: note,
          blocks: [section(note)],
          ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        });
      }
    } catch (error) {
      logger.error('feedback not recorded', error);
    }
  };
}
