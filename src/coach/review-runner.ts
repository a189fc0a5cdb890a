import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import type { ReviewOptions } from '../review';
import { TurnQueue } from '../util/turns';
import type { ReviewJob, ReviewJobResult, ReviewThreadReady } from './review-worker';
import { timedReview as timed, type TimedReview } from './timed-review';

export type { TimedReview } from './timed-review';

/** Where a bot's reviews run: on the thread that acks Slack, or beside it. */
export interface ReviewRunner {
  review(text: string, options: ReviewOptions): Promise<TimedReview>;
  /** Stops a worker, if any; reviews asked for after it run in the caller's thread. */
  close(): Promise<void>;
}

/**
 * Reviews on the calling thread, one per turn of the event loop: under a burst, the acks of requests
 * still arriving go between them. What tests and one-core machines use.
 */
export class InThreadRunner implements ReviewRunner {
  private readonly turns = new TurnQueue();
  private abandoned = false;

  review(text: string, options: ReviewOptions): Promise<TimedReview> {
    return this.turns.run(() => {
      if (this.abandoned) throw new Error('reviews abandoned: nobody waits for them');
      return timed(text, options);
    });
  }

  /**
   * Refuses the reviews queued and not yet begun, and any asked for later: for a throwaway app whose
   * reviews nobody waits for (the start's warm-up, once the database is open), so they do not hold
   * up the start, or run on after it, on the thread that acks.
   */
  abandon(): void {
    this.abandoned = true;
  }

  /** Nothing to start: reviews run here. */
  start(): void {}

  async close(): Promise<void> {}
}

const WORKER_FILE = path.join(__dirname, 'review-worker.js');
/** The review thread's young generation, in MB (measured: see README, Footprint). */
const WORKER_YOUNG_MB = 4;

/**
 * Reviews on a worker thread, so the thread that acks Slack does not wait behind them: a review is
 * CPU work (about a millisecond, more for long drafts) and under a burst they queue. One worker: the
 * reviews of a burst are many and short, and a second would compete for the same two cores with the
 * acks. If the worker fails or exits, its reviews and every later one run in the calling thread, so
 * no draft goes without its review.
 */
export class WorkerRunner implements ReviewRunner {
  private worker: Worker | null;
  private readonly waiting = new Map<
    number,
    { text: string; options: ReviewOptions; done: (result: Promise<TimedReview>) => void }
  >();
  private nextId = 0;

  constructor(
    private readonly logger: Logger,
    onReady: () => void = () => undefined,
    /** Where reviews run when there is no thread: one queue with the caller's own reviews. */
    private readonly fallback: ReviewRunner = new InThreadRunner(),
  ) {
    // A small young generation: a review allocates little and briefly, and the default's semi-spaces
    // would add tens of MB to an idle bot's memory.
    const worker = new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', (result: ReviewJobResult | ReviewThreadReady) => {
      if ('ready' in result) return onReady();
      const waiter = this.waiting.get(result.id);
      if (!waiter) return;
      this.waiting.delete(result.id);
      waiter.done(
        'review' in result
          ? Promise.resolve({ review: result.review, addressed: result.addressed, seconds: result.seconds })
          : Promise.reject(new Error(result.error)),
      );
    });
    worker.on('error', (error) => this.lose(error));
    worker.on('exit', (code) => this.lose({ code }));
    // The worker does not keep the process alive: an idle bot stops on SIGTERM without closing it first.
    worker.unref();
    this.worker = worker;
  }

  review(text: string, options: ReviewOptions): Promise<TimedReview> {
    if (!this.worker) return this.fallback.review(text, options);
    const id = this.nextId++;
    return new Promise<TimedReview>((resolve, reject) => {
      this.waiting.set(id, { text, options, done: (result) => result.then(resolve, reject) });
      const job: ReviewJob = { id, text, options };
      this.worker?.postMessage(job);
    });
  }

  /**
   * The worker is gone: what it owed, and every review from now on, runs here. An error is logged;
   * so is an exit that left reviews owed (a clean exit after `close()` never gets here).
   */
  private lose(detail: Error | { code: number }): void {
    if (!this.worker) return;
    this.worker = null;
    if (detail instanceof Error || this.waiting.size > 0)
      this.logger.error(
        { event: 'review_thread.lost', err: detail, owed: this.waiting.size },
        detail instanceof Error ? 'review thread failed' : 'review thread exited',
      );
    for (const { text, options, done } of this.waiting.values()) done(this.fallback.review(text, options));
    this.waiting.clear();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const { text, options, done } of this.waiting.values()) done(this.fallback.review(text, options));
    this.waiting.clear();
    if (worker) await worker.terminate();
  }
}

/**
 * Reviews in the calling thread until `start()` has started the review thread; from then on, on the
 * thread, where reviews asked for while it warms its reviewer wait for it (a fraction of a second):
 * reviewing them here instead made the acks of a burst that begins as the bot starts wait behind
 * them (measured: README, Footprint). A bot starts the thread once it is listening, so the thread's
 * start-up does not compete for the cores with the database opening and the start's warm-up
 * (measured: it added 0.4–0.7 s to time-to-healthy when started first).
 */
export class DeferredThreadRunner implements ReviewRunner {
  private readonly inThread = new InThreadRunner();
  private thread: WorkerRunner | null = null;
  /** Whether the thread has warmed its reviewer (for tests and logs; reviews go there either way). */
  private ready = false;

  constructor(private readonly logger: Logger) {}

  start(): void {
    if (this.thread) return;
    this.thread = new WorkerRunner(this.logger, () => (this.ready = true), this.inThread);
  }

  review(text: string, options: ReviewOptions): Promise<TimedReview> {
    return this.thread ? this.thread.review(text, options) : this.inThread.review(text, options);
  }

  async close(): Promise<void> {
    this.ready = false;
    await this.thread?.close();
  }
}

/**
 * The runner a bot starts with: a review thread (started by `start()`) where the build has one
 * (compiled, dist/) and the machine has a second core; the calling thread otherwise (tests under
 * ts-jest, one core).
 */
export function startReviewRunner(
  logger: Logger,
  cores = availableParallelism(),
): InThreadRunner | DeferredThreadRunner {
  if (cores < 2 || !__filename.endsWith('.js') || !existsSync(WORKER_FILE)) return new InThreadRunner();
  return new DeferredThreadRunner(logger);
}
