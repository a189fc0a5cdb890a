import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqlStore } from './sql-store';
import { StoreUnavailableError, type QueryResult, type Session, type SqlEngine } from './sql';

export interface PgliteOptions {
  /** The data folder (DATA_DIR). Leave it out for a throwaway in-memory database (tests). */
  dataDir?: string;
}

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
        mkdirSync(this.pgdata, { recursive: true });
        takeLock(this.lockFile);
      }
      this.db = await PGlite.create(this.pgdata ?? undefined);
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

  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db && !db.closed) await db.close();
    if (this.lockFile) releaseLock(this.lockFile);
  }
}

/** Lock files this process holds (a pid alone cannot tell "open here" from a dead process that had our pid). */
const held = new Set<string>();

function takeLock(file: string): void {
  if (held.has(file)) {
    throw new StoreUnavailableError(`the data folder ${path.dirname(file)} is already open in this process`);
  }
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    held.add(file);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const owner = Number(readFileSync(file, 'utf8').trim());
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new StoreUnavailableError(
      `the data folder ${path.dirname(file)} is in use by process ${owner}; ` +
        'PGlite serves one process: give each instance its own DATA_DIR, or set DATABASE_URL to share a Postgres server',
    );
  }
  // A stale lock: its process died without closing (or had our pid in an earlier container run).
  writeFileSync(file, String(process.pid));
  held.add(file);
}

function releaseLock(file: string): void {
  if (!held.delete(file)) return;
  rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
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
