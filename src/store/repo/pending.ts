import type { Queryable } from '../sql';
import type { PendingReview } from '../types';

interface PendingRow {
  id: string;
  team_id: string;
  channel_id: string | null;
  user_id: string;
  source: PendingReview['source'];
  draft_text: string;
  message_ts: string | null;
  response_url: string | null;
  created_at: Date;
}

/** Idempotent: a retried write (the ResilientStore queue) or a redelivered event keeps one row. */
export async function savePending(db: Queryable, pending: PendingReview): Promise<void> {
  await db.query(
    `INSERT INTO pending_reviews (id, team_id, channel_id, user_id, source, draft_text, message_ts, response_url, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
    [
      pending.id,
      pending.teamId,
      pending.channelId,
      pending.userId,
      pending.source,
      pending.text,
      pending.messageTs,
      pending.responseUrl,
      pending.createdAt ?? new Date(),
    ],
  );
}

export async function deletePending(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM pending_reviews WHERE id = $1', [id]);
}

export async function listPending(db: Queryable, limit: number): Promise<PendingReview[]> {
  const { rows } = await db.query<PendingRow>(
    `SELECT id, team_id, channel_id, user_id, source, draft_text, message_ts, response_url, created_at
     FROM pending_reviews ORDER BY created_at, id LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: row.id,
    teamId: row.team_id,
    channelId: row.channel_id,
    userId: row.user_id,
    source: row.source,
    text: row.draft_text,
    messageTs: row.message_ts,
    responseUrl: row.response_url,
    createdAt: new Date(row.created_at),
  }));
}
