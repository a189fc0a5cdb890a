/**
 * npm run load — the load and fault run, the bot against a bare Bolt app (bench/bare-bolt.js: no store,
 * no reviewer) under the same load in the same run, printed side by side and as ratios. 2,000 drafts across 20 watched channels, 50 requests in
 * flight, through the real HTTP receiver with signed requests, against a local Slack stand-in that
 * answers 5% of chat.postMessage with 429 + Retry-After and 2% with 500. Then a soak at a steady rate
 * (default 30 s; `--soak 300` for five minutes) with RSS sampled at its start and end.
 *
 * Acks are counted from the first request (nothing excluded). Peak RSS is the process's high-water mark
 * (VmHWM in /proc), start included. The bare app runs first, then the bot, each against a fresh stand-in.
 *
 * The bot runs as it does in production: its own process (node dist/main.js, HTTP mode, logs at info), PGlite
 * in a scratch DATA_DIR, or the Postgres server at DATABASE_URL when that is set. The load generator and
 * the stand-in share this process. Checks that every draft got exactly one review (a thread reply or a pass reaction,
 * counted per message ts) and reports ack p50/p99 and the bot's RSS (from its /metrics). Loopback only:
 * Slack's own network time comes on top.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { defaultChannelSettings } from '../src/coach';
import { createStore } from '../src/store';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { freePort } from '../test/ops/child';
import { SIGNING_SECRET } from '../test/slack/harness';
import { percentile, postSignedEvent } from './common';

const TEAM = 'T0LOAD0001';
const BOT_USER = 'U0LOADBOT1';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}
const DATABASE_URL = process.env.DATABASE_URL || undefined;
const DRAFTS_TOTAL = option('drafts', 2000);
const CHANNELS = option('channels', 20);
const IN_FLIGHT = option('in-flight', 50);
const SOAK_SECONDS = option('soak', 30);
/** Drafts per second during the soak: a busy team's day compressed, not a flood the 429s cannot drain. */
const SOAK_RATE = option('rate', 40);
/** Bare app and bot, this many times each, alternating (every run printed). */
const RUNS = option('runs', 1);
const ROOT = join(__dirname, '..');

const DRAFTS = [
  'BUY NOW!!! Only 3 left, 50% off ends TONIGHT. Order now at https://shop.example.com',
  'Thanks <@U0123ABCD> for the tip on sourdough hydration yesterday! What flour do you all use?',
  'We are proud to announce the launch of our revolutionary, best-in-class platform. Sign up today!',
  'Our spring menu is here. Which dish should we make first? Asking for the kitchen team.',
];

const channelId = (index: number) => `C0LOAD${String(index).padStart(4, '0')}`;

/** The Slack stand-in: Web API methods the channel flow calls, with 429s and 500s on chat.postMessage. */
class FlakySlack {
  /** Successful reviews per draft ts: thread replies and pass reactions. */
  readonly reviews = new Map<string, number>();
  readonly answered = { ok: 0, rateLimited: 0, serverError: 0 };
  private tsCounter = 0;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = Object.fromEntries(new URLSearchParams(raw)) as Record<string, string>;
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
    switch (method) {
      case 'auth.test':
        return this.reply(res, 200, { ok: true, team_id: TEAM, user_id: BOT_USER, bot_id: 'B0LOADBOT1' });
      case 'chat.postMessage': {
        const dice = Math.random();
        if (dice < 0.05) {
          this.answered.rateLimited += 1;
          return this.reply(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
        }
        if (dice < 0.07) {
          this.answered.serverError += 1;
          res.writeHead(500, { 'content-type': 'text/plain' });
          return void res.end('upstream error');
        }
        this.answered.ok += 1;
        this.count(body.thread_ts);
        this.tsCounter += 1;
        const ts = `1900000000.${String(this.tsCounter).padStart(6, '0')}`;
        return this.reply(res, 200, {
          ok: true,
          channel: body.channel,
          ts,
          message: { ts, text: body.text },
        });
      }
      case 'reactions.add':
        this.count(body.timestamp);
        return this.reply(res, 200, { ok: true });
      default:
        return this.reply(res, 200, { ok: true });
    }
  }

