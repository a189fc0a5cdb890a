import { reviewDraft } from '../../src/review';
import { runSingleRule } from '../../src/review/engine';
import { PRINCIPLE_IDS, type Language, type Severity } from '../../src/review/types';
import type { Rule } from '../../src/review/rule';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A RuleTester in the spirit of ESLint's: each rule states drafts it must leave alone (`valid`)
 * and drafts it must flag (`invalid`), with the exact excerpts it reports, in order.
 */
export interface ValidCase {
  text: string;
  language?: Language;
  /** Why this case is here (a regression, a hard case). */
  note?: string;
}

export interface InvalidCase extends ValidCase {
  errors: { excerpt: string; severity?: Severity }[];
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

const docs = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');

export function testRule(rule: Rule, tests: RuleTests): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has complete meta and a docs entry', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(PRINCIPLE_IDS).toContain(rule.meta.principle);
      expect(rule.meta.why.length).toBeGreaterThan(40);
      expect(rule.meta.docs).toBe(`docs/rules.md#${rule.meta.id}`);
      expect(docs).toContain(`<a id="${rule.meta.id}"></a>`);
    });

    it('flags its own bad example, and its better example passes review', () => {
      expect(runSingleRule(rule, rule.meta.example.bad, 'en').length).toBeGreaterThan(0);
      expect(runSingleRule(rule, rule.meta.example.better, 'en')).toEqual([]);
      expect(reviewDraft(rule.meta.example.better).verdict).toBe('pass');
    });

    for (const valid of tests.valid) {
      const { text, language } = typeof valid === 'string' ? { text: valid, language: undefined } : valid;
      it(`leaves alone: ${JSON.stringify(text).slice(0, 90)}`, () => {
        expect(runSingleRule(rule, text, language).map((finding) => finding.excerpt)).toEqual([]);
      });
    }

    for (const invalid of tests.invalid) {
      it(`flags: ${JSON.stringify(invalid.text).slice(0, 90)}`, () => {
        const findings = runSingleRule(rule, invalid.text, invalid.language);
        expect(findings.map((finding) => finding.excerpt)).toEqual(
          invalid.errors.map((error) => error.excerpt),
        );
        invalid.errors.forEach((error, index) => {
          const finding = findings[index];
          if (!finding) return;
          expect(invalid.text.slice(finding.start, finding.end)).toBe(finding.excerpt);
          expect(finding.rule).toBe(rule.meta.id);
          expect(finding.message.length).toBeGreaterThan(10);
          if (error.severity) expect(finding.severity).toBe(error.severity);
        });
      });
    }
  });
}

/** The generated docs are current: `npm run docs` was run after the last change to a rule's meta. */
export function docsAreCurrent(expected: string): boolean {
  return docs === expected;
}
