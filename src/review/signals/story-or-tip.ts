import type { SignalDetector } from '../signal';
import { BEFORE, AFTER, matchAll } from '../text';

const STORY_OR_TIP = new RegExp(
  `${BEFORE}(?:pro tip|quick tip|tip:|tips? for|here'?s (?:how|what|why|a tip|a trick)|how to|a trick|lesson(?:s)? (?:learned|learnt)|what (?:i|we) learned|i learned|we learned|(?:last|this) (?:week|morning|night),? (?:i|we|a|my|our)|yesterday,? (?:i|we|a|my|our)|a (?:customer|reader|neighbou?r|student|member) (?:asked|told|wrote|sent)|behind the scenes|true story|funny story|confession|we (?:got|made) (?:it|this) wrong|our mistake|i was wrong|mistake we made|step \\d|\\d+ (?:ways|tips|things|lessons))${AFTER}`,
  'giu',
);

export const signal: SignalDetector = {
  id: 'story-or-tip',
  principle: 'value',
  credit: 10,
  note: 'It gives the reader a story or something useful.',
  detect({ text }) {
    return matchAll(text, STORY_OR_TIP).slice(0, 2);
  },
};
