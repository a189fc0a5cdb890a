import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PgliteEngine, PgliteStore } from '../../src/store/pglite';
import { ResilientStore } from '../../src/store/resilient';
import { SqlStore } from '../../src/store/sql-store';
import type { QueryResult, Session, SqlEngine } from '../../src/store/sql';
import { channelSettings, review } from './contract';
import { LEVEL, memoryLogger, switchable, until } from './helpers';

describe('ResilientStore over a database that goes away', () => {
  let base: PgliteStore;

  beforeAll(async () => {
    base = new PgliteStore();
    await base.init();
  });
  afterAll(() => base.close());

  function setup(options: Partial<ConstructorParameters<typeof ResilientStore>[1]> = {}) {
    const { logger, lines } = memoryLogger();
    const db = switchable(base);
    const store = new ResilientStore(db.store, {
      logger,
      readTimeoutMs: 100,
      writeTimeoutMs: 200,
      retryBaseMs: 20,
      retryMaxMs: 100,
      ...options,
    });
    // never close: `base` is shared; stop the timers instead
    return { store, db, lines, teamId: `T${randomUUID().slice(0, 8)}` };
  }

  test('reads fall back: last known value, else null / false / empty; health says down', async () => {
    const { store, db, teamId, lines } = setup();
    await base.saveChannelSettings(channelSettings(teamId, 'C1', { strictness: 'strict' }));
    await base.setUserOptOut(teamId, 'U1', true);
    expect(await store.getChannelSettings(teamId, 'C1')).toMatchObject({ strictness: 'strict' });
    expect(await store.isUserOptedOut(teamId, 'U1')).toBe(true);
    expect(await store.listWatchedChannels(teamId)).toEqual(['C1']);

    db.set('hang');
    expect(await store.getChannelSettings(teamId, 'C1')).toMatchObject({
      strictness: 'strict',
      watched: true,
    });
    expect(store.health()).toMatchObject({ database: 'down', queueDepth: 0 });
    expect(await store.isUserOptedOut(teamId, 'U1')).toBe(true);
    expect(await store.listWatchedChannels(teamId)).toEqual(['C1']);
    expect(await store.getChannelSettings(teamId, 'C2')).toBeNull();
    expect(await store.getWorkspaceDefaults(teamId)).toBeNull();
    expect(await store.isUserOptedOut(teamId, 'U2')).toBe(false);
    expect(await store.listReviews({ teamId, since: new Date(0) })).toEqual([]);
    expect(await store.listSilenced(teamId, 3)).toEqual([]);
    expect(await store.findInstallation({ teamId, isEnterpriseInstall: false })).toBeNull();
    expect(await store.claimDigest(teamId, 'C1', '2026-11-23')).toBe(false);
    await expect(store.ping()).rejects.toThrow(/longer than/);
    expect(
      lines.some((line) => line.level === LEVEL.warn && /database unavailable/.test(String(line.msg))),
    ).toBe(true);

    db.set('ok');
    await store.retryNow();
    expect(store.health()).toMatchObject({ database: 'up', downSince: null });
    expect(await store.claimDigest(teamId, 'C1', '2026-11-23')).toBe(true);
  });

  test('claimEvent: duplicates within this process are still caught, and recorded once the database is back', async () => {
    const { store, db } = setup();
    const before = `Ev${randomUUID()}`;
    const during = `Ev${randomUUID()}`;
    expect(await store.claimEvent(before)).toBe(true);

    db.set('down');
    expect(await store.claimEvent(before)).toBe(false);
    expect(await store.claimEvent(during)).toBe(true);
    expect(await store.claimEvent(during)).toBe(false);

    db.set('ok');
    await store.retryNow();
    expect(store.health().queueDepth).toBe(0);
    // another replica (or this one after a restart) now sees it as taken
    expect(await base.claimEvent(during)).toBe(false);
  });

  test('writes are queued in order while the database is down and flushed when it returns', async () => {
    const { store, db, teamId, lines } = setup();
    db.set('down');
    const id = await store.recordReview(review(teamId, { messageTs: '100.1' }));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await store.setReplyTs(id, '100.2');
    await store.saveChannelSettings(channelSettings(teamId, 'C1', { strictness: 'gentle' }));
    await store.saveChannelSettings(channelSettings(teamId, 'C1', { strictness: 'strict' }));
    await store.recordFeedback({
      teamId,
      userId: 'U1',
      reviewId: id,
      rule: 'shouting',
      phrase: 'BUY',
      helpful: false,
    });
    await store.setUserOptOut(teamId, 'U7', true);
    expect(store.health()).toMatchObject({ database: 'down', queueDepth: 6 });
    expect(lines.filter((line) => line.msg === 'database unavailable: write queued for retry')).toHaveLength(
      6,
    );

    // what this process wrote is what it answers with meanwhile
    expect(await store.findReviewByMessage(teamId, 'C1', '100.1')).toMatchObject({ id, replyTs: '100.2' });
    expect(await store.getChannelSettings(teamId, 'C1')).toMatchObject({ strictness: 'strict' });
    expect(await store.isUserOptedOut(teamId, 'U7')).toBe(true);
    expect(await base.findReviewByMessage(teamId, 'C1', '100.1')).toBeNull();

    db.set('ok');
    await until(() => store.health().queueDepth === 0); // the backoff timer flushes on its own
    expect(store.health()).toMatchObject({ database: 'up', dropped: 0 });
    expect(await base.findReviewByMessage(teamId, 'C1', '100.1')).toMatchObject({ id, replyTs: '100.2' });
    expect(await base.getChannelSettings(teamId, 'C1')).toMatchObject({ strictness: 'strict' });
    expect(await base.listSilenced(teamId, 1)).toEqual([
      { teamId, rule: 'shouting', phrase: 'buy', votes: 1 },
    ]);
    expect(await base.isUserOptedOut(teamId, 'U7')).toBe(true);
    expect(lines.some((line) => line.msg === 'database reachable again: queued writes flushed')).toBe(true);
  });

  test('a slow write is queued and retried; the retry does not duplicate the review', async () => {
    const { store, db, teamId } = setup();
    db.set('hang');
    const id = await store.recordReview(review(teamId));
    db.set('ok');
    await store.retryNow();
    expect((await base.listReviews({ teamId, since: new Date(0) })).map((r) => r.id)).toEqual([id]);
  });

  test('the queue is bounded: the oldest writes are dropped, logged at error', async () => {
    const { store, db, teamId, lines } = setup({ maxQueue: 3 });
    db.set('down');
    for (let i = 0; i < 5; i++) await store.recordReview(review(teamId, { score: i }));
    expect(store.health()).toMatchObject({ queueDepth: 3, dropped: 2 });
    expect(lines.filter((line) => line.level === LEVEL.error)).toHaveLength(2);
    db.set('ok');
    await store.retryNow();
    const kept = (await base.listReviews({ teamId, since: new Date(0) })).map((r) => r.score);
    expect(kept.sort()).toEqual([2, 3, 4]);
  });

  test('a write the reachable database rejects is retried, then dropped at error; the rest flows', async () => {
    const { store, teamId, lines } = setup({ maxAttempts: 2 });
    const bad = review(teamId, { source: 'carrier-pigeon' as never });
    await store.recordReview(bad);
    const good = await store.recordReview(review(teamId));
    await until(() => store.health().queueDepth === 0);
    expect(store.health()).toMatchObject({ database: 'up', dropped: 1 });
    expect((await base.listReviews({ teamId, since: new Date(0) })).map((r) => r.id)).toEqual([good]);
    expect(lines.some((line) => line.level === LEVEL.error && line.op === 'recordReview')).toBe(true);
  });

  test('with a retention period, draft texts past it are cleared at start (and hourly)', async () => {
    const { logger, lines } = memoryLogger();
    const inner = new PgliteStore();
    const store = new ResilientStore(inner, { logger, retentionDays: 30 });
    await inner.init();
    const old = await inner.recordReview(
      review('TRetain', { draftText: 'old', createdAt: new Date(Date.now() - 31 * 86_400_000) }),
    );
    await inner.recordReview(review('TRetain', { draftText: 'fresh' }));
    await store.init();
    try {
      await until(() => lines.some((line) => line.msg === 'draft texts past retention cleared'));
      const texts = (await store.listReviews({ teamId: 'TRetain', since: new Date(0) })).map((r) => [
        r.id === old,
        r.draftText,
      ]);
      expect(texts).toEqual([
        [true, null],
        [false, 'fresh'],
      ]);
    } finally {
      await store.close();
    }
  });

  test('close flushes what it can, and says loudly what it could not', async () => {
    const { logger, lines } = memoryLogger();
    const inner = new PgliteStore();
    await inner.init();
    const db = switchable(inner);
    const store = new ResilientStore(db.store, { logger, readTimeoutMs: 100, retryBaseMs: 1000 });
    db.set('down');
    await store.recordReview(review('TClose'));
    await store.close(300);
    expect(lines.some((line) => line.level === LEVEL.error && /never received/.test(String(line.msg)))).toBe(
      true,
    );
  });
});

