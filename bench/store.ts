/**
 * npm run bench:store — how fast each engine records reviews, and how long it takes to start.
 *
 *   engines: PGlite in memory, PGlite on disk (a temp DATA_DIR), a Postgres server (BENCH_DATABASE_ADMIN_URL,
 *            default postgres://postgres@127.0.0.1:5432/postgres; a throwaway database is created and dropped)
 *   start-up: create + init (migrations) on a fresh database, and again on the existing one (a restart)
 *   writes:   recordReview one at a time (as one bot process does) and with 16 in flight
 *
 * Options: BENCH_REVIEWS (default 2000).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { PgliteStore } from '../src/store/pglite';
import { PostgresStore } from '../src/store/postgres';
import type { SqlStore } from '../src/store/sql-store';
import type { ReviewRecord } from '../src/store/types';

const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 2000);
const CONCURRENCY = 16;
const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Result {
  engine: string;
  freshStartMs: number;
  restartMs: number;
  sequentialPerSec: number;
  concurrentPerSec: number;
}

const sample = (i: number): ReviewRecord => ({
  id: randomUUID(),
  teamId: 'TBENCH',
  channelId: `C${i % 20}`,
  userId: `U${i % 50}`,
  source: 'channel',
  verdict: i % 3 ? 'revise' : 'pass',
  score: i % 101,
  rules: ['hard-call-to-action', 'urgency-scarcity'],
  categories: ['salesy'],
  reviewer: 'rules',
  promptVersion: null,
  draftText: i % 2 ? 'Only 3 left, order now at https://shop.example.com!' : null,
  messageTs: `${1_700_000_000 + i}.000100`,
  replyTs: null,
});

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function writes(store: SqlStore): Promise<{ sequentialPerSec: number; concurrentPerSec: number }> {
  for (let i = 0; i < 100; i++) await store.recordReview(sample(i)); // warm-up
  const sequentialMs = await timed(async () => {
    for (let i = 0; i < REVIEWS; i++) await store.recordReview(sample(i));
  });
  let next = 0;
  const concurrentMs = await timed(() =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REVIEWS) await store.recordReview(sample(next++));
      }),
    ),
  );
  return {
    sequentialPerSec: (REVIEWS / sequentialMs) * 1000,
    concurrentPerSec: (REVIEWS / concurrentMs) * 1000,
  };
}

async function bench(engine: string, make: () => SqlStore, restartable: boolean): Promise<Result> {
  let store = make();
  const freshStartMs = await timed(() => store.init());
  const rates = await writes(store);
  let restartMs = Number.NaN;
  if (restartable) {
    await store.close();
    store = make();
    restartMs = await timed(() => store.init());
  }
  await store.close();
  return { engine, freshStartMs, restartMs, ...rates };
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  const results: Result[] = [];
  console.error(`recording ${REVIEWS} reviews per engine, one at a time and ${CONCURRENCY} in flight…`);

  results.push(await bench('PGlite, in memory', () => new PgliteStore(), false));

  const dir = mkdtempSync(path.join(tmpdir(), 'etiquette-bench-'));
  try {
    results.push(await bench('PGlite, on disk (DATA_DIR)', () => new PgliteStore({ dataDir: dir }), true));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const database = `etiquette_bench_${randomBytes(6).toString('hex')}`;
  let postgres = true;
  try {
    await admin(`CREATE DATABASE ${database}`);
  } catch (error) {
    postgres = false;
    console.error(
      `Postgres skipped: ${error instanceof Error ? error.message : String(error)} (${new URL(ADMIN_URL).host})`,
    );
  }
  if (postgres) {
    try {
      const url = new URL(ADMIN_URL);
      url.pathname = `/${database}`;
      results.push(
        await bench('Postgres server', () => new PostgresStore({ connectionString: url.toString() }), true),
      );
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  }

  const reference = results.find((r) => r.engine === 'Postgres server') ?? results[0];
  const fmt = (n: number) => (Number.isNaN(n) ? '—' : Math.round(n).toLocaleString('en-US'));
  const ratio = (n: number, ref: number | undefined) => (ref ? `${(n / ref).toFixed(2)}×` : '');
  console.log(`\nNode ${process.version}, ${REVIEWS} reviews per run; ratios against ${reference?.engine}\n`);
  console.log(
    '| engine | reviews/s, one at a time | ratio | reviews/s, 16 in flight | ratio | first start (create + migrate) | restart (existing data) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.engine} | ${fmt(r.sequentialPerSec)} | ${ratio(r.sequentialPerSec, reference?.sequentialPerSec)} | ` +
        `${fmt(r.concurrentPerSec)} | ${ratio(r.concurrentPerSec, reference?.concurrentPerSec)} | ` +
        `${fmt(r.freshStartMs)} ms | ${Number.isNaN(r.restartMs) ? '—' : `${fmt(r.restartMs)} ms`} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
