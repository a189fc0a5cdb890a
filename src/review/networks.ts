import type { Draft } from './draft';
import type { NetworkId } from './types';

/**
 * Where a draft is going, and how that network measures it. Each network counts length its own
 * way (X weighs characters, Bluesky counts graphemes, Threads counts an emoji as its UTF-8 bytes,
 * Mastodon counts every link as 23), so a draft is measured with the network's own arithmetic.
 * Every number carries the place it comes from; docs/rules.md and the README print them.
 */

export interface Source {
  /** What the source says, in a few words ("280 weighted characters"). */
  claim: string;
  url: string;
}

export interface NetworkSpec {
  id: Exclude<NetworkId, 'any'>;
  name: string;
  /** The hard limit: the network refuses (or cuts) a post longer than this. */
  limit: number;
  /** The unit `limit` is in, for messages ("weighted characters", "graphemes"). */
  unit: string;
  /** How the network counts, in one line for the docs. */
  counting: string;
  /** Characters a reader sees before "see more", when the network folds long posts. */
  visible?: number;
  /** Hashtags: a hard maximum, and the number the network itself recommends staying within. */
  hashtags?: { max?: number; recommended?: number };
  sources: readonly Source[];
  /** Length of `text` as the network counts it. */
  count(text: string): number;
}

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The grapheme clusters of a text: what a reader sees as one character ("é", "👍🏽", "🇯🇵"). */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of graphemeSegmenter.segment(text)) out.push(segment);
  return out;
}

/**
 * Scripts where every UTF-16 unit is a grapheme of its own (ASCII, Latin-1 and Latin Extended,
 * Greek, Cyrillic, CJK ideographs, kana without the combining sound marks): nothing in them joins
 * its neighbour except CR LF.
 */
const ONE_UNIT_GRAPHEMES =
  /^[\t\n\r\x20-\x7e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u4e00-\u9fff]*$/;
/**
 * How many graphemes a text holds. `Intl.Segmenter` costs tens of microseconds per grapheme, so
 * text in scripts without combining sequences is counted without it, exactly.
 */
export function graphemeCount(text: string): number {
  if (ONE_UNIT_GRAPHEMES.test(text)) {
    let pairs = 0;
    for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) pairs++;
    return text.length - pairs;
  }
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

let twitterText: typeof import('twitter-text') | null = null;
/**
 * X's weighted length, from X's own `twitter-text` library (URLs 23, CJK and emoji 2). Loaded on
 * the first X draft: the library and its polyfills take about as long to load as zod, and a
 * review for any other network should not pay for it.
 */
