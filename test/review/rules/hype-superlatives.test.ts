import { findHype, rule, undisputedAsA, withoutRank } from '../../../src/review/rules/hype-superlatives';
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
    {
      text: 'The only tool your finance team will ever need.',
      note: 'the claim said of the reader\'s team, not only of "you"',
      errors: [{ excerpt: 'The only tool your finance team will ever need' }],
    },
    {
      text: 'Game-changing. Industry-defining.',
      errors: [{ excerpt: 'Game-changing' }, { excerpt: 'Industry-defining' }],
    },
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
    {
      text: 'Bloom & Stem won Florist of the Year! No other florist in Yorkshire comes close.',
      note: 'a claim over every rival, as a clause',
      errors: [{ excerpt: 'No other florist in Yorkshire comes close' }],
    },
    {
      text: 'We make the best roofs on the Sunny Coast, second to none on price or quality.',
      note: 'the clause takes its tail, so no "on price or quality" is left hanging',
      errors: [{ excerpt: 'second to none on price or quality' }],
    },
    {
      text: 'Our average time to sale is 19 days — frankly, nobody else even comes close.',
      note: 'the word that led into the claim goes with it',
      errors: [{ excerpt: 'frankly, nobody else even comes close' }],
    },
    {
      text: 'Lumen Robotics, the undisputed leader in warehouse automation, today opened a site in Leeds.',
      note: '"the undisputed leader" is offered as "a leader"',
      errors: [{ excerpt: 'the undisputed' }],
    },
    {
      text: 'The most stunning bouquets in town are here',
      errors: [{ excerpt: 'The most stunning bouquets in town' }],
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

  it('leaves a thing that is not counted without an article', () => {
    expect(withoutRank('the most revolutionary accounting software ever built', 'Meet Ledgerly 3.0 - ')).toBe(
      'accounting software',
    );
    expect(withoutRank('The best Italian gelato in town', '')).toBe('Italian gelato');
  });

  it('cuts a ranking with no thing, of one word, or of a plural, whole', () => {
    expect(withoutRank('best-in-class', 'A ')).toBe('');
    // The praise goes and the thing stays: cut whole, "my proven framework to SMEs" left "my to SMEs".
    expect(withoutRank('proven framework', "I'm now offering my ")).toBe('framework');
    expect(withoutRank('Proven 5-step system', '')).toBe('5-step system');
    expect(withoutRank('ultimate guide', 'Download our ')).toBe('guide');
    // "we just shipped a driver" would say nothing.
    expect(withoutRank('the most powerful driver ever made', 'We just shipped ')).toBe('');
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

  it('proposes no cut where the ranking is all a clause says, or a rank others gave', () => {
    // Cut whole, "We're literally the best groomers in town (…" left "We're literally the (…".
    expect(withoutRank('the best groomers in town', "We're literally ")).toBeNull();
    expect(withoutRank('the most powerful driver ever made', "honestly it's ")).toBeNull();
    // "Voted 2024 by the readers…" said nothing once the rank went.
    expect(withoutRank('best coffee in town', 'Voted ')).toBeNull();
    expect(withoutRank('the best noodle bar in town', "you're rated ")).toBeNull();
  });
});

describe('undisputedAsA', () => {
  const offer = (text: string) => {
    const match = findHype(text, 'en').find((found) => /^undisputed$/iu.test(found.text));
    return match ? undisputedAsA(text, match) : null;
  };

  it('offers "the undisputed leader" as "a leader", from "the"', () => {
    expect(offer('Lumen Robotics, the undisputed leader in warehouse automation')).toEqual({
      start: 16,
      replacement: 'a',
    });
    expect(offer('to become the undisputed industry leader')?.replacement).toBe('an');
    expect(offer('The UNDISPUTED LEADER in macadamias')).toEqual({ start: 0, replacement: 'A' });
  });

  it('leaves leaders in the plural and other nouns to the word cut alone', () => {
    expect(offer('we are the undisputed leaders in Spanish teaching')).toBeNull();
    expect(offer('it is the undisputed best place to study')).toBeNull();
  });
});
