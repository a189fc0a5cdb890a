import type { Category, NetworkId, Strictness, TeamPhrase, Verdict, ReviewerKind } from '../review/types';

/**
 * What the bot remembers. One interface, three engines: in memory (tests, a store that is down),
 * PGlite (embedded Postgres, the default) and a Postgres server (DATABASE_URL, many replicas).
 * Every method is async and may throw when the database is unreachable; callers degrade, never crash.
 */

export type ReplyMode = 'thread' | 'ephemeral' | 'dm';

export interface ChannelSettings {
  teamId: string;
  channelId: string;
  watched: boolean;
  replyMode: ReplyMode;
  strictness: Strictness;
  disabledRules: string[];
  rejectPhrases: TeamPhrase[];
  acceptPhrases: string[];
  /** Weekly digest of the channel's progress, opt-in. */
  digest: boolean;
  /** Keep the draft text with each review (off by default; bounded by REVIEW_RETENTION_DAYS). */
  storeDraftText: boolean;
  /** The reaction on a draft the bot has nothing to suggest for, an emoji name without colons ('' for none). Default eyes. */
  passReaction?: string;
  /** Who may stop a suggestion for the team: 'vote' (SILENCE_THRESHOLD people, or one admin) or 'admins' only. */
  silenceBy?: 'vote' | 'admins';
  /** Where posts here are going: drafts are measured for this network ('any' for none); a leading tag wins. */
  network?: NetworkId;
  updatedBy?: string;
  updatedAt?: Date;
}

/** Workspace defaults: the channel settings without the channel. */
export type WorkspaceDefaults = Omit<ChannelSettings, 'channelId' | 'watched'>;

export interface ReviewRecord {
  /**
   * A UUID. Leave it out and the store picks one; set it (crypto.randomUUID()) to know the id before the
   * write lands: recording the same id twice keeps one review, so a retried write is harmless.
   */
  id?: string;
  teamId: string;
  channelId: string | null;
  userId: string;
  /** Where the review came from: slash command, watched channel, shortcut, CLI… */
  source: 'command' | 'channel' | 'shortcut' | 'home' | 'cli';
  verdict: Verdict;
  score: number;
  rules: string[];
  categories: Category[];
  reviewer: ReviewerKind;
  /** The network the review assumed (a leading tag, else the channel's setting); 'any' when none. */
  network?: NetworkId;
  promptVersion: string | null;
  /** Only when the workspace opted in; purged after the retention period. */
  draftText: string | null;
  /** The draft message and the bot's reply, for edits and deletions in watched channels. */
  messageTs: string | null;
  replyTs: string | null;
  createdAt?: Date;
  /**
   * Read only (listReviews fills it): the rules of this review its author marked "Not helpful" ('review' when they
   * set the whole review aside). Stats leave them out: nobody is counted on a suggestion they rejected.
   */
  dismissedRules?: string[];
}

export interface FeedbackRecord {
  teamId: string;
  userId: string;
  reviewId: string | null;
  rule: string;
  /** Lower-cased excerpt the feedback is about. */
  phrase: string;
  helpful: boolean;
  /** Why a finding was not helpful, when the person said (the "Not helpful…" form). */
  reason?: FeedbackReason | null;
  /**
   * What a "not helpful" vote does to the phrase for the team: 'vote' (the default) counts toward the silence
   * threshold, 'now' (an admin's "stop flagging this for our team") silences it at once, 'no' is feedback only.
   */
  silence?: 'vote' | 'now' | 'no';
  createdAt?: Date;
}

export type FeedbackReason = 'wrong' | 'fine_here' | 'brand_voice' | 'other';

export interface SilencedPhrase {
  teamId: string;
  rule: string;
  phrase: string;
  votes: number;
}

export interface Installation {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  /** The Bolt installation object as Slack's OAuth flow returns it. */
  data: unknown;
}

