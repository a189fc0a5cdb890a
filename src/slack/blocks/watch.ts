import type { ReplyMode } from '../../store/types';
import { ACTION_IDS } from './action-ids';
import { actions, button, context, plainText, section } from './limits';
import type { RenderedMessage } from './review';

const WHERE: Record<ReplyMode, string> = {
  thread:
    'When I have a suggestion, I reply in the post’s thread with one idea and a version to try: everyone here sees that reply. ' +
    'The full list of suggestions opens only for whoever presses *Details*.',
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
    ? `Posts that already read well get a :${input.passReaction}: reaction. It is not an approval, just “nothing to add”.`
    : 'Posts that already read well get nothing from me: no reply, no reaction.';
  const blocks = [
    section(`:wave: ${intro}`),
    section(`${WHERE[input.replyMode]}\n${good}`),
    context(
      'I never post for you. I keep watching until someone runs `/etiquette unwatch` here, and I will say so in this channel when I stop. The button turns me off for your own posts.',
    ),
    actions('watch_announcement', [button('Don’t review my posts', ACTION_IDS.optOut, 'opt_out')]),
  ];
  return {
    text: plainText(
      `This channel is now watched: Etiquette Coach reads new posts here. ${WHERE[input.replyMode]} Don’t review my posts opts you out.`,
    ),
    blocks,
  };
}

/** What the channel reads when automatic review stops, so nobody keeps expecting a reply that will not come. */
export function renderUnwatchNotice(): RenderedMessage {
  const text =
    'This channel is no longer watched: I will not read new posts here any more. `/etiquette <draft>` still reviews a draft privately, and `/etiquette watch` turns watching back on.';
  return { text: plainText(text), blocks: [section(`:wave: ${text}`)] };
}