  private count(ts: string | undefined): void {
    if (ts) this.reviews.set(ts, (this.reviews.get(ts) ?? 0) + 1);
  }
}

let draftCounter = 0;
/** Event ids and message ts unique to this run, so a reused database's dedupe table cannot swallow them. */
const RUN = Math.floor(Date.now() / 1000) % 1_000_000;
function nextDraft(): { raw: string; ts: string } {
  draftCounter += 1;
  const ts = `${1_800_000_000 + RUN}.${String(draftCounter).padStart(6, '0')}`;
  const envelope = {
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: 'A0LOADAPP1',
    type: 'event_callback',
    event_id: `EvLOAD${RUN}x${draftCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'message',
      channel: channelId(draftCounter % CHANNELS),
      channel_type: 'channel',
      user: 'U0AUTHOR01',
      text: DRAFTS[draftCounter % DRAFTS.length],
      ts,
      event_ts: ts,
      team: TEAM,
    },
  };
  return { raw: JSON.stringify(envelope), ts };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory now and its high-water mark, from /proc (Linux). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** CPU time so far (clock ticks) of the machine (busy and all) and of a process's main thread, from /proc. */
function cpuTicks(pid: number): { busy: number; total: number; main: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { busy: total - idle, total, main: Number(after[11]) + Number(after[12]) };
}

/** The bot's own count of Slack retries (429 and 5xx), from /metrics. */
async function retries(baseUrl: string, reason: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = new RegExp(`^etiquette_slack_retries_total\\{reason="${reason}"\\} (\\d+)`, 'm');
  return Number(line.exec(text)?.[1] ?? 0);
}

/** Waits until every sent ts has a review (or the deadline passes); resolves with when the last arrived. */
async function settle(slack: FlakySlack, sent: string[], timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && sent.some((ts) => !slack.reviews.has(ts))) await sleep(20);
  const done = performance.now();
  await sleep(1500); // late duplicates, if any, would land now
  return done;
}

interface Target {
  name: 'bare Bolt app' | 'bot';
  script: string;
}

interface Result {
  acks: number[];
  /** Acks of the first IN_FLIGHT requests (sent together the moment the burst starts), ascending. */
  opening: number[];
  /** Acks of every later request, ascending. */
  rest: number[];
  ackSeconds: number;
  reviewedSeconds: number;
  peakRss: number;
  /** While the burst was being acked: how busy the machine's cores were, and how much of one core the main thread got. */
  burstCpu: { machine: number; mainThread: number };
  idleRss: number;
  exactlyOnce: number;
  missing: number;
  duplicated: number;
  total: number;
  answered: FlakySlack['answered'];
  retries429: number;
  retries5xx: number;
  soak: { sent: number; acks: number[]; rssStart: number; rssEnd: number } | null;
  exit: string;
}

async function runTarget(target: Target, soakSeconds: number): Promise<Result> {
  const slack = new FlakySlack();
  const apiUrl = await slack.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'etiquette-load-'));
  if (target.name === 'bot') {
    const store = await createStore({ DATA_DIR: dataDir, DATABASE_URL }, pino({ level: 'silent' }));
    for (let index = 0; index < CHANNELS; index += 1) {
      await store.saveChannelSettings({ ...defaultChannelSettings(TEAM, channelId(index)), watched: true });
    }
    await store.close();
  }
  const port = await freePort();
  // --cpu-prof DIR: the bot writes a V8 CPU profile there when it exits (open it in Chrome DevTools).
  const profileDir = process.argv[process.argv.indexOf('--cpu-prof') + 1];
  const profile =
    target.name === 'bot' && process.argv.includes('--cpu-prof') && profileDir
      ? ['--cpu-prof', '--cpu-prof-dir', profileDir]
      : [];
  const child = spawn(process.execPath, [...profile, target.script], {
    cwd: tmpdir(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: tmpdir(),
      NODE_OPTIONS: '',
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      ...(DATABASE_URL ? { DATABASE_URL } : {}),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(String(code ?? signal))),
  );
  const startDeadline = Date.now() + 60_000;
  while (!stdout.includes('"slack.started"')) {
    if (child.exitCode !== null || Date.now() > startDeadline)
      throw new Error(`${target.name} did not start:\n${stdout}`);
    await sleep(20);
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  await sleep(1000);
  const idleRss = memory(child.pid!).rss;

  // The burst: DRAFTS_TOTAL drafts, IN_FLIGHT at a time, acks timed from the very first request.
  const sent: string[] = [];
  const acks: number[] = [];
  /** Ack times in the order the requests were sent. */
  const inOrder: number[] = [];
  const cpuBefore = cpuTicks(child.pid!);
  const burstStarted = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (sent.length < DRAFTS_TOTAL) {
        const { raw, ts } = nextDraft();
        sent.push(ts);
        const index = inOrder.push(NaN) - 1;
        inOrder[index] = await postSignedEvent(baseUrl, raw);
        acks.push(inOrder[index]);
      }
    }),
  );
  const ackSeconds = (performance.now() - burstStarted) / 1000;
  const cpuAfter = cpuTicks(child.pid!);
  const cores = cpus().length;
  const elapsedTicks = (cpuAfter.total - cpuBefore.total) / cores;
  const burstCpu = {
    machine: (cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total),
    mainThread: (cpuAfter.main - cpuBefore.main) / elapsedTicks,
  };
  const reviewedAt = await settle(slack, sent, 180_000);
  const reviewedSeconds = (reviewedAt - burstStarted) / 1000;
  const peakRss = memory(child.pid!).peak;

  let soak: Result['soak'] = null;
  const soakSent: string[] = [];
  if (soakSeconds > 0) {
    const soakAcks: number[] = [];
    const rssStart = memory(child.pid!).rss;
    const soakEnds = Date.now() + soakSeconds * 1000;
    const inFlight = new Set<Promise<void>>();
    for (let due = Date.now(); Date.now() < soakEnds; due += 1000 / SOAK_RATE) {
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      const { raw, ts } = nextDraft();
      soakSent.push(ts);
      const request = postSignedEvent(baseUrl, raw).then((ms) => void soakAcks.push(ms));
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    await Promise.all(inFlight);
    await settle(slack, soakSent, 120_000);
    soak = {
      sent: soakSent.length,
      acks: soakAcks.sort((a, b) => a - b),
      rssStart,
      rssEnd: memory(child.pid!).rss,
    };
  }

  const all = [...sent, ...soakSent];
  const counts = all.map((ts) => slack.reviews.get(ts) ?? 0);
  const result: Result = {
    acks: acks.sort((a, b) => a - b),
    opening: inOrder.slice(0, IN_FLIGHT).sort((a, b) => a - b),
    rest: inOrder.slice(IN_FLIGHT).sort((a, b) => a - b),
    ackSeconds,
    reviewedSeconds,
    peakRss,
    burstCpu,
    idleRss,
    exactlyOnce: counts.filter((n) => n === 1).length,
    missing: counts.filter((n) => n === 0).length,
    duplicated: counts.filter((n) => n > 1).length,
    total: all.length,
    answered: slack.answered,
    retries429: target.name === 'bot' ? await retries(baseUrl, '429') : NaN,
    retries5xx: target.name === 'bot' ? await retries(baseUrl, '5xx') : NaN,
    soak,
    exit: '',
  };
  child.kill('SIGTERM');
  result.exit = await exited;
  await slack.close();
  rmSync(dataDir, { recursive: true, force: true });
  return result;
}

const ms = (value: number | undefined) => `${(value ?? NaN).toFixed(1)} ms`;
const ratio = (bot: number, bare: number) => `${(bot / bare).toFixed(2)}×`;

function report(target: Target, r: Result): void {
  console.log(
    `  ${target.name}: acked in ${r.ackSeconds.toFixed(1)} s, all reviewed after ${r.reviewedSeconds.toFixed(1)} s; ` +
      `ack p50 ${ms(percentile(r.acks, 50))}, p99 ${ms(percentile(r.acks, 99))}, max ${ms(r.acks.at(-1))}; ` +
      `RSS idle ${mb(r.idleRss)}, peak ${mb(r.peakRss)}; exactly one review: ${r.exactlyOnce} of ${r.total} ` +
      `(missing ${r.missing}, duplicated ${r.duplicated}); SIGTERM exit ${r.exit}`,
  );
  console.log(
    `    while acking the burst: machine ${(r.burstCpu.machine * 100).toFixed(0)}% busy, ` +
      `the process's main thread on a core ${(r.burstCpu.mainThread * 100).toFixed(0)}% of the time`,
  );
  console.log(
    `    the first ${r.opening.length} requests: ack p50 ${ms(percentile(r.opening, 50))}, max ${ms(r.opening.at(-1))}; ` +
      `the other ${r.rest.length}: p50 ${ms(percentile(r.rest, 50))}, p99 ${ms(percentile(r.rest, 99))}, max ${ms(r.rest.at(-1))}`,
  );
  console.log(
    `    chat.postMessage answers: ${r.answered.ok} ok, ${r.answered.rateLimited} × 429, ${r.answered.serverError} × 500` +
      (Number.isNaN(r.retries429)
        ? ''
        : `; retries in the bot's /metrics: ${r.retries429} × 429, ${r.retries5xx} × 5xx`),
  );
  if (r.soak) {
    console.log(
      `    soak: ${SOAK_SECONDS} s at ${SOAK_RATE} drafts/s (${r.soak.sent} drafts): ack p50 ${ms(percentile(r.soak.acks, 50))}, ` +
        `p99 ${ms(percentile(r.soak.acks, 99))}; RSS ${mb(r.soak.rssStart)} at its start, ${mb(r.soak.rssEnd)} at its end`,
    );
  }
}

