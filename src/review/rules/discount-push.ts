import { docsAnchor, type Rule } from '../rule';
import { matchAll, BEFORE, AFTER } from '../text';
import type { Language } from '../types';

/** "less than usual" in each language, so a calmer discount reads in the draft's own language. */
const LESS_THAN_USUAL: Record<Language, string> = {
  en: 'less than usual',
  es: 'menos de lo habitual',
  fr: 'de moins que d’habitude',
  de: 'günstiger als sonst',
  pt: 'a menos que o normal',
  it: 'in meno del solito',
  nl: 'minder dan normaal',
  other: 'less than usual',
};

// Language-independent: percentages and currency amounts "off", promo codes, BOGO. A price on its
// own is information and is never flagged; a discount pushed at the reader is.
const CURRENCY = '(?:[$€£¥₹]|R\\$|USD|EUR|GBP)';
const AMOUNT = `(?:${CURRENCY} ?\\d[\\d.,]*|\\d[\\d.,]* ?(?:${CURRENCY}|euros?|dollars?|reais|pounds))`;
// Every amount in a found phrase; one pattern for the module (a new one per call is compiled anew).
const AMOUNTS = new RegExp(AMOUNT, 'giu');

interface DiscountPattern {
  pattern: RegExp;
  message: (found: string) => string;
  /** `after` is the text that follows the match, for wording that depends on it. */
  replacement: (found: string, language: Language, after: string) => string;
  /** Extra check on the match, for what a case-insensitive pattern cannot say. */
  accept?: (found: string) => boolean;
  /** A quick test every match passes: a draft that fails it is not scanned with `pattern`. */
  requires?: RegExp;
}

// Every AMOUNT names a currency: a symbol, a code or a word (euros, dollars, reais, pounds).
// Same flags as the patterns, so it folds case exactly as they do.
const MENTIONS_CURRENCY = /[$€£¥₹]|usd|eur|gbp|dollar|reais|pound/iu;

