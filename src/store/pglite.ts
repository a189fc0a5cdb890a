import { existsSync, mkdirSync } from 'node:fs';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import path from 'node:path';
import type { Logger } from '../logger';
import { isUpToDate, migrate, upToDateCheck } from './migrate';
import { createDataDir, hasDatabase, seedFile } from './pglite-first-start';
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
 * Postgres compiled to WebAssembly, in this process but on its own thread (src/store/pglite-worker.js),
 * so its queries never hold up the event loop that acks Slack. One process owns a data folder at a time:
 * a lock file (pglite.lock, src/store/pglite-lock.ts) stops a second process from opening it.
 */
interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: { message: string; code?: string };
}

/** A statement of a batch (see PgliteEngine.batch). */
export interface Statement {
  sql: string;
  params?: unknown[];
}

/** The database's thread: plain JavaScript next to this file (copied into dist by `npm run build`). */
const WORKER_FILE = path.join(__dirname, 'pglite-worker.js');

/** The compiled first-start module the database's thread can load (dist/ only: the thread runs plain JavaScript). */
function firstStartModule(): string | null {
  const file = path.join(__dirname, 'pglite-first-start.js');
  return __filename.endsWith('.js') && existsSync(file) ? file : null;
}

export class PgliteEngine implements SqlEngine {
  readonly kind = 'pglite' as const;
  readonly describe: string;
  private worker: Worker | null = null;
  private readonly waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  private nextId = 1;
  private readonly lockFile: string | null;
  private readonly pgdata: string | null;

  constructor(private readonly options: PgliteOptions = {}) {
    const dir = options.dataDir ? path.resolve(options.dataDir) : null;
    this.pgdata = dir ? path.join(dir, 'pglite') : null;
    this.lockFile = dir ? path.join(dir, 'pglite.lock') : null;
    this.describe = dir ? `embedded database in ${dir}` : 'in-memory embedded database';
  }

  /**
   * Opens the data folder (taking its lock) and starts the database's thread. `thenRun` are statements
   * run as soon as the database is open, in the same trip to its thread; their results are returned
   * (none when the engine was already open).
   */
  async open(thenRun: Statement[] = []): Promise<QueryResult<unknown>[]> {
    if (this.worker) return [];
    try {
      if (this.pgdata && this.lockFile) {
        mkdirSync(path.dirname(this.pgdata), { recursive: true });
        await takeLock(this.lockFile, this.options.logger);
      }
      const create = this.pgdata !== null && !hasDatabase(this.pgdata);
      const started = Date.now();
      // Compiled, the database's thread makes the folder itself (writing ~40 MB of files), while this
      // thread goes on loading the rest of the bot; from src/ (tsx, jest) it is made here first.
      const createInThread = create && firstStartModule() !== null;
      let how: 'seed' | 'initdb' | null = null;
      if (create && !createInThread) how = await createDataDir(this.pgdata as string);
      this.startWorker();
      const opened = await this.call<{ how: 'seed' | 'initdb' | null; results: QueryResult<unknown>[] }>({
        op: 'open',
        create: createInThread ? { module: firstStartModule(), seed: seedFile() } : null,
        then: thenRun.map((statement) => ({ sql: statement.sql, params: statement.params ?? [] })),
      });
      how ??= opened?.how ?? null;
      if (how) {
        this.options.logger?.info(
          { event: 'store.created', how, ms: Date.now() - started },
          how === 'seed'
            ? 'new embedded database unpacked'
            : 'new embedded database created (initdb in a child process)',
        );
      }
      return opened?.results ?? [];
    } catch (error) {
      await this.stopWorker();
      if (this.lockFile && !(error instanceof StoreUnavailableError)) releaseLock(this.lockFile);
      if (error instanceof StoreUnavailableError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`cannot open the ${this.describe}: ${reason}`, { cause: error });
    }
  }

  private startWorker(): void {
    const worker = new Worker(WORKER_FILE, {
      workerData: {
        dataDir: this.pgdata,
        sharedBuffers: this.options.sharedBuffers ?? DEFAULT_SHARED_BUFFERS,
        seed: this.pgdata ? null : seedFile(),
      },
      // Loaders of the parent (tsx, jest) are not needed: the worker is plain JavaScript.
      execArgv: [],
      env: SHARE_ENV,
    });
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      this.settleRef();
      if (reply.ok) waiter.resolve(reply.result);
      else
        waiter.reject(
          Object.assign(new Error(reply.error?.message ?? 'query failed'), { code: reply.error?.code }),
        );
    });
    const fail = (error: Error) => {
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
      if (this.worker === worker) this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ${this.describe} stopped (thread exit ${code})`)));
    worker.unref();
    this.worker = worker;
  }

  /** The thread keeps the process alive only while it owes an answer (an idle open store does not). */
  private settleRef(): void {
    if (this.waiting.size > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error(`the ${this.describe} is closed`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.settleRef();
      worker.postMessage({ ...message, id });
    });
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
    return this.call<QueryResult<T>>({ op: 'query', sql, params });
  }

  /** Several statements in one trip to the database thread; in one transaction when `transaction`. */
  async batch(statements: Statement[], { transaction = false } = {}): Promise<QueryResult<unknown>[]> {
    return this.call<QueryResult<unknown>[]>({
      op: 'batch',
      statements: statements.map((s) => ({ sql: s.sql, params: s.params ?? [] })),
      transaction,
    });
  }

  /** PGlite is one connection: a session is the database itself (nothing else runs during migrations). */
  async withSession<T>(fn: (session: Session) => Promise<T>): Promise<T> {
    if (!this.worker) throw new Error(`the ${this.describe} is closed`);
    return fn({
      query: (sql, params) => this.query(sql, params),
      exec: async (sql) => {
        await this.call({ op: 'exec', sql });
      },
    });
  }

  /** The whole data folder as a gzipped tar (scripts/build-pglite-seed.js ships a migrated, empty one). */
  async dumpDataDir(): Promise<Uint8Array> {
    return this.call<Uint8Array>({ op: 'dump' });
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call({ op: 'close' });
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }

  async close(): Promise<void> {
    try {
      await this.stopWorker();
    } finally {
      if (this.lockFile) releaseLock(this.lockFile);
    }
  }
}

/** A Store on PGlite: `dataDir` for a data folder, nothing for memory. Call init() before use. */
export class PgliteStore extends SqlStore {
  declare readonly engine: PgliteEngine;

  constructor(options: PgliteOptions = {}) {
    super(new PgliteEngine(options));
  }

  /** Opens and checks the schema in one trip to the database's thread; migrates only when behind. */
  override async init(): Promise<void> {
    const check = await this.engine.open(upToDateCheck());
    this.appliedMigrations = isUpToDate(check) ? [] : await migrate(this.engine);
  }
}