async function main(): Promise<void> {
  const bare: Target = { name: 'bare Bolt app', script: join(ROOT, 'bench', 'bare-bolt.js') };
  const bot: Target = { name: 'bot', script: join(ROOT, 'dist', 'main.js') };
  const storeKind = DATABASE_URL ? 'Postgres server' : 'PGlite';
  console.log(
    `npm run load — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; each in its own process ` +
      `(HTTP mode; the bot with ${storeKind}), flaky Slack stand-in on 127.0.0.1 (5% 429, 2% 500)\n` +
      `burst: ${DRAFTS_TOTAL} drafts, ${CHANNELS} watched channels, ${IN_FLIGHT} in flight; acks from the first request\n`,
  );
  let failed = false;
  for (let run = 1; run <= RUNS; run += 1) {
    console.log(`run ${run}`);
    const b = await runTarget(bare, 0);
    report(bare, b);
    const r = await runTarget(bot, SOAK_SECONDS);
    report(bot, r);
    console.log(
      `  bot / bare: ack p50 ${ratio(percentile(r.acks, 50), percentile(b.acks, 50))}, ` +
        `p99 ${ratio(percentile(r.acks, 99), percentile(b.acks, 99))}, max ${ratio(r.acks.at(-1)!, b.acks.at(-1)!)}; ` +
        `all reviewed ${ratio(r.reviewedSeconds, b.reviewedSeconds)}; peak RSS ${ratio(r.peakRss, b.peakRss)}\n`,
    );
    if (r.missing > 0 || r.duplicated > 0 || b.missing > 0 || b.duplicated > 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
