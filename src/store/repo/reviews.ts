import { randomUUID } from 'node:crypto';
import type { Queryable } from '../sql';
import type { ReviewRecord } from '../types';

interface ReviewRow {
  id: string;
  team_id: string;
  channel_id: string | null;
  user_id: string;
  source: ReviewRecord['source'];
  verdict: ReviewRecord['verdict'];
  score: number;
  rules: string[];
  categories: ReviewRecord['categories'];
  reviewer: ReviewRecord['reviewer'];
  network: NonNullable<ReviewRecord['network']>;
  prompt_version: string | null;
  draft_text: string | null;
  message_ts: string | null;
  reply_ts: string | null;
  created_at: Date;
  dismissed_rules?: string[];
}

const COLUMNS = `id::text AS id, team_id, channel_id, user_id, source, verdict, score, rules, categories, reviewer,
  prompt_version, draft_text, message_ts, reply_ts, created_at, network`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Review ids are UUIDs; anything else cannot name a stored review. */
export const isReviewId = (id: string) => UUID.test(id);

function toRecord(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    teamId: row.team_id,
    channelId: row.channel_id,
    userId: row.user_id,
    source: row.source,
    verdict: row.verdict,
    score: Number(row.score),
    rules: row.rules,
    categories: row.categories,
    reviewer: row.reviewer,
    network: row.network,
    promptVersion: row.prompt_version,
    draftText: row.draft_text,
    messageTs: row.message_ts,
    replyTs: row.reply_ts,
    createdAt: new Date(row.created_at),
    ...(row.dismissed_rules ? { dismissedRules: [...row.dismissed_rules].sort() } : {}),
  };
}

/** Inserts a review; a second insert with the same id (a retry) changes nothing. Returns the id. */
export async function recordReview(db: Queryable, review: ReviewRecord): Promise<string> {
  const id = review.id ?? randomUUID();
  if (!isReviewId(id)) throw new Error(`review id must be a UUID, got "${id}"`);
  await db.query(
    `INSERT INTO reviews (id, team_id, channel_id, user_id, source, verdict, score, rules, categories, reviewer,
       prompt_version, draft_text, message_ts, reply_ts, created_at, network)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9::text[], $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (id) DO NOTHING`,
    [
      id,
      review.teamId,
      review.channelId,
      review.userId,
      review.source,
      review.verdict,
      Math.round(review.score),
      review.rules,
      review.categories,
      review.reviewer,
      review.promptVersion,
      review.draftText,
      review.messageTs,
      review.replyTs,
      review.createdAt ?? new Date(),
      review.network ?? 'any',
    ],
  );
  return id;
}

export async function findReviewByMessage(
  db: Queryable,
  teamId: string,
  channelId: string,
  messageTs: string,
): Promise<ReviewRecord | null> {
  const { rows } = await db.query<ReviewRow>(
    `SELECT ${COLUMNS} FROM reviews WHERE team_id = $1 AND channel_id = $2 AND message_ts = $3
     ORDER BY created_at DESC, id DESC LIMIT 1`,
    [teamId, channelId, messageTs],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function setReplyTs(db: Queryable, reviewId: string, replyTs: string | null): Promise<void> {
  if (!isReviewId(reviewId)) return;
  await db.query('UPDATE reviews SET reply_ts = $2 WHERE id = $1', [reviewId, replyTs]);
}

/**
 * Oldest first, each with the rules its author marked "Not helpful" (the latest vote on a suggestion wins, so a
 * later "This helped" takes it back; an admin's "flag again" for the team does not change what the author said).
 */
export async function listReviews(
  db: Queryable,
  filter: { teamId: string; userId?: string; since: Date },
): Promise<ReviewRecord[]> {
  const { rows } = await db.query<ReviewRow>(
    `SELECT ${COLUMNS},
       ARRAY(SELECT DISTINCT f.rule FROM feedback f
             WHERE f.team_id = reviews.team_id AND f.user_id = reviews.user_id AND f.review_id = reviews.id
               AND NOT f.helpful
             ORDER BY f.rule) AS dismissed_rules
     FROM reviews
     WHERE team_id = $1 AND created_at >= $2 AND ($3::text IS NULL OR user_id = $3)
     ORDER BY created_at, id`,
    [filter.teamId, filter.since, filter.userId ?? null],
  );
  return rows.map(toRecord);
}

export async function purgeDraftText(db: Queryable, olderThan: Date): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE reviews SET draft_text = NULL WHERE draft_text IS NOT NULL AND created_at < $1',
    [olderThan],
  );
  return rowCount;
}
