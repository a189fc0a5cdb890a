-- Etiquette Coach: initial schema. One dialect for PGlite (embedded) and a Postgres server (>= 15).
-- Applied once, in a transaction, by src/store/migrate.ts; never edit a released migration, add a new file.

-- Workspace defaults: used for channels without settings of their own.
CREATE TABLE workspace_settings (
  team_id          text PRIMARY KEY,
  reply_mode       text NOT NULL CHECK (reply_mode IN ('thread', 'ephemeral', 'dm')),
  strictness       text NOT NULL CHECK (strictness IN ('gentle', 'standard', 'strict')),
  disabled_rules   jsonb NOT NULL DEFAULT '[]',
  reject_phrases   jsonb NOT NULL DEFAULT '[]',
  accept_phrases   jsonb NOT NULL DEFAULT '[]',
  digest           boolean NOT NULL DEFAULT false,
  store_draft_text boolean NOT NULL DEFAULT false,
  updated_by       text,
  updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE channel_settings (
  team_id          text NOT NULL,
  channel_id       text NOT NULL,
  watched          boolean NOT NULL DEFAULT false,
  reply_mode       text NOT NULL CHECK (reply_mode IN ('thread', 'ephemeral', 'dm')),
  strictness       text NOT NULL CHECK (strictness IN ('gentle', 'standard', 'strict')),
  disabled_rules   jsonb NOT NULL DEFAULT '[]',
  reject_phrases   jsonb NOT NULL DEFAULT '[]',
  accept_phrases   jsonb NOT NULL DEFAULT '[]',
  digest           boolean NOT NULL DEFAULT false,
  store_draft_text boolean NOT NULL DEFAULT false,
  updated_by       text,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, channel_id)
);
CREATE INDEX channel_settings_watched ON channel_settings (team_id) WHERE watched;

-- People who turned automatic review off for themselves (a row = opted out).
CREATE TABLE user_opt_outs (
  team_id    text NOT NULL,
  user_id    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, user_id)
);

-- One row per review. The id is a UUID chosen by the writer, so a retried insert is harmless.
-- draft_text is NULL unless the workspace opted in, and is cleared after REVIEW_RETENTION_DAYS.
CREATE TABLE reviews (
  id             uuid PRIMARY KEY,
  team_id        text NOT NULL,
  channel_id     text,
  user_id        text NOT NULL,
  source         text NOT NULL CHECK (source IN ('command', 'channel', 'shortcut', 'home', 'cli')),
  verdict        text NOT NULL CHECK (verdict IN ('pass', 'revise')),
  score          smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
  rules          text[] NOT NULL DEFAULT '{}',
  categories     text[] NOT NULL DEFAULT '{}',
  reviewer       text NOT NULL CHECK (reviewer IN ('rules', 'llm')),
  prompt_version text,
  draft_text     text,
  message_ts     text,
  reply_ts       text,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_team_created ON reviews (team_id, created_at);
CREATE INDEX reviews_team_user_created ON reviews (team_id, user_id, created_at);
CREATE INDEX reviews_message ON reviews (team_id, channel_id, message_ts) WHERE message_ts IS NOT NULL;
CREATE INDEX reviews_draft_text_created ON reviews (created_at) WHERE draft_text IS NOT NULL;

-- Helpful / not helpful on a finding. One vote per person, review, rule and phrase (the latest click wins);
-- cleared_at is set by "undo" in App Home so the votes stop counting but stay in the history.
CREATE TABLE feedback (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id    text NOT NULL,
  user_id    text NOT NULL,
  review_id  uuid,
  rule       text NOT NULL,
  phrase     text NOT NULL,
  helpful    boolean NOT NULL,
  cleared_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT feedback_one_vote UNIQUE NULLS NOT DISTINCT (team_id, user_id, review_id, rule, phrase)
);
CREATE INDEX feedback_unhelpful ON feedback (team_id, rule, phrase) WHERE NOT helpful AND cleared_at IS NULL;

-- Slack event ids already answered: the first INSERT wins, on every replica. Old rows are pruned.
CREATE TABLE processed_events (
  event_id    text PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX processed_events_received ON processed_events (received_at);

-- Slack installations (OAuth mode). install_key is 'E:<enterprise id>' for org-wide installs, else 'T:<team id>'.
CREATE TABLE installations (
  install_key           text PRIMARY KEY,
  team_id               text,
  enterprise_id         text,
  is_enterprise_install boolean NOT NULL,
  data                  jsonb NOT NULL,
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX installations_enterprise ON installations (enterprise_id);

-- The weekly digest of a channel is posted by whichever replica inserts this row first.
CREATE TABLE digest_claims (
  team_id    text NOT NULL,
  channel_id text NOT NULL,
  week_start text NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, channel_id, week_start)
);
