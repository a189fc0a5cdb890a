import { reviewDraft } from '../../src/review';
import { runSingleNetworkRule, runSingleRule } from '../../src/review/engine';
import {
  PRINCIPLE_IDS,
  type Finding,
  type Language,
  type NetworkId,
  type Severity,
} from '../../src/review/types';
import type { NetworkRule, Rule } from '../../src/review/rule';
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

/** The rule reported exactly the expected excerpts, in order, each pointing into the input. */
function expectFindings(id: string, invalid: InvalidCase, findings: Finding[]): void {
  expect(findings.map((finding) => finding.excerpt)).toEqual(invalid.errors.map((error) => error.excerpt));
  invalid.errors.forEach((error, index) => {
    const finding = findings[index];
    if (!finding) return;
    expect(invalid.text.slice(finding.start, finding.end)).toBe(finding.excerpt);
    expect(finding.rule).toBe(id);
    expect(finding.message.length).toBeGreaterThan(10);
    if (error.severity) expect(finding.severity).toBe(error.severity);
  });
}

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
        expectFindings(rule.meta.id, invalid, runSingleRule(rule, invalid.text, invalid.language));
      });
    }
  });
}

/** The generated docs are current: `npm run docs` was run after the last change to a rule's meta. */
export function docsAreCurrent(expected: string): boolean {
  return docs === expected;
}

export interface NetworkCase extends ValidCase {
  /** The network the caller assumed; a leading `x: ` tag in `text` wins. */
  network?: NetworkId;
}
export type InvalidNetworkCase = NetworkCase & InvalidCase;

/** The RuleTester for rules about a draft's network: the same promises, per network. */
export function testNetworkRule(
  rule: NetworkRule,
  tests: { valid: NetworkCase[]; invalid: InvalidNetworkCase[] },
): void {
  describe(`network rule ${rule.meta.id}`, () => {
    it('has complete meta, sources for its numbers and a docs entry', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(PRINCIPLE_IDS).toContain(rule.meta.principle);
      expect(rule.meta.why.length).toBeGreaterThan(40);
      expect(rule.meta.docs).toBe(`docs/rules.md#${rule.meta.id}`);
      expect(rule.meta.networks.length).toBeGreaterThan(0);
      expect(rule.meta.sources.length).toBeGreaterThan(0);
      for (const source of rule.meta.sources) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(docs).toContain(source.url);
      }
      expect(docs).toContain(`<a id="${rule.meta.id}"></a>`);
    });

    it('flags its own bad example, and leaves its better example alone', () => {
      expect(runSingleNetworkRule(rule, rule.meta.example.bad, 'any', 'en').length).toBeGreaterThan(0);
      expect(runSingleNetworkRule(rule, rule.meta.example.better, 'any', 'en')).toEqual([]);
    });

    it('says nothing when the review knows no network', () => {
      const untagged = rule.meta.example.bad.replace(/^[a-z]+:\s*/i, '');
      expect(runSingleNetworkRule(rule, untagged, 'any', 'en')).toEqual([]);
    });

    for (const valid of tests.valid) {
      it(`leaves alone on ${valid.network ?? 'its tag'}: ${JSON.stringify(valid.text).slice(0, 80)}`, () => {
        const findings = runSingleNetworkRule(rule, valid.text, valid.network, valid.language);
        expect(findings.map((finding) => finding.excerpt)).toEqual([]);
      });
    }

    for (const invalid of tests.invalid) {
      it(`flags on ${invalid.network ?? 'its tag'}: ${JSON.stringify(invalid.text).slice(0, 80)}`, () => {
        const findings = runSingleNetworkRule(rule, invalid.text, invalid.network, invalid.language);
        expectFindings(rule.meta.id, invalid, findings);
      });
    }
  });
}
