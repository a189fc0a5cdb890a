import { context, divider, section, type KnownBlock } from './limits';
import type { RenderedMessage } from './review';

/** How to use the bot, shared by `/etiquette help` and App Home. */
export function howToUseBlocks(): KnownBlock[] {
  return [
    section(
      '*Review a draft privately*\n`/etiquette <your draft>`: only you see the review, with a friendlier rewrite.',
    ),
    section(
      '*Review a channel automatically*\n`/etiquette watch` in a drafts channel: I tell the channel, then reply to new posts ' +
        'in their thread with one idea and a version to try (a :speech_balloon: when a post already reads well). The full ' +
        'list opens only for whoever asks. Edits update my reply; deleting the post removes it. `/etiquette unwatch` turns it off.',
    ),
    section(
      '*Review any message*\nOpen a message’s ⋯ menu and choose *Review with Etiquette Coach*: only you see the review.',
    ),
    section(
      '*Settings*\n`/etiquette settings` opens this channel’s settings: where reviews go (thread, privately to the ' +
        'author, or a DM), strictness, rules turned off, your team’s own phrases to always or never flag, and a weekly digest.',
    ),
    section(
      '*Your progress*\n`/etiquette stats` shows your last 30 days: how many drafts read well the first time, week by week, ' +
        'and what comes up most. `/etiquette optout` stops automatic reviews of your own posts; `/etiquette optin` turns them back on.',
    ),
  ];
}

export function renderHelp(): RenderedMessage {
  return {
    text: 'Etiquette Coach: type /etiquette and a draft for a private review, or /etiquette watch, unwatch, settings, stats, optout, optin.',
    blocks: [
      section(':wave: I help your posts sound like a person talking to people, not a billboard.'),
      divider(),
      ...howToUseBlocks(),
      context('Nothing you send me is posted anywhere unless you press a button that says so.'),
    ],
  };
}
