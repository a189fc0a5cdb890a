import type { Config } from '../config';
import type { Logger } from '../logger';
import { PgliteStore } from './pglite';
import { PostgresStore, describeUrl } from './postgres';
import { ResilientStore, type ResilientOptions } from './resilient';

export type StoreConfig = Pick<Config, 'DATA_DIR' | 'DATABASE_URL' | 'REVIEW_RETENTION_DAYS'>;

/**
 * DATABASE_URL set: a Postgres server (shared by replicas); otherwise PGlite in DATA_DIR. Always wrapped in a
 * ResilientStore, so a database that goes away later slows nothing down. Call init(): it throws a
 * StoreUnavailableError (one line, no password) when the database cannot be opened or reached.
 */
export function createDatabaseStore(
  config: StoreConfig,
  logger: Logger,
  options: Partial<ResilientOptions> = {},
): ResilientStore {
  const inner = config.DATABASE_URL
    ? new PostgresStore({ connectionString: config.DATABASE_URL, logger })
    : new PgliteStore({ dataDir: config.DATA_DIR, logger });
  logger.debug(
    { store: inner.kind, where: config.DATABASE_URL ? describeUrl(config.DATABASE_URL) : config.DATA_DIR },
    'store selected',
  );
  return new ResilientStore(inner, { logger, retentionDays: config.REVIEW_RETENTION_DAYS, ...options });
}
