-- Feedback that does something: a "not helpful" vote carries its reason, and whether it asks to stop flagging the
-- phrase for the team. silence: 'vote' counts toward the team's threshold (every vote before this migration did),
-- 'now' (a workspace admin's "stop flagging this for our team") silences at once, 'no' is feedback only.
ALTER TABLE feedback ADD COLUMN reason text CHECK (reason IN ('wrong', 'fine_here', 'brand_voice', 'other'));
ALTER TABLE feedback ADD COLUMN silence text NOT NULL DEFAULT 'vote' CHECK (silence IN ('vote', 'now', 'no'));

-- The reaction on a draft that reads well ('' for none; not ✅, which teams read as "approved"), and who may stop a
-- suggestion for the whole team: 'vote' (SILENCE_THRESHOLD people, or one admin) or 'admins' (admins only).
ALTER TABLE channel_settings ADD COLUMN pass_reaction text NOT NULL DEFAULT 'speech_balloon';
ALTER TABLE channel_settings ADD COLUMN silence_by text NOT NULL DEFAULT 'vote' CHECK (silence_by IN ('vote', 'admins'));
ALTER TABLE workspace_settings ADD COLUMN pass_reaction text NOT NULL DEFAULT 'speech_balloon';
ALTER TABLE workspace_settings ADD COLUMN silence_by text NOT NULL DEFAULT 'vote' CHECK (silence_by IN ('vote', 'admins'));
