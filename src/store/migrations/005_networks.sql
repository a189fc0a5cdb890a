-- Where a channel's posts are going: the network the coach measures its drafts for ('any' for none). A leading
-- tag in a draft ("x: …") still wins. Workspace defaults carry it too, for channels without settings of their own.
ALTER TABLE channel_settings ADD COLUMN network text NOT NULL DEFAULT 'any'
  CHECK (network IN ('any', 'x', 'linkedin', 'instagram', 'facebook', 'threads', 'bluesky', 'mastodon'));
ALTER TABLE workspace_settings ADD COLUMN network text NOT NULL DEFAULT 'any'
  CHECK (network IN ('any', 'x', 'linkedin', 'instagram', 'facebook', 'threads', 'bluesky', 'mastodon'));

-- The network each review assumed, so stats and the weekly digest can break down by network. Reviews recorded
-- before this migration had no destination: 'any'.
ALTER TABLE reviews ADD COLUMN network text NOT NULL DEFAULT 'any'
  CHECK (network IN ('any', 'x', 'linkedin', 'instagram', 'facebook', 'threads', 'bluesky', 'mastodon'));
