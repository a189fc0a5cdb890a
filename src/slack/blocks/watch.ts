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
 * What everyone in a channel reads when someone turns automatic review on: what the bot will do, who sees what,
 * and a way out for each person. Posted in the channel, visibly: nobody should find out from a reply.
 */
export function renderWatchAnnouncement(input: {
  userId: string;
  replyMode: ReplyMode;
  passReaction: string;
}): RenderedMessage {
  const intro = `<@${input.userId}> asked me to read new posts in this channel and suggest how they could sound more like a person talking to people.`;
  const good = input.passReaction
    ? `Posts that already read well get a :${input.passReaction}: reaction. It is not an approval, just “nothing to add”.`
    : 'Posts that already read well get nothing from me: no reply, no reaction.';
  const blocks = [
    section(`:wave: ${intro}`),
    section(`${WHERE[input.replyMode]}\n${good}`),
    context(
      'I never post for you. `/etiquette unwatch` turns this off for the channel; the button turns it off for your own posts.',
    ),
    actions('watch_announcement', [button('Don’t review my posts', ACTION_IDS.optOut, 'opt_out')]),
  ];
  return {
    text: plainText(`Etiquette Coach now reviews new posts in this channel. ${WHERE[input.replyMode]}`),
    blocks,
  };
}
