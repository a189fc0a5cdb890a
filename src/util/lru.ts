import { LRUCache } from 'lru-cache';

/**
 * A least-recently-used map on lru-cache: a hit makes the entry the newest, an insert past capacity
 * drops the oldest. Used for the LLM answer cache, the reviews buttons refer to, the store's read
 * cache and event ids seen in-process. Two things lru-cache leaves to us: a capacity of 0 is a cache
 * turned off (lru-cache needs at least one slot), and `undefined` is a value worth remembering (a
 * read that found nothing), where lru-cache would take it as a delete.
 */
const UNDEFINED = Symbol('undefined');

export class LruCache<K extends NonNullable<unknown>, V> {
  private readonly entries: LRUCache<K, NonNullable<unknown>> | null;

  constructor(readonly capacity: number) {
    this.entries = capacity > 0 ? new LRUCache({ max: capacity }) : null;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  get(key: K): V | undefined {
    const value = this.entries?.get(key);
    return value === UNDEFINED ? undefined : (value as V | undefined);
  }

  has(key: K): boolean {
    return this.entries?.has(key) ?? false;
  }

  set(key: K, value: V): void {
    this.entries?.set(key, value === undefined ? UNDEFINED : (value as NonNullable<unknown>));
  }

  delete(key: K): void {
    this.entries?.delete(key);
  }

  clear(): void {
    this.entries?.clear();
  }
}
