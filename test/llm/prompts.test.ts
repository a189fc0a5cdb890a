import { reviewDraft } from '../../src/review';
import { unsupportedClaims } from '../../src/review/claims';
import { guardAnswer, loadPrompts, parseExamples } from '../../src/review/llm';
import { detectLanguage } from '../../src/review/language';

describe('prompts/', () => {
  const prompts = loadPrompts();
  const examples = prompts.examples;

  it('loads once into a system turn and worked examples, versioned by hash', () => {
    expect(prompts.version).toMatch(/^[0-9a-f]{12}$/);
    expect(loadPrompts(prompts.dir).version).toBe(prompts.version);
    expect(prompts.system).toContain('conversation:');
    expect(prompts.system).toContain('Use only what the draft says');
    expect(prompts.system).not.toContain('### draft');
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((example, i) => [i, example] as const))(
    'worked example %i passes the guards it teaches, the invented-claims guard included',
    (_i, example) => {
      const guarded = guardAnswer(
        example.draft,
        example.answer,
        reviewDraft(example.draft),
        {},
        prompts.version,
      );
      expect(guarded.problems).toEqual([]);
      expect(guarded.rewriteProblems).toEqual([]);
      expect(guarded.codes).toEqual([]);
      if (example.answer.rewrite)
        expect(unsupportedClaims(example.draft, example.answer.rewrite)).toEqual([]);
    },
  );

  describe('cover what models get wrong', () => {
    const revised = examples.filter((example) => example.answer.verdict === 'revise');

    it('a friendly post with a price and a link passes with no findings', () => {
      const passing = examples.filter(
        ({ draft, answer }) =>
          answer.verdict === 'pass' && /[$€£]\d|\d\s?%/.test(draft) && /https?:\/\//.test(draft),
      );
      expect(passing.length).toBeGreaterThanOrEqual(1);
      for (const { answer } of passing) expect(answer.findings).toEqual([]);
    });

    it('a brag with no call to action is revised without inventing a call to action', () => {
      const brags = revised.filter(({ draft }) =>
        reviewDraft(draft).findings.every((f) => f.rule !== 'hard-call-to-action'),
      );
      expect(brags.length).toBeGreaterThanOrEqual(1);
      for (const { answer } of brags)
        expect(answer.rewrite).not.toMatch(/\b(?:buy|order|sign up|dm us|shop)\b/i);
    });

    it('a non-English draft is answered in its language', () => {
      const foreign = revised.filter(({ draft }) => detectLanguage(draft) !== 'en');
      expect(foreign.length).toBeGreaterThanOrEqual(1);
      for (const { draft, answer } of foreign) {
        expect(detectLanguage(answer.rewrite as string)).toBe(detectLanguage(draft));
        for (const finding of answer.findings)
          expect(detectLanguage(finding.message)).toBe(detectLanguage(draft));
      }
    });

    it('a reply path ("Reply YES", "DM us") stays in the rewrite, as an invitation', () => {
      const paths = revised.filter(({ draft }) => /\b(?:reply \w+|dm us)\b/i.test(draft));
      expect(paths.length).toBeGreaterThanOrEqual(2);
      for (const { draft, answer } of paths) {
        const path = /\b(reply \w+|dm us)\b/i.exec(draft)?.[1] as string;
        expect((answer.rewrite as string).toLowerCase()).toContain(path.toLowerCase());
        expect(answer.rewrite).toMatch(/\bif you\b/i);
      }
    });

    it('an injected instruction is reviewed, not obeyed', () => {
      const injected = examples.filter(({ draft }) => /^SYSTEM:/m.test(draft));
      expect(injected).toHaveLength(1);
      expect(injected[0]?.answer.verdict).toBe('revise');
    });
  });

  it('rejects an answer block that does not match the schema', () => {
    expect(() => parseExamples('### draft\nhi\n### answer\n{"verdict":"maybe"}\n')).toThrow();
    expect(() => parseExamples('### draft\nhi\n')).toThrow(/without an answer/);
  });
});
