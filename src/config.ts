import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** Raised when the environment is missing or malforms a setting; the message is one line for a person. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The LLM reviewer's default model: OpenAI's smallest current GPT-6 tier, $0.10 in / $0.50 out per
 * million tokens (OpenAI's published price, launched 2026-09-22). See README, "The LLM reviewer".
 */
export const DEFAULT_OPENAI_MODEL = 'gpt-6-luna';

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const url = (what: string) =>
  optionalString.refine((value) => value === undefined || /^https?:\/\/\S+$/.test(value), {
    message: `expected ${what} starting with http:// or https://`,
  });

const prefixed = (prefix: string, what: string) =>
  optionalString.refine((value) => value === undefined || value.startsWith(prefix), {
    message: `expected ${what} starting with "${prefix}"`,
  });

const integer = (min: number, max: number, fallback: number) =>
  optionalString
    .refine((value) => value === undefined || (/^\d+$/.test(value) && +value >= min && +value <= max), {
      message: `expected a whole number from ${min} to ${max}`,
    })
    .transform((value) => (value === undefined ? fallback : Number(value)));

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: prefixed('xox', 'a bot token (xoxb-…)'),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: prefixed('xapp-', 'an app-level token'),
  SLACK_API_URL: url('the Slack Web API base URL, e.g. https://slack.com/api/'),
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  PORT: integer(1, 65535, 3000),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url('an OpenAI-compatible API base URL'),
  OPENAI_MODEL: optionalString.transform((value) => value ?? DEFAULT_OPENAI_MODEL),
  DATA_DIR: optionalString.transform((value) => value ?? './data'),
  DATABASE_URL: optionalString.refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
    message: 'expected a Postgres URL, e.g. postgres://user:pass@host:5432/db',
  }),
  REVIEW_RETENTION_DAYS: integer(1, 3650, 30),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .optional()
    .transform((value) => value ?? 'info'),
});

export type Config = z.infer<typeof EnvSchema>;

/**
 * Reads settings from the environment (and a `.env` file when present).
 * Pass an explicit environment in tests; nothing is read from disk then.
 */
export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  if (!env) loadDotenv({ quiet: true });
  const source = env ?? process.env;
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'}`);
  }
  return parsed.data;
}
