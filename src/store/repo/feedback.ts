import type { Queryable } from '../sql';
import type { FeedbackRecord, SilencedPhrase } from '../types';
import { isReviewId } from './reviews';

/** One vote per person, review, rule and phrase: clicking again replaces the vote (and revives an undone one). */
export async function recordFeedback(db: Queryable, feedback: FeedbackRecord): Promise<void> {
  const reviewId = feedback.reviewId && isReviewId(feedback.reviewId) ? feedback.reviewId : null;
  await db.query(
    `INSERT INTO feedback (team_id, user_id, review_id, rule, phrase, helpful, created_at, reason, silence)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT ON CONSTRAINT feedback_one_vote DO UPDATE SET
       helpful = EXCLUDED.helpful, created_at = EXCLUDED.created_at, cleared_at = NULL,
       reason = EXCLUDED.reason, silence = EXCLUDED.silence`,
    [
      feedback.teamId,
      feedback.userId,
      reviewId,
      feedback.rule,
      feedback.phrase.toLowerCase(),
      feedback.helpful,
      feedback.createdAt ?? new Date(),
      feedback.reason ?? null,
      feedback.silence ?? 'vote',
    ],
  );
}

export async function listSilenced(
  db: Queryable,
  teamId: string,
  threshold: number,
): Promise<SilencedPhrase[]> {
  const { rows } = await db.query<{ rule: string; phrase: string; votes: number }>(
    `SELECT rule, phrase, (count(*) FILTER (WHERE silence <> 'no'))::int AS votes FROM feedback
     WHERE team_id = $1 AND NOT helpful AND cleared_at IS NULL
     GROUP BY rule, phrase
     HAVING count(*) FILTER (WHERE silence <> 'no') >= $2 OR bool_or(silence = 'now')
     ORDER BY votes DESC, rule, phrase`,
    [teamId, threshold],
  );
  return rows.map((row) => ({ teamId, rule: row.rule, phrase: row.phrase, votes: Number(row.votes) }));
}

export async function unsilence(db: Queryable, teamId: string, rule: string, phrase: string): Promise<void> {
  await db.query(
    `UPDATE feedback SET cleared_at = now()
     WHERE team_id = $1 AND rule = $2 AND phrase = $3 AND NOT helpful AND cleared_at IS NULL`,
    [teamId, rule, phrase.toLowerCase()],
  );
}
