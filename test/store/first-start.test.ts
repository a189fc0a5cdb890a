import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadMigrations } from '../../src/store/migrate';
import { PgliteStore } from '../../src/store/pglite';
import { createDataDir, hasDatabase, seedFile } from '../../src/store/pglite-first-start';
import { markLocksStopping, releaseLock, takeLock } from '../../src/store/pglite-lock';
import { StoreUnavailableError } from '../../src/store/sql';

const scratch = mkdtempSync(path.join(tmpdir(), 'etiquette-first-start-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function versions(store: PgliteStore): Promise<number[]> {
  const { rows } = await store.engine.query<{ version: number }>(
    'SELECT version FROM schema_migrations ORDER BY version',
  );
  return rows.map((row) => Number(row.version));
}

describe('a first start on an empty DATA_DIR', () => {
  test('the shipped seed (built by npm run build) is unpacked, opened like a restart, and fully migrated', async () => {
    const seed = seedFile();
    expect(seed).not.toBeNull(); // npm ci builds it (prepare → build)
    const pgdata = path.join(scratch, 'seeded', 'pglite');
    expect(await createDataDir(pgdata, seed)).toBe('seed');
    expect(hasDatabase(pgdata)).toBe(true);
    expect(existsSync(`${pgdata}.new-${process.pid}`)).toBe(false);
    const store = new PgliteStore({ dataDir: path.join(scratch, 'seeded') });
    await store.init();
    try {
      expect(await versions(store)).toEqual(loadMigrations().map((m) => m.version));
      expect(await store.claimEvent('EvSeed')).toBe(true);
    } finally {
      await store.close();
    }
  });

  test('without a seed, initdb runs in a child process, and the store opens and migrates as before', async () => {
    const pgdata = path.join(scratch, 'initdb', 'pglite');
    expect(await createDataDir(pgdata, null)).toBe('initdb');
    const store = new PgliteStore({ dataDir: path.join(scratch, 'initdb') });
    await store.init();
    try {
      expect(store.appliedMigrations).toEqual(loadMigrations().map((m) => m.version));
    } finally {
      await store.close();
    }
  }, 60_000);

  test('a broken seed leaves no half-made database behind', async () => {
    const broken = path.join(scratch, 'broken.tar.gz');
    writeFileSync(broken, 'not a gzip file');
    const pgdata = path.join(scratch, 'broken', 'pglite');
    await expect(createDataDir(pgdata, broken)).rejects.toThrow();
    expect(existsSync(pgdata)).toBe(false);
    expect(existsSync(`${pgdata}.new-${process.pid}`)).toBe(false);
  });
});

describe('the data folder lock', () => {
  const lockIn = (name: string) => {
    const dir = path.join(scratch, name);
    mkdirSync(dir, { recursive: true });
    return path.join(dir, 'pglite.lock');
  };

  test('a live owner that is stopping is waited for (one log line), then the lock is ours', async () => {
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => owner.once('exit', resolve));
    const file = lockIn('stopping');
    writeFileSync(file, `${owner.pid}\nstopping\n`);
    const lines: unknown[] = [];
    const taking = takeLock(file, { info: (...args: unknown[]) => void lines.push(args) } as never);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual([
      expect.objectContaining({ event: 'store.lock_wait', owner: owner.pid }),
      expect.stringContaining('stopping'),
    ]);
    owner.kill('SIGTERM');
    await exited;
    await taking;
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(lines).toHaveLength(1);
    markLocksStopping();
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\nstopping\n`);
    releaseLock(file);
    expect(existsSync(file)).toBe(false);
  });

  test('a lock read while it is being written (no pid yet) is looked at again, not taken over', async () => {
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => owner.once('exit', resolve));
    const file = lockIn('half-written');
    writeFileSync(file, '');
    const lines: unknown[] = [];
    let taken = false;
    const taking = takeLock(file, { info: (...args: unknown[]) => void lines.push(args) } as never).then(
      () => {
        taken = true;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(taken).toBe(false);
    writeFileSync(file, `${owner.pid}\nstopping\n`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(taken).toBe(false);
    expect(lines).toEqual([
      [expect.objectContaining({ event: 'store.lock_wait', owner: owner.pid }), expect.any(String)],
    ]);
    owner.kill('SIGTERM');
    await exited;
    await taking;
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    releaseLock(file);
  });

  test('a lock left empty by a crash is taken over once the grace has passed', async () => {
    const file = lockIn('empty');
    writeFileSync(file, '');
    await takeLock(file, undefined, { markGraceMs: 100 });
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(readdirSync(path.dirname(file))).toEqual(['pglite.lock']); // no scratch file left beside it
    releaseLock(file);
  });

  test('a stopping owner that outlives the wait is reported, and a live owner that is not stopping is refused', async () => {
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      const file = lockIn('stuck');
      writeFileSync(file, `${owner.pid}\nstopping\n`);
      await expect(takeLock(file, undefined, { stoppingWaitMs: 200 })).rejects.toThrow(
        /still held by process \d+ after/,
      );
      writeFileSync(file, String(owner.pid));
      await expect(takeLock(file, undefined, { markGraceMs: 100 })).rejects.toThrow(StoreUnavailableError);
      await expect(takeLock(file, undefined, { markGraceMs: 100 })).rejects.toThrow(
        `in use by process ${owner.pid}`,
      );
    } finally {
      owner.kill('SIGKILL');
    }
  });
});
