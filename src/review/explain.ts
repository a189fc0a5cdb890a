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

/**
 * What a rule suggests, said so it can be read by a whole channel: kind, about the post rather than its writer, with no
 * count ("4 hashtags") and no label ("keyword stuffing"). A finding's own message and suggestion are written for its
 * author in private; this is the one line a public reply leads with. One per rule, so no finding can slip a count in.
 */
const PUBLIC_IDEAS = new Map<string, string>([
  ['addressing-crowd', 'Write to one reader, the way you would talk to them.'],
  ['discount-push', 'Say what the reader gets first; the price can follow, plainly.'],
  ['guilt-trip', 'Say what the help does, and leave the choice with the reader.'],
  ['engagement-bait', 'Ask something people would want to answer, and let them join in their own way.'],
  ['hard-call-to-action', 'Invite the reader in rather than telling them what to do.'],
  ['hashtag-emoji-stuffing', 'Keep the tags and emoji that mean something to the reader.'],
  ['hype-superlatives', 'Swap the big adjective for one concrete detail.'],
  ['link-only', 'Add a line on what is behind the link and why it matters to the reader.'],
  ['no-invitation', 'End with a question the reader can answer.'],
  ['numbers-brag', 'Share one real example the reader can picture.'],
  ['offer-terms', 'State the offer once, plainly.'],
  ['pitch-question', 'Ask a question you really want answered.'],
  ['press-release-register', 'Tell it the way you would tell a friend.'],
  ['prize-claim', 'Say plainly what is on offer, for whom and why.'],
  ['self-announcement', 'Open with what changes for the reader, then share the news.'],
  ['self-focus', 'Say what it means for the reader, and invite them in.'],
  ['shouting', 'Let the words carry the emphasis, in normal case.'],
  ['social-proof', 'Share one real example instead of a headcount.'],
  ['urgency-scarcity', 'Give the date plainly and let the reader decide in their own time.'],
  ['network-hashtags', 'Keep the tags people on this network really follow.'],
  ['network-hook', 'Open with what the reader gets, or with a question.'],
  ['instagram-link', 'Point to the link in your bio, or say what is behind it.'],
  ['network-over-limit', 'Trim it to one point, or split it into a short thread.'],
  [OVERALL_TONE.id, 'Say it the way you would to one person you know.'],
]);

/** Said for a finding with no rule of ours behind it whose suggestion cannot be shown as it is. */
const PUBLIC_FALLBACK = 'Say this part the way you would to one person you know.';

/**
 * The idea behind a finding in words a whole channel may read: the rule's public line, or, for a team's own phrase,
 * its suggestion when that carries no number (a team writes its own words; a number could be a count).
 */
export function publicIdea(finding: Pick<Finding, 'rule' | 'suggestion'>): string {
  const line = PUBLIC_IDEAS.get(finding.rule);
  if (line) return line;
  const suggestion = finding.suggestion.trim();
  return suggestion && !/\d/.test(suggestion) ? suggestion : PUBLIC_FALLBACK;
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
