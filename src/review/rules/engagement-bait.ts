import { docsAnchor, type Rule, type RuleContext } from '../rule';
import { ON_READERS_TERMS, READER_WISH } from '../invitation';
import { compilePhrases, sentences, type Match, type Sentence } from '../text';

// "If you'd like the guide, DM me "SHRED"", "you can comment "GLOW"": offered, not begged.
const OFFERED = `(?<!(?:can|could|${ON_READERS_TERMS}) )`;

const PHRASES = compilePhrases({
  en: [
    '(?:please )?(?:like|follow|share|retweet|repost|rt|subscribe)(?: (?:and|&|\\+|,) ?(?:like|follow|share|retweet|repost|rt|subscribe|comment))+(?: (?:this|us|our page|for more))?',
    // "would you like us to…" is a question, so "like" only counts with a page or a platform.
    '(?:please )?(?:follow|subscribe to) (?:us|our (?:page|channel|account))(?: (?:for more|now|today|on [\\p{L}]+))?',
    '(?:please )?like (?:us on [\\p{L}]+|our (?:page|channel|account))',
    '(?:please )?(?:share|retweet|repost|rt) (?:this|this post|it) (?:with (?:everyone|all your|your friends)|if|to|now|far and wide)',
    'give us a (?:follow|like|share|shout)',
    'follow for more',
    'tag (?:a|your|\\d+) (?:friends?|bestie|buddy|bff|mates?|someone|people)(?: who| that| below)?',
    'tag someone who',
    '(?:smash|hit|tap|click) (?:that|the) (?:like|follow|subscribe|bell|heart)(?: button)?',
    'double[- ]tap(?: if| this)?',
    '(?:turn on|enable) (?:post )?notifications',
    "(?:don'?t|do not) forget to (?:like|follow|share|subscribe)",
    'rt if',
    'share if you',
    'like if you',
    // "Comment "GLOW" if you'd like the link" is a way to ask for it, on the reader's terms.
    `comment (?:["“][^"”\\n]{1,20}["”]|yes|me|\\p{Extended_Pictographic}) (?:below(?! if ${READER_WISH})|if(?! ${READER_WISH})|to|for)`,
    'drop an? (?:emoji|❤️|🔥|like|comment) (?:if|below)',
    'help us (?:reach|get to|hit) [\\d,.]+k? (?:followers|subscribers|likes)',
    '(?:road|race) to [\\d,.]+k? (?:followers|subscribers)',
    'like this post',
    `${OFFERED}(?:reply|comment|type|dm me|message me) (?:with )?["“'‘][^"”'’\\n]{1,20}["”'’](?! (?:below )?(?:if|when) ${READER_WISH})`,
    'share this post',
    'drop an? \\S+ in the comments',
    'comments? (?:\\+|and|&) follows?',
    'help us (?:get|hit|reach|get to) (?:there|\\d[\\d,.]*k?)',
    'share (?:it |this )?with (?:every|all) (?:\\w+ )?(?:you know|your)',
    '(?:give us|leave us|drop us) a (?:star|like|follow|heart|review)',
    'star (?:us|the repo|our repo)(?: on github)?',
    "we're trying to (?:hit|reach|get to) \\d[\\d,.]*k?",
    '(?:smash|hit|tap) (?:that|the) (?:like|follow|subscribe|bell|heart|share)(?: button)?(?: if [^.!?\\n]*)?',
    // "Repost if this resonated", "share if it helped": a share asked for on the reader's feeling.
    '(?:repost|reshare|retweet|share) (?:this |it )?if (?:this|it|you)',
    // "Agree? 👇" on a line of its own: a yes asked for, not a view; "Do you agree with Dana?" is a question.
    '(?<![\\p{L}\\p{N},;:] ?)agree\\?(?: ?(?:or )?disagree\\?)?(?=[^\\S\\n]*(?:\\p{Extended_Pictographic}|\\n|$))',
  ],
  // "Tagga 3 amici", "metti mi piace", "condividi con tutti": the same begging in the other languages.
  it: [
    'tagga(?:te)? (?:un|una|\\d+|i tuoi|il tuo|la tua|tutti i tuoi) (?:amic[oaie]|persone|compagn[oi])',
    'metti(?:te)? (?:un )?mi piace',
    'condividi(?:te)? (?:questo post|il post|con (?:tutti|chi|i tuoi amici))',
  ],
  es: [
    'etiqueta(?:d)? a (?:un|una|\\d+|tus?) (?:amig[oa]s?|personas?)',
    'dale (?:a )?me gusta',
    'comparte (?:este post|esta publicación|con (?:todos|tus amigos))',
  ],
  pt: [
    'marque (?:um|uma|\\d+|seus?|suas?|o seu|a sua) (?:amig[oa]s?|pessoas?)',
    'curta (?:e compartilhe|este post|esta publicação)',
    'compartilhe (?:este post|esta publicação|com (?:todos|seus amigos))',
  ],
  fr: [
    '(?:identifie|identifiez|tague|taguez) (?:un|une|\\d+|tes|vos|ton|votre) (?:ami|amie|amis|amies|copains?|copines?|potes?)',
    'partage(?:z)? (?:ce post|cette publication|avec (?:tous|tes amis|vos amis))',
  ],
  de: [
    'markier(?:e|t)? (?:einen|eine|\\d+|deine|deinen|eure|euren) (?:freund|freundin|freunde|freundinnen)',
    'teilt? (?:diesen beitrag|den beitrag|mit allen)',
  ],
  nl: [
    'tag (?:een|\\d+|je|jouw) (?:vriend|vriendin|vrienden|maatje|buddy)',
    'deel (?:dit bericht|deze post|met (?:al je|iedereen))',
  ],
});

