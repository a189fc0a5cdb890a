import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { Store } from '../store/types';
import type { StoreHealth } from '../store/resilient';
import { registry, scrapeGauge } from './metrics';

export interface OpsState {
  store: Store;
  /** True once auth.test succeeded at start (the token works and Slack answered). */
  slackReady(): boolean;
  /** True once shutdown began: a load balancer should stop sending work here. */
  stopping?(): boolean;
}

const PING_TIMEOUT_MS = 1000;

function storeHealth(store: Store): StoreHealth | null {
  const withHealth = store as Store & { health?: () => StoreHealth };
  return typeof withHealth.health === 'function' ? withHealth.health() : null;
}

async function databaseReachable(store: Store): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness: the database answers a ping and Slack accepted the token. 503 otherwise, with the reason. */
export async function readiness(state: OpsState): Promise<{ status: number; body: Record<string, unknown> }> {
  const database = await databaseReachable(state.store);
  const slack = state.slackReady();
  const stopping = state.stopping?.() ?? false;
  const health = storeHealth(state.store);
  const ok = database && slack && !stopping;
  return {
    status: ok ? 200 : 503,
    body: {
      ok,
      database: database ? 'up' : 'down',
      store: state.store.kind,
      queuedWrites: health?.queueDepth ?? 0,
      slack: slack ? 'ok' : 'unchecked',
      ...(stopping ? { stopping: true } : {}),
    },
  };
}

/** Scrape-time gauges for this store and process (the latest app registered wins). */
export function registerGauges(store: Store): void {
  scrapeGauge('etiquette_store_queue_depth', 'Writes queued while the database is away.', () =>
    storeHealth(store) ? (storeHealth(store)?.queueDepth ?? 0) : 0,
  );
  scrapeGauge('etiquette_store_up', '1 when the database answered its last call, else 0.', () =>
    storeHealth(store)?.database === 'down' ? 0 : 1,
  );
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** GET /healthz, /readyz and /metrics; false for any other request (the caller answers it). */
export async function handleOps(
  state: OpsState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0];
  switch (path) {
    case '/healthz':
      send(res, 200, '{"ok":true}');
      return true;
    case '/readyz': {
      const { status, body } = await readiness(state);
      send(res, status, JSON.stringify(body));
      return true;
    }
    case '/metrics':
      send(res, 200, await registry.metrics(), registry.contentType);
      return true;
    default:
      return false;
  }
}

/** The same three routes for Bolt's HTTP receiver (no signature: these are not Slack requests). */
export function opsRoutes(state: OpsState): CustomRoute[] {
  return ['/healthz', '/readyz', '/metrics'].map((path) => ({
    path,
    method: ['GET'],
    handler: (req, res) => {
      void handleOps(state, req, res).catch(() => send(res, 500, '{"ok":false}'));
    },
  }));
}

/**
 * Socket Mode has no HTTP server of its own, but the container HEALTHCHECK and an orchestrator still
 * probe PORT: a tiny server answering only the ops routes.
 */
export async function startOpsServer(state: OpsState, port: number, host?: string): Promise<Server> {
  const server = createServer((req, res) => {
    handleOps(state, req, res).then(
      (handled) => {
        if (!handled) send(res, 404, '{"ok":false,"error":"not_found"}');
      },
      () => send(res, 500, '{"ok":false}'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