export function xWeightedLength(text: string): number {
  twitterText ??= require('twitter-text') as typeof import('twitter-text');
  return twitterText.parseTweet(text).weightedLength;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Threads: characters, except that an emoji counts as its UTF-8 bytes (Threads API docs). */
export function threadsLength(text: string): number {
  let length = 0;
  for (const grapheme of graphemes(text)) {
    length += PICTOGRAPHIC.test(grapheme) ? Buffer.byteLength(grapheme, 'utf8') : [...grapheme].length;
  }
  return length;
}

const MASTODON_URL = /\bhttps?:\/\/[^\s<>"]+/g;
const MASTODON_REMOTE_MENTION = /(^|[^\w/@])@(\w+)@[\w.-]+\w/g;
/**
 * Mastodon: every link counts as 23 characters whatever its length, a remote mention
 * `@name@server` counts only as `@name`, and the rest is counted in graphemes.
 */
export function mastodonLength(text: string): number {
  const countable = text
    .replace(MASTODON_URL, 'x'.repeat(23))
    .replace(MASTODON_REMOTE_MENTION, (_match, before: string, name: string) => `${before}@${name}`);
  return graphemeCount(countable);
}

export const NETWORKS: Record<Exclude<NetworkId, 'any'>, NetworkSpec> = {
  x: {
    id: 'x',
    name: 'X',
    limit: 280,
    unit: 'weighted characters',
    counting:
      "X's `twitter-text` library: a link counts 23, CJK characters and emoji count 2, most other characters 1, after NFC normalisation",
    hashtags: { recommended: 2 },
    sources: [
      {
        claim: '280 weighted characters; links 23; wide characters 2',
        url: 'https://docs.x.com/fundamentals/counting-characters',
      },
      {
        claim:
          'counting implemented by `twitter-text` (config v3: maxWeightedTweetLength 280, transformedURLLength 23)',
        url: 'https://github.com/twitter/twitter-text/blob/master/config/v3.json',
      },
      {
        claim: 'X recommends no more than 2 hashtags per post',
        url: 'https://help.x.com/en/using-x/how-to-use-hashtags',
      },
    ],
    count: xWeightedLength,
  },
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    limit: 3000,
    unit: 'characters',
    counting: 'characters as UTF-16 code units (an emoji counts 2), the stricter reading of "characters"',
    visible: 210,
    sources: [
      {
        claim:
          "posts up to 3,000 characters (as enforced through LinkedIn's API; Ayrshare's LinkedIn API notes)",
        url: 'https://www.ayrshare.com/docs/apis/post/social-networks/linkedin',
      },
      {
        claim:
          'about 210 characters (3 lines) show before "see more" on mobile; LinkedIn does not document it, this is measured by third parties',
        url: 'https://boltpost.app/linkedin-see-more-preview.html',
      },
    ],
    count: (text) => text.length,
  },
  instagram: {
    id: 'instagram',
    name: 'Instagram',
    limit: 2200,
    unit: 'characters',
    counting: 'characters as UTF-16 code units (an emoji counts 2), the stricter reading of "characters"',
    visible: 125,
    hashtags: { max: 30, recommended: 5 },
    sources: [
      {
        claim:
          "captions up to 2,200 characters and 30 hashtags; links in captions are not clickable (Ayrshare's Instagram API notes)",
        url: 'https://ayrshare.com/integration/instagram',
      },
      {
        claim: 'about the first 125 characters of a caption show before "more" (measured by third parties)',
        url: 'https://bulkpublish.com/blog/instagram-character-limit/',
      },
      {
        claim:
          "newer posting tools document 5 hashtags per post as the cap (Ayrshare's current Instagram API notes)",
        url: 'https://www.ayrshare.com/docs/es/apis/post/social-networks/instagram',
      },
    ],
    count: (text) => text.length,
  },
  facebook: {
    id: 'facebook',
    name: 'Facebook',
    limit: 63206,
    unit: 'characters',
    counting: 'characters as UTF-16 code units',
    sources: [
      {
        claim:
          'posts up to 63,206 characters (not on a Meta help page; measured by third parties, e.g. Ferryman)',
        url: 'https://ferryman.io/character-limits/facebook',
      },
    ],
    count: (text) => text.length,
  },
  threads: {
    id: 'threads',
    name: 'Threads',
    limit: 500,
    unit: 'characters',
    counting: 'characters, with every emoji counted as its UTF-8 bytes (👍 counts 4)',
    hashtags: { max: 1 },
    sources: [
      {
        claim: 'text posts are limited to 500 characters; emojis count as their UTF-8 bytes',
        url: 'https://developers.facebook.com/docs/threads/posts',
      },
      {
        claim: "one topic tag per post (Threads' tags launch, reported by MacRumors)",
        url: 'https://www.macrumors.com/2023/12/08/threads-introduces-tags-or-hashtags/',
      },
    ],
    count: threadsLength,
  },
  bluesky: {
    id: 'bluesky',
    name: 'Bluesky',
    limit: 300,
    unit: 'graphemes',
    counting:
      'grapheme clusters (what a reader sees as one character: 👍🏽 and "é" are 1), via `Intl.Segmenter`',
    sources: [
      {
        claim: '`app.bsky.feed.post` text: maxGraphemes 300',
        url: 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json',
      },
    ],
    count: graphemeCount,
  },
  mastodon: {
    id: 'mastodon',
    name: 'Mastodon',
    limit: 500,
    unit: 'characters',
    counting:
      'graphemes, with every link counted as 23 and a remote mention `@name@server` as `@name` (servers may raise the 500)',
    sources: [
      {
        claim: '500 characters by default; links count 23; only the username part of a mention counts',
        url: 'https://docs.joinmastodon.org/user/posting/#text',
      },
      {
        claim: 'server check: `StatusLengthValidator` (MAX_CHARS 500, URL placeholder of 23 characters)',
        url: 'https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb',
      },
    ],
    count: mastodonLength,
  },
};

export const NETWORK_NAMES: Record<NetworkId, string> = {
  any: 'any network',
  ...Object.fromEntries(Object.values(NETWORKS).map((spec) => [spec.id, spec.name])),
} as Record<NetworkId, string>;

/**
 * The text a network receives: the draft as written, with Slack's link markup `<url|label>`
 * turned back into the URL. `toOriginal` maps an offset in it back to the draft.
 */
export interface PostText {
  text: string;
  toOriginal(offset: number): number;
}

export function postText(draft: Draft): PostText {
  const pieces: { postStart: number; originalStart: number; length: number; replaced: boolean }[] = [];
  let text = '';
  let cursor = 0;
  const keep = (until: number) => {
    if (until <= cursor) return;
    pieces.push({ postStart: text.length, originalStart: cursor, length: until - cursor, replaced: false });
    text += draft.original.slice(cursor, until);
    cursor = until;
  };
  for (const span of draft.protectedSpans) {
    if (span.kind !== 'url' || !span.raw.startsWith('<')) continue;
    keep(span.start);
    pieces.push({
      postStart: text.length,
      originalStart: span.start,
      length: span.value.length,
      replaced: true,
    });
    text += span.value;
    cursor = span.end;
  }
  keep(draft.original.length);
  return {
    text,
    toOriginal(offset: number) {
      for (let index = pieces.length - 1; index >= 0; index--) {
        const piece = pieces[index] as (typeof pieces)[number];
        if (offset < piece.postStart) continue;
        return piece.replaced ? piece.originalStart : piece.originalStart + (offset - piece.postStart);
      }
      return offset;
    },
  };
}

/** How a draft measures on its network, and where (in the post text) it runs over. */
export interface Measure {
  length: number;
  limit: number;
  /** Offset into the post text of the first grapheme past the limit; null when it fits. */
  overflowAt: number | null;
}

export function measure(spec: NetworkSpec, text: string): Measure {
  const length = spec.count(text);
  if (length <= spec.limit) return { length, limit: spec.limit, overflowAt: null };
  // The longest prefix that still fits is where the overflow starts: a binary search over UTF-16
  // offsets (about 16 counts for a 40,000-character draft), then moved back to a grapheme boundary
  // so an emoji or an accented letter is never cut in two.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (spec.count(text.slice(0, middle)) <= spec.limit) low = middle;
    else high = middle - 1;
  }
  return { length, limit: spec.limit, overflowAt: graphemeStartAtOrBefore(text, low) };
}

