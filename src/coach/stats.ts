import { reviewDraft, RULES, type NetworkId } from '../review';
import type { ReviewRecord } from '../store/types';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The smallest group a team figure may describe: a number about fewer people lets anyone who knows their own
 * numbers subtract them and read a colleague's. Every team figure (totals, weeks, networks, topics, the digest)
 * is shown only when at least this many different people contributed to it.
 */
export const MIN_TEAM_AUTHORS = 5;
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
  /**
   * Of `drafts`, those posted in watched channels (the rest were private reviews the person asked for: the command,
   * the shortcut, App Home, a DM). A person's figures hold both, and say so; the team's hold only these.
   */
  channelDrafts: number;
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
  /** The topics of what was suggested, most frequent rule first ("Asking people to buy or sign up"). */
  topics: string[];
}

export interface ReviewStats {
  days: number;
  you: ReviewTally;
  /**
   * The team's drafts in watched channels (never private reviews: "only you see the review"), or null while fewer
   * than MIN_TEAM_AUTHORS people had drafts reviewed there in the period.
   */
  team: ReviewTally | null;
  /** The person's latest reviews, newest first (at most five). */
  recent?: RecentReview[];
}

const RULE_META = new Map(RULES.map((rule) => [rule.meta.id, rule.meta]));

/**
 * What a person reads in their stats, App Home and the digest: the topic of a suggestion in neutral words. A rule's
 * own name describes the text for reviewers ("Hype superlatives"); shown as a tally next to someone's name it
 * reads as a verdict on them, so these name the topic instead. Rules not listed keep their own name.
 */
const TOPIC_NAMES: Readonly<Record<string, string>> = {
  'self-announcement': 'Announcing rather than talking',
  'hashtag-emoji-stuffing': 'Many hashtags or emoji',
  'urgency-scarcity': 'Deadlines and “only a few left”',
  'hype-superlatives': 'Big claims and superlatives',
  'hard-call-to-action': 'Asking people to buy or sign up',
  shouting: 'Capitals and exclamation marks',
  'engagement-bait': 'Asking for likes, follows or shares',
  'discount-push': 'Discounts and offers',
  'link-only': 'A link with little around it',
  'press-release-register': 'Press-release wording',
  'social-proof': 'How many people use it',
  'guilt-trip': 'Guilt as the reason to act',
  'pitch-question': 'Questions that lead to a pitch',
  'self-focus': 'News about the organisation',
  'numbers-brag': 'Figures about the organisation',
};

/** The topic of a rule as people read it ("Asking people to buy or sign up"), never its id. */
export function ruleTitle(rule: string): string {
  const topic = TOPIC_NAMES[rule];
  if (topic) return topic;
  const description = RULE_META.get(rule)?.description;
  return description ? (description.split(':')[0] ?? description).trim() : rule;
}

/**
 * The rules a review still stands by: those its author did not mark "Not helpful" (a vote on the whole review
 * sets all of them aside). What the author rejected never counts against them, or in the team's figures.
 */
export function keptRules(review: ReviewRecord): string[] {
  const dismissed = review.dismissedRules ?? [];
  if (dismissed.includes('review')) return [];
  return review.rules.filter((rule) => !dismissed.includes(rule));
}

/**
 * The review as the stats see it: without the suggestions its author set aside. A draft whose every suggestion
 * was set aside counts as one that needed none.
 */
export function asCounted(review: ReviewRecord): ReviewRecord {
  const rules = keptRules(review);
  if (rules.length === review.rules.length) return review;
  return { ...review, rules, verdict: rules.length === 0 ? 'pass' : review.verdict };
}

/** Reviews that may count in a team figure: drafts posted in watched channels, never a private review. */
export const isTeamReview = (review: ReviewRecord) =>
  review.source === 'channel' && review.channelId !== null;

const authorsOf = (reviews: readonly ReviewRecord[]) => new Set(reviews.map((review) => review.userId)).size;

/** True when a figure about these reviews is safe to show to the team. */
export const enoughAuthors = (reviews: readonly ReviewRecord[]) => authorsOf(reviews) >= MIN_TEAM_AUTHORS;

/**
 * A breakdown of a team figure (by network, by week) keeps only the groups with enough people; when the groups
 * left out are fewer people together, the whole figure minus the shown groups would give them away, so then
 * there is no breakdown at all.
 */
