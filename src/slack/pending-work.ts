import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { webApi } from '@slack/bolt';
import type { Logger } from '../logger';
import { metrics, scrapeGauge } from '../observability/metrics';
import { Semaphore } from '../review/llm/semaphore';
import type { PendingReview, Store } from '../store/types';

type WebClient = webApi.WebClient;

/** A response_url is good for 30 minutes; past this age a restart tells the person instead. */
const RESPONSE_URL_MAX_AGE_MS = 25 * 60 * 1000;
/**
 * Events handled at once after their ack. Past this many, events wait for a slot (costing no CPU and no
 * database round trips), so a burst cannot starve the acks of the requests still arriving. A slot covers
 * the database and review work only: an event gives it back before its reply goes to Slack (see
 * PendingWork.released), so replies held up by a rate limit do not hold up other drafts' reviews.
 */
export const REVIEW_CONCURRENCY = 16;
/** Gives an event's admission slot back (once; later calls do nothing). */
export type AdmissionSlot = () => void;

/** Where the admission middleware leaves the event's slot in Bolt's context, for the listeners to pass on. */
const SLOT_KEY = 'admissionSlot';

export function setAdmissionSlot(context: Record<string, unknown>, slot: AdmissionSlot): void {
  context[SLOT_KEY] = slot;
}

export function admissionSlotOf(context: Record<string, unknown>): AdmissionSlot | undefined {
  const slot = context[SLOT_KEY];
  return typeof slot === 'function' ? (slot as AdmissionSlot) : undefined;
}

/**
 * Longest an admitted event waits for the receiver to have no request left to ack (see
 * PendingWork.watchAcks): under a burst that never lets up, work still goes on, one event per slot per
 * this long at least.
 */
export const ACK_FIRST_MAX_WAIT_MS = 100;

/** How many leftovers one start takes on (the rest wait for the next start, and are logged). */
const REDELIVER_LIMIT = 500;

/** The id of a watched-channel message's pending review: a redelivered event finds the same row. */
export const channelPendingId = (teamId: string, channel: string, messageTs: string) =>
  `channel:${teamId}:${channel}:${messageTs}`;

export const commandPendingId = () => randomUUID();

/** How a pending review is delivered again after a restart (the listeners' own delivery paths). */
export interface Redelivery {
  channel(
    client: WebClient,
    pending: PendingReview & { channelId: string; messageTs: string },
  ): Promise<void>;
  command(pending: PendingReview & { responseUrl: string }): Promise<void>;
}

/**
 * Work between ack and reply (issue 6). Each review owed to someone is written to the store before it
 * is answered and deleted once it was, so a process killed in between finds it at the next start; and
 * each is tracked in flight, so SIGTERM can wait for the reviews already under way.
 */
