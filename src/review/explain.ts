import { reviewDraft } from './engine';
import { OVERALL_TONE } from './overall-tone';
import { RULES } from './rules';
import { NETWORK_RULES } from './rules/network';
import type { Finding, Review, ReviewOptions } from './types';

const WHY = new Map<string, string>([
  ...RULES.map((rule) => [rule.meta.id, rule.meta.why] as const),
  ...NETWORK_RULES.map((rule) => [rule.meta.id, rule.meta.why] as const),
  // The reader-facing half only: the rest of the entry explains the model, which a writer need not read.
  [OVERALL_TONE.id, OVERALL_TONE.why.split(/(?<=\.)\s/)[0] ?? OVERALL_TONE.why],
]);

/**
 * Why a finding's rule matters to the reader, in our own words (the rule's `why`), or null for a finding with no
 * rule of ours behind it (a team's own phrase, whose message is the team's).
 */
export function whyItMatters(rule: string): string | null {
  return WHY.get(rule) ?? null;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Which of the review's findings its suggested version takes care of, one boolean per finding, in order.
 * A full rewrite takes care of a finding when the finding's words are gone from it, or its rule no longer finds
 * anything in it; targeted edits take care of the findings they touch. Without either, nothing is taken care of.
 * Callers use it to lead with a fix the version really makes.
 */
export function addressedFindings(review: Review, options: ReviewOptions = {}): boolean[] {
  if (review.rewrite) {
    const rewrite = normalise(review.rewrite);
    const again = reviewDraft(review.rewrite, { ...options, skipRewrite: true });
    const stillFlagged = (finding: Finding) =>
      again.findings.some(
        (each) => each.rule === finding.rule && normalise(each.excerpt) === normalise(finding.excerpt),
      );
    return review.findings.map((finding) => {
      if (stillFlagged(finding)) return false;
      const wordsGone = !rewrite.includes(normalise(finding.excerpt));
      const ruleQuiet = !again.findings.some((each) => each.rule === finding.rule);
      return wordsGone || ruleQuiet;
    });
  }
  const edits = review.edits ?? [];
  return review.findings.map((finding) => {
    const spans = finding.spans && finding.spans.length > 0 ? finding.spans : [finding];
    return edits.some((edit) => spans.some((span) => edit.start < span.end && span.start < edit.end));
  });
}
