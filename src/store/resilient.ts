import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { LruCache } from '../util/lru';
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

export interface ResilientOptions {
  logger: Logger;
  /** A read slower than this falls back (default 1 s). */
  readTimeoutMs?: number;
  /** A write slower than this is queued and retried (default 3 s; writes are idempotent, so a late one is harmless). */
  writeTimeoutMs?: number;
  /** Writes kept in memory while the database is away (default 10 000); beyond, the oldest is dropped, logged at error. */
  maxQueue?: number;
  /** First retry delay, doubled after each failure up to retryMaxMs (defaults 250 ms, 30 s). */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** A write that fails this many times while the database answers is dropped and logged at error (default 5). */
  maxAttempts?: number;
  /** Event ids remembered in this process, to catch duplicates while the database is away (default 10 000). */
  seenEvents?: number;
  /** Last known settings, opt-outs, installations and reviews kept to answer while the database is away (default 5 000). */
  cacheSize?: number;
  /** Clears stored draft texts older than this many days, hourly (REVIEW_RETENTION_DAYS); off when unset. */
  retentionDays?: number;
  maintenanceIntervalMs?: number;
}

export interface StoreHealth {
  kind: Store['kind'];
  /** 'down' from the first failed call until a ping succeeds and the queue is flushed. */
  database: 'up' | 'down';
  queueDepth: number;
  /** Writes given up on since start (queue overflow, or rejected by a reachable database). */
  dropped: number;
  downSince: Date | null;
  lastError: string | null;
}

interface QueuedWrite {
  op: string;
  run: () => Promise<unknown>;
  attempts: number;
  queuedAt: number;
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Rejects after `ms` unless `promise` settled first. When the timer fires, the rejection waits one more
 * turn (setImmediate runs after the poll phase): if this thread was busy past the deadline, an answer that
 * arrived meanwhile (the database thread's message, a socket's data) is taken instead of being counted
 * as a timeout. Otherwise one long stall of the main thread at the start of a burst made every waiting
 * read "time out", marked the database down, and skipped drafts in channels it then could not see as watched.
 */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => setImmediate(() => reject(new TimeoutError(`${what} took longer than ${ms} ms`))),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const message = (error: unknown) =>
  error instanceof Error
    ? error.message || (error as NodeJS.ErrnoException).code || error.name
    : String(error);

/**
 * Keeps the bot answering when the database is down or slow. Reads time out fast and fall back to the
 * last value this process saw (or null / false / empty); claimEvent falls back to an in-process set of
 * event ids; writes are queued in memory, in order, and replayed with backoff once a ping succeeds.
 * Nothing is dropped silently: every queued write is logged at warn, every dropped one at error.
 * init() is not covered: a database unreachable at start is an error for the caller to report.
 */
export class ResilientStore implements Store {
  readonly kind: Store['kind'];
  private readonly logger: Logger;
  private readonly readTimeoutMs: number;
  private readonly writeTimeoutMs: number;
  private readonly maxQueue: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly maxAttempts: number;

  private state: 'up' | 'down' = 'up';
  private downSince: Date | null = null;
  private lastError: string | null = null;
  private dropped = 0;
  private queue: QueuedWrite[] = [];
  private delay: number;
  private timer: NodeJS.Timeout | null = null;
  private recovering: Promise<void> | null = null;
  private maintenance: NodeJS.Timeout | null = null;
  private closed = false;

  private readonly seen: LruCache<string, true>;
  private readonly cache: LruCache<string, unknown>;

  constructor(
    readonly inner: Store,
    private readonly options: ResilientOptions,
  ) {
    this.kind = inner.kind;
    this.logger = options.logger;
    this.readTimeoutMs = options.readTimeoutMs ?? 1000;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 3000;
    this.maxQueue = options.maxQueue ?? 10_000;
    this.retryBaseMs = options.retryBaseMs ?? 250;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.delay = this.retryBaseMs;
    this.seen = new LruCache(options.seenEvents ?? 10_000);
    this.cache = new LruCache(options.cacheSize ?? 5000);
  }

  health(): StoreHealth {
    return {
      kind: this.kind,
      database: this.state,
      queueDepth: this.queue.length,
      dropped: this.dropped,
      downSince: this.downSince,
      lastError: this.lastError,
    };
  }

  async init(): Promise<void> {
    await this.inner.init();
    const days = this.options.retentionDays;
    if (days) {
      const every = this.options.maintenanceIntervalMs ?? 60 * 60 * 1000;
      const purge = () => void this.purgeExpiredDrafts(days);
      purge();
      this.maintenance = setInterval(purge, every);
      this.maintenance.unref();
    }
  }

