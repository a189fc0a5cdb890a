import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACT_PATHS, type Logger } from '../../src/logger';

/** A request the fake server received: method, path, headers and the parsed JSON body. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    max_completion_tokens?: number;
    reasoning_effort?: string;
    [key: string]: unknown;
  };
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON body; or `raw` for anything else. */
  json?: unknown;
  raw?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer. */
  hang?: boolean;
}

export type Responder = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

/** A chat.completion whose message content is `content` (an object is serialised to JSON). */
export function completion(
  content: unknown,
  extra: { refusal?: string; finishReason?: string; model?: string } = {},
): Reply {
  return {
    json: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_764_000_000,
      model: extra.model ?? 'gpt-6-luna',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: extra.refusal ? null : typeof content === 'string' ? content : JSON.stringify(content),
            refusal: extra.refusal ?? null,
            annotations: [],
          },
          logprobs: null,
          finish_reason: extra.finishReason ?? 'stop',
        },
      ],
      usage: { prompt_tokens: 1200, completion_tokens: 180, total_tokens: 1380 },
    },
  };
}

export function errorReply(status: number, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers, json: { error: { message, type: 'test_error', param: null, code: null } } };
}

/** A local server that speaks enough of the Chat Completions API for the real `openai` client. */
export class FakeOpenAI {
  readonly requests: RecordedRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private server: http.Server;
  private constructor(private responder: Responder) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(responder: Responder): Promise<FakeOpenAI> {
    const fake = new FakeOpenAI(responder);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get baseURL(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1`;
  }

  respondWith(responder: Responder): void {
    this.responder = responder;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const request: RecordedRequest = {
      method: req.method,
      path: req.url,
      headers: req.headers,
      body: JSON.parse(text) as RecordedRequest['body'],
    };
    const index = this.requests.push(request) - 1;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const reply = await this.responder(request, index);
      if (reply.hang) return;
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (res.destroyed) return;
      const body = reply.raw ?? JSON.stringify(reply.json ?? {});
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(body);
    } finally {
      this.inFlight--;
    }
  }
}

/** A pino logger writing JSON lines into memory, with the app's redaction. */
export function memoryLogger(): {
  logger: Logger;
  lines: () => Array<Record<string, unknown>>;
  text: () => string;
} {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.push(chunk.toString('utf8'));
      callback();
    },
  });
  const logger = pino({ level: 'info', redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream);
  return {
    logger,
    text: () => out.join(''),
    lines: () =>
      out
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
