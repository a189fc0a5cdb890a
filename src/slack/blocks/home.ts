import { ruleTitle, type RecentReview, type ReviewStats } from '../../coach';
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
  overflow,
  section,
  BLOCK_LIMITS,
  type KnownBlock,
} from './limits';
import { TEAM_WITHHELD, tallyBlocks, tallyLine } from './stats';

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
  /** Suggestions the team stopped earlier; admins may flag them again. */
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
    if (stats.team) {
      blocks.push(
        divider(),
        ...tallyBlocks(`Your team, the last ${stats.days} days`, stats.team, 'team'),
        context('Drafts posted in watched channels only: private reviews never count.'),
      );
    } else {
      blocks.push(context(TEAM_WITHHELD));
    }
  } else {
    blocks.push(divider(), context('Your recent reviews are unavailable right now. Reviews still work.'));
  }
  blocks.push(divider(), header('Channels I watch'), section(watched));
  if (silenced.length > 0)
    blocks.push(divider(), header('Suggestions your team stopped'), ...silencedBlocks(silenced, isAdmin));
  if (isAdmin) {
    blocks.push(
      divider(),
      header('Workspace defaults'),
      section(
        'Where replies go, how picky I am, and the phrases for every channel without settings of its own. ' +
          'A channel’s own settings: `/etiquette settings` in that channel.',
        button('Edit defaults', ACTION_IDS.openWorkspaceSettings, 'workspace'),
      ),
      context('Only workspace admins and owners see this, and only they can save it.'),
    );
  }
  return { type: 'home', callback_id: 'etiquette_home', blocks: capBlocks(blocks, BLOCK_LIMITS.homeBlocks) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "• 30 Nov, in #social-drafts: what came up: asking people to buy or sign up, capitals and exclamation marks" for each
 * recent review. Topics, not a count: the review itself counts its suggestions ("All 8 suggestions"), and several of
 * them can share a topic, so a second number here would disagree with the one the person already read.
 */
function recentLines(recent: readonly RecentReview[]): string {
  return recent
    .map((review) => {
      const when = `${review.at.getUTCDate()} ${MONTHS[review.at.getUTCMonth()]}`;
      const where =
        review.channelId && !review.channelId.startsWith('D') ? `, in <#${review.channelId}>` : '';
      // Said plainly: a private review is not something the channel saw, though it was asked for in one.
      const how = review.source === 'channel' ? '' : ' (you asked privately)';
      const topics = [...new Set(review.topics)].map((topic) => topic.toLowerCase());
      const outcome =
        review.verdict === 'pass' && topics.length === 0
          ? 'no suggestion'
          : review.verdict === 'pass'
            ? `no suggestion needed, one small idea about ${topics.join(', ')}`
            : `what came up: ${topics.join(', ')}`;
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

/**
 * The suggestions the team stopped earlier, in one list. Flagging one again changes it for everyone, so it is an
 * admin's choice, in one "⋯" menu (at most 5 options), never a row of Undo buttons.
 */
function silencedBlocks(silenced: readonly SilencedPhrase[], isAdmin: boolean): KnownBlock[] {
  const lines = silenced
    .slice(0, 15)
    .map(
      (entry) => `• “${entry.phrase || '(the whole review)'}” · ${ruleTitle(entry.rule)}: no longer flagged`,
    );
  if (silenced.length > 15) lines.push(`…and ${silenced.length - 15} more.`);
  const undoable = silenced
    .map((entry) => ({ entry, value: encodeSilencedValue(entry.rule, entry.phrase) }))
    .filter(({ value }) => value.length <= 150)
    .slice(0, 5)
    .map(({ entry, value }) => ({ text: `Flag “${entry.phrase || 'the whole review'}” again`, value }));
  const menu = isAdmin && undoable.length > 0 ? overflow(ACTION_IDS.unsilence, undoable) : undefined;
  return [
    section(lines.join('\n'), menu),
    context(
      isAdmin
        ? 'Pick one under ⋯ to flag it again for everyone from the next draft. To stop a suggestion in a channel, turn its rule off or add the phrase to *Never flag* in `/etiquette settings`.'
        : 'A workspace admin can flag these again from their App Home.',
    ),
  ];
}

export { tallyLine };
