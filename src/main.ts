import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import v8 from 'node:v8';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { missingCredentials } from './slack/credentials';
import { createStore, markLocksStopping, type Store } from './store';

/** Said once, in plain words, when Slack credentials are missing: what to set and where to start. */
export function missingCredentialsMessage(missing: readonly string[]): string {
  return [
    `Etiquette Coach cannot connect to Slack: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set.`,
    'Create the app in one paste from manifest.json (https://api.slack.com/apps > Create New App > From a manifest),',
    'then set SLACK_BOT_TOKEN (xoxb-…, OAuth & Permissions) and either SLACK_APP_TOKEN (xapp-…, Socket Mode, no public URL needed)',
    'or SLACK_SIGNING_SECRET (Basic Information, HTTP mode) in .env (see .env.example), and run npm start again.',
    'Just want to try the reviewer? npx etiquette-coach review "your draft" works without Slack.',
  ].join('\n');
}

/** The database named for a person: which variable, where, never the password. */
export function describeDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (!config.DATABASE_URL) return `DATA_DIR=${config.DATA_DIR}`;
  try {
    const url = new URL(config.DATABASE_URL);
    if (url.password) url.password = '***';
    return `DATABASE_URL=${url.toString()}`;
  } catch {
    return 'DATABASE_URL (unparseable)';
  }
}

/** Raised when the database cannot be opened at start: one line, the variable named, no password. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * The configured database, migrated. Unreachable at start is fatal (issue 6): a bot that silently ran
 * from memory would lose settings and pending reviews. Later outages are the ResilientStore's to ride out.
 */
async function openStore(config: Config, logger: Logger): Promise<Store> {
  try {
    return await createStore(config, logger);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const safeReason = config.DATABASE_URL ? reason.split(config.DATABASE_URL).join('DATABASE_URL') : reason;
    throw new StartupError(`cannot open the database (${describeDatabase(config)}): ${safeReason}`, {
      cause: error,
    });
  }
}

/**
 * The warm-up goes on at least this long after the process started, even when the database opened
 * sooner (a restart on a quiet machine opens it in ~0.5 s): time to healthy stays under 1.5 s there.
 */
const WARM_UP_AT_LEAST_UNTIL_MS = 1_100;

/** SIGTERM must end the process within this (Kubernetes' default grace period is 30 s; Docker's 10 s). */
const SHUTDOWN_DEADLINE_MS = 9_000;
/** In-flight reviews get this long; the database close and log flush take the rest. */
const DRAIN_MS = 6_000;

/**
 * The Slack layer, the reviewer and the LLM client: most of what `npm start` loads, required only once the
 * database has begun to open on its own thread, so the two overlap (on two cores, most of a restart's time).
 */
function loadBot() {
  return {
    ...(require('./coach/review-runner') as typeof import('./coach/review-runner')),
    ...(require('./slack/app') as typeof import('./slack/app')),
    ...(require('./slack/digest-scheduler') as typeof import('./slack/digest-scheduler')),
    ...(require('./observability/routes') as typeof import('./observability/routes')),
    ...(require('./review') as typeof import('./review')),
    ...(require('./slack/warm-up') as typeof import('./slack/warm-up')),
  };
}

