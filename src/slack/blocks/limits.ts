import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;
export type Overflow = types.Overflow;

/** Slack rejects messages beyond these (Block Kit reference); we summarise before we get there. */
export const BLOCK_LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  contextText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  /** The top-level `text` is the notification and screen-reader fallback; keep it short. */
  fallbackText: 3000,
} as const;

/** How much of a review a message shows before summarising the rest. */
export const SHOWN = {
  /** Suggestions a review shows as one line each before "N more" (the first one leads). */
  lines: 3,
  /** Distinct small changes a full view lists (each at most ~340 characters: about 4 sections). */
  allEdits: 30,
  signals: 5,
  excerptChars: 200,
  rewriteChars: 2800,
} as const;

/**
 * Cuts mrkdwn to at most `max` characters, ending with an ellipsis, without splitting a Slack token
 * (`<@U123>`, `<https://…|label>`) or an HTML entity (`&amp;`) that Slack would then show half-escaped.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const openToken = text.lastIndexOf('<', cut);
  if (openToken !== -1 && text.indexOf('>', openToken) >= cut) cut = openToken;
  const openEntity = text.lastIndexOf('&', cut);
  if (openEntity !== -1 && cut - openEntity < 8 && !text.slice(openEntity, cut).includes(';'))
    cut = openEntity;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Splits text into pieces of at most `size` characters, preferring line breaks, then spaces. */
export function chunk(text: string, size: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > size) {
    let cut = rest.lastIndexOf('\n', size);
    if (cut < size / 2) cut = rest.lastIndexOf(' ', size);
    if (cut < size / 2) cut = size;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

export function section(text: string, accessory?: Button | Overflow): KnownBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, BLOCK_LIMITS.sectionText) },
    ...(accessory ? { accessory } : {}),
  };
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, BLOCK_LIMITS.contextText) }] };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, 150), emoji: true } };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(text, BLOCK_LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value: value.slice(0, BLOCK_LIMITS.buttonValue),
    ...(style ? { style } : {}),
  };
}

/** A "⋯" menu: at most 5 options, each value at most 150 characters (Block Kit). */
export function overflow(actionId: string, options: { text: string; value: string }[]): Overflow {
  return {
    type: 'overflow',
    action_id: actionId,
    options: options.slice(0, 5).map((option) => ({
      text: { type: 'plain_text', text: truncate(option.text, 75), emoji: true },
      value: option.value.slice(0, 150),
    })),
  };
}

export function actions(blockId: string, elements: (Button | Overflow)[]): KnownBlock {
  return { type: 'actions', block_id: blockId, elements };
}

/** Quotes text as a mrkdwn block quote, line by line. */
export function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/** Keeps a message inside the block limit: the last block (the buttons) always survives. */
export function capBlocks(blocks: KnownBlock[], max: number = BLOCK_LIMITS.messageBlocks): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const last = blocks[blocks.length - 1];
  const kept = blocks.slice(0, max - 2);
  kept.push(context('_(shortened to fit in one Slack message)_'));
  if (last) kept.push(last);
  return kept;
}

/** Text for notifications and screen readers: no mrkdwn markers, Slack tokens turned into words. */
export function plainText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|([^>]+))?>/g, (_match, _bar, name: string | undefined) =>
      name ? `@${name}` : 'someone',
    )
    .replace(/<#[A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<#[A-Z0-9]+>/g, 'this channel')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/:[a-z0-9_+-]+:\s*/g, '')
    .replace(/[*_~`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fallbackText(text: string): string {
  return truncate(text, BLOCK_LIMITS.fallbackText);
}
