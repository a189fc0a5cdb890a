#!/usr/bin/env node
// Copies the store's .sql migrations and its database thread (pglite-worker.js) next to the compiled store (dist/store/migrations), where
// src/store/migrate.ts looks for them at run time, and the reviewer's word lists (known-words.bloom, german-case.bloom) next to
// the compiled reviewer. Run by `npm run build` after tsc.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const from = path.join(root, 'src', 'store', 'migrations');
const to = path.join(root, 'dist', 'store', 'migrations');

fs.mkdirSync(to, { recursive: true });
const files = fs.readdirSync(from).filter((file) => file.endsWith('.sql'));
for (const file of files) fs.copyFileSync(path.join(from, file), path.join(to, file));
console.log(`copied ${files.length} migration(s) to ${path.relative(root, to)}`);
// The embedded database's thread is plain JavaScript (it serves src/ under tsx and jest as it is).
fs.copyFileSync(
  path.join(root, 'src', 'store', 'pglite-worker.js'),
  path.join(root, 'dist', 'store', 'pglite-worker.js'),
);
// The words of four languages, and how German writes its words, read on first use by
// src/review/known-words.ts.
for (const file of ['known-words.bloom', 'german-case.bloom'])
  fs.copyFileSync(path.join(root, 'src', 'review', file), path.join(root, 'dist', 'review', file));