/** The start of the grapheme that holds `offset` (or `offset` itself when a grapheme starts there). */
function graphemeStartAtOrBefore(text: string, offset: number): number {
  const from = Math.max(0, offset - 64);
  let start = from;
  for (const { index } of graphemeSegmenter.segment(text.slice(from, Math.min(text.length, offset + 64)))) {
    if (from + index > offset) break;
    start = from + index;
  }
  return start;
}

/** Offset into `text` where the first `count` graphemes end (the visible part before "see more"). */
export function graphemePrefixEnd(text: string, count: number): number {
  let end = 0;
  let seen = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (seen === count) break;
    end += segment.length;
    seen++;
  }
  return end;
}

const ALIASES: Record<string, NetworkId> = {
  x: 'x',
  twitter: 'x',
  linkedin: 'linkedin',
  instagram: 'instagram',
  ig: 'instagram',
  facebook: 'facebook',
  fb: 'facebook',
  threads: 'threads',
  bluesky: 'bluesky',
  bsky: 'bluesky',
  mastodon: 'mastodon',
  any: 'any',
};

/** A network's name as a person may type it ("X", "twitter", "LinkedIn", "bsky"), or null. */
export function networkFromName(name: string): NetworkId | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

const LEADING_TAG = /^\s*([A-Za-z]{1,9})[ \t]*:(?:[ \t]+|[ \t]*\r?\n)/;

/**
 * A draft may name its network in a leading tag (`x: …`, `LinkedIn: …`); the tag wins over the
 * channel's or caller's setting and is not part of the post. `offset` is where the post starts
 * in the input, so findings can still point into what the person typed.
 */
export function destination(
  input: string,
  fallback: NetworkId = 'any',
): { network: NetworkId; body: string; offset: number; tagged: boolean } {
  const match = LEADING_TAG.exec(input);
  const named = match ? networkFromName(match[1] as string) : null;
  if (!match || !named || match[0].length === input.length)
    return { network: fallback, body: input, offset: 0, tagged: false };
  return { network: named, body: input.slice(match[0].length), offset: match[0].length, tagged: true };
}
