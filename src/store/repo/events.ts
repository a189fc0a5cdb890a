import type { Queryable } from '../sql';

/** True for the first claim of an event id on any replica sharing the database. */
export async function claimEvent(db: Queryable, eventId: string): Promise<boolean> {
  const { rows } = await db.query(
    'INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT (event_id) DO NOTHING RETURNING 1 AS claimed',
    [eventId],
  );
  return rows.length === 1;
}

/** Slack retries an event for minutes, not days: ids older than this are forgotten. */
export async function pruneEvents(db: Queryable, olderThan: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM processed_events WHERE received_at < $1', [olderThan]);
  return rowCount;
}

/** True for the first claim of a channel's digest for a week (weekStart, e.g. "2026-11-23"). */
export async function claimDigest(db: Queryable, teamId: string, channelId: string, weekStart: string) {
  const { rows } = await db.query(
    `INSERT INTO digest_claims (team_id, channel_id, week_start) VALUES ($1, $2, $3)
     ON CONFLICT (team_id, channel_id, week_start) DO NOTHING RETURNING 1 AS claimed`,
    [teamId, channelId, weekStart],
  );
  return rows.length === 1;
}
