// Two builds must give the same review of every draft, byte for byte: the check behind every speed
// change. It reviews every text in corpus/**/*.jsonl and test/fixtures/*.jsonl with this checkout's
// dist/ and with another build's, and compares the JSON of each review:
//
//   git worktree add --detach /tmp/speed-base main && ln -s "$PWD/node_modules" /tmp/speed-base/ &&
//     (cd /tmp/speed-base && npx tsc -p tsconfig.build.json)
//   npx tsc -p tsconfig.build.json && BASE=/tmp/speed-base/dist node bench/same-reviews.mjs
//
// Each build runs in its own child process (one module cache, no state shared between builds) and
// writes its reviews to a file, one JSON line per review. Every draft is reviewed in four ways: full
// review and judging only (`skipRewrite`), each once with the line's own network (or none) and once
// with a network picked in turn from the list below, so the network rules and the fitting to a
// network are compared too. Exit status 1 when anything differs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
// Networks taken in turn for the second pass ('any' runs no network rule).
const NETWORKS = ['x', 'linkedin', 'instagram', 'threads', 'bluesky', 'facebook', 'mastodon', 'any'];

function jsonlFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsonlFiles(path));
    else if (entry.name.endsWith('.jsonl')) found.push(path);
  }
  return found.sort();
}

/** Every draft with where it came from: lines without a "text" (ratings, pairs' metadata) are skipped. */
function drafts() {
  const fixtures = join(root, 'test/fixtures');
  const files = [
    ...jsonlFiles(join(root, 'corpus')),
    ...readdirSync(fixtures)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => join(fixtures, name)),
  ];
  const found = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        const row = JSON.parse(line);
        if (typeof row.text !== 'string') return;
        found.push({ where: `${relative(root, file)}:${index + 1}`, text: row.text, network: row.network });
      });
  }
  return found;
}

/** The ways each draft is reviewed, with the options each passes. */
function runs(draft, index) {
  const own = draft.network ? { network: draft.network } : {};
  const turn = { network: NETWORKS[index % NETWORKS.length] };
  return [
    ['full', own],
    ['judge', { ...own, skipRewrite: true }],
    [`full ${turn.network}`, turn],
    [`judge ${turn.network}`, { ...turn, skipRewrite: true }],
  ];
}

if (process.env.SAME_REVIEWS_BUILD) {
  // Child: one build, every draft, every way; one line per review, in a fixed order.
  const require = createRequire(import.meta.url);
  const { reviewDraft } = require(join(process.env.SAME_REVIEWS_BUILD, 'review/index.js'));
  const lines = [];
  drafts().forEach((draft, index) => {
    for (const [, options] of runs(draft, index)) {
      let review;
      try {
        review = JSON.stringify(reviewDraft(draft.text, options));
      } catch (error) {
        review = `threw: ${error instanceof Error ? error.message : String(error)}`;
      }
      lines.push(review);
    }
  });
  writeFileSync(process.env.SAME_REVIEWS_OUT, lines.join('\n'));
  process.exit(0);
}

if (!process.env.BASE) {
  console.error('Set BASE to the dist/ folder of the build to compare against (see the top of this file).');
  process.exit(2);
}
const builds = { base: process.env.BASE, this: join(root, 'dist') };
const scratch = mkdtempSync(join(tmpdir(), 'same-reviews-'));
const outputs = {};
for (const [name, build] of Object.entries(builds)) {
  const out = join(scratch, `${name}.jsonl`);
  const child = spawnSync(process.execPath, [self], {
    env: { ...process.env, SAME_REVIEWS_BUILD: build, SAME_REVIEWS_OUT: out },
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`reviewing with ${build} failed (status ${child.status})`);
  outputs[name] = readFileSync(out, 'utf8').split('\n');
}
rmSync(scratch, { recursive: true, force: true });

const all = drafts();
const labels = all.flatMap((draft, index) => runs(draft, index).map(([way]) => `${draft.where} (${way})`));
if (outputs.base.length !== labels.length || outputs.this.length !== labels.length) {
  console.error(
    `review counts differ: base ${outputs.base.length}, this ${outputs.this.length}, drafts×ways ${labels.length}`,
  );
  process.exit(1);
}
const differences = [];
labels.forEach((label, index) => {
  if (outputs.base[index] !== outputs.this[index]) differences.push(index);
});
console.log(
  `${labels.length} reviews compared (${all.length} drafts × 4 ways), ${differences.length} differences`,
);
for (const index of differences.slice(0, 20)) {
  const [base, mine] = [outputs.base[index], outputs.this[index]];
  let at = 0;
  while (at < base.length && base[at] === mine[at]) at++;
  console.log(`\n${labels[index]}: first difference at character ${at}`);
  console.log(`  base: …${base.slice(Math.max(0, at - 80), at + 160)}`);
  console.log(`  this: …${mine.slice(Math.max(0, at - 80), at + 160)}`);
}
process.exit(differences.length === 0 ? 0 : 1);
