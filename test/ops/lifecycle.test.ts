import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { defaultChannelSettings } from '../../src/coach';
import { createStore } from '../../src/store';
import { FakeSlack, IDS } from '../slack/fake-slack';
import { messageEvent, sendEvent, SALESY, SIGNING_SECRET, type Harness } from '../slack/harness';
import { freePort, startBot, type BotProcess } from './child';

/**
 * A door in front of the Slack stand-in: forwards everything, except that while `holding` it keeps
 * chat.postMessage waiting (the reply "in flight") until released, or forever.
 */
class HoldingProxy {
  holding = true;
  private readonly held: (() => void)[] = [];
  private arrivedWaiters: (() => void)[] = [];
  arrivals = 0;
  private readonly server: Server;
  constructor(private readonly target: FakeSlack) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }
  /** Resolves once a chat.postMessage is being held. */
  postArrived(): Promise<void> {
    if (this.arrivals > 0) return Promise.resolve();
    return new Promise((resolve) => this.arrivedWaiters.push(resolve));
  }
  release(): void {
    this.holding = false;
    for (const go of this.held.splice(0)) go();
  }
  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.holding && req.url?.endsWith('/chat.postMessage')) {
      this.arrivals += 1;
      for (const wake of this.arrivedWaiters.splice(0)) wake();
      await new Promise<void>((resolve) => this.held.push(resolve));
    }
    if (res.destroyed) return;
    const upstream = await fetch(`http://127.0.0.1:${this.target.port}${req.url}`, {
      method: req.method,
      headers: { 'content-type': String(req.headers['content-type'] ?? 'application/json') },
      body: Buffer.concat(chunks),
    });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  }
}

const silent = pino({ level: 'silent' });

async function watchInDataDir(dataDir: string): Promise<void> {
  const store = await createStore({ DATA_DIR: dataDir, DATABASE_URL: undefined }, silent);
  await store.saveChannelSettings({ ...defaultChannelSettings(IDS.team, IDS.drafts), watched: true });
  await store.close();
}

async function pendingIn(dataDir: string): Promise<number> {
  const store = await createStore({ DATA_DIR: dataDir, DATABASE_URL: undefined }, silent);
  try {
    return (await store.listPending(100)).length;
  } finally {
    await store.close();
  }
}

function botEnv(apiUrl: string, port: number, dataDir: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-lifecycle-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
  };
}

const started = (bot: BotProcess) => bot.waitForLog((line) => line.event === 'slack.started');
const harnessAt = (port: number) => ({ baseUrl: `http://127.0.0.1:${port}` }) as Harness;
const repliesTo = (fake: FakeSlack, ts: string) =>
  fake.successful('chat.postMessage').filter((call) => call.body.thread_ts === ts);

