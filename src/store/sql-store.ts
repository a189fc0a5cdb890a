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
import { LruCache } from '../util/lru';

/**
 * Reads a draft needs every time (channel settings, workspace defaults, opt-out, silenced phrases),
 * remembered between writes. Only for the embedded engine: one process owns its data folder, so every
 * write goes through this object and the remembered answer can never be stale. A Postgres server is
 * shared by replicas, and each of them reads fresh.
 */
class ReadCache {
  private readonly entries = new LruCache<string, unknown>(5_000);

  /** Bumped by every write: a read that overlapped a write is returned but not remembered. */
  private writes = 0;

  async through<T>(key: string, read: () => Promise<T>): Promise<T> {
    if (this.entries.has(key)) return structuredClone(this.entries.get(key) as T);
    const before = this.writes;
    const value = await read();
    if (this.writes === before) this.entries.set(key, structuredClone(value));
    return value;
  }

  forget(key: string): void {
    this.writes += 1;
    this.entries.delete(key);
  }

  /** A team's silenced phrases depend on all its votes: a vote moves the team to a new generation of keys. */
  private readonly generations = new Map<string, number>();
  generation(teamId: string): number {
    return this.generations.get(teamId) ?? 0;
  }
  nextGeneration(teamId: string): void {
    this.writes += 1;
    this.generations.set(teamId, this.generation(teamId) + 1);
  }
}

const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * The Store over any SQL engine: PGlite and a Postgres server run exactly this code and this SQL
 * (src/store/repo/*), only the engine underneath differs.
 */
export class SqlStore implements Store {
  private lastPrune = 0;

  private readonly cache: ReadCache | null;

  constructor(readonly engine: SqlEngine) {
    this.cache = engine.kind === 'pglite' ? new ReadCache() : null;
  }

  private cached<T>(key: string, read: () => Promise<T>): Promise<T> {
    return this.cache ? this.cache.through(key, read) : read();
  }

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
    return this.cached(`settings:${teamId}:${channelId}`, () =>
      settings.getChannelSettings(this.engine, teamId, channelId),
    );
  }
  async saveChannelSettings(value: ChannelSettings): Promise<void> {
    this.cache?.forget(`settings:${value.teamId}:${value.channelId}`);
    await settings.saveChannelSettings(this.engine, value);
    this.cache?.forget(`settings:${value.teamId}:${value.channelId}`);
  }
  listWatchedChannels(teamId: string): Promise<string[]> {
    return settings.listWatchedChannels(this.engine, teamId);
  }
  getWorkspaceDefaults(teamId: string): Promise<WorkspaceDefaults | null> {
    return this.cached(`workspace:${teamId}`, () => settings.getWorkspaceDefaults(this.engine, teamId));
  }
  async saveWorkspaceDefaults(defaults: WorkspaceDefaults): Promise<void> {
    this.cache?.forget(`workspace:${defaults.teamId}`);
    await settings.saveWorkspaceDefaults(this.engine, defaults);
    this.cache?.forget(`workspace:${defaults.teamId}`);
  }
  async setUserOptOut(teamId: string, userId: string, optedOut: boolean): Promise<void> {
    this.cache?.forget(`optout:${teamId}:${userId}`);
    await settings.setUserOptOut(this.engine, teamId, userId, optedOut);
    this.cache?.forget(`optout:${teamId}:${userId}`);
  }
  isUserOptedOut(teamId: string, userId: string): Promise<boolean> {
    return this.cached(`optout:${teamId}:${userId}`, () =>
      settings.isUserOptedOut(this.engine, teamId, userId),
    );
  }

  recordReview(review: ReviewRecord): Promise<string> {
    return reviews.recordReview(this.engine, review);
  }
  findReviewByMessage(teamId: string, channelId: string, messageTs: string): Promise<ReviewRecord | null> {
    return reviews.findReviewByMessage(this.engine, teamId, channelId, messageTs);
  }
  setReplyTs(reviewId: string, replyTs: string | null): Promise<void> {
    return reviews.setReplyTs(this.engine, reviewId, replyTs);
  }
  listReviews(filter: { teamId: string; userId?: string; since: Date }): Promise<ReviewRecord[]> {
    return reviews.listReviews(this.engine, filter);
  }
  purgeDraftText(olderThan: Date): Promise<number> {
    return reviews.purgeDraftText(this.engine, olderThan);
  }

  async recordFeedback(value: FeedbackRecord): Promise<void> {
    this.cache?.nextGeneration(value.teamId);
    await feedback.recordFeedback(this.engine, value);
    this.cache?.nextGeneration(value.teamId);
  }
  listSilenced(teamId: string, threshold: number): Promise<SilencedPhrase[]> {
    const generation = this.cache?.generation(teamId) ?? 0;
    return this.cached(`silenced:${teamId}:${generation}:${threshold}`, () =>
      feedback.listSilenced(this.engine, teamId, threshold),
    );
  }
  async unsilence(teamId: string, rule: string, phrase: string): Promise<void> {
    this.cache?.nextGeneration(teamId);
    await feedback.unsilence(this.engine, teamId, rule, phrase);
    this.cache?.nextGeneration(teamId);
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
