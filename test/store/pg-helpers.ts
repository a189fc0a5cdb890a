import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the Postgres half runs against (CI: .ci/run makes sure it is up). */
export const PG_HOST = process.env.PGHOST_TEST ?? '127.0.0.1';
export const PG_PORT = Number(process.env.PGPORT_TEST ?? 5432);
export const PG_USER = process.env.PGUSER_TEST ?? 'postgres';

export const urlFor = (database: string) => `postgres://${PG_USER}@${PG_HOST}:${PG_PORT}/${database}`;

/**
 * Jest defines tests synchronously, so reachability is checked synchronously, in a child process:
 * a real login to the maintenance database, not just an open port.
 */
export function postgresReachable(): boolean {
  const script = `
    const { Client } = require('pg');
    const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 2000 });
    client.connect().then(() => client.end()).then(() => process.exit(0), () => process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', script, urlFor('postgres')], {
    cwd: __dirname,
    timeout: 5000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return result.status === 0;
}

/** How the Postgres half behaves without a server: skipped (with a message) locally, failing in CI. */
export function describePostgres(name: string, body: () => void): void {
  if (postgresReachable()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      test('Postgres server is reachable', () => {
        throw new Error(`no Postgres server at ${PG_HOST}:${PG_PORT} (CI=true requires one)`);
      });
    });
    return;
  }
  console.warn(
    `[store tests] Postgres half SKIPPED: no server at ${PG_HOST}:${PG_PORT} as "${PG_USER}". ` +
      'Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  );
  describe.skip(name, body);
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database etiquette_test_<random> and returns its name. */
export async function createThrowawayDatabase(): Promise<string> {
  const name = `etiquette_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  if (!/^etiquette_(test|bench)_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
