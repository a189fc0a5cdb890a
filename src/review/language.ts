import { HASHTAG } from './analysis/entities';
import { countMatches, lowerWords } from './text';

const isDigit = (code: number) => code >= 48 && code <= 57;
import type { Language } from './types';

/**
 * A small stop-word vote: enough to pick which phrase lists apply to a short social post.
 * Short or ambiguous drafts default to English, because a wrong "other" would switch off the
 * English lists for an English post while a wrong "en" on a foreign draft only finds nothing.
 */
const STOP_WORDS: Record<Exclude<Language, 'other'>, string[]> = {
  en: [
    'the',
    'and',
    'you',
    'your',
    'we',
    'our',
    'is',
    'are',
    'to',
    'of',
    'for',
    'with',
    'this',
    'that',
    'it',
    'in',
    'on',
    'what',
    'how',
    'have',
    'be',
    'just',
    'will',
    'i',
    'my',
    'at',
    'now',
    'today',
    'all',
    'get',
    'thanks',
    'can',
    'do',
    'was',
    'from',
    'up',
    'over',
    'new',
    'more',
    'full',
    'year',
    'by',
    'has',
    'its',
    'an',
    'or',
    'not',
    'they',
    'their',
    'about',
    'here',
    'who',
    'when',
    'which',
    'out',
    'if',
    'so',
    'than',
    'into',
    'after',
    'week',
    'team',
    'off',
    'free',
    'only',
    'than',
    'results',
    'update',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'que',
    'de',
    'para',
    'con',
    'por',
    'una',
    'un',
    'es',
    'en',
    'nuestro',
    'nuestra',
    'nuestros',
    'hoy',
    'ya',
    'gracias',
    'tu',
    'su',
    'del',
    'al',
    'muy',
    'pero',
    'como',
    'estamos',
    'qué',
    'más',
    'ahora',
    'nos',
    'este',
    'esta',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'est',
    'des',
    'pour',
    'avec',
    'une',
    'un',
    'nous',
    'vous',
    'votre',
    'notre',
    'du',
    'au',
    'aux',
    'sur',
    'dans',
    'pas',
    'qui',
    'que',
    'ce',
    'cette',
    'merci',
    'aujourd',
    'maintenant',
    'très',
    'plus',
    'sommes',
    'êtes',
    'mais',
    'je',
    'tous',
    'sa',
    'ses',
    'leur',
    'leurs',
    'elle',
    'elles',
    'ils',
    'ne',
    'chez',
    'depuis',
    'avons',
    'avez',
    'sont',
    'été',
    'être',
    'aussi',
    'encore',
    'deux',
    'trois',
    // Words French shares with its neighbours ("de", "en") but writes in nearly every sentence: without
    // them a French post full of "de" and "en" reads as Spanish.
    'de',
    'en',
    'mon',
    'mes',
    'sans',
    'tout',
    'rien',
    'cela',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'mit',
    'für',
    'wir',
    'sie',
    'ihr',
    'unser',
    'unsere',
    'nicht',
    'ein',
    'eine',
    'auf',
    'zu',
    'den',
    'dem',
    'von',
    'heute',
    'jetzt',
    'auch',
    'danke',
    'noch',
    'wie',
    'was',
    'ich',
    'es',
    'im',
    'bei',
    'nur',
    'sind',
    'euch',
    'dich',
  ],
  it: [
    'il',
    'di',
    'che',
    'per',
    'gli',
    'della',
    'delle',
    'sono',
    'non',
    'questo',
    'questa',
    'nostra',
    'nostro',
    'anche',
    'siamo',
    'una',
    'con',
    'del',
    'alla',
    'tutti',
    'oggi',
    'grazie',
    'vostro',
    'vostra',
    'ci',
    'è',
    'ma',
    'più',
    'al',
    'ai',
    'nel',
    'su',
    'lo',
    'le',
    'i',
    'nei',
    'chi',
    'dei',
    'degli',
    'ho',
    'hai',
    'abbiamo',
    'questi',
    'perché',
    'ogni',
    'ancora',
    'già',
    'nostri',
    'vostri',
    'dal',
    'dalla',
    'sul',
    'sulla',
    'nella',
    'nelle',
    'alle',
    'agli',
    'fino',
    // Shared with Spanish or French, and in nearly every Italian sentence too.
    'la',
    'un',
    'da',
    'se',
    'mia',
    'mio',
  ],
  nl: [
    'het',
    'een',
    'van',
    'wij',
    'we',
    'onze',
    'ons',
    'niet',
    'ook',
    'bij',
    'zijn',
    'naar',
    'maar',
    'jullie',
    'voor',
    'deze',
    'wordt',
    'de',
    'en',
    'met',
    'is',
    'op',
    'dat',
    'die',
    'vandaag',
    'bedankt',
    'nu',
    'jouw',
    'je',
    'u',
    'uw',
    'er',
    'al',
    'om',
    'te',
  ],
  pt: [
    'o',
    'os',
    'as',
    'e',
    'que',
    'de',
    'para',
    'com',
    'uma',
    'um',
    'é',
    'em',
    'nosso',
    'nossa',
    'nossos',
    'hoje',
    'já',
    'obrigado',
    'obrigada',
    'você',
    'vocês',
    'seu',
    'sua',
    'do',
    'da',
    'dos',
    'das',
    'não',
    'mais',
    'agora',
    'estamos',
    'muito',
    'mas',
    'como',
    'no',
    'na',
  ],
};

