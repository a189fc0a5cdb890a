// The bot's review thread (src/coach/review-runner.ts): reviews one draft per message with the
// rules and answers with the review. Loaded from dist/ only (compiled JavaScript).
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { reviewDraft, type Review, type ReviewOptions } from '../review';
import { WARM_UP_DRAFTS } from '../review/warm-up';

export interface ReviewJob {
  id: number;
  text: string;
  options: ReviewOptions;
}

/** Sent once, when the thread has compiled and warmed its reviewer. */
export interface ReviewThreadReady {
  ready: true;
}

export type ReviewJobResult = { id: number; review: Review; seconds: number } | { id: number; error: string };

parentPort?.on('message', (job: ReviewJob) => {
  let result: ReviewJobResult;
  try {
    const started = performance.now();
    const review = reviewDraft(job.text, job.options);
    result = { id: job.id, review, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    result = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});

// Compiled and warm before the first real draft (a first review costs far more than the others);
// then the bot is told it can send reviews here.
for (const draft of WARM_UP_DRAFTS) reviewDraft(draft);
const ready: ReviewThreadReady = { ready: true };
parentPort?.postMessage(ready);
