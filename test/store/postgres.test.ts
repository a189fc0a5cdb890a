import { Client } from 'pg';
import { PostgresStore } from '../../src/store/postgres';
import { loadMigrations } from '../../src/store/migrate';
import { StoreUnavailableError } from '../../src/store/sql';
import { storeContract } from './contract';
import { createThrowawayDatabase, describePostgres, dropDatabase, urlFor } from './pg-helpers';

describePostgres('Postgres server', () => {
  let database = '';
  const created: PostgresStore[] = [];
  const open = (db = database) => {
    const store = new PostgresStore({ connectionString: urlFor(db) });
    created.push(store);
    return store;
  };

  beforeAll(async () => {
    database = await createThrowawayDatabase();
  });

  afterAll(async () => {
    await Promise.all(created.map((store) => store.close()));
    if (database) await dropDatabase(database);
  });

  storeContract('Postgres', { create: () => open() });

  describe('several replicas on one database', () => {
    test('two inits racing on a fresh database: each migration applied exactly once', async () => {
      const fresh = await createThrowawayDatabase();
      try {
        const replicas = [open(fresh), open(fresh), open(fresh)];
        await Promise.all(replicas.map((store) => store.init()));
        const applied = replicas.map((store) => store.appliedMigrations);
        expect(applied.filter((versions) => versions.length > 0)).toEqual([
          loadMigrations().map((m) => m.version),
        ]);
        const client = new Client({ connectionString: urlFor(fresh) });
        await client.connect();
        const { rows } = await client.query(
          'SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY 1 ORDER BY 1',
        );
        await client.end();
        expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, n: 1 })));
      } finally {
        await Promise.all(created.splice(-3).map((store) => store.close()));
        await dropDatabase(fresh);
      }
    });

    test('two stores claim the same events at once: exactly one true per event', async () => {
      const a = open();
      const b = open();
      await Promise.all([a.init(), b.init()]);
      const ids = Array.from({ length: 50 }, (_, i) => `EvRace${Date.now()}-${i}`);
      const results = await Promise.all(ids.map((id) => Promise.all([a.claimEvent(id), b.claimEvent(id)])));
      for (const pair of results) expect(pair.filter(Boolean)).toHaveLength(1);
      const wonByA = results.filter(([first]) => first).length;
      expect(wonByA + results.filter(([, second]) => second).length).toBe(ids.length);
    });

    test('settings saved by one replica are read by the other on the next call', async () => {
      const a = open();
      const b = open();
      await Promise.all([a.init(), b.init()]);
      await a.saveChannelSettings({
        teamId: 'TShared',
        channelId: 'C1',
        watched: true,
        replyMode: 'thread',
        strictness: 'strict',
        disabledRules: ['shouting'],
        rejectPhrases: [],
        acceptPhrases: [],
        digest: false,
        storeDraftText: false,
      });
      expect(await b.getChannelSettings('TShared', 'C1')).toMatchObject({ strictness: 'strict' });
      expect(await b.claimDigest('TShared', 'C1', '2026-11-23')).toBe(true);
      expect(await a.claimDigest('TShared', 'C1', '2026-11-23')).toBe(false);
    });
  });

  test('a server that is not there: init throws a clear error without the password', async () => {
    const store = new PostgresStore({
      connectionString: 'postgres://app:s3cret@127.0.0.1:1/etiquette',
      connectionTimeoutMillis: 1000,
    });
    created.push(store);
    const failure = store.init();
    await expect(failure).rejects.toThrow(StoreUnavailableError);
    await expect(failure).rejects.toThrow(
      /cannot reach Postgres at 127\.0\.0\.1:1\/etiquette: .*ECONNREFUSED/,
    );
    await expect(failure).rejects.not.toThrow(/s3cret/);
  });
});