export interface Store {
  readonly kind: 'memory' | 'pglite' | 'postgres';
  /** Applies migrations; safe to call from several replicas at once. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;

  /**
   * Claims a Slack event id for this process. True the first time any replica claims it,
   * false for every later delivery (retries, duplicates, restarts).
   */
  claimEvent(eventId: string): Promise<boolean>;

  getChannelSettings(teamId: string, channelId: string): Promise<ChannelSettings | null>;
  saveChannelSettings(settings: ChannelSettings): Promise<void>;
  listWatchedChannels(teamId: string): Promise<string[]>;
  /** Workspace defaults, used for channels without settings of their own. */
  getWorkspaceDefaults(teamId: string): Promise<WorkspaceDefaults | null>;
  saveWorkspaceDefaults(defaults: WorkspaceDefaults): Promise<void>;

  setUserOptOut(teamId: string, userId: string, optedOut: boolean): Promise<void>;
  isUserOptedOut(teamId: string, userId: string): Promise<boolean>;

  /** Returns the review's id (review.id when given). */
  recordReview(review: ReviewRecord): Promise<string>;
  /** The review posted for a draft message in a watched channel (for edits and deletions). */
  findReviewByMessage(teamId: string, channelId: string, messageTs: string): Promise<ReviewRecord | null>;
  /** The bot's reply to the draft, or null once that reply is deleted (nothing may point at it any more). */
  setReplyTs(reviewId: string, replyTs: string | null): Promise<void>;
  /** Reviews created at or after `since`, oldest first. */
  listReviews(filter: { teamId: string; userId?: string; since: Date }): Promise<ReviewRecord[]>;
  /** Deletes stored draft texts older than the retention period; returns how many were cleared. */
  purgeDraftText(olderThan: Date): Promise<number>;

  recordFeedback(feedback: FeedbackRecord): Promise<void>;
  /** Rule and phrase pairs a team marked unhelpful at least `threshold` times. */
  listSilenced(teamId: string, threshold: number): Promise<SilencedPhrase[]>;
  /** Undo: clears the unhelpful votes of one rule and phrase for a team. */
  unsilence(teamId: string, rule: string, phrase: string): Promise<void>;

  saveInstallation(installation: Installation): Promise<void>;
  findInstallation(query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall: boolean;
  }): Promise<Installation | null>;
  /** isEnterpriseInstall: true deletes the org-wide install of enterpriseId, otherwise the team's install. */
  deleteInstallation(query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall?: boolean;
  }): Promise<void>;

  /** True once per (team, channel, week): the weekly digest is posted by exactly one replica. */
  claimDigest(teamId: string, channelId: string, weekStart: string): Promise<boolean>;

  // issue 5: coaching
  /** Every channel, in every workspace, that opted in to the weekly digest (the scheduler's work list). */
  listDigestChannels(): Promise<DigestChannel[]>;

  // issue 6: pending work
  /** Remembers a draft acked but not yet answered (idempotent by id); written before the reply is sent. */
  savePending(pending: PendingReview): Promise<void>;
  /** Its review reached Slack (or the person was told): the draft text goes with the row. */
  deletePending(id: string): Promise<void>;
  /** What an earlier process acked and never answered, oldest first. */
  listPending(limit: number): Promise<PendingReview[]>;
}

/** issue 6: a review owed to someone, from ack until delivery (the draft text is held only that long). */
export interface PendingReview {
  /** channel:<team>:<channel>:<ts> for a watched-channel message, a UUID for a command. */
  id: string;
  teamId: string;
  channelId: string | null;
  userId: string;
  source: 'command' | 'channel';
  text: string;
  messageTs: string | null;
  /** Slash commands answer here (valid 30 minutes). */
  responseUrl: string | null;
  createdAt?: Date;
}

/** A channel with the weekly digest turned on, and who turned it on (their time zone picks "Monday morning"). */
export interface DigestChannel {
  teamId: string;
  channelId: string;
  updatedBy: string | null;
}
