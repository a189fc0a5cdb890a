import type { Server } from 'node:http';
import type { ListenOptions } from 'node:net';
import { App, webApi } from '@slack/bolt';
import { Coach } from '../coach';
import type { ReviewRunner } from '../coach/review-runner';
import type { Logger } from '../logger';
import { countingFetch, countingRefiner } from '../observability/instrument';
import { opsRoutes, registerGauges, type OpsState } from '../observability/routes';
import type { Refiner } from '../review/refiner';
import type { Store } from '../store/types';
import { boltLogger } from './bolt-logger';
import type { SlackDeps } from './deps';
import { registerListeners } from './listeners';
import { reviewChannelMessage } from './thread-replies';
import { dedupeEvents } from './middleware/dedupe-events';
import { missingCredentials, type SlackConfig } from './credentials';
import { botTokenFor, isOAuthConfigured, oauthAppOptions } from './oauth';
import { PendingWork, setAdmissionSlot } from './pending-work';
import { channelPacedFetch } from './rate-limits';
import { sendPrivateReview } from './private-review';
import {
  createResponseUrlPoster,
  DEFAULT_RETRY_POLICY,
  webClientRetryConfig,
  type SlackRetryPolicy,
} from './respond';

export { missingCredentials, type SlackConfig } from './credentials';

export interface CreateAppOptions {
  config: SlackConfig;
  store: Store;
  logger: Logger;
  refiner?: Refiner | null;
  /** 429/5xx retries for the Web API client and response_url posts (tests keep these short). */
  retryPolicy?: SlackRetryPolicy;
  /** The Web API client's fetch (the start's warm-up answers Slack in the process); the global fetch by default. */
  slackFetch?: typeof fetch;
  /** Where reviews run (a worker thread in `npm start`); the calling thread by default. */
  reviews?: ReviewRunner;
}

export interface EtiquetteApp {
  app: App;
  coach: Coach;
  mode: 'socket' | 'http';
  /** What /healthz, /readyz and /metrics read (issue 6). */
  ops: OpsState & { markSlackReady(): void; markStopping(): void };
  /** Reviews between ack and reply (issue 6): drained on SIGTERM, re-delivered at the next start. */
  work: PendingWork;
  /** Answers what an earlier process acked and never answered; resolves with how many there were. */
  redeliverPending(): Promise<number>;
}

/** The state behind /readyz: set by startApp once auth.test passed, and by main when shutdown begins. */
function createOpsState(store: Store): EtiquetteApp['ops'] {
  let slackReady = false;
  let stopping = false;
  return {
    store,
    slackReady: () => slackReady,
    stopping: () => stopping,
    markSlackReady: () => {
      slackReady = true;
    },
    markStopping: () => {
      stopping = true;
    },
  };
}

/**
 * Builds the Bolt app: Socket Mode when SLACK_APP_TOKEN is set (no public URL needed), otherwise HTTP on
 * PORT with events at POST /slack/events and GET /healthz, /readyz, /metrics. SLACK_API_URL points the Web API client
 * elsewhere (GovSlack, tests). Bolt calls auth.test as soon as the app is built.
 */
