import { docsAnchor, type Rule } from '../rule';
import { BEFORE, AFTER, matchAll, words, type Match } from '../text';
import { asksSomething } from '../invitation';

const SELF = new RegExp(`${BEFORE}(?:we|we're|we’re|we've|we’ve|we'll|we’ll|our|ours|us|ourselves|the company|our company|our team)${AFTER}`, 'giu');
const READER = new RegExp(`${BEFORE}(?:you|your|yours|you're|you’re|you've|you’ve|you'll|you’ll|y'all|yourself|yourselves)${AFTER}`, 'giu');
// Corporate news: the organisation's own milestones, told to nobody in particular.
const CORPORATE_NEWS = new RegExp(
  `${BEFORE}(?:announce[ds]?|appointed|appointment|named|acquired|acquisition|raised|funding round|series [a-d]|launch(?:ed|es)|achieved|reached|surpassed|exceeded|grew|growth|won|awarded|award|recogni[sz]ed|recognition|celebrat(?:es|ed|ing)|anniversary|expanded|expansion|milestone|record[- ](?:year|quarter|revenue|results|growth)|revenue|headcount|board of directors|chief [a-z]+ officer|ceo|cfo|cto|coo|cmo|vice president|vp of|partnership|partnered|certified|certification|ranked|shortlisted|finalist|opened (?:our|a|its) (?:new )?(?:office|store|location|headquarters)|new (?:office|headquarters|hq)|year[- ]end results|fiscal|quarterly|q[1-4] results|press release|company update|corporate update|inc\\.|corp\\.|ltd\\.|llc|gmbh|plc)${AFTER}`,
  'giu',
);

const MIN_WORDS = 12;

export const rule: Rule = {
  meta: {
    id: 'self-focus',
    category: 'broadcast',
    principle: 'value',
    severity: 'warning',
    shape: 'ratio',
    description: 'All about us, nothing for you: we/our-heavy or corporate-milestone posts with no reader in them.',
    why:
      'A post that only talks about the organisation gives the reader nothing to do with it except ' +
      'applaud. Bring them in: what does it mean for them, what can they ask, who helped?',
    docs: docsAnchor('self-focus'),
    languages: ['en'],
    example: {
      bad: 'We have grown our team to 200 people and opened our new headquarters in Lisbon. Our revenue doubled this year.',
      better: 'Two hundred of us now, and a new home in Lisbon. If you are in town, come say hi; what should we know about the neighbourhood?',
    },
  },
  check(context) {
    const { text } = context;
    if (words(text).length < MIN_WORDS || asksSomething(text)) return;
    if (matchAll(text, READER).length > 0) return;
    const self = matchAll(text, SELF);
    const news = matchAll(text, CORPORATE_NEWS);
    const heavySelf = self.length >= 4;
    const corporate = news.length >= 2;
    if (!heavySelf && !corporate) return;
    const evidence: Match[] = corporate ? news : self;
    const first = evidence[0] as Match;
    context.report({
      start: first.start,
      end: first.end,
      message: corporate
        ? `The post is organisation news (${news.length} milestone words) with nothing in it for the reader.`
        : `"We" and "our" ${self.length} times, "you" not once: the post is all about the sender.`,
      suggestion: 'Say what it means for the reader, credit the people involved, or ask them something.',
    });
  },
};
