import { rule } from '../../../src/review/rules/press-release-register';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'What solutions have you tried for the parking problem on Elm Street?',
    'Apple announced a new phone; has anyone tried the camera yet?',
    'Our update is small this week: the dark mode finally works in Safari.',
  ],
  invalid: [
    {
      text: 'Acme, a leading provider of cloud software, today announced a new plan.',
      errors: [{ excerpt: 'a leading provider of' }, { excerpt: 'today announced' }],
    },
    {
      text: 'We deliver innovative solutions to leverage synergies.',
      errors: [{ excerpt: 'innovative solutions' }, { excerpt: 'leverage' }, { excerpt: 'synergies' }],
    },
    { text: 'Company update: Q2 highlights below.', errors: [{ excerpt: 'Company update' }] },
    {
      text: 'The board announced the appointment of Sam Lee as CEO.',
      errors: [{ excerpt: 'announced the appointment of' }],
    },
  ],
});
