import { context, section, type KnownBlock } from './limits';
import type { RenderedMessage } from './review';

/** The message shortcut's name, as the app manifest declares it (Slack caps shortcut names at 24 characters). */
export const SHORTCUT_NAME = 'Review with the Coach';

/** How to use the bot in full: App Home's "How it works", one step away from the short help. */
export function howToUseBlocks(): KnownBlock[] {
  return [
    section(
      '*Review a draft privately*\n`/etiquette <your draft>`: only you see the review, with a suggested version ' +
        'or small changes to try.',
    ),
    section(
      '*Review a channel automatically*\n`/etiquette watch` in a drafts channel: I tell the channel, then reply to new posts ' +
        'in their thread with one idea and a suggested version or small changes to try. When I looked and have nothing ' +
        'to suggest, the post gets a reaction (:eyes: unless the channel picked another): seen, nothing to suggest, not ' +
        'an approval. The full list opens only for whoever presses *Details*. Edits update my reply; deleting the post ' +
        'removes it. `/etiquette unwatch` turns it off.',
    ),
    section(
      `*Review any message*\nOpen a message’s ⋯ menu and choose *${SHORTCUT_NAME}*: only you see the review.`,
    ),
    section(
      '*Settings*\n`/etiquette settings` opens this channel’s settings: where reviews go (thread, privately to the ' +
        'author, or a DM), strictness, rules turned off, your team’s own phrases to always or never flag, and a weekly ' +
        'digest. A change to what everyone here sees is told to the channel.',
    ),
    section(
      '*Your progress*\n`/etiquette stats` shows your last 30 days: how many drafts needed no suggestion, week by week, ' +
        'and what comes up most. `/etiquette optout` stops automatic reviews of your own posts; `/etiquette optin` turns them back on.',
    ),
    context(
      'I never post your drafts, or my reviews of them, anywhere new unless you press a button that says so. In a ' +
        'watched channel I reply in the post’s thread, as the channel was told. Telling me an idea was not helpful ' +
        'takes it out of my replies and out of your stats; no one else is told.',
    ),
  ];
}

/**
 * `/etiquette help`: what the bot does, the three commands most people need, and where the settings are. Everything
 * else (stats, opting out, the shortcut, what "Not helpful" changes) is one step away, in App Home's "How it works".
 */
export function renderHelp(): RenderedMessage {
  return {
    text: 'Etiquette Coach: /etiquette and a draft for a private review, /etiquette watch in a drafts channel, /etiquette settings for the channel’s settings.',
    blocks: [
      section(
        ':wave: I help your posts sound like a person talking to people, not a billboard.\n' +
          '• `/etiquette <your draft>`: a review only you see.\n' +
          '• `/etiquette watch` in a drafts channel: I reply to new posts in their thread with one idea.\n' +
          '• `/etiquette settings`: this channel’s settings.',
      ),
      context('More (stats, opting out, what each button does): *How it works* in my App Home.'),
    ],
  };
}