/** A SqlEngine whose PGlite can be shut down and brought back on the same data folder. */
class RestartableEngine implements SqlEngine {
  readonly kind = 'pglite' as const;
  readonly describe = 'restartable PGlite';
  current: PgliteEngine | null = null;
  constructor(private readonly dataDir: string) {}
  async start() {
    const engine = new PgliteEngine({ dataDir: this.dataDir });
    await engine.open();
    this.current = engine;
  }
  async stop() {
    const engine = this.current;
    this.current = null;
    await engine?.close();
  }
  private get engine(): PgliteEngine {
    if (!this.current) throw new Error('database is stopped');
    return this.current;
  }
  async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    return this.engine.query<T>(sql, params);
  }
  withSession<T>(fn: (session: Session) => Promise<T>): Promise<T> {
    return this.engine.withSession(fn);
  }
  close() {
    return this.stop();
  }
}

describe('ResilientStore over PGlite on disk that is stopped and started again', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'etiquette-resilient-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reviews recorded while it is stopped land once it is back', async () => {
    const engine = new RestartableEngine(dir);
    await engine.start();
    const { logger } = memoryLogger();
    const store = new ResilientStore(new SqlStore(engine), { logger, retryBaseMs: 50, retryMaxMs: 200 });
    await store.init();
    try {
      const before = await store.recordReview(review('TDisk'));
      await engine.stop();
      const during = await store.recordReview(review('TDisk', { messageTs: '5.5' }));
      await store.recordFeedback({
        teamId: 'TDisk',
        userId: 'U1',
        reviewId: during,
        rule: 'r',
        phrase: 'p',
        helpful: false,
      });
      expect(store.health()).toMatchObject({ database: 'down', queueDepth: 2 });

      await engine.start();
      await until(() => store.health().queueDepth === 0);
      const stored = await store.listReviews({ teamId: 'TDisk', since: new Date(0) });
      expect(stored.map((r) => r.id)).toEqual([before, during]);
      expect(await store.listSilenced('TDisk', 1)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
