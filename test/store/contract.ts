import { randomUUID } from 'node:crypto';
import type { ChannelSettings, ReviewRecord, Store, WorkspaceDefaults } from '../../src/store/types';

/**
 * The behaviour every Store engine must share. Call it inside a test file with a factory; the store is
 * created and initialised once per suite, and each test works in its own team, so tests stay independent.
 */
export interface ContractOptions {
  /** Creates a fresh store (not yet initialised). */
  create: () => Promise<Store> | Store;
  /** Runs after the store is closed (drop a database, remove a folder…). */
  cleanup?: () => Promise<void>;
}

let counter = 0;
const team = () =>
  `T${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export function channelSettings(teamId: string, channelId: string, over: Partial<ChannelSettings> = {}) {
  const settings: ChannelSettings = {
    teamId,
    channelId,
    watched: true,
    replyMode: 'thread',
    strictness: 'standard',
    disabledRules: [],
    rejectPhrases: [],
    acceptPhrases: [],
    digest: false,
    storeDraftText: false,
    ...over,
  };
  return settings;
}

export function review(teamId: string, over: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    teamId,
    channelId: 'C1',
    userId: 'U1',
    source: 'channel',
    verdict: 'revise',
    score: 42,
    rules: ['hard-call-to-action', 'shouting'],
    categories: ['salesy'],
    reviewer: 'rules',
    promptVersion: null,
    draftText: null,
    messageTs: null,
    replyTs: null,
    ...over,
  };
}

export function storeContract(name: string, options: ContractOptions): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;

    beforeAll(async () => {
      store = await options.create();
      await store.init();
    });

    afterAll(async () => {
      await store?.close();
      await options.cleanup?.();
    });

    test('init is idempotent and ping answers', async () => {
      await store.init();
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describe('claimEvent', () => {
      test('true the first time, false for every later delivery', async () => {
        const id = `Ev${randomUUID()}`;
        expect(await store.claimEvent(id)).toBe(true);
        expect(await store.claimEvent(id)).toBe(false);
        expect(await store.claimEvent(id)).toBe(false);
        expect(await store.claimEvent(`Ev${randomUUID()}`)).toBe(true);
      });

      test('concurrent claims of one event: exactly one wins', async () => {
        const id = `Ev${randomUUID()}`;
        const results = await Promise.all(Array.from({ length: 20 }, () => store.claimEvent(id)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('channel settings', () => {
      test('unknown channel: null; saved settings read back whole', async () => {
        const teamId = team();
        expect(await store.getChannelSettings(teamId, 'C1')).toBeNull();
        const saved = channelSettings(teamId, 'C1', {
          replyMode: 'dm',
          strictness: 'strict',
          disabledRules: ['shouting', 'link-only'],
          rejectPhrases: [{ phrase: 'synergy', message: 'Say what it does.' }, { phrase: 'game-changer' }],
          acceptPhrases: ['Black Friday', 'café "Zoë"'],
          digest: true,
          storeDraftText: true,
          updatedBy: 'U9',
        });
        await store.saveChannelSettings(saved);
        const read = await store.getChannelSettings(teamId, 'C1');
        expect(read).toMatchObject(saved);
        // a Date, whichever realm made it (structuredClone under jest's VM makes a Date of another realm)
        expect(Object.prototype.toString.call(read?.updatedAt)).toBe('[object Date]');
        expect(await store.getChannelSettings(teamId, 'C2')).toBeNull();
        expect(await store.getChannelSettings(team(), 'C1')).toBeNull();
      });

      test('saving again replaces the settings (unwatch, strictness, lists emptied)', async () => {
        const teamId = team();
        await store.saveChannelSettings(
          channelSettings(teamId, 'C1', { disabledRules: ['shouting'], acceptPhrases: ['x'] }),
        );
        await store.saveChannelSettings(
          channelSettings(teamId, 'C1', {
            watched: false,
            strictness: 'gentle',
            disabledRules: [],
            acceptPhrases: [],
          }),
        );
        expect(await store.getChannelSettings(teamId, 'C1')).toMatchObject({
          watched: false,
          strictness: 'gentle',
          disabledRules: [],
          acceptPhrases: [],
        });
      });

      test('the network posts here are for: any until set, then what was saved', async () => {
        const teamId = team();
        await store.saveChannelSettings(channelSettings(teamId, 'C1'));
        expect((await store.getChannelSettings(teamId, 'C1'))?.network ?? 'any').toBe('any');
        await store.saveChannelSettings(channelSettings(teamId, 'C1', { network: 'linkedin' }));
        expect(await store.getChannelSettings(teamId, 'C1')).toMatchObject({ network: 'linkedin' });
        await store.saveWorkspaceDefaults({ ...channelSettings(teamId, ''), network: 'bluesky' });
        expect(await store.getWorkspaceDefaults(teamId)).toMatchObject({ network: 'bluesky' });
      });

      test('listWatchedChannels: only watched channels of that team', async () => {
        const teamId = team();
        const other = team();
        await store.saveChannelSettings(channelSettings(teamId, 'C2'));
        await store.saveChannelSettings(channelSettings(teamId, 'C1'));
        await store.saveChannelSettings(channelSettings(teamId, 'C3', { watched: false }));
        await store.saveChannelSettings(channelSettings(other, 'C9'));
        expect([...(await store.listWatchedChannels(teamId))].sort()).toEqual(['C1', 'C2']);
        await store.saveChannelSettings(channelSettings(teamId, 'C2', { watched: false }));
        expect(await store.listWatchedChannels(teamId)).toEqual(['C1']);
        expect(await store.listWatchedChannels(team())).toEqual([]);
      });
    });

    test('workspace defaults: null until saved, then replaced', async () => {
      const teamId = team();
      expect(await store.getWorkspaceDefaults(teamId)).toBeNull();
      const defaults: WorkspaceDefaults = {
        teamId,
        replyMode: 'ephemeral',
        strictness: 'gentle',
        disabledRules: ['no-invitation'],
        rejectPhrases: [{ phrase: 'best-in-class', message: 'Show, do not tell.' }],
        acceptPhrases: [],
        digest: false,
        storeDraftText: false,
      };
      await store.saveWorkspaceDefaults(defaults);
      expect(await store.getWorkspaceDefaults(teamId)).toMatchObject(defaults);
      await store.saveWorkspaceDefaults({ ...defaults, strictness: 'strict', storeDraftText: true });
      expect(await store.getWorkspaceDefaults(teamId)).toMatchObject({
        strictness: 'strict',
        storeDraftText: true,
      });
    });

    test('user opt-out: off by default, on, off again; per team', async () => {
      const teamId = team();
      expect(await store.isUserOptedOut(teamId, 'U1')).toBe(false);
      await store.setUserOptOut(teamId, 'U1', true);
      await store.setUserOptOut(teamId, 'U1', true);
      expect(await store.isUserOptedOut(teamId, 'U1')).toBe(true);
      expect(await store.isUserOptedOut(teamId, 'U2')).toBe(false);
      expect(await store.isUserOptedOut(team(), 'U1')).toBe(false);
      await store.setUserOptOut(teamId, 'U1', false);
      expect(await store.isUserOptedOut(teamId, 'U1')).toBe(false);
    });

    describe('reviews', () => {
      test('recorded and listed with every field; oldest first; filtered by user and date', async () => {
        const teamId = team();
        const t0 = new Date(Date.now() - 3 * 86_400_000);
        const first = review(teamId, {
          createdAt: t0,
          draftText: 'BUY NOW!!!',
          promptVersion: 'p1',
          reviewer: 'llm',
        });
        const id1 = await store.recordReview(first);
        const id2 = await store.recordReview(
          review(teamId, {
            userId: 'U2',
            verdict: 'pass',
            score: 91,
            rules: [],
            categories: [],
            source: 'command',
            channelId: null,
            createdAt: new Date(t0.getTime() + 1000),
          }),
        );
        await store.recordReview(review(teamId, { createdAt: new Date(t0.getTime() - 86_400_000) }));
        await store.recordReview(review(team(), { createdAt: t0 }));
        expect(typeof id1).toBe('string');
        expect(id1).not.toEqual(id2);

        const all = await store.listReviews({ teamId, since: t0 });
        expect(all.map((r) => r.id)).toEqual([id1, id2]);
        expect(all[0]).toMatchObject({
          ...first,
          id: id1,
          createdAt: t0,
          rules: ['hard-call-to-action', 'shouting'],
          categories: ['salesy'],
        });
        expect(all[1]).toMatchObject({
          userId: 'U2',
          verdict: 'pass',
          score: 91,
          rules: [],
          channelId: null,
        });

        const mine = await store.listReviews({ teamId, userId: 'U2', since: new Date(0) });
        expect(mine.map((r) => r.id)).toEqual([id2]);
        expect(await store.listReviews({ teamId, since: new Date(Date.now() + 60_000) })).toEqual([]);
      });

      test('each review keeps the network it assumed; reviews without one read back as any', async () => {
        const teamId = team();
        const forX = await store.recordReview(review(teamId, { network: 'x' }));
        const plain = await store.recordReview(review(teamId));
        const listed = await store.listReviews({ teamId, since: new Date(0) });
        expect(Object.fromEntries(listed.map((r) => [r.id, r.network]))).toEqual({
          [forX]: 'x',
          [plain]: 'any',
        });
      });

      test('each review lists the rules its own author marked not helpful (the latest vote wins)', async () => {
        const teamId = team();
        const id = await store.recordReview(review(teamId));
        const other = await store.recordReview(review(teamId));
        const vote = (userId: string, rule: string, helpful: boolean, reviewId = id) =>
          store.recordFeedback({
            teamId,
            userId,
            reviewId,
            rule,
            phrase: 'buy now',
            helpful,
            reason: 'wrong',
          });
        await vote('U1', 'shouting', false);
        await vote('U1', 'hard-call-to-action', false);
        await vote('U1', 'hard-call-to-action', true);
        // Someone else's vote is not the author's.
        await vote('U9', 'hard-call-to-action', false);
        await vote('U1', 'review', false, other);
        const listed = await store.listReviews({ teamId, since: new Date(0) });
        expect(Object.fromEntries(listed.map((r) => [r.id, r.dismissedRules]))).toEqual({
          [id]: ['shouting'],
          [other]: ['review'],
        });
      });

      test('a given id is kept, and recording it twice keeps one review (safe retries)', async () => {
        const teamId = team();
        const id = randomUUID();
        expect(await store.recordReview(review(teamId, { id }))).toBe(id);
        expect(await store.recordReview(review(teamId, { id }))).toBe(id);
        const listed = await store.listReviews({ teamId, since: new Date(0) });
        expect(listed.map((r) => r.id)).toEqual([id]);
      });

      test('findReviewByMessage and setReplyTs, for edits and deletions in watched channels', async () => {
        const teamId = team();
        expect(await store.findReviewByMessage(teamId, 'C1', '1700000000.000100')).toBeNull();
        const id = await store.recordReview(review(teamId, { messageTs: '1700000000.000100' }));
        await store.recordReview(review(teamId, { messageTs: '1700000000.000200' }));
        await store.setReplyTs(id, '1700000000.000300');
        const found = await store.findReviewByMessage(teamId, 'C1', '1700000000.000100');
        expect(found).toMatchObject({ id, messageTs: '1700000000.000100', replyTs: '1700000000.000300' });
        expect(await store.findReviewByMessage(teamId, 'C2', '1700000000.000100')).toBeNull();
        // A deleted reply is cleared, so a later edit posts afresh instead of updating a message that is gone.
        await store.setReplyTs(id, null);
        expect(await store.findReviewByMessage(teamId, 'C1', '1700000000.000100')).toMatchObject({
          replyTs: null,
        });
        await expect(store.setReplyTs(randomUUID(), '1.2')).resolves.toBeUndefined();
      });

      test('purgeDraftText clears texts older than the cut-off, keeps the review', async () => {
        const teamId = team();
        const old = new Date(Date.now() - 40 * 86_400_000);
        const oldId = await store.recordReview(review(teamId, { draftText: 'old draft', createdAt: old }));
        const newId = await store.recordReview(review(teamId, { draftText: 'new draft' }));
        const cleared = await store.purgeDraftText(new Date(Date.now() - 30 * 86_400_000));
        expect(cleared).toBeGreaterThanOrEqual(1);
        const listed = await store.listReviews({ teamId, since: new Date(0) });
        expect(listed.find((r) => r.id === oldId)).toMatchObject({ draftText: null, verdict: 'revise' });
        expect(listed.find((r) => r.id === newId)).toMatchObject({ draftText: 'new draft' });
      });
    });

    describe('feedback', () => {
      test('three unhelpful votes silence a rule and phrase for that team; undo clears them', async () => {
        const teamId = team();
        const vote = (userId: string, helpful = false, phrase = 'buy now', rule = 'hard-call-to-action') =>
          store.recordFeedback({ teamId, userId, reviewId: randomUUID(), rule, phrase, helpful });
        await vote('U1');
        await vote('U2');
        await vote('U3', true);
        await vote('U4', false, 'order now');
        await store.recordFeedback({
          teamId: team(),
          userId: 'U5',
          reviewId: null,
          rule: 'hard-call-to-action',
          phrase: 'buy now',
          helpful: false,
        });
        expect(await store.listSilenced(teamId, 3)).toEqual([]);
        await vote('U5');
        expect(await store.listSilenced(teamId, 3)).toEqual([
          { teamId, rule: 'hard-call-to-action', phrase: 'buy now', votes: 3 },
        ]);
        expect(await store.listSilenced(teamId, 1)).toHaveLength(2);

        await store.unsilence(teamId, 'hard-call-to-action', 'buy now');
        expect(await store.listSilenced(teamId, 3)).toEqual([]);
        expect(await store.listSilenced(teamId, 1)).toEqual([
          { teamId, rule: 'hard-call-to-action', phrase: 'order now', votes: 1 },
        ]);
      });
      test('one vote per person and finding: repeated clicks count once, the latest click wins', async () => {
        const teamId = team();
        const reviewId = randomUUID();
        const click = (userId: string, helpful: boolean) =>
          store.recordFeedback({ teamId, userId, reviewId, rule: 'shouting', phrase: 'FREE', helpful });
        await click('U1', false);
        await click('U1', false);
        await click('U1', false);
        expect(await store.listSilenced(teamId, 1)).toEqual([
          { teamId, rule: 'shouting', phrase: 'free', votes: 1 },
        ]);
        await click('U1', true);
        expect(await store.listSilenced(teamId, 1)).toEqual([]);
        await click('U2', false);
        await store.unsilence(teamId, 'shouting', 'free');
        await click('U2', false); // voting again after an undo counts again
        expect(await store.listSilenced(teamId, 1)).toEqual([
          { teamId, rule: 'shouting', phrase: 'free', votes: 1 },
        ]);
      });
    });

    describe('installations', () => {
      test('team install: saved, found by team, replaced, deleted', async () => {
        const teamId = team();
        const data = {
          team: { id: teamId },
          bot: { token: 'xoxb-1', userId: 'UB' },
          isEnterpriseInstall: false,
        };
        await store.saveInstallation({ teamId, enterpriseId: null, isEnterpriseInstall: false, data });
        expect(await store.findInstallation({ teamId, isEnterpriseInstall: false })).toEqual({
          teamId,
          enterpriseId: null,
          isEnterpriseInstall: false,
          data,
        });
        const data2 = { ...data, bot: { token: 'xoxb-2', userId: 'UB' } };
        await store.saveInstallation({ teamId, enterpriseId: null, isEnterpriseInstall: false, data: data2 });
        expect((await store.findInstallation({ teamId, isEnterpriseInstall: false }))?.data).toEqual(data2);
        expect(await store.findInstallation({ teamId: team(), isEnterpriseInstall: false })).toBeNull();
        await store.deleteInstallation({ teamId });
        expect(await store.findInstallation({ teamId, isEnterpriseInstall: false })).toBeNull();
      });

      test('org-wide (enterprise) install: found by enterprise, deleted by enterprise', async () => {
        const enterpriseId = `E${team()}`;
        const data = { enterprise: { id: enterpriseId }, isEnterpriseInstall: true };
        await store.saveInstallation({ teamId: null, enterpriseId, isEnterpriseInstall: true, data });
        expect(await store.findInstallation({ enterpriseId, isEnterpriseInstall: true })).toMatchObject({
          enterpriseId,
          isEnterpriseInstall: true,
          data,
        });
        await store.deleteInstallation({ enterpriseId });
        expect(await store.findInstallation({ enterpriseId, isEnterpriseInstall: true })).toBeNull();
      });
    });

    test('claimDigest: once per team, channel and week', async () => {
      const teamId = team();
      expect(await store.claimDigest(teamId, 'C1', '2026-11-23')).toBe(true);
      expect(await store.claimDigest(teamId, 'C1', '2026-11-23')).toBe(false);
      expect(await store.claimDigest(teamId, 'C2', '2026-11-23')).toBe(true);
      expect(await store.claimDigest(teamId, 'C1', '2026-11-30')).toBe(true);
      const results = await Promise.all([
        store.claimDigest(teamId, 'C3', '2026-11-23'),
        store.claimDigest(teamId, 'C3', '2026-11-23'),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    // issue 5: coaching
    test('listDigestChannels: channels with the digest on, with who turned it on', async () => {
      const teamId = team();
      await store.saveChannelSettings(channelSettings(teamId, 'C1', { digest: true, updatedBy: 'U9' }));
      await store.saveChannelSettings(channelSettings(teamId, 'C2', { digest: false }));
      const mine = (await store.listDigestChannels()).filter((entry) => entry.teamId === teamId);
      expect(mine).toEqual([{ teamId, channelId: 'C1', updatedBy: 'U9' }]);
    });
  });
}
