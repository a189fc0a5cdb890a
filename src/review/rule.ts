import type { DraftAnalysis } from './analysis';
import type { Draft } from './draft';
import type { Category, Language, PrincipleId, Severity } from './types';

/** Vale-style shapes: what kind of matching a rule does. */
export type RuleShape = 'existence' | 'occurrence' | 'capitalization' | 'ratio' | 'structure';

export interface RuleMeta {
  id: string;
  category: Category;
  principle: PrincipleId;
  severity: Severity;
  shape: RuleShape;
  /** One line for tables and listings. */
  description: string;
  /** Why it hurts the relationship with the reader, in our own words. */
  why: string;
  /** Anchor of this rule's entry in docs/rules.md. */
  docs: string;
  /** Languages whose phrase lists the rule carries; `all` for language-independent rules. */
  languages: 'all' | readonly Language[];
  /** A draft that the rule flags and a better way to say it, for the README table. */
  example: { bad: string; better: string };
}

/** What a rule reports: offsets into `draft.text`; the engine maps them to the original input. */
export interface RuleReport {
  start: number;
  end: number;
  message: string;
  suggestion: string;
  /** Overrides the rule's default severity for this one finding (e.g. one hype word vs. three). */
  severity?: Severity;
  /**
   * What the rewriter should put in place of the excerpt: '' to drop it, a phrase to swap in.
   * Undefined leaves the excerpt for another rule or for the rewriter's own clean-up.
   */
  replacement?: string;
}

export interface RuleContext {
  draft: Draft;
  text: string;
  language: Language;
  /** The draft's shared analysis: tokens, sentences, who is addressed, imperatives, entities, intent. */
  analysis: DraftAnalysis;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function docsAnchor(id: string): string {
  return `docs/rules.md#${id}`;
}
