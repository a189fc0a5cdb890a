// The bot's review thread (src/coach/review-runner.ts): reviews one draft per message with the
// rules and answers with the review. Loaded from dist/ only (compiled JavaScript).
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ReviewOptions } from '../review';
import { WARM_UP_DRAFTS } from '../review/warm-up';
import { timedReview, type TimedReview } from './timed-review';

export interface ReviewJob {
  id: number;
  text: string;
  options: ReviewOptions;
}

/** Sent once, when the thread has compiled and warmed its reviewer. */
export interface ReviewThreadReady {
  ready: true;
}

export type ReviewJobResult = ({ id: number } & TimedReview) | { id: number; error: string };

parentPort?.on('message', (job: ReviewJob) => {
  let result: ReviewJobResult;
  try {
    result = { id: job.id, ...timedReview(job.text, job.options) };
  } catch (error) {
    result = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});

/**
 * Reviews give way to acks: on Linux a thread has its own nice value, and this one lowers its own, so
 * that when the cores are busy the main thread (which answers Slack within its 3 seconds) runs first
 * and a review waits instead. Elsewhere, or if the system says no, the thread runs as it was.
 */
function yieldToAcks(): void {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>": this thread's own id, which setpriority takes.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, constants.priority.PRIORITY_LOW);
  } catch {
    // Not Linux, or no /proc: nothing to lower.
  }
}
yieldToAcks();

// Compiled and warm before the first real draft (a first review costs far more than the others);
// then the bot is told it can send reviews here.
for (const draft of WARM_UP_DRAFTS) timedReview(draft, {});
const ready: ReviewThreadReady = { ready: true };
parentPort?.postMessage(ready);
