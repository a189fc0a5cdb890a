import type { Refiner } from '../review/refiner';

/** The CLI's LLM refiner: wired to the LLM reviewer once it is configured (OPENAI_API_KEY). */
export async function refinerFromEnvironment(_env: NodeJS.ProcessEnv): Promise<Refiner | null> {
  return null;
}
