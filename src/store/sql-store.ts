import { migrate } from './migrate';
import * as events from './repo/events';
import * as feedback from './repo/feedback';
import * as installations from './repo/installations';
import * as pending from './repo/pending';
import * as reviews from './repo/reviews';
import * as settings from './repo/settings';
import type { SqlEngine } from './sql';
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
import { EVENT_TTL_MS } from './keys';

const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * The Store over any SQL engine: PGlite and a Postgres server run exactly this code and this SQL
 * (src/store/repo/*), only the engine underneath differs.
 */
export class SqlStore implements Store {
  private lastPrune = 0;

  constructor(readonly engine: SqlEngine) {}

  get kind() {
    return this.engine.kind;
  }

  /** Versions applied by the last init() (empty when the schema was already up to date). */
  appliedMigrations: number[] = [];

  async init(): Promise<void> {
    this.appliedMigrations = await migrate(this.engine);
  }

  close(): Promise<void> {
    return this.engine.close();
  }

  async ping(): Promise<void> {
    await this.engine.query('SELECT 1');
  }

  async claimEvent(eventId: string): Promise<boolean> {
    const claimed = await events.claimEvent(this.engine, eventId);
    const now = Date.now();
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await events.pruneEvents(this.engine, new Date(now - EVENT_TTL_MS));
    }
    return claimed;
  }

  getChannelSettings(teamId: string, channelId: string): Promise<ChannelSettings | null> {
    return settings.getChannelSettings(this.engine, teamId, channelId);
  }
  saveChannelSettings(value: ChannelSettings): Promise<void> {
    return settings.saveChannelSettings(this.engine, value);
  }
  listWatchedChannels(teamId: string): Promise<string[]> {
    return settings.listWatchedChannels(this.engine, teamId);
  }
  getWorkspaceDefaults(teamId: string): Promise<WorkspaceDefaults | null> {
    return settings.getWorkspaceDefaults(this.engine, teamId);
  }
  saveWorkspaceDefaults(defaults: WorkspaceDefaults): Promise<void> {
    return settings.saveWorkspaceDefaults(this.engine, defaults);
  }
  setUserOptOut(teamId: string, userId: string, optedOut: boolean): Promise<void> {
    return settings.setUserOptOut(this.engine, teamId, userId, optedOut);
  }
  isUserOptedOut(teamId: string, userId: string): Promise<boolean> {
    return settings.isUserOptedOut(this.engine, teamId, userId);
  }

  recordReview(review: ReviewRecord): Promise<string> {
    return reviews.recordReview(this.engine, review);
  }
  findReviewByMessage(teamId: string, channelId: string, messageTs: string): Promise<ReviewRecord | null> {
    return reviews.findReviewByMessage(this.engine, teamId, channelId, messageTs);
  }
  setReplyTs(reviewId: string, replyTs: string): Promise<void> {
    return reviews.setReplyTs(this.engine, reviewId, replyTs);
  }
  listReviews(filter: { teamId: string; userId?: string; since: Date }): Promise<ReviewRecord[]> {
    return reviews.listReviews(this.engine, filter);
  }
  purgeDraftText(olderThan: Date): Promise<number> {
    return reviews.purgeDraftText(this.engine, olderThan);
  }

  recordFeedback(value: FeedbackRecord): Promise<void> {
    return feedback.recordFeedback(this.engine, value);
  }
  listSilenced(teamId: string, threshold: number): Promise<SilencedPhrase[]> {
    return feedback.listSilenced(this.engine, teamId, threshold);
  }
  unsilence(teamId: string, rule: string, phrase: string): Promise<void> {
    return feedback.unsilence(this.engine, teamId, rule, phrase);
  }

  saveInstallation(installation: Installation): Promise<void> {
    return installations.saveInstallation(this.engine, installation);
  }
  findInstallation(query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall: boolean;
  }): Promise<Installation | null> {
    return installations.findInstallation(this.engine, query);
  }
  deleteInstallation(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }) {
    return installations.deleteInstallation(this.engine, query);
  }

  claimDigest(teamId: string, channelId: string, weekStart: string): Promise<boolean> {
    return events.claimDigest(this.engine, teamId, channelId, weekStart);
  }

  // issue 5: coaching
  listDigestChannels(): Promise<DigestChannel[]> {
    return settings.listDigestChannels(this.engine);
  }

  // issue 6: pending work
  savePending(value: PendingReview): Promise<void> {
    return pending.savePending(this.engine, value);
  }
  deletePending(id: string): Promise<void> {
    return pending.deletePending(this.engine, id);
  }
  listPending(limit: number): Promise<PendingReview[]> {
    return pending.listPending(this.engine, limit);
  }
}
