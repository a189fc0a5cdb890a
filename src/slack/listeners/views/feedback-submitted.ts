import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { SILENCE_THRESHOLD } from '../../../coach';
import { decodeFeedbackTarget, FEEDBACK_REASONS, parseFeedbackSubmission } from '../../blocks/feedback-modal';
import { section } from '../../blocks/limits';
import { renderReview } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { isWorkspaceAdmin } from '../../home';
import { updateReviewState } from '../actions/review-state';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * "Not helpful…" was sent: the votes are recorded with their reason; the suggestion leaves the private review at
 * once (redrawn in place), and "stop flagging this for our team" silences it at once for an admin, or counts as one
 * of the SILENCE_THRESHOLD votes. The person is told what happened, in the same number App Home uses.
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
    if (!target || target.author !== userId) {
      await ack({
        response_action: 'errors',
        errors: { which: 'Only the author of the draft can rate this review.' },
      });
      return;
    }
    await ack();
    try {
      const teamId = context.teamId ?? body.team?.id ?? '';
      const { choice, reason, stop } = parsed.value;
      const chosen = choice === 'all' ? target.choices : target.choices.slice(choice, choice + 1);
      const isAdmin = stop ? await isWorkspaceAdmin(client, userId) : false;
      const { silenceBy } = await deps.coach.channelSettings(teamId, target.channel);
      // Settings decide: a team vote (SILENCE_THRESHOLD people, or one admin at once) or admins only.
      const silence = !stop ? 'no' : isAdmin ? 'now' : silenceBy === 'admins' ? 'no' : 'vote';
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
              silence,
            }),
          ),
        ),
      );
      const said = FEEDBACK_REASONS.find((each) => each.value === reason)?.said ?? 'did not help';
      const what = choice === 'all' ? 'this review' : (chosen[0]?.label.split('”')[0]?.concat('”') ?? 'that');
      const noted = `Noted: ${what} ${said}.`;
      let note = `${noted} I left it out of this review.`;
      if (stop) {
        const silenced = await deps.coach.silenced(teamId);
        const votes = chosen.flatMap((each) => each.votes);
        const stopped = votes.every(([rule, phrase]) =>
          silenced.some((entry) => entry.rule === rule && entry.phrase === phrase.toLowerCase()),
        );
        const counted = Math.max(
          0,
          ...votes.map(
            ([rule, phrase]) => silenced.find((e) => e.rule === rule && e.phrase === phrase)?.votes ?? 0,
          ),
        );
        note = stopped
          ? `${noted} I stopped flagging it for your team (App Home can undo it).`
          : silence === 'no'
            ? `${noted} In this workspace only admins can stop a suggestion for the whole team.`
            : `${noted} Your vote to stop flagging it for the team counts; it stops once ${SILENCE_THRESHOLD} people ask${counted ? ` (${counted} so far)` : ''}.`;
      }
      if (!results.every(Boolean)) note += ' (I could not save it just now, though.)';
      const coached = deps.coach.recall(target.reviewId);
      if (target.responseUrl && coached) {
        const state = updateReviewState(coached.id, {
          feedbackNote: note,
          dismissed: chosen.map((each) => each.key),
        });
        await deps.postToResponseUrl(target.responseUrl, {
          response_type: 'ephemeral',
          replace_original: true,
          ...renderReview(coached, 'private', { state }),
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
