#!/usr/bin/env node
// Makes dist/store/pglite-seed.tar.gz: an empty PGlite database folder with every migration applied
// (gzipped tar, about 4.5 MB). A first start on an empty DATA_DIR unpacks it instead of running initdb
// in the bot's process (src/store/pglite-first-start.ts), then migrates as usual (nothing left to do,
// unless the seed is older than the code). Run by `npm run build` after tsc and copy-migrations.
const fs = require('node:fs');
const path = require('node:path');

async function main() {
  const root = path.join(__dirname, '..');
  const { PgliteStore } = require(path.join(root, 'dist', 'store', 'pglite.js'));
  const to = path.join(root, 'dist', 'store', 'pglite-seed.tar.gz');
  const store = new PgliteStore();
  await store.init();
  try {
    fs.writeFileSync(to, await store.engine.dumpDataDir());
  } finally {
    await store.close();
  }
  console.log(
    `wrote ${path.relative(root, to)} (${(fs.statSync(to).size / 1024 / 1024).toFixed(1)} MB, migrated)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