export function createApp({
  config,
  store,
  logger,
  refiner = null,
  retryPolicy = DEFAULT_RETRY_POLICY,
  slackFetch = globalThis.fetch,
  reviews,
}: CreateAppOptions): EtiquetteApp {
  const missing = missingCredentials(config);
  if (missing.length > 0) throw new Error(`missing Slack credentials: ${missing.join(', ')}`);
  const coach = new Coach({
    store,
    logger: logger.child({ component: 'coach' }),
    refiner: refiner && countingRefiner(refiner),
    ...(reviews ? { reviews } : {}),
  });
  const ops = createOpsState(store);
  registerGauges(store);
  const slackLogger = logger.child({ component: 'slack' });
  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: webClientRetryConfig(retryPolicy),
    // A 429 holds back only calls to the same method and channel (src/slack/rate-limits.ts), not the
    // client's whole queue; every attempt is counted in /metrics (429s and 5xx included).
    fetch: channelPacedFetch(retryPolicy, countingFetch(slackFetch)),
    rejectRateLimitedCalls: true,
  };
  const common = {
    ...(isOAuthConfigured(config)
      ? oauthAppOptions(config, store, slackLogger)
      : { token: config.SLACK_BOT_TOKEN }),
    // auth.test runs in startApp(), where a bad token or an unreachable Slack becomes one clear error
    // instead of a rejected promise in the background.
    deferInitialization: true,
    logger: boltLogger(logger),
    clientOptions,
  };
  const mode = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  const app =
    mode === 'socket'
      ? new App({
          ...common,
          socketMode: true,
          appToken: config.SLACK_APP_TOKEN,
          signingSecret: config.SLACK_SIGNING_SECRET,
        })
      : new App({
          ...common,
          signingSecret: config.SLACK_SIGNING_SECRET,
          port: config.PORT,
          endpoints: '/slack/events',
          customRoutes: opsRoutes(ops),
        });
  const deps: SlackDeps = {
    coach,
    logger: slackLogger,
    postToResponseUrl: createResponseUrlPoster(retryPolicy, slackLogger),
    work: new PendingWork(store, slackLogger),
  };
  // Events are acked before any middleware runs; their handling is admitted REVIEW_CONCURRENCY at a time.
  app.use(async ({ body, context, next }) => {
    if ((body as { type?: unknown }).type === 'event_callback') {
      await deps.work.admit(async (slot) => {
        setAdmissionSlot(context, slot);
        await next();
      });
    } else await next();
  });
  app.use(dedupeEvents(coach, slackLogger));
  registerListeners(app, deps);
  app.error(async (error) => {
    slackLogger.error({ event: 'slack.unhandled', err: error }, 'unhandled error in a listener');
  });
  // In OAuth mode app.client has no token: a left-over review is answered with its own team's token.
  const clientFor = async (client: webApi.WebClient, teamId: string): Promise<webApi.WebClient> => {
    if (!isOAuthConfigured(config)) return client;
    const token = await botTokenFor(store, teamId);
    if (!token) throw new Error(`no installation for team ${teamId}`);
    return new webApi.WebClient(token, clientOptions);
  };
  const redeliverPending = () =>
    deps.work.redeliver(app.client, {
      channel: async (client, pending) =>
        reviewChannelMessage(await clientFor(client, pending.teamId), deps, {
          teamId: pending.teamId,
          channel: pending.channelId,
          userId: pending.userId,
          text: pending.text,
          messageTs: pending.messageTs,
        }),
      command: (pending) =>
        sendPrivateReview(deps, pending.responseUrl, {
          teamId: pending.teamId,
          channelId: pending.channelId,
          userId: pending.userId,
          text: pending.text,
          source: 'command',
        }),
    });
  return { app, coach, mode, ops, work: deps.work, redeliverPending };
}

/**
 * Checks the bot token with Slack (auth.test: learns the bot's own ids, which the ignore list needs),
 * then connects: the Socket Mode WebSocket, or the HTTP server on `listen` (PORT by default).
 */
export async function startApp(
  bot: EtiquetteApp,
  listen: number | ListenOptions,
): Promise<Server | undefined> {
  await bot.app.init();
  bot.ops.markSlackReady();
  if (bot.mode === 'socket') {
    await bot.app.start();
    return undefined;
  }
  const server = (await bot.app.start(listen as number)) as Server;
  bot.work.watchAcks(server);
  return server;
}

/** One line for a person when startApp fails: a refused token, or a Slack that cannot be reached. */
export function describeStartError(error: unknown, apiUrl = 'https://slack.com/api/'): string {
  const code = (error as { code?: unknown; data?: { error?: unknown } } | undefined)?.data?.error;
  if (
    code === 'invalid_auth' ||
    code === 'not_authed' ||
    code === 'account_inactive' ||
    code === 'token_revoked'
  ) {
    return `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions again.`;
  }
  if (typeof code === 'string') return `Slack answered ${code} when the bot signed in.`;
  const message = error instanceof Error ? error.message : String(error);
  if (/EADDRINUSE/.test(message)) return `The port is already in use: set PORT to a free one. (${message})`;
  return `Could not reach the Slack Web API at ${apiUrl}: ${message}`;
}
