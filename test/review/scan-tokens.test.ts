import { scanTokens } from '../../src/review/analysis/scan-tokens';

describe('scanTokens', () => {
  it('finds the tokens the Unicode token pattern finds', () => {
    const pattern =
      /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{M}]))*|\p{N}+(?:[.,:/]\p{N}+)*%?|[\uE000-\uE005]|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*|[^\s\p{L}\p{N}]/gu;
    for (const text of [
      "Don't miss it — e-mail us at 10:30, 40% off 3,5 items!",
      'a\uD800b \uDC00x 𝐀𝐁c-d’e ’x -y _z 日本語 ١٢٣ Ⅻ é\u0301 \u0301x',
      '👩‍💻👍🏽 ❤️ 👋\u200D \uE000\uE005\uE006 ©® #1 *x* 🇫🇷 5/ 3,,4',
      '',
    ]) {
      const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
      const found: [number, string][] = [];
      scanTokens(text, (start, end) => found.push([start, text.slice(start, end)]));
      expect(found).toEqual(expected);
    }
  });
});
