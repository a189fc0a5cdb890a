import {
  addressedFindings,
  publicIdea,
  reviewDraft,
  RULES,
  whyItMatters,
  type Finding,
  type Review,
} from '../../src/review';
import { OVERALL_TONE } from '../../src/review/overall-tone';
import { NETWORK_RULES } from '../../src/review/rules/network';

const TEXT = 'BUY NOW: our new mugs are here! #deal #sale #shop #mugs #new';

function finding(excerpt: string, rule: string): Finding {
  const start = TEXT.indexOf(excerpt);
  const meta = RULES.find((each) => each.meta.id === rule)!.meta;
  return {
    rule,
    principle: meta.principle,
    category: meta.category,
    severity: meta.severity,
    start,
    end: start + excerpt.length,
    excerpt,
    message: 'flagged',
    suggestion: 'fix it',
  };
}

const base: Review = {
  verdict: 'revise',
  score: 20,
  findings: [
    finding('BUY NOW', 'hard-call-to-action'),
    finding('#deal #sale #shop #mugs #new', 'hashtag-emoji-stuffing'),
  ],
  signals: [],
  rewrite: null,
  reviewer: 'rules',
  language: 'en',
  summary: '',
};

describe('what a suggested version takes care of', () => {
  test('a rewrite that keeps a finding’s words (still flagged) does not take care of it; one that drops them does', () => {
    const review = { ...base, rewrite: 'BUY NOW: our new mugs are here. Which colour would you pick? #mugs' };
    expect(addressedFindings(review)).toEqual([false, true]);
  });

  test('a rewrite that changes both takes care of both', () => {
    const review = { ...base, rewrite: 'Our new mugs are here. Which colour would you pick? #mugs' };
    expect(addressedFindings(review)).toEqual([true, true]);
  });

  test('targeted edits take care of the findings they touch, and only those', () => {
    const review = { ...base, edits: [{ start: 0, end: 7, excerpt: 'BUY NOW', replacement: 'Have a look' }] };
    expect(addressedFindings(review)).toEqual([true, false]);
  });

  test('with neither a rewrite nor edits, nothing is taken care of', () => {
    expect(addressedFindings(base)).toEqual([false, false]);
  });

  test('the engine’s own review lines up one answer per finding', () => {
    const review = reviewDraft(TEXT);
    expect(addressedFindings(review)).toHaveLength(review.findings.length);
  });
});

describe('why a finding matters', () => {
  test('is the rule’s own reason, for every rule', () => {
    for (const rule of RULES) expect(whyItMatters(rule.meta.id)).toBe(rule.meta.why);
  });

  test('for the whole-post finding, only the reader-facing sentence, without the model', () => {
    const why = whyItMatters(OVERALL_TONE.id)!;
    expect(OVERALL_TONE.why.startsWith(why)).toBe(true);
    expect(why).not.toMatch(/model|trained/);
  });

  test('a team’s own phrase has no rule reason of ours', () => {
    expect(whyItMatters('team-phrase')).toBeNull();
  });
});

describe('the idea a public reply leads with', () => {
  const ids = [...RULES, ...NETWORK_RULES].map((rule) => rule.meta.id).concat(OVERALL_TONE.id);

  test('every rule has its own line: no number, no label a channel would read as a grade', () => {
    const lines = ids.map((rule) => publicIdea({ rule, suggestion: '4 hashtags is 2 too many' }));
    for (const line of lines) {
      expect(line).not.toMatch(/\d/);
      expect(line).not.toMatch(/stuffing|shout|spam|hunting|press release|brag|bait/i);
      expect(line).toMatch(/^[A-Z].*\.$/);
    }
    // Each rule says its own thing (the fallback is for phrases of no rule of ours).
    expect(new Set(lines).size).toBe(ids.length);
  });

  test('what the engine finds in a noisy draft is said in public without its count', () => {
    const review = reviewDraft('We are thrilled!!! #a #b #c #d #e #f Sign up today!', { skipRewrite: true });
    expect(review.findings.some((each) => /\d/.test(each.message))).toBe(true);
    for (const each of review.findings) expect(publicIdea(each)).not.toMatch(/\d/);
  });

  test('a team’s own phrase keeps its suggestion, unless that has a number in it', () => {
    expect(publicIdea({ rule: 'team-phrase', suggestion: 'Say it the way your team prefers.' })).toBe(
      'Say it the way your team prefers.',
    );
    expect(publicIdea({ rule: 'team-phrase', suggestion: 'Use 2 tags at most.' })).not.toMatch(/\d/);
  });
});
