import { MIN_TEAM_AUTHORS, type ReviewStats, type ReviewTally } from '../../coach';
import { context, section, truncate, type KnownBlock } from './limits';
import { networkBreakdown } from './network';
import type { RenderedMessage } from './review';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** "3 drafts reviewed; 1 needed no suggestion (33%)" — or that there is nothing yet. */
export function tallyLine(tally: ReviewTally): string {
  if (tally.drafts === 0) return 'no drafts reviewed yet';
  const drafts = `${tally.drafts} draft${tally.drafts === 1 ? '' : 's'} reviewed`;
  if (tally.passedFirstTime === 0) return `${drafts}, each with a suggestion`;
  return `${drafts}; ${tally.passedFirstTime} needed no suggestion (${percent(tally.passedFirstTime, tally.drafts)}%)`;
}

/**
 * Where a person's drafts came from, so a figure about them is not read as the channel's: "2 posted in watched
 * channels, 1 you reviewed privately". Said only when there is something to tell apart.
 */
export function sourcesLine(tally: ReviewTally): string {
  const posted = tally.channelDrafts;
  const asked = tally.drafts - posted;
  if (tally.drafts === 0) return '';
  if (asked === 0)
    return posted === 1 ? 'It was posted in a watched channel.' : 'All were posted in watched channels.';
  if (posted === 0)
    return asked === 1 ? 'It was a private review you asked for.' : 'All were private reviews you asked for.';
  const where =
    posted === 1 ? '1 was posted in a watched channel' : `${posted} were posted in watched channels`;
  const how = asked === 1 ? '1 was a private review' : `${asked} were private reviews`;
  return `${where}, ${how} you asked for.`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function weekLabel(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return year && month && day ? `${day} ${MONTHS[month - 1]}` : isoDate;
}

/** The last day of the seven that start on `isoDate`. */
function weekEnd(isoDate: string): string {
  const start = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(start) ? isoDate : new Date(start + 7 * 86_400_000).toISOString().slice(0, 10);
}

/** The weekly chart with its labels: one line per week, the bar, and what it counts. */
function chartLines(tally: ReviewTally): string | null {
  if (!tally.trend) return null;
  const bars = [...tally.trend];
  const lines = tally.weeks.map((week, index) => {
    // Each bar is the seven days up to a date (a rolling week ending now), so it is named by that date:
    // "Week of 23 Nov" read as a calendar week and left out the 30th it counted.
    const label = `7 days to ${weekLabel(weekEnd(week.weekStart))}`.padEnd(18);
    const bar = bars[index] ?? '·';
    const count =
      week.drafts === 0 ? 'no drafts' : `${week.passedFirstTime} of ${week.drafts} needed no suggestion`;
    return `${label}${bar}  ${count}`;
  });
  return '```' + lines.join('\n') + '```';
}

function direction(tally: ReviewTally): string {
  const rates = tally.weeks
    .filter((week) => week.drafts > 0)
    .map((week) => percent(week.passedFirstTime, week.drafts));
  const first = rates[0];
  const last = rates.at(-1);
  if (first === undefined || last === undefined || rates.length < 2) return '';
  return last > first ? ' Getting better.' : last < first ? ' A little lower than before.' : ' Steady.';
}

function habitLines(tally: ReviewTally): string[] {
  return tally.habits.map((habit) => {
    const times = habit.count === 1 ? 'once' : `${habit.count} times`;
    const example = habit.before
      ? `\n>Before: ${truncate(habit.before, 200)}\n>After: ${truncate(habit.after, 200)}`
      : '';
    return `• *${habit.title}*, ${times}${example}`;
  });
}

/** A tally in sentences: the numbers, the labelled weekly chart, what comes up most with a before/after. */
export function tallyBlocks(
  heading: string,
  tally: ReviewTally,
  whose: 'you' | 'team' = 'you',
): KnownBlock[] {
  // A person's count holds both their posts in watched channels and their private reviews: it says which is which.
  const sources = whose === 'you' ? ` ${sourcesLine(tally)}` : '';
  const blocks: KnownBlock[] = [
    section(`*${heading}*\n${capitalise(tallyLine(tally))}.${sources.trimEnd()}${direction(tally)}`),
  ];
  const byNetwork = networkBreakdown(tally.networks);
  if (byNetwork) blocks.push(context(byNetwork));
  const chart = chartLines(tally);
  if (chart) blocks.push(section(`*Drafts that needed no suggestion, week by week*\n${chart}`));
  const habits = habitLines(tally);
  if (habits.length > 0) {
    blocks.push(section(`*What came up most*\n${habits.join('\n')}`));
    const fromDrafts = tally.habits.some((habit) => habit.fromDrafts);
    blocks.push(
      context(
        fromDrafts
          ? 'Examples come from drafts this workspace chose to keep, with my suggested version.'
          : 'Examples are textbook ones: draft text is not kept unless the channel or workspace turns on "Keep draft text".',
      ),
    );
  }
  return blocks;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Said instead of team figures while too few people have drafts reviewed in watched channels. */
export const TEAM_WITHHELD = `Your team: figures appear once ${MIN_TEAM_AUTHORS} or more people have drafts reviewed in watched channels, so no one's results can be picked out. Private reviews never count.`;

/** The team's figures in one line (drafts posted in watched channels only), or why there are none yet. */
export function teamLine(stats: ReviewStats): string {
  return stats.team ? `Your team, drafts in watched channels: ${tallyLine(stats.team)}.` : TEAM_WITHHELD;
}

export function statsLine(stats: ReviewStats): string {
  return `*You:* ${tallyLine(stats.you)}\n${teamLine(stats)}`;
}

export function renderStats(stats: ReviewStats | null, storeKind: string): RenderedMessage {
  if (!stats) {
    return {
      text: 'Stats are unavailable right now.',
      blocks: [section('I cannot reach my records right now, so no stats this time. Reviews still work.')],
    };
  }
  const memoryNote = storeKind === 'memory' ? ' These figures live in memory and reset when I restart.' : '';
  return {
    text: `Your last ${stats.days} days: ${tallyLine(stats.you)}`,
    blocks: [
      ...tallyBlocks(`Your last ${stats.days} days`, stats.you),
      context(`${teamLine(stats)}${memoryNote}`),
    ],
  };
}
