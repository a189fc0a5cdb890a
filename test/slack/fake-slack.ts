import { EventEmitter } from 'node:events';
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';

/** Slack's own sample payloads and responses, vendored with their MIT licences (see its README.md). */
export const FIXTURES_DIR = process.env.SLACK_FIXTURES_DIR ?? join(__dirname, '../fixtures/slack-fixtures');

export function loadFixture<T = Record<string, unknown>>(relativePath: string): T {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, relativePath), 'utf8')) as T;
}

export const IDS = {
  team: 'T0TEAM0001',
  appId: 'A0APP00001',
  botUser: 'U0BOTUSER1',
  botId: 'B0BOTBOT01',
  author: 'U0AUTHOR01',
  colleague: 'U0COLLEAG1',
  drafts: 'C0DRAFTS01',
  other: 'C0OTHER001',
} as const;

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  status: number;
  /** What the stand-in answered (a posted message's ts, for instance). */
  answer?: unknown;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

type JsonObject = Record<string, unknown>;

/**
 * A local stand-in for Slack's Web API on 127.0.0.1: answers every method from the fixtures (filling in
 * the values the bot reads: ts, channel, bot ids), records each call with its parsed body, can fail the
 * next N calls of a method with 429 or 5xx, accepts response_url posts at /response/<id>, and serves a
 * Socket Mode WebSocket for apps.connections.open.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private readonly server: Server;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private readonly events = new EventEmitter();
  private readonly faults = new Map<string, Answer[]>();
  private readonly overrides = new Map<string, (body: JsonObject) => unknown>();
  private tsCounter = 0;
  private socketClients: WebSocket[] = [];
  port = 0;

  constructor() {
    this.events.setMaxListeners(100);
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      this.sockets.handleUpgrade(req, socket, head, (ws) => {
        this.socketClients.push(ws);
        ws.on('message', (data) => this.events.emit('socket-frame', JSON.parse(String(data)) as JsonObject));
        ws.send(
          JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: IDS.appId } }),
        );
      });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async close(): Promise<void> {
    // Let Socket Mode clients finish their close handshake (Bolt's stop() does not wait for it); a
    // terminated socket would leave the SDK's 30 s close-handshake timer running.
    await Promise.all(
      this.socketClients.map(
        (client) =>
          new Promise<void>((resolve) => {
            if (client.readyState === client.CLOSED) return resolve();
            const timer = setTimeout(resolve, 2000);
            client.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    for (const client of this.socketClients) client.terminate();
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` calls of `method` answer `status` (429 carries Retry-After). */
  failNext(method: string, count: number, status: 429 | 500 | 503, retryAfterSeconds = 1): void {
    const queue = this.faults.get(method) ?? [];
    for (let i = 0; i < count; i += 1) {
      queue.push({
        status,
        headers: status === 429 ? { 'retry-after': String(retryAfterSeconds) } : undefined,
        body: status === 429 ? { ok: false, error: 'ratelimited' } : 'upstream error',
      });
    }
    this.faults.set(method, queue);
  }

  /** Answers `method` with this body (built from the request) instead of the fixture. */
  answer(method: string, build: (body: JsonObject) => unknown): void {
    this.overrides.set(method, build);
  }

  /** Successful calls (HTTP 200), optionally of one method. response_url posts are method "response_url". */
  successful(method?: string): RecordedCall[] {
    return this.calls.filter(
      (call) => call.status === 200 && (method === undefined || call.method === method),
    );
  }

  /** Resolves once `count` successful calls of `method` matching `where` have been recorded. */
  waitFor(
    method: string,
    count = 1,
    where: (call: RecordedCall) => boolean = () => true,
    timeoutMs = 8000,
  ): Promise<RecordedCall[]> {
    const matching = () => this.successful(method).filter(where);
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = matching();
        if (found.length >= count) {
          cleanup();
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `timed out waiting for ${count} × ${method}; saw ${this.calls.map((c) => `${c.method}:${c.status}`).join(', ')}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('call', check);
      };
      this.events.on('call', check);
      check();
    });
  }

  /** Sends a Socket Mode envelope and resolves with the app's ack frame for it. */
  sendEnvelope(envelope: JsonObject, timeoutMs = 8000): Promise<JsonObject> {
    const client = this.socketClients.at(-1);
    if (!client) return Promise.reject(new Error('no Socket Mode connection'));
    return new Promise((resolve, reject) => {
      const onFrame = (frame: JsonObject) => {
        if (frame.envelope_id === envelope.envelope_id) {
          cleanup();
          resolve(frame);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error('no ack for envelope'));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('socket-frame', onFrame);
      };
      this.events.on('socket-frame', onFrame);
      client.send(JSON.stringify(envelope));
    });
  }

  waitForSocket(timeoutMs = 8000): Promise<void> {
    if (this.socketClients.length > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no Socket Mode connection')), timeoutMs);
      this.sockets.once('connection', () => {
        clearTimeout(timer);
        resolve();
      });
      this.server.once('upgrade', () => {
        clearTimeout(timer);
        setImmediate(resolve);
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = url.pathname.startsWith('/api/')
      ? url.pathname.slice('/api/'.length)
      : url.pathname.startsWith('/response/')
        ? 'response_url'
        : url.pathname;
    if (method === 'response_url') body.response_id = url.pathname.slice('/response/'.length);

    const fault = this.faults.get(method)?.shift();
    const answer: Answer = fault ?? { status: 200, body: this.answerFor(method, body) };
    this.calls.push({ method, body, status: answer.status, answer: answer.body });
    res.writeHead(answer.status, {
      'content-type': typeof answer.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
      ...answer.headers,
    });
    res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    this.events.emit('call');
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private answerFor(method: string, body: JsonObject): unknown {
    const override = this.overrides.get(method);
    if (override) return override(body);
    if (method === 'response_url') return { ok: true };
    const response = fixtureResponse(method);
    switch (method) {
      case 'auth.test':
        return { ...response, team_id: IDS.team, user_id: IDS.botUser, bot_id: IDS.botId };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'chat.postMessage': {
        const ts = this.nextTs();
        const message = {
          ...(response.message as JsonObject),
          text: body.text,
          ts,
          bot_id: IDS.botId,
          user: IDS.botUser,
        };
        return { ...response, channel: body.channel, ts, message };
      }
      case 'chat.update':
        return { ...response, channel: body.channel, ts: body.ts, text: body.text };
      case 'chat.delete':
        return { ...response, channel: body.channel, ts: body.ts };
      case 'conversations.info':
      case 'conversations.join':
        return { ...response, channel: { ...(response.channel as JsonObject), id: body.channel } };
      default:
        return response;
    }
  }
}

/** api-examples/ first (realistic, ok:true); otherwise api/ with ok:false turned into ok:true, as Slack's own mock server does. */
function fixtureResponse(method: string): JsonObject {
  const example = join(FIXTURES_DIR, 'api-examples', `${method}.json`);
  if (existsSync(example)) return JSON.parse(readFileSync(example, 'utf8')) as JsonObject;
  const sample = join(FIXTURES_DIR, 'api', `${method}.json`);
  if (existsSync(sample))
    return JSON.parse(readFileSync(sample, 'utf8').replace('"ok": false,', '"ok": true,')) as JsonObject;
  return { ok: true };
}

function parseBody(raw: string, contentType: string): JsonObject {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as JsonObject;
  const body: JsonObject = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return body;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
