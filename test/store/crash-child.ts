// Child process for pglite.test.ts: opens a PGlite store in the given folder, writes, says "ready", then
// waits to be killed with SIGKILL (no close, no flush: a crash).
import { PgliteStore } from '../../src/store/pglite';
import { channelSettings, review } from './contract';

async function run(dataDir: string) {
  const store = new PgliteStore({ dataDir });
  await store.init();
  await store.saveChannelSettings(channelSettings('TCrash', 'C1', { strictness: 'gentle' }));
  await store.recordReview(review('TCrash', { messageTs: '7.7' }));
  await store.claimEvent('EvCrash');
  process.stdout.write('ready\n');
  setInterval(() => undefined, 60_000);
}

run(process.argv[2] ?? '').catch((error) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
