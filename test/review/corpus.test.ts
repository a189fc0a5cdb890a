import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewDraft, extractFacts, missingFactsAndPaths } from '../../src/review';
import { factSheet } from '../../src/review/facts';
import { judgeDraft } from '../../src/review/judge';
import { passesReview } from '../../src/review/rewrite/checks';

interface LabelledDraft {
  id: string;
  label: 'salesy' | 'broadcast' | 'conversational';
  text: string;
}

function load(file: string): LabelledDraft[] {
  return readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledDraft);
}

// The corpus the issue asks for, and a second set written apart from the rules (see the README).
describe.each([
  ['drafts.jsonl', 200],
  ['holdout.jsonl', 150],
])('quality on the labelled drafts of test/fixtures/%s', (file, minimumSize) => {
  const corpus = load(file);
  const reviews = corpus.map((draft) => ({ draft, review: reviewDraft(draft.text) }));

  it('holds F1 >= 0.90 with a false-positive rate <= 0.05 on conversational drafts', () => {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    let trueNegative = 0;
    for (const { draft, review } of reviews) {
      const flagged = review.verdict === 'revise';
      const shouldFlag = draft.label !== 'conversational';
      if (flagged && shouldFlag) truePositive++;
      else if (flagged) falsePositive++;
      else if (shouldFlag) falseNegative++;
      else trueNegative++;
    }
    const precision = truePositive / (truePositive + falsePositive);
    const recall = truePositive / (truePositive + falseNegative);
    const f1 = (2 * precision * recall) / (precision + recall);
    const falsePositiveRate = falsePositive / (falsePositive + trueNegative);
    const byLabel = (label: LabelledDraft['label']) => {
      const ofLabel = reviews.filter(({ draft }) => draft.label === label);
      const flagged = ofLabel.filter(({ review }) => review.verdict === 'revise').length;
      return `${flagged}/${ofLabel.length}`;
    };
    console.log(
      [
        `${file}: ${corpus.length} drafts`,
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`,
        `false-positive rate on conversational drafts ${falsePositiveRate.toFixed(3)}`,
        `flagged: salesy ${byLabel('salesy')}, broadcast ${byLabel('broadcast')}, conversational ${byLabel('conversational')}`,
      ].join('\n'),
    );
    expect(corpus.length).toBeGreaterThanOrEqual(minimumSize);
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(falsePositiveRate).toBeLessThanOrEqual(0.05);
  });

  it('reports every finding with offsets into the original draft', () => {
    for (const { draft, review } of reviews) {
      for (const finding of review.findings) {
        expect(draft.text.slice(finding.start, finding.end)).toBe(finding.excerpt);
      }
    }
  });

  // A rewrite is shown only when it passed its checks (facts and reply paths kept, grammar, length,
  // its own review). When no plan yields one, the author gets targeted edits instead: that is the
  // one way a draft sent back can be without a rewrite, and it is counted here, not hidden.
  describe('every draft that needs revising gets a checked rewrite (or targeted edits) that', () => {
    const revised = reviews.filter(({ review }) => review.verdict === 'revise');
    const rewritten = revised.filter(({ review }) => review.rewrite !== null);
    const shown = rewritten.flatMap(({ draft, review }) =>
      [review.rewrite as string, ...(review.alternatives ?? [])].map((text) => ({ draft, text })),
    );

    it('exists and differs from the draft, or is replaced by targeted edits', () => {
      for (const { draft, review } of revised) {
        if (review.rewrite === null) {
          expect(review.edits).toEqual(expect.any(Array));
          continue;
        }
        expect(review.rewrite).not.toBe(draft.text);
        expect(review.alternatives ?? []).not.toContain(review.rewrite);
      }
      console.log(
        `${file}: ${rewritten.length} of ${revised.length} drafts sent back get a checked rewrite, ` +
          `${revised.length - rewritten.length} get targeted edits; ${shown.length - rewritten.length} alternatives`,
      );
      // The edits are the fallback, not the product: at least a third get a full rewrite that passed
      // every check (38% and 37% measured with the verdict model of November 2026).
      expect(rewritten.length).toBeGreaterThan(revised.length / 3);
    });

    // Its own review: it passes outright, or finds no hard sell left and no more to fix than the
    // draft's. A rewrite keeps every price and date, so an offer still reads as an offer to the
    // verdict model; what it must lose is the pushing.
    it('passes its own review, alternatives included', () => {
      const failing = shown
        .filter(({ draft, text }) => {
          const judged = judgeDraft(draft.text);
          const input = {
            draft: draft.text,
            candidate: text,
            language: judged.language,
            sheet: factSheet(draft.text, judged.analysis),
            options: {},
            original: judged,
          };
          return passesReview.check(input) !== null;
        })
        .map(({ draft }) => draft.id);
      expect(failing).toEqual([]);
    });

    it('keeps every link, mention, channel, number, name, price, date and reply path', () => {
      const losing = shown
        .map(({ draft, text }) => ({ id: draft.id, missing: missingFactsAndPaths(draft.text, text) }))
        .filter(({ missing }) => missing.length > 0);
      expect(losing).toEqual([]);
      // The check is not vacuous: the corpus carries facts to lose.
      const withFacts = rewritten.filter(({ draft }) => {
        const facts = extractFacts(draft.text);
        return facts.urls.length + facts.mentions.length + facts.numbers.length + facts.entities.length > 0;
      });
      expect(withFacts.length).toBeGreaterThan(30);
    });

    it('reads without template seams: no doubled punctuation or spaces, sentences start with a capital', () => {
      for (const { text } of shown) {
        const prose = text.replace(
          /<[^>]+>|https?:\/\/\S+|```[\s\S]*?```|`[^`]*`|:[a-z0-9_+-]+:|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|app|uk|nl|it|de|fr|es|pt|br)\S*/g,
          'LINK',
        );
        expect(prose).not.toMatch(/[,;:]\s*[,;:.!?]|[.!?]\s*[,;:]|!!|\?\?|(?<!\.)\.\.(?!\.)| {2,}/);
        // An ellipsis carries a sentence on ("but... free shipping"): no capital is owed after it.
        expect(prose).not.toMatch(/(?<!\.\.)[.!?]\s+[a-z]/);
      }
    });
  });
});
