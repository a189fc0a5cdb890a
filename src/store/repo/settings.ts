import type { NetworkId, TeamPhrase } from '../../review/types';
import type { Queryable } from '../sql';
import type { ChannelSettings, DigestChannel, ReplyMode, WorkspaceDefaults } from '../types';

interface SettingsRow {
  team_id: string;
  channel_id?: string;
  watched?: boolean;
  reply_mode: ReplyMode;
  strictness: ChannelSettings['strictness'];
  disabled_rules: string[];
  reject_phrases: TeamPhrase[];
  accept_phrases: string[];
  digest: boolean;
  store_draft_text: boolean;
  pass_reaction: string;
  silence_by: 'vote' | 'admins';
  network: NetworkId;
  updated_by: string | null;
  updated_at: Date;
}

const COLUMNS = `team_id, reply_mode, strictness, disabled_rules, reject_phrases, accept_phrases, digest,
  store_draft_text, updated_by, updated_at, pass_reaction, silence_by, network`;

function toDefaults(row: SettingsRow): WorkspaceDefaults {
  return {
    teamId: row.team_id,
    replyMode: row.reply_mode,
    strictness: row.strictness,
    disabledRules: row.disabled_rules,
    rejectPhrases: row.reject_phrases,
    acceptPhrases: row.accept_phrases,
    digest: row.digest,
    storeDraftText: row.store_draft_text,
    passReaction: row.pass_reaction,
    silenceBy: row.silence_by,
    network: row.network,
    ...(row.updated_by ? { updatedBy: row.updated_by } : {}),
    updatedAt: new Date(row.updated_at),
  };
}

/** JSON columns go in as text and are cast in SQL, so both drivers send the same bytes. */
const json = (value: unknown) => JSON.stringify(value ?? []);

function settingsParams(settings: WorkspaceDefaults): unknown[] {
  return [
    settings.teamId,
    settings.replyMode,
    settings.strictness,
    json(settings.disabledRules),
    json(settings.rejectPhrases),
    json(settings.acceptPhrases),
    settings.digest,
    settings.storeDraftText,
    settings.updatedBy ?? null,
    settings.updatedAt ?? new Date(),
    // The coach's default (DEFAULT_PASS_REACTION): "seen, nothing to suggest".
    settings.passReaction ?? 'eyes',
    settings.silenceBy ?? 'vote',
    settings.network ?? 'any',
  ];
}

export async function getChannelSettings(
  db: Queryable,
  teamId: string,
  channelId: string,
): Promise<ChannelSettings | null> {
  const { rows } = await db.query<SettingsRow>(
    `SELECT channel_id, watched, ${COLUMNS} FROM channel_settings WHERE team_id = $1 AND channel_id = $2`,
    [teamId, channelId],
  );
  const row = rows[0];
  if (!row) return null;
  return { ...toDefaults(row), channelId: row.channel_id ?? channelId, watched: row.watched ?? false };
}

export async function saveChannelSettings(db: Queryable, settings: ChannelSettings): Promise<void> {
  await db.query(
    `INSERT INTO channel_settings (${COLUMNS}, channel_id, watched)
     VALUES ($1, $2, $3, ($4::text)::jsonb, ($5::text)::jsonb, ($6::text)::jsonb, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (team_id, channel_id) DO UPDATE SET
       watched = EXCLUDED.watched, reply_mode = EXCLUDED.reply_mode, strictness = EXCLUDED.strictness,
       disabled_rules = EXCLUDED.disabled_rules, reject_phrases = EXCLUDED.reject_phrases,
       accept_phrases = EXCLUDED.accept_phrases, digest = EXCLUDED.digest,
       store_draft_text = EXCLUDED.store_draft_text, updated_by = EXCLUDED.updated_by,
       updated_at = EXCLUDED.updated_at, pass_reaction = EXCLUDED.pass_reaction, silence_by = EXCLUDED.silence_by,
       network = EXCLUDED.network`,
    [...settingsParams(settings), settings.channelId, settings.watched],
  );
}

export async function listWatchedChannels(db: Queryable, teamId: string): Promise<string[]> {
  const { rows } = await db.query<{ channel_id: string }>(
    'SELECT channel_id FROM channel_settings WHERE team_id = $1 AND watched ORDER BY channel_id',
    [teamId],
  );
  return rows.map((row) => row.channel_id);
}

export async function getWorkspaceDefaults(db: Queryable, teamId: string): Promise<WorkspaceDefaults | null> {
  const { rows } = await db.query<SettingsRow>(
    `SELECT ${COLUMNS} FROM workspace_settings WHERE team_id = $1`,
    [teamId],
  );
  return rows[0] ? toDefaults(rows[0]) : null;
}

export async function saveWorkspaceDefaults(db: Queryable, defaults: WorkspaceDefaults): Promise<void> {
  await db.query(
    `INSERT INTO workspace_settings (${COLUMNS})
     VALUES ($1, $2, $3, ($4::text)::jsonb, ($5::text)::jsonb, ($6::text)::jsonb, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (team_id) DO UPDATE SET
       reply_mode = EXCLUDED.reply_mode, strictness = EXCLUDED.strictness,
       disabled_rules = EXCLUDED.disabled_rules, reject_phrases = EXCLUDED.reject_phrases,
       accept_phrases = EXCLUDED.accept_phrases, digest = EXCLUDED.digest,
       store_draft_text = EXCLUDED.store_draft_text, updated_by = EXCLUDED.updated_by,
       updated_at = EXCLUDED.updated_at, pass_reaction = EXCLUDED.pass_reaction, silence_by = EXCLUDED.silence_by,
       network = EXCLUDED.network`,
    settingsParams(defaults),
  );
}

export async function setUserOptOut(db: Queryable, teamId: string, userId: string, optedOut: boolean) {
  if (optedOut) {
    await db.query(
      'INSERT INTO user_opt_outs (team_id, user_id) VALUES ($1, $2) ON CONFLICT (team_id, user_id) DO NOTHING',
      [teamId, userId],
    );
  } else {
    await db.query('DELETE FROM user_opt_outs WHERE team_id = $1 AND user_id = $2', [teamId, userId]);
  }
}

export async function isUserOptedOut(db: Queryable, teamId: string, userId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM user_opt_outs WHERE team_id = $1 AND user_id = $2', [
    teamId,
    userId,
  ]);
  return rows.length > 0;
}

// issue 5: coaching
export async function listDigestChannels(db: Queryable): Promise<DigestChannel[]> {
  const { rows } = await db.query<{ team_id: string; channel_id: string; updated_by: string | null }>(
    'SELECT team_id, channel_id, updated_by FROM channel_settings WHERE digest ORDER BY team_id, channel_id',
  );
  return rows.map((row) => ({ teamId: row.team_id, channelId: row.channel_id, updatedBy: row.updated_by }));
}
