import type { ReviewStats, ReviewTally } from '../../coach';
import type { ChannelSettings } from '../../store/types';
import { context, section } from './limits';
import type { RenderedMessage } from './review';

function tallyLine(tally: ReviewTally): string {
  if (tally.reviews === 0) return 'no reviews yet';
  const rate = Math.round((tally.passed / tally.reviews) * 100);
  const top = tally.topRules.map(({ rule, count }) => `\`${rule}\` ×${count}`).join(', ');
  return `${tally.reviews} review${tally.reviews === 1 ? '' : 's'}, ${rate}% good to post${top ? `; most often: ${top}` : ''}`;
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
  const memoryNote =
    storeKind === 'memory'
      ? ' These figures live in memory for now and reset when I restart; lasting history comes with persistence.'
      : '';
  return {
    text: `Your last ${stats.days} days: ${tallyLine(stats.you)}`,
    blocks: [
      section(`*The last ${stats.days} days*\n${statsLine(stats)}`),
      context(`Counted from the reviews I recorded.${memoryNote}`),
    ],
  };
}

export function renderSettings(settings: ChannelSettings, storeKind: string): RenderedMessage {
  const lines = [
    `*Automatic review:* ${settings.watched ? 'on (`/etiquette unwatch` to stop)' : 'off (`/etiquette watch` to start)'}`,
    `*Replies:* ${settings.replyMode === 'thread' ? 'in the draft’s thread' : settings.replyMode}`,
    `*Strictness:* ${settings.strictness}`,
    `*Rules turned off:* ${settings.disabledRules.length > 0 ? settings.disabledRules.map((rule) => `\`${rule}\``).join(', ') : 'none'}`,
    `*Team phrases:* ${settings.rejectPhrases.length} always flagged, ${settings.acceptPhrases.length} never flagged`,
    `*Keep draft text:* ${settings.storeDraftText ? 'yes' : 'no (only verdicts and rule ids are kept)'}`,
  ];
  const note =
    storeKind === 'memory'
      ? 'Changing these from Slack comes with persistence; for now every channel starts from these defaults and `watch` is remembered until I restart.'
      : 'Changing these from Slack is on its way; `watch` and `unwatch` work today.';
  return {
    text: `Settings for this channel: automatic review ${settings.watched ? 'on' : 'off'}, strictness ${settings.strictness}`,
    blocks: [section(`*Settings for this channel*\n${lines.join('\n')}`), context(note)],
  };
}
