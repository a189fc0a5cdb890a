/**
 * npm run load — issue 6's load and fault run. 2,000 drafts across 20 watched channels, 50 requests in
 * flight, through the real HTTP receiver with signed requests, against a local Slack stand-in that
 * answers 5% of chat.postMessage with 429 + Retry-After and 2% with 500. Then a soak at a steady rate
 * (default 30 s; `--soak 300` for five minutes) with RSS sampled at its start and end.
 *
 * The bot runs as it does in production: its own process (src/main.ts, HTTP mode, logs at info), PGlite
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
import { freePort, startBot } from '../test/ops/child';
import { SIGNING_SECRET } from '../test/slack/harness';
import { percentile, postSignedEvent } from './common';

const TEAM = 'T0LOAD0001';
const BOT_USER = 'U0LOADBOT1';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const DATABASE_URL = process.env.DATABASE_URL || undefined;
const DRAFTS_TOTAL = option('drafts', 2000);
const CHANNELS = option('channels', 20);
const IN_FLIGHT = option('in-flight', 50);
const SOAK_SECONDS = option('soak', 30);
/** Drafts per second during the soak: a busy team's day compressed, not a flood the 429s cannot drain. */
const SOAK_RATE = option('rate', 40);
/** The first requests after start meet a cold process; their acks are reported apart as well. */
const WARM_UP = 200;

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

/** The bot's resident memory, as its /metrics reports it. */
async function rss(baseUrl: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? NaN);
}

/** The bot's own count of Slack retries (429 and 5xx), from /metrics. */
async function retries(baseUrl: string, reason: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = new RegExp(`^etiquette_slack_retries_total\\{reason="${reason}"\\} (\\d+)`, 'm');
  return Number(line.exec(text)?.[1] ?? 0);
}

/** Waits until every sent ts has a review (or the deadline passes). */
async function settle(slack: FlakySlack, sent: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && sent.some((ts) => !slack.reviews.has(ts))) await sleep(100);
  await sleep(1500); // late duplicates, if any, would land now
}

async function main(): Promise<void> {
  const slack = new FlakySlack();
  const apiUrl = await slack.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'etiquette-load-'));
  const logger = pino({ level: 'silent' });
  const store = await createStore({ DATA_DIR: dataDir, DATABASE_URL }, logger);
  for (let index = 0; index < CHANNELS; index += 1) {
    await store.saveChannelSettings({ ...defaultChannelSettings(TEAM, channelId(index)), watched: true });
  }
  await store.close();
  const port = await freePort();
  const bot = startBot({
    SLACK_BOT_TOKEN: 'xoxb-load',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: String(port),
    DATA_DIR: dataDir,
    ...(DATABASE_URL ? { DATABASE_URL } : {}),
    LOG_LEVEL: 'info',
  });
  await bot.waitForLog((line) => line.event === 'slack.started', 60_000);
  const storeKind = DATABASE_URL ? 'Postgres server' : 'PGlite';
  const baseUrl = `http://127.0.0.1:${port}`;
  const rssAtStart = await rss(baseUrl);

  // Phase 1: the 2,000-draft burst, 50 in flight.
  const sent: string[] = [];
  const acks: number[] = [];
  /** Acks after the first WARM_UP requests: the slow ones of a cold start (JIT, database caches) excluded. */
  const acksWarm: number[] = [];
  const burstStarted = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (sent.length < DRAFTS_TOTAL) {
        const { raw, ts } = nextDraft();
        sent.push(ts);
        acks.push(await postSignedEvent(baseUrl, raw));
        if (acks.length > WARM_UP) acksWarm.push(acks.at(-1)!);
      }
    }),
  );
  const ackSeconds = (performance.now() - burstStarted) / 1000;
  await settle(slack, sent, 180_000);
  const burstSeconds = (performance.now() - burstStarted) / 1000;

  // Phase 2: the soak, at a steady rate with up to 50 in flight.
  const soakSent: string[] = [];
  const soakAcks: number[] = [];
  const rssSoakStart = await rss(baseUrl);
  let rssPeak = rssSoakStart;
  const soakEnds = Date.now() + SOAK_SECONDS * 1000;
  const inFlight = new Set<Promise<void>>();
  let nextSample = Date.now() + 10_000;
  for (let due = Date.now(); Date.now() < soakEnds; due += 1000 / SOAK_RATE) {
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    const { raw, ts } = nextDraft();
    soakSent.push(ts);
    const request = postSignedEvent(baseUrl, raw).then((ms) => void soakAcks.push(ms));
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
    if (Date.now() >= nextSample) {
      rssPeak = Math.max(rssPeak, await rss(baseUrl));
      nextSample = Date.now() + 10_000;
    }
  }
  await Promise.all(inFlight);
  await settle(slack, soakSent, 120_000);
  const rssSoakEnd = await rss(baseUrl);

  const all = [...sent, ...soakSent];
  const counts = all.map((ts) => slack.reviews.get(ts) ?? 0);
  const exactlyOnce = counts.filter((n) => n === 1).length;
  const missing = counts.filter((n) => n === 0).length;
  const duplicated = counts.filter((n) => n > 1).length;
  acks.sort((a, b) => a - b);
  acksWarm.sort((a, b) => a - b);
  soakAcks.sort((a, b) => a - b);

  console.log(
    `npm run load — Node ${process.version}, the bot in its own process (HTTP mode, ${storeKind}), flaky Slack stand-in on 127.0.0.1\n`,
  );
  console.log(
    `burst: ${DRAFTS_TOTAL} drafts, ${CHANNELS} watched channels, ${IN_FLIGHT} in flight: acked in ${ackSeconds.toFixed(1)} s, ` +
      `all reviews delivered after ${burstSeconds.toFixed(1)} s`,
  );
  console.log(
    `  ack p50 ${percentile(acks, 50).toFixed(1)} ms, p99 ${percentile(acks, 99).toFixed(1)} ms, max ${acks.at(-1)?.toFixed(1)} ms (goal p99 < 300 ms)`,
  );
  console.log(
    `  after the first ${WARM_UP} requests (a warm process): ack p50 ${percentile(acksWarm, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(acksWarm, 99).toFixed(1)} ms, max ${acksWarm.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `soak: ${SOAK_SECONDS} s at ${SOAK_RATE} drafts/s (${soakSent.length} drafts): ack p50 ${percentile(soakAcks, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(soakAcks, 99).toFixed(1)} ms`,
  );
  console.log(
    `chat.postMessage answers: ${slack.answered.ok} ok, ${slack.answered.rateLimited} × 429 (Retry-After 1 s), ${slack.answered.serverError} × 500; ` +
      `retries in the bot's /metrics: ${await retries(baseUrl, '429')} × 429, ${await retries(baseUrl, '5xx')} × 5xx`,
  );
  console.log(
    `exactly one review: ${exactlyOnce} of ${all.length} drafts (missing ${missing}, duplicated ${duplicated})`,
  );
  console.log(
    `RSS: ${mb(rssAtStart)} at start, ${mb(rssSoakStart)} at the start of the soak, ${mb(rssSoakEnd)} at its end (peak sampled ${mb(rssPeak)})`,
  );

  bot.child.kill('SIGTERM');
  const exit = await bot.exited;
  const stopped = await bot.waitForLog((line) => line.event === 'slack.stopped', 1000).catch(() => null);
  console.log(`SIGTERM: exit ${String(exit)}${stopped ? ` after ${String(stopped.ms)} ms` : ''}`);
  await slack.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (missing > 0 || duplicated > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
