// Two builds of the reviewer side by side on the same drafts: how a change moved the speed. The
// other build is any checkout's `dist/`, e.g. the first version's:
//
//   git worktree add /tmp/first 85a89ae && (cd /tmp/first && ln -s "$PWD/../main/node_modules" . ; npx tsc -p tsconfig.build.json)
//   npm run build && OTHER=/tmp/first/dist node bench/compare-builds.mjs
//
// Each build runs in its own child process (two builds in one process share V8's regexp and
// inline caches and slow each other down unevenly), alternating A B A B… so that whatever else the
// machine is doing weighs on both alike; the ratio is the median of the rounds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

if (process.env.MEASURE_BUILD) {
  // Child: one build, one mode, drafts per CPU-second: the best pass over the drafts in 2.5 s.
  const require = createRequire(import.meta.url);
  const { reviewDraft } = require(join(process.env.MEASURE_BUILD, 'review/index.js'));
  const options = process.env.MEASURE_MODE === 'judge' ? { skipRewrite: true } : {};
  const texts = readFileSync(join(root, 'test/fixtures/drafts.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).text);
  for (let i = 0; i < 2; i++) for (const text of texts) reviewDraft(text, options);
  // CPU time, not wall time: on a shared machine the wait for a core would count against a build.
  const cpuSeconds = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  // The best of several short windows: interference from other work only ever slows a window down.
  let best = 0;
  const started = performance.now();
  while (performance.now() - started < 2500) {
    const cpuStarted = cpuSeconds();
    for (const text of texts) reviewDraft(text, options);
    best = Math.max(best, texts.length / (cpuSeconds() - cpuStarted));
  }
  console.log(JSON.stringify({ perSecond: best }));
  process.exit(0);
}

if (!process.env.OTHER) {
  console.error('Set OTHER to the dist/ folder of the build to compare against (see the top of this file).');
  process.exit(2);
}
const builds = { this: join(root, 'dist'), other: process.env.OTHER };
const rounds = Number(process.env.ROUNDS ?? 5);

function measure(build, mode) {
  const child = spawnSync(process.execPath, [self], {
    env: { ...process.env, MEASURE_BUILD: build, MEASURE_MODE: mode },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`measuring ${build} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout).perSecond;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rate = (value) => Math.round(value).toLocaleString('en');
for (const [name, mode] of [
  ['judging only (no rewrite)', 'judge'],
  ['full review (rewrite included)', 'review'],
]) {
  const results = { this: [], other: [] };
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which build goes first, so neither always gets the quieter moment.
    const order = round % 2 === 0 ? ['this', 'other'] : ['other', 'this'];
    const got = {};
    for (const key of order) got[key] = measure(builds[key], mode);
    results.this.push(got.this);
    results.other.push(got.other);
    ratios.push(got.this / got.other);
  }
  console.log(
    `${name.padEnd(32)} this build ${rate(median(results.this))}/s, other ${rate(median(results.other))}/s: ` +
      `${median(ratios).toFixed(2)}× (median of ${rounds} alternating rounds, ` +
      `range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}
