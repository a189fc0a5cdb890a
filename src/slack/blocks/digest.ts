import type { WeeklyDigest } from '../../coach/digest';
import { MIN_TEAM_AUTHORS } from '../../coach/stats';
import { context, section, type KnownBlock } from './limits';
import { networkBreakdown } from './network';
import type { RenderedMessage } from './review';

const percent = (rate: number) => Math.round(rate * 100);

/** The weekly digest message: the numbers first, then one principle to practise. Written from the week's figures. */
export function renderDigest(digest: WeeklyDigest): RenderedMessage {
  const lines: string[] = [];
  const figures = digest.figures;
  if (digest.quiet) {
    lines.push(
      'No drafts were reviewed here last week. A quiet week is a fine time to try the principle below.',
    );
  } else if (!figures) {
    lines.push(
      `Figures for the week appear once ${MIN_TEAM_AUTHORS} or more people have drafts reviewed here in it, so no one's results can be picked out.`,
    );
  } else {
    const rate = figures.passedFirstTime / figures.drafts;
    lines.push(
      `${figures.people} people shared ${figures.drafts} draft${figures.drafts === 1 ? '' : 's'} last week; ` +
        `${figures.passedFirstTime} needed no suggestion (${percent(rate)}%).`,
    );
    if (figures.previousRate !== null) {
      const before = percent(figures.previousRate);
      const now = percent(rate);
      lines.push(
        now > before
          ? `That is up from ${before}% the week before. :chart_with_upwards_trend:`
          : now < before
            ? `The week before it was ${before}%: worth a second look at the habit below.`
            : `Steady at ${now}%, like the week before.`,
      );
    }
    const byNetwork = networkBreakdown(figures.networks);
    if (byNetwork) lines.push(byNetwork);
    if (figures.topHabit) {
      lines.push(`The habit that came up most: *${figures.topHabit.title}* (${figures.topHabit.count}×).`);
    }
  }
  const blocks: KnownBlock[] = [
    section(`:calendar: *Your week in posts*\n${lines.join('\n')}`),
    section(
      `*One thing to practise this week: ${digest.principle.title}*` +
        // Only a habit five or more people shared picks the principle; otherwise it is the next in turn,
        // and saying so keeps anyone from reading it as a remark about one person's posts.
        (digest.figures?.topHabit ? '' : ' (the next in turn, not about anyone’s posts)') +
        `\n${digest.principle.summary}`,
    ),
    context('Weekly digest from Etiquette Coach. Turn it off in `/etiquette settings`.'),
  ];
  return { text: `Your week in posts: ${lines[0] ?? ''}`, blocks };
}
