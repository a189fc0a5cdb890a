import pino from 'pino';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { createLlmRefiner, type LlmRefiner, type LlmRefinerOptions } from '../review/llm';
import type { Refiner } from '../review/refiner';

/**
 * The CLI's LLM refiner, when OPENAI_API_KEY is set. Its log lines go to stderr (warn and up by
 * default), so `--jsonl` output on stdout stays one review per line.
 */
export function refinerFromEnvironment(env: NodeJS.ProcessEnv): Refiner | null {
  return llmFromEnvironment(env);
}

/** The LLM reviewer itself, with its settings (`etiquette-coach eval`), and where it points. */
export function llmFromEnvironment(
  env: NodeJS.ProcessEnv,
  options: LlmRefinerOptions = {},
  defaultLogLevel = 'warn',
): (LlmRefiner & { baseURL: string }) | null {
  const config = loadConfig(env);
  const logger = createLogger(env.LOG_LEVEL ?? defaultLogLevel, pino.destination(2));
  const refiner = createLlmRefiner(config, logger, options);
  if (!refiner) return null;
  return Object.assign(refiner, { baseURL: config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1' });
}
