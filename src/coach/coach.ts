import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { metrics } from '../observability/metrics';
import { addressedFindings, checkDraft, type DraftProblem, type Review, type ReviewOptions } from '../review';
import type { Refiner } from '../review/refiner';
import type {
  ChannelSettings,
  FeedbackReason,
  ReplyMode,
  ReviewRecord,
  SilencedPhrase,
  Store,
  WorkspaceDefaults,
} from '../store/types';
import { LruCache } from '../util/lru';
import { InThreadRunner, type ReviewRunner } from './review-runner';
import {
  DEFAULT_PASS_REACTION,
  defaultChannelSettings,
  SILENCE_THRESHOLD,
  toReviewOptions,
} from './settings';
import { summariseStats, type ReviewStats } from './stats';

export type ReviewSource = ReviewRecord['source'];

/** A draft to review: whose, where, and how it reached us. */
export interface DraftRequest {
  teamId: string;
  channelId: string | null;
  userId: string;
  text: string;
  source: ReviewSource;
  /** The draft message in a watched channel (for edits and deletions). */
  messageTs?: string | null;
}

/** A review as the coach hands it to the Slack layer, with what its buttons need later. */
export interface CoachedReview {
  id: string;
  request: DraftRequest;
  review: Review;
  options: ReviewOptions;
  /** True once a refiner (the LLM reviewer) replaced the rule review. */
  refined: boolean;
  /** The bot's reply in the draft's thread, when there is one. */
  replyTs: string | null;
  /** Where an automatic review goes (the channel's setting when it was reviewed). */
  replyMode: ReplyMode;
  /** The reaction on a draft with nothing to suggest ('' for none), the channel's setting when it was reviewed. */
  passReaction: string;
  /**
   * Which findings the suggested version (rewrite or edits) takes care of, one per finding, so a message can lead
   * with a fix the version really makes. Absent: unknown.
   */
  addressed?: readonly boolean[];
}

export type DraftOutcome = { ok: true; coached: CoachedReview } | { ok: false; problem: DraftProblem };

/** What the bot remembers about the review of a message in a watched channel. */
export interface ChannelReviewState {
  reviewId: string;
  replyTs: string | null;
  verdict: Review['verdict'];
}

export interface CoachDeps {
  store: Store;
  logger: Logger;
  refiner?: Refiner | null;
  /** How many recent reviews the buttons can refer to (LRU). */
  recentReviews?: number;
  /** Where reviews run: beside the thread that acks (a worker) or on it (the default). */
  reviews?: ReviewRunner;
}

const messageKey = (teamId: string, channelId: string, messageTs: string) =>
  `${teamId}:${channelId}:${messageTs}`;

/**
 * The use cases every Slack listener shares: review a draft for this person in this channel with its
 * settings, record it, refine it later, and remember what the buttons and edits need.
 * The store may be down at any moment: the coach then reviews with defaults and logs, it never throws
 * a store error at a listener.
 */
export class Coach {
  readonly store: Store;
  private readonly logger: Logger;
  private readonly refiner: Refiner | null;
  private readonly recent: LruCache<string, CoachedReview>;
  /** The latest review per watched-channel message, so a slow refinement never overwrites a newer edit. */
  private readonly latestByMessage = new LruCache<string, ChannelReviewState>(5_000);
  /** Event ids seen by this process, used only while the store cannot answer claimEvent. */
  private readonly locallyClaimedEvents = new LruCache<string, true>(10_000);
  private readonly reviews: ReviewRunner;

  constructor({ store, logger, refiner = null, recentReviews = 2_000, reviews }: CoachDeps) {
    this.reviews = reviews ?? new InThreadRunner();
    this.store = store;
    this.logger = logger;
    this.refiner = refiner;
    this.recent = new LruCache(recentReviews);
  }

  get canRefine(): boolean {
    return this.refiner !== null;
  }

