import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReviewOptions } from '../review/types';
import type { JsonlBatch, JsonlBatchResult } from './jsonl-worker';

/** Lines per message to a worker: large enough that the hop costs nothing next to the reviews. */
export const BATCH_LINES = 256;
/** Below this many lines the CLI reviews in its own thread (a worker's start-up would cost more than it saves). */
export const WORKERS_FROM_LINES = 2 * BATCH_LINES;

const WORKER_FILE = path.join(__dirname, 'jsonl-worker.js');

/** Worker threads are used from the compiled CLI only (dist/); under tsx or jest the main thread reviews. */
export function workersAvailable(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_FILE);
}

/** How many: one per core, leaving the main thread's reading and writing a core when there are more than two. */
export function workerCount(cores = availableParallelism()): number {
  return Math.max(1, Math.min(8, cores > 2 ? cores - 1 : cores));
}

/**
 * Reviews batches of --jsonl lines on worker threads. Batches are answered in the order they were sent
 * (results wait for the batches before them), at most 2 per worker in flight, so memory stays bounded
 * however long the input is.
 */
export class JsonlPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (result: JsonlBatchResult) => void; reject: (error: Error) => void }
  >();
  private failure: Error | null = null;
  private nextId = 0;
  private nextWorker = 0;

  constructor(
    private readonly options: ReviewOptions,
    size = workerCount(),
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE);
      worker.on('message', (result: JsonlBatchResult) => {
        const waiter = this.waiting.get(result.id);
        this.waiting.delete(result.id);
        waiter?.resolve(result);
      });
      worker.on('error', (error) => {
        this.failure = error;
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  get capacity(): number {
    return this.workers.length * 2;
  }

  review(first: number, lines: string[]): Promise<JsonlBatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[this.nextWorker++ % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const batch: JsonlBatch = { id, first, lines, options: this.options };
      worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
