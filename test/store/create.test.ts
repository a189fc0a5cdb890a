import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabaseStore } from '../../src/store/create';
import { StoreUnavailableError } from '../../src/store/sql';
import { memoryLogger } from './helpers';

describe('createDatabaseStore', () => {
  test('DATABASE_URL set: Postgres; unreachable at start: init throws one clear line, no password', async () => {
    const { logger } = memoryLogger();
    const store = createDatabaseStore(
      {
        DATA_DIR: './unused',
        DATABASE_URL: 'postgres://bot:hunter2@127.0.0.1:1/etiquette',
        REVIEW_RETENTION_DAYS: 30,
      },
      logger,
    );
    expect(store.kind).toBe('postgres');
    const started = store.init();
    await expect(started).rejects.toThrow(StoreUnavailableError);
    await expect(started).rejects.toThrow(
      /^cannot reach Postgres at 127\.0\.0\.1:1\/etiquette: .+ \(check DATABASE_URL\)$/,
    );
    await expect(started).rejects.not.toThrow(/hunter2/);
    await store.close();
  });

  test('no DATABASE_URL: PGlite in DATA_DIR, wrapped, healthy', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'etiquette-create-'));
    const { logger } = memoryLogger();
    const store = createDatabaseStore(
      { DATA_DIR: dir, DATABASE_URL: undefined, REVIEW_RETENTION_DAYS: 30 },
      logger,
    );
    try {
      expect(store.kind).toBe('pglite');
      await store.init();
      await store.ping();
      expect(store.health()).toMatchObject({ kind: 'pglite', database: 'up', queueDepth: 0, dropped: 0 });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