async function run(config: Config): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  const opening = openStore(config, logger);
  opening.catch(() => undefined); // awaited below: a failure is reported there, not as an unhandled rejection
  // One turn of the event loop: the store has taken its lock and started its thread before the (synchronous) loading.
  await nextTurn();
  const {
    createApp,
    describeStartError,
    startApp,
    startDigestScheduler,
    startOpsServer,
    startReviewRunner,
    warmUpSlackPath,
  } = loadBot();
  // Reviews move to their own thread once the bot is listening (until then, and if it fails, here).
  const reviews = startReviewRunner(logger);
  // While the database's thread opens it, this thread runs the Slack path and the reviewer on a throwaway
  // app, so the first real events do not pay for cold code in the thread that acks them.
  const warming = warmUpSlackPath(logger, {
    until: opening,
    notBeforeMs: WARM_UP_AT_LEAST_UNTIL_MS,
  });
  const store = await opening;
  const storeOpenedAt = Math.round(performance.now());
  const warmed = await warming;
  logger.debug(
    { event: 'slack.warmed_up', ...warmed, storeOpenedAt, warmedAt: Math.round(performance.now()) },
    'Slack path warmed up',
  );
  // The LLM reviewer (and its SDK) only when a key is set: rules-only starts do not load it.
  const refiner = config.OPENAI_API_KEY
    ? (require('./review/llm') as typeof import('./review/llm')).createLlmRefiner(config, logger)
    : null;
  const bot = createApp({ config, store, logger, refiner, reviews });
  const { app, mode } = bot;
  let opsServer: Server | undefined;
  try {
    await startApp(bot, config.PORT);
    // Socket Mode has no HTTP server: /healthz, /readyz and /metrics still answer on PORT (HEALTHCHECK).
    if (mode === 'socket') opsServer = await startOpsServer(bot.ops, config.PORT);
    reviews.start();
  } catch (error) {
    await app.stop().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw new Error(describeStartError(error, config.SLACK_API_URL), { cause: error });
  }
  logger.info(
    { event: 'slack.started', mode, port: config.PORT, store: store.kind },
    mode === 'socket'
      ? `Etiquette Coach is connected (Socket Mode); health on :${config.PORT}`
      : `Etiquette Coach is listening on :${config.PORT}`,
  );
  // Reviews an earlier process acked and never answered (killed between ack and reply).
  void bot.redeliverPending().catch((error: unknown) => {
    logger.error({ event: 'pending.error', err: error }, 'could not re-deliver pending reviews');
  });
  // Weekly digests (issue 5): every replica ticks; store.claimDigest lets exactly one of them post.
  const digest = startDigestScheduler(app.client, store, config, logger);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    bot.ops.markStopping();
    // A process started on the same DATA_DIR now (a supervisor restarting at once) waits for our close.
    markLocksStopping();
    logger.info({ event: 'slack.stopping', signal, inFlight: bot.work.inFlight }, 'stopping');
    const forceExit = setTimeout(() => {
      logger.error({ event: 'slack.stop_timeout' }, 'shutdown took too long: exiting');
      logger.flush();
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    forceExit.unref();
    let code = 0;
    try {
      // 1. No new events: the receiver (HTTP server or WebSocket) closes; Slack retries elsewhere.
      await app
        .stop()
        .catch((error: unknown) => logger.warn({ err: error }, 'receiver did not stop cleanly'));
      // 2. Reviews already acked finish (their pending rows are deleted as they are answered).
      const left = await bot.work.drain(DRAIN_MS);
      if (left > 0)
        logger.warn({ event: 'slack.stop_unfinished', left }, 'reviews left pending for the next start');
      // 3. Queued writes flushed (bounded), then the database closed (after a digest tick under way).
      await reviews.close();
      await digest.stop();
      await store.close();
      if (opsServer) await closeServer(opsServer);
    } catch (error) {
      code = 1;
      logger.error({ err: error }, 'error while stopping');
    } finally {
      logger.info({ event: 'slack.stopped', ms: Date.now() - started }, 'stopped');
      logger.flush();
      clearTimeout(forceExit);
      // Exit now: keep-alive sockets and SDK timers must not hold the process past the deadline.
      process.exit(code);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent. V8 picks up to 4×
 * by itself, so a burst of events left the main thread's heap at ~260 MB with ~90 MB alive, and the
 * process's peak RSS at 460–500 MB; at 1.4× it peaked at 384 MB (`npm run load`). Read by V8 whenever it
 * sets the next limit, so setting it once the process runs takes effect (most V8 flags would not).
 */
const HEAP_GROWING_PERCENT = 40;

/**
 * The embedded database's WebAssembly compiled by V8's baseline compiler only (Liftoff), never
 * re-optimised by TurboFan: PGlite's open takes about half the CPU (0.80 s → 0.42 s user), CPU the bot's
 * own loading and warm-up compete for on two cores, and the process stays 25–45 MB smaller at idle.
 * The cost: its queries run 1.0–1.4× as long (each under 10 ms; they run on the database's thread,
 * not the one that acks). Set before the database's thread compiles anything: V8 reads it at compile time.
 */
const WASM_BASELINE_ONLY = '--liftoff-only';

export async function main(): Promise<number> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(WASM_BASELINE_ONLY);
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Etiquette Coach: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const missing = missingCredentials(config);
  if (missing.length > 0) {
    process.stderr.write(`${missingCredentialsMessage(missing)}\n`);
    return 1;
  }
  await run(config);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(
        `Etiquette Coach failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
