import { quotationMap } from '../text';

/**
 * Runs of describing words that only praise, taken out of a sentence whole: "the revolutionary,
 * game-changing, holy-grail serum" is "the serum", and a headline's "Announces Revolutionary,
 * Industry-Leading AI Platform Set to Transform the Future of Procurement" is "Announces AI Platform
 * for Procurement". One such word alone is the hype rule's to name; in a run, the run reads as a
 * billboard, and the plain words in it say enough. English only: elsewhere a cut describing word can
 * leave the wrong agreement.
 */

// Words that only praise, in a run of describing words before a noun.
export const PRAISE_ONLY = new Set(
  'best-in-breed enterprise-grade next-generation holistic synergistic innovative seamless turnkey disruptive pioneering unprecedented revolutionary game-changing gamechanging life-changing transformative transformational world-class world-renowned world-leading best-in-class industry-leading market-leading market-defining category-defining industry-defining cutting-edge state-of-the-art groundbreaking ground-breaking next-level next-gen unforgettable breathtaking unbeatable unmatched unparalleled unrivalled unrivaled incredible amazing awesome insane epic legendary iconic ultimate holy-grail mind-blowing jaw-dropping game-changer world-famous second-to-none one-of-a-kind unmissable phenomenal sensational spectacular stunning'.split(
    ' ',
  ),
);

// The rank a sender gives itself ("a leading, market-defining producer"): in a run with words that
// only praise, it is one more of them. Alone ("a leading cause of") it may be the world's rank, and
// the plan's own pattern (SELF_RANKED) decides.
const RANK_IN_A_RUN = new Set(['leading', 'premier']);

const DESCRIBING_WORDS = new RegExp(
  String.raw`\b(the|a|an|our|your|this|their|its|my)\s+((?:(?:most|truly|simply)\s+)?[\p{L}-]+(?:\s*,\s*(?:and\s+)?(?:(?:most|truly)\s+)?[\p{L}-]+)+)(?=\s+\p{L})`,
  'giu',
);

// "Brightwell Dynamics Announces Revolutionary, Industry-Leading AI-Powered Platform": a headline names
// what is launched with no article before it; the run follows the verb of the news.
const AFTER_LAUNCH_VERB =
  /\b((?:announce[sd]?|launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|debut(?:s|ed)?|releas(?:es|ed)|reveal(?:s|ed)?|present(?:s|ed)?|open(?:s|ed)?)\s+)([\p{L}-]+(?:\s*,\s*[\p{L}-]+)+)(?=\s+\p{L})/giu;

// "…Platform Set to Transform the Future of Facilities Management", "…Set to Transform Finance
// Operations Forever": a headline's promise about the future, said as what the thing is for.
// Only in a headline's title case: in a sentence ("…Balmain East, set to redefine harbourside living
// forever.") the promise is a clause of its own, and "for" would not join it.
const SET_TO_TRANSFORM =
  /,?\s+(?:Set|Poised) (?:to|To) (?:Transform|Revolutioni[sz]e|Redefine|Reshape|Reinvent|Disrupt) (?:[Tt]he Future [Oo]f (\p{Lu}[^,.!?\n]*?)(?: Forever)?|(\p{Lu}[^,.!?\n]*?) Forever)(?=[.!]?$)/u;

const praises = (item: string, inRun: boolean): boolean => {
  const word = item.replace(/^(?:most|truly|simply)\s+/iu, '').toLowerCase();
  return PRAISE_ONLY.has(word) || (inRun && RANK_IN_A_RUN.has(word));
};

/** A run of describing words without the ones that only praise; the text as written when none does. */
export function withoutHypeRuns(text: string): string {
  // Someone's words, quoted, are theirs: the map is built only when a run is found (most sentences have none).
  let inside: Uint8Array | undefined;
  const quoted = (at: number): boolean => (inside ??= quotationMap(text))[at] === 1;
  const afterArticle = text.replace(
    DESCRIBING_WORDS,
    (run, article: string, words: string, offset: number) => {
      if (quoted(offset)) return run;
      // "our customers, partners, and incredible team": with an "and", the run may be a list of things,
      // the last of them praised; it stays for the hype rule's own edit.
      if (/\band\b/iu.test(words)) return run;
      const items = words.split(/\s*,\s*/u);
      // A rank counts as praise only beside a word that praises and nothing else.
      const inRun = items.some((item) => praises(item, false));
      const kept = items.filter((item) => !praises(item, inRun));
      if (kept.length === items.length) return run;
      return kept.length === 0 ? article : `${article} ${kept.join(', ')}`;
    },
  );
  if (afterArticle !== text) return afterArticle;
  // Without an article, only a run whose every word praises goes: "opens stunning, breathtaking
  // gardens" loses both, "launches new, free courses" keeps its run.
  const afterVerb = text.replace(AFTER_LAUNCH_VERB, (run, verb: string, words: string, offset: number) => {
    if (quoted(offset)) return run;
    const items = words.split(/\s*,\s*/u);
    return items.every((item) => praises(item, true)) ? verb.trimEnd() : run;
  });
  if (afterVerb !== text) return afterVerb;
  const promise = SET_TO_TRANSFORM.exec(text);
  if (!promise || quoted(promise.index)) return text;
  const field = (promise[1] ?? promise[2]) as string;
  return `${text.slice(0, promise.index)} for ${field}${text.slice(promise.index + promise[0].length)}`;
}
