import type { Config } from '../config';
import { createLogger, type Logger } from '../logger';
import { createDatabaseStore } from './create';
import type { ResilientStore } from './resilient';

export type { Store } from './types';
export { MemoryStore } from './memory';
export { markLocksStopping } from './pglite-lock';

/**
 * The Store the app runs with: a Postgres server when DATABASE_URL is set, else PGlite (embedded) in DATA_DIR,
 * migrated, and wrapped in a ResilientStore (health(): database up/down, queued writes). Throws a
 * StoreUnavailableError, one line without secrets, when the database cannot be opened or reached.
 */
export async function createStore(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'> &
    Partial<Pick<Config, 'REVIEW_RETENTION_DAYS' | 'LOG_LEVEL'>>,
  logger: Logger = createLogger(config.LOG_LEVEL),
): Promise<ResilientStore> {
  const store = createDatabaseStore(
    {
      DATA_DIR: config.DATA_DIR,
      DATABASE_URL: config.DATABASE_URL,
      REVIEW_RETENTION_DAYS: config.REVIEW_RETENTION_DAYS ?? 30,
    },
    logger,
  );
  await store.init();
  return store;
}
