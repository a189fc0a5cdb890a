import type { SignalDetector } from '../signal';
import { BEFORE, matchAll } from '../text';

// Thanks or credit aimed at someone: a mention, a capitalised name, or "the team at …".
const TARGET =
  "(?:\\uE001|@[\\p{L}\\p{N}_]+|[\\p{Lu}][\\p{Ll}'’-]+|the (?:team|folks|crew|people) (?:at|from|behind)|(?:all|everyone) who|our (?:volunteers|customers|community|members|team|staff|readers|neighbours|neighbors))";
const GRATITUDE = new RegExp(
  `${BEFORE}(?:thanks?(?: you)?(?: so much)?,?(?: to)?|thank you(?: so much)?,?(?: to)?|huge thanks to|big thanks to|grateful (?:to|for)|shout[- ]?out to|kudos to|hats off to|props to|h/t|hat tip(?: to)?|credit (?:to|goes to)|congrat(?:s|ulations) (?:to )?|gracias a|merci à|danke an|obrigad[oa] a|parabéns a) ${TARGET}`,
  'gu',
);

const MIGHT_THANK =
  /thank|grateful|shout|kudos|hats off|props|h\/t|hat tip|credit|congrat|gracias|merci|danke|obrigad|parabéns/i;
const TARGET_AT_END = new RegExp(TARGET + '$', 'u');
const GRATITUDE_ANY_CASE = new RegExp(GRATITUDE.source, 'giu');

export const signal: SignalDetector = {
  id: 'gratitude-credit',
  principle: 'listen',
  credit: 12,
  note: 'It thanks or credits someone by name.',
  detect({ text }) {
    if (!MIGHT_THANK.test(text)) return [];
    return matchAll(text, GRATITUDE_ANY_CASE).filter(
      (match) =>
        // "Thanks for reading" has no one in it; a target after the thanks is required.
        TARGET_AT_END.test(match.text.trim()) || /\uE001/.test(match.text),
    );
  },
};
