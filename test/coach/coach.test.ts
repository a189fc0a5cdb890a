import pino from 'pino';
import { Coach, defaultChannelSettings } from '../../src/coach';
import type { Review } from '../../src/review';
import type { Refiner } from '../../src/review/refiner';
import { MemoryStore } from '../../src/store/memory';
import type { Store } from '../../src/store/types';

const SALESY = 'BUY NOW!!! Only 3 left, 50% off ends TONIGHT. Order now at https://shop.example.com';
const FRIENDLY =
  'Thanks <@U0123ABCD> for the tip on sourdough hydration yesterday! What flour do you all use?';
const logger = pino({ level: 'silent' });

/** A store whose every call fails, as when the database is unreachable. */
function brokenStore(): Store {
  const memory = new MemoryStore();
  return new Proxy(memory, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value !== 'function' || property === 'constructor') return value;
      return async () => {
        throw new Error('connection refused');
      };
    },
  });
}

const request = (text: string, extra: Partial<Parameters<Coach['reviewDraft']>[0]> = {}) => ({
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  text,
  source: 'command' as const,
  ...extra,
});

describe('Coach', () => {
  test('reviews with the channel settings and records the review (without the text unless the channel opted in)', async () => {
    const store = new MemoryStore();
    await store.saveChannelSettings({
      ...defaultChannelSettings('T1', 'C1'),
      disabledRules: ['shouting'],
      storeDraftText: false,
    });
    const coach = new Coach({ store, logger });
    const outcome = await coach.reviewDraft(request(SALESY));
    if (!outcome.ok) throw new Error('expected a review');
    expect(outcome.coached.review.verdict).toBe('revise');
    expect(outcome.coached.review.findings.map((finding) => finding.rule)).not.toContain('shouting');
    const [record] = await store.listReviews({ teamId: 'T1', since: new Date(0) });
    expect(record).toEqual(
      expect.objectContaining({
        id: outcome.coached.id,
        draftText: null,
        verdict: 'revise',
        source: 'command',
      }),
    );
    expect(coach.recall(outcome.coached.id)).toBe(outcome.coached);
  });

  test('keeps the draft text when the channel opted in', async () => {
    const store = new MemoryStore();
    await store.saveChannelSettings({ ...defaultChannelSettings('T1', 'C1'), storeDraftText: true });
    await new Coach({ store, logger }).reviewDraft(request(FRIENDLY));
    expect((await store.listReviews({ teamId: 'T1', since: new Date(0) }))[0]!.draftText).toBe(FRIENDLY);
  });

  test('explains drafts it cannot review instead of reviewing them', async () => {
    const coach = new Coach({ store: new MemoryStore(), logger });
    expect(await coach.reviewDraft(request('   '))).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: 'empty' }),
    });
  });

  test('with the store down: still reviews with defaults, watches nothing, and dedupes events in memory', async () => {
    const coach = new Coach({ store: brokenStore(), logger });
    const outcome = await coach.reviewDraft(request(SALESY));
    expect(outcome.ok && outcome.coached.review.verdict).toBe('revise');
    expect(await coach.isWatched('T1', 'C1')).toBe(false);
    expect(await coach.setWatched('T1', 'C1', 'U1', true)).toBe(false);
    expect(await coach.watchedChannels('T1')).toEqual([]);
    expect(await coach.stats('T1', 'U1')).toBeNull();
    expect(await coach.claimEvent('Ev1')).toBe(true);
    expect(await coach.claimEvent('Ev1')).toBe(false);
    expect(await coach.claimEvent('Ev2')).toBe(true);
  });

  test('claimEvent: true once per event id', async () => {
    const coach = new Coach({ store: new MemoryStore(), logger });
    expect(await coach.claimEvent('Ev9')).toBe(true);
    expect(await coach.claimEvent('Ev9')).toBe(false);
  });

  test('refine: no refiner → null; a refiner that rejects → null; a better review → marked refined', async () => {
    const plain = new Coach({ store: new MemoryStore(), logger });
    const first = await plain.reviewDraft(request(SALESY));
    if (!first.ok) throw new Error('expected a review');
    expect(await plain.refine(first.coached)).toBeNull();

    const rejecting: Refiner = { name: 'broken', refine: () => Promise.reject(new Error('boom')) };
    const withBroken = new Coach({ store: new MemoryStore(), logger, refiner: rejecting });
    const second = await withBroken.reviewDraft(request(SALESY));
    if (!second.ok) throw new Error('expected a review');
    expect(await withBroken.refine(second.coached)).toBeNull();

    const better: Refiner = {
      name: 'better',
      refine: async (_text, ruleReview: Review) => ({
        ...ruleReview,
        reviewer: 'llm',
        summary: 'Ask a question.',
      }),
    };
    const withBetter = new Coach({ store: new MemoryStore(), logger, refiner: better });
    const third = await withBetter.reviewDraft(request(SALESY));
    if (!third.ok) throw new Error('expected a review');
    const refined = await withBetter.refine(third.coached);
    expect(refined).toEqual(expect.objectContaining({ id: third.coached.id, refined: true }));
    expect(refined!.review.summary).toBe('Ask a question.');
    expect(withBetter.recall(third.coached.id)!.refined).toBe(true);
  });

  test('a refinement of an outdated review of a watched message is dropped', async () => {
    const better: Refiner = {
      name: 'better',
      refine: async (_text, ruleReview) => ({ ...ruleReview, reviewer: 'llm' }),
    };
    const coach = new Coach({ store: new MemoryStore(), logger, refiner: better });
    const original = await coach.reviewDraft(request(SALESY, { source: 'channel', messageTs: '1.1' }));
    const edited = await coach.reviewDraft(request(FRIENDLY, { source: 'channel', messageTs: '1.1' }));
    if (!original.ok || !edited.ok) throw new Error('expected reviews');
    expect(coach.isCurrent(original.coached)).toBe(false);
    expect(await coach.refine(original.coached)).toBeNull();
    expect(await coach.refine(edited.coached)).not.toBeNull();
  });

  test('channelReviewOf falls back to the store (after a restart) and setReply is persisted', async () => {
    const store = new MemoryStore();
    const before = new Coach({ store, logger });
    const outcome = await before.reviewDraft(request(SALESY, { source: 'channel', messageTs: '2.2' }));
    if (!outcome.ok) throw new Error('expected a review');
    await before.setReply(outcome.coached, '3.3');
    const after = new Coach({ store, logger });
    expect(await after.channelReviewOf('T1', 'C1', '2.2')).toEqual({
      reviewId: outcome.coached.id,
      replyTs: '3.3',
      verdict: 'revise',
    });
  });

  test('stats: the person and the team over the last days', async () => {
    const coach = new Coach({ store: new MemoryStore(), logger });
    await coach.reviewDraft(request(SALESY));
    await coach.reviewDraft(request(FRIENDLY, { userId: 'U2' }));
    const stats = await coach.stats('T1', 'U1');
    expect(stats!.you).toEqual(expect.objectContaining({ reviews: 1, passed: 0 }));
    expect(stats!.you.topRules.length).toBeGreaterThan(0);
    // Two private reviews, two people: nothing the team may see.
    expect(stats!.team).toBeNull();
  });

  test('stats: the team counts watched-channel drafts of five people or more, without what an author set aside', async () => {
    const coach = new Coach({ store: new MemoryStore(), logger });
    const posted = [];
    for (const [index, userId] of ['U1', 'U2', 'U3', 'U4', 'U5'].entries()) {
      const outcome = await coach.reviewDraft(
        request(SALESY, { userId, source: 'channel', messageTs: `5.${index}` }),
      );
      if (!outcome.ok) throw new Error('expected a review');
      posted.push(outcome.coached);
    }
    await coach.reviewDraft(request(FRIENDLY, { userId: 'U6' }));
    const rules = [...new Set(posted[0]!.review.findings.map((finding) => finding.rule))];
    const [rejected] = rules;
    // U1 says one suggestion was wrong about their draft; U2 (not the author) cannot set aside U1's.
    for (const userId of ['U1', 'U2'])
      await coach.recordFeedback({
        teamId: 'T1',
        userId,
        reviewId: posted[0]!.id,
        rule: rejected!,
        phrase: 'x',
        helpful: false,
        reason: 'wrong',
        silence: 'no',
      });
    const stats = await coach.stats('T1', 'U1');
    expect(stats!.team).toEqual(expect.objectContaining({ drafts: 5, reviews: 5 }));
    expect(stats!.you.topRules.map((each) => each.rule)).not.toContain(rejected);
    const teamCount = stats!.team!.topRules.find((each) => each.rule === rejected)?.count ?? 0;
    // Four people still have it: below the minimum group, so the topic is not shown at all.
    expect(teamCount).toBe(0);
    const kept = stats!.team!.topRules.find((each) => each.rule === rules[1]);
    if (rules[1]) expect(kept?.count).toBe(5);
  });
});
