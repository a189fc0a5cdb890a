import { reviewDraft } from '../../src/review';

// Drafts the first, phrase-list reviewer let through or over-reported, tried by hand on text it was
// not written for. Each must now be judged right and explained by a finding on the right words.
describe('phrasing the phrase lists never saw', () => {
  const rulesOf = (text: string) =>
    reviewDraft(text, { skipRewrite: true }).findings.map((finding) => finding.rule);

  it('sends back a pure brag with no call to action', () => {
    const review = reviewDraft(
      "We've hired 40 engineers this quarter and our platform now processes 2B events a day. Onwards and upwards.",
    );
    expect(review.verdict).toBe('revise');
    expect(review.findings.map((finding) => finding.rule)).toContain('numbers-brag');
  });

  it('reads hype as a construction, not a word list', () => {
    const review = reviewDraft('Meet Nimbus, the most advanced solution on the market.', {
      skipRewrite: true,
    });
    expect(review.findings.map((finding) => finding.excerpt)).toContain(
      'the most advanced solution on the market',
    );
    const framework = reviewDraft(
      'Unlock your potential with our proven 5-step framework. Transform your business today.',
      {
        skipRewrite: true,
      },
    );
    expect(framework.verdict).toBe('revise');
    expect(framework.findings.map((finding) => finding.excerpt)).toEqual([
      'Unlock your potential',
      'proven 5-step framework',
      'Transform your business',
    ]);
  });

  it('reports five hashtags as one finding with every place', () => {
    const review = reviewDraft('New drop is live #sale #fashion #style #ootd #deals #shopping', {
      skipRewrite: true,
    });
    const hashtags = review.findings.filter((finding) => finding.rule === 'hashtag-emoji-stuffing');
    expect(hashtags).toHaveLength(1);
    expect(hashtags[0]?.spans?.length).toBeGreaterThan(1);
  });

  it('catches marketing texts: short codes, prize claims, small print', () => {
    expect(rulesOf('Text WIN to 80080 to claim your £500 prize. T&Cs apply. Reply STOP to opt out.')).toEqual(
      ['hard-call-to-action', 'prize-claim', 'offer-terms', 'offer-terms'],
    );
    expect(
      reviewDraft('URGENT! Your number has been selected for a cash prize. Call 09061 701 461 now.').verdict,
    ).toBe('revise');
    expect(
      reviewDraft('Freemsg: 3 months of premium for £0. Txt PREMIUM to 61234. Std msg rates apply.').verdict,
    ).toBe('revise');
  });

  it('leaves ordinary person-to-person messages alone, even with money, calls and "free"', () => {
    for (const text of [
      "Hi Sam, running 10 min late, order me a flat white? I'll pay you back",
      'Are you free on Saturday? Call me when you get this, the plumber wants £80 cash and I am out.',
      'Won the raffle at Leah’s school fete, a hamper the size of a car. Want the wine?',
    ]) {
      expect(reviewDraft(text).verdict).toBe('pass');
    }
  });
});