/** Turns the bait into the question hiding inside it, when there is one. */
function questionFor(sentence: string): string {
  const goal =
    /(?:help us|we're trying to|trying to) (?:reach|hit|get to) (\d[\d,.]*k?(?: [\p{L}]+)?)/iu.exec(sentence);
  if (goal) return `We're aiming for ${goal[1]}.`;
  const tagCount = /\btag (\d+) (friends?|people|mates)/i.exec(sentence);
  if (tagCount) return `Which ${tagCount[1]} ${tagCount[2]} would you share this with?`;
  const ifYou = /\bif you ([^!?.]+)/i.exec(sentence);
  if (ifYou) return `Do you ${ifYou[1]?.trim()}?`;
  const who =
    /\b(?:tag|know) (?:a|your|\d+) (?:friends?|bestie|buddy|bff|mates?|someone|people) (?:who|that) ([^!?.]+)/i.exec(
      sentence,
    );
  if (who) return `Know someone who ${who[1]?.trim()}?`;
  return '';
}

/** The sentence without its bait: the question hiding in it, or the rest when it carries figures. */
function baitFree(sentence: Sentence | undefined, match: Match): string {
  const question = questionFor(sentence?.text ?? match.text);
  if (question || !sentence || !/\d/.test(sentence.text)) return question;
  return (
    sentence.text.slice(0, match.start - sentence.start) + sentence.text.slice(match.end - sentence.start)
  );
}

/** A link or mention in a bait sentence stays, after whatever replaces the bait. */
function keepLinks(replacement: string, context: RuleContext, span: { start: number; end: number }): string {
  const { start, end } = context.draft.toOriginal(span.start, span.end);
  const tokens = context.draft.protectedSpans
    .filter((token) => token.start >= start && token.end <= end && token.kind !== 'emoji')
    .map((token) => token.raw);
  if (tokens.length === 0) return replacement;
  return `${replacement} It's here: ${tokens.join(' ')}`.trim();
}

export const rule: Rule = {
  meta: {
    id: 'engagement-bait',
    category: 'salesy',
    principle: 'listen',
    severity: 'error',
    shape: 'existence',
    description:
      'Begging for follows, likes, shares and tags: "like and share", "tag a friend", "follow for more".',
    why:
      'Asking for a like is asking for a number, not for the person. It treats the reader as reach to be ' +
      'counted; a real question treats them as someone worth hearing from.',
    docs: docsAnchor('engagement-bait'),
    languages: PHRASES.languages,
    example: {
      bad: 'Like and share if you agree! Tag a friend who needs this!',
      better: "Does this match what you see on your team? I'd love to hear where it doesn't.",
    },
  },
  check(context) {
    const all = sentences(context.text);
    const reported = new Set<Sentence>();
    for (const match of PHRASES.find(context.text, context.language)) {
      // The bait is the whole sentence ("Like and share if you agree!"): removing only the verb
      // would leave a fragment behind in the rewrite.
      const sentence = all.find((candidate) => candidate.start <= match.start && match.end <= candidate.end);
      // "Condividi … e tagga 3 amici": two begs in one sentence are one finding about it.
      if (sentence) {
        if (reported.has(sentence)) continue;
        reported.add(sentence);
      }
      context.report({
        start: sentence?.start ?? match.start,
        end: sentence?.end ?? match.end,
        message: `"${match.text}" asks for a number, not for a conversation.`,
        suggestion: 'Ask something the reader can actually answer.',
        replacement: keepLinks(baitFree(sentence, match), context, sentence ?? match),
      });
    }
  },
};
