import type { SentenceAnalysis, Token } from '../../analysis';
import { LEXICONS } from '../../analysis/lexicon';
import { graphemePrefixEnd, NETWORKS } from '../../networks';
import { docsAnchor, type NetworkRule } from '../../rule';

/** Words that make a first-person opener an announcement about the author ("We're thrilled to announce"). */
const ANNOUNCING = new Set([
  'announce',
  'announcing',
  'announced',
  'announcement',
  'thrilled',
  'proud',
  'excited',
  'delighted',
  'pleased',
  'honoured',
  'honored',
  'humbled',
  'stoked',
  'introducing',
  'unveil',
  'unveiling',
  'unveiled',
  'launch',
  'launching',
  'launched',
  'news',
  'officially',
]);
/** Openers that announce without a pronoun ("Announcing…", "Big news:", "Proud to share…"). */
const ANNOUNCING_OPENERS = new Set([
  'announcing',
  'introducing',
  'big',
  'exciting',
  'huge',
  'proud',
  'thrilled',
  'excited',
  'delighted',
  'humbled',
]);

const FIRST_PERSON_EN = new Set([...LEXICONS.en.firstSingular, ...LEXICONS.en.firstPlural]);

function words(tokens: readonly Token[], sentence: SentenceAnalysis): Token[] {
  return tokens.slice(sentence.tokens[0], sentence.tokens[1]).filter((token) => token.kind === 'word');
}

function isSelfAnnouncement(tokens: readonly Token[], sentence: SentenceAnalysis): boolean {
  if (sentence.question || sentence.secondPerson > 0) return false;
  const sentenceWords = words(tokens, sentence);
  const first = sentenceWords[0];
  if (!first) return false;
  const opensOnSelf = FIRST_PERSON_EN.has(first.lower) || ANNOUNCING_OPENERS.has(first.lower);
  return opensOnSelf && sentenceWords.some((token) => ANNOUNCING.has(token.lower));
}

export const rule: NetworkRule = {
  meta: {
    id: 'network-hook',
    category: 'broadcast',
    principle: 'conversation',
    severity: 'warning',
    shape: 'structure',
    description:
      'The part of a LinkedIn or Instagram post shown before "see more" is spent on announcing yourself or on a hard sell.',
    why:
      'On networks that fold long posts, the first two lines are all most people read: they decide there ' +
      'whether this is a person worth hearing. Opening on "we are thrilled to announce" or "order now" ' +
      'spends that moment on the author or the sale; opening on what the reader gets, or a question, ' +
      'starts the conversation. Self-announcement openers are read in English; hard sells in every ' +
      'language the analysis knows.',
    docs: docsAnchor('network-hook'),
    languages: 'all',
    networks: ['linkedin', 'instagram'],
    sources: [NETWORKS.linkedin, NETWORKS.instagram].flatMap((spec) =>
      spec.sources
        .filter((source) => /see more|"more"/.test(source.claim))
        .map((source) => ({ ...source, claim: `${spec.name}: ${source.claim}` })),
    ),
    example: {
      bad: 'linkedin: We are thrilled to announce that our team has launched a new onboarding guide for new managers.',
      better:
        'linkedin: Your first week as a manager is mostly listening. Our new guide has the three questions that helped us most. Which would you add?',
    },
  },
  check(context) {
    const { spec, analysis, draft } = context;
    if (spec.visible === undefined) return;
    const visibleEnd = graphemePrefixEnd(draft.original, spec.visible);
    const where = `before "see more" on ${spec.name}`;
    let firstWithWords = true;
    for (const sentence of analysis.sentences) {
      const startsAt = draft.toOriginal(sentence.start, sentence.start + 1).start;
      if (startsAt >= visibleEnd) break;
      const sentenceWords = words(analysis.tokens, sentence);
      if (sentenceWords.length === 0) continue;
      const isFirst = firstWithWords;
      firstWithWords = false;
      if (sentence.imperative?.transactional) {
        context.report({
          start: sentence.start,
          end: sentence.end,
          message: `The first thing readers see ${where} is a hard sell ("${sentence.imperative.verb}…").`,
          suggestion: 'Open on what the reader gets or a question; the ask can come after the fold.',
        });
        continue;
      }
      if (isFirst && analysis.language === 'en' && isSelfAnnouncement(analysis.tokens, sentence)) {
        context.report({
          start: sentence.start,
          end: sentence.end,
          message: `The visible part ${where} is spent announcing yourself.`,
          suggestion: 'Lead with what it means for the reader, or ask them something; the news can follow.',
        });
      }
    }
  },
};
