import { literalsPattern, requiredLiterals } from '../../src/review/literals';

describe('requiredLiterals', () => {
  it('reads the literals every match must contain, lower-cased when the pattern ignores case', () => {
    expect(requiredLiterals(/\d+ ?%|(?:per ?cent|Prozent)/giu)).toEqual(['%', 'cent', 'prozent']);
    expect(requiredLiterals(/(?<![\p{L}])(?:q[1-4]|first)[- ]quarter/giu)).toEqual(['-quarter', ' quarter']);
    expect(requiredLiterals(/[$€£]\d+ (?:bonus|credit)/gu)).toEqual(['bonus', 'credit']);
    expect(requiredLiterals(/honou?red/gi)).toEqual(['hono']);
  });

  it('gives none when a match could do without any', () => {
    expect(requiredLiterals(/\p{L}+/gu)).toBeNull();
    expect(requiredLiterals(/(?:buy)?now|.+/g)).toBeNull();
    expect(requiredLiterals(/(?=buy)\w+/g)).toBeNull();
    expect(requiredLiterals(/a\nb/g)).toEqual(['a']);
    expect(requiredLiterals(/ı/giu)).toBeNull();
  });
});

describe('literalsPattern', () => {
  it('finds a literal as the pattern it came from would, case folding and astral characters included', () => {
    const pattern = /ſave|😀 now/giu;
    const literals = requiredLiterals(pattern);
    expect(literals).not.toBeNull();
    const prefilter = literalsPattern(literals ?? [], pattern);
    for (const text of ['SAVE', 'ſave', 'nothing', '😀 NOW', '\uD83D now']) {
      expect(prefilter.test(text) || !pattern.test(text)).toBe(true);
      pattern.lastIndex = 0;
    }
  });
});
