import { analyse, type DraftAnalysis } from './analysis';
import { parseDraft, type Draft } from './draft';
import { detectLanguage } from './language';
import type { Rule, RuleContext, RuleReport } from './rule';
import { RULES } from './rules';
import { SIGNALS } from './signals';
import type { Finding, Language, Review, ReviewOptions, Severity, Signal } from './types';
import { decideVerdict, type VerdictDecision } from './verdict';

/**
 * The first three stages of a review, in order: analyse the draft once, let every rule and signal
 * read that analysis, then weigh what they found into a verdict. The rewrite comes after and may
 * call this again on its candidates; nothing here knows about rewriting.
 */

/** How much a finding matters when the review picks what to show first. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 45, warning: 24, suggestion: 9 };
export { PASS_THRESHOLD } from './verdict';

export interface Judgement {
  draft: Draft;
  analysis: DraftAnalysis;
  /** What each finding's rule proposes in place of its excerpt, for the rewriter. */
  replacements: WeakMap<Finding, string | undefined>;
  language: Language;
  findings: Finding[];
  signals: Signal[];
  score: number;
  verdict: Review['verdict'];
  decision: VerdictDecision;
}

function runRule(
  rule: Rule,
  analysis: DraftAnalysis,
  into: Finding[],
  replacements: WeakMap<Finding, string | undefined>,
): void {
  const { draft, language } = analysis;
  const context: RuleContext = {
    draft,
    text: draft.text,
    language,
    analysis,
    report(report: RuleReport) {
      if (report.end <= report.start) return;
      const { start, end } = draft.toOriginal(report.start, report.end);
      const finding: Finding = {
        rule: rule.meta.id,
        principle: rule.meta.principle,
        category: rule.meta.category,
        severity: report.severity ?? rule.meta.severity,
        start,
        end,
        excerpt: draft.original.slice(start, end),
        message: report.message,
        suggestion: report.suggestion,
      };
      into.push(finding);
      replacements.set(finding, report.replacement);
    },
  };
  rule.check(context);
}

/** Runs one rule alone over a draft (the RuleTester's entry point). */
export function runSingleRule(rule: Rule, input: string, language?: Language): Finding[] {
  const draft = parseDraft(input);
  const findings: Finding[] = [];
  runRule(rule, analyse(draft, language ?? detectLanguage(draft.text)), findings, new WeakMap());
  return findings;
}

function appliesTo(rule: Rule, language: Language): boolean {
  return rule.meta.languages === 'all' || rule.meta.languages.includes(language);
}

function teamPhraseFindings(draft: Draft, options: ReviewOptions): Finding[] {
  const findings: Finding[] = [];
  const lower = draft.original.toLowerCase();
  for (const { phrase, message } of options.rejectPhrases ?? []) {
    const needle = phrase.trim().toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      findings.push({
        rule: 'team-phrase',
        principle: 'conversation',
        category: 'salesy',
        severity: 'warning',
        start: at,
        end: at + needle.length,
        excerpt: draft.original.slice(at, at + needle.length),
        message: message?.trim() || `Your team asked not to use "${phrase.trim()}".`,
        suggestion: 'Say it the way your team prefers.',
      });
    }
  }
  return findings;
}

function isAccepted(finding: Finding, options: ReviewOptions): boolean {
  const excerpt = finding.excerpt.toLowerCase();
  const accepted = (options.acceptPhrases ?? []).some((phrase) => {
    const needle = phrase.trim().toLowerCase();
    return needle.length > 0 && (excerpt.includes(needle) || needle.includes(excerpt));
  });
  const silenced = (options.silenced ?? []).some(
    (entry) => entry.rule === finding.rule && entry.phrase.toLowerCase() === excerpt,
  );
  return accepted || silenced;
}

/**
 * One phrase is reported once: overlapping findings of one rule, or words another finding of the
 * same category already covers with at least the same severity ("proud to announce" is both an
 * announcement and news). Linear after the sort, so a 40,000-character draft stays instant.
 */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  const ruleEnd = new Map<string, number>();
  // Furthest end of a kept finding, by category and by minimum severity weight.
  const coverEnd = new Map<string, number>();
  const levels = Object.values(SEVERITY_WEIGHT);
  for (const finding of sorted) {
    if (finding.start < (ruleEnd.get(finding.rule) ?? -1)) continue;
    const weight = SEVERITY_WEIGHT[finding.severity];
    const covered = levels.some(
      (level) => level >= weight && finding.end <= (coverEnd.get(`${finding.category}:${level}`) ?? -1),
    );
    if (covered) continue;
    kept.push(finding);
    ruleEnd.set(finding.rule, Math.max(ruleEnd.get(finding.rule) ?? -1, finding.end));
    for (const level of levels) {
      if (level > weight) continue;
      const key = `${finding.category}:${level}`;
      coverEnd.set(key, Math.max(coverEnd.get(key) ?? -1, finding.end));
    }
  }
  return kept;
}

function detectSignals(analysis: DraftAnalysis): Signal[] {
  const { draft, language } = analysis;
  const signals: Signal[] = [];
  for (const detector of SIGNALS) {
    const hits = detector.detect({ draft, text: draft.text, language, analysis });
    if (hits.length === 0) continue;
    for (const hit of hits) {
      const { start, end } = draft.toOriginal(hit.start, hit.end);
      signals.push({
        signal: detector.id,
        principle: detector.principle,
        start,
        end,
        excerpt: draft.original.slice(start, end),
        note: detector.note,
      });
    }
  }
  return signals;
}

/** Analyses a draft, runs every rule and signal over that analysis and weighs them; no rewrite. */
export function judgeDraft(input: string, options: ReviewOptions = {}): Judgement {
  const draft = parseDraft(input);
  const analysis = analyse(draft);
  const { language } = analysis;
  const disabled = new Set(options.disabledRules ?? []);
  const raw: Finding[] = [];
  const replacements = new WeakMap<Finding, string | undefined>();
  for (const rule of RULES) {
    if (disabled.has(rule.meta.id) || !appliesTo(rule, language)) continue;
    runRule(rule, analysis, raw, replacements);
  }
  if (!disabled.has('team-phrase')) raw.push(...teamPhraseFindings(draft, options));
  const findings = dedupe(raw.filter((finding) => !isAccepted(finding, options)));
  const signals = detectSignals(analysis);
  const decision = decideVerdict(
    analysis,
    findings,
    signals,
    options.strictness ?? 'standard',
    options.verdict,
  );
  return {
    draft,
    analysis,
    replacements,
    language,
    findings,
    signals,
    score: decision.score,
    verdict: decision.verdict,
    decision,
  };
}
