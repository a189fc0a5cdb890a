import { rule, withoutRank } from '../../../src/review/rules/hype-superlatives';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    { text: "Must have 3+ years' experience and a full driving licence.", note: "a job's requirement" },
    {
      text: 'I know how stressful that must have been with a client waiting.',
      note: 'a modal, not "a must-have"',
    },
    {
      text: 'From 1 March all cats must have up-to-date vaccination certificates.',
      note: 'a rule: the verb after its subject, not "a must-have"',
    },
    'Thanks to everyone who came out; it was a great night.',
    'Our team is amazing and we are lucky to work with them.',
    'The new version cuts build times from 9 minutes to 4.',
    'What is the best book you read this year?',
  ],
  invalid: [
    { text: 'Meet our revolutionary app.', errors: [{ excerpt: 'revolutionary', severity: 'suggestion' }] },
    {
      text: 'A game-changing, best-in-class platform.',
      errors: [
        { excerpt: 'game-changing', severity: 'warning' },
        { excerpt: 'best-in-class', severity: 'warning' },
      ],
    },
    { text: 'The lowest prices ever on running shoes', errors: [{ excerpt: 'The lowest prices ever' }] },
    {
      text: 'Over 80 varieties of tulips, all at AMAZING prices!',
      note: 'the words that led to the praised prices go with them, so no "all at." is left',
      errors: [{ excerpt: ', all at AMAZING prices' }],
    },
    {
      text: 'Tutorly 3.0 is a complete game-changer for students.',
      note: 'the word that swells the claim is part of it',
      errors: [{ excerpt: 'complete game-changer' }],
    },
    {
      text: 'Cutting-edge, world class coffee',
      errors: [{ excerpt: 'Cutting-edge' }, { excerpt: 'world class' }],
    },
    { text: 'This linen shirt is a must have for summer.', errors: [{ excerpt: 'must have' }] },
    { text: 'The must-have gadget of the year.', errors: [{ excerpt: 'must-have' }] },
    { text: 'Un producto revolucionario', language: 'es', errors: [{ excerpt: 'revolucionario' }] },
    {
      text: 'We are the most comprehensive, AI-enabled payroll & attendance solution in the market.',
      note: 'a ranking across a list of describing words',
      errors: [{ excerpt: 'the most comprehensive, AI-enabled payroll & attendance solution in the market' }],
    },
    {
      text: 'Kessler GmbH, a world-leading manufacturer of CNC machining centres, today opened in Charlotte.',
      errors: [{ excerpt: 'world-leading' }],
    },
    {
      text: "Ledgerlyne Flow, the industry's first AI-native payables platform.",
      errors: [{ excerpt: "the industry's first" }],
    },
  ],
});

describe('what a ranking leaves when its rank goes', () => {
  it('keeps the thing ranked, with an article, so the sentence keeps its object', () => {
    expect(withoutRank('the most powerful AP automation platform on the market', 'We built ')).toBe(
      'an AP automation platform',
    );
    expect(withoutRank('the best electric cargo bike ever made', 'It is ')).toBe('an electric cargo bike');
  });

  it('cuts a ranking with no thing, of one word, or of a plural, whole', () => {
    expect(withoutRank('best-in-class', 'A ')).toBe('');
    // The praise goes and the thing stays: cut whole, "my proven framework to SMEs" left "my to SMEs".
    expect(withoutRank('proven framework', "I'm now offering my ")).toBe('framework');
    expect(withoutRank('Proven 5-step system', '')).toBe('5-step system');
    expect(withoutRank('ultimate guide', 'Download our ')).toBe('guide');
    // "honestly it's a driver" would say nothing.
    expect(withoutRank('the most powerful driver ever made', "honestly it's ")).toBe('');
    expect(withoutRank('the most stunning reactive glazes on the market', 'and ')).toBe('');
  });

  it('proposes no edit inside a quote, after "one of", or around a clause', () => {
    expect(withoutRank('the best e-bike ever made', 'She said: "This is ')).toBeNull();
    // An inch mark opens no quote.
    expect(withoutRank('the best gaming monitor on the market', 'Our 27" screen is ')).toBe(
      'a gaming monitor',
    );
    expect(withoutRank('the most respected independent firms in the country', 'We are one of ')).toBeNull();
    expect(withoutRank('the most ambitious thing we have ever made', 'This is ')).toBeNull();
  });
});