const PATTERNS: DiscountPattern[] = [
  {
    // "50% off", "-30%", "up to 70% off", "save 20%", "20% de descuento", "20 % de réduction", "20% Rabatt"
    pattern: new RegExp(
      `(?:${BEFORE}up to |${BEFORE}save |${BEFORE}ahorra |${BEFORE}économisez |${BEFORE}spare |${BEFORE}economize )?(?:-\\s?\\d{1,2} ?%|${BEFORE}\\d{1,2} ?%(?: ?(?:off|de descuento|de desconto|de réduction|de remise|rabatt|reduziert|korting|di sconto|sconto)${AFTER}|(?=\\s+(?:everything|sitewide|all|storewide|todo|tudo|tout|alles)${AFTER})))`,
      'giu',
    ),
    message: (found) => `"${found.trim()}" pushes the discount before the reader knows why they'd want it.`,
    replacement: (found, language, after) => {
      const percent = /\d{1,2} ?%/.exec(found)?.[0].replace(' ', '') ?? '';
      if (!percent) return '';
      // English reads best as a noun: "a 50% discount (on everything) runs until Sunday".
      // "on" before what the discount applies to, not before a verb or a time ("ends", "this weekend").
      if (language === 'en')
        return /^\s+\p{L}/u.test(after) && !NOT_AN_OBJECT.test(after)
          ? `a ${percent} discount on`
          : `a ${percent} discount`;
      return `${percent} ${LESS_THAN_USUAL[language]}`;
    },
  },
  {
    pattern: new RegExp(`${BEFORE}(?:save|ahorra|économisez|spare|economize) ${AMOUNT}`, 'giu'),
    message: (found) => `"${found}" leads with money saved rather than value given.`,
    replacement: (found, language) =>
      `${(/[\d$€£¥₹R].*$/u.exec(found.replace(/^\S+ /, ''))?.[0] ?? '').trim()} ${LESS_THAN_USUAL[language]}`,
  },
  {
    pattern: new RegExp(
      `${BEFORE}(?:(?:use|enter|apply) (?:the |our )?(?:promo |discount |coupon |voucher )?code|(?:promo|discount|coupon|voucher) code|code promo|c[óo]digo(?: de descuento| promocional| de desconto)?|cupom|cup[óo]n|gutscheincode|rabattcode)[: ]+[A-Z0-9]{3,}${AFTER}`,
      'giu',
    ),
    message: (found) => `"${found.trim()}" reads like a coupon flyer.`,
    replacement: (found) => `the code ${/[A-Z0-9]{3,}$/.exec(found)?.[0] ?? ''}`,
    // A code is written in capitals or carries digits ("SPRING40"); "use code blocks" is not one.
    accept: (found) => /(?:^|[\s:])[A-Z0-9]*(?:[A-Z]{2}|\d)[A-Z0-9]*$/.test(found),
  },
  {
    pattern: new RegExp(`${BEFORE}buy (\\d+),? get (\\d+) (?:free|half price|half off)${AFTER}`, 'giu'),
    message: (found) => `"${found}" is a sales-flyer offer.`,
    replacement: (found) => {
      const [, buy, get] = /(\d+)\D+(\d+)/.exec(found) ?? [];
      return `${get} free with every ${buy}`;
    },
  },
  {
    // "$9 (normally $49)", "~$299~ $199", "was €80, now €50": the markdown is the message.
    pattern: new RegExp(
      `(?:${AMOUNT} ?\\(?(?:normally|usually|regularly|was|reg\\.?|instead of|down from|rather than|invece di|in plaats van|statt|au lieu de|en lugar de|em vez de|en vez de)\\s?${AMOUNT}\\)?|${BEFORE}(?:normally|usually|regularly|was|reg\\.?|instead of|down from) ${AMOUNT},? (?:now|today|just|only)? ?${AMOUNT}|${AMOUNT} ${AMOUNT}(?=[\\s.,!]|$))`,
      'giu',
    ),
    requires: MENTIONS_CURRENCY,
    message: (found) => `"${found}" sells the markdown rather than the thing.`,
    replacement: (found) => {
      const amounts = found.match(AMOUNTS) ?? [];
      if (amounts.length < 2) return found;
      // "was B, now A" and "~B~ A" put the old price first; "A (normally B)" puts it last.
      const oldFirst =
        /^(?:was|reg|instead|down|normally|usually|regularly)/i.test(found) || !/[(a-z]/i.test(found);
      const [current, previous] = oldFirst ? [amounts[1], amounts[0]] : [amounts[0], amounts[1]];
      return `${current} (list price ${previous})`;
    },
  },
  {
    // "for just $9/month", "from only €12": shrinking the price is a sales move; the price itself is fine.
    pattern: new RegExp(`${BEFORE}(?:for |from )?(?:just|only) (?=${AMOUNT})`, 'giu'),
    message: (found) => `"${found.trim()}" shrinks the price the way an advert does.`,
    replacement: (found) =>
      /^from/i.test(found.trim()) ? 'from ' : /^for/i.test(found.trim()) ? 'for ' : '',
  },
  {
    // Free add-ons and sign-up bonuses: "get 3 months free", "$0 enrollment", "free shipping".
    pattern: new RegExp(
      `${BEFORE}(?:(?:get|and get|plus|receive|enjoy) (?:your )?(?:first )?(?:\\d+ (?:months?|weeks?|days?|sessions?) )?(?:\\w+ )?(?:free|at no extra charge)|free (?:shipping|delivery|gift|bonus)(?: on (?:all|every) orders?)?|no credit card (?:needed|required)|[$€£]0 (?:enrollment|enrolment|setup|down|joining fee)|(?:a |an )?[$€£]\\d+ (?:bonus|credit|gift card)|\\d+-for-\\d+|risk[- ]free|money[- ]back guarantee|free (?:no-win-no-fee )?(?:consultation|quote|assessment|audit|estimate|valuation))${AFTER}`,
      'giu',
    ),
    message: (found) => `"${found}" is a sign-up incentive, the language of a flyer.`,
    replacement: (found) => {
      const nForM = /(\d+)-for-(\d+)/.exec(found);
      if (nForM) return `${nForM[1]} for the price of ${nForM[2]}`;
      const amount = /[$€£]\d+|\d+ (?:months?|weeks?|days?|sessions?)/.exec(found);
      return amount ? `${amount[0]} included` : '';
    },
  },
  {
    pattern: new RegExp(
      `${BEFORE}(?:bogo|buy one,? get one(?: free| half off)?|2 ?for ?1|2x1|flash sale|mega sale|huge sale|massive sale|blowout sale|clearance sale|black friday (?:deals?|sale)|cyber monday (?:deals?|sale))${AFTER}`,
      'giu',
    ),
    message: (found) => `"${found}" is a sales-flyer phrase.`,
    replacement: (found) => (/sale/i.test(found) ? 'a sale' : 'an offer'),
  },
];

const NOT_AN_OBJECT =
  /^\s+(?:on|ends?|expires?|closes?|runs?|is|are|for|until|till|through|this|today|tonight|now|when|if|with|at|in|from|only|and|or|but|to|off)\b/i;
const MIGHT_BE_AN_OFFER =
  /[\d$€£¥₹%]|free|code|c[óo]digo|cupom|cup[óo]n|gutschein|rabatt|bogo|sale|risk|money|buy one/i;

export const rule: Rule = {
  meta: {
    id: 'discount-push',
    category: 'salesy',
    principle: 'value',
    severity: 'warning',
    shape: 'existence',
    description: 'Discounts pushed at the reader: "50% off everything", "use code SAVE20", "BOGO".',
    why:
      'A discount is not a reason to care. Leading with the markdown trains people to wait for the next ' +
      'sale and tells them the price is the only thing worth saying about you.',
    docs: docsAnchor('discount-push'),
    languages: 'all',
    example: {
      bad: 'HUGE SALE: 40% off everything with code SPRING40!',
      better:
        'Our spring boots are 40% less than usual this week (code SPRING40). What are you planning to wear them for?',
    },
  },
  check(context) {
    // Every pattern needs a figure, a currency or one of a few offer words: skip the rest cheaply.
    if (!MIGHT_BE_AN_OFFER.test(context.text)) return;
    for (const { pattern, message, replacement, accept, requires } of PATTERNS) {
      if (requires && !requires.test(context.text)) continue;
      for (const match of matchAll(context.text, pattern)) {
        if (accept && !accept(match.text)) continue;
        context.report({
          start: match.start,
          end: match.end,
          message: message(match.text),
          suggestion: 'Say what the reader gets from it first; mention the price plainly, once.',
          replacement: replacement(
            match.text,
            context.language,
            context.text.slice(match.end, match.end + 20),
          ),
        });
      }
    }
  },
};
