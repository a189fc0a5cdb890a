import { ruleTitle, type ReviewStats } from '../../coach';
import type { SilencedPhrase } from '../../store/types';
import { PRINCIPLE_ORDER, PRINCIPLES } from '../../review';
import type { types } from '@slack/bolt';
import { howToUseBlocks } from './help';
import { ACTION_IDS, encodeSilencedValue } from './action-ids';
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
import { tallyBlocks } from './stats';

export type HomeView = types.HomeView;

/** App Home: the five principles, how to use the bot, the channels it watches, your recent trend. */
export function renderHome(input: {
  watchedChannels: readonly string[];
  stats: ReviewStats | null;
  /** Phrases the team silenced with "Not helpful", each with an Undo (issue 5). */
  silenced?: readonly SilencedPhrase[];
  /** Workspace admins and owners get the workspace defaults button. */
  isAdmin?: boolean;
}): HomeView {
  const { watchedChannels, stats, silenced = [], isAdmin = false } = input;
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
  if (stats) {
    blocks.push(
      divider(),
      header(`The last ${stats.days} days`),
      ...tallyBlocks('You', stats.you),
      ...tallyBlocks('Your team', stats.team),
    );
  }
  blocks.push(divider(), header('Phrases your team silenced'), ...silencedBlocks(silenced));
  if (isAdmin) {
    blocks.push(
      divider(),
      header('Workspace defaults'),
      section(
        'Reply mode, strictness, rules and phrases for every channel without settings of its own. ' +
          'A channel’s own settings: `/etiquette settings` in that channel.',
        button('Edit defaults', ACTION_IDS.openWorkspaceSettings, 'workspace'),
      ),
    );
  }
  blocks.push(context('Feedback from the Helpful / Not helpful buttons tunes what I flag for your team.'));
  return { type: 'home', callback_id: 'etiquette_home', blocks: capBlocks(blocks, BLOCK_LIMITS.homeBlocks) };
}

/** Each silenced rule and phrase with an Undo; the list is capped so App Home stays inside its block limit. */
function silencedBlocks(silenced: readonly SilencedPhrase[]): KnownBlock[] {
  if (silenced.length === 0) {
    return [
      context(
        'None. When your team marks the same flagged phrase "Not helpful" three times, I stop flagging it and list it here.',
      ),
    ];
  }
  const shown = silenced.slice(0, 15).map((entry) => {
    const value = encodeSilencedValue(entry.rule, entry.phrase);
    const line = `“${entry.phrase || '(the whole review)'}” · ${ruleTitle(entry.rule)} (\`${entry.rule}\`) · ${entry.votes} “not helpful” votes: no longer flagged`;
    return value.length <= BLOCK_LIMITS.buttonValue
      ? section(line, button('Undo', ACTION_IDS.unsilence, value))
      : section(line);
  });
  if (silenced.length > 15) shown.push(context(`…and ${silenced.length - 15} more.`));
  return shown;
}
