import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { createLlmRefiner } from './review/llm';
import { createApp, describeStartError, missingCredentials, startApp } from './slack/app';
import { createStore, MemoryStore, type Store } from './store';
import type { Logger } from './logger';

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

/** The configured database; when it cannot be opened, reviews still work from memory (and say so in the log). */
async function openStore(config: Config, logger: Logger): Promise<Store> {
  try {
    return await createStore(config, logger);
  } catch (error) {
    logger.error(
      { event: 'store.unavailable', err: error },
      'database unavailable: running with the in-memory store (settings and history are lost on restart)',
    );
    return new MemoryStore();
  }
}

async function run(config: Config): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  const store = await openStore(config, logger);
  const refiner = createLlmRefiner(config, logger);
  const bot = createApp({ config, store, logger, refiner });
  const { app, mode } = bot;
  try {
    await startApp(bot, config.PORT);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw new Error(describeStartError(error, config.SLACK_API_URL), { cause: error });
  }
  logger.info(
    { event: 'slack.started', mode, port: mode === 'http' ? config.PORT : undefined, store: store.kind },
    mode === 'socket'
      ? 'Etiquette Coach is connected (Socket Mode)'
      : `Etiquette Coach is listening on :${config.PORT}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'slack.stopping', signal }, 'stopping');
    // In-flight reviews finish; Slack retries anything that arrives after the receiver closed.
    const forceExit = setTimeout(() => process.exit(1), 10_000);
    forceExit.unref();
    try {
      await app.stop();
      await store.close();
    } finally {
      logger.flush();
      process.exitCode = 0;
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

export async function main(): Promise<number> {
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
