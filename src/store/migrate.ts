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
 * Applies the migrations not yet recorded in schema_migrations, in order, each in its own transaction.
 * A session-level advisory lock serialises replicas starting at once: the second waits, then finds
 * nothing left to do. Returns the versions this call applied.
 */
export async function migrate(engine: SqlEngine, migrations = loadMigrations()): Promise<number[]> {
  return engine.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await applyPending(session, migrations);
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyPending(session: Session, migrations: Migration[]): Promise<number[]> {
  await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await session.query<{ version: number }>('SELECT version FROM schema_migrations');
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
