import { rulesDocument, rulesTable } from '../../src/review/docs';
import { RULES } from '../../src/review';
import { docsAreCurrent } from './rule-tester';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('generated docs', () => {
  it('docs/rules.md matches the rules (run `npm run docs` after changing a rule)', () => {
    expect(docsAreCurrent(rulesDocument())).toBe(true);
  });

  it('the README carries the rules table', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(rulesTable());
  });

  it('covers at least the twelve kinds of finding the reviewer promises', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(RULES.map((rule) => rule.meta.category))).toEqual(new Set(['salesy', 'broadcast']));
  });
});
