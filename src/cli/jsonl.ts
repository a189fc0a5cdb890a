import { checkDraft, reviewDraft } from '../review';
import { networkFromName } from '../review/networks';
import type { NetworkId, Review, ReviewOptions } from '../review/types';

export type JsonlInput =
  | { id: string | number; text: string; network?: NetworkId }
  | { id: string | number | null; line: number; error: string };

/** Parses one `{"id","text"}` line; a bad line becomes an error record that still names its id. */
export function parseJsonlLine(raw: string, line: number): JsonlInput {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // Salvage the id from a broken line so the caller can match the error to its draft.
    const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/.exec(raw)?.[1];
    return {
      id: id === undefined ? null : (JSON.parse(id) as string | number),
      line,
      error: 'malformed JSON line',
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, line, error: 'expected an object like {"id": "...", "text": "..."}' };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (id === null) return { id: null, line, error: 'missing "id" (a string or a number)' };
  if (typeof record.text !== 'string') return { id, line, error: 'missing "text" (a string)' };
  if (record.network === undefined || record.network === null) return { id, text: record.text };
  const network = typeof record.network === 'string' ? networkFromName(record.network) : null;
  if (!network) {
    return {
      id,
      line,
      error: '"network" must be any, x, linkedin, instagram, facebook, threads, bluesky or mastodon',
    };
  }
  return { id, text: record.text, network };
}

/**
 * The fields DESIGN.md promises, in its order; then the verdict model's version and the intent
 * read, `alternatives`, `thread` or `edits` when there are any, and `network` when the review assumed one.
 */
export function toJsonlLine(id: string | number, review: Review): string {
  return JSON.stringify({
    id,
    verdict: review.verdict,
    score: review.score,
    findings: review.findings.map((finding) => ({
      rule: finding.rule,
      principle: finding.principle,
      category: finding.category,
      severity: finding.severity,
      start: finding.start,
      end: finding.end,
      excerpt: finding.excerpt,
      message: finding.message,
      suggestion: finding.suggestion,
      ...(finding.spans ? { spans: finding.spans } : {}),
    })),
    rewrite: review.rewrite,
    reviewer: review.reviewer,
    ...(review.model ? { model: review.model } : {}),
    ...(review.intent ? { intent: review.intent } : {}),
    ...(review.alternatives?.length ? { alternatives: review.alternatives } : {}),
    ...(review.thread?.length ? { thread: review.thread } : {}),
    ...(review.edits?.length
      ? {
          edits: review.edits.map(({ start, end, excerpt, replacement }) => ({
            start,
            end,
            excerpt,
            replacement,
          })),
        }
      : {}),
    ...(review.network && review.network !== 'any' ? { network: review.network } : {}),
  });
}

/** One input line reviewed by the rules: the output line, and whether it was a revise or could not be read. */
export interface JsonlOutcome {
  out: string;
  revise: boolean;
  bad: boolean;
}

/** A line through the rules reviewer (the path both the CLI's main thread and its workers run). */
export function reviewJsonlLine(raw: string, line: number, options: ReviewOptions): JsonlOutcome {
  const parsed = parseJsonlLine(raw, line);
  if ('error' in parsed) return { out: JSON.stringify(parsed), revise: false, bad: true };
  const problem = checkDraft(parsed.text);
  if (problem) {
    return { out: JSON.stringify({ id: parsed.id, line, error: problem.message }), revise: false, bad: true };
  }
  // A line's own "network" wins over the command's --network.
  const review = reviewDraft(parsed.text, parsed.network ? { ...options, network: parsed.network } : options);
  return { out: toJsonlLine(parsed.id, review), revise: review.verdict === 'revise', bad: false };
}
