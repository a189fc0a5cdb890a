import { randomUUID } from 'node:crypto';
import type {
  ChannelSettings,
  FeedbackRecord,
  Installation,
  ReviewRecord,
  SilencedPhrase,
  Store,
  WorkspaceDefaults,
  DigestChannel,
  PendingReview,
} from './types';
import { EVENT_TTL_MS, installKey } from './keys';

interface FeedbackVote extends FeedbackRecord {
  createdAt: Date;
  cleared: boolean;
}

const channelKey = (teamId: string, channelId: string) => `${teamId}:${channelId}`;

/**
 * The Store in process memory: for tests, for a first run without a database, and as the fallback
 * when the database is down. Everything is lost on restart, and replicas do not share it.
 * Objects are copied in and out so callers cannot change stored state by mutating what they hold.
 */
export class MemoryStore implements Store {
  readonly kind = 'memory' as const;

  private readonly claimedEvents = new Map<string, number>();
  private readonly channelSettings = new Map<string, ChannelSettings>();
  private readonly workspaceDefaults = new Map<string, WorkspaceDefaults>();
  private readonly optedOutUsers = new Set<string>();
  private readonly reviews = new Map<string, ReviewRecord>();
  private readonly reviewByMessage = new Map<string, string>();
  private readonly feedbackVotes = new Map<string, FeedbackVote>();
  private readonly installations = new Map<string, Installation>();
  private readonly claimedDigests = new Set<string>();

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  async ping(): Promise<void> {}

  async claimEvent(eventId: string): Promise<boolean> {
    const now = Date.now();
    const claimedAt = this.claimedEvents.get(eventId);
    if (claimedAt !== undefined && now - claimedAt < EVENT_TTL_MS) return false;
    this.claimedEvents.set(eventId, now);
    if (this.claimedEvents.size > 50_000) this.pruneEvents(now);
    return true;
  }

  private pruneEvents(now: number): void {
    for (const [eventId, claimedAt] of this.claimedEvents) {
      if (now - claimedAt >= EVENT_TTL_MS) this.claimedEvents.delete(eventId);
    }
  }

  async getChannelSettings(teamId: string, channelId: string): Promise<ChannelSettings | null> {
    const settings = this.channelSettings.get(channelKey(teamId, channelId));
    return settings ? structuredClone(settings) : null;
  }

  async saveChannelSettings(settings: ChannelSettings): Promise<void> {
    this.channelSettings.set(channelKey(settings.teamId, settings.channelId), {
      ...structuredClone(settings),
      updatedAt: settings.updatedAt ?? new Date(),
    });
  }

  async listWatchedChannels(teamId: string): Promise<string[]> {
    return [...this.channelSettings.values()]
      .filter((settings) => settings.teamId === teamId && settings.watched)
      .map((settings) => settings.channelId)
      .sort();
  }

  async getWorkspaceDefaults(teamId: string): Promise<WorkspaceDefaults | null> {
    const defaults = this.workspaceDefaults.get(teamId);
    return defaults ? structuredClone(defaults) : null;
  }

  async saveWorkspaceDefaults(defaults: WorkspaceDefaults): Promise<void> {
    this.workspaceDefaults.set(defaults.teamId, { ...structuredClone(defaults), updatedAt: new Date() });
  }

  async setUserOptOut(teamId: string, userId: string, optedOut: boolean): Promise<void> {
    const key = `${teamId}:${userId}`;
    if (optedOut) this.optedOutUsers.add(key);
    else this.optedOutUsers.delete(key);
  }

  async isUserOptedOut(teamId: string, userId: string): Promise<boolean> {
    return this.optedOutUsers.has(`${teamId}:${userId}`);
  }

  async recordReview(review: ReviewRecord): Promise<string> {
    const id = review.id ?? randomUUID();
    if (!this.reviews.has(id)) {
      this.reviews.set(id, {
        ...structuredClone(review),
        id,
        network: review.network ?? 'any',
        createdAt: review.createdAt ?? new Date(),
      });
    }
    if (review.channelId && review.messageTs) {
      this.reviewByMessage.set(`${channelKey(review.teamId, review.channelId)}:${review.messageTs}`, id);
    }
    return id;
  }

  async findReviewByMessage(
    teamId: string,
    channelId: string,
    messageTs: string,
  ): Promise<ReviewRecord | null> {
    const id = this.reviewByMessage.get(`${channelKey(teamId, channelId)}:${messageTs}`);
    const review = id ? this.reviews.get(id) : undefined;
    return review ? structuredClone(review) : null;
  }

  async setReplyTs(reviewId: string, replyTs: string | null): Promise<void> {
    const review = this.reviews.get(reviewId);
    if (review) review.replyTs = replyTs;
  }

