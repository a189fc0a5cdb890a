import type { CoachedReview } from '../../../coach';
import type { Expanded } from '../../blocks/action-ids';
import { feedbackVotes, renderReview, shownGroups, threadLead, type ReviewView } from '../../blocks/review';
import { renderFeedbackModal, type FeedbackChoice } from '../../blocks/feedback-modal';
import { truncate } from '../../blocks/limits';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';
import { reviewState, updateReviewState } from './review-state';

/**
 * Where the author reads their review privately: the review itself (/etiquette, the shortcut, a private or DM
 * reply), or the details they opened from the reply in their draft's thread.
 */
export function authorsView(coached: CoachedReview): ReviewView {
  return coached.request.source === 'channel' && coached.replyMode === 'thread' ? 'details' : 'private';
}

/** The suggestions the author can mark as not helpful: those still shown, each with the votes it stands for. */
function choicesOf(coached: CoachedReview): FeedbackChoice[] {
  const groups = shownGroups(coached, reviewState(coached.id));
  return groups.length > 0
    ? groups.map((group) => ({
        key: group.key,
        label: `“${truncate(group.excerpts.join(', '), 40)}”: ${group.finding.message}`,
        votes: feedbackVotes(group.findings).map((vote) => [vote.rule, vote.phrase] as [string, string]),
      }))
    : [{ key: 'review', label: 'The whole review', votes: [['review', '']] }];
}

/**
 * The author's review behind a feedback click. Feedback options are only ever shown to the author, in a message only
 * they see; a click by anyone else can only be forged, and changes nothing.
 */
async function authorsReview(deps: SlackDeps, args: ButtonArgs): Promise<CoachedReview | null> {
  const clicked = await clickedReview(deps, args);
  if (!clicked) return null;
  if (clicked.clickerId !== clicked.coached.request.userId) {
    args.logger.warn('feedback from someone other than the draft’s author ignored');
    return null;
  }
  return clicked.coached;
}

/**
 * "This helped": one vote per suggestion still shown, recorded once. The author's private view redraws in place
 * saying so, without the option; pressing it again (from an older copy, or a second Details) records nothing more
 * and says nothing new.
 */
export async function helpful(deps: SlackDeps, args: ButtonArgs, expanded: Expanded = {}): Promise<void> {
  const coached = await authorsReview(deps, args);
  if (!coached) return;
  let state = reviewState(coached.id);
  if (!state.helped && !state.feedbackNote) {
    // Marked before the votes are saved, so a second press arriving meanwhile records nothing twice.
    updateReviewState(coached.id, { helped: true });
    const kept = shownGroups(coached, state).flatMap((group) => group.findings);
    const results = await Promise.all(
      feedbackVotes(kept).map(({ rule, phrase }) =>
        deps.coach.recordFeedback({
          teamId: coached.request.teamId,
          userId: args.body.user.id,
          reviewId: coached.id,
          rule,
          phrase,
          helpful: true,
        }),
      ),
    );
    const note = results.every(Boolean)
      ? 'You marked this review helpful. Thanks!'
      : 'Thanks! (I could not save it just now, though.)';
    state = updateReviewState(coached.id, { feedbackNote: note });
  }
  const responseUrl = args.body.response_url;
  if (!responseUrl) return;
  await deps.postToResponseUrl(responseUrl, {
    response_type: 'ephemeral',
    replace_original: true,
    ...renderReview(coached, authorsView(coached), { state, viewer: 'author', expanded }),
  });
}

/**
 * "Not helpful…": a short form (which suggestion, why). It changes this review only; nothing for the team. The form
 * names the idea the public reply in the draft's thread shows, if there is one: setting that one aside deletes the
 * reply (the next idea is never put in its place), and the form says so before anything is sent.
 */
export async function notHelpful(deps: SlackDeps, args: ButtonArgs, expanded: Expanded = {}): Promise<void> {
  const coached = await authorsReview(deps, args);
  if (!coached) return;
  const container = args.body.container as { channel_id?: string };
  const state = reviewState(coached.id);
  // The author's details of a thread reply: the reply in the thread is theirs to have taken down.
  const inThread = authorsView(coached) === 'details' && coached.replyTs !== null;
  const publicLead = inThread ? threadLead(coached, state) : null;
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: renderFeedbackModal({
      reviewId: coached.id,
      author: coached.request.userId,
      channel: coached.request.channelId ?? container.channel_id ?? args.body.channel?.id ?? null,
      threadTs: null,
      replyTs: publicLead ? coached.replyTs : null,
      publicKey: publicLead?.key ?? null,
      responseUrl: args.body.response_url ?? null,
      expanded,
      choices: choicesOf(coached),
    }),
  });
}
