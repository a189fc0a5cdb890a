import { measure, NETWORKS, postText } from '../../networks';
import { docsAnchor, type NetworkRule } from '../../rule';

export const rule: NetworkRule = {
  meta: {
    id: 'network-over-limit',
    category: 'broadcast',
    principle: 'party',
    severity: 'error',
    shape: 'structure',
    description:
      "Longer than the network allows, counted the network's own way (X's weighted characters, Bluesky's graphemes, Threads' emoji bytes, Mastodon's 23-character links).",
    why:
      'A guest speaks in the room they are in. A post over the limit is refused or cut off mid-thought, ' +
      'so the reader gets half a sentence; and a draft that needs every last character is usually ' +
      'saying two things where one would start the conversation.',
    docs: docsAnchor('network-over-limit'),
    languages: 'all',
    networks: ['x', 'linkedin', 'instagram', 'facebook', 'threads', 'bluesky', 'mastodon'],
    sources: Object.values(NETWORKS).flatMap((spec) =>
      spec.sources
        .filter((source) => /\d,\d{3}|\b(?:280|300|500)\b/.test(source.claim))
        .map((source) => ({ ...source, claim: `${spec.name}: ${source.claim}` })),
    ),
    example: {
      bad:
        'x: We are so happy to share that our neighbourhood bakery now opens at seven every morning, ' +
        'with fresh sourdough, rye and seeded loaves, cinnamon buns on Saturdays, oat milk for every coffee, ' +
        'and a new corner table by the window where you can sit with a book for as long as you like, ' +
        'because that is what a bakery is for.',
      better:
        'x: We open at seven now. Sourdough, rye, cinnamon buns on Saturdays. What should we bake next?',
    },
  },
  check(context) {
    const { spec, draft } = context;
    const post = postText(draft);
    const { length, limit, overflowAt } = measure(spec, post.text);
    if (overflowAt === null) return;
    // The highlight starts at the first word that does not fit, not at the space before it.
    let start = post.toOriginal(overflowAt);
    while (start < draft.original.length - 1 && /\s/.test(draft.original.charAt(start))) start++;
    // A link, mention or code the limit falls inside does not fit either: highlight all of it.
    const split = draft.protectedSpans.find((span) => span.start < start && start < span.end);
    if (split) start = split.start;
    context.reportOriginal({
      start,
      end: draft.original.length,
      message:
        `${length} ${spec.unit} on ${spec.name}, ${length - limit} over its limit of ${limit}: ` +
        `${spec.name} will not take this as one post (highlighted: what does not fit).`,
      suggestion: `Cut it to one point that fits ${limit} ${spec.unit}, or split it into a short thread.`,
    });
  },
};
