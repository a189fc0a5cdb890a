import { SILENCE_THRESHOLD } from '../../../coach';
import { decodeButtonValue } from '../../blocks/action-ids';
import { feedbackVotes, groupFindings, renderReview } from '../../blocks/review';
import { renderFeedbackModal, type FeedbackChoice } from '../../blocks/feedback-modal';
import { truncate } from '../../blocks/limits';
import type { SlackDeps } from '../../deps';
import { isWorkspaceAdmin } from '../../home';
import { clickedValue, tellClicker, type ButtonArgs } from './button-context';
import { updateReviewState } from './review-state';

/** Who wrote the draft and which suggestions a vote on its review can be about. */
interface VoteTarget {
  teamId: string;
  reviewId: string;
  author: string;
  choices: FeedbackChoice[];
}

type Json = Record<string, unknown>;

/** After a restart the review is gone from memory, but a thread reply's Details button carries its votes. */
function votesFromMessage(
  args: ButtonArgs,
): { author: string; votes: { rule: string; phrase: string }[] } | null {
  const blocks = ((args.body.message as Json | undefined)?.blocks as Json[] | undefined) ?? [];
  for (const block of blocks) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements as Json[]) {
      const value = decodeButtonValue(typeof element.value === 'string' ? element.value : undefined);
      if (value?.feedback && value.feedback.votes.length > 0) return value.feedback;
    }
  }
  return null;
}

/**
 * The review behind a feedback click: from memory when it is recent, otherwise from what the message itself
 * carries (author, rules and phrases), so feedback on an old thread reply still counts after a restart.
 */
async function voteTarget(deps: SlackDeps, args: ButtonArgs): Promise<VoteTarget | null> {
  const value = clickedValue(args);
  const coached = value ? deps.coach.recall(value.reviewId) : undefined;
  const teamId = args.context.teamId ?? args.body.team?.id ?? '';
  if (coached) {
    const groups = groupFindings(coached.review.findings, coached.request.text);
    return {
      teamId: coached.request.teamId,
      reviewId: coached.id,
      author: coached.request.userId,
      choices:
        groups.length > 0
          ? groups.map((group) => ({
              key: group.key,
              label: `“${truncate(group.excerpts.join(', '), 40)}”: ${group.finding.message}`,
              votes: feedbackVotes(group.findings).map(
                (vote) => [vote.rule, vote.phrase] as [string, string],
              ),
            }))
          : [{ key: 'review', label: 'The whole review', votes: [['review', '']] }],
    };
  }
  const carried = votesFromMessage(args);
  if (value && carried) {
    return {
      teamId,
      reviewId: value.reviewId,
      author: carried.author,
      choices: carried.votes.map((vote) => ({
        key: `${vote.rule}\u0000${vote.phrase}`,
        label: `“${vote.phrase}”`,
        votes: [[vote.rule, vote.phrase]],
      })),
    };
  }
  await tellClicker(
    deps,
    args,
    'I no longer have that review at hand (I keep recent ones only). Run `/etiquette <draft>` for a fresh one.',
  );
  return null;
}

/** Only the draft's author gives feedback on it: the review is about their words. */
async function onlyTheAuthor(deps: SlackDeps, args: ButtonArgs, author: string): Promise<boolean> {
  if (args.body.user.id === author) return true;
  await tellClicker(
    deps,
    args,
    'Thanks! Only the author of the draft can rate this review, since it is about their words.',
  );
  return false;
}

/** "This helped": one vote per finding; a private review redraws in place saying so, a thread reply answers privately. */
export async function helpful(deps: SlackDeps, args: ButtonArgs): Promise<void> {
  const target = await voteTarget(deps, args);
  if (!target || !(await onlyTheAuthor(deps, args, target.author))) return;
  const results = await Promise.all(
    target.choices
      .flatMap((choice) => choice.votes)
      .map(([rule, phrase]) =>
        deps.coach.recordFeedback({
          teamId: target.teamId,
          userId: args.body.user.id,
          reviewId: target.reviewId,
          rule,
          phrase,
          helpful: true,
        }),
      ),
  );
  const note = results.every(Boolean)
    ? 'You marked this review helpful. Thanks!'
    : 'Thanks! (I could not save it just now, though.)';
  const coached = deps.coach.recall(target.reviewId);
  const container = args.body.container as { is_ephemeral?: boolean };
  const responseUrl = args.body.response_url;
  if (coached && container.is_ephemeral && responseUrl) {
    const state = updateReviewState(coached.id, { feedbackNote: note });
    await deps.postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: true,
      ...renderReview(coached, 'private', { state }),
    });
    return;
  }
  await tellClicker(deps, args, note);
}

/** "Not helpful…": a short form (which suggestion, why, stop flagging it for the team). */
export async function notHelpful(deps: SlackDeps, args: ButtonArgs): Promise<void> {
  const target = await voteTarget(deps, args);
  if (!target || !(await onlyTheAuthor(deps, args, target.author))) return;
  const container = args.body.container as {
    is_ephemeral?: boolean;
    channel_id?: string;
    message_ts?: string;
  };
  const coached = deps.coach.recall(target.reviewId);
  const inThread = !container.is_ephemeral && coached?.replyMode !== 'dm';
  const [isAdmin, settings] = await Promise.all([
    isWorkspaceAdmin(args.client, args.body.user.id),
    deps.coach.channelSettings(target.teamId, coached?.request.channelId ?? container.channel_id ?? null),
  ]);
  await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: renderFeedbackModal(
      {
        reviewId: target.reviewId,
        author: target.author,
        channel: container.channel_id ?? args.body.channel?.id ?? null,
        threadTs: inThread ? (coached?.request.messageTs ?? container.message_ts ?? null) : null,
        responseUrl: container.is_ephemeral ? (args.body.response_url ?? null) : null,
        choices: target.choices,
      },
      { isAdmin, threshold: SILENCE_THRESHOLD, silenceBy: settings.silenceBy },
    ),
  });
}
