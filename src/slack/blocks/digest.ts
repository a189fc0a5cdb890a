import type { WeeklyDigest } from '../../coach/digest';
import { context, section, type KnownBlock } from './limits';
import { networkBreakdown } from './network';
import type { RenderedMessage } from './review';

const percent = (rate: number) => Math.round(rate * 100);

/** The weekly digest message: the numbers first, then one principle to practise. Written from the week's figures. */
export function renderDigest(digest: WeeklyDigest): RenderedMessage {
  const lines: string[] = [];
  if (digest.drafts === 0) {
    lines.push(
      'No drafts were reviewed here last week. A quiet week is a fine time to try the principle below.',
    );
  } else {
    const rate = digest.passedFirstTime / digest.drafts;
    const people = digest.people === 1 ? '1 person' : `${digest.people} people`;
    lines.push(
      `${people} shared ${digest.drafts} draft${digest.drafts === 1 ? '' : 's'} last week; ` +
        `${digest.passedFirstTime} needed no suggestion (${percent(rate)}%).`,
    );
    if (digest.previousRate !== null) {
      const before = percent(digest.previousRate);
      const now = percent(rate);
      lines.push(
        now > before
          ? `That is up from ${before}% the week before. :chart_with_upwards_trend:`
          : now < before
            ? `The week before it was ${before}%: worth a second look at the habit below.`
            : `Steady at ${now}%, like the week before.`,
      );
    }
    const byNetwork = networkBreakdown(digest.networks);
    if (byNetwork) lines.push(byNetwork);
    if (digest.topHabit) {
      lines.push(`The habit that came up most: *${digest.topHabit.title}* (${digest.topHabit.count}×).`);
    }
  }
  const blocks: KnownBlock[] = [
    section(`:calendar: *Your week in posts*\n${lines.join('\n')}`),
    section(`*One thing to practise this week: ${digest.principle.title}*\n${digest.principle.summary}`),
    context('Weekly digest from Etiquette Coach. Turn it off in `/etiquette settings`.'),
  ];
  return { text: `Your week in posts: ${lines[0] ?? ''}`, blocks };
}
