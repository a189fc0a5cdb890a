/**
 * bench:slack — the Slack app through its real HTTP receiver (signed requests) against a local Slack
 * stand-in on 127.0.0.1: events per second and ack latency at 10 and 50 requests in flight, and the
 * time from an event to the rule review arriving at the stand-in. Loopback only: Slack's own network
 * time comes on top. Run: npm run bench:slack
 */
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { defaultChannelSettings } from '../src/coach';
import { createApp, startApp } from '../src/slack/app';
import { MemoryStore } from '../src/store/memory';
import { FakeSlack, IDS } from '../test/slack/fake-slack';
import { SIGNING_SECRET } from '../test/slack/harness';
import { percentile, postSignedEvent } from './common';

const DRAFTS = [
  'BUY NOW!!! Only 3 left, 50% off ends TONIGHT. Order now at https://shop.example.com',
  'Thanks <@U0123ABCD> for the tip on sourdough hydration yesterday! What flour do you all use?',
  'We are proud to announce the launch of our revolutionary, best-in-class platform. Sign up today!',
  'Our spring menu is here. Which dish should we make first? Asking for the kitchen team.',
];

let tsCounter = 0;
function messageBody(): { raw: string; ts: string } {
  tsCounter += 1;
  const ts = `1800000000.${String(tsCounter).padStart(6, '0')}`;
  const envelope = {
    token: 'legacy-verification-token',
    team_id: IDS.team,
    api_app_id: IDS.appId,
    type: 'event_callback',
    event_id: `EvBENCH${tsCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: IDS.team, user_id: IDS.botUser, is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'message',
      channel: IDS.drafts,
      channel_type: 'channel',
      user: IDS.author,
      text: DRAFTS[tsCounter % DRAFTS.length],
      ts,
      event_ts: ts,
      team: IDS.team,
    },
  };
  return { raw: JSON.stringify(envelope), ts };
}

/** The stand-in's clock when each thread reply or reaction for a draft ts arrived. */
function arrivals(fake: FakeSlack): Map<string, number> {
  const seen = new Map<string, number>();
  const original = fake.calls.push.bind(fake.calls);
  fake.calls.push = (...calls) => {
    for (const call of calls) {
      const ts = (call.body.thread_ts ?? call.body.timestamp) as string | undefined;
      if (call.status === 200 && ts && !seen.has(ts)) seen.set(ts, performance.now());
    }
    return original(...calls);
  };
  return seen;
}

async function load(baseUrl: string, total: number, inFlight: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < total) {
        next += 1;
        latencies.push(await postSignedEvent(baseUrl, messageBody().raw));
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    eventsPerSecond: total / (elapsedMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function main(): Promise<void> {
  const fake = await new FakeSlack().start();
  const store = new MemoryStore();
  await store.saveChannelSettings({ ...defaultChannelSettings(IDS.team, IDS.drafts), watched: true });
  const bot = createApp({
    config: {
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: fake.apiUrl,
      PORT: 0,
    },
    store,
    logger: pino({ level: 'silent' }),
  });
  const { app } = bot;
  const server = (await startApp(bot, { port: 0, host: '127.0.0.1' }))!;
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const arrivedAt = arrivals(fake);

  // Warm-up: JIT, connection pools, the review engine's first run.
  await load(baseUrl, 300, 10);

  const rows: string[] = [];
  for (const inFlight of [10, 50]) {
    const result = await load(baseUrl, 3000, inFlight);
    rows.push(
      `| ${inFlight} in flight | ${result.eventsPerSecond.toFixed(0)} events/s | ack p50 ${result.p50.toFixed(2)} ms | ack p99 ${result.p99.toFixed(2)} ms |`,
    );
  }

  // Event → rule review at the stand-in, one at a time so queueing does not blur it.
  const reviewTimes: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const { raw, ts } = messageBody();
    const sentAt = performance.now();
    await postSignedEvent(baseUrl, raw);
    while (!arrivedAt.has(ts)) await new Promise((resolve) => setImmediate(resolve));
    reviewTimes.push(arrivedAt.get(ts)! - sentAt);
  }
  reviewTimes.sort((a, b) => a - b);

  console.log(`bench:slack — Node ${process.version}, HTTP receiver + local Slack stand-in on 127.0.0.1\n`);
  console.log('| load | throughput | ack p50 | ack p99 |\n|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(
    `\nevent → rule review at the stand-in (thread reply or pass reaction): p50 ${percentile(reviewTimes, 50).toFixed(2)} ms, ` +
      `p99 ${percentile(reviewTimes, 99).toFixed(2)} ms, max ${reviewTimes.at(-1)!.toFixed(2)} ms (target < 300 ms)`,
  );

  await app.stop();
  await fake.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
