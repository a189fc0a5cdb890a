import type { ChannelSettings, ReplyMode } from '../../store/types';
import { ACTION_IDS } from './action-ids';
import { actions, button, context, plainText, section } from './limits';
import type { RenderedMessage } from './review';

const WHERE: Record<ReplyMode, string> = {
  thread:
    'When I have a suggestion, I reply in the post’s thread with one idea and a suggested version or small changes to ' +
    'try: everyone here sees that reply. The rest opens only for whoever presses *Details*.',
  ephemeral:
    'When I have a suggestion, only the author sees it, right here in the channel. Nobody else does.',
  dm: 'When I have a suggestion, I send it to the author as a direct message. Nobody else sees it.',
};

/**
 * What everyone in a channel reads when automatic review is turned on: that the channel is watched, what the bot
 * will do, who sees what, and a way out for each person. Posted in the channel, visibly: nobody should find out
 * from a reply. It names nobody: the channel needs to know what happens, not who to ask about it.
 */
export function renderWatchAnnouncement(input: {
  replyMode: ReplyMode;
  passReaction: string;
}): RenderedMessage {
  const intro =
    'This channel is now watched: I read new posts here and suggest how they could sound more like a person talking to people.';
  const good = input.passReaction
    ? `When I looked and have nothing to suggest, the post gets a :${input.passReaction}: reaction: seen, nothing to suggest. It is not an approval.`
    : 'When I have nothing to suggest, I leave the post alone: no reply, no reaction.';
  const blocks = [
    section(`:wave: ${intro}`),
    section(`${WHERE[input.replyMode]}\n${good}`),
    context(
      'I never post for you. Reviews of your posts count in your own stats, which only you see, and in the ' +
        'team’s totals, which appear only once five or more people have posts reviewed. To opt out, press the button or type `/etiquette optout`, any time (also if you join ' +
        'later). `/etiquette unwatch` stops me here, and I will say so in this channel.',
    ),
    actions('watch_announcement', [button('Don’t review my posts', ACTION_IDS.optOut, 'opt_out')]),
  ];
  return {
    text: plainText(
      `This channel is now watched: Etiquette Coach suggests ideas on new posts here. To opt out of reviews of your own posts, press Don’t review my posts or type /etiquette optout.`,
    ),
    blocks,
  };
}

/** What the channel reads when automatic review stops, so nobody keeps expecting a reply that will not come. */
export function renderUnwatchNotice(): RenderedMessage {
  const text =
    'This channel is no longer watched: I will not read new posts here any more. `/etiquette` followed by a draft still reviews it privately, and `/etiquette watch` turns watching back on.';
  return { text: plainText(text), blocks: [section(`:wave: ${text}`)] };
}

/** Where suggestions go from now on, said to the channel when someone changes it. */
const NOW_GOES: Record<ReplyMode, string> = {
  thread: 'I now reply to new posts in their thread, with one idea everyone here sees.',
  ephemeral: 'my suggestions on new posts now go to the author only, here in the channel.',
  dm: 'my suggestions on new posts now go to the author as a direct message.',
};

/**
 * One short line for the channel when a saved setting changes what everyone here sees: where suggestions go, the
 * reaction on a post with nothing to suggest (both only while the channel is watched), and the weekly digest. Null
 * when nothing the channel sees changed (strictness, rules and phrases shape the suggestions, not who sees them),
 * so saving the form is not noise. Like the watch note, it names nobody.
 */
export function renderSettingsNotice(
  before: Pick<ChannelSettings, 'watched' | 'replyMode' | 'passReaction' | 'digest'>,
  after: Pick<ChannelSettings, 'replyMode' | 'passReaction' | 'digest'>,
  defaultReaction: string,
): RenderedMessage | null {
  const changes: string[] = [];
  if (before.watched && before.replyMode !== after.replyMode) changes.push(NOW_GOES[after.replyMode]);
  const reactionBefore = before.passReaction ?? defaultReaction;
  const reactionAfter = after.passReaction ?? defaultReaction;
  if (before.watched && reactionBefore !== reactionAfter)
    changes.push(
      reactionAfter
        ? `a post I have nothing to suggest for now gets a :${reactionAfter}: reaction (seen, not an approval).`
        : 'a post I have nothing to suggest for now gets no reaction.',
    );
  if (before.digest !== after.digest)
    changes.push(
      after.digest
        ? 'a short weekly digest of the team’s posts here will appear on Monday mornings.'
        : 'the weekly digest here is off.',
    );
  if (changes.length === 0) return null;
  const said = changes.map((change) => change.charAt(0).toUpperCase() + change.slice(1)).join(' ');
  const text = `This channel’s settings changed. ${said} \`/etiquette settings\` shows them all.`;
  return { text: plainText(text), blocks: [context(`:gear: ${text}`)] };
}
