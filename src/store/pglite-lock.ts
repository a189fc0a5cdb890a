import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { StoreUnavailableError } from './sql';

/**
 * One process owns a PGlite data folder at a time: DATA_DIR/pglite.lock holds the owner's pid, and a
 * second line "stopping" once the owner received SIGTERM and is closing the database. A starting process
 * that finds a live owner that is stopping waits for it (a supervisor restarting at once after a stop),
 * up to STOPPING_WAIT_MS, and says so in one log line; a live owner that is not stopping is refused at
 * once (two instances on one DATA_DIR); a dead owner's lock is taken over.
 */

/** How long a start waits for a live owner that is shutting down (main.ts gives itself 9 s to stop). */
export const STOPPING_WAIT_MS = 10_000;
/**
 * A live owner not (yet) marked stopping gets this long to mark itself: a supervisor may start the next
 * process the instant after it sent SIGTERM, before the owner's signal handler ran.
 */
export const MARK_GRACE_MS = 2_000;
const POLL_MS = 50;

/** Lock files this process holds (a pid alone cannot tell "open here" from a dead process that had our pid). */
const held = new Set<string>();

interface LockState {
  pid: number;
  stopping: boolean;
}

function read(file: string): LockState | null {
  try {
    const [pid, state] = readFileSync(file, 'utf8').split('\n');
    return { pid: Number(pid?.trim()), stopping: state?.trim() === 'stopping' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The lock's content is written beside it and moved into place, so another process never reads a
 * half-written file: an empty read (between a truncate and its write) would look like no owner at all.
 */
function scratchFor(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

function writeWhole(file: string, content: string): void {
  const scratch = scratchFor(file);
  writeFileSync(scratch, content);
  renameSync(scratch, file);
}

/** Creates the lock with our pid in one step (a hard link fails if the lock exists, like O_EXCL). */
function tryCreate(file: string): boolean {
  const scratch = scratchFor(file);
  writeFileSync(scratch, String(process.pid));
  try {
    linkSync(scratch, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    rmSync(scratch, { force: true });
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function takeLock(
  file: string,
  logger?: Pick<Logger, 'info'>,
  { stoppingWaitMs = STOPPING_WAIT_MS, markGraceMs = MARK_GRACE_MS } = {},
): Promise<void> {
  const dir = path.dirname(file);
  if (held.has(file))
    throw new StoreUnavailableError(`the data folder ${dir} is already open in this process`);
  const started = Date.now();
  let announced = false;
  for (;;) {
    if (tryCreate(file)) break;
    const owner = read(file);
    if (!owner) continue; // released between our two looks
    const waited = Date.now() - started;
    const unreadable = !owner.pid;
    if (unreadable && waited < markGraceMs) {
      // A lock without a pid is one written by an older build mid-write, or left empty by a crash:
      // look again before deciding it has no owner.
      await sleep(POLL_MS);
      continue;
    }
    if (unreadable || owner.pid === process.pid || !isAlive(owner.pid)) {
      // A stale lock: its process died without closing (or had our pid in an earlier container run).
      writeWhole(file, String(process.pid));
      break;
    }
    if (owner.stopping && waited < stoppingWaitMs) {
      if (!announced) {
        announced = true;
        logger?.info(
          { event: 'store.lock_wait', owner: owner.pid, dataDir: dir, maxMs: stoppingWaitMs },
          `the data folder is still held by process ${owner.pid}, which is stopping: waiting for it`,
        );
      }
    } else if (owner.stopping || waited >= markGraceMs) {
      throw new StoreUnavailableError(
        owner.stopping
          ? `the data folder ${dir} is still held by process ${owner.pid} after ${Math.round(waited / 1000)} s of waiting for it to stop`
          : `the data folder ${dir} is in use by process ${owner.pid}; ` +
              'PGlite serves one process: give each instance its own DATA_DIR, or set DATABASE_URL to share a Postgres server',
      );
    }
    await sleep(POLL_MS);
  }
  held.add(file);
}

export function releaseLock(file: string): void {
  if (!held.delete(file)) return;
  rmSync(file, { force: true });
}

/** Marks every lock this process holds as "stopping" (called on SIGTERM, before the drain and close). */
export function markLocksStopping(): void {
  for (const file of held) {
    try {
      writeWhole(file, `${process.pid}\nstopping\n`);
    } catch {
      // The folder went away: nothing to tell anyone.
    }
  }
}
