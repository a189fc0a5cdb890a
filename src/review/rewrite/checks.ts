import { addedEntities, addedFacts, lostFacts, type FactSheet } from '../facts';
import { judgeDraft, SEVERITY_WEIGHT, type Judgement } from '../judge';
import type { Finding, Language, ReviewOptions } from '../types';
import { entersADraw, isEntryStepAt, UNSUBSCRIBE_LINE } from './kept-as-written';
import { grammarProblems } from './grammar';
import { sentences } from '../text';
import { HASHTAG } from '../analysis/entities';

/**
 * What every rewrite candidate must pass before anyone sees it. Each check is a small named
 * function returning what is wrong (or null); they run cheapest first and stop at the first
 * failure, so the one that re-judges the candidate runs only for candidates that got that far.
 * Adding a guard (an invented-claims check, say) is adding one entry to `REWRITE_CHECKS`.
 */

export interface CheckInput {
  draft: string;
  candidate: string;
  language: Language;
  sheet: FactSheet;
  options: ReviewOptions;
  /** The draft's own review, when the caller has it. */
  original?: Judgement;
  /** The draft less what the plan took out on purpose (an upsell in a reply), for its length. */
  kept?: string;
  /** Set by `passes-review`: the candidate's own review, for ranking. */
  judged?: Judgement;
}

export interface RewriteCheck {
  name: string;
  /** A short description of what is wrong, or null when the candidate passes. */
  check: (input: CheckInput) => string | null;
}

/** A text's letters and digits in lower case, one space between words: "Help us get there!!" is "help us get there". */
export const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const SHOUTED_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;

/**
 * "⚠️ RAPPEL ⚠️ … AVANT le 30 septembre … PAS convoqués": the same words, no longer shouted. A reader
 * hears the difference even where the rules weigh the two the same.
 */
function quieter(input: { draft: string; candidate: string }): boolean {
  const shouted = (text: string) => (text.match(SHOUTED_WORD) ?? []).length;
  return shouted(input.candidate) < shouted(input.draft);
}

export const factsKept: RewriteCheck = {
  name: 'facts-kept',
  check: ({ sheet, candidate }) => {
    const lost = lostFacts(sheet, candidate);
    return lost.length > 0 ? `lost ${lost.join(', ')}` : null;
  },
};

/** Runs after `passes-review` so it reads the candidate's analysis instead of making another. */
export const nothingAdded: RewriteCheck = {
  name: 'nothing-added',
  check: ({ candidate, sheet, judged }) => {
    const added = [...addedFacts(sheet, candidate), ...addedEntities(sheet, candidate, judged?.analysis)];
    return added.length > 0 ? `added ${added.join(', ')}` : null;
  },
};

export const grammarSane: RewriteCheck = {
  name: 'grammar',
  check: ({ draft, candidate, language }) => {
    const problems = grammarProblems(draft, candidate, language);
    return problems.length > 0
      ? problems.map((problem) => `${problem.check}: "${problem.sentence}"`).join('; ')
      : null;
  },
};

/** A text without its hashtags and emoji: what it says, for comparing two versions of it. */
const untagged = (text: string) =>
  text.replace(HASHTAG, ' ').replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, ' ');
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Measured as written, or without hashtags: a wall of twenty tags cut to three is the change a
 * reader wants most, not a version that lost most of the post.
 */
export const lengthInRange: RewriteCheck = {
  name: 'length',
  check: ({ draft, kept, candidate }) => {
    const before = kept ?? draft;
    const ratio = (measure: (text: string) => string) =>
      measure(candidate).length / Math.max(1, measure(before).length);
    const asWritten = ratio((text) => text.trim());
    const inRange = (value: number) => value >= 0.4 && value <= 2;
    return inRange(asWritten) || inRange(ratio((text) => spaced(text.replace(HASHTAG, ' '))))
      ? null
      : `length ${asWritten.toFixed(2)}× the draft`;
  },
};

// A wall of tags, and a post that asks nothing: the second is no fault of a one-line notice
// ("Quiz night Thursday 8pm 🍻"), and no version could mend it without a stock question.
const TAGS_AND_SILENCE = new Set(['hashtag-emoji-stuffing', 'no-invitation']);
const tagCount = (text: string) => text.match(HASHTAG)?.length ?? 0;
const onlyTooManyTags = (original: Judgement | undefined): boolean =>
  original !== undefined &&
  original.findings.some((finding) => finding.rule === 'hashtag-emoji-stuffing') &&
  original.findings.every((finding) => TAGS_AND_SILENCE.has(finding.rule));

