import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export interface BotProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first stdout JSON line matching `where`. */
  waitForLog(
    where: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/**
 * `npm start` as one real process (node with tsx's require hook on src/main.ts: no wrapper process, so
 * a signal reaches the bot itself), in /tmp so no .env is picked up.
 */
export function startBot(env: Record<string, string>): BotProcess {
  const child = spawn(
    process.execPath,
    ['--require', require.resolve('tsx/cjs'), join(ROOT, 'src/main.ts')],
    {
      cwd: '/tmp',
      env: { PATH: process.env.PATH ?? '', HOME: '/tmp', NODE_OPTIONS: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const wake of waiters) wake();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  // Whole lines only: a chunk may end mid-line.
  const lines = () =>
    out
      .split('\n')
      .slice(0, -1)
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLog(where, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines().find(where);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(
          () => reject(new Error(`log line not seen; stdout:\n${out}\nstderr:\n${err}`)),
          timeoutMs,
        );
        waiters.push(check);
        void exited.then(() => setTimeout(check, 50));
        check();
      });
    },
  };
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
