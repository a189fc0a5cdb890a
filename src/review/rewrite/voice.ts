import type { Intent } from '../analysis';
import type { Language } from '../types';

/**
 * Voice: small, safe changes of register on the sentences a plan keeps, the way an editor turns a
 * press release into a post. Each keeps every word that carries a fact (names, roles, dates) and
 * adds none. They run in order on each sentence; one that does not match leaves it alone.
 */

export interface VoiceContext {
  intent: Intent;
  language: Language;
  /** Whether this is the first sentence the post keeps (openers only go there). */
  first: boolean;
  /** A formal notice (investors, legal): its register stays. */
  formal: boolean;
}

type VoiceChange = (sentence: string, context: VoiceContext) => string;

const NAME = String.raw`(?:The |the )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:&|and|of|de|du|la|van|von) | )?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s?){0,5}`;
const PLEASED = '(?:delighted|pleased|proud|thrilled|excited|happy|honoured|honored|glad)';

// "Club statement:", "Practice update:", "OFFICIAL STATEMENT:", "Unternehmensmitteilung:": a label
// that files the post like a memo. The news after it is the post.
const MEMO_LABEL =
  /^(?:[\p{L}&' ]{0,30}\b)?(?:update|statement|announcement|press release|news release|notice|mitteilung|unternehmensmitteilung|comunicado|communiqué|aviso|avviso|mededeling|persbericht|comunicato)\s*[:|–—-]\s+(?=\S)/iu;

// "Whitlock Accountancy is delighted to welcome Priya Nair ACA to the firm as Audit Manager."
const WELCOME = new RegExp(
  String.raw`^(${NAME}) (?:is|are) ${PLEASED} to welcome (.+?) to (?:the|our|its) (firm|team|company|practice|board|club|school|staff)(?: as (.+?))?([.!]?)$`,
  'u',
);

export const VOICE_CHANGES: Record<string, VoiceChange> = {
  /** Drops a memo label in front of the news. */
  'memo-label': (sentence, { first }) => {
    if (!first) return sentence;
    const label = MEMO_LABEL.exec(sentence);
    if (!label) return sentence;
    const rest = sentence.slice(label[0].length);
    // "Kitchen policy update – effective immediately": after a label that names its topic in words of
    // its own, a few words are no news; without the label they say nothing of what changed.
    // ("Quarterly update: all green." files the news; "Public notice –" names no topic.)
    const topic = label[0].match(/\p{L}+/gu)?.length ?? 0;
    if (topic >= 3 && (rest.match(/\p{L}+/gu)?.length ?? 0) < 4) return sentence;
    return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
  },
  /** "Acme is delighted to welcome Dana to the team as CFO" → "Please welcome Dana, who joins Acme as CFO". */
  welcome: (sentence, { language }) => {
    if (language !== 'en') return sentence;
    const match = WELCOME.exec(sentence);
    if (!match) return sentence;
    const [, organisation, person, place, role, end] = match as unknown as string[];
    const org = (organisation as string).trim();
    return role
      ? `Please welcome ${person}, who joins ${org} as ${role}${end || '.'}`
      : `Please welcome ${person}, who joins the ${place} at ${org}${end || '.'}`;
  },
};

/** Applies every voice change, in order, to one sentence. */
export function revoice(sentence: string, context: VoiceContext): string {
  let out = sentence;
  for (const change of Object.values(VOICE_CHANGES)) out = change(out, context);
  return out;
}
