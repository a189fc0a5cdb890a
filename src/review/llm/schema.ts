import { z } from 'zod';
import { zodResponseFormat } from 'openai/helpers/zod';
import { Category, PrincipleId, Severity, Verdict } from '../types';

/**
 * What the model must answer, as a zod schema. `zodResponseFormat` turns it into a strict JSON
 * schema for the request (so servers with constrained decoding cannot stray from it) and
 * `chat.completions.parse` validates the answer against it again on the way back.
 */
export const LlmFinding = z.object({
  excerpt: z.string().describe('The shortest phrase showing the problem, copied exactly from the draft'),
  rule: z.string().describe('Short kebab-case id, e.g. urgency'),
  principle: PrincipleId,
  category: Category,
  severity: Severity,
  message: z.string(),
  suggestion: z.string(),
});
export type LlmFinding = z.infer<typeof LlmFinding>;

export const LlmAnswer = z.object({
  findings: z.array(LlmFinding),
  verdict: Verdict,
  score: z.number().int().min(0).max(100),
  rewrite: z.string().nullable(),
  coaching: z.string(),
});
export type LlmAnswer = z.infer<typeof LlmAnswer>;

export const RESPONSE_FORMAT_NAME = 'etiquette_review';

export function responseFormat() {
  return zodResponseFormat(LlmAnswer, RESPONSE_FORMAT_NAME);
}
