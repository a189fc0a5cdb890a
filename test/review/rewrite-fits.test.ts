import { isTest, loadCorpus } from '../../scripts/corpus';
import { reviewDraft } from '../../src/review';
import { NETWORKS } from '../../src/review/networks';
import { fitsNetwork } from '../../src/review/rewrite/fit-network';

/**
 * Over the test split of the drafts we wrote (a quarter of them, so the suite stays quick;
 * `scripts/network-fit.ts` measures the whole corpus for the README): a rewrite for a network fits that network, as one post or as a thread
 * whose every part fits, and a thread holds the rewrite's words, nothing dropped.
 *
 * Which drafts can get a rewrite for a network: network findings never move the verdict except a
 * draft over the hard limit, which goes back whatever its score, and the rewrite is built the same
 * whatever the network. So a draft with no rewrite for no network, and within the network's limit,
 * gets none for that network either; the test reviews the rest (every draft, for the tight limits).
 */
const corpus = loadCorpus().filter(isTest);
const plain = corpus.map((draft) => ({ text: draft.text, rewrite: reviewDraft(draft.text).rewrite }));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(Object.values(NETWORKS))('rewrites for $name fit', (spec) => {
  it(`every rewrite, or every part of its thread, is within ${spec.limit} ${spec.unit}`, () => {
    const reviewed = plain.filter((draft) => draft.rewrite !== null || !fitsNetwork(spec, draft.text));
    let rewrites = 0;
    const misfits: string[] = [];
    for (const { text } of reviewed) {
      const review = reviewDraft(text, { network: spec.id });
      expect(review.network).toBe(spec.id);
      if (review.rewrite === null) continue;
      rewrites++;
      const posts = review.thread ?? [review.rewrite];
      if (review.thread) expect(squash(review.thread.join(' '))).toBe(squash(review.rewrite));
      for (const post of posts) if (!fitsNetwork(spec, post)) misfits.push(post);
    }
    expect(rewrites).toBeGreaterThan(150);
    expect(misfits).toEqual([]);
  }, 120_000);
});
