import type { ReviewStats } from '../../coach';
import { PRINCIPLE_ORDER, PRINCIPLES } from '../../review';
import type { types } from '@slack/bolt';
import { howToUseBlocks } from './help';
import { ACTION_IDS } from './action-ids';
import {
  actions,
  button,
  capBlocks,
  context,
  divider,
  header,
  section,
  BLOCK_LIMITS,
  type KnownBlock,
} from './limits';
import { statsLine } from './stats';

export type HomeView = types.HomeView;

/** App Home: the five principles, how to use the bot, the channels it watches, your recent trend. */
export function renderHome(input: {
  watchedChannels: readonly string[];
  stats: ReviewStats | null;
}): HomeView {
  const { watchedChannels, stats } = input;
  const watched =
    watchedChannels.length === 0
      ? 'No channel yet. Run `/etiquette watch` in your drafts channel to start.'
      : watchedChannels
          .slice(0, 40)
          .map((channel) => `<#${channel}>`)
          .join('  ') + (watchedChannels.length > 40 ? `  …and ${watchedChannels.length - 40} more` : '');
  const blocks: KnownBlock[] = [
    header('Etiquette Coach'),
    section(
      'Post like a person, not a billboard. I read drafts and suggest what would start a conversation.',
    ),
    actions('home_actions', [button('Review a draft', ACTION_IDS.openDraftModal, 'home', 'primary')]),
    divider(),
    header('The five principles'),
    ...PRINCIPLE_ORDER.map((id) => section(`*${PRINCIPLES[id].title}*\n${PRINCIPLES[id].summary}`)),
    divider(),
    header('How to use it'),
    ...howToUseBlocks(),
    divider(),
    header('Channels I watch'),
    section(watched),
  ];
  if (stats) blocks.push(divider(), header('Your last 30 days'), section(statsLine(stats)));
  blocks.push(context('Feedback from the Helpful / Not helpful buttons tunes what I flag for your team.'));
  return { type: 'home', callback_id: 'etiquette_home', blocks: capBlocks(blocks, BLOCK_LIMITS.homeBlocks) };
}
