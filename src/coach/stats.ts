import { reviewDraft, RULES, type NetworkId } from '../review';
import type { ReviewRecord } from '../store/types';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
/** Eight levels, lowest to highest: a pass rate of 0 % is the first bar, 100 % the last. */
const BARS = '▁▂▃▄▅▆▇█';

/** A habit: a rule someone keeps tripping, with a before/after to show what to do instead. */
export interface Habit {
  rule: string;
  /** The rule's name from its RULES meta description, what a person reads instead of the id. */
  title: string;
  count: number;
  before: string;
  after: string;
  /** True when before/after come from this team's own stored drafts, false for the rule's textbook example. */
  fromDrafts: boolean;
}

export interface WeekTally {
  /** First day of the week (ISO date, UTC), oldest week first. */
  weekStart: string;
  drafts: number;
  passedFirstTime: number;
}

/** Drafts for one network (`any` for drafts with no destination), and how many read well the first time. */
export interface NetworkTally {
  network: NetworkId;
  drafts: number;
  passedFirstTime: number;
}

export interface ReviewTally {
  /** Review runs, edits included. */
  reviews: number;
  /** Review runs that passed. */
  passed: number;
  /** Distinct drafts: an edited message in a watched channel is one draft however many times it was reviewed. */
  drafts: number;
  /** Drafts whose first review passed. */
  passedFirstTime: number;
  /** Rules found most often, most frequent first (at most three). */
  topRules: { rule: string; count: number }[];
  /** The same three, with titles and a before/after example. */
  habits: Habit[];
  weeks: WeekTally[];
  /** The drafts per network, most drafts first (reviews recorded before networks existed count as `any`). */
  networks: NetworkTally[];
  /** The weekly first-time pass rate as a text sparkline ("▁▃▅▇"), '' with no drafts; a week without drafts is "·". */
  trend: string;
}

/** One of the person's recent reviews, for App Home: when, where, and what came of it (rule names, not ids). */
export interface RecentReview {
  at: Date;
  channelId: string | null;
  source: ReviewRecord['source'];
  verdict: ReviewRecord['verdict'];
  /** The names of what was suggested, most frequent rule first ("Hard calls to action"). */
  topics: string[];
}

export interface ReviewStats {
  days: number;
  you: ReviewTally;
  team: ReviewTally;
  /** The person's latest reviews, newest first (at most five). */
  recent?: RecentReview[];
}

const RULE_META = new Map(RULES.map((rule) => [rule.meta.id, rule.meta]));

/** "Hard calls to action" from the rule's description ("Hard calls to action: \"buy now\", …"). */
export function ruleTitle(rule: string): string {
  const description = RULE_META.get(rule)?.description;
  return description ? (description.split(':')[0] ?? description).trim() : rule;
}

/** Edits of one watched message are one draft; everything else (command, shortcut, modal) is a draft on its own. */
function draftKey(review: ReviewRecord): string {
  return review.channelId && review.messageTs
    ? `${review.channelId}:${review.messageTs}`
    : `review:${review.id ?? Math.random()}`;
}

/** The first review of each draft, in time order (reviews arrive oldest first). */
function firstReviews(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  const first = new Map<string, ReviewRecord>();
  for (const review of reviews) {
    const key = draftKey(review);
    if (!first.has(key)) first.set(key, review);
  }
  return [...first.values()];
}

export function sparkline(rates: readonly (number | null)[]): string {
  return rates
    .map((rate) =>
      rate === null ? '·' : BARS[Math.min(BARS.length - 1, Math.floor(rate * (BARS.length - 1) + 0.5))],
    )
    .join('');
}

/** First reviews by the network they assumed, most drafts first, then by name. */
export function tallyByNetwork(firsts: readonly ReviewRecord[]): NetworkTally[] {
  const byNetwork = new Map<NetworkId, NetworkTally>();
  for (const review of firsts) {
    const network = review.network ?? 'any';
    const tally = byNetwork.get(network) ?? { network, drafts: 0, passedFirstTime: 0 };
    tally.drafts += 1;
    if (review.verdict === 'pass') tally.passedFirstTime += 1;
    byNetwork.set(network, tally);
  }
  return [...byNetwork.values()].sort((a, b) => b.drafts - a.drafts || a.network.localeCompare(b.network));
}

function weeklyTallies(firsts: readonly ReviewRecord[], now: Date, days: number): WeekTally[] {
  // Whole weeks inside the period (30 days: the last four weeks), so no bucket reaches past the reviews fetched.
  const count = Math.max(1, Math.floor(days / 7));
  const weeks: WeekTally[] = [];
  for (let index = count - 1; index >= 0; index -= 1) {
    const end = now.getTime() - index * WEEK_MS;
    const start = end - WEEK_MS;
    const inWeek = firsts.filter((review) => {
      const at = review.createdAt?.getTime() ?? 0;
      return at > start && at <= end;
    });
    weeks.push({
      weekStart: new Date(start).toISOString().slice(0, 10),
      drafts: inWeek.length,
      passedFirstTime: inWeek.filter((review) => review.verdict === 'pass').length,
    });
  }
  return weeks;
}

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * A before/after for a habit. Stored draft text exists only where the workspace opted in to keeping it; then
 * the latest draft that tripped the rule, and its rewrite, make the example. Otherwise the rule's own example.
 */
function habitExample(rule: string, reviews: readonly ReviewRecord[]) {
  for (let index = reviews.length - 1; index >= 0; index -= 1) {
    const review = reviews[index];
    if (!review?.draftText || !review.rules.includes(rule)) continue;
    const rewrite = reviewDraft(review.draftText).rewrite;
    if (rewrite) return { before: clip(review.draftText), after: clip(rewrite), fromDrafts: true };
  }
  const example = RULE_META.get(rule)?.example;
  return { before: example?.bad ?? '', after: example?.better ?? '', fromDrafts: false };
}

function tally(reviews: readonly ReviewRecord[], now: Date, days: number): ReviewTally {
  const ruleCounts = new Map<string, number>();
  for (const review of reviews) {
    for (const rule of review.rules) ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + 1);
  }
  const topRules = [...ruleCounts]
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
    .slice(0, 3);
  const firsts = firstReviews(reviews);
  const weeks = weeklyTallies(firsts, now, days);
  const drafts = firsts.length;
  return {
    reviews: reviews.length,
    passed: reviews.filter((review) => review.verdict === 'pass').length,
    drafts,
    passedFirstTime: firsts.filter((review) => review.verdict === 'pass').length,
    topRules,
    habits: topRules.map(({ rule, count }) => ({
      rule,
      count,
      title: ruleTitle(rule),
      ...habitExample(rule, reviews),
    })),
    weeks,
    networks: tallyByNetwork(firsts),
    trend:
      drafts === 0
        ? ''
        : sparkline(weeks.map((week) => (week.drafts === 0 ? null : week.passedFirstTime / week.drafts))),
  };
}

export function summariseStats(
  reviews: readonly ReviewRecord[],
  userId: string,
  days: number,
  now: Date = new Date(),
): ReviewStats {
  return {
    days,
    you: tally(
      reviews.filter((review) => review.userId === userId),
      now,
      days,
    ),
    team: tally(reviews, now, days),
    recent: reviews
      .filter((review) => review.userId === userId)
      .slice(-5)
      .reverse()
      .map((review) => ({
        at: review.createdAt ?? now,
        channelId: review.channelId,
        source: review.source,
        verdict: review.verdict,
        topics: review.rules.map(ruleTitle),
      })),
  };
}

export { DAY_MS };
