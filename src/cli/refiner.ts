import pino from 'pino';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { createLlmRefiner } from '../review/llm';
import type { Refiner } from '../review/refiner';

/**
 * The CLI's LLM refiner, when OPENAI_API_KEY is set. Its log lines go to stderr (warn and up by
 * default), so `--jsonl` output on stdout stays one review per line.
 */
export function refinerFromEnvironment(env: NodeJS.ProcessEnv): Refiner | null {
  const config = loadConfig(env);
  const logger = createLogger(env.LOG_LEVEL ?? 'warn', pino.destination(2));
  return createLlmRefiner(config, logger);
}
