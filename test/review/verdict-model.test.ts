import { reviewDraft } from '../../src/review';
import { DENSE_FEATURES, fromStored, loadModel, type StoredModel } from '../../src/review/model';
import shipped from '../../src/review/model/verdict-model.json';
import { isTest, loadCorpus, score, type LabelledDraft } from '../../scripts/corpus';

// The test split: a quarter of every writer's drafts, never trained or tuned on (scripts/corpus.ts).
const testSplit = loadCorpus().filter(isTest);

function judge(drafts: readonly LabelledDraft[], verdict: 'model' | 'rules') {
  const reviews = drafts.map((draft) => reviewDraft(draft.text, { verdict, skipRewrite: true }));
  return {
    reviews,
    scores: score(
      drafts.map((draft) => draft.label),
      reviews.map((review) => review.verdict === 'revise'),
    ),
  };
}

describe('the verdict model', () => {
  const model = judge(testSplit, 'model');
  const rules = judge(testSplit, 'rules');

  it('is the one trained on the current features, and every review names it', () => {
    expect(loadModel()).not.toBeNull();
    expect((shipped as unknown as StoredModel).features).toEqual(DENSE_FEATURES);
    expect(reviewDraft('Buy now!!! Only 3 left').model).toMatch(/^verdict-lr-[0-9a-f]{8}$/);
  });

  it('refuses a model file trained on other features instead of misreading it', () => {
    const stale = { ...(shipped as unknown as StoredModel), features: ['something-else'] };
    expect(fromStored(stale)).toBeNull();
  });

  it('holds F1 >= 0.93 with at most 5% of conversational drafts flagged on the test split', () => {
    console.log(
      `test split (${testSplit.length} drafts): model P ${model.scores.precision.toFixed(3)} R ${model.scores.recall.toFixed(3)} F1 ${model.scores.f1.toFixed(3)} FPR ${model.scores.falsePositiveRate.toFixed(3)}; ` +
        `rules alone F1 ${rules.scores.f1.toFixed(3)} FPR ${rules.scores.falsePositiveRate.toFixed(3)}`,
    );
    expect(testSplit.length).toBeGreaterThanOrEqual(1000);
    expect(model.scores.f1).toBeGreaterThanOrEqual(0.93);
    expect(model.scores.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it('beats the rules deciding alone on the test split, with fewer false alarms', () => {
    expect(model.scores.f1).toBeGreaterThan(rules.scores.f1);
    expect(model.scores.falsePositiveRate).toBeLessThanOrEqual(rules.scores.falsePositiveRate);
  });

  it('means what it says: drafts scored high are mostly fine, drafts scored low mostly not', () => {
    const band = (low: number, high: number) => {
      const inBand = testSplit.filter((_, index) => {
        const value = model.reviews[index]?.score ?? 0;
        return value >= low && value < high;
      });
      return inBand.filter((draft) => draft.label === 'conversational').length / Math.max(1, inBand.length);
    };
    expect(band(0, 20)).toBeLessThan(0.15);
    expect(band(80, 101)).toBeGreaterThan(0.85);
    expect(band(50, 80)).toBeGreaterThan(band(20, 50));
  });

  it('never sends a draft back without a finding that says where and why', () => {
    for (const review of model.reviews) {
      if (review.verdict !== 'revise') continue;
      expect(review.findings.length).toBeGreaterThan(0);
      const [first] = review.findings;
      expect(first?.end).toBeGreaterThan(first?.start ?? 0);
      expect(first?.principle).toBeTruthy();
    }
  });

  it('explains a verdict no rule accounts for with the sentence that weighed most', () => {
    const review = reviewDraft('$0 → $3M ARR in 22 months. No outbound. No paid ads. Just product. 🙌');
    expect(review.verdict).toBe('revise');
    expect(review.findings.map((finding) => [finding.rule, finding.excerpt])).toEqual([
      ['overall-tone', '$0 → $3M ARR in 22 months.'],
    ]);
    expect(review.findings[0]?.message).toMatch(/one-way announcement/);
  });

  it('lets a friendly post with a price and a link pass', () => {
    const review = reviewDraft(
      'Our little pottery class is back on Thursdays from March: £25 a session, clay and tea included. Beginners very welcome, Jo will show you the wheel. Details: https://clayhouse.example/classes. What would you make first?',
    );
    expect(review.verdict).toBe('pass');
  });
});
