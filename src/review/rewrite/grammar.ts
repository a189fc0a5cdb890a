import { findProtectedSpans } from '../draft';
import { runsOnAfter } from './abbreviations';
import { EMOJI_THEN_PRICE } from './segments';
import { execAll } from '../regex';
import type { Language } from '../types';
import { STOCK_CONDITIONS } from './stock-condition';
import { CLOSING_WORDS, GREETING_WORDS, SPOKEN_GREETINGS } from '../letter-forms';

/**
 * Grammar sanity for a rewrite: the cuts an editor would never send. Only sentences the rewrite
 * changed are judged, so a draft's own headline fragment ("New in March: dark mode") is not held
 * against its rewrite. Each check is a small named function; add one to `SENTENCE_CHECKS`.
 */

export interface GrammarProblem {
  check: string;
  sentence: string;
}

const MASK = '\uF000';
/** Links, mentions and code read as one word while sentences are judged. */
function masked(text: string): string {
  let out = '';
  let cursor = 0;
  for (const span of findProtectedSpans(text)) {
    out += text.slice(cursor, span.start) + MASK;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

const openBrackets = (text: string) => (text.match(/\(/gu)?.length ?? 0) - (text.match(/\)/gu)?.length ?? 0);

/** Sentences of a text, split after . ! ? … and line breaks, never after "Inc." or "e.g.". */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let current = '';
  // The rewriter's own break after an emoji ("…on the ice 😢 $385 early rate") is a sentence end here too.
  const pieces = masked(text)
    .replace(EMOJI_THEN_PRICE, (emoji: string) => `${emoji.trimEnd()}\n`)
    .split(/(?<=[.!?…])\s+|\n+/u);
  pieces.forEach((piece, at) => {
    current = current ? `${current} ${piece}` : piece;
    if (runsOnAfter(current, pieces[at + 1] ?? '')) return;
    // "The collection you've all been waiting for... our new range is live": an ellipsis before a
    // small letter carries the sentence on.
    if (/(?:\.\.\.|…)$/u.test(current) && /^\p{Ll}/u.test(pieces[at + 1] ?? '')) return;
    // "(reg. $129)", "(max. 2 packs)": a stop inside brackets that close later on the line ends nothing.
    if (openBrackets(current) > 0 && /^[^(\n]*\)/u.test(pieces[at + 1] ?? '')) return;
    if (current.trim()) out.push(current.trim());
    current = '';
  });
  if (current.trim()) out.push(current.trim());
  return out;
}

// Words that cannot end a sentence in the languages the plans cover: a cut left them hanging.
const DANGLING_END =
  /(?:^|\s)(?:the|a|an|of|for|to|with|and|or|but|your|our|their|my|(?<!\b(?:standing|stand|stands|stood|drop|pop|stop|swing|come|came|get|got|pass|passing|go|went|stopping|dropping|popping|swinging|coming|getting|going) )by|from|when|if|during|into|than|del|el|los|las|una|y|para|con|les|des|du|et|pour|avec|dans|der|die|das|dem|ein|eine|und|oder|für|mit|os|um|uma|com|il|gli|di|per|het|een|voor|met|van|desde|hasta|dès|depuis)[\s,;:—–-]*[.!?…]?$/u;
// "Attention small business owners: this is.", "The new topper is literally.": what it was went with a cut.
// "Taskfold 3.0 is.": a name and its verb, what it is cut away.
const CUT_AFTER_COPULA =
  /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,3}\s+(?:is|are)[.!]$|(?:^|[\s:])(?:this|that) (?:is|was)[.!]$|\b(?:is|are|was|were|['’]s|['’]re) (?:literally|really|truly|just|simply|so|very|actually|honestly|quite|definitely|absolutely|genuinely|easily|probably|officially)[.!]$/iu;
// "Our soaps are the purest, most natural, 🧼🌿 Shipped…": a list cut before its last item, its comma
// left before the emoji or the next sentence.
const COMMA_AT_END =
  /,(?:\s|\p{Extended_Pictographic}|\uFE0F|\u200D)*$|,\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s+\p{Lu}/u;
