import {
  addressedFindings,
  reviewDraft,
  RULES,
  whyItMatters,
  type Finding,
  type Review,
} from '../../src/review';
import { OVERALL_TONE } from '../../src/review/overall-tone';

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
