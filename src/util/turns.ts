/**
 * Runs CPU-bound jobs one per turn of the event loop (each in its own setImmediate), so the I/O that
 * arrived meanwhile (a Slack request waiting for its ack) is served between any two of them, instead of
 * after a chain of jobs resolved back to back in one microtask run.
 */
export class TurnQueue {
  private readonly jobs: Array<() => void> = [];
  private scheduled = false;

  run<T>(job: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(() => {
        try {
          resolve(job());
        } catch (error) {
          reject(error);
        }
      });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.jobs.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.jobs.shift()?.();
      this.schedule();
    });
  }
}
