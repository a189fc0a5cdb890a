import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { defaultChannelSettings } from '../coach';
import type { Logger } from '../logger';
import { InThreadRunner, type ReviewRunner } from '../coach/review-runner';
import { resetCounts } from '../observability/metrics';
import { WARM_UP_DRAFTS } from '../review/warm-up';
import { MemoryStore } from '../store/memory';
import { createApp, startApp } from './app';

const TEAM = 'T0WARMUP00';
const BOT_USER = 'U0WARMBOT0';
const CHANNELS = ['C0WARMUP01', 'C0WARMUP02'];
/** Not a secret: it signs the warm-up's own requests to its own receiver on 127.0.0.1, nothing else. */
const SIGNING_SECRET = 'etiquette-coach-warm-up';
/** Deliveries in flight at once: few, so those under way when it stops are finished soon. */
const IN_FLIGHT = 8;

/**
 * Slack as the warm-up's app sees it, answered in the process: no request leaves it. A thread reply gets
 * a ts, everything else `ok`. Counts the reviews it was given (thread replies and reactions).
 */
function localSlack(): { fetch: typeof fetch; answered: () => number } {
  let replies = 0;
  let reactions = 0;
  const fetch: typeof globalThis.fetch = async (input) => {
    const method = String(input instanceof Request ? input.url : input).replace(/^.*\/api\//, '');
    if (method === 'reactions.add') reactions += 1;
    const body =
      method === 'auth.test'
        ? { ok: true, team_id: TEAM, user_id: BOT_USER, bot_id: 'B0WARMBOT0' }
        : method === 'chat.postMessage'
          ? { ok: true, ts: `1700000000.${String((replies += 1)).padStart(6, '0')}` }
          : { ok: true };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  };
  return { fetch, answered: () => replies + reactions };
}

function messageEvent(index: number): string {
  const ts = `1700000000.${String(index).padStart(6, '0')}`;
  return JSON.stringify({
    token: 'warm-up',
    team_id: TEAM,
    api_app_id: 'A0WARMUP00',
    type: 'event_callback',
    event_id: `EvWARMUP${index}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'message',
      channel: CHANNELS[index % CHANNELS.length],
      channel_type: 'channel',
      user: 'U0WARMUSR0',
      text: WARM_UP_DRAFTS[index % WARM_UP_DRAFTS.length],
      ts,
      event_ts: ts,
      team: TEAM,
    },
  });
}

async function deliver(url: string, raw: string): Promise<void> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${raw}`).digest('hex')}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    },
    body: raw,
  });
  await response.arrayBuffer();
}

/**
 * Runs the whole Slack path before the bot answers Slack: signed deliveries over HTTP to a throwaway app
 * of our own (its own receiver on 127.0.0.1, an in-memory store, a Slack answered in the process), through
 * Bolt's receiver and signature check, our middleware, the coach, the reviewer, Block Kit rendering and the
 * Web API client. Cold code costs many times what warm code does, and it runs on the thread that acks:
 * without this, the first requests of a burst right after a start waited 0.3–3 s for their acks while it
 * all ran for the first time. Nothing reaches Slack or the real store, and the warm-up's reviews and Slack
 * calls are taken out of /metrics again.
 *
 * Meant to run while the database opens on its own thread: no new delivery starts once `until` has
 * settled (the database is open) and the process is `notBeforeMs` old (so a quick restart still warms
 * up a little), or once `deliveries` were sent (without `until`, only then); the few under way are
 * finished. Never throws: a start is
 * never held up by its warm-up failing.
 */
export async function warmUpSlackPath(
  logger: Logger,
  {
    until,
    notBeforeMs = 0,
    deliveries = 57,
    reviews,
  }: {
    until?: Promise<unknown>;
    notBeforeMs?: number;
    deliveries?: number;
    /** Where the bot's reviews run: the warm-up's go there too, so this thread never compiles the reviewer. */
    reviews?: ReviewRunner;
  } = {},
): Promise<{ deliveries: number; answered: number; ms: number }> {
  const started = performance.now();
  let settled = false;
  until?.then(
    () => (settled = true),
    () => (settled = true),
  );
  // performance.now() counts from the start of the process.
  const stop = () => settled && performance.now() >= notBeforeMs;
  // Reviews of the warm-up's own (unless the bot's runner was given): refused once it is over, so the
  // deliveries under way then are answered at once instead of after their cold reviews (0.25–0.6 s of a
  // start's time to healthy, measured). The run's one review under way still finishes.
  const ownReviews = new InThreadRunner();
  if (until && !reviews) {
    const over = () => setTimeout(() => ownReviews.abandon(), Math.max(0, notBeforeMs - performance.now()));
    until.then(over, over);
  }
  let sent = 0;
  const slack = localSlack();
  let bot: ReturnType<typeof createApp> | undefined;
  try {
    const store = new MemoryStore();
    for (const channel of CHANNELS) {
      await store.saveChannelSettings({ ...defaultChannelSettings(TEAM, channel), watched: true });
    }
    bot = createApp({
      config: {
        SLACK_BOT_TOKEN: 'xoxb-warm-up',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_APP_TOKEN: undefined,
        // Every call is answered by localSlack(); were one to slip past it, it would find nothing here.
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        PORT: 0,
      },
      store,
      logger: logger.child({ component: 'warm-up' }, { level: 'silent' }),
      slackFetch: slack.fetch,
      reviews: reviews ?? ownReviews,
    });
    const server = await startApp(bot, { port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(server?.address() as AddressInfo).port}/slack/events`;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (sent < deliveries && !stop()) {
          sent += 1;
          await deliver(url, messageEvent(sent));
        }
      }),
    );
    // Acked is not answered: the reviews of the last deliveries finish before the app is taken down.
    await bot.work.drain(1_000);
  } catch (error) {
    logger.warn({ event: 'warm_up.error', err: error }, 'warm-up stopped early');
  } finally {
    await bot?.app.stop().catch(() => undefined);
    resetCounts();
  }
  return { deliveries: sent, answered: slack.answered(), ms: Math.round(performance.now() - started) };
}
