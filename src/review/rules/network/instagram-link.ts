import { NETWORKS } from '../../networks';
import { docsAnchor, type NetworkRule } from '../../rule';

export const rule: NetworkRule = {
  meta: {
    id: 'instagram-link',
    category: 'broadcast',
    principle: 'value',
    severity: 'warning',
    shape: 'existence',
    description: 'A link in an Instagram caption: Instagram shows it as plain text that nobody can tap.',
    why:
      'A link the reader cannot open gives them nothing but homework: copy, switch apps, paste. ' +
      'Tell people where to find it (the link in your bio, a story) or give them what is behind it ' +
      'right there in the caption.',
    docs: docsAnchor('instagram-link'),
    languages: 'all',
    networks: ['instagram'],
    sources: NETWORKS.instagram.sources.filter((source) => /clickable/.test(source.claim)),
    example: {
      bad: 'instagram: Our autumn menu is here, see it all at https://cafe.example/menu',
      better:
        'instagram: Pumpkin soup is back, with toasted seeds on top. The whole autumn menu is behind the link in our bio. What should we add?',
    },
  },
  check(context) {
    for (const span of context.draft.protectedSpans) {
      if (span.kind !== 'url') continue;
      context.reportOriginal({
        start: span.start,
        end: span.end,
        message: 'Links in Instagram captions are not clickable: readers see this as plain text.',
        suggestion: 'Point to the link in your bio or a story instead, or say what is behind it.',
      });
    }
  },
};