describe('start, stop and crash with a real process', () => {
  let fake: FakeSlack;
  let dataDir: string;
  const bots: BotProcess[] = [];
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'etiquette-ops-'));
  });
  afterEach(() => {
    for (const bot of bots.splice(0)) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await fake.close();
  });

  test('killed (SIGKILL) between ack and reply: the next start on the same DATA_DIR replies exactly once', async () => {
    await watchInDataDir(dataDir);
    const proxy = await new HoldingProxy(fake).start();
    const port = await freePort();
    try {
      const first = startBot(botEnv(proxy.apiUrl, port, dataDir));
      bots.push(first);
      await started(first);
      const ts = '1700000700.000100';
      const ack = await sendEvent(harnessAt(port), messageEvent({ text: SALESY, ts }));
      expect(ack.status).toBe(200);
      await proxy.postArrived(); // acked, reviewed, the reply is on its way to Slack…
      first.child.kill('SIGKILL'); // …and the process dies.
      expect(await first.exited).toBe('SIGKILL');
      expect(repliesTo(fake, ts)).toHaveLength(0);

      const second = startBot(botEnv(fake.apiUrl, port, dataDir));
      bots.push(second);
      await started(second);
      await fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === ts, 20_000);
      await second.waitForLog((line) => line.event === 'pending.redeliver');
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(repliesTo(fake, ts)).toHaveLength(1);
      expect(await pendingIn(dataDir)).toBe(0);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  test('SIGTERM with a review in flight: it is delivered, the database closed, exit 0 (well within 10 s)', async () => {
    await watchInDataDir(dataDir);
    const proxy = await new HoldingProxy(fake).start();
    const port = await freePort();
    try {
      const bot = startBot(botEnv(proxy.apiUrl, port, dataDir));
      bots.push(bot);
      await started(bot);
      const ts = '1700000701.000100';
      await sendEvent(harnessAt(port), messageEvent({ text: SALESY, ts }));
      await proxy.postArrived();
      bot.child.kill('SIGTERM');
      await bot.waitForLog((line) => line.event === 'slack.stopping');
      // The receiver is closed to new work while the review finishes.
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      proxy.release();
      expect(await bot.exited).toBe(0);
      const stopped = await bot.waitForLog((line) => line.event === 'slack.stopped');
      process.stdout.write(`SIGTERM with one review in flight: stopped in ${String(stopped.ms)} ms\n`);
      expect(repliesTo(fake, ts)).toHaveLength(1);
      expect(await pendingIn(dataDir)).toBe(0);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  test('restarted right after SIGTERM on the same DATA_DIR: the new process waits for the old one to close, says so once, starts', async () => {
    await watchInDataDir(dataDir);
    const proxy = await new HoldingProxy(fake).start();
    try {
      const firstPort = await freePort();
      const first = startBot(botEnv(proxy.apiUrl, firstPort, dataDir));
      bots.push(first);
      await started(first);
      const ts = '1700000702.000100';
      await sendEvent(harnessAt(firstPort), messageEvent({ text: SALESY, ts }));
      await proxy.postArrived(); // a review in flight keeps the old process (and its lock) alive while it stops

      // The supervisor's restart: the new process is about to open the store when the old one gets SIGTERM.
      const second = startBot({ ...botEnv(fake.apiUrl, await freePort(), dataDir), LOG_LEVEL: 'debug' });
      bots.push(second);
      await second.waitForLog((line) => line.msg === 'store selected', 60_000);
      first.child.kill('SIGTERM');
      const waiting = await second.waitForLog((line) => line.event === 'store.lock_wait');
      expect(waiting.owner).toBe(first.child.pid);
      expect(first.child.exitCode).toBeNull(); // the old owner is alive and stopping

      proxy.release();
      expect(await first.exited).toBe(0);
      await started(second);
      const lines = second
        .stdout()
        .split('\n')
        .filter((line) => line.includes('"store.lock_wait"'));
      expect(lines).toHaveLength(1);
      expect(repliesTo(fake, ts)).toHaveLength(1);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      await proxy.close();
    }
  }, 120_000);

  test('Postgres at DATABASE_URL down at start: one line naming DATABASE_URL, password hidden, exit 1', async () => {
    const port = await freePort();
    const dead = await freePort();
    const bot = startBot({
      ...botEnv(fake.apiUrl, port, dataDir),
      DATABASE_URL: `postgres://etiquette:hunter2-secret@127.0.0.1:${dead}/etiquette`,
    });
    bots.push(bot);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('DATABASE_URL=postgres://etiquette:***@127.0.0.1');
    expect(bot.stderr()).not.toContain('hunter2-secret');
    expect(bot.stdout()).not.toContain('hunter2-secret');
    expect(bot.stderr().trim().split('\n')).toHaveLength(1);
  }, 30_000);

  test('a DATA_DIR locked by another live process: one line naming DATA_DIR, exit 1', async () => {
    mkdirSync(join(dataDir, 'pglite'), { recursive: true });
    writeFileSync(join(dataDir, 'pglite.lock'), String(process.pid)); // this jest worker is alive
    const bot = startBot(botEnv(fake.apiUrl, await freePort(), dataDir));
    bots.push(bot);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain(`DATA_DIR=${dataDir}`);
    expect(bot.stderr()).toContain(`in use by process ${process.pid}`);
    expect(bot.stderr().trim().split('\n')).toHaveLength(1);
  }, 30_000);

  test('Socket Mode: /healthz and /readyz answer on PORT (the Dockerfile HEALTHCHECK)', async () => {
    const port = await freePort();
    const bot = startBot({ ...botEnv(fake.apiUrl, port, dataDir), SLACK_APP_TOKEN: 'xapp-1-lifecycle-test' });
    bots.push(bot);
    await started(bot);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toMatchObject({ ok: true, database: 'up', slack: 'ok', store: 'pglite' });
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 60_000);
});
