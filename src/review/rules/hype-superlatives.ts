import { docsAnchor, type Rule } from '../rule';
import { articleFor, compilePhrases, type Match } from '../text';
import type { Language } from '../types';

/** What follows "must have" when it is the verb: a past participle, or a requirement's terms. */
const NOT_A_MODAL =
  '(?! (?:been|had|gone|felt|seen|done|taken|made|heard|known|come|got|missed|said|thought|left|happened|looked|sounded|cost|meant|hurt|put|caused)\\b| (?:\\d|a |an |at least|experience|previous|prior|strong|good|excellent|solid|proven|the (?:ability|right)|your own|own |worked|some |basic |knowledge|access|valid|full|clean|current))';

// Marketing-grade superlatives only: everyday warmth ("great", "lovely", "amazing team") is how
// people talk and is left alone.
// "Unlock your potential", "transform your business": a verb of hype aimed at the reader's own thing.
const HYPE_VERBS =
  '(?:unlock|unleash|transform|supercharge|revoluti[oz]ni[sz]e|skyrocket|10x|level up|elevate|future-?proof|maximi[sz]e|turbocharge|boost|ignite) (?:your|ur)';

const PHRASES = compilePhrases({
  en: [
    'revolutionary',
    'revolutionize[sd]?',
    'revolutionise[sd]?',
    // "a complete game-changer": the word that swells it is part of the claim.
    '(?:(?:complete|total|absolute|real|true|genuine|massive|huge|major) )?game[- ]?chang(?:ing|er)',
    'best[- ]in[- ]class',
    'world[- ]class',
    'cutting[- ]edge',
    'bleeding[- ]edge',
    'industry[- ]leading',
    'market[- ]leading',
    'world[- ]leading',
    "(?:the )?(?:industry|world|market|nation|country)['’]s (?:first|only)",
    '(?:category|industry|genre|market)[- ](?:defining|disrupting|redefining)',
    'unbeatable',
    'unparalleled',
    // "unmatched by any competitor": the words that say by whom go with it.
    'unmatched(?: by (?:any|every|all) (?:other )?[\\p{L}-]+)?',
    'unrivall?ed(?: by (?:any|every|all) (?:other )?[\\p{L}-]+)?',
    'second to none',
    // The same claim as a clause: "No other florist in Yorkshire comes close", "in a league of its own".
    '(?:no other|not one other) (?:[\\p{L}-]+ ){1,4}(?:even )?comes? close',
    '(?:there (?:is|are) )?no (?:competitors?|rivals?)(?: (?:that|who))? (?:even )?comes? close',
    '(?:nobody|no one|no-one)(?: else)? (?:even )?comes? close',
    'in a league of (?:its|their|our|my) own',
    'undisputed',
    'groundbreaking',
    'ground[- ]breaking',
    'next[- ]level',
    'next[- ]generation',
    'next[- ]gen',
    'disruptive',
    'state[- ]of[- ]the[- ]art',
    'one[- ]of[- ]a[- ]kind',
    // "a must-have", not "that must have been": a modal before a past participle is no hype.
    // Nor is a job's requirement: "Must have 3+ years' experience", "must have a valid licence".
    `must-have${NOT_A_MODAL}`,
    // Written apart, it is the noun only after an article: "all cats must have up-to-date
    // certificates" is a rule, "this season's must have" a boast.
    `(?<=\\b(?:a|an|the|this|that|your|our|my|their|every|ultimate|new|latest|season's|year's|summer's|winter's) )must have${NOT_A_MODAL}`,
    'life[- ]changing',
    'mind[- ]blowing',
    'jaw[- ]dropping',
    'insanely (?:good|great|cheap|low)',
    'insane (?:deals?|prices?|savings|offers?)',
    'incredible (?:deals?|offers?|prices?|savings|value)',
    'amazing (?:deals?|offers?|prices?|savings|value)',
    'unbelievable (?:deals?|offers?|prices?|savings|value)',
    '(?:the )?lowest prices?(?: ever| in town| anywhere)?',
    '(?:the )?best (?:deals?|prices?|offers?) (?:ever|in town|anywhere|online|of the year|on the market)',
    '(?:the )?best [\\p{L}-]+ (?:ever made|on the market|in the world|money can buy)',
    'biggest (?:sale|deal|savings|event) (?:ever|of the year)',
    'like never before',
    "you won'?t believe",
    'the ultimate',
    'ultimate (?:solution|guide|experience|tool|platform)',
    'hottest',
    'supercharge[ds]?',
    'turbocharge[ds]?',
    'skyrocket(?:s|ing)?',
    'seamless(?:ly)?',
    'best[- ]of[- ]breed',
    'award[- ]winning',
    'unmissable',
    'epic (?:deals?|sale|savings)',
    // Constructions, not words: a superlative or absolute claim measured against everyone else.
    "the (?:most|least) [\\p{L}-]+(?:,? (?:(?:&|and) )?[\\p{L}-]+){0,5} (?:on the market|in town|in the (?:industry|world|country|market|business|uk|us)|available(?: anywhere)?|ever (?:made|built|created)|out there|you(?:'ll| will)? (?:ever )?(?:find|need|use|try))",
    "(?:the )?(?:best|fastest|easiest|smartest|simplest|cheapest|most [\\p{L}-]+|only) (?:[\\p{L}-]+ ){0,2}(?:on the market|in town|in the industry|in the world|(?:you|your (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+)(?:'ll| will)? (?:ever )?(?:need|find|use|try))",
    '(?:#1|no\\. ?1|number one)(?: [\\p{L}-]+){0,3} (?:in|for|on) (?:the )?[\\p{L}-]+',
    `${HYPE_VERBS} [\\p{L}-]+`,
    'like never before',
    'proven (?:\\d+-step |step-by-step )?(?:system|framework|formula|method|strategy|blueprint)',
  ],
  es: [
    'revolucionari[oa]',
    'inigualable',
    'insuperable',
    'el mejor precio',
    'los mejores precios',
    'de otro nivel',
    'único en el mercado',
    '(?:el|la) (?:más|mas) [\\p{L}]+ del mercado',
    '(?:transforma|impulsa|potencia|desbloquea|revoluciona) (?:tu|su) [\\p{L}]+',
  ],
  fr: [
    'révolutionnaire',
    'imbattable',
    'inégalé',
    'sans égal',
    'le meilleur prix',
    'les meilleurs prix',
    'incontournable',
    '(?:le|la) plus [\\p{L}]+ du marché',
    '(?:transformez|boostez|libérez|révolutionnez) (?:votre|vos) [\\p{L}]+',
  ],
  de: [
    'revolutionär(?:e|en|es)?',
    'unschlagbar(?:e|en)?',
    'einzigartig(?:e|en)?',
    'bahnbrechend(?:e|en)?',
    'bester preis',
    'beste preise',
    '(?:der|die|das) (?:beste|schnellste|einfachste|günstigste)[n]? [\\p{L}]+ am markt',
    '(?:transformieren|steigern|boosten|revolutionieren) sie (?:ihr|ihre|ihren) [\\p{L}]+',
  ],
  pt: [
    'revolucionári[oa]',
    'imbatível',
    'inigualável',
    'o melhor preço',
    'os melhores preços',
    'de outro nível',
    '(?:o|a) mais [\\p{L}]+ do mercado',
    '(?:transforme|turbine|potencialize|desbloqueie|revolucione) (?:o seu|a sua|seu|sua) [\\p{L}]+',
  ],
  it: [
    'rivoluzionari[oa]',
    'imbattibile',
    'il più [\\p{L}]+ sul mercato',
    '(?:trasforma|potenzia|sblocca|rivoluziona) (?:il tuo|la tua) [\\p{L}]+',
  ],
  nl: [
    'revolutionair(?:e)?',
    'onverslaanbaar',
    '(?:de|het) meest [\\p{L}]+ (?:op de markt|van nederland)',
    '(?:transformeer|boost) (?:je|uw) [\\p{L}]+',
  ],
});

