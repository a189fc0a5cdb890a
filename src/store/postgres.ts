import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { Logger } from '../logger';
import { SqlStore } from './sql-store';
import { StoreUnavailableError, type QueryResult, type Session, type SqlEngine } from './sql';

export interface PostgresOptions {
  /** postgres://user:pass@host:5432/db */
  connectionString: string;
  /** Pool size per process (default 10). */
  max?: number;
  /** Gives up connecting after this long (default 5 s). */
  connectionTimeoutMillis?: number;
  /** Server-side limit per statement (default 15 s); migrations run without it. */
  statementTimeoutMillis?: number;
  logger?: Logger;
}

/** Host, port and database of a URL, without the user or password, for messages. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `Postgres at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'Postgres (unparseable DATABASE_URL)';
  }
}

export class PostgresEngine implements SqlEngine {
  readonly kind = 'postgres' as const;
  readonly describe: string;
  readonly pool: Pool;

  constructor(options: PostgresOptions) {
    this.describe = describeUrl(options.connectionString);
    const config: PoolConfig = {
      connectionString: options.connectionString,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
      idleTimeoutMillis: 30_000,
      statement_timeout: options.statementTimeoutMillis ?? 15_000,
      application_name: 'etiquette-coach',
    };
    this.pool = new Pool(config);
    // An idle client losing its server (restart, failover) must not crash the process: the next query
    // reconnects, and the ResilientStore covers the gap.
    this.pool.on('error', (error) => {
      options.logger?.warn({ err: error.message, db: this.describe }, 'idle Postgres connection lost');
    });
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<QueryResult<T>> {
    const result = await this.pool.query(sql, params);
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  }

  async withSession<T>(fn: (session: Session) => Promise<T>): Promise<T> {
    const client: PoolClient = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('SET statement_timeout = 0');
      return await fn({
        query: async <R>(sql: string, params: unknown[] = []) => {
          const result = await client.query(sql, params);
          return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
        },
        exec: async (sql) => {
          await client.query(sql);
        },
      });
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // A session that failed may hold a lock or a half transaction: destroy it rather than reuse it.
      if (broken) client.release(broken);
      else {
        await client.query('RESET statement_timeout').catch(() => undefined);
        client.release();
      }
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

/** A Store on a Postgres server, shared by every replica. Call init() before use. */
export class PostgresStore extends SqlStore {
  declare readonly engine: PostgresEngine;

  constructor(options: PostgresOptions) {
    super(new PostgresEngine(options));
  }

  override async init(): Promise<void> {
    try {
      await this.engine.query('SELECT 1');
    } catch (error) {
      const reason =
        error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code : String(error);
      throw new StoreUnavailableError(
        `cannot reach ${this.engine.describe}: ${reason} (check DATABASE_URL)`,
        {
          cause: error,
        },
      );
    }
    await super.init();
  }
}
