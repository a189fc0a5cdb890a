-- Issue 6: work acked but not yet answered. A row is written when a draft is acked and deleted once its
-- review reached Slack, so a process killed in between re-delivers it at the next start. The draft text
-- lives here only for those seconds (never longer than its delivery).
CREATE TABLE pending_reviews (
  id           text PRIMARY KEY,
  team_id      text NOT NULL,
  channel_id   text,
  user_id      text NOT NULL,
  source       text NOT NULL,
  draft_text   text NOT NULL,
  message_ts   text,
  response_url text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pending_reviews_created ON pending_reviews (created_at);
