import { reviewDraft } from '../../src/review';
import { guardAnswer, loadPrompts, parseExamples } from '../../src/review/llm';

describe('prompts/', () => {
  const prompts = loadPrompts();

  it('loads once into a system turn and worked examples, versioned by hash', () => {
    expect(prompts.version).toMatch(/^[0-9a-f]{12}$/);
    expect(loadPrompts(prompts.dir).version).toBe(prompts.version);
    expect(prompts.system).toContain('conversation:');
    expect(prompts.system).not.toContain('### draft');
    expect(prompts.examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(loadPrompts().examples.map((example, i) => [i, example] as const))(
    'worked example %i passes the guards it teaches',
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
    },
  );

  it('rejects an answer block that does not match the schema', () => {
    expect(() => parseExamples('### draft\nhi\n### answer\n{"verdict":"maybe"}\n')).toThrow();
    expect(() => parseExamples('### draft\nhi\n')).toThrow(/without an answer/);
  });
});
