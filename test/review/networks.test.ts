import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTweet } from 'twitter-text';
import { networksTable } from '../../src/review/docs';
import { NETWORK_IDS, reviewDraft } from '../../src/review';
import {
  destination,
  graphemeCount,
  mastodonLength,
  measure,
  NETWORKS,
  threadsLength,
  xWeightedLength,
} from '../../src/review/networks';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const segmenterCount = (text: string) => [...segmenter.segment(text)].length;

/** Tricky text, with X's weighted length as X's docs state it (docs.x.com/fundamentals/counting-characters). */
const X_CASES: [string, number][] = [
  ['Hello, world! 👋', 16],
  ['👾', 2],
  ['🙋🏽', 2],
  ['👨‍🎤', 2],
  ['👨‍👩‍👧‍👦', 2],
  ['日本語', 6],
  ['한국어', 6],
  ['café', 4],
  ['cafe\u0301', 4],
  ['https://example.com', 23],
  ['https://example.com/very/long/path?with=a&query=string#and-a-fragment', 23],
  ['see example.com and https://x.io', 4 + 23 + 5 + 23],
  ['«Grüße» — ½', 11],
];

describe("X's weighted length", () => {
  it.each(X_CASES)('%j weighs %i, as twitter-text counts it', (text, expected) => {
    expect(xWeightedLength(text)).toBe(parseTweet(text).weightedLength);
    expect(xWeightedLength(text)).toBe(expected);
  });

  it('agrees with twitter-text on the limit itself', () => {
    for (const text of [
      'a'.repeat(280),
      '日'.repeat(140),
      '😀'.repeat(140),
      `${'a'.repeat(256)} https://x.io`,
    ]) {
      expect(parseTweet(text).valid).toBe(true);
      expect(measure(NETWORKS.x, text).overflowAt).toBeNull();
    }
    for (const text of [
      'a'.repeat(281),
      '日'.repeat(141),
      '😀'.repeat(141),
      `${'a'.repeat(257)} https://x.io`,
    ]) {
      expect(parseTweet(text).valid).toBe(false);
      expect(measure(NETWORKS.x, text).overflowAt).not.toBeNull();
    }
  });

  it('puts the overflow exactly where twitter-text stops accepting the post', () => {
    for (const text of [
      `${'a'.repeat(270)} 日本語のテキストです`,
      `${'😀'.repeat(139)}abc`,
      `${'e\u0301'.repeat(279)}xyz`,
    ]) {
      const { overflowAt } = measure(NETWORKS.x, text);
      expect(overflowAt).not.toBeNull();
      const fits = text.slice(0, overflowAt as number);
      expect(parseTweet(fits).weightedLength).toBeLessThanOrEqual(280);
      const next = [...segmenter.segment(text.slice(overflowAt as number))][0]?.segment ?? '';
      expect(parseTweet(fits + next).weightedLength).toBeGreaterThan(280);
    }
  });
});

describe('grapheme, Threads and Mastodon counts', () => {
  it.each([
    ['plain ascii\r\nwith a CRLF'],
    ['Grüße aus Köln, Ελληνικά, Кириллица'],
    ['日本語とカタカナ'],
    ['e\u0301 and a\u0308 (combining marks)'],
    ['👍🏽 👨‍👩‍👧‍👦 🇯🇵 1️⃣'],
    ['か\u3099 (kana with a combining voicing mark)'],
    ['한국어 and \u1100\u1161\u11a8 (jamo)'],
  ])('counts %j like Intl.Segmenter', (text) => {
    expect(graphemeCount(text)).toBe(segmenterCount(text));
  });

  it('Threads counts an emoji as its UTF-8 bytes and other characters once', () => {
    expect(threadsLength('hi 👍')).toBe(3 + 4);
    expect(threadsLength('👨‍👩‍👧‍👦')).toBe(Buffer.byteLength('👨‍👩‍👧‍👦'));
    expect(threadsLength('日本')).toBe(2);
  });

  it('Mastodon counts a link as 23 and a remote mention by its name', () => {
    expect(mastodonLength(`read https://example.com/${'p'.repeat(100)}`)).toBe(5 + 23);
    expect(mastodonLength('hi @sam@example.social')).toBe('hi @sam'.length);
    expect(mastodonLength('👍🏽')).toBe(1);
  });
});

