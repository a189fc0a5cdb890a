// npm run bench: the rule engine over the labelled corpus, next to write-good and alex on the
// same texts in the same process, reported as ratios. Also the CLI on 32,000 drafts as one process.
// Runs on the compiled build (dist/), which is what `npm start` and the CLI run.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { reviewDraft } = require(join(root, 'dist/review/index.js'));
const writeGood = require('write-good');
const { text: alex } = await import('alex');

const drafts = readFileSync(join(root, 'test/fixtures/drafts.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).text);
const tweetSized = drafts.filter((text) => text.length >= 200 && text.length <= 280);
const quick = process.argv.includes('--quick');

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `fn` over every text for at least `seconds`, timing each call. */
function measure(name, fn, texts, seconds) {
  for (let i = 0; i < Math.min(texts.length, 200); i++) fn(texts[i]); // warm-up
  globalThis.gc?.();
  const times = [];
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < seconds * 1000) {
    for (const text of texts) {
      const t0 = performance.now();
      fn(text);
      times.push(performance.now() - t0);
      count++;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { name, perSecond: count / elapsed, p50: percentile(times, 50), p99: percentile(times, 99), count };
}

const seconds = quick ? 1 : 4;
const results = [
  measure('etiquette-coach (rules)', (text) => reviewDraft(text), drafts, seconds),
  measure('write-good', (text) => writeGood(text), drafts, seconds),
  measure('alex', (text) => alex(text), drafts, seconds),
];
const tweet = measure('etiquette-coach, 200-280 chars', (text) => reviewDraft(text), tweetSized, seconds);

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
console.log(
  `Node ${process.version} · ${cpus()[0]?.model ?? 'cpu'} · one core · ${drafts.length} corpus drafts\n`,
);
console.log('| reviewer | drafts/s | p50 | p99 | etiquette-coach is |');
console.log('|---|---:|---:|---:|---:|');
const ours = results[0];
for (const result of results) {
  const ratio = result === ours ? '—' : `${(ours.perSecond / result.perSecond).toFixed(1)}× faster`;
  console.log(
    `| ${result.name} | ${Math.round(result.perSecond).toLocaleString('en-US')} | ${fmt(result.p50)} | ${fmt(result.p99)} | ${ratio} |`,
  );
}
console.log(
  `| ${tweet.name} (${tweetSized.length} drafts) | ${Math.round(tweet.perSecond).toLocaleString('en-US')} | ${fmt(tweet.p50)} | ${fmt(tweet.p99)} | |`,
);

// A 40,000-character draft (the longest the reviewer accepts), built from the corpus: median of 7.
let long = '';
for (let i = 0; long.length < 40_000; i++) long += `${drafts[i % drafts.length]}\n\n`;
long = long.slice(0, 40_000);
reviewDraft(long);
const longTimes = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  reviewDraft(long);
  longTimes.push(performance.now() - t0);
}
longTimes.sort((a, b) => a - b);
console.log(`\nA 40,000-character draft: ${fmt(longTimes[3])} per review (median of 7, rewrite included)`);

// The CLI as one process over 32,000 drafts (the corpus repeated), wall time including start-up.
const lines = [];
for (let i = 0; lines.length < 32_000; i++)
  lines.push(JSON.stringify({ id: `d${lines.length}`, text: drafts[i % drafts.length] }));
const dir = mkdtempSync(join(tmpdir(), 'etiquette-bench-'));
const input = join(dir, 'drafts.jsonl');
writeFileSync(input, `${lines.join('\n')}\n`);
/** Runs a whole process over the input; wall time including start-up, and lines written. */
function wholeProcess(args, env = process.env) {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { input: readFileSync(input), maxBuffer: 1 << 30, env });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, lines: child.stdout.toString().trim().split('\n').length, status: child.status };
}
const cli = wholeProcess([join(root, 'bin/etiquette-coach.js'), 'review', '--jsonl', '--no-llm'], {
  ...process.env,
  OPENAI_API_KEY: '',
});
const theirs = wholeProcess([join(root, 'bench/write-good-jsonl.mjs')]);
const perSecond = (run) => Math.round(run.lines / run.seconds).toLocaleString('en-US');
console.log(
  `\nCLI: ${cli.lines.toLocaleString('en-US')} drafts through \`etiquette-coach review --jsonl\` in ${cli.seconds.toFixed(2)} s ` +
    `(${perSecond(cli)} drafts/s, exit ${cli.status}); write-good as one process on the same lines: ` +
    `${theirs.seconds.toFixed(2)} s (${perSecond(theirs)} drafts/s). etiquette-coach is ${(theirs.seconds / cli.seconds).toFixed(2)}× as fast.`,
);
