#!/usr/bin/env node
// The yardstick for `npm run load` and `node scripts/startup.js`: a bare Bolt app in HTTP mode, with no
// store and no reviewer. It answers GET /healthz, acks every event (Bolt acks before listeners run), and
// answers each top-level channel message once in its thread with chat.postMessage (through the same
// WebClient retry behaviour as the bot: 429 honoured, 5xx retried), or a ✅ for every other draft, so the
// load generator's "all reviewed" counts it the same way. Reads SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET,
// SLACK_API_URL and PORT like the bot; logs one JSON line {"event":"slack.started"} when listening.
const { App, LogLevel } = require('@slack/bolt');

async function main() {
  const app = new App({
    token: process.env.SLACK_BOT_TOKEN,
    signingSecret: process.env.SLACK_SIGNING_SECRET,
    port: Number(process.env.PORT ?? 3000),
    endpoints: '/slack/events',
    logLevel: LogLevel.ERROR,
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: process.env.SLACK_API_URL,
      retryConfig: { retries: 4, factor: 2, minTimeout: 300, maxTimeout: 5000, randomize: true },
    },
    customRoutes: [
      {
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"ok":true}');
        },
      },
      {
        path: '/metrics',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(`process_resident_memory_bytes ${process.memoryUsage().rss}\n`);
        },
      },
    ],
  });
  let count = 0;
  app.message(async ({ message, client }) => {
    if (message.subtype || message.thread_ts) return;
    count += 1;
    if (count % 2 === 0) {
      await client.reactions.add({
        channel: message.channel,
        timestamp: message.ts,
        name: 'white_check_mark',
      });
    } else {
      await client.chat.postMessage({ channel: message.channel, thread_ts: message.ts, text: 'ok' });
    }
  });
  await app.init();
  await app.client.auth.test();
  await app.start();
  process.stdout.write(`${JSON.stringify({ event: 'slack.started', port: Number(process.env.PORT) })}\n`);
  process.once('SIGTERM', () => {
    void app.stop().finally(() => process.exit(0));
  });
}

main().catch((error) => {
  process.stderr.write(`bare Bolt app failed: ${error && error.message}\n`);
  process.exit(1);
});
