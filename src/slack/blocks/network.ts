import type { NetworkTally } from '../../coach';
import type { Review } from '../../review';
import { NETWORK_NAMES, NETWORKS } from '../../review/networks';
import {
  capBlocks,
  context,
  fallbackText,
  plainText,
  quote,
  section,
  truncate,
  type KnownBlock,
} from './limits';
import type { RenderedMessage } from './review';

/**
 * What a review says about where the post is going. In plain words, in every view (the thread reply too): it
 * names the destination, never a grade, so the channel learns why a length or a first line mattered.
 */
export function networkLine(review: Review): KnownBlock | null {
  if (!review.network || review.network === 'any') return null;
  return context(`Checked as a post for ${NETWORK_NAMES[review.network]}.`);
}

/** "2 posts, each within 280 weighted characters". */
function threadNote(review: Review, parts: number): string {
  const spec = review.network && review.network !== 'any' ? NETWORKS[review.network] : null;
  const within = spec ? `, each within ${spec.limit.toLocaleString('en-US')} ${spec.unit}` : '';
  return `${parts} posts${within}`;
}

/** The rewrite as a thread, when it cannot fit one post on its network without losing a fact. */
export function threadBlocks(review: Review): KnownBlock[] {
  const thread = review.thread ?? [];
  if (thread.length === 0 || !review.network || review.network === 'any') return [];
  const name = NETWORK_NAMES[review.network];
  const parts = thread
    .slice(0, 4)
    .map((part, index) => `*${index + 1}/${thread.length}*\n${quote(truncate(part, 700))}`)
    .join('\n');
  const more = thread.length > 4 ? `\n_…and ${thread.length - 4} more: *Text to copy* gives them all_` : '';
  return [
    section(
      `*Too long for one post on ${name}: as a thread* (${threadNote(review, thread.length)})\n${parts}${more}`,
    ),
  ];
}

/** "Text to copy" for a thread: each post in its own code block, in order. */
export function renderThreadToCopy(review: Review): RenderedMessage | null {
  const thread = review.thread ?? [];
  if (thread.length === 0) return null;
  const blocks = capBlocks([
    section(
      `Here is the suggested version as a thread (${threadNote(review, thread.length)}), ready to copy:`,
    ),
    ...thread.map((part, index) =>
      section(`${index + 1}/${thread.length}\n\`\`\`${truncate(part, 2800)}\`\`\``),
    ),
  ]);
  return { text: fallbackText(plainText(`Suggested thread: ${thread.join(' / ')}`)), blocks };
}

/**
 * "By network: X: 4 drafts, 3 needed no suggestion · LinkedIn: 2 drafts, none needed a suggestion". Null when no
 * draft named a network: a team that never set one sees no breakdown of one.
 */
export function networkBreakdown(tallies: readonly NetworkTally[]): string | null {
  if (!tallies.some((tally) => tally.network !== 'any')) return null;
  const parts = tallies.slice(0, 4).map((tally) => {
    const name = tally.network === 'any' ? 'No network set' : NETWORK_NAMES[tally.network];
    const drafts = `${tally.drafts} draft${tally.drafts === 1 ? '' : 's'}`;
    const passed =
      tally.passedFirstTime === 0
        ? 'each with a suggestion'
        : tally.passedFirstTime === tally.drafts && tally.drafts > 1
          ? 'none needed a suggestion'
          : `${tally.passedFirstTime} needed no suggestion`;
    return `${name}: ${drafts}, ${passed}`;
  });
  const more = tallies.length > 4 ? ` · and ${tallies.length - 4} more` : '';
  return `By network: ${parts.join(' · ')}${more}.`;
}
