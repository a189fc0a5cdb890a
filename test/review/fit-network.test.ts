import { parseTweet } from 'twitter-text';
import { reviewDraft } from '../../src/review';
import { NETWORKS } from '../../src/review/networks';
import { judgeDraft } from '../../src/review/judge';
import {
  fitsNetwork,
  fitToNetwork,
  hookIsReaderFirst,
  splitIntoThread,
} from '../../src/review/rewrite/fit-network';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A pharmacy notice one character over X's limit: its rewrite cannot fit one post. */
const NOTICE =
  'Reminder from the Pharmacy team: if you collect repeat prescriptions, please order at least 7 working ' +
  'days before you run out over the Easter weekend. We will be closed Good Friday and Easter Monday. ' +
  'If you get stuck, the pharmacy at Tesco on the ring road is open both days, 10–4. Questions? Ask @sam ' +
  'or see https://example.org/easter-hours for the full list.';

describe('a rewrite for X fits 280 weighted characters, or becomes a thread', () => {
  it('splits at sentence boundaries into two posts that each fit, keeping every word', () => {
    const spec = NETWORKS.x;
    expect(fitsNetwork(spec, NOTICE)).toBe(false);
    const thread = splitIntoThread(spec, NOTICE);
    expect(thread).toHaveLength(2);
    for (const part of thread) {
      expect(parseTweet(part).valid).toBe(true);
      expect(part).toMatch(/[.?!]$/);
    }
    expect(squash(thread.join(' '))).toBe(squash(NOTICE));
    const joined = thread.join(' ');
    for (const fact of ['https://example.org/easter-hours', '@sam', '7', '10–4', 'Good Friday'])
      expect(joined).toContain(fact);
  });

  it('never cuts a title, an initial or a number with a full stop in it', () => {
    const text =
      'Thanks to Dr. Amara Osei and J. Lund for the $1.250 grant review, and to Mrs. Kaur for the venue. ' +
      'The workshop is on 12 May at the library, and it is free for students. Which part of grant writing ' +
      'trips you up most? Tell us and we will cover it in the second half of the session with real examples.';
    const thread = splitIntoThread(NETWORKS.x, text);
    for (const part of thread) {
      expect(part).not.toMatch(/(?:Dr|Mrs|J|\$1)\.$/);
      expect(fitsNetwork(NETWORKS.x, part)).toBe(true);
    }
    expect(squash(thread.join(' '))).toBe(squash(text));
  });

  it('cuts a single sentence longer than a post between words, never inside a link', () => {
    const url = 'https://example.org/a/very/long/path/that/must/survive/whole';
    const sentence = `${'word '.repeat(70)}${url} ${'more '.repeat(10)}end`;
    const thread = splitIntoThread(NETWORKS.bluesky, sentence);
    expect(thread.length).toBeGreaterThan(1);
    for (const part of thread) expect(fitsNetwork(NETWORKS.bluesky, part)).toBe(true);
    expect(thread.some((part) => part.includes(url))).toBe(true);
  });

  it('offers a checked variant that fits before a thread, and a thread only on networks that have them', () => {
    const judgement = judgeDraft(`x: ${NOTICE}`);
    const short =
      'Order repeat prescriptions 7 working days before Easter: we are closed Good Friday and Easter Monday. Questions? Ask @sam.';
    const variant = fitToNetwork({ rewrite: NOTICE, alternatives: [short], edits: [] }, judgement);
    expect(variant.rewrite).toBe(short);
    expect(variant.thread).toBeUndefined();
    const thread = fitToNetwork({ rewrite: NOTICE, alternatives: [], edits: [] }, judgement);
    expect(thread.rewrite).toBe(NOTICE);
    expect(thread.thread).toHaveLength(2);
  });

  it('leaves a review for no network alone', () => {
    const judgement = judgeDraft(NOTICE);
    const result = { rewrite: NOTICE, alternatives: [], edits: [] };
    expect(fitToNetwork(result, judgement)).toBe(result);
  });
});

describe('on LinkedIn and Instagram the reader-first line comes first', () => {
  it('knows a visible part spent on an announcement from one that speaks to the reader', () => {
    expect(
      hookIsReaderFirst(
        NETWORKS.linkedin,
        'We are thrilled to announce our new guide for first-time managers. Which question would you add?',
      ),
    ).toBe(false);
    expect(
      hookIsReaderFirst(
        NETWORKS.linkedin,
        'Your first week as a manager is mostly listening. Our new guide has the three questions that helped us most.',
      ),
    ).toBe(true);
  });

  it('reads a first sentence that runs past the fold as no hook at all', () => {
    const long = `Your ${'really '.repeat(30)}long opening sentence keeps going. What do you think?`;
    expect(hookIsReaderFirst(NETWORKS.instagram, long)).toBe(false);
    expect(hookIsReaderFirst(NETWORKS.facebook, long)).toBe(true);
  });

  it('moves a self-contained sentence for the reader to the front of a rewrite that opens on the author', () => {
    const rewrite =
      'Big news from the garden. Your kids can plant their own tomatoes with Maria on Saturday at 10am ' +
      'on Elm Street. Which vegetable should we try next spring?';
    expect(hookIsReaderFirst(NETWORKS.linkedin, rewrite)).toBe(false);
    const fitted = fitToNetwork({ rewrite, alternatives: [], edits: [] }, judgeDraft(`linkedin: ${rewrite}`));
    expect(fitted.rewrite).toBe(
      'Your kids can plant their own tomatoes with Maria on Saturday at 10am on Elm Street. ' +
        'Big news from the garden. Which vegetable should we try next spring?',
    );
    expect(hookIsReaderFirst(NETWORKS.linkedin, fitted.rewrite ?? '')).toBe(true);
  });

  it('never leads with a sentence that points back, or one too thin to open on', () => {
    const rewrite = 'Proud of the team this year. Who would you share it with? What is your take?';
    const fitted = fitToNetwork({ rewrite, alternatives: [], edits: [] }, judgeDraft(`linkedin: ${rewrite}`));
    expect(fitted.rewrite).toBe(rewrite);
  });
});

describe('the review carries the thread', () => {
  it('shows a thread for an X draft whose rewrite cannot fit one post, each part within 280', () => {
    const review = reviewDraft(`x: ${NOTICE}`);
    expect(review.network).toBe('x');
    expect(review.verdict).toBe('revise');
    expect(review.thread).toHaveLength(2);
    for (const part of review.thread ?? []) expect(parseTweet(part).valid).toBe(true);
    expect(squash((review.thread ?? []).join(' '))).toBe(squash(review.rewrite ?? ''));
  });
});
