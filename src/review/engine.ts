import { parseDraft, type Draft } from './draft';
import { detectLanguage } from './language';
import { PRINCIPLES } from './principles';
import type { Rule, RuleContext, RuleReport } from './rule';
import { RULES } from './rules';
import { SIGNALS } from './signals';
import { rewriteDraft } from './rewrite';
import type { Finding, Language, Review, ReviewOptions, Severity, Signal, Strictness } from './types';

/** Points a finding costs. An error alone sends a draft back; suggestions only add up. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 45, warning: 24, suggestion: 9 };
/** The score a draft needs to pass, by strictness. */
export const PASS_THRESHOLD: Record<Strictness, number> = { gentle: 55, standard: 70, strict: 80 };
/** Favourable signals can earn back at most this much: a thank-you does not excuse a hard sell. */
const MAX_CREDIT = 24;

export interface Analysis {
  draft: Draft;
  /** What each finding's rule proposes in place of its excerpt, for the rewriter. */
  replacements: WeakMap<Finding, string | undefined>;
  language: Language;
  findings: Finding[];
  signals: Signal[];
  score: number;
  verdict: Review['verdict'];
}

function runRule(
  rule: Rule,
  draft: Draft,
  language: Language,
  into: Finding[],
  replacements: WeakMap<Finding, string | undefined>,
): void {
  const context: RuleContext = {
    draft,
    text: draft.text,
    language,
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
  runRule(rule, draft, language ?? detectLanguage(draft.text), findings, new WeakMap());
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

/** Repeats of one rule cost less each time: three hype words are worse than one, not three times worse. */
function penalty(findings: Finding[]): number {
  const seen = new Map<string, number>();
  let total = 0;
  for (const finding of findings) {
    const repeat = seen.get(finding.rule) ?? 0;
    seen.set(finding.rule, repeat + 1);
    total += SEVERITY_WEIGHT[finding.severity] * (repeat === 0 ? 1 : repeat === 1 ? 0.5 : 0.25);
  }
  return total;
}

function detectSignals(draft: Draft, language: Language): { signals: Signal[]; credit: number } {
  const signals: Signal[] = [];
  let credit = 0;
  for (const detector of SIGNALS) {
    const hits = detector.detect({ draft, text: draft.text, language });
    if (hits.length === 0) continue;
    credit += detector.credit;
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
  return { signals, credit: Math.min(credit, MAX_CREDIT) };
}

/** Runs every rule and signal over a draft and weighs them; no rewrite. */
export function analyseDraft(input: string, options: ReviewOptions = {}): Analysis {
  const draft = parseDraft(input);
  const language = detectLanguage(draft.text);
  const disabled = new Set(options.disabledRules ?? []);
  const raw: Finding[] = [];
  const replacements = new WeakMap<Finding, string | undefined>();
  for (const rule of RULES) {
    if (disabled.has(rule.meta.id) || !appliesTo(rule, language)) continue;
    runRule(rule, draft, language, raw, replacements);
  }
  if (!disabled.has('team-phrase')) raw.push(...teamPhraseFindings(draft, options));
  const findings = dedupe(raw.filter((finding) => !isAccepted(finding, options)));
  const { signals, credit } = detectSignals(draft, language);
  const cost = penalty(findings);
  // Credit earns back at most half of what the findings cost: signals soften, they never erase.
  const score = Math.round(Math.max(0, Math.min(100, 100 - cost + Math.min(credit, cost / 2))));
  // An error is a problem on its own (a hard sell, a megaphone): no thank-you or question offsets it.
  const hasError = findings.some((finding) => finding.severity === 'error');
  const verdict = hasError || score < PASS_THRESHOLD[options.strictness ?? 'standard'] ? 'revise' : 'pass';
  return { draft, replacements, language, findings, signals, score, verdict };
}

function summarise(analysis: Analysis): string {
  const { findings, signals, verdict } = analysis;
  if (verdict === 'revise') {
    const worst = [...findings].sort((a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity])[0];
    const principle = worst ? PRINCIPLES[worst.principle] : PRINCIPLES.conversation;
    return `${principle.title}: ${principle.summary}`;
  }
  if (signals.length > 0) {
    const first = signals[0] as Signal;
    return `Reads like a person talking to people. ${first.note}`;
  }
  return 'Reads like a person talking to people.';
}

/** Reviews a draft with the rules: verdict, score, findings, and a rewrite when it needs one. */
export function reviewDraft(input: string, options: ReviewOptions = {}): Review {
  const analysis = analyseDraft(input, options);
  const rewrite =
    analysis.verdict === 'revise' && !options.skipRewrite ? rewriteDraft(analysis, options) : null;
  return {
    verdict: analysis.verdict,
    score: analysis.score,
    findings: analysis.findings,
    signals: analysis.signals,
    rewrite: analysis.verdict === 'revise' ? (rewrite ?? analysis.draft.original) : null,
    reviewer: 'rules',
    language: analysis.language,
    summary: summarise(analysis),
  };
}
