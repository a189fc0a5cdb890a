import { docsAnchor, type Rule } from '../rule';
import { EMOJI, matchAll, words } from '../text';

const HAS_TAG_OR_EMOJI = /#|\uE004|\p{Extended_Pictographic}/u;
const HASHTAG = /(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
/** Two hashtags help people find a post; past three they crowd out the words. */
const MAX_HASHTAGS = 3;
const MAX_EMOJI = 5;
const MAX_EMOJI_RUN = 3;

export const rule: Rule = {
  meta: {
    id: 'hashtag-emoji-stuffing',
    category: 'salesy',
    principle: 'human',
    severity: 'warning',
    shape: 'occurrence',
    description: 'Hashtag and emoji stuffing: a wall of #tags or 🔥🔥🔥 in place of words.',
    why:
      'A string of hashtags or emoji is written for the algorithm, not for a person. It makes the post ' +
      'harder to read and signals reach-hunting rather than something to say.',
    docs: docsAnchor('hashtag-emoji-stuffing'),
    languages: 'all',
    example: {
      bad: 'New drop 🔥🔥🔥🔥 #sale #shopping #deals #fashion #style #ootd',
      better: 'Our linen shirts are back in four colours 🔥 Which one would you pick? #linen',
    },
  },
  check(context) {
    const { text } = context;
    if (!HAS_TAG_OR_EMOJI.test(text)) return;
    const hashtags = matchAll(text, HASHTAG);
    const wordCount = words(text).length;
    if (
      hashtags.length > MAX_HASHTAGS ||
      (hashtags.length === MAX_HASHTAGS && hashtags.length / Math.max(wordCount, 1) > 0.3)
    ) {
      // Report the surplus: the tags after the first two are what the rewrite drops.
      for (const tag of hashtags.slice(2)) {
        context.report({
          start: tag.start,
          end: tag.end,
          message: `${hashtags.length} hashtags in one post read like keyword stuffing.`,
          suggestion: 'Keep the one or two tags people really follow.',
          severity: hashtags.length > MAX_HASHTAGS + 2 ? 'warning' : 'suggestion',
          replacement: '',
        });
      }
    }
    const emoji = matchAll(text, EMOJI);
    const runs: { start: number; end: number; count: number }[] = [];
    for (const one of emoji) {
      const last = runs[runs.length - 1];
      if (last && /^\s*$/.test(text.slice(last.end, one.start))) {
        last.end = one.end;
        last.count++;
      } else {
        runs.push({ start: one.start, end: one.end, count: 1 });
      }
    }
    const tooMany = emoji.length > MAX_EMOJI && emoji.length / Math.max(wordCount, 1) > 0.15;
    for (const run of runs) {
      if (run.count <= MAX_EMOJI_RUN && !(tooMany && run.count > 1)) continue;
      const first = emoji.find((one) => one.start === run.start);
      // The replacement is applied to the original draft, so keep the first emoji as it was written.
      const kept = first ? context.draft.toOriginal(first.start, first.end) : null;
      context.report({
        start: run.start,
        end: run.end,
        message: `${run.count} emoji in a row shout louder than the words around them.`,
        suggestion: 'One emoji that means something beats a row of them.',
        replacement: kept ? context.draft.original.slice(kept.start, kept.end) : '',
      });
    }
    if (tooMany && !runs.some((run) => run.count > 1)) {
      const last = emoji[emoji.length - 1] as { start: number; end: number };
      context.report({
        start: last.start,
        end: last.end,
        message: `${emoji.length} emoji in a short post crowd out the words.`,
        suggestion: 'Keep one or two that add meaning.',
        severity: 'suggestion',
      });
    }
  },
};
