import { compilePhrases, countMatches, execAll, letterCounts } from '../../src/review/text';

describe('execAll', () => {
  it('finds what String.prototype.matchAll finds, including empty matches and astral characters', () => {
    const cases: [string, RegExp][] = [
      ['a1b22c333', /\d*/gu],
      ['😀x😀', /(?:)/gu],
      ['😀x😀', /(?:)/g],
      ['Buy now! Buy NOW!', /buy (now)/giu],
      ['', /x/g],
    ];
    for (const [text, pattern] of cases) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1]]);
      expect(execAll(text, pattern).map((m) => [m.index, m[0], m[1]])).toEqual(expected);
    }
  });

  it('leaves the pattern ready for the next caller', () => {
    const pattern = /o/g;
    execAll('foo', pattern);
    expect(pattern.lastIndex).toBe(0);
    expect(execAll('boo', pattern)).toHaveLength(2);
  });
});

describe('letterCounts', () => {
  it('counts letters and capitals in UTF-16 units, as the Unicode patterns do', () => {
    for (const text of ['HELLO wörld ÉCOLE', '𝐀𝐁c Ω ω 日本 😀', 'lone \uD835x and \uDC00', '', '12 !!']) {
      expect(letterCounts(text)).toEqual({
        letters: countMatches(text, /\p{L}/gu),
        capitals: countMatches(text, /\p{Lu}/gu),
      });
    }
  });
});

describe('compilePhrases', () => {
  it('finds the leftmost, then longest, phrase of each list on the same draft', () => {
    const hype = compilePhrases({ en: ['game[- ]changing', 'game changer', 'best in class'] });
    const urgency = compilePhrases({ en: ['act now', 'now or never'] });
    const text = 'A game-changing launch: act now or never, the best in class!';
    expect(hype.find(text, 'en').map((match) => match.text)).toEqual(['game-changing', 'best in class']);
    // A second list reads the same draft's words without them being found again for the first.
    expect(urgency.find(text, 'en').map((match) => match.text)).toEqual(['act now']);
    expect(urgency.find(text, 'fr')).toEqual([]);
  });
});
