/**
 * Boilerplate: a sentence made of the words every corporate release is made of ("The solution
 * represents a paradigm shift … and underscores our unwavering commitment to innovation, excellence
 * and stakeholder value creation."). Word swaps leave such a sentence as empty as it was; an editor
 * cuts it, and the release's news stays in its other sentences.
 *
 * Read by density, not by phrase: three or more different words of the trade's vocabulary, two of
 * them the abstractions a sender claims for itself (commitment, excellence, synergies…), making up a
 * fifth or more of the sentence's words. A sentence that uses one or two of them to say
 * something ("Our app helps teams streamline invoicing") is not boilerplate. English only: the
 * vocabulary is English's.
 */

// The vocabulary, by stem: each entry counts once per sentence however often it recurs. First the
// abstractions a sender claims for itself (two of them at least make boilerplate), then the
// descriptors, which alone ("deliver next-generation network slicing capabilities") still describe
// something.
const CLAIM_STEMS = [
  'paradigm',
  'synerg',
  'stakeholder',
  'shareholder value',
  'value creation',
  'value proposition',
  'unwavering',
  'commitment',
  'committed',
  'innovat',
  'excellence',
  'transformation',
  'transformative',
  'transformational',
  'journey',
  'mission',
  'vision',
  'dedication',
  'passion',
  'trajectory',
  'milestone',
  'forefront',
  'landscape',
  'ecosystem',
  'thought leader',
];
const DESCRIPTOR_STEMS = [
  'best-in-class',
  'world-class',
  'world-leading',
  'industry-leading',
  'market-leading',
  'customer-centric',
  'customer-first',
  'omnichannel',
  'seamless',
  'frictionless',
  'end-to-end',
  'cutting-edge',
  'state-of-the-art',
  'next-generation',
  'next-gen',
  'game-changer',
  'game-changing',
  'leverag',
  'empower',
  'holistic',
  'robust',
  'scalable',
  'disrupt',
  'revolution',
  'mission-critical',
  'going forward',
  'best practice',
  'streamlin',
  'optimis',
  'optimiz',
  'solution',
  'strategic',
  'actionable',
  'insight',
  'impactful',
  'data-driven',
  'ai-driven',
  'ai-powered',
  'unparalleled',
  'unrivalled',
  'unrivaled',
  'unmatched',
  'reimagin',
  'redefin',
  'unlock',
  'harness',
  'enhanc',
  'capabilit',
  'footprint',
  'premier',
  'renowned',
  'landmark',
  'accelerat',
  'agile',
  'alignment',
  'cross-functional',
  'catalys',
  'catalyz',
  'future-proof',
  'efficienc',
  'digitally enabled',
  'digital-first',
  'deliver',
  'elevat',
  'curated',
  'bespoke',
  'dynamic',
];
const CLAIMS = new Set(CLAIM_STEMS);

const STEMS = [...new Set([...CLAIM_STEMS, ...DESCRIPTOR_STEMS])];
// One pass over the sentence for the whole vocabulary, longest stem first, so that "next-generation"
// is read as itself and not as "next-gen" too. Hyphens may be spaces ("end to end").
const ANY_STEM = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...STEMS]
    .sort((a, b) => b.length - a.length)
    .map((stem) => stem.replace(/-/gu, '[- ]?'))
    .join('|')})`,
  'giu',
);
const STEM_OF = new Map(STEMS.map((stem) => [stem.replace(/[- ]/gu, ''), stem]));
const SMALL_WORDS = new Set(
  'a an the and or of to in on at for with by from as is are was were be been it its this that these those our their we us how what which who into than'.split(
    ' ',
  ),
);

/** The stems a sentence uses, each once. */
export function usedStems(sentence: string): string[] {
  const used = new Set<string>();
  for (const match of sentence.matchAll(ANY_STEM)) {
    const stem = STEM_OF.get(match[0].toLowerCase().replace(/[- ]/gu, ''));
    if (stem) used.add(stem);
  }
  return [...used];
}

/** How many different words of the vocabulary the sentence uses, and how many words it has. */
export function boilerplateWords(sentence: string): { used: number; words: number } {
  const words = (sentence.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).filter(
    (word) => !SMALL_WORDS.has(word),
  );
  return { used: usedStems(sentence).length, words: words.length };
}

// What keeps a sentence however many of the words it uses: the news ("…today announced a strategic
// partnership…"), what the reader gets or does ("You will own the end-to-end growth funnel"), a person
// speaking for themselves ("Grateful for this opportunity to use my skill set"), and praise of a
// colleague ("His deep expertise and passion for excellence…"), which is credit, not boilerplate.
const NEWS =
  /\b(?:today|announce[sd]?|unveil(?:s|ed)?|appoint(?:s|ed)|acquire[sd]|has (?:closed|raised|completed|signed|opened|launched|joined))\b/iu;
const READER = /\b(?:you|your|yours|you['’](?:ll|re|ve|d))\b/iu;
const SPEAKER = /\b(?:I|I['’](?:m|ve|ll|d)|my|me)\b/u;
const DUTIES = /\b(?:responsible for|the (?:successful )?candidate|the role|will report to)\b/iu;
const COLLEAGUE = /\b(?:he|him|his|she|her)\b/iu;
const COLLEAGUE_AS_OCCASION = /^(?:his|her) (?:appointment|elevation|promotion|arrival|hire|hiring)\b/iu;

/** Whether an English sentence is boilerplate (see above). */
export function isBoilerplate(sentence: string): boolean {
  if (NEWS.test(sentence) || READER.test(sentence) || SPEAKER.test(sentence) || DUTIES.test(sentence))
    return false;
  if (COLLEAGUE.test(sentence) && !COLLEAGUE_AS_OCCASION.test(sentence)) return false;
  const stems = usedStems(sentence);
  if (stems.length < 3 || stems.filter((stem) => CLAIMS.has(stem)).length < 2) return false;
  return stems.length * 5 >= boilerplateWords(sentence).words;
}
