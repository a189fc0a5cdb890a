/**
 * The one seam between the repository SQL and the two engines (PGlite, a Postgres server through `pg`).
 * Repositories only ever call `query` with plain parameterised SQL; nothing else differs between engines.
 */

export interface QueryResult<T> {
  rows: T[];
  /** Rows inserted, updated or deleted (0 for a SELECT on PGlite). */
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

/** One connection held for a while: advisory locks and multi-statement migrations need the same session. */
export interface Session extends Queryable {
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
}

export interface SqlEngine extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages (never contains a password). */
  readonly describe: string;
  withSession<T>(fn: (session: Session) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Raised when the database cannot be opened or reached at start; the message is one line for a person. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