/** "Draft + What do you think?": a rewrite that only staples a question to the draft is no rewrite. */
export const notDraftPlusQuestion: RewriteCheck = {
  name: 'not-draft-plus-question',
  check: ({ draft, candidate, original }) => {
    // Fewer hashtags or emoji at the end do not make a draft with a question stapled on a rewrite.
    const body = squash(untagged(draft));
    const rewrite = squash(untagged(candidate));
    const questions = (text: string) => (text.match(/[?？¿]/gu) ?? []).length;
    // "You can book…" in front of "Book…" offers what was ordered; a question in front is stapled on.
    if (
      rewrite !== body &&
      (rewrite.startsWith(body) || (rewrite.endsWith(body) && questions(candidate) > questions(draft)))
    )
      return 'the draft word for word with a question added';
    // The same words in a normal voice (no capitals shouted, no "!!!", no fire emoji) are a change;
    // the same text, or the same text with fewer hashtags, is not.
    // Where a wall of tags is all the review found, fewer tags are the whole change it asked for.
    if (rewrite === body && spaced(untagged(candidate)) === spaced(untagged(draft)))
      return onlyTooManyTags(original) && tagCount(candidate) < tagCount(draft)
        ? null
        : 'the draft unchanged';
    return null;
  },
};

const lettersOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLocaleLowerCase();

/**
 * Whether the draft said what this finding names in capitals, where the draft's own review saw only
 * the shouting ("ÚLTIMOS DÍAS!!! … SOLO HASTA EL DOMINGO"). Calmed, the same words are read for what
 * they say; they were in the draft all along, so they do not count against the version as new.
 */
function hiddenByShouting(finding: Finding, original: Judgement): boolean {
  // German capitalises its nouns, and without a dictionary a calmed German post guesses which words
  // are nouns ("Feiert Sein Jubiläum"): its version must beat the draft's review as it stands.
  if (original.language === 'de') return false;
  const said = lettersOf(finding.excerpt ?? '');
  // Capitals left in the version are its own to answer for.
  if (said.length === 0 || finding.rule === 'shouting') return false;
  return original.findings.some(
    (each) => each.rule === 'shouting' && lettersOf(each.excerpt ?? '').includes(said),
  );
}

/**
 * Whether the draft's only question went with what the version took out: "Can you really say no to
 * her?" and "What are you waiting for?" are questions, so the draft "invited a reply"; once they go,
 * the rules see a long post with no way to answer. The same holds for the balance of "we" and "you":
 * "If you're not using it yet, you're leaving money on the table." is all "you", and once it goes the
 * launch around it reads as all "we". Both were the draft's all along, and do not count against the
 * version. Other findings under a cut (the numbers of a brag, its hype) still count: a version that
 * only lost its pitch is no better for them.
 */
const UNCOVERED_BY_CUT = new Set(['no-invitation', 'self-focus']);

function uncoveredByCut(finding: Finding, original: Judgement, judged: Judgement): boolean {
  return (
    UNCOVERED_BY_CUT.has(finding.rule) &&
    !original.findings.some((each) => each.rule === finding.rule) &&
    // A version that still carries its wall of tags has a plainer one to make (fewer tags): the
    // allowance is not what lets the wall through.
    !judged.findings.some((each) => each.rule === 'hashtag-emoji-stuffing')
  );
}

/**
 * A version's "no invitation to reply" weighed no heavier than the draft's. The rule grows stricter
 * with a post's length, and a version that says a word of regret after a refusal is a few words
 * longer than the draft without being any less open to a reply: the draft asked nothing either.
 */
function asLongAsTheDrafts(finding: Finding, original: Judgement): Finding {
  if (finding.rule !== 'no-invitation') return finding;
  const drafts = original.findings.find((each) => each.rule === 'no-invitation');
  return drafts && SEVERITY_WEIGHT[drafts.severity] < SEVERITY_WEIGHT[finding.severity]
    ? { ...finding, severity: drafts.severity }
    : finding;
}

/** What a review's findings cost, as the rules weigh them (a repeated rule counts less each time). */
function findingCost(findings: readonly Finding[]): number {
  const seen = new Map<string, number>();
  let cost = 0;
  for (const finding of findings) {
    const repeat = seen.get(finding.rule) ?? 0;
    seen.set(finding.rule, repeat + 1);
    cost += SEVERITY_WEIGHT[finding.severity] / 2 ** Math.min(repeat, 2);
  }
  return cost;
}

