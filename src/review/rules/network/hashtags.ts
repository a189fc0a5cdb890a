import { NETWORKS } from '../../networks';
import { docsAnchor, type NetworkRule } from '../../rule';
import { matchAll } from '../../text';

const HASHTAG = /(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

export const rule: NetworkRule = {
  meta: {
    id: 'network-hashtags',
    category: 'salesy',
    principle: 'party',
    severity: 'suggestion',
    shape: 'occurrence',
    description:
      "More hashtags than the network allows or recommends: X's 2, Threads' one topic tag, Instagram's 30 (5 in newer tools' documentation).",
    why:
      'Every room has its customs. A post with more tags than the network itself suggests reads as ' +
      'reach-hunting to the people who live there; past a hard maximum the network drops the post or ' +
      'ignores the tags. Networks that publish no number (LinkedIn, Facebook, Bluesky, Mastodon) are ' +
      'left to the general hashtag rule.',
    docs: docsAnchor('network-hashtags'),
    languages: 'all',
    networks: ['x', 'instagram', 'threads'],
    sources: [NETWORKS.x, NETWORKS.instagram, NETWORKS.threads].flatMap((spec) =>
      spec.sources
        .filter((source) => /hashtag|topic tag/.test(source.claim))
        .map((source) => ({ ...source, claim: `${spec.name}: ${source.claim}` })),
    ),
    example: {
      bad: 'x: Our spring workshop is open for sign-ups #design #ux #workshop #learning',
      better: 'x: Our spring workshop is open for sign-ups. What would you like us to cover? #ux',
    },
  },
  check(context) {
    const { spec, text } = context;
    const { max, recommended } = spec.hashtags ?? {};
    if (!text.includes('#')) return;
    const tags = matchAll(text, HASHTAG);
    if (max !== undefined && tags.length > max) {
      for (const tag of tags.slice(max)) {
        context.report({
          start: tag.start,
          end: tag.end,
          message: `${tags.length} hashtags: ${spec.name} takes at most ${max} in a post.`,
          suggestion: `Keep the ${max === 1 ? 'one tag' : 'tags'} people really follow.`,
          severity: max === 1 ? 'warning' : 'error',
          replacement: '',
        });
      }
      return;
    }
    if (recommended !== undefined && tags.length > recommended) {
      for (const tag of tags.slice(recommended)) {
        context.report({
          start: tag.start,
          end: tag.end,
          message: `${tags.length} hashtags: ${spec.name} recommends no more than ${recommended}.`,
          suggestion: `Keep the ${recommended} tags people really follow.`,
          replacement: '',
        });
      }
    }
  },
};
