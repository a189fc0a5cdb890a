// A worker thread of `review --jsonl` (src/cli/jsonl-pool.ts): reviews batches of input lines with the
// rules and answers with their output lines, in order. Loaded from dist/ only (compiled JavaScript).
import { parentPort } from 'node:worker_threads';
import type { ReviewOptions } from '../review/types';
import { reviewJsonlLine } from './jsonl';

export interface JsonlBatch {
  id: number;
  first: number;
  lines: string[];
  options: ReviewOptions;
}

export interface JsonlBatchResult {
  id: number;
  out: string;
  revise: boolean;
  bad: number;
}

parentPort?.on('message', (batch: JsonlBatch) => {
  let out = '';
  let revise = false;
  let bad = 0;
  batch.lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const outcome = reviewJsonlLine(raw, batch.first + index, batch.options);
    out += `${outcome.out}\n`;
    revise ||= outcome.revise;
    if (outcome.bad) bad++;
  });
  const result: JsonlBatchResult = { id: batch.id, out, revise, bad };
  parentPort?.postMessage(result);
});
