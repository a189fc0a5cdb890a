// `npm run eval [-- options] [FILE.jsonl...]`: etiquette-coach eval, on the project's corpora by default.
import { main } from '../src/cli/main';

const args = process.argv.slice(2);
const hasFile = args.some((arg) => arg.endsWith('.jsonl'));
const files = hasFile ? [] : ['test/fixtures/drafts.jsonl', 'test/fixtures/holdout.jsonl'];
void main(['eval', ...args, ...files]).then((code) => {
  process.exitCode = code;
});
