/**
 * npm run startup — time from starting the process to a healthy GET /healthz, and resident memory once
 * idle, for a first start (empty DATA_DIR, or a fresh Postgres database) and a restart (same data), with
 * the embedded database and with the Postgres server; a bare Bolt app (bench/bare-bolt.js: no store, no
 * reviewer) is measured in the same run as the yardstick. The bot runs as `npm start` runs it
 * (node dist/main.js); a local stand-in answers Slack's auth.test. `--runs N` repeats every row (default 2)
 * and every run is printed. Postgres rows need DATABASE_URL (a server where CREATE DATABASE is allowed;
 * default postgres://postgres@127.0.0.1:5432/test), `--no-postgres` skips them.
 */
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { freePort } from '../test/ops/child';

const ROOT = join(__dirname, '..');
const IDLE_MS = 3_000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const RUNS = option('runs', 2);
const WITH_POSTGRES = !process.argv.includes('--no-postgres');
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, from /proc (Linux): what a container's memory limit counts. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
}
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
}

async function slackStandIn(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ ok: true, team_id: 'T0START001', user_id: 'U0STARTBOT', bot_id: 'B0START01' }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

interface Sample {
  healthyMs: number;
  idleMb: number;
  peakMb: number;
}

/** Starts `script`, polls /healthz every 10 ms, waits IDLE_MS, reads RSS, stops it with SIGTERM. */
async function measure(script: string, env: Record<string, string>): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: tmpdir(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmpdir(),
      NODE_OPTIONS: '',
      LOG_LEVEL: 'warn',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let healthyMs: number;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited before it was healthy: ${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      await response.arrayBuffer();
      if (response.status === 200) {
        healthyMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(10);
    if (performance.now() - started > 60_000) throw new Error(`${script} not healthy after 60 s: ${stderr}`);
  }
  await sleep(IDLE_MS);
  const sample = { healthyMs, idleMb: rssMb(child.pid!), peakMb: peakRssMb(child.pid!) };
  child.kill('SIGTERM');
  await exited;
  return sample;
}

const fmt = (s: Sample) =>
  `${(s.healthyMs / 1000).toFixed(2)} s to healthy, ${s.idleMb.toFixed(0)} MB idle RSS (peak ${s.peakMb.toFixed(0)} MB)`;

async function main(): Promise<void> {
  const slack = await slackStandIn();
  const base = {
    SLACK_BOT_TOKEN: 'xoxb-startup',
    SLACK_SIGNING_SECRET: 'startup-secret',
    SLACK_API_URL: slack.url,
  };
  const bot = join(ROOT, 'dist', 'main.js');
  const bare = join(ROOT, 'bench', 'bare-bolt.js');
  console.log(
    `npm run startup — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `${(totalmem() / 1024 ** 3).toFixed(1)} GB; idle RSS read ${IDLE_MS / 1000} s after healthy; ${RUNS} run(s) each\n`,
  );
  const rows: { name: string; samples: Sample[] }[] = [];
  const record = (name: string, sample: Sample) => {
    let row = rows.find((r) => r.name === name);
    if (!row) rows.push((row = { name, samples: [] }));
    row.samples.push(sample);
    console.log(`  ${name.padEnd(28)} ${fmt(sample)}`);
  };
  for (let run = 1; run <= RUNS; run += 1) {
    console.log(`run ${run}`);
    record('bare Bolt app', await measure(bare, base));
    const dataDir = mkdtempSync(join(tmpdir(), 'etiquette-startup-'));
    try {
      record('embedded, first start', await measure(bot, { ...base, DATA_DIR: dataDir }));
      record('embedded, restart', await measure(bot, { ...base, DATA_DIR: dataDir }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    if (WITH_POSTGRES) {
      const database = `etiquette_startup_${process.pid}_${run}`;
      const admin = new Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${database}`;
      try {
        const env = { ...base, DATABASE_URL: url.toString(), DATA_DIR: tmpdir() };
        record('Postgres, first start', await measure(bot, env));
        record('Postgres, restart', await measure(bot, env));
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${database}`);
        await admin.end();
      }
    }
  }
  slack.close();
  const bareRow = rows.find((r) => r.name === 'bare Bolt app')!;
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const bareMs = median(bareRow.samples.map((s) => s.healthyMs));
  const bareMb = median(bareRow.samples.map((s) => s.idleMb));
  console.log(`\nmedian of ${RUNS} run(s), and as a ratio to the bare Bolt app of the same runs:`);
  for (const row of rows) {
    const ms = median(row.samples.map((s) => s.healthyMs));
    const mbIdle = median(row.samples.map((s) => s.idleMb));
    console.log(
      `  ${row.name.padEnd(28)} ${(ms / 1000).toFixed(2)} s (${(ms / bareMs).toFixed(2)}×), ` +
        `${mbIdle.toFixed(0)} MB idle (${(mbIdle / bareMb).toFixed(2)}×)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
