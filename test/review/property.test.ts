import fc from 'fast-check';
import { parseDraft } from '../../src/review/draft';
import { reviewDraft, Review } from '../../src/review';

// Pieces that make hostile drafts: Slack markup (whole, nested and broken), RTL and zero-width
// characters, lone surrogates, control characters, emoji with joiners, and the sales phrases the
// rules look for, so the properties are exercised on drafts that do produce findings.
const PIECES = [
  '<https://x.io|label>',
  '<https://x.io',
  '<@U012AB>',
  '<@',
  '<#C01|drafts>',
  '<!here>',
  '<!channel>',
  '<>',
  '<|>',
  ':tada:',
  '::',
  ':skin-tone-2:',
  '`code`',
  '```',
  '```block```',
  '*',
  '_',
  '~',
  '*bold*',
  '_it_',
  '~s~',
  '&amp;',
  '&lt;',
  '&gt;',
  '&',
  '\u202E',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r\n',
  '👩‍👩‍👧',
  '🔥🔥🔥🔥',
  '#sale',
  '#',
  'BUY NOW',
  'buy now',
  'only 3 left',
  '50% off',
  'use code SAVE20',
  'we are proud to announce',
  'Attention all customers',
  '?',
  '!!!',
  'What do you think?',
  'https://',
  'www.',
  'shop.example.com',
  'ñ',
  'ß',
  'مرحبا',
  'שלום',
  '日本語',
  ' ',
  '.',
  ',',
];
const draftArbitrary = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 8 })), {
      maxLength: 40,
    })
    .map((parts) => parts.join(' ')),
);

describe('properties of normalisation and review, on any string', () => {
  it('normalisation never throws and maps every range back inside the input', () => {
    fc.assert(
      fc.property(draftArbitrary, fc.nat(), fc.nat(), (input, a, b) => {
        const draft = parseDraft(input);
        const start = draft.text.length ? a % draft.text.length : 0;
        const end = draft.text.length ? start + (b % (draft.text.length - start + 1)) : 0;
        const range = draft.toOriginal(start, end);
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.end).toBeGreaterThanOrEqual(range.start);
        expect(range.end).toBeLessThanOrEqual(input.length);
        for (const span of draft.protectedSpans) expect(input.slice(span.start, span.end)).toBe(span.raw);
      }),
      { numRuns: 400 },
    );
  });

  it('review never throws, matches its schema, and every excerpt is the input at its offsets', () => {
    fc.assert(
      fc.property(draftArbitrary, (input) => {
        const review = Review.parse(reviewDraft(input));
        for (const finding of review.findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(finding.start, finding.end)).toBe(finding.excerpt);
        }
        // A draft sent back gets a checked rewrite, or, when none passed its checks, targeted edits.
        if (review.verdict === 'pass') expect([review.rewrite, review.edits]).toEqual([null, undefined]);
        else expect(review.rewrite === null).toBe(Array.isArray(review.edits));
      }),
      { numRuns: 300 },
    );
  });

  it('holds on a 40,000-character draft built from the same pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 8000, maxLength: 8000 }), (parts) => {
        const input = parts.join(' ').slice(0, 40_000);
        const review = reviewDraft(input);
        for (const finding of review.findings)
          expect(input.slice(finding.start, finding.end)).toBe(finding.excerpt);
      }),
      { numRuns: 3 },
    );
  });
});
