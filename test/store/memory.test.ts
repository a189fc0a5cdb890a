import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Store } from '../../src/store/types';
import { storeContract } from './contract';

/**
 * The in-memory store (src/store/memory.ts, the Slack app's test double) must behave like the SQL
 * engines. It is looked up at run time so this suite waits quietly until that module exists.
 */
const modulePath = path.join(__dirname, '../../src/store/memory.ts');

function memoryFactory(): (() => Store) | null {
  if (!existsSync(modulePath)) return null;
  const exported = require('../../src/store/memory') as Record<string, unknown>;
  for (const value of Object.values(exported)) {
    if (typeof value !== 'function') continue;
    const proto = (value as { prototype?: Record<string, unknown> }).prototype;
    if (proto && typeof proto.claimEvent === 'function') return () => new (value as new () => Store)();
  }
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value === 'function' && /^create/i.test(name)) return () => (value as () => Store)();
  }
  return null;
}

const factory = memoryFactory();
if (factory) {
  storeContract('memory', { create: factory });
} else {
  describe.skip('Store contract: memory (src/store/memory.ts not there yet)', () => {
    test('skipped', () => undefined);
  });
}
