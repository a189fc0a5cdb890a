import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LlmAnswer } from './schema';

/** The prompt files, in the order they are hashed and sent. */
export const PROMPT_FILES = ['system.txt', 'principles.txt', 'examples.txt'] as const;

export interface WorkedExample {
  draft: string;
  answer: LlmAnswer;
  /** The answer exactly as written in the file (sent as the assistant turn). */
  answerText: string;
}

export interface PromptSet {
  /** System instructions followed by the principles. Never contains a draft. */
  system: string;
  examples: WorkedExample[];
  /** Short hash of every prompt file: recorded in each review the model produced. */
  version: string;
  dir: string;
}

/** Finds `prompts/` next to package.json, whether running from src/ (tsx, jest) or dist/. */
export function findPromptsDir(start = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'prompts');
    if (existsSync(path.join(candidate, PROMPT_FILES[0]))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`prompts/${PROMPT_FILES[0]} not found above ${start}`);
    dir = parent;
  }
}

/** Parses `### draft` / `### answer` blocks; each answer must match the response schema. */
export function parseExamples(text: string): WorkedExample[] {
  const parts = text.split(/^### (draft|answer)[ \t]*\r?\n/m);
  const examples: WorkedExample[] = [];
  let draft: string | null = null;
  for (let i = 1; i < parts.length; i += 2) {
    const kind = parts[i];
    const body = (parts[i + 1] ?? '').replace(/\s+$/, '');
    if (kind === 'draft') {
      draft = body;
    } else {
      if (draft === null) throw new Error('examples.txt: an answer without a draft');
      const answer = LlmAnswer.parse(JSON.parse(body));
      examples.push({ draft, answer, answerText: JSON.stringify(answer) });
      draft = null;
    }
  }
  if (draft !== null) throw new Error('examples.txt: a draft without an answer');
  return examples;
}

export function loadPrompts(dir = findPromptsDir()): PromptSet {
  const hash = createHash('sha256');
  const texts: Record<string, string> = {};
  for (const name of PROMPT_FILES) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    texts[name] = text;
    hash.update(`${name}\0${text}\0`);
  }
  const system = `${(texts['system.txt'] ?? '').trim()}\n\n${(texts['principles.txt'] ?? '').trim()}`;
  return {
    system,
    examples: parseExamples(texts['examples.txt'] ?? ''),
    version: hash.digest('hex').slice(0, 12),
    dir,
  };
}
