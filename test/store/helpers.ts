import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger';
import type { Store } from '../../src/store/types';

/** A real pino logger whose JSON lines are kept for assertions. */
export function memoryLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('debug', stream), lines };
}

export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;

/**
 * Wraps a working store and can make its database "go away": every call then fails as a refused
 * connection would ('down') or never answers ('hang'), like a database that is slow or partitioned.
 */
export function switchable(inner: Store): { store: Store; set(mode: 'ok' | 'down' | 'hang'): void } {
  let mode: 'ok' | 'down' | 'hang' = 'ok';
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close' || property === 'init') return value;
      return (...args: unknown[]) => {
        if (mode === 'down') {
          return Promise.reject(
            Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
          );
        }
        if (mode === 'hang') return new Promise(() => undefined);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, set: (next) => (mode = next) };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
