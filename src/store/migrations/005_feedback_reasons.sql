-- Feedback that does something: a "not helpful" vote carries its reason, and whether it asks to stop flagging the
-- phrase for the team. silence: 'vote' counts toward the team's threshold (every vote before this migration did),
-- 'now' (a workspace admin's "stop flagging this for our team") silences at once, 'no' is feedback only.
ALTER TABLE feedback ADD COLUMN reason text CHECK (reason IN ('wrong', 'fine_here', 'brand_voice', 'other'));
ALTER TABLE feedback ADD COLUMN silence text NOT NULL DEFAULT 'vote' CHECK (silence IN ('vote', 'now', 'no'));
