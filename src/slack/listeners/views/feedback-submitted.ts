import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { decodeFeedbackTarget, FEEDBACK_REASONS, parseFeedbackSubmission } from '../../blocks/feedback-modal';
import { section } from '../../blocks/limits';
import { renderReview, threadLead } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { authorsView } from '../actions/feedback';
import { reviewState, updateReviewState } from '../actions/review-state';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * "Not helpful…" was sent by the draft's author: the votes are recorded with their reason (feedback only: nothing
 * is stopped for the team) and the suggestion leaves the author's private view (redrawn in place). For a draft in a
 * watched channel whose public reply shows that very idea, the reply is deleted: the next idea is never put in its
 * place, so a "not helpful" cannot make the bot criticise the post again in public. Sent twice for the same idea
 * (two Details, two forms), the second records and deletes nothing.
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
      const picked = choice === 'all' ? target.choices : target.choices.slice(choice, choice + 1);
      const coached = deps.coach.recall(target.reviewId);
      const before = coached ? reviewState(coached.id) : {};
      // What the author already set aside (from another copy of the form) is not counted twice.
      const chosen = picked.filter((each) => !(before.dismissed ?? []).includes(each.key));
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
      const what = choice === 'all' ? 'this review' : (picked[0]?.label.split('”')[0]?.concat('”') ?? 'that');
      const state = coached
        ? updateReviewState(coached.id, { dismissed: chosen.map((each) => each.key) })
        : null;
      let thread = '';
      const replyTs = coached?.replyTs ?? null;
      if (coached && state && target.replyTs && replyTs === target.replyTs && target.channel) {
        const channel = target.channel;
        // Only the idea the reply shows takes it down; any other was never in public.
        if (threadLead(coached, before) && !threadLead(coached, state)) {
          try {
            await client.chat.delete({ channel, ts: replyTs });
            await deps.coach.setReply(coached, null);
            thread = ' I deleted my reply in your draft’s thread, and put nothing in its place.';
          } catch (error) {
            logger.warn('the reply in the thread could not be deleted', error);
            thread = ' I could not delete my reply in your draft’s thread just now, though.';
          }
        } else if (chosen.length > 0) {
          thread = ' My reply in your draft’s thread is unchanged: it shows another idea.';
        }
      }
      let note: string;
      if (coached && chosen.length === 0) note = `You already told me about ${what}. Nothing more changed.`;
      else if (coached) note = `Noted: ${what} ${said}. I left it out of this review.${thread}`;
      else note = `Noted: ${what} ${said}.`;
      if (!results.every(Boolean)) note += ' (I could not save your reason just now, though.)';
      if (target.responseUrl && coached) {
        const redrawn = updateReviewState(coached.id, { feedbackNote: note });
        await deps.postToResponseUrl(target.responseUrl, {
          response_type: 'ephemeral',
          replace_original: true,
          ...renderReview(coached, authorsView(coached), {
            state: redrawn,
            viewer: 'author',
            expanded: target.expanded,
          }),
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