describe('destination', () => {
  it.each([
    ['x: hello', 'x', 'hello'],
    ['X:  hello', 'x', 'hello'],
    ['LinkedIn: hello', 'linkedin', 'hello'],
    ['  instagram:\nhello', 'instagram', 'hello'],
    ['twitter: hello', 'x', 'hello'],
    ['bsky: hello', 'bluesky', 'hello'],
  ])('%j is for %s', (input, network, body) => {
    const target = destination(input);
    expect(target.network).toBe(network);
    expect(target.body).toBe(body);
    expect(input.slice(target.offset)).toBe(body);
  });

  it.each(['Note: we moved', 'https://x.io is our site', 'x:y', 'x:', 'Threads are fun'])(
    '%j carries no tag',
    (input) => {
      expect(destination(input, 'mastodon')).toEqual({
        network: 'mastodon',
        body: input,
        offset: 0,
        tagged: false,
      });
    },
  );
});

describe('a review for a network', () => {
  const FRIENDLY =
    'Thanks to everyone who came to the garden cleanup on Saturday. We planted forty trees and ' +
    'found a family of hedgehogs under the shed. What should we plant next spring?';

  it('says which network it assumed', () => {
    expect(reviewDraft(FRIENDLY).network).toBe('any');
    expect(reviewDraft(FRIENDLY, { network: 'linkedin' }).network).toBe('linkedin');
    expect(reviewDraft(`bluesky: ${FRIENDLY}`, { network: 'linkedin' }).network).toBe('bluesky');
  });

  it("never moves the verdict model's score", () => {
    const plain = reviewDraft(FRIENDLY);
    for (const network of NETWORK_IDS) {
      const review = reviewDraft(FRIENDLY, { network });
      expect(review.score).toBe(plain.score);
      expect(review.verdict).toBe(plain.verdict);
    }
    const tagged = reviewDraft('instagram: Order yours today. Our linen shirts are back in four colours.');
    const untagged = reviewDraft('Order yours today. Our linen shirts are back in four colours.');
    expect(tagged.score).toBe(untagged.score);
    expect(tagged.findings.map((finding) => finding.rule)).toContain('network-hook');
  });

  it('sends a draft over its hard limit back even when its tone passes', () => {
    const long = `${FRIENDLY} ${FRIENDLY}`;
    const plain = reviewDraft(long);
    expect(plain.verdict).toBe('pass');
    const forX = reviewDraft(`x: ${long}`);
    expect(forX.verdict).toBe('revise');
    expect(forX.score).toBe(plain.score);
    // Rewrites that fit a network are not built yet: the finding below says what does not fit.
    const over = forX.findings.find((finding) => finding.rule === 'network-over-limit');
    expect(over).toMatchObject({ severity: 'error' });
    expect(over?.message).toMatch(/weighted characters on X/);
    expect(reviewDraft(long, { network: 'linkedin' }).verdict).toBe('pass');
  });

  it('points every finding and signal into the input, tag included', () => {
    const input =
      'LinkedIn: We are thrilled to announce our new guide. Buy it now at https://shop.example.com';
    const review = reviewDraft(input);
    expect(review.findings.length).toBeGreaterThan(1);
    for (const finding of review.findings)
      expect(input.slice(finding.start, finding.end)).toBe(finding.excerpt);
    const withSignal = reviewDraft(`threads: ${FRIENDLY}`);
    for (const signal of withSignal.signals) {
      expect(`threads: ${FRIENDLY}`.slice(signal.start, signal.end)).toBe(signal.excerpt);
    }
  });

  it('keeps a too-long draft flagged even when a team accepted a word inside the overflow', () => {
    const review = reviewDraft(`x: ${FRIENDLY} ${FRIENDLY}`, { acceptPhrases: ['spring'] });
    expect(review.verdict).toBe('revise');
  });
});

describe('the README networks table', () => {
  it('is generated from the networks and their sources (run `npm run docs`)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(networksTable());
    for (const spec of Object.values(NETWORKS))
      for (const source of spec.sources) expect(readme).toContain(source.url);
  });
});
