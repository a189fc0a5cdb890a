import { compilePhrases, countMatches, execAll, letterCounts, quotationMap } from '../../src/review/text';

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

  it('finds the same with its shortcuts: literals first, a leading lookbehind checked apart', () => {
    const before = '(?<![\\p{L}\\p{N}_])';
    const cases: [string, RegExp][] = [
      // Required literals, case-folded as the pattern folds them: the long s is an 's', the Kelvin sign a 'k'.
      ['Up 40 % and 12 per cent', /\d+ ?%|\d+ (?:per ?cent|prozent)/giu],
      ['ſave \u212Aeep SAVE', /save|keep/giu],
      ['nothing here', /quarter|opt[ -]?out/giu],
      // A leading lookbehind: after '_', a digit, a hyphen, an apostrophe, an astral letter, at the start.
      [
        'pre-order now, _order now, 2order now, l’order now, 𝐀order now, order now',
        new RegExp(`${before}(?:order|pre-?order) now`, 'giu'),
      ],
      ['aaa', new RegExp(`${before}a*`, 'gu')],
      ['ÉCOLE école éCole', new RegExp(`(?<![\\p{Lu}])(?:école)`, 'giu')],
      ['x1 x2 yx3', /(?<![a-z])x(\d)/g],
      // A leading word boundary, case-folded as the pattern folds it (the long s is a word character).
      ['lemon monday ſmon mon_ MON', /\b(?:mon(?:day)?|sun)\b/giu],
      ['ab a b', /\B(?:b)/g],
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

describe('quotationMap', () => {
  it('reads a straight mark after a figure as inches, however many there are', () => {
    const screens = quotationMap('Sonic 55" 4K Smart TV, NOW £349. Lumio 14" laptop, NOW £499.');
    expect([...screens].every((inside) => inside === 0)).toBe(true);
    // A quotation may close after a figure.
    const list = quotationMap('Our "Top 10" list');
    expect([...list.slice(5, 11)]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(list[12]).toBe(0);
  });
});
