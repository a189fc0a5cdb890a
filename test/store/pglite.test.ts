import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PgliteStore } from '../../src/store/pglite';
import { loadMigrations } from '../../src/store/migrate';
import { StoreUnavailableError } from '../../src/store/sql';
import { channelSettings, review, storeContract } from './contract';

storeContract('PGlite in memory', { create: () => new PgliteStore() });

const diskDir = mkdtempSync(path.join(tmpdir(), 'etiquette-store-'));
storeContract('PGlite on disk', {
  create: () => new PgliteStore({ dataDir: path.join(diskDir, 'contract') }),
});

describe('PGlite on disk', () => {
  afterAll(() => rmSync(diskDir, { recursive: true, force: true }));

  test('close and reopen on the same DATA_DIR: settings, reviews and claims survive; migrations run once', async () => {
    const dataDir = path.join(diskDir, 'restart');
    const first = new PgliteStore({ dataDir });
    await first.init();
    // Every migration is in place after a first start (the shipped seed already holds them, or init applied them).
    const { rows } = await first.engine.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((row) => Number(row.version))).toEqual(loadMigrations().map((m) => m.version));
    await first.saveChannelSettings(channelSettings('T1', 'C1', { strictness: 'strict' }));
    const id = await first.recordReview(review('T1', { messageTs: '1.1' }));
    expect(await first.claimEvent('Ev1')).toBe(true);
    await first.close();

    const second = new PgliteStore({ dataDir });
    // Up to date: the check that came back with the open settles it, no migration session is opened.
    const migrationSession = jest.spyOn(second.engine, 'withSession');
    await second.init();
    try {
      expect(migrationSession).not.toHaveBeenCalled();
      expect(second.appliedMigrations).toEqual([]);
      expect(await second.getChannelSettings('T1', 'C1')).toMatchObject({
        watched: true,
        strictness: 'strict',
      });
      expect(await second.listWatchedChannels('T1')).toEqual(['C1']);
      expect(await second.findReviewByMessage('T1', 'C1', '1.1')).toMatchObject({ id });
      expect(await second.claimEvent('Ev1')).toBe(false);
    } finally {
      await second.close();
    }
  });

  test('killed with SIGKILL mid-run: the next start takes over the lock, and what was written is there', async () => {
    const dataDir = path.join(diskDir, 'crash');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'crash-child.ts'), dataDir],
      {
        cwd: path.join(__dirname, '../..'),
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += String(chunk)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${errors}`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const store = new PgliteStore({ dataDir });
    await store.init();
    try {
      expect(await store.getChannelSettings('TCrash', 'C1')).toMatchObject({
        strictness: 'gentle',
        watched: true,
      });
      expect(await store.findReviewByMessage('TCrash', 'C1', '7.7')).not.toBeNull();
      expect(await store.claimEvent('EvCrash')).toBe(false);
    } finally {
      await store.close();
    }
  });

  test('a second store on a DATA_DIR in use is refused with a clear error; a stale lock is taken over', async () => {
    const dataDir = path.join(diskDir, 'locked');
    const owner = new PgliteStore({ dataDir });
    await owner.init();
    try {
      const intruder = new PgliteStore({ dataDir });
      await expect(intruder.init()).rejects.toThrow(StoreUnavailableError);
      await expect(intruder.init()).rejects.toThrow(/already open in this process/);
    } finally {
      await owner.close();
    }
    // a lock left by a process that died (pid 2^22 + 1 is above Linux's pid_max default)
    writeFileSync(path.join(dataDir, 'pglite.lock'), String(4_194_305));
    const next = new PgliteStore({ dataDir });
    await next.init();
    await next.close();
    // a lock left by an earlier run that had this very pid (a container's pid 1 after a crash)
    writeFileSync(path.join(dataDir, 'pglite.lock'), String(process.pid));
    const again = new PgliteStore({ dataDir });
    await again.init();
    await again.close();
    expect(existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
  });
});
