/** Regenerates docs/rules.md and the rules table in README.md from the rules' meta. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { networksTable, rulesDocument, rulesTable } from '../src/review/docs';

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
let updated = `${before}\n${intro}\n\n${rulesTable()}\n${after}`;
const networksStart = '<!-- section:networks-table -->';
const networksEnd = '<!-- /section:networks-table -->';
if (updated.includes(networksStart)) {
  updated =
    updated.slice(0, updated.indexOf(networksStart) + networksStart.length) +
    `\n${networksTable()}\n` +
    updated.slice(updated.indexOf(networksEnd));
}
writeFileSync(readmePath, updated);
console.log('docs/rules.md and the README rules table are up to date.');
