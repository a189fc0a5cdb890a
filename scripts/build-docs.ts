/** Regenerates docs/rules.md and the rules table in README.md from the rules' meta. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesDocument, rulesTable } from '../src/review/docs';

const root = join(__dirname, '..');
writeFileSync(join(root, 'docs', 'rules.md'), rulesDocument());
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- section:rules -->';
const end = '<!-- /section:rules -->';
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
const intro =
  'The reviewer runs one rule per file (`src/review/rules/`), each tied to a principle. Full entries: [docs/rules.md](docs/rules.md).';
writeFileSync(readmePath, `${before}\n${intro}\n\n${rulesTable()}\n${after}`);
console.log('docs/rules.md and the README rules table are up to date.');