  async listReviews(filter: { teamId: string; userId?: string; since: Date }): Promise<ReviewRecord[]> {
    return [...this.reviews.values()]
      .filter(
        (review) =>
          review.teamId === filter.teamId &&
          (filter.userId === undefined || review.userId === filter.userId) &&
          (review.createdAt ?? new Date(0)) >= filter.since,
      )
      .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0))
      .map((review) => ({ ...structuredClone(review), dismissedRules: this.dismissedRules(review) }));
  }

  /** The rules of a review its author marked "Not helpful" (as the SQL store reads them from feedback). */
  private dismissedRules(review: ReviewRecord): string[] {
    const rules = new Set<string>();
    for (const vote of this.feedbackVotes.values()) {
      if (
        vote.teamId === review.teamId &&
        vote.userId === review.userId &&
        vote.reviewId === review.id &&
        !vote.helpful
      )
        rules.add(vote.rule);
    }
    return [...rules].sort();
  }

  async purgeDraftText(olderThan: Date): Promise<number> {
    let cleared = 0;
    for (const review of this.reviews.values()) {
      if (review.draftText !== null && (review.createdAt ?? new Date(0)) < olderThan) {
        review.draftText = null;
        cleared += 1;
      }
    }
    return cleared;
  }

  /** One vote per person, review, rule and phrase: voting again replaces the vote (as the SQL store does). */
  async recordFeedback(feedback: FeedbackRecord): Promise<void> {
    const phrase = feedback.phrase.toLowerCase();
    const key = [feedback.teamId, feedback.userId, feedback.reviewId ?? '', feedback.rule, phrase].join(
      '\u0000',
    );
    this.feedbackVotes.set(key, {
      ...feedback,
      phrase,
      createdAt: feedback.createdAt ?? new Date(),
      cleared: false,
    });
  }

  async listSilenced(teamId: string, threshold: number): Promise<SilencedPhrase[]> {
    const votes = new Map<string, SilencedPhrase>();
    const now = new Set<string>();
    for (const vote of this.feedbackVotes.values()) {
      if (vote.teamId !== teamId || vote.helpful || vote.cleared) continue;
      const key = `${vote.rule}\u0000${vote.phrase}`;
      const entry = votes.get(key) ?? { teamId, rule: vote.rule, phrase: vote.phrase, votes: 0 };
      if ((vote.silence ?? 'vote') !== 'no') entry.votes += 1;
      if (vote.silence === 'now') now.add(key);
      votes.set(key, entry);
    }
    return [...votes.entries()]
      .filter(([key, entry]) => entry.votes >= threshold || now.has(key))
      .map(([, entry]) => entry)
      .sort((a, b) => b.votes - a.votes || a.rule.localeCompare(b.rule) || a.phrase.localeCompare(b.phrase));
  }

  async unsilence(teamId: string, rule: string, phrase: string): Promise<void> {
    const lower = phrase.toLowerCase();
    for (const vote of this.feedbackVotes.values()) {
      if (vote.teamId === teamId && vote.rule === rule && vote.phrase === lower && !vote.helpful)
        vote.cleared = true;
    }
  }

  async saveInstallation(installation: Installation): Promise<void> {
    const key = installKey(installation);
    if (!key) throw new Error('an installation needs a team id, or an enterprise id for an org-wide install');
    this.installations.set(key, structuredClone(installation));
  }

  async findInstallation(query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall: boolean;
  }): Promise<Installation | null> {
    const key = installKey(query);
    const installation = key ? this.installations.get(key) : undefined;
    return installation ? structuredClone(installation) : null;
  }

  async deleteInstallation(query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall?: boolean;
  }): Promise<void> {
    const key = installKey(query);
    if (key) this.installations.delete(key);
  }

  async claimDigest(teamId: string, channelId: string, weekStart: string): Promise<boolean> {
    const key = `${channelKey(teamId, channelId)}:${weekStart}`;
    if (this.claimedDigests.has(key)) return false;
    this.claimedDigests.add(key);
    return true;
  }

  // issue 5: coaching
  async listDigestChannels(): Promise<DigestChannel[]> {
    return [...this.channelSettings.values()]
      .filter((settings) => settings.digest)
      .map((settings) => ({
        teamId: settings.teamId,
        channelId: settings.channelId,
        updatedBy: settings.updatedBy ?? null,
      }))
      .sort((a, b) => a.teamId.localeCompare(b.teamId) || a.channelId.localeCompare(b.channelId));
  }

  // issue 6: pending work
  private readonly pending = new Map<string, PendingReview>();

  async savePending(pending: PendingReview): Promise<void> {
    if (this.pending.has(pending.id)) return;
    this.pending.set(pending.id, { ...pending, createdAt: pending.createdAt ?? new Date() });
  }

  async deletePending(id: string): Promise<void> {
    this.pending.delete(id);
  }

  async listPending(limit: number): Promise<PendingReview[]> {
    return [...this.pending.values()]
      .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0))
      .slice(0, limit)
      .map((pending) => ({ ...pending }));
  }
}