export class PendingWork {
  private readonly running = new Set<Promise<unknown>>();
  private readonly gate: Semaphore;
  /** Requests the HTTP receiver has begun and not yet answered (their acks), and who waits for none. */
  private unanswered = 0;
  private readonly waitingForAcks = new Set<() => void>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    concurrency = REVIEW_CONCURRENCY,
    private readonly ackFirstMaxWaitMs = ACK_FIRST_MAX_WAIT_MS,
  ) {
    this.gate = new Semaphore(concurrency);
    scrapeGauge(
      'etiquette_reviews_in_flight',
      'Drafts acked and not yet answered (queued or being reviewed).',
      () => this.running.size,
    );
  }

  get inFlight(): number {
    return this.running.size;
  }

  /** Persists `pending`, runs `deliver`, then forgets it (delivered, or failed and logged by the caller). */
  async track(pending: PendingReview, deliver: () => Promise<void>): Promise<void> {
    const run = this.persistThenDeliver(pending, deliver);
    this.running.add(run);
    try {
      await run;
    } finally {
      this.running.delete(run);
    }
  }

  private async persistThenDeliver(pending: PendingReview, deliver: () => Promise<void>): Promise<void> {
    await this.safely('savePending', () => this.store.savePending(pending));
    try {
      await deliver();
    } finally {
      await this.safely('deletePending', () => this.store.deletePending(pending.id));
    }
  }

  /**
   * Runs the handling of an acked event (dedupe, settings, review, reply) once one of the
   * REVIEW_CONCURRENCY slots is free. Slack was acked before this: a burst waits here, in memory and
   * without touching the database, instead of flooding the database until its reads time out (which
   * would make the resilient store answer "not watched" and skip drafts). SIGTERM's drain waits for
   * these too; only a process killed outright loses what is still waiting for a slot. `handle` gets the
   * slot, to give it back early through released().
   *
   * The slot is handed on explicitly (through Bolt's context) rather than found in an AsyncLocalStorage:
   * on Node 20 one AsyncLocalStorage turns on promise hooks for the whole process, a cost on every promise
   * of every request (~15% of the main thread's time in the first 250 ms of a burst).
   */
  async admit(handle: (slot: AdmissionSlot) => Promise<void>): Promise<void> {
    const run = (async () => {
      const release = await this.gate.acquire();
      try {
        await this.acksSent();
        await handle(release);
      } finally {
        release();
      }
    })();
    this.running.add(run);
    try {
      await run;
    } finally {
      this.running.delete(run);
    }
  }

  /**
   * Gives back the event's admission slot (none for work that was not admitted, e.g. a redelivery), then
   * runs `send`: the Slack calls that deliver a review. They may wait seconds on a 429's Retry-After;
   * meanwhile the next draft is reviewed. The event stays tracked (SIGTERM's drain still waits for it) and
   * its pending row stays until delivered.
   */
  async released<T>(slot: AdmissionSlot | undefined, send: () => Promise<T>): Promise<T> {
    slot?.();
    return send();
  }

  /**
   * Acks first: counts the requests `server` has begun and not yet answered, and holds admitted events
   * until there are none (up to ACK_FIRST_MAX_WAIT_MS each). Bolt acks an event before any of our code
   * runs, but the requests still arriving shared the thread with the work of those already acked (store
   * calls, reviews, replies): under a burst their acks waited behind it. The bare Bolt app has none of
   * that work; with this the bot's acks wait for little more than the bare app's do.
   */
  watchAcks(server: Server): void {
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
      this.unanswered += 1;
      let answered = false;
      const done = () => {
        if (answered) return;
        answered = true;
        this.unanswered -= 1;
        if (this.unanswered === 0) for (const resume of [...this.waitingForAcks]) resume();
      };
      response.once('finish', done);
      response.once('close', done);
    });
  }

  private acksSent(): Promise<void> {
    if (this.unanswered === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const resume = () => {
        clearTimeout(timer);
        this.waitingForAcks.delete(resume);
        resolve();
      };
      const timer = setTimeout(resume, this.ackFirstMaxWaitMs);
      this.waitingForAcks.add(resume);
    });
  }

  /** Waits for the reviews under way, up to `timeoutMs`; resolves with how many were still running. */
  async drain(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const result = await Promise.race([Promise.allSettled([...this.running]).then(() => 'done'), timedOut]);
    clearTimeout(timer);
    return result === 'done' ? 0 : this.running.size;
  }

  /**
   * At start: what an earlier process acked and never answered. A channel draft is reviewed and
   * answered in its thread; a command is answered through its response_url while that still works,
   * otherwise the person gets a direct message saying the draft was not reviewed. Nothing is dropped
   * without a log line at error.
   */
  async redeliver(client: WebClient, redelivery: Redelivery): Promise<number> {
    const leftovers = await this.safely('listPending', () => this.store.listPending(REDELIVER_LIMIT));
    if (!leftovers || leftovers.length === 0) return 0;
    this.logger.info(
      { event: 'pending.redeliver', count: leftovers.length },
      'answering reviews left pending',
    );
    await Promise.all(leftovers.map((pending) => this.redeliverOne(client, redelivery, pending)));
    return leftovers.length;
  }

  private async redeliverOne(
    client: WebClient,
    redelivery: Redelivery,
    pending: PendingReview,
  ): Promise<void> {
    const age = Date.now() - (pending.createdAt?.getTime() ?? Date.now());
    try {
      await this.track(pending, async () => {
        if (pending.source === 'channel' && pending.channelId && pending.messageTs) {
          await redelivery.channel(client, {
            ...pending,
            channelId: pending.channelId,
            messageTs: pending.messageTs,
          });
          metrics.pendingRedelivered.inc({ outcome: 'reviewed' });
        } else if (pending.responseUrl && age < RESPONSE_URL_MAX_AGE_MS) {
          await redelivery.command({ ...pending, responseUrl: pending.responseUrl });
          metrics.pendingRedelivered.inc({ outcome: 'reviewed' });
        } else {
          await client.chat.postMessage({
            channel: pending.userId,
            text:
              ':warning: I restarted before I could answer a draft you sent me with `/etiquette`. ' +
              'Please send it again: `/etiquette <your draft>`.',
          });
          metrics.pendingRedelivered.inc({ outcome: 'told' });
        }
      });
    } catch (error) {
      metrics.pendingRedelivered.inc({ outcome: 'failed' });
      this.logger.error(
        { event: 'pending.lost', source: pending.source, userId: pending.userId, err: error },
        'a review left pending by the previous process could not be delivered',
      );
    }
  }

  private async safely<T>(operation: string, call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      this.logger.warn({ event: 'store.error', operation, err: error }, 'pending work not recorded');
      return null;
    }
  }
}