// Languages we recognise only to stay out of their way: their drafts get the language-free rules.
const OTHER_LATIN: string[] = [
  'og',
  'på',
  'för',
  'från',
  'inte',
  'också',
  'jag',
  'idag',
  'bara',
  'med',
  'som',
  'ikke',
  'jest',
  'się',
  'nie',
  'och',
  'att',
  'är',
  'että',
  've',
  'bir',
  'için',
  'yang',
  'và',
  'của',
  'ng',
];
const OTHER_SET = new Set(OTHER_LATIN);

const LOOKUP = new Map<string, Exclude<Language, 'other'>[]>();
for (const [language, words] of Object.entries(STOP_WORDS) as [Exclude<Language, 'other'>, string[]][]) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

/** A word the language writes in every other sentence ("in", "não", "het"): never an acronym there. */
export function isStopWord(word: string, language: Language): boolean {
  return language !== 'other' && (LOOKUP.get(word)?.includes(language) ?? false);
}

// Letters from these scripts mean the draft is not in one of our five languages.
const NON_LATIN =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Ethiopic}]/gu;
const LATIN = /\p{Script=Latin}/gu;
/**
 * Below the first character NON_LATIN can match (Greek, at U+0370) a text has none: most drafts are
 * all below it, and one quick test spares them the scan through the scripts' tables. Found by
 * testing, not written down, so a script added to NON_LATIN moves it.
 */
const ONE_NON_LATIN = new RegExp(NON_LATIN.source, 'u');
const NON_LATIN_FROM = (() => {
  for (let code = 0; code < 0xd800; code++) if (ONE_NON_LATIN.test(String.fromCharCode(code))) return code;
  return 0xd800;
})();
const MAY_BE_NON_LATIN = new RegExp(`[\\u${NON_LATIN_FROM.toString(16).padStart(4, '0')}-\\uffff]`);
// Strong single-word hints that settle close votes (accents and words unique to one language).
// `ascii`: what the hint needs in a text without accents (the first three need an accent).
const HINTS: [RegExp, Exclude<Language, 'other'>, ascii: 'never' | "'" | 'always'][] = [
  [/[ñ¿¡]/u, 'es', 'never'],
  [/[ãõ]|ção\b|ções\b/u, 'pt', 'never'],
  [/[ßäöü]/u, 'de', 'never'],
  [/[êëœç]|\b(?:c'est|d'|qu')/u, 'fr', "'"],
  [/\b(?:gli|perché|città|è)\b|zione\b|zioni\b/u, 'it', 'always'],
  [/\b(?:het|wij|jullie|niet|onze)\b|ij/u, 'nl', 'always'],
];
const NOT_ASCII = /[\u0080-\uffff]/;

export function detectLanguage(text: string): Language {
  const nonLatin = MAY_BE_NON_LATIN.test(text) ? countMatches(text, NON_LATIN) : 0;
  const latin = nonLatin > 0 ? countMatches(text, LATIN) : 1;
  if (nonLatin > 0 && nonLatin >= latin) return 'other';

  const votes: Record<Exclude<Language, 'other'>, number> = {
    en: 0,
    es: 0,
    fr: 0,
    de: 0,
    pt: 0,
    it: 0,
    nl: 0,
  };
  // The same tokens the rules read; numbers are not words of any language, nor are hashtags: a wall
  // of twenty tags ("#pubquiz #didsbury #mcr") under "Quiz night Thursday 8pm" made it "other".
  const said = text.includes('#') ? text.replace(HASHTAG, ' ') : text;
  const words = lowerWords(said).filter((word) => !isDigit(word.charCodeAt(0)));
  let otherHits = 0;
  for (const word of words) {
    let languages = LOOKUP.get(word);
    if (languages === undefined) {
      const apostrophe = Math.max(word.indexOf("'"), word.indexOf('’'));
      if (apostrophe > 0) languages = LOOKUP.get(word.slice(0, apostrophe));
      // No word of the other languages' list is one of ours: only a word we don't know may be one.
      else if (OTHER_SET.has(word)) otherHits++;
    }
    if (languages !== undefined) for (const language of languages) votes[language] += 1;
  }
  const lower = text.toLowerCase();
  const ascii = !NOT_ASCII.test(lower);
  for (const [pattern, language, needs] of HINTS) {
    if (ascii && (needs === 'never' || (needs === "'" && !lower.includes("'")))) continue;
    if (pattern.test(lower)) votes[language] += 1.5;
  }

  const ranked = (Object.entries(votes) as [Exclude<Language, 'other'>, number][]).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = ranked as [
    [Exclude<Language, 'other'>, number],
    [Exclude<Language, 'other'>, number],
  ];
  if (best[1] === 0) {
    // No known function words at all: a long Latin-script text is some other language;
    // a short one (a link with a word, emoji, a name) is treated as English.
    return words.length >= 6 ? 'other' : 'en';
  }
  if (otherHits >= 2 && otherHits >= best[1]) return 'other';
  if (best[0] !== 'en' && best[1] - (votes.en ?? 0) < 1 && words.length < 4) return 'en';
  // Few hits in a long text means a language we have no list for (Polish, Swedish, Turkish…).
  if (words.length >= 12 && best[1] / words.length < 0.08) return 'other';
  if (best[1] === second[1] && votes.en === best[1]) return 'en';
  return best[0];
}

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  other: 'another language (only the language-independent rules applied)',
};