/**
 * The hype in a text, as this rule reads it: the rewrite asks again once the shouting is gone, since
 * "REVOLUTIONARY" in capitals was reported as shouting, and the adjective stays hype once lowered.
 */
export function findHype(text: string, language: Language): readonly Match[] {
  return PHRASES.find(text, language);
}

const HYPE_VERB = new RegExp(`^${HYPE_VERBS}\\b`, 'iu');

// "the most powerful AP automation platform on the market": the ranking word, the words it ranks
// and the field it ranks them in.
const RANKED_THING =
  /^(?:the )?(?:(?:most|least) [\p{L}-]+|best|fastest|easiest|smartest|simplest|cheapest)(?:,)? ((?:(?:&|and) )?[\p{L}-]+(?:,? (?:(?:&|and) )?[\p{L}-]+)*?) (?:on the market|in town|in the (?:industry|world|country|market|business|uk|us)|available(?: anywhere)?|ever (?:made|built|created)|out there|you(?:'ll| will)? (?:ever )?(?:find|need|use|try))$/iu;

// Things not counted: a ranking of them leaves the thing without an article.
const UNCOUNTED =
  /\b(?:software|hardware|equipment|furniture|advice|coffee|tea|bread|skincare|haircare|clothing|footwear|jewell?ery|knitwear|packaging|insurance|training|coaching|support|feedback|research|technology|tech|data|music|food|wine|beer|chocolate|pizza|sourdough|ice cream|gelato|pasta|content|gear|kit|stuff|service|care|accommodation|entertainment|fitness|nutrition|protein|water|energy|broadband|wifi|wi-fi)$/iu;

const RANKED_BY_OTHERS = /\b(?:voted|named|rated|ranked|crowned)\s+(?:as\s+)?$/iu;
const COPULA_BEFORE = /(?:\b(?:is|are|was|were|am|be|been)|['’](?:re|s|m))\s+(?:\p{L}+ly\s+)?$/iu;

const PRAISED_PRICES = /^(?:insane|incredible|amazing|unbelievable) (?:prices?|deals?|savings|value)$/iu;
const LED_TO_PRICES = /,?\s*(?:all\s+)?(?:at|for|with)\s+$/iu;

/** Whether a quotation opens in `before` and has not closed: a quote opens after a space, an inch mark ("27\"") does not. */
function insideQuote(before: string): boolean {
  const opened = Math.max(
    -1,
    ...[...before.matchAll(/(?:^|[\s(])["“](?=\S)/gu)].map((match) => match.index ?? 0),
  );
  const closed = Math.max(
    -1,
    ...[...before.matchAll(/”|(?<=\S)"(?=[\s,.;:!?)]|$)/gu)].map((match) => match.index ?? 0),
  );
  return opened > closed;
}

/**
 * What a ranking leaves when its rank goes: "the most powerful AP automation platform on the market"
 * → "an AP automation platform", so "we've built …" still has its object. Empty (cut whole) where
 * no thing is ranked ("best-in-class", "our biggest sale of the year"). Null, no edit, where a cut or an
 * article would break the sentence: a plural after "one of" ("one of the most respected independent
 * firms in the country"), a clause inside ("the most ambitious thing we have ever made"), capitals.
 */
export function withoutRank(excerpt: string, before: string): string | null {
  // Someone's words, quoted, are theirs: no edit is proposed inside them.
  if (insideQuote(before)) return null;
  // "my proven framework", "our ultimate guide to…", "epic deals": the praise goes, the thing stays;
  // cut whole, it left "I'm now offering my to SMEs".
  const praised = /^(?:proven|ultimate|epic)\s+(\S.*)$/iu.exec(excerpt)?.[1];
  if (praised) return /^\p{Lu}/u.test(excerpt) ? praised.charAt(0).toUpperCase() + praised.slice(1) : praised;
  // "Our BIGGEST sale EVER — up to 50% off": the sale stays; cut whole, it left "Our — up to 50% off".
  // Only what is held or sold: "our biggest deal ever" closed is news a cut would empty ("our deal").
  const ever =
    /^(?:biggest|best|largest|greatest|hottest|wildest|craziest)\s+(sale|event|exhibition|festival|show|launch|giveaway|drop|season|collection|edition|menu|party|market)\s+ever$/iu.exec(
      excerpt,
    )?.[1];
  if (ever) return ever;
  // "…insiders are already calling a game-changer that will…": a noun after its article; cut, it
  // leaves "calling a that will…". The sentence is the rewrite's to say otherwise.
  if (/chang(?:er|ers)$/iu.test(excerpt) && /\b(?:a|an|the)\s+$/iu.test(before)) return null;
  // "the fastest, most developer-friendly invoicing API": one ranking of a list; an article in
  // its place leaves "the fastest, an invoicing API".
  if (/\b(?:the|most|\p{L}+est),\s*$/iu.test(before)) return null;
  // "honestly, it's the only bookkeeping tool your small business will ever need": the claim is all
  // the clause after the lead-in says; cut, it leaves "honestly, it's". The sentence goes whole or stays.
  if (
    /^(?:the )?only\b/iu.test(excerpt) &&
    /\b(?:honestly|frankly|literally|seriously|truly),?\s+(?:it['’]s|it is|this is)\s+$/iu.test(before)
  )
    return null;
  const thing = RANKED_THING.exec(excerpt)?.[1];
  // "Voted best coffee in town 2024", "rated the best noodle bar in town three years running": a rank
  // others gave is a fact, and the sentence is built on it.
  if (thing && RANKED_BY_OTHERS.test(before)) return null;
  if (!thing || !/\p{Ll}/u.test(excerpt)) return '';
  // "— honestly the best engineering filament on the market for the price": an aside that ranks is
  // the rewrite's to take out whole; an article there would leave "honestly an engineering filament".
  if (/[—–]\s*(?:\p{L}+\s+)?$/u.test(before)) return null;
  if (/\b(?:one|some|many|few|all|each|any|among|two|three) of\s*$/iu.test(before)) return null;
  if (
    /^(?:&|and)\b/iu.test(thing) ||
    /\b(?:thing|things|we|I|you|they|our|has|have|had|is|are|was|were)\b/u.test(thing)
  )
    return null;
  // "We're literally the best groomers in town (…": where the ranking is all the clause says, cut whole
  // it leaves "We're literally the". The sentence goes whole or stays.
  const bare = !/\s/u.test(thing) || /(?<!s)s$/u.test(thing);
  if (bare && COPULA_BEFORE.test(before)) return null;
  // "honestly it's the most powerful driver ever made": one word left ("a driver") says nothing; cut whole.
  // "the most stunning reactive glazes on the market": no article before a plural; cut whole.
  if (bare) return '';
  // "the most revolutionary accounting software ever built" → "accounting software": what is not
  // counted takes no article ("an accounting software" is no English).
  if (UNCOUNTED.test(thing))
    return /^\p{Lu}/u.test(excerpt) ? thing.charAt(0).toUpperCase() + thing.slice(1) : thing;
  return `${articleFor(thing)} ${thing}`;
}

// A claim that is a clause of its own ("second to none", "no one else comes close"), unlike an adjective
// inside a noun phrase: cut alone, it leaves its tail hanging ("the best roofs, on price or quality").
const CLAIM_CLAUSE =
  /^(?:second to none|no other|not one other|nobody|no one|no-one|in a league|(?:there (?:is|are) )?no (?:competitors?|rivals?))\b/iu;
// What is left of the clause after the claim: a few words, no figure, up to its punctuation.
const CLAUSE_TAIL = /^(?:\s+[^\s\d,.;:!?—–()]+){1,5}(?=\s*(?:[,.;:!?—–)]|$))/u;

// "the undisputed leader in warehouse automation": without "undisputed", "the leader" still claims the
// top; "a leader" is the plain word for a firm in its field.
const THE_BEFORE = /\bthe\s+$/iu;
const LEADER_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:leader|champion|authority|expert|specialist)\b(?!s)/iu;

/** "the undisputed leader" → "a leader": the span from "the" and the article that takes its place. */
export function undisputedAsA(text: string, match: Match): { start: number; replacement: string } | null {
  const the = THE_BEFORE.exec(text.slice(0, match.start));
  const after = text.slice(match.end);
  if (!the || !/^undisputed$/iu.test(match.text) || !LEADER_AFTER.test(after)) return null;
  const article = articleFor(after.trimStart());
  return { start: the.index, replacement: /^T/u.test(the[0]) ? article.replace(/^a/u, 'A') : article };
}

// "— frankly, nobody else even comes close": the word that led into the claim goes with it.
const LEAD_IN = /\b(?:(?:quite )?(?:frankly|honestly|simply)|let['’]s be honest|to be honest)\s*,?\s*$/iu;

/** Where a clause-sized claim starts: with the word that led into it. */
function clauseStart(text: string, start: number): number {
  return LEAD_IN.exec(text.slice(0, start))?.index ?? start;
}

/** Where a clause-sized claim ends: with its tail. */
function clauseEnd(text: string, end: number): number {
  return end + (CLAUSE_TAIL.exec(text.slice(end))?.[0].length ?? 0);
}

export const rule: Rule = {
  meta: {
    id: 'hype-superlatives',
    category: 'salesy',
    principle: 'human',
    severity: 'warning',
    shape: 'existence',
    description:
      'Hype superlatives: "revolutionary", "best-in-class", "game-changing", "lowest prices ever".',
    why:
      'Superlatives are what a billboard says about itself; nobody believes them and nobody can reply to them. ' +
      'One concrete detail persuades more than three adjectives.',
    docs: docsAnchor('hype-superlatives'),
    languages: PHRASES.languages,
    example: {
      bad: 'Meet our revolutionary, best-in-class scheduling app.',
      better: 'Our scheduling app now finds a meeting time for five people in one click.',
    },
  },
  check(context) {
    const matches = PHRASES.find(context.text, context.language);
    // One superlative is a nudge; a pile of them is a pitch.
    const severity = matches.length >= 2 ? 'warning' : 'suggestion';
    for (const match of matches) {
      const before = context.text.slice(0, match.start);
      const rank = HYPE_VERB.test(match.text) ? null : withoutRank(match.text, before);
      // "80 varieties of tulips, all at AMAZING prices!": the phrase that led to the praised prices
      // goes with them; cut alone, they left "all at."
      const ledTo = rank === '' && PRAISED_PRICES.test(match.text) ? LED_TO_PRICES.exec(before) : null;
      const clause = rank === '' && CLAIM_CLAUSE.test(match.text);
      const leader = undisputedAsA(context.text, match);
      context.report({
        start:
          leader?.start ??
          (clause ? clauseStart(context.text, match.start) : match.start - (ledTo?.[0].length ?? 0)),
        end: clause ? clauseEnd(context.text, match.end) : match.end,
        message: `"${match.text}" is a claim the reader can't check or answer.`,
        suggestion: 'Swap the adjective for one concrete detail: what it does, for whom, how much faster.',
        severity,
        // "Level up your work life at The Hive": the verb is the sentence's own; cut, it leaves
        // "life at The Hive". Only the adjectives and rankings are cut away.
        ...(leader ? { replacement: leader.replacement } : rank === null ? {} : { replacement: rank }),
      });
    }
  },
};