  /** Tries to flush queued writes (bounded by timeoutMs), then closes the database. */
  async close(timeoutMs = 5000): Promise<void> {
    if (this.maintenance) clearInterval(this.maintenance);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queue.length > 0) {
      await withTimeout(this.retryNow(), timeoutMs, 'flushing queued writes').catch(() => undefined);
    }
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queue.length > 0) {
      this.logger.error(
        { queued: this.queue.length, ops: [...new Set(this.queue.map((item) => item.op))] },
        'store closing with writes the database never received; they are lost',
      );
    }
    await this.inner.close();
  }

  async ping(): Promise<void> {
    await withTimeout(this.inner.ping(), this.readTimeoutMs, 'ping');
  }

  /** Retries the queue now instead of waiting for the next backoff (tests, /readyz). */
  async retryNow(): Promise<void> {
    // An attempt already under way may have started before the database came back: let it end, then try afresh.
    if (this.recovering) await this.recovering;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.recover();
  }

  // ---- events -------------------------------------------------------------------------------------

  async claimEvent(eventId: string): Promise<boolean> {
    if (this.state === 'up') {
      try {
        const claimed = await withTimeout(this.inner.claimEvent(eventId), this.readTimeoutMs, 'claimEvent');
        this.seen.set(eventId, true);
        return claimed;
      } catch (error) {
        this.markDown('claimEvent', error);
      }
    }
    if (this.seen.has(eventId)) return false;
    this.seen.set(eventId, true);
    // Record it later too, so a restart or another replica does not answer it again.
    this.enqueue('claimEvent', () => this.inner.claimEvent(eventId));
    return true;
  }

  async claimDigest(teamId: string, channelId: string, weekStart: string): Promise<boolean> {
    // Without the database no replica can know whether another posted: skip, the scheduler tries again.
    return this.read(
      'claimDigest',
      () => this.inner.claimDigest(teamId, channelId, weekStart),
      () => false,
    );
  }

  // ---- settings -----------------------------------------------------------------------------------

  getChannelSettings(teamId: string, channelId: string): Promise<ChannelSettings | null> {
    const key = `channel:${teamId}:${channelId}`;
    return this.read(
      'getChannelSettings',
      () => this.inner.getChannelSettings(teamId, channelId),
      () => this.known(key, null),
      key,
    );
  }

  saveChannelSettings(settings: ChannelSettings): Promise<void> {
    this.cache.set(`channel:${settings.teamId}:${settings.channelId}`, settings);
    const watchedKey = `watched:${settings.teamId}`;
    const watched = this.cache.get(watchedKey) as string[] | undefined;
    if (watched) {
      const others = watched.filter((id) => id !== settings.channelId);
      this.cache.set(watchedKey, settings.watched ? [...others, settings.channelId].sort() : others);
    }
    return this.write('saveChannelSettings', () => this.inner.saveChannelSettings(settings), undefined);
  }

  listWatchedChannels(teamId: string): Promise<string[]> {
    const key = `watched:${teamId}`;
    return this.read(
      'listWatchedChannels',
      () => this.inner.listWatchedChannels(teamId),
      () => this.known(key, []),
      key,
    );
  }

  getWorkspaceDefaults(teamId: string): Promise<WorkspaceDefaults | null> {
    const key = `defaults:${teamId}`;
    return this.read(
      'getWorkspaceDefaults',
      () => this.inner.getWorkspaceDefaults(teamId),
      () => this.known(key, null),
      key,
    );
  }

  saveWorkspaceDefaults(defaults: WorkspaceDefaults): Promise<void> {
    this.cache.set(`defaults:${defaults.teamId}`, defaults);
    return this.write('saveWorkspaceDefaults', () => this.inner.saveWorkspaceDefaults(defaults), undefined);
  }

  setUserOptOut(teamId: string, userId: string, optedOut: boolean): Promise<void> {
    this.cache.set(`optout:${teamId}:${userId}`, optedOut);
    return this.write('setUserOptOut', () => this.inner.setUserOptOut(teamId, userId, optedOut), undefined);
  }

  isUserOptedOut(teamId: string, userId: string): Promise<boolean> {
    const key = `optout:${teamId}:${userId}`;
    return this.read(
      'isUserOptedOut',
      () => this.inner.isUserOptedOut(teamId, userId),
      () => this.known(key, false),
      key,
    );
  }

  // ---- reviews ------------------------------------------------------------------------------------

  recordReview(review: ReviewRecord): Promise<string> {
    const record: ReviewRecord = {
      ...review,
      id: review.id ?? randomUUID(),
      createdAt: review.createdAt ?? new Date(),
    };
    const id = record.id as string;
    this.cache.set(`review:${id}`, record);
    if (record.channelId && record.messageTs) {
      this.cache.set(`message:${record.teamId}:${record.channelId}:${record.messageTs}`, record);
    }
    return this.write('recordReview', () => this.inner.recordReview(record), id);
  }

  findReviewByMessage(teamId: string, channelId: string, messageTs: string): Promise<ReviewRecord | null> {
    const key = `message:${teamId}:${channelId}:${messageTs}`;
    return this.read(
      'findReviewByMessage',
      () => this.inner.findReviewByMessage(teamId, channelId, messageTs),
      () => this.known(key, null),
      key,
    );
  }

  setReplyTs(reviewId: string, replyTs: string | null): Promise<void> {
    const known = this.cache.get(`review:${reviewId}`) as ReviewRecord | undefined;
    if (known) known.replyTs = replyTs;
    return this.write('setReplyTs', () => this.inner.setReplyTs(reviewId, replyTs), undefined);
  }

  listReviews(filter: { teamId: string; userId?: string; since: Date }): Promise<ReviewRecord[]> {
    return this.read(
      'listReviews',
      () => this.inner.listReviews(filter),
      () => [],
    );
  }

  purgeDraftText(olderThan: Date): Promise<number> {
    return this.read(
      'purgeDraftText',
      () => this.inner.purgeDraftText(olderThan),
      () => 0,
      undefined,
      this.writeTimeoutMs,
    );
  }

  // ---- feedback -----------------------------------------------------------------------------------

  recordFeedback(feedback: FeedbackRecord): Promise<void> {
    const record = { ...feedback, createdAt: feedback.createdAt ?? new Date() };
    return this.write('recordFeedback', () => this.inner.recordFeedback(record), undefined);
  }

  listSilenced(teamId: string, threshold: number): Promise<SilencedPhrase[]> {
    const key = `silenced:${teamId}:${threshold}`;
    return this.read(
      'listSilenced',
      () => this.inner.listSilenced(teamId, threshold),
      () => this.known(key, []),
      key,
    );
  }

  unsilence(teamId: string, rule: string, phrase: string): Promise<void> {
    return this.write('unsilence', () => this.inner.unsilence(teamId, rule, phrase), undefined);
  }

  // ---- installations ------------------------------------------------------------------------------

  saveInstallation(installation: Installation): Promise<void> {
    return this.write('saveInstallation', () => this.inner.saveInstallation(installation), undefined);
  }

  findInstallation(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }) {
    const key = `install:${query.isEnterpriseInstall ? 'E' : 'T'}:${query.enterpriseId ?? ''}:${query.teamId ?? ''}`;
    return this.read(
      'findInstallation',
      () => this.inner.findInstallation(query),
      () => this.known<Installation | null>(key, null),
      key,
    );
  }

  deleteInstallation(query: {
    teamId?: string;
    enterpriseId?: string;
    isEnterpriseInstall?: boolean;
  }): Promise<void> {
    return this.write('deleteInstallation', () => this.inner.deleteInstallation(query), undefined);
  }

  // ---- issue 5: coaching ----------------------------------------------------------------------------

  listDigestChannels(): Promise<DigestChannel[]> {
    // Without the database no digest can be claimed anyway (claimDigest answers false), so nothing to list.
    return this.read(
      'listDigestChannels',
      () => this.inner.listDigestChannels(),
      () => [],
    );
  }

  // ---- issue 6: pending work ------------------------------------------------------------------------

  savePending(pending: PendingReview): Promise<void> {
    const record = { ...pending, createdAt: pending.createdAt ?? new Date() };
    // Queued like any write: the queue keeps order, so a later deletePending never overtakes it.
    return this.write('savePending', () => this.inner.savePending(record), undefined);
  }

  deletePending(id: string): Promise<void> {
    return this.write('deletePending', () => this.inner.deletePending(id), undefined);
  }

  listPending(limit: number): Promise<PendingReview[]> {
    return this.read(
      'listPending',
      () => this.inner.listPending(limit),
      () => [],
      undefined,
      this.writeTimeoutMs,
    );
  }

  // ---- machinery ----------------------------------------------------------------------------------

  private known<T>(key: string, fallback: T): T {
    const value = this.cache.get(key);
    return value === undefined ? fallback : (value as T);
  }

  private async read<T>(
    op: string,
    run: () => Promise<T>,
    fallback: () => T,
    cacheKey?: string,
    timeoutMs = this.readTimeoutMs,
  ): Promise<T> {
    if (this.state === 'up') {
      try {
        const value = await withTimeout(run(), timeoutMs, op);
        if (cacheKey) this.cache.set(cacheKey, value);
        return value;
      } catch (error) {
        this.markDown(op, error);
      }
    }
    this.logger.debug({ op }, 'store unavailable: answered from fallback');
    return fallback();
  }

  private async write<T>(op: string, run: () => Promise<unknown>, result: T): Promise<T> {
    if (this.state === 'up' && this.queue.length === 0) {
      try {
        await withTimeout(run(), this.writeTimeoutMs, op);
        return result;
      } catch (error) {
        this.markDown(op, error);
      }
    }
    this.enqueue(op, run);
    return result;
  }

  private enqueue(op: string, run: () => Promise<unknown>): void {
    if (this.closed) {
      this.dropped++;
      this.logger.error({ op }, 'store closed: write not recorded');
      return;
    }
    this.queue.push({ op, run, attempts: 0, queuedAt: Date.now() });
    this.logger.warn({ op, queueDepth: this.queue.length }, 'database unavailable: write queued for retry');
    while (this.queue.length > this.maxQueue) {
      const lost = this.queue.shift();
      this.dropped++;
      this.logger.error(
        { op: lost?.op, queuedAt: lost && new Date(lost.queuedAt), maxQueue: this.maxQueue },
        'write queue full: oldest queued write dropped',
      );
    }
    this.schedule();
  }

  private markDown(op: string, error: unknown): void {
    this.lastError = `${op}: ${message(error)}`;
    if (this.state === 'up') {
      this.state = 'down';
      this.downSince = new Date();
      this.logger.warn(
        { op, err: message(error) },
        'database unavailable: reviews go on with last known settings and defaults, writes are queued',
      );
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.recovering || this.closed) return;
    const jitter = 0.8 + Math.random() * 0.4;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.recover();
      },
      Math.round(this.delay * jitter),
    );
    this.timer.unref();
  }

  private recover(): Promise<void> {
    if (!this.recovering) {
      this.recovering = this.drain().finally(() => {
        this.recovering = null;
        if (this.state === 'down' || this.queue.length > 0) this.schedule();
      });
    }
    return this.recovering;
  }

  private async reachable(): Promise<boolean> {
    try {
      await withTimeout(this.inner.ping(), this.readTimeoutMs, 'ping');
      return true;
    } catch (error) {
      this.lastError = `ping: ${message(error)}`;
      return false;
    }
  }

  private async drain(): Promise<void> {
    if (!(await this.reachable())) return this.backOffLater();
    let flushed = 0;
    while (this.queue.length > 0) {
      const item = this.queue[0] as QueuedWrite;
      try {
        await withTimeout(item.run(), this.writeTimeoutMs, item.op);
        this.queue.shift();
        flushed++;
      } catch (error) {
        this.lastError = `${item.op}: ${message(error)}`;
        if (!(await this.reachable())) return this.backOffLater();
        item.attempts++;
        if (item.attempts < this.maxAttempts) return this.backOffLater();
        this.queue.shift();
        this.dropped++;
        this.logger.error(
          { op: item.op, attempts: item.attempts, err: message(error) },
          'database rejects a queued write: dropped',
        );
      }
    }
    this.delay = this.retryBaseMs;
    if (this.state === 'down' || flushed > 0) {
      this.logger.info(
        { flushed, downForMs: this.downSince ? Date.now() - this.downSince.getTime() : 0 },
        'database reachable again: queued writes flushed',
      );
    }
    this.state = 'up';
    this.downSince = null;
  }

  private backOffLater(): void {
    // recover()'s finally schedules the next attempt; only the delay grows here.
    this.delay = Math.min(this.delay * 2, this.retryMaxMs);
  }

  private async purgeExpiredDrafts(days: number): Promise<void> {
    if (this.state !== 'up') return;
    try {
      const cleared = await this.inner.purgeDraftText(new Date(Date.now() - days * 24 * 60 * 60 * 1000));
      if (cleared > 0)
        this.logger.info({ cleared, retentionDays: days }, 'draft texts past retention cleared');
    } catch (error) {
      this.logger.warn({ err: message(error) }, 'could not clear draft texts past retention; will retry');
    }
  }
}
