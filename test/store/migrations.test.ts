import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadMigrations, migrationsDir } from '../../src/store/migrate';

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
