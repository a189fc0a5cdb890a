import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { addressedFindings, reviewDraft } from '../../src/review';
import { InThreadRunner, startReviewRunner as startFromSource } from '../../src/coach/review-runner';
import type * as RunnerModule from '../../src/coach/review-runner';

// The compiled runner, as `npm start` loads it: only compiled code can start the worker thread.
const compiled = require(
  join(__dirname, '..', '..', 'dist', 'coach', 'review-runner.js'),
) as typeof RunnerModule;

function quietLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

/** The nice value of each thread of this process, by thread id (Linux: /proc/self/task/<tid>/stat). */
function niceByThread(): Map<number, number> {
  const nice = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // After "pid (comm) ", fields start at the state (field 3); the nice value is field 19.
    nice.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return nice;
}

const DRAFTS = [
  'HUGE SALE!!! 50% off EVERYTHING today only. Shop now at example.com 🔥🔥🔥',
  'Thanks to everyone who came to the meetup on Friday. Slides are in #events, and tell us what to cover next!',
  'We are thrilled to announce our Series B. We are the leading platform for innovative solutions.',
];

describe('where reviews run', () => {
  it('runs in the calling thread under ts, on one core, and by default', () => {
    const { logger } = quietLogger();
    expect(startFromSource(logger)).toBeInstanceOf(InThreadRunner);
    expect(compiled.startReviewRunner(logger, 1)).toBeInstanceOf(compiled.InThreadRunner);
  });

  it('an abandoned in-thread runner refuses what is queued and not begun, and finishes what began', async () => {
    const runner = new InThreadRunner();
    const options = { strictness: 'standard' as const };
    const first = runner.review(DRAFTS[0] as string, options);
    const queued = DRAFTS.slice(1).map((text) => runner.review(text, options));
    // One turn later the first review has run (one per turn); the rest are still queued.
    await new Promise((resolve) => setImmediate(resolve));
    runner.abandon();
    expect((await first).review).toEqual(reviewDraft(DRAFTS[0] as string, options));
    for (const review of queued) await expect(review).rejects.toThrow(/abandoned/);
    await expect(runner.review(DRAFTS[0] as string, options)).rejects.toThrow(/abandoned/);
  });

  it('reviews in the calling thread until the review thread is started, then on it, even while it warms up', async () => {
    const { logger } = quietLogger();
    const runner = compiled.startReviewRunner(logger, 2);
    expect(runner).toBeInstanceOf(compiled.DeferredThreadRunner);
    try {
      const options = { strictness: 'strict' as const, network: 'linkedin' as const };
      // Not started: the calling thread answers, the same as a direct review.
      const before = await runner.review(DRAFTS[0] as string, options);
      expect(before.review).toEqual(reviewDraft(DRAFTS[0] as string, options));
      runner.start();
      const thread = (runner as unknown as { thread: RunnerModule.WorkerRunner }).thread;
      const sent = jest.spyOn(thread, 'review');
      // Asked for before the thread is warm: they wait for it there, not on the thread that acks.
      expect((runner as unknown as { ready: boolean }).ready).toBe(false);
      const results = await Promise.all(DRAFTS.map((text) => runner.review(text, options)));
      expect(sent).toHaveBeenCalledTimes(DRAFTS.length);
      results.forEach((result, index) => {
        const direct = reviewDraft(DRAFTS[index] as string, options);
        expect(result.review).toEqual(direct);
        // Which findings the rewrite takes care of is worked out there too, not on the thread that acks.
        expect(result.addressed).toEqual(addressedFindings(direct, options));
        expect(result.seconds).toBeGreaterThan(0);
      });
      expect((runner as unknown as { ready: boolean }).ready).toBe(true);
      // Reviews give way to acks: the review thread runs at the lowest priority, the main thread as it was.
      if (process.platform === 'linux') {
        const nice = niceByThread();
        expect([...nice.values()]).toContain(19);
        expect(nice.get(process.pid)).toBe(0);
      }
    } finally {
      await runner.close();
    }
  });

  it('loses no review when the thread dies: what it owed and what comes after run in the caller', async () => {
    const { logger, lines } = quietLogger();
    const runner = new compiled.WorkerRunner(logger);
    const owed = DRAFTS.map((text) => runner.review(text, {}));
    await (runner as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const after = runner.review(DRAFTS[0] as string, {});
    const reviews = await Promise.all([...owed, after]);
    expect(reviews.map((each) => each.review.verdict)).toEqual(
      [...DRAFTS, DRAFTS[0] as string].map((text) => reviewDraft(text).verdict),
    );
    // Owed reviews were re-run here, and that was logged once, without any draft text.
    const logged = lines.join('');
    expect(logged).toContain('review_thread.lost');
    expect(logged).not.toContain('HUGE SALE');
    await runner.close();
  });
});
