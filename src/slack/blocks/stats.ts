import type { ReviewStats, ReviewTally } from '../../coach';
import { context, section, truncate, type KnownBlock } from './limits';
import type { RenderedMessage } from './review';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** "12 drafts reviewed, 7 passed first time (58%)" — or that there is nothing yet. */
export function tallyLine(tally: ReviewTally): string {
  if (tally.drafts === 0) return 'no drafts reviewed yet';
  const drafts = `${tally.drafts} draft${tally.drafts === 1 ? '' : 's'} reviewed`;
  return `${drafts}, ${tally.passedFirstTime} passed first time (${percent(tally.passedFirstTime, tally.drafts)}%)`;
}

function trendLine(tally: ReviewTally): string | null {
  if (!tally.trend) return null;
  const rates = tally.weeks
    .filter((week) => week.drafts > 0)
    .map((week) => percent(week.passedFirstTime, week.drafts));
  const first = rates[0];
  const last = rates.at(-1);
  const direction =
    first === undefined || last === undefined || rates.length < 2
      ? ''
      : last > first
        ? ', getting better'
        : last < first
          ? ', slipping a little'
          : ', steady';
  return `Trend (first-time pass rate by week, oldest first): \`${tally.trend}\`${direction}`;
}

function habitLines(tally: ReviewTally): string[] {
  return tally.habits.map((habit, index) => {
    const example = habit.before
      ? `\n>Before: ${truncate(habit.before, 200)}\n>After: ${truncate(habit.after, 200)}`
      : '';
    return `${index + 1}. *${habit.title}* (\`${habit.rule}\`) ×${habit.count}${example}`;
  });
}

/** A tally as blocks: the numbers, the trend, the three most frequent habits with a before/after. */
export function tallyBlocks(heading: string, tally: ReviewTally): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const trend = trendLine(tally);
  blocks.push(section(`*${heading}*\n${tallyLine(tally)}${trend ? `\n${trend}` : ''}`));
  const habits = habitLines(tally);
  if (habits.length > 0) {
    blocks.push(section(`*Most frequent habits*\n${habits.join('\n')}`));
    const fromDrafts = tally.habits.some((habit) => habit.fromDrafts);
    blocks.push(
      context(
        fromDrafts
          ? 'Examples come from drafts this workspace chose to keep, with my rewrite.'
          : 'Examples are textbook ones: draft text is not kept unless the channel or workspace turns on "Keep draft text".',
      ),
    );
  }
  return blocks;
}

export function statsLine(stats: ReviewStats): string {
  return `*You:* ${tallyLine(stats.you)}\n*Your team:* ${tallyLine(stats.team)}`;
}

export function renderStats(stats: ReviewStats | null, storeKind: string): RenderedMessage {
  if (!stats) {
    return {
      text: 'Stats are unavailable right now.',
      blocks: [
        section(
          ':hourglass: I cannot reach my records right now, so no stats this time. Reviews still work.',
        ),
      ],
    };
  }
  const memoryNote = storeKind === 'memory' ? ' These figures live in memory and reset when I restart.' : '';
  return {
    text: `Your last ${stats.days} days: ${tallyLine(stats.you)}`,
    blocks: [
      ...tallyBlocks(`Your last ${stats.days} days`, stats.you),
      context(`Counted from the reviews I recorded. Your team: ${tallyLine(stats.team)}.${memoryNote}`),
    ],
  };
}
