-- Issue 5 (coaching). Every replica's digest scheduler lists the channels that opted in to the weekly digest,
-- across all workspaces, every 10 minutes (store.listDigestChannels); a partial index keeps that a short
-- lookup however many channels the database holds.
CREATE INDEX channel_settings_digest ON channel_settings (team_id, channel_id) WHERE digest;
