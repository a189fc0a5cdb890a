import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { createDataDir, hasDatabase } from './pglite-first-start';
import { releaseLock, takeLock } from './pglite-lock';
import { SqlStore } from './sql-store';
import { StoreUnavailableError, type QueryResult, type Session, type SqlEngine } from './sql';

export interface PgliteOptions {
  /** The data folder (DATA_DIR). Leave it out for a throwaway in-memory database (tests). */
  dataDir?: string;
  /** Says how a first start created the database, and when a start waits for a stopping owner. */
  logger?: Pick<Logger, 'info'>;
  /** Postgres' shared_buffers (default 16MB: PGlite's initdb writes 128MB, most of it resident). */
  sharedBuffers?: string;
}

/**
 * The bot's database is small (settings, a month of reviews): 16 MB of buffers hold all of it, and
 * every MB not reserved here is resident memory saved (restart idle RSS 311 MB → 166 MB, measured with
 * scripts/startup.ts's probe; see README "Storage").
 */
export const DEFAULT_SHARED_BUFFERS = '16MB';

/**
 * Postgres compiled to WebAssembly, in this process. One process owns a data folder at a time:
 * a lock file (pglite.lock, holding the pid) stops a second process from opening it.
 */
export class PgliteEngine implements SqlEngine {
  readonly kind = 'pglite' as const;
  readonly describe: string;
  private db: PGlite | null = null;
  private readonly lockFile: string | null;
  private readonly pgdata: string | null;

  constructor(private readonly options: PgliteOptions = {}) {
    const dir = options.dataDir ? path.resolve(options.dataDir) : null;
    this.pgdata = dir ? path.join(dir, 'pglite') : null;
    this.lockFile = dir ? path.join(dir, 'pglite.lock') : null;
    this.describe = dir ? `embedded database in ${dir}` : 'in-memory embedded database';
  }

  async open(): Promise<void> {
    if (this.db) return;
    try {
      if (this.pgdata && this.lockFile) {
        mkdirSync(path.dirname(this.pgdata), { recursive: true });
        await takeLock(this.lockFile, this.options.logger);
        if (!hasDatabase(this.pgdata)) {
          const started = Date.now();
          const how = await createDataDir(this.pgdata);
          this.options.logger?.info(
            { event: 'store.created', how, ms: Date.now() - started },
            how === 'seed'
              ? 'new embedded database unpacked'
              : 'new embedded database created (initdb in a child process)',
          );
        }
      }
      this.db = await PGlite.create(this.pgdata ?? undefined, {
        startParams: [
          ...PGlite.defaultStartParams,
          '-c',
          `shared_buffers=${this.options.sharedBuffers ?? DEFAULT_SHARED_BUFFERS}`,
        ],
      });
    } catch (error) {
      if (this.lockFile && !(error instanceof StoreUnavailableError)) releaseLock(this.lockFile);
      if (error instanceof StoreUnavailableError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`cannot open the ${this.describe}: ${reason}`, { cause: error });
    }
  }

  private get handle(): PGlite {
    if (!this.db || this.db.closed) throw new Error(`the ${this.describe} is closed`);
    return this.db;
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
    const result = await this.handle.query<T>(sql, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
  }

  /** PGlite is one connection: a session is the database itself (nothing else runs during migrations). */
  async withSession<T>(fn: (session: Session) => Promise<T>): Promise<T> {
    const handle = this.handle;
    return fn({
      query: (sql, params) => this.query(sql, params),
      exec: async (sql) => {
        await handle.exec(sql);
      },
    });
  }

  /** The whole data folder as a gzipped tar (scripts/build-pglite-seed.js ships a migrated, empty one). */
  async dumpDataDir(): Promise<Uint8Array> {
    const tarball = await this.handle.dumpDataDir('gzip');
    return new Uint8Array(await tarball.arrayBuffer());
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db && !db.closed) await db.close();
    if (this.lockFile) releaseLock(this.lockFile);
  }
}

/** A Store on PGlite: `dataDir` for a data folder, nothing for memory. Call init() before use. */
export class PgliteStore extends SqlStore {
  declare readonly engine: PgliteEngine;

  constructor(options: PgliteOptions = {}) {
    super(new PgliteEngine(options));
  }

  override async init(): Promise<void> {
    await this.engine.open();
    await super.init();
  }
}
