import OpenAI from 'openai';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { Refiner } from '../refiner';
import { LLM_DEFAULTS, LlmRefiner, type LlmRefinerOptions } from './refiner';
import { loadPrompts, type PromptSet } from './prompts';

export { LlmRefiner, LLM_DEFAULTS, defaultReasoningEffort, normaliseDraft } from './refiner';
export type { LlmRefinerOptions, LlmStats, FailureReason, RefinementTrace } from './refiner';
export { loadPrompts, findPromptsDir, parseExamples, PROMPT_FILES, type PromptSet } from './prompts';
export { LlmAnswer, LlmFinding, responseFormat } from './schema';
export {
  guardAnswer,
  locateExcerpt,
  sanitiseProse,
  foreignSlackTokens,
  rewriteProblems,
  rewriteChecks,
  type GuardCode,
  type GuardProblem,
} from './guards';
export { buildMessages, userMessage, retryMessage, draftTag } from './messages';

export type LlmConfig = Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>;

export interface CreateLlmRefinerOptions extends LlmRefinerOptions {
  /** Prompts already loaded (tests, bench); by default `prompts/` is read once, here. */
  prompts?: PromptSet;
}

/**
 * The LLM reviewer, or null when no OPENAI_API_KEY is set (rules only).
 * OPENAI_BASE_URL points it at any OpenAI-compatible server; OPENAI_MODEL picks the model.
 */
export function createLlmRefiner(
  config: LlmConfig,
  logger: Logger,
  options: CreateLlmRefinerOptions = {},
): LlmRefiner | null {
  if (!config.OPENAI_API_KEY) return null;
  const { prompts = loadPrompts(), ...rest } = options;
  const client = new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    timeout: rest.attemptTimeoutMs ?? LLM_DEFAULTS.attemptTimeoutMs,
    maxRetries: rest.maxRetries ?? LLM_DEFAULTS.maxRetries,
    logLevel: 'off',
  });
  const refiner = new LlmRefiner(
    client,
    config.OPENAI_MODEL,
    prompts,
    logger.child({ component: 'llm' }),
    rest,
  );
  logger.debug(
    {
      event: 'llm.enabled',
      model: config.OPENAI_MODEL,
      promptVersion: prompts.version,
      custom: Boolean(config.OPENAI_BASE_URL),
    },
    'LLM reviewer on',
  );
  return refiner;
}

export type { Refiner };
