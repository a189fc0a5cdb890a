import type { Config } from '../config';
import { MemoryStore } from './memory';
import type { Store } from './types';

export type { Store } from './types';
export { MemoryStore } from './memory';

/** The Store the app runs with. For now the in-memory one; PGlite/Postgres plug in here. */
export async function createStore(_config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): Promise<Store> {
  const store = new MemoryStore();
  await store.init();
  return store;
}
