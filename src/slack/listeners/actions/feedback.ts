import { decodeButtonValue } from '../../blocks/action-ids';
import { feedbackVotes } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, tellClicker, type ButtonArgs } from './button-context';

/** Who wrote the draft and what a vote on its review is about. */
interface VoteTarget {
  teamId: string;
  reviewId: string;
  author: string;
  votes: { rule: string; phrase: string }[];
}

/**
 * The review behind a feedback button: from memory when it is recent, otherwise from what the button itself
 * carries (author, rules and phrases), so votes on an old thread reply still count after a restart.
 */
async function voteTarget(deps: SlackDeps, args: ButtonArgs): Promise<VoteTarget | null> {
  const value = decodeButtonValue(args.action.value);
  const coached = value ? deps.coach.recall(value.reviewId) : undefined;
  if (coached) {
    return {
      teamId: coached.request.teamId,
      reviewId: coached.id,
      author: coached.request.userId,
      votes: feedbackVotes(coached.review.findings),
    };
  }
  if (value?.feedback && value.feedback.votes.length > 0) {
    return {
      teamId: args.context.teamId ?? args.body.team?.id ?? '',
      reviewId: value.reviewId,
      author: value.feedback.author,
      votes: value.feedback.votes,
    };
  }
  // Neither: clickedReview says honestly that the review has expired.
  await clickedReview(deps, args);
  return null;
}

/**
 * "Helpful" / "Not helpful": one vote per finding (rule and phrase), so phrases a team keeps marking
 * unhelpful stop being flagged. Only the draft's author votes: the review is about their words.
 */
export function feedback(deps: SlackDeps, helpful: boolean) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const target = await voteTarget(deps, args);
    if (!target) return;
    const clickerId = args.body.user.id;
    if (clickerId !== target.author) {
      await tellClicker(
        deps,
        args,
        `Thanks! Only <@${target.author}> can rate this review, since it is about their draft.`,
      );
      return;
    }
    const { teamId } = target;
    const results = await Promise.all(
      target.votes.map((vote) =>
        deps.coach.recordFeedback({ teamId, userId: clickerId, reviewId: target.reviewId, helpful, ...vote }),
      ),
    );
    const saved = results.every(Boolean);
    const thanks = helpful
      ? ':thumbsup: Thanks, glad it helped.'
      : ':thumbsdown: Thanks for saying so. When your team marks the same phrase unhelpful a few times, I stop flagging it.';
    await tellClicker(deps, args, saved ? thanks : `${thanks} (I could not save it just now, though.)`);
  };
}