const CANCELLING =
  /\b(?:(?:like|want|wish|decide) to cancel|reply\s+["“'‘]?(?:CANCEL|QUIT|END)["”'’]?(?![\p{L}]))/u;

// Not "you've won" or "claim your prize": those are the lottery letter's, and a version never keeps them.
const CONTEST_TERM =
  /^(?:winners? (?:will be )?(?:drawn|announced|notified)|(?:cash|grand|mystery) (?:prize|reward|gift))$/iu;

type Sentences = ReturnType<typeof sentences>;

/** The sentence of `text` that holds the finding's excerpt, read from its sentences. */
function sentenceOf(text: string, all: Sentences, finding: Finding) {
  return sentenceAt(all, finding.excerpt ? text.indexOf(finding.excerpt) : -1);
}

const sentenceAt = (all: Sentences, at: number) =>
  at >= 0 ? all.find((each) => each.start <= at && at < each.end) : undefined;

/**
 * Whether a finding sits in the way out of a mailing ("STOP SMS au 36111"), which stays as written.
 * The text is split into sentences once, for all its findings.
 */
function wayOutOf(text: string): (finding: Finding) => boolean {
  const all = sentences(text);
  return (finding) => UNSUBSCRIBE_LINE.test(sentenceOf(text, all, finding)?.text ?? '');
}

/**
 * Whether a finding sits in what a version keeps as written (`kept-as-written.ts`): a mailing's way
 * out, a giveaway's entry steps and its terms. They are the draft's to change, and its review says
 * so; they do not stop a version that calmed everything around them.
 */
function keptAsWritten(candidate: string, finding: Finding, giveaway: boolean): boolean {
  if (!finding.excerpt) return false;
  const at = candidate.indexOf(finding.excerpt);
  const sentence = sentenceAt(sentences(candidate), at);
  // The way out of a mailing ("Pour vous désinscrire, cliquez ici") stays as written.
  if (sentence && UNSUBSCRIBE_LINE.test(sentence.text)) return true;
  // "If you'd still like to cancel, just reply "CANCEL" and I'll get that taken care of.": the way to
  // leave that the customer asked for, however it is worded, is theirs to use.
  if (sentence && CANCELLING.test(sentence.text)) return true;
  // In a giveaway, "follow both accounts, comment…, and share this post" is how to enter, with or
  // without a heading; so is "like and share this post and we'll put you in the draw" in a post
  // about something else.
  if (
    finding.rule === 'engagement-bait' &&
    (giveaway || (sentence !== undefined && entersADraw(candidate, sentence.start, sentence.end)))
  )
    return true;
  // "Winner announced Sunday 8pm", "$500 cash prize": a contest's terms, said as they are.
  if (finding.rule === 'prize-claim') return CONTEST_TERM.test(finding.excerpt);
  // "💧 Sign up to our newsletter via the link in our bio for 5 extra entries": a step, as written.
  if (finding.rule !== 'engagement-bait' && finding.rule !== 'hard-call-to-action') return false;
  return at >= 0 && isEntryStepAt(candidate, at);
}

/**
 * The candidate's own review: it passes outright, or it finds no hard sell left (no salesy finding
 * of error severity: an order to buy, bait, a prize claim) and less to fix than the draft's, or as
 * much but in other words. A
 * rewrite keeps every fact, so an offer still reads as an offer to the verdict model; what it must
 * lose is the pushing.
 */
export const passesReview: RewriteCheck = {
  name: 'passes-review',
  check: (input) => {
    const judged = judgeDraft(input.candidate, { ...input.options, skipRewrite: true });
    input.judged = judged;
    if (judged.verdict === 'pass') return null;
    const hardSell = judged.findings.find(
      (finding) =>
        finding.category === 'salesy' &&
        finding.severity === 'error' &&
        !keptAsWritten(input.candidate, finding, input.original?.analysis.intent === 'giveaway'),
    );
    if (hardSell) return `still a hard sell: "${hardSell.excerpt}" (${hardSell.rule})`;
    const original = input.original ?? judgeDraft(input.draft, { ...input.options, skipRewrite: true });
    // The way out is the same words on both sides; what it costs is the draft's, not the version's.
    const inDraftsWayOut = wayOutOf(input.draft);
    const inWayOut = wayOutOf(input.candidate);
    const before = findingCost(original.findings.filter((finding) => !inDraftsWayOut(finding)));
    const after = findingCost(
      judged.findings
        .filter(
          (finding) =>
            !hiddenByShouting(finding, original) &&
            !uncoveredByCut(finding, original, judged) &&
            !inWayOut(finding),
        )
        .map((finding) => asLongAsTheDrafts(finding, original)),
    );
    if (after < before) return null;
    // The same to fix by the rules' count, but in other words (a pushing sentence gone, the news
    // said plainly): better for the reader even where the rules weigh it the same.
    if (after === before && (squash(input.candidate) !== squash(input.draft) || quieter(input))) return null;
    return `its own review finds more to fix (${after} vs ${before})`;
  },
};

/** In order: cheap text checks first, then the re-review, then what reads the re-review's analysis. */
export const REWRITE_CHECKS: RewriteCheck[] = [
  lengthInRange,
  notDraftPlusQuestion,
  factsKept,
  grammarSane,
  passesReview,
  nothingAdded,
];

/** The first check a candidate fails, or null when it passes them all. */
export function firstFailure(
  input: CheckInput,
  checks: readonly RewriteCheck[] = REWRITE_CHECKS,
): string | null {
  for (const { name, check } of checks) {
    const problem = check(input);
    if (problem) return `${name}: ${problem}`;
  }
  return null;
}
