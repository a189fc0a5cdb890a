import net from 'node:net';
import { Client } from 'pg';
import { PostgresStore } from '../../src/store/postgres';
import { ResilientStore } from '../../src/store/resilient';
import { channelSettings, review } from './contract';
import { memoryLogger, until } from './helpers';
import {
  PG_HOST,
  PG_PORT,
  createThrowawayDatabase,
  describePostgres,
  dropDatabase,
  urlFor,
} from './pg-helpers';

/** A TCP relay in front of the real server, so the test can pull the network out from under the pool. */
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(PG_PORT, PG_HOST);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

describePostgres('ResilientStore over a Postgres server that goes away', () => {
  let database = '';
  beforeAll(async () => {
    database = await createThrowawayDatabase();
  });
  afterAll(async () => {
    if (database) await dropDatabase(database);
  });

  test('the network drops: reviews go on, writes are queued, and flushed when it returns', async () => {
    const relay = new Relay();
    await relay.start();
    const { logger, lines } = memoryLogger();
    const inner = new PostgresStore({
      connectionString: `postgres://postgres@127.0.0.1:${relay.port}/${database}`,
      connectionTimeoutMillis: 300,
      logger,
    });
    const store = new ResilientStore(inner, { logger, readTimeoutMs: 500, retryBaseMs: 50, retryMaxMs: 200 });
    await store.init();
    const direct = new Client({ connectionString: urlFor(database) });
    await direct.connect();
    try {
      await store.saveChannelSettings(channelSettings('TNet', 'C1', { strictness: 'strict' }));
      expect(await store.claimEvent('EvNet1')).toBe(true);

      await relay.stop();
      // the bot keeps answering: settings from what it last knew, duplicates caught in process
      expect(await store.getChannelSettings('TNet', 'C1')).toMatchObject({ strictness: 'strict' });
      expect(await store.claimEvent('EvNet1')).toBe(false);
      expect(await store.claimEvent('EvNet2')).toBe(true);
      const id = await store.recordReview(review('TNet', { messageTs: '9.1' }));
      await store.setReplyTs(id, '9.2');
      expect(store.health()).toMatchObject({ kind: 'postgres', database: 'down' });
      expect(store.health().queueDepth).toBeGreaterThanOrEqual(3);

      await relay.start();
      await until(() => store.health().queueDepth === 0 && store.health().database === 'up', 15_000);
      const { rows } = await direct.query('SELECT id::text, reply_ts FROM reviews WHERE team_id = $1', [
        'TNet',
      ]);
      expect(rows).toEqual([{ id, reply_ts: '9.2' }]);
      const events = await direct.query('SELECT event_id FROM processed_events ORDER BY 1');
      expect(events.rows.map((row) => row.event_id)).toEqual(['EvNet1', 'EvNet2']);
      expect(lines.some((line) => line.msg === 'database reachable again: queued writes flushed')).toBe(true);
    } finally {
      await direct.end();
      await store.close();
      await relay.stop();
    }
  });
});
