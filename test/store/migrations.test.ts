import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isUpToDate, loadMigrations, migrationsDir, upToDateCheck } from '../../src/store/migrate';

describe('migration files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'etiquette-migrations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the shipped migrations are numbered from 1 without gaps', () => {
    const versions = loadMigrations(migrationsDir()).map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  test('loaded in numeric order; bad names, duplicates and a missing folder are clear errors', () => {
    writeFileSync(path.join(dir, '010_later.sql'), 'SELECT 10;');
    writeFileSync(path.join(dir, '002_second.sql'), 'SELECT 2;');
    writeFileSync(path.join(dir, 'README.txt'), 'not a migration');
    expect(loadMigrations(dir).map((m) => `${m.version}:${m.name}`)).toEqual(['2:second', '10:later']);
    writeFileSync(path.join(dir, '02_again.sql'), 'SELECT 2;');
    expect(() => loadMigrations(dir)).toThrow(/two migrations share version 2/);
    writeFileSync(path.join(dir, 'add things.sql'), '');
    expect(() => loadMigrations(dir)).toThrow(/must be named NNN_description\.sql/);
    expect(() => loadMigrations(path.join(dir, 'nope'))).toThrow(
      /migrations folder not found .*npm run build/,
    );
  });
});

describe('the up-to-date check an embedded database runs as it opens', () => {
  const migrations = [
    { version: 1, name: 'first', sql: '' },
    { version: 2, name: 'second', sql: '' },
  ];
  /** What the engine answers for each statement of the check, the applied versions third. */
  const answers = (versions: number[]) =>
    upToDateCheck().map((statement) =>
      statement.sql.startsWith('SELECT version')
        ? { rows: versions.map((version) => ({ version })) }
        : { rows: [] },
    );

  test('takes and releases the migration lock around reading the ledger, in one batch', () => {
    const sql = upToDateCheck().map((statement) => statement.sql);
    expect(sql[0]).toMatch(/pg_advisory_lock/);
    expect(sql[sql.length - 1]).toMatch(/pg_advisory_unlock/);
  });

  test('up to date only when every migration is in the ledger; anything else goes to the full run', () => {
    expect(isUpToDate(answers([1, 2]), migrations)).toBe(true);
    expect(isUpToDate(answers([1]), migrations)).toBe(false);
    expect(isUpToDate(answers([]), migrations)).toBe(false);
    expect(isUpToDate([], migrations)).toBe(false);
  });
});
