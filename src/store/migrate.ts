import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Session, SqlEngine } from './sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any number unique to this app: every replica takes the same advisory lock around migrations. */
export const MIGRATION_LOCK_KEY = 7_240_511_305;

/**
 * The .sql files next to this module: src/store/migrations under tsx and jest, dist/store/migrations
 * after `npm run build` (scripts/copy-migrations.js copies them). Named NNN_description.sql.
 */
export function migrationsDir(): string {
  return path.join(__dirname, 'migrations');
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  if (!existsSync(dir)) {
    throw new Error(
      `migrations folder not found at ${dir} (run "npm run build", which copies them into dist)`,
    );
  }
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d+)_([\w-]+)\.sql$/.exec(file);
      if (!match) throw new Error(`migration file ${file} must be named NNN_description.sql`);
      return {
        version: Number(match[1]),
        name: match[2] ?? file,
        sql: readFileSync(path.join(dir, file), 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  if (migrations.length === 0) throw new Error(`no migrations in ${dir}`);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]?.version === migrations[i - 1]?.version) {
      throw new Error(`two migrations share version ${migrations[i]?.version} in ${dir}`);
    }
  }
  return migrations;
}

/**
 * The statements of a migration run, one set for both engines: the full run below sends them one at a
 * time on a session, and the embedded database's open sends the up-to-date check in one message.
 */
const LOCK_SQL = 'SELECT pg_advisory_lock($1)';
const UNLOCK_SQL = 'SELECT pg_advisory_unlock($1)';
const CREATE_LEDGER_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;
const APPLIED_VERSIONS_SQL = 'SELECT version FROM schema_migrations';

/** A statement an engine can run in a batch (one trip to the database, in order). */
export interface CheckStatement {
  sql: string;
  params: unknown[];
}

/**
 * Reads which migrations are applied, under the same advisory lock as a migration run, as statements that
 * can go to the database in one trip. Most starts find the schema up to date, and an embedded database
 * whose replies each wait for a busy event loop (the bot loading and warming up) answers one trip far
 * sooner than five. Read the results with `isUpToDate`; when it says no, `migrate` does the full run,
 * which takes the lock again and reads the applied versions afresh.
 */
export function upToDateCheck(): CheckStatement[] {
  return [
    { sql: LOCK_SQL, params: [MIGRATION_LOCK_KEY] },
    { sql: CREATE_LEDGER_SQL, params: [] },
    { sql: APPLIED_VERSIONS_SQL, params: [] },
    { sql: UNLOCK_SQL, params: [MIGRATION_LOCK_KEY] },
  ];
}

/** Where the applied versions are among the check's results. */
const APPLIED_VERSIONS_RESULT = 2;

/** True when the results of `upToDateCheck` list every migration as applied. */
export function isUpToDate(
  results: readonly { rows: unknown[] }[],
  migrations: readonly Migration[] = loadMigrations(),
): boolean {
  const versions = results[APPLIED_VERSIONS_RESULT]?.rows as { version: number }[] | undefined;
  if (!versions) return false;
  const applied = new Set(versions.map((row) => Number(row.version)));
  return migrations.every((migration) => applied.has(migration.version));
}

/**
 * Applies the migrations not yet recorded in schema_migrations, in order, each in its own transaction.
 * A session-level advisory lock serialises replicas starting at once: the second waits, then finds
 * nothing left to do. Returns the versions this call applied.
 */
export async function migrate(engine: SqlEngine, migrations = loadMigrations()): Promise<number[]> {
  return engine.withSession(async (session) => {
    await session.query(LOCK_SQL, [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(session, migrations);
    } finally {
      await session.query(UNLOCK_SQL, [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyPending(session: Session, migrations: Migration[]): Promise<number[]> {
  await session.exec(CREATE_LEDGER_SQL);
  const { rows } = await session.query<{ version: number }>(APPLIED_VERSIONS_SQL);
  const applied = new Set(rows.map((row) => Number(row.version)));
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    await session.exec('BEGIN');
    try {
      await session.exec(migration.sql);
      await session.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      await session.exec('COMMIT');
    } catch (error) {
      await session.exec('ROLLBACK');
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`migration ${migration.version}_${migration.name} failed: ${reason}`, { cause: error });
    }
    done.push(migration.version);
  }
  return done;
}
