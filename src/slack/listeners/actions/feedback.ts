import type { SlackDeps } from '../../deps';
import { clickedReview, tellClicker, type ButtonArgs } from './button-context';

/**
 * "Helpful" / "Not helpful": one vote per finding (rule and phrase), so phrases a team keeps marking
 * unhelpful stop being flagged. Only the draft's author votes: the review is about their words.
 */
export function feedback(deps: SlackDeps, helpful: boolean) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    if (!clicked) return;
    const { coached, clickerId } = clicked;
    if (clickerId !== coached.request.userId) {
      await tellClicker(
        deps,
        args,
        `Thanks! Only <@${coached.request.userId}> can rate this review, since it is about their draft.`,
      );
      return;
    }
    const findings = coached.review.findings;
    const votes =
      findings.length > 0
        ? [
            ...new Map(
              findings.map((finding) => [`${finding.rule}\u0000${finding.excerpt.toLowerCase()}`, finding]),
            ).values(),
          ].map((finding) => ({ rule: finding.rule, phrase: finding.excerpt }))
        : [{ rule: 'review', phrase: '' }];
    const results = await Promise.all(
      votes.map((vote) =>
        deps.coach.recordFeedback({
          teamId: coached.request.teamId,
          userId: clickerId,
          reviewId: coached.id,
          helpful,
          ...vote,
        }),
      ),
    );
    const saved = results.every(Boolean);
    const thanks = helpful
      ? ':thumbsup: Thanks, glad it helped.'
      : ':thumbsdown: Thanks for saying so. When your team marks the same phrase unhelpful a few times, I stop flagging it.';
    await tellClicker(deps, args, saved ? thanks : `${thanks} (I could not save it just now, though.)`);
  };
}
