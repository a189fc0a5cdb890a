import { defaultChannelSettings } from '../../src/coach';
import { MemoryStore } from '../../src/store/memory';
import type { ReviewRecord } from '../../src/store/types';

const review = (extra: Partial<ReviewRecord> = {}): ReviewRecord => ({
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  source: 'channel',
  verdict: 'revise',
  score: 40,
  rules: ['shouting'],
  categories: ['salesy'],
  reviewer: 'rules',
  promptVersion: null,
  draftText: 'BUY NOW',
  messageTs: '1.1',
  replyTs: null,
  ...extra,
});

describe('MemoryStore', () => {
  test('claimEvent is true once per id', async () => {
    const store = new MemoryStore();
    expect(await store.claimEvent('E1')).toBe(true);
    expect(await store.claimEvent('E1')).toBe(false);
    expect(await store.claimEvent('E2')).toBe(true);
  });

  test('channel settings and watched channels; stored objects cannot be changed from outside', async () => {
    const store = new MemoryStore();
    const settings = { ...defaultChannelSettings('T1', 'C2'), watched: true };
    await store.saveChannelSettings(settings);
    await store.saveChannelSettings({ ...defaultChannelSettings('T1', 'C1'), watched: true });
    await store.saveChannelSettings({ ...defaultChannelSettings('T2', 'C9'), watched: true });
    settings.disabledRules.push('shouting');
    expect((await store.getChannelSettings('T1', 'C2'))!.disabledRules).toEqual([]);
    expect(await store.listWatchedChannels('T1')).toEqual(['C1', 'C2']);
    expect(await store.getChannelSettings('T1', 'C404')).toBeNull();
  });

  test('reviews: the same id twice keeps one; find by message; reply ts; list by user and date; purge texts', async () => {
    const store = new MemoryStore();
    const id = await store.recordReview(review({ id: 'r1' }));
    await store.recordReview(review({ id: 'r1' }));
    await store.recordReview(
      review({ id: 'r2', userId: 'U2', messageTs: '2.2', createdAt: new Date(Date.now() - 86_400_000 * 40) }),
    );
    expect(id).toBe('r1');
    await store.setReplyTs('r1', '9.9');
    expect(await store.findReviewByMessage('T1', 'C1', '1.1')).toEqual(
      expect.objectContaining({ id: 'r1', replyTs: '9.9' }),
    );
    expect((await store.listReviews({ teamId: 'T1', since: new Date(0) })).map((r) => r.id)).toEqual([
      'r2',
      'r1',
    ]);
    expect(
      (await store.listReviews({ teamId: 'T1', userId: 'U1', since: new Date(0) })).map((r) => r.id),
    ).toEqual(['r1']);
    expect(await store.purgeDraftText(new Date(Date.now() - 86_400_000 * 30))).toBe(1);
    expect((await store.findReviewByMessage('T1', 'C1', '2.2'))!.draftText).toBeNull();
  });

  test('feedback: one vote per person, review, rule and phrase; silencing by threshold; undo', async () => {
    const store = new MemoryStore();
    const vote = {
      teamId: 'T1',
      reviewId: 'r1',
      rule: 'hype-superlatives',
      phrase: 'Revolutionary',
      helpful: false,
    };
    await store.recordFeedback({ ...vote, userId: 'U1' });
    await store.recordFeedback({ ...vote, userId: 'U1' });
    await store.recordFeedback({ ...vote, userId: 'U2' });
    expect(await store.listSilenced('T1', 3)).toEqual([]);
    await store.recordFeedback({ ...vote, userId: 'U3' });
    expect(await store.listSilenced('T1', 3)).toEqual([
      { teamId: 'T1', rule: 'hype-superlatives', phrase: 'revolutionary', votes: 3 },
    ]);
    await store.recordFeedback({ ...vote, userId: 'U3', helpful: true });
    expect(await store.listSilenced('T1', 3)).toEqual([]);
    await store.recordFeedback({ ...vote, userId: 'U3' });
    await store.unsilence('T1', 'hype-superlatives', 'REVOLUTIONARY');
    expect(await store.listSilenced('T1', 1)).toEqual([]);
  });

  test('installations by team or enterprise; digests claimed once', async () => {
    const store = new MemoryStore();
    await store.saveInstallation({
      teamId: 'T1',
      enterpriseId: null,
      isEnterpriseInstall: false,
      data: { a: 1 },
    });
    await store.saveInstallation({
      teamId: null,
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
      data: { b: 2 },
    });
    expect((await store.findInstallation({ teamId: 'T1', isEnterpriseInstall: false }))!.data).toEqual({
      a: 1,
    });
    expect((await store.findInstallation({ enterpriseId: 'E1', isEnterpriseInstall: true }))!.data).toEqual({
      b: 2,
    });
    await store.deleteInstallation({ teamId: 'T1' });
    expect(await store.findInstallation({ teamId: 'T1', isEnterpriseInstall: false })).toBeNull();
    await expect(
      store.saveInstallation({ teamId: null, enterpriseId: null, isEnterpriseInstall: false, data: {} }),
    ).rejects.toThrow();
    expect(await store.claimDigest('T1', 'C1', '2026-11-23')).toBe(true);
    expect(await store.claimDigest('T1', 'C1', '2026-11-23')).toBe(false);
  });

  test('opt-out per person', async () => {
    const store = new MemoryStore();
    await store.setUserOptOut('T1', 'U1', true);
    expect(await store.isUserOptedOut('T1', 'U1')).toBe(true);
    await store.setUserOptOut('T1', 'U1', false);
    expect(await store.isUserOptedOut('T1', 'U1')).toBe(false);
  });
});
