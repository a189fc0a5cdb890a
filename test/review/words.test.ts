import { scanWords } from '../../src/review/words';

describe('scanWords', () => {
  it('finds the words the Unicode pattern finds, surrogates, marks and apostrophes included', () => {
    const pattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    for (const text of [
      "Don't miss it — e-mail us, l’équipe's 2-for-1!",
      'a\uD800b \uDC00x 𝐀𝐁c-d’e ’x -y _z 日本語 ١٢٣ Ⅻ é\u0301 😀ok',
      '',
      '---',
    ]) {
      const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
      expect(scanWords(text).map((word) => [word.start, word.text])).toEqual(expected);
    }
  });
});
