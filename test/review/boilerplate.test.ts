import { isBoilerplate, usedStems } from '../../src/review/rewrite/boilerplate';

describe('boilerplate', () => {
  it('reads a sentence made of the claims every release makes as boilerplate', () => {
    for (const sentence of [
      "The platform marks a paradigm shift for savers and underscores Corvel's unwavering commitment to innovation, excellence and stakeholder value creation.",
      'This milestone reflects our continued commitment to operational excellence and our vision to lead the sector.',
      'The merger will unlock synergies across both networks and create long-term value for all stakeholders.',
      'Her promotion reflects our unwavering commitment to excellence and client-centric delivery.',
    ])
      expect([sentence, isBoilerplate(sentence)]).toEqual([sentence, true]);
  });

  it('keeps news, duties, what the reader gets, a person speaking and credit to a colleague', () => {
    for (const sentence of [
      // The news itself, however it is dressed.
      'BOSTON – Corvel, a provider of enterprise data solutions, today announced a strategic partnership with Halden Health to deliver insights across the care continuum.',
      // Descriptors that still describe something.
      'The upgrade lets Corvel deliver next-generation network slicing capabilities to enterprise customers.',
      // A job's duties are what the reader would do.
      'The successful candidate will be responsible for driving stakeholder engagement and innovation in line with our strategic vision.',
      'You will own our transformation journey and help shape our commitment to excellence.',
      'Grateful for this opportunity to bring my passion for innovation to a mission I believe in.',
      'His passion for excellence and commitment to innovation make him a perfect fit for our team.',
      // One or two of the words, saying something.
      'Our app helps finance teams streamline invoicing and cut month-end close from ten days to four.',
    ])
      expect([sentence, isBoilerplate(sentence)]).toEqual([sentence, false]);
  });

  it('counts two stems matching at one place once', () => {
    expect(usedStems('next-generation limbs')).toEqual(['next-generation']);
  });
});