  /** Runs a store call; on failure logs it and answers `fallback`, so Slack users still get a review. */
  private async safely<T>(operation: string, call: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await call();
    } catch (error) {
      this.logger.warn(
        { event: 'store.error', operation, err: error },
        'store unavailable, carrying on without it',
      );
      return fallback;
    }
  }

  /**
   * True the first time an event id arrives (in any replica, through the store). When the store is down,
   * this process still remembers what it handled, so a retry of a handled event stays a no-op.
   */
  async claimEvent(eventId: string): Promise<boolean> {
    try {
      const claimed = await this.store.claimEvent(eventId);
      if (claimed) this.locallyClaimedEvents.set(eventId, true);
      return claimed;
    } catch (error) {
      this.logger.warn(
        { event: 'store.error', operation: 'claimEvent', err: error },
        'deduplicating in memory',
      );
      if (this.locallyClaimedEvents.has(eventId)) return false;
      this.locallyClaimedEvents.set(eventId, true);
      return true;
    }
  }

  /** The channel's settings, or the workspace defaults when it has none (or the store is down). */
  async channelSettings(teamId: string, channelId: string | null): Promise<ChannelSettings> {
    const stored = channelId
      ? await this.safely('getChannelSettings', () => this.store.getChannelSettings(teamId, channelId), null)
      : null;
    if (stored) return stored;
    const workspace = await this.safely(
      'getWorkspaceDefaults',
      () => this.store.getWorkspaceDefaults(teamId),
      null,
    );
    return defaultChannelSettings(teamId, channelId ?? '', workspace);
  }

  async reviewOptionsFor(
    teamId: string,
    channelId: string | null,
  ): Promise<{ settings: ChannelSettings; options: ReviewOptions }> {
    const [settings, silenced] = await Promise.all([
      this.channelSettings(teamId, channelId),
      this.safely<SilencedPhrase[]>(
        'listSilenced',
        () => this.store.listSilenced(teamId, SILENCE_THRESHOLD),
        [],
      ),
    ]);
    return { settings, options: toReviewOptions(settings, silenced) };
  }

  /** Reviews a draft with its channel's settings and records the review. */
  async reviewDraft(request: DraftRequest, previous?: ChannelReviewState | null): Promise<DraftOutcome> {
    const problem = checkDraft(request.text);
    if (problem) return { ok: false, problem };
    const { settings, options } = await this.reviewOptionsFor(request.teamId, request.channelId);
    // Off the thread that acks where there is a review thread; one per turn of the event loop where not.
    const { review, addressed, seconds } = await this.reviews.review(request.text, options);
    metrics.reviews.inc({ verdict: review.verdict, source: request.source });
    metrics.reviewSeconds.observe(seconds);
    // Verdict and rule ids only: the draft text never goes to the logs.
    this.logger.info(
      {
        event: 'review',
        source: request.source,
        verdict: review.verdict,
        score: review.score,
        rules: [...new Set(review.findings.map((finding) => finding.rule))],
        chars: request.text.length,
        ms: Math.round(seconds * 100_000) / 100,
      },
      'draft reviewed',
    );
    const coached: CoachedReview = {
      id: randomUUID(),
      request,
      review,
      // The network the review settled on (a tag in the draft wins), so a refinement checks its rewrite for it too.
      options: { ...options, network: review.network ?? options.network ?? 'any' },
      refined: false,
      replyTs: previous?.replyTs ?? null,
      replyMode: settings.replyMode,
      passReaction: settings.passReaction ?? DEFAULT_PASS_REACTION,
      addressed,
    };
    this.remember(coached);
    await this.safely(
      'recordReview',
      () => this.store.recordReview(toRecord(coached, settings.storeDraftText ? request.text : null)),
      coached.id,
    );
    return { ok: true, coached };
  }

  private remember(coached: CoachedReview): void {
    this.recent.set(coached.id, coached);
    const { teamId, channelId, messageTs } = coached.request;
    if (channelId && messageTs) {
      this.latestByMessage.set(messageKey(teamId, channelId, messageTs), {
        reviewId: coached.id,
        replyTs: coached.replyTs,
        verdict: coached.review.verdict,
      });
    }
  }

  /**
   * Asks the refiner (the LLM reviewer) for a better review. Null when there is no refiner, it has
   * nothing better, or the draft was edited meanwhile (the newer review wins).
   */
  async refine(coached: CoachedReview): Promise<CoachedReview | null> {
    if (!this.refiner) return null;
    let refinedReview: Review | null = null;
    try {
      refinedReview = await this.refiner.refine(coached.request.text, coached.review, coached.options);
    } catch (error) {
      // The Refiner contract says it never rejects; a broken one must still not lose the rule review.
      this.logger.warn({ event: 'refine.error', refiner: this.refiner.name, err: error }, 'refiner failed');
    }
    if (!refinedReview || !this.isCurrent(coached)) return null;
    const latest = this.recent.get(coached.id) ?? coached;
    const refined: CoachedReview = {
      ...latest,
      review: refinedReview,
      refined: true,
      addressed: addressedFindings(refinedReview, latest.options),
    };
    this.remember(refined);
    return refined;
  }

  /** False once a newer review of the same watched message exists. */
  isCurrent(coached: CoachedReview): boolean {
    const { teamId, channelId, messageTs } = coached.request;
    if (!channelId || !messageTs) return true;
    return this.latestByMessage.get(messageKey(teamId, channelId, messageTs))?.reviewId === coached.id;
  }

  /** A recent review by id, for the buttons on it. */
  recall(reviewId: string): CoachedReview | undefined {
    return this.recent.get(reviewId);
  }

  /** What this process posted for a message in a watched channel, from memory only (no database trip). */
  rememberedReviewOf(teamId: string, channelId: string, messageTs: string): ChannelReviewState | null {
    return this.latestByMessage.get(messageKey(teamId, channelId, messageTs)) ?? null;
  }

  /** What we posted for a message in a watched channel, from memory first, then from the store. */
  async channelReviewOf(
    teamId: string,
    channelId: string,
    messageTs: string,
  ): Promise<ChannelReviewState | null> {
    const latest = this.latestByMessage.get(messageKey(teamId, channelId, messageTs));
    if (latest) return latest;
    const record = await this.safely(
      'findReviewByMessage',
      () => this.store.findReviewByMessage(teamId, channelId, messageTs),
      null,
    );
    return record?.id ? { reviewId: record.id, replyTs: record.replyTs, verdict: record.verdict } : null;
  }

  /** Remembers the bot's reply to a reviewed message (edits update it, deletions remove it). */
  async setReply(coached: CoachedReview, replyTs: string | null): Promise<void> {
    const had = coached.replyTs;
    coached.replyTs = replyTs;
    this.remember(coached);
    // Null is written when it clears a reply (one the bot deleted must not be edited or pointed at later, on any
    // replica); a draft that never had a reply costs no write.
    if (replyTs || had)
      await this.safely('setReplyTs', () => this.store.setReplyTs(coached.id, replyTs), undefined);
  }

  /** The reply to a deleted draft is gone: nothing (an edit, a button, another replica) may point at it any more. */
  async replyDeleted(reviewId: string): Promise<void> {
    const remembered = this.recent.get(reviewId);
    if (remembered) remembered.replyTs = null;
    await this.safely('setReplyTs', () => this.store.setReplyTs(reviewId, null), undefined);
  }

  forgetMessage(teamId: string, channelId: string, messageTs: string): void {
    this.latestByMessage.delete(messageKey(teamId, channelId, messageTs));
  }

  async isWatched(teamId: string, channelId: string): Promise<boolean> {
    const settings = await this.safely(
      'getChannelSettings',
      () => this.store.getChannelSettings(teamId, channelId),
      null,
    );
    return settings?.watched ?? false;
  }

  /** Turns automatic review of a channel on or off. False when the store could not save it. */
  async setWatched(teamId: string, channelId: string, userId: string, watched: boolean): Promise<boolean> {
    const settings = await this.channelSettings(teamId, channelId);
    try {
      await this.store.saveChannelSettings({
        ...settings,
        channelId,
        watched,
        updatedBy: userId,
        updatedAt: new Date(),
      });
      return true;
    } catch (error) {
      this.logger.warn(
        { event: 'store.error', operation: 'saveChannelSettings', err: error },
        'could not save',
      );
      return false;
    }
  }

  async watchedChannels(teamId: string): Promise<string[]> {
    return this.safely('listWatchedChannels', () => this.store.listWatchedChannels(teamId), []);
  }

  /** Records a Helpful / Not helpful vote on one finding (or on the whole review, rule "review"). */
  async recordFeedback(vote: {
    teamId: string;
    userId: string;
    reviewId: string;
    rule: string;
    phrase: string;
    helpful: boolean;
    reason?: FeedbackReason | null;
    silence?: 'vote' | 'now' | 'no';
  }): Promise<boolean> {
    try {
      await this.store.recordFeedback({ ...vote, createdAt: new Date() });
      return true;
    } catch (error) {
      this.logger.warn(
        { event: 'store.error', operation: 'recordFeedback', err: error },
        'feedback not saved',
      );
      return false;
    }
  }

  /** The last `days` of reviews for a person and their team; null when the store cannot answer. */
  async stats(teamId: string, userId: string, days = 30, now = new Date()): Promise<ReviewStats | null> {
    const since = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
    const reviews = await this.safely('listReviews', () => this.store.listReviews({ teamId, since }), null);
    return reviews ? summariseStats(reviews, userId, days, now) : null;
  }

  /** True when the person turned automatic review off for themselves (false when the store cannot say). */
  async isOptedOut(teamId: string, userId: string): Promise<boolean> {
    return this.safely('isUserOptedOut', () => this.store.isUserOptedOut(teamId, userId), false);
  }

  /**
   * `/etiquette optout` / `optin` and their buttons: 'unchanged' when the person had already opted out (the
   * buttons sit on messages everyone sees, so they are pressed again), 'failed' when the store could not
   * save it. Only a known opt-out counts as unchanged: when the store cannot say, the save decides.
   */
  async setOptOut(
    teamId: string,
    userId: string,
    optedOut: boolean,
  ): Promise<'saved' | 'unchanged' | 'failed'> {
    if (optedOut && (await this.isOptedOut(teamId, userId))) return 'unchanged';
    const saved = await this.attempt('setUserOptOut', () =>
      this.store.setUserOptOut(teamId, userId, optedOut),
    );
    return saved ? 'saved' : 'failed';
  }

  /** Saves a channel's settings from the settings modal; the next draft, on any replica, reads them. */
  async saveChannelSettings(settings: ChannelSettings): Promise<boolean> {
    return this.attempt('saveChannelSettings', () => this.store.saveChannelSettings(settings));
  }

  async workspaceDefaults(teamId: string): Promise<WorkspaceDefaults> {
    const stored = await this.safely(
      'getWorkspaceDefaults',
      () => this.store.getWorkspaceDefaults(teamId),
      null,
    );
    const {
      channelId: _channel,
      watched: _watched,
      ...defaults
    } = defaultChannelSettings(teamId, '', stored);
    return { ...defaults, ...(stored?.updatedBy ? { updatedBy: stored.updatedBy } : {}) };
  }

  async saveWorkspaceDefaults(defaults: WorkspaceDefaults): Promise<boolean> {
    return this.attempt('saveWorkspaceDefaults', () => this.store.saveWorkspaceDefaults(defaults));
  }

  /** Suggestions the team stopped with earlier versions' "not helpful" votes (App Home lists them; admins flag them again). */
  async silenced(teamId: string): Promise<SilencedPhrase[]> {
    return this.safely('listSilenced', () => this.store.listSilenced(teamId, SILENCE_THRESHOLD), []);
  }

  async unsilence(teamId: string, rule: string, phrase: string): Promise<boolean> {
    return this.attempt('unsilence', () => this.store.unsilence(teamId, rule, phrase));
  }

  /** Runs a store write; false (and a warning) when it failed, so the listener can say so. */
  private async attempt(operation: string, call: () => Promise<void>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      this.logger.warn({ event: 'store.error', operation, err: error }, 'could not save');
      return false;
    }
  }

  /** The app was uninstalled or its tokens revoked: forget the installation. */
  async forgetInstallation(teamId: string | undefined, enterpriseId: string | undefined): Promise<void> {
    await this.safely(
      'deleteInstallation',
      () =>
        this.store.deleteInstallation({
          teamId,
          enterpriseId,
          isEnterpriseInstall: !teamId && !!enterpriseId,
        }),
      undefined,
    );
  }
}

function toRecord(coached: CoachedReview, draftText: string | null): ReviewRecord {
  const { request, review } = coached;
  return {
    id: coached.id,
    teamId: request.teamId,
    channelId: request.channelId,
    userId: request.userId,
    source: request.source,
    verdict: review.verdict,
    score: review.score,
    rules: [...new Set(review.findings.map((finding) => finding.rule))],
    categories: [...new Set(review.findings.map((finding) => finding.category))],
    reviewer: review.reviewer,
    network: review.network ?? 'any',
    promptVersion: review.promptVersion ?? null,
    draftText,
    messageTs: request.messageTs ?? null,
    replyTs: coached.replyTs,
  };
}