// "Hello,", "Dear Mr Ahmed,", "Beste klanten,": a greeting ends on its comma.
const GREETING = new RegExp(
  String.raw`^(?:${SPOKEN_GREETINGS}|${GREETING_WORDS.join('|')})\b[^.!?]{0,60},\s*$`,
  'iu',
);
// "…at guestrelations@osteriabellwoods.ca. Regards,": a sign-off read on after the sentence before it.
const VALEDICTION_AT_END = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:${CLOSING_WORDS}|thanks|thank you|many thanks|cheers|best|love|groeten|groetjes|(?:liebe )?grüße|saludos|saluti|amitiés|bien à vous|abraços|obrigad[oa])\s*,\s*$`,
  'iu',
);
// An article or a possessive with no noun after it, before the question mark: "to the?".
const ARTICLE_AT_END =
  /(?:^|\s)(?:the|a|an|your|our|their|my|el|la|los|las|le|les|der|die|das|o|os|as|il|het|de)\s*\?+\s*$/iu;
// Two function words in a row that no sentence has: "a 50% discount on during", "the the",
// "miss out on across our range", "Everything is so once it's gone" (an adjective cut from between).
const BROKEN_PAIR =
  /\b(?:the|a|an) (?:I|I've|I'm|I'd|we|we've|we're|you|you've|they|it's|is|are|was|were|has|have)\b(?![-'’])|\bto (?:was|were|is|are|has|had|been)\b|\b(?:on|in|at|for|of|with|to|from|by) (?:during|on|in|at|for|of|with|from|by|across|the\.|a\.)\b|\b(?:is|are|was|were|be) (?:so|very|really|too|truly) (?:once|when|and|but|if|because|which)\b|\b(the|a|an|and|or|to|of) \1\b|\b(?:the|a|an|your|our) (?:the|a|an|of|on|in|at|for|with|during|and|or)\b|\b(?:will|would|should|shall|could|might) (?:in|on|at|for|of|with|from|by|during)\b/iu;

// Every broken pair of a sentence, to ask whether the writer wrote each one.
const BROKEN_PAIRS = new RegExp(BROKEN_PAIR.source, 'giu');

// Any code unit past ASCII, surrogates included.
const NOT_ASCII = /[\u0080-\uffff]/;
// Escapes whose meaning changes with their letter's case (\B, \S, \p{Lu}, \uXXXX…).
const CASE_BOUND_ESCAPE = /\\(?:[A-Z]|[pu])/;

/**
 * `pattern.test`, faster on plain ASCII: there case folding is lower-casing (`\b` and `\w` differ
 * between the flags only for "ſ" and the Kelvin sign), so a lower-case copy of the pattern without
 * `i` finds in the lower-cased text exactly what the pattern finds in the text. V8 runs
 * BROKEN_PAIR's back-reference under `iu` about nine times slower than without `i`.
 */
function caseless(pattern: RegExp): (text: string) => boolean {
  if (pattern.global || pattern.sticky || CASE_BOUND_ESCAPE.test(pattern.source))
    return (text) => pattern.test(text);
  const folded = new RegExp(pattern.source.toLowerCase(), pattern.flags.replace('i', ''));
  return (text) => (NOT_ASCII.test(text) ? pattern.test(text) : folded.test(text.toLowerCase()));
}
const brokenPair = caseless(BROKEN_PAIR);
const determinerBeforeVerb = caseless(
  /\b(?:our|your|my|their|its|the|a|an)\s+(?:is|are|was|were|has|have|will|ends|starts|launches|opens|closes)\b/iu,
);

// English finite verbs that need a subject: a sentence opening on one lost its subject in a cut.
const SUBJECTLESS_OPENING =
  /^(?:was|were|has been|have been|had been|is|are|reported|announced|said|became|received|remains|continues|has|have|will be)\b(?!\s+(?:you|we|it|there|this|that|they|he|she|i)\b)/iu;
const SIGN_OFF =
  /^[—–-]+\s*\S|^\^\p{Lu}|^(?:cheers|thanks|best|love|regards|xx|x|abrazos|saludos|merci|danke|grazie|obrigad[oa]|groetjes)[,!.]?(?:\s|$)/iu;

// Words a sentence cannot open on when nothing else follows a comma: "And save!", "To buy:",
// "If you book before the 30th.", "Para o workshop de sábado." — what a cut leaves of a clause.
/** The ways to reach a sender a sentence can open on after "Or" ("Or call 0161 496 0732."). */
export const CONTACT_VERBS = 'call|text|ring|phone|email|e-mail|message|whatsapp|dm';
const CONNECTOR_OPENING: Record<Language, RegExp> = {
  // Not "Or call 0161 496 0732.": the other way to do what the sentence before offered, a sentence of its own.
  en: new RegExp(
    // Nor "After that it's £599.": "after that" points back to the sentence before; the clause is its own.
    String.raw`^(?:and|or(?! (?:${CONTACT_VERBS})\b)|but|plus|to|if|because|when|(?:until|before|after|by)(?! (?:that|then)\s+(?:it|prices?|the price|we|you|they)\b)|unless|than|during|with|of)\b`,
    'iu',
  ),
  es: /^(?:y|o|pero|para|por|si|cuando|hasta|con|que)\b/iu,
  fr: /^(?:et|ou|mais|pour|par|si|quand|jusqu|avec|que)\b/iu,
  de: /^(?:und|oder|aber|um|für|wenn|bis|mit|dass)\b/iu,
  pt: /^(?:e|ou|mas|para|pelo|pela|por|se|quando|até|com|que)\b/iu,
  it: /^(?:e|o|ma|per|se|quando|fino|con|che)\b/iu,
  nl: /^(?:en|of|maar|om|voor|als|tot|met|dat)\b/iu,
  other: /^$/u,
};
const AMOUNT_OPENING =
  /^(?:hasta|jusqu['’]à|bis zu|até|fino al?|tot|up to)\s+(?:(?:un|una|el|al|a|o|os|as)\s+)?[-–−]?\s*\d/iu;
const WHILE_STOCKS_LAST = new RegExp(`^(?:${Object.values(STOCK_CONDITIONS).join('|')})[.!]?$`, 'iu');
// "Die Stadtwerke Neustadt, dass …": a subject whose verb was cut, left before its clause.
// A pronoun cannot be that subject: "Es tut uns leid, dass …" is a whole main clause.
const ORPHAN_CLAUSE =
  /^(?!(?:es|wir|ich|het|wij|ik|we|i|nous|je|noi|io|nosotros|yo|nós|eu)\s)[^,.!?]{1,60}, (?:dass|que|che|dat|that)\b/iu;

const EMOJI = String.raw`(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[\u{1F3FB}-\u{1F3FF}])`;
// What is left of a sentence when a cut took its words and kept its emoji: "🔗.", "👆 o escríbenos…".
const EMOJI_ONLY = new RegExp(String.raw`^(?:${EMOJI}|\s)+[.!?…]$`, 'u');
const LEADING_EMOJI = new RegExp(String.raw`^(?:${EMOJI}\s*)+`, 'u');
// Two sentences run together once the emoji between them went: "…bonus doubled @here For the rest".
const RUN_ON_AFTER_MENTION =
  /\p{Ll}\s+(?:\uF000|@[\w.-]+)\s+(?:For|The|We|Our|This|Every|If|It|You|Your|Join|Please|From|Starting|Today|Tomorrow)\b/u;

// "Update 8.0 is here —. 🚀": what followed the dash was cut.
const DASH_BEFORE_STOP = new RegExp(String.raw`\s[—–]\s*[.!?](?:\s*${EMOJI})*\s*$`, 'u');
// "Only 12 sets left — tap.": a verb that needs what it acts on, left at the end when a cut took it.
const VERB_WITHOUT_OBJECT = new RegExp(
  String.raw`[—–:]\s*(?:tap|click|hit|press|use|visit|check|grab|tag)[.!](?:\s*${EMOJI})*\s*$`,
  'iu',
);

type SentenceCheck = (sentence: string, language: Language) => boolean;

// A condition (its connector and at least three words of its own), then a subject of its own with a
// modal or a verb to be: the main clause a comma would have set apart. Not across a dash, which sets
// apart what follows it instead.
const MAIN_CLAUSE_AFTER_CONDITION =
  /^(?![^—–]*[—–])(?:if|when|unless)\s+(?:\S+\s+){3,}?(?:the|our|your|this|that|these|those|its|their|everyone|everything|nobody|we|you|they|it)\s+(?:[\p{L}-]+\s+)?(?:will|would|can|could|must|may|might|shall|is|are|was|were)\s+\p{L}/iu;

// A subject and the verb that makes it a clause: "you can", "we'll", "it is".
const SUBJECT_AND_VERB =
  /\b(?:you|we|I|they|he|she|it)(?:['’](?:ll|re|ve|d|s|m)\b|\s+(?:can|will|could|should|must|may|might|are|is|am|have|has|get|need)\b)/giu;

const SENTENCE_CHECKS: Record<string, SentenceCheck> = {
  /** "when you —", "a discount on.", "Join us at the.": a sentence cut before its end. */
  'dangling-end': (sentence, language) =>
    !SIGN_OFF.test(sentence) &&
    // "…und wir legen los.", "Mach mit!": a German verb's particle ends its clause; "los" is no
    // Spanish article there.
    !(language === 'de' && /\s(?:los|mit|ein)[.!]?$/u.test(sentence)) &&
    // "What are you waiting for?" may end on a preposition; no question ends on "the?".
    (/\?\s*$/u.test(sentence)
      ? ARTICLE_AT_END.test(sentence)
      : DANGLING_END.test(sentence) ||
        /[—–-]\s*$/u.test(sentence) ||
        DASH_BEFORE_STOP.test(sentence) ||
        VERB_WITHOUT_OBJECT.test(sentence) ||
        CUT_AFTER_COPULA.test(sentence) ||
        (COMMA_AT_END.test(sentence) && !GREETING.test(sentence) && !VALEDICTION_AT_END.test(sentence))),
  /** "a 50% discount on during the sale": a phrase cut out of the middle. */
  'broken-phrase': (sentence, language) =>
    language === 'en' && brokenPair(sentence.replace(/\uF000/g, 'LINK')),
  /** "Was selected as the official partner of…": the subject cut away. */
  'no-subject': (sentence, language) =>
    language === 'en' && !/\?$/.test(sentence) && SUBJECTLESS_OPENING.test(sentence),
  /** A clause without its main sentence, or a sentence opening on "and" or "to". */
  'no-main-clause': (sentence, language) =>
    !/\?\s*$/u.test(sentence) &&
    !sentence.includes(',') &&
    CONNECTOR_OPENING[language].test(sentence.replace(LEADING_EMOJI, '')) &&
    // "Hasta un 60% en toda la tienda", "Bis zu 70 % auf alles": an amount, not a clause cut loose.
    !AMOUNT_OPENING.test(sentence.replace(LEADING_EMOJI, '')) &&
    // "Jusqu'à épuisement des stocks.": an offer's terms, written as terms write them.
    !WHILE_STOCKS_LAST.test(sentence.replace(LEADING_EMOJI, '')) &&
    // "If nobody steps forward by 30 April the association will fold.": the main clause is there,
    // unmarked by a comma.
    !(language === 'en' && MAIN_CLAUSE_AFTER_CONDITION.test(sentence.replace(LEADING_EMOJI, ''))),
  /**
   * "Booking up fast — if you leave it till your boiler packs in.", "The Arden Parka — once you've worn
   * it.", "…for 14–16 February and once these rooms are gone.": a condition or a time whose clause was cut.
   */
  'condition-without-clause': (sentence, language) => {
    if (language !== 'en') return false;
    const condition =
      /(?:[—–]|\band)\s*(?:if|once|when|whenever|until|unless|as soon as) ([^,;:.!?—–]{3,80})[.!]?$/iu.exec(
        sentence,
      );
    // "— if you can sing in the shower you can sing with us": the clause is there, without a comma.
    return condition !== null && (condition[1]?.match(SUBJECT_AND_VERB) ?? []).length < 2;
  },
  /** "From founding my consultancy… to leading a team of 22.": a span whose clause was cut. */
  'span-without-clause': (sentence, language) =>
    language === 'en' &&
    /^From \p{L}+ing\b[^.!?,]*\bto \p{L}+ing\b[^.!?,]*[.!]?$/u.test(sentence) &&
    !/\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b|['’](?:s|re|ve|ll|d|m)\b/iu.test(
      sentence,
    ),
  /** "We've got some on Punta Cana": the noun after "some" was cut as hype. */
  'quantity-without-noun': (sentence, language) =>
    language === 'en' && /\b(?:got|have|has|had) (?:some|any|a few) (?:on|at|for)\b/iu.test(sentence),
  /** "Our baristas are award winners (2x Qld Latte Art Champs.": a bracket the cut left open. */
  'unclosed-bracket': (sentence) => openBrackets(sentence) > 0,
  /** "Which you agreed to at checkout, sale items are…": a relative clause whose noun was cut. */
  'relative-without-noun': (sentence, language) =>
    language === 'en' && /^Which\b[^?]*$/u.test(sentence.trim()),
  /** "Sign up to our newsletter (. The link is in our bio.": a bracket opened on a stop. */
  'stop-after-bracket': (sentence) => /\(\s*[.,;:!?]/u.test(sentence),
  /** A full stop after an emoji with no words: the rest of its sentence was cut. */
  'emoji-only': (sentence) => EMOJI_ONLY.test(sentence),
  /** Two sentences run together through a mention: "…doubled @here For the rest of March". */
  'run-on': (sentence) => RUN_ON_AFTER_MENTION.test(sentence),
  /** A noun cut from between its determiner and its verb: "Our ends tonight", "The is here". */
  'determiner-before-verb': (sentence, language) => language === 'en' && determinerBeforeVerb(sentence),
  /** A noun cut from between its article and the clause that describes it: "she is a who will…". */
  'article-before-relative': (sentence, language) =>
    language === 'en' && /(?<![\p{L}\p{N}'’*–-])(?:a|an|the) (?:who|whom|whose|which)\b/u.test(sentence),
  /** A subject left in front of its subordinate clause after the verb between them was cut. */
  'orphan-clause': (sentence) => ORPHAN_CLAUSE.test(sentence),
  /** A sentence that starts in lower case (not a link, a mention, a hashtag or a number). */
  'lower-case-start': (sentence, language) =>
    /^[\p{Ll}]/u.test(sentence) &&
    // "Sehr geehrte Mieter,\n\nwir weisen darauf hin…": a German or Dutch letter's first sentence
    // after its greeting.
    !(
      (language === 'de' || language === 'nl') &&
      /^(?:wir|ich|hiermit|anbei|leider|gerne|gern|aufgrund|wie|ab|wij|we|ik|hierbij|graag|namens|helaas)\b/u.test(
        sentence,
      )
    ) &&
    // "iOS 18 is out", "uPVC door locks": a name with a small letter before its capitals opens as written.
    !/^(?:e\.g|i\.e|etc)\b|^\p{Ll}\p{Lu}/u.test(sentence) &&
    // "quickstep.example/pro" is written as its address is, not with a capital.
    !/^[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)+(?:\/\S*)?(?=\s|$)/u.test(sentence),
  /** A place or a name with only its preposition, its clause cut: "At Corrington Freight Solutions." */
  'preposition-only': (sentence, language) => language === 'en' && PREPOSITION_ONLY.test(sentence),
  /** An article left before a preposition, its noun cut: "Tutorly 3.0 is a complete for students." */
  'article-before-preposition': (sentence, language) =>
    language === 'en' &&
    /(?<![\p{L}\p{N}'’*–-])(?:the|a|an) (?:(?:complete|total|absolute|real|true|genuine|huge|massive|major) )?(?:for|to|in|on|at|with|from|of|by|into|about)(?![\p{L}'’-])/u.test(
      sentence,
    ),
  /** An article left before a comma or a stop, its noun cut: "…is, quite simply, the," said Marcus. */
  'article-before-stop': (sentence, language) =>
    language === 'en' && /(?<![\p{L}\p{N}'’*–-])(?:the|a|an)\s*[,.;:!?]/u.test(sentence),
  /** A lone word or two with nothing around them, left over from a cut. */
  fragment: (sentence) => {
    // "🕯️ #candles" after a sentence's stop is the post's hashtags, not a word left over.
    // "🙏 @lotusloftyoga" under a post is its handle, as tagged, not a name left by a cut.
    if (
      SIGN_OFF.test(sentence) ||
      // "Hello,": a letter's greeting, said in place of "Dear Customer,".
      /^(?:hello|hi|hi there)\s*,$/iu.test(sentence) ||
      /^[#@]/.test(sentence.replace(LEADING_EMOJI, '')) ||
      /\uF000/.test(sentence)
    )
      return false;
    const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length > 0 && words.length < 2 && !/[?!]$/.test(sentence);
  },
};

const PREPOSITION_ONLY =
  /^(?:At|In|On|For|With|From|By|Of|Here at|Here in)\s+(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}&'’.-]*)){0,5}[.!]$/u;

const CHECK_LIST = Object.entries(SENTENCE_CHECKS);

/** Abbreviations the draft wrote with a full stop ("Acme Inc.") that the rewrite broke or capitalised after. */
function brokenAbbreviations(draft: string, rewrite: string): GrammarProblem[] {
  const problems: GrammarProblem[] = [];
  for (const match of execAll(draft, /\b(Inc|Ltd|Co|Corp|Dr|Mr|Mrs|Ms|St|Jr|Sr)\.(\s+)(\p{Ll}[\p{L}]*)/gu)) {
    const [, abbreviation, , word] = match as unknown as [string, string, string, string];
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    if (rewrite.includes(`${abbreviation}. ${capitalised}`))
      problems.push({ check: 'abbreviation', sentence: `${abbreviation}. ${capitalised}` });
  }
  for (const match of execAll(draft, /\b(Inc|Ltd|Corp)\./gu)) {
    const name = match[1] as string;
    if (new RegExp(`\\b${name}(?!\\.)\\b`).test(rewrite) && !new RegExp(`\\b${name}(?!\\.)\\b`).test(draft))
      problems.push({ check: 'abbreviation', sentence: name });
  }
  return problems;
}

// The plan checks each sentence it writes, then the candidate checks run the same sentences again:
// what a sentence fails is kept for the next time it is asked about (a pure function of the two).
// A few drafts' worth, no more: the memo serves one review, not drafts seen again later.
const RECENT = new Map<string, readonly string[]>();
const RECENT_MAX = 32;

/** The checks one sentence fails, by name, in the order of `SENTENCE_CHECKS`. */
function failedChecks(sentence: string, language: Language): readonly string[] {
  const key = `${language}\u0000${sentence}`;
  const known = RECENT.get(key);
  if (known) return known;
  const failed: string[] = [];
  for (const [check, fails] of CHECK_LIST) if (fails(sentence, language)) failed.push(check);
  if (RECENT.size >= RECENT_MAX) RECENT.clear();
  RECENT.set(key, failed);
  return failed;
}

/** The checks one sentence fails (links and mentions read as one word), by name. */
export function sentenceProblems(text: string, language: Language): string[] {
  const failed: string[] = [];
  for (const sentence of sentencesOf(text)) failed.push(...failedChecks(sentence, language));
  return failed;
}

const same = (sentence: string) =>
  sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
// The draft's emoji may have stood between two sentences: without them, the words run on.
const withEmoji = (sentence: string) => same(sentence.replace(/\p{Extended_Pictographic}+/gu, ' emoji '));

/**
 * Whether the draft already had this problem where this sentence came from: a draft sentence that
 * fails the same check and holds every word of the rewritten one. "Es tut uns SUPER leid, dass …"
 * reads to the orphan check like a cut subject; its calmer "Es tut uns leid, dass …" is no worse,
 * and keeping the shouted one instead helps nobody.
 */
function draftHadIt(check: string, sentence: string, draftSentences: readonly string[], language: Language) {
  if (ALWAYS_OURS.has(check)) return false;
  // "you walked in with bitten nails": a pair of words the writer wrote is theirs, whatever else changed.
  if (check === 'broken-phrase') {
    const pairs = [...sentence.matchAll(BROKEN_PAIRS)].map((match) => match[0].toLowerCase());
    const written = draftSentences.map((source) => source.toLowerCase());
    if (pairs.length > 0 && pairs.every((pair) => written.some((source) => source.includes(pair))))
      return true;
  }
  const words = same(sentence).split(' ');
  // "Should you have further questions, …" said "If you have further questions, …": a form letter's
  // phrase put plainly brings a word or two of its own to a sentence that is otherwise the draft's.
  const plainer = words.length >= 8 ? 2 : 0;
  return draftSentences.some((source) => {
    if (!failedChecks(source, language).includes(check)) return false;
    const sourceWords = new Set(same(source).split(' '));
    return words.filter((word) => !sourceWords.has(word)).length <= plainer;
  });
}

/**
 * What a rewrite answers for whatever the draft did: its sentences open with a capital.
 */
const ALWAYS_OURS = new Set(['lower-case-start']);

/**
 * The checks `rewritten` fails that its original did not (`before`, what the sentence it was written
 * from fails, asked once for all its candidates): what the rewrite broke, not what the writer wrote.
 */
export function problemsBesides(
  before: ReadonlySet<string>,
  rewritten: string,
  language: Language,
): string[] {
  return sentenceProblems(rewritten, language).filter(
    (check) => ALWAYS_OURS.has(check) || !before.has(check),
  );
}

const TRAILING_EMOJI_OR_SPACE = /(?:\p{Extended_Pictographic}|\uFE0F|\s)+$/u;

/** The last line when it ends on a colon after a word (emoji aside), else null. Read from the end only. */
function lineEndingOnColon(text: string): string | null {
  const line = text.slice(text.trimEnd().lastIndexOf('\n') + 1);
  const end = line.replace(TRAILING_EMOJI_OR_SPACE, '');
  return end.endsWith(':') && /[\p{L}\p{N}]\s*$/u.test(end.slice(Math.max(0, end.length - 4), -1))
    ? end.trim()
    : null;
}

/** Problems in the sentences `rewrite` changed, compared with `draft`; empty when it reads cleanly. */
export function grammarProblems(draft: string, rewrite: string, language: Language): GrammarProblem[] {
  const split = sentencesOf(draft); // once, for both forms
  const original = new Set(split.map(same));
  const originalWithEmoji = new Set(split.map(withEmoji));
  const problems: GrammarProblem[] = brokenAbbreviations(draft, rewrite);
  // "…Ihre Hausratversicherung berechnen:" closing the version: a colon that introduces nothing.
  const end = lineEndingOnColon(rewrite);
  if (end !== null && lineEndingOnColon(draft) === null)
    problems.push({ check: 'colon-at-end', sentence: end });
  for (const sentence of sentencesOf(rewrite)) {
    if (original.has(same(sentence))) {
      if (!originalWithEmoji.has(withEmoji(sentence)) && SENTENCE_CHECKS['run-on']?.(sentence, language))
        problems.push({ check: 'run-on', sentence });
      continue;
    }
    for (const check of failedChecks(sentence, language))
      if (!draftHadIt(check, sentence, split, language)) problems.push({ check, sentence });
  }
  return problems;
}