export function safeGroups<T>(groups: readonly { reviews: readonly ReviewRecord[]; value: T }[]): T[] | null {
  const hidden = groups.filter((group) => !enoughAuthors(group.reviews)).flatMap((group) => group.reviews);
  if (hidden.length > 0 && !enoughAuthors(hidden)) return null;
  return groups.filter((group) => enoughAuthors(group.reviews)).map((group) => group.value);
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

/** The whole weeks inside the period, oldest first, each with the first reviews it counts. */
function weekGroups(firsts: readonly ReviewRecord[], now: Date, days: number) {
  // Whole weeks inside the period (30 days: the last four weeks), so no bucket reaches past the reviews fetched.
  const count = Math.max(1, Math.floor(days / 7));
  const weeks: { value: WeekTally; reviews: ReviewRecord[] }[] = [];
  for (let index = count - 1; index >= 0; index -= 1) {
    const end = now.getTime() - index * WEEK_MS;
    const start = end - WEEK_MS;
    const inWeek = firsts.filter((review) => {
      const at = review.createdAt?.getTime() ?? 0;
      return at > start && at <= end;
    });
    weeks.push({
      value: {
        weekStart: new Date(start).toISOString().slice(0, 10),
        drafts: inWeek.length,
        passedFirstTime: inWeek.filter((review) => review.verdict === 'pass').length,
      },
      reviews: inWeek,
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

/** Per rule, the reviews that kept it (dismissed suggestions are already gone from `rules`). */
function reviewsByRule(reviews: readonly ReviewRecord[]): Map<string, ReviewRecord[]> {
  const byRule = new Map<string, ReviewRecord[]>();
  for (const review of reviews) {
    for (const rule of review.rules) byRule.set(rule, [...(byRule.get(rule) ?? []), review]);
  }
  return byRule;
}

/** The networks, in the order tallyByNetwork gives, each with the first reviews it counts. */
function networkGroups(firsts: readonly ReviewRecord[]) {
  return tallyByNetwork(firsts).map((value) => ({
    value,
    reviews: firsts.filter((review) => (review.network ?? 'any') === value.network),
  }));
}

/**
 * The figures for a set of reviews (already without dismissed suggestions). For the team (`team`), every part is
 * held to MIN_TEAM_AUTHORS: a topic, network or week that fewer people contributed to is left out, and the team's
 * habits show the textbook example, never a colleague's kept draft.
 */
function tally(reviews: readonly ReviewRecord[], now: Date, days: number, team = false): ReviewTally {
  const byRule = [...reviewsByRule(reviews)].filter(([, tripped]) => !team || enoughAuthors(tripped));
  const topRules = byRule
    .map(([rule, tripped]) => ({ rule, count: tripped.length }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
    .slice(0, 3);
  const firsts = firstReviews(reviews);
  const drafts = firsts.length;
  const byWeek = weekGroups(firsts, now, days);
  // A team's week with drafts from too few people hides the chart: weeks cannot be left out of a chart quietly.
  const weeks =
    team && byWeek.some((week) => week.reviews.length > 0 && !enoughAuthors(week.reviews))
      ? []
      : byWeek.map((week) => week.value);
  const networks = team ? (safeGroups(networkGroups(firsts)) ?? []) : tallyByNetwork(firsts);
  return {
    reviews: reviews.length,
    passed: reviews.filter((review) => review.verdict === 'pass').length,
    drafts,
    passedFirstTime: firsts.filter((review) => review.verdict === 'pass').length,
    channelDrafts: firsts.filter(isTeamReview).length,
    topRules,
    habits: topRules.map(({ rule, count }) => ({
      rule,
      count,
      title: ruleTitle(rule),
      ...habitExample(rule, team ? [] : reviews),
    })),
    weeks,
    networks,
    trend:
      drafts === 0 || weeks.length === 0
        ? ''
        : sparkline(weeks.map((week) => (week.drafts === 0 ? null : week.passedFirstTime / week.drafts))),
  };
}

/**
 * A person's figures and their team's. Suggestions an author marked "Not helpful" count nowhere. The team's
 * figures come only from drafts posted in watched channels, and only once MIN_TEAM_AUTHORS people have some.
 */
export function summariseStats(
  reviews: readonly ReviewRecord[],
  userId: string,
  days: number,
  now: Date = new Date(),
): ReviewStats {
  const counted = reviews.map(asCounted);
  const yours = counted.filter((review) => review.userId === userId);
  const teams = counted.filter(isTeamReview);
  return {
    days,
    you: tally(yours, now, days),
    team: enoughAuthors(teams) ? tally(teams, now, days, true) : null,
    recent: yours
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
