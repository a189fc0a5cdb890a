import { rule } from '../../../src/review/rules/hype-superlatives';
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
      text: 'Cutting-edge, world class coffee',
      errors: [{ excerpt: 'Cutting-edge' }, { excerpt: 'world class' }],
    },
    { text: 'This linen shirt is a must have for summer.', errors: [{ excerpt: 'must have' }] },
    { text: 'The must-have gadget of the year.', errors: [{ excerpt: 'must-have' }] },
    { text: 'Un producto revolucionario', language: 'es', errors: [{ excerpt: 'revolucionario' }] },
  ],
});
