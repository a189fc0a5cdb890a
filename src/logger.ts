import pino, { type Logger, type DestinationStream } from 'pino';

/**
 * Paths pino blanks out wherever they appear in a log object. Tokens, secrets and keys must never
 * reach the logs, whichever object carries them (config, request headers, Slack client options).
 */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'apiKey',
  'password',
  'authorization',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'OPENAI_API_KEY',
  'DATABASE_URL',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
  '*.apiKey',
  '*.password',
  '*.authorization',
  '*.Authorization',
  '*.SLACK_BOT_TOKEN',
  '*.SLACK_APP_TOKEN',
  '*.SLACK_SIGNING_SECRET',
  '*.OPENAI_API_KEY',
  '*.SLACK_CLIENT_SECRET',
  '*.SLACK_STATE_SECRET',
  '*.stateSecret',
  '*.connectionString',
  'connectionString',
  '*.DATABASE_URL',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  '*.headers.authorization',
];

/** user:password@ in any URL (a database error may quote its connection string): the password goes. */
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi;

export function scrubSecrets(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1[redacted]@');
}

/** Errors are serialised as usual, with credentials in URLs blanked from the message and stack. */
function errorSerializer(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  for (const key of ['message', 'stack']) {
    if (typeof serialized[key] === 'string') serialized[key] = scrubSecrets(serialized[key]);
  }
  return serialized;
}

export function createLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service: 'etiquette-coach' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: errorSerializer },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination(1),
  );
}

export type { Logger };
