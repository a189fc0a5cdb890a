import { ruleTitle, SILENCE_THRESHOLD, type RecentReview, type ReviewStats } from '../../coach';
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
import { sameAsYou, tallyBlocks, tallyLine } from './stats';

export type HomeView = types.HomeView;
type ModalView = types.ModalView;

/**
 * App Home: the person's own recent reviews and progress first, then their team's (once, when it is the same),
 * the channels watched, the phrases the team stopped, and admin defaults. The principles and how-to are one
 * button away ("How it works"), not repeated on every visit.
 */
export function renderHome(input: {
  watchedChannels: readonly string[];
  stats: ReviewStats | null;
  /** Phrases the team silenced with "Not helpful…", each with an Undo. */
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
      'Post like a person, not a billboard. Drop in a draft and I suggest what would start a conversation.',
    ),
    actions('home_actions', [
      button('Review a draft', ACTION_IDS.openDraftModal, 'home', 'primary'),
      button('How it works', ACTION_IDS.openHowItWorks, 'home'),
    ]),
  ];
  if (stats) {
    const recent = recentLines(stats.recent ?? []);
    if (recent) blocks.push(divider(), section(`*Your recent drafts*\n${recent}`));
    blocks.push(divider(), ...tallyBlocks(`Your last ${stats.days} days`, stats.you));
    if (sameAsYou(stats)) {
      blocks.push(context('Your team: only your drafts so far, so the same numbers.'));
    } else {
      blocks.push(divider(), ...tallyBlocks(`Your team, the last ${stats.days} days`, stats.team));
    }
  } else {
    blocks.push(divider(), context('Your recent reviews are unavailable right now. Reviews still work.'));
  }
  blocks.push(divider(), header('Channels I watch'), section(watched));
  blocks.push(divider(), header('Suggestions your team stopped'), ...silencedBlocks(silenced));
  if (isAdmin) {
    blocks.push(
      divider(),
      header('Workspace defaults'),
      section(
        'Where replies go, how picky I am, and the phrases for every channel without settings of its own. ' +
          'A channel’s own settings: `/etiquette settings` in that channel.',
        button('Edit defaults', ACTION_IDS.openWorkspaceSettings, 'workspace'),
      ),
    );
  }
  return { type: 'home', callback_id: 'etiquette_home', blocks: capBlocks(blocks, BLOCK_LIMITS.homeBlocks) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "• 30 Nov, in #social-drafts: 2 suggestions: hard calls to action, shouting" for each recent review. */
function recentLines(recent: readonly RecentReview[]): string {
  return recent
    .map((review) => {
      const when = `${review.at.getUTCDate()} ${MONTHS[review.at.getUTCMonth()]}`;
      const where =
        review.channelId && !review.channelId.startsWith('D') ? `, in <#${review.channelId}>` : '';
      const how = review.source === 'command' ? ' (you asked)' : '';
      const topics = [...new Set(review.topics)].map((topic) => topic.toLowerCase());
      const outcome =
        review.verdict === 'pass' && topics.length === 0
          ? 'read well'
          : review.verdict === 'pass'
            ? `read well, with a small idea about ${topics.join(', ')}`
            : `${topics.length === 1 ? 'a suggestion' : `${topics.length} suggestions`}: ${topics.join(', ')}`;
      return `• ${when}${where}${how}: ${outcome}`;
    })
    .join('\n');
}

/** "How it works": the five principles and how to use the bot, in a modal opened from App Home. */
export function renderHowItWorks(): ModalView {
  const blocks: KnownBlock[] = [
    header('The five ideas behind every suggestion'),
    ...PRINCIPLE_ORDER.map((id) => section(`*${PRINCIPLES[id].title}*\n${PRINCIPLES[id].summary}`)),
    divider(),
    header('How to use it'),
    ...howToUseBlocks(),
  ];
  return {
    type: 'modal',
    callback_id: 'how_it_works',
    title: { type: 'plain_text', text: 'How it works' },
    close: { type: 'plain_text', text: 'Close' },
    blocks,
  };
}

/** Each stopped suggestion with an Undo; the list is capped so App Home stays inside its block limit. */
function silencedBlocks(silenced: readonly SilencedPhrase[]): KnownBlock[] {
  const how = `When ${SILENCE_THRESHOLD} people tick “Stop flagging this for our team” under *Not helpful…*, or a workspace admin does once, I stop flagging it and list it here.`;
  if (silenced.length === 0) return [context(`None yet. ${how}`)];
  const shown = silenced.slice(0, 15).map((entry) => {
    const value = encodeSilencedValue(entry.rule, entry.phrase);
    const votes = entry.votes >= SILENCE_THRESHOLD ? `${entry.votes} people asked` : 'stopped by an admin';
    const line = `“${entry.phrase || '(the whole review)'}” · ${ruleTitle(entry.rule)} · ${votes}: no longer flagged`;
    return value.length <= BLOCK_LIMITS.buttonValue
      ? section(line, button('Undo', ACTION_IDS.unsilence, value))
      : section(line);
  });
  if (silenced.length > 15) shown.push(context(`…and ${silenced.length - 15} more.`));
  shown.push(context(how));
  return shown;
}

export { tallyLine };
