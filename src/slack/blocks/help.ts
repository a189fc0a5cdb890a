import { context, divider, section, type KnownBlock } from './limits';
import type { RenderedMessage } from './review';

/** How to use the bot, shared by `/etiquette help` and App Home. */
export function howToUseBlocks(): KnownBlock[] {
  return [
    section(
      '*Review a draft privately*\n`/etiquette <your draft>`: only you see the review, with a friendlier rewrite.',
    ),
    section(
      '*Review a channel automatically*\n`/etiquette watch` in a drafts channel: every new post gets a short review in its ' +
        'thread (a :white_check_mark: when it is good to go). Edits update the review; deleting the post removes it. ' +
        '`/etiquette unwatch` turns it off.',
    ),
    section(
      '*Review any message*\nOpen a message’s ⋯ menu and choose *Review with Etiquette Coach*: only you see the review.',
    ),
    section(
      '*Settings*\n`/etiquette settings` opens this channel’s settings: where reviews go (thread, privately to the ' +
        'author, or a DM), strictness, rules turned off, your team’s own phrases to always or never flag, and a weekly digest.',
    ),
    section(
      '*Your coaching*\n`/etiquette stats` shows your last 30 days: drafts reviewed, first-time passes, your trend and ' +
        'your most frequent habits. `/etiquette optout` stops automatic reviews of your own posts; `/etiquette optin` turns them back on.',
    ),
  ];
}

export function renderHelp(): RenderedMessage {
  return {
    text: 'Etiquette Coach: /etiquette <draft>, /etiquette watch, /etiquette unwatch, /etiquette settings, /etiquette stats, /etiquette optout, /etiquette optin',
    blocks: [
      section(':wave: I help your posts sound like a person talking to people, not a billboard.'),
      divider(),
      ...howToUseBlocks(),
      context('Nothing you send me is posted anywhere unless you press a button that says so.'),
    ],
  };
}
