// Two builds of the reviewer side by side in one process, interleaved, on the same drafts: how a change
// moved the speed. The other build is any checkout's `dist/`, e.g. the first version's:
//
//   git worktree add /tmp/first 85a89ae && (cd /tmp/first && ln -s "$PWD/../main/node_modules" . ; npx tsc -p tsconfig.build.json)
//   npm run build && OTHER=/tmp/first/dist node bench/compare-builds.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.env.OTHER) {
  console.error('Set OTHER to the dist/ folder of the build to compare against (see the top of this file).');
  process.exit(2);
}
const builds = {
  this: require(join(root, 'dist/review/index.js')),
  other: require(join(process.env.OTHER, 'review/index.js')),
};
const texts = readFileSync(join(root, 'test/fixtures/drafts.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).text);

for (const [name, options] of [
  ['judging only (no rewrite)', { skipRewrite: true }],
  ['full review (rewrite included)', {}],
]) {
  const run = (build) => {
    const started = performance.now();
    for (const text of texts) build.reviewDraft(text, options);
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) for (const build of Object.values(builds)) run(build);
  const total = { this: 0, other: 0 };
  for (let i = 0; i < 15; i++) for (const [key, build] of Object.entries(builds)) total[key] += run(build);
  const rate = (ms) => Math.round((15 * texts.length) / (ms / 1000)).toLocaleString('en');
  console.log(
    `${name.padEnd(32)} this build ${rate(total.this)}/s, other ${rate(total.other)}/s: ${(total.other / total.this).toFixed(2)}×`,
  );
}
