// write-good as a whole process doing what `etiquette-coach review --jsonl` does: read JSONL drafts on
// stdin, check each, write one JSON line per draft. The bench times it beside our CLI on the same input.
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
const writeGood = require('write-good');
const out = [];
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  out.push(JSON.stringify({ id, suggestions: writeGood(text) }));
  if (out.length >= 256) process.stdout.write(`${out.splice(0).join('\n')}\n`);
}
if (out.length) process.stdout.write(`${out.join('\n')}\n`);
