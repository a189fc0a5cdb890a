import { rule } from '../../../src/review/rules/pitch-question';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Want to grab coffee on Friday? I am around the office all afternoon.',
    'Looking for a good sci-fi book. Any suggestions?',
    'Tired of the rain yet? Me too. Sending sunshine to everyone in Leeds.',
    'Need a hand moving chairs after the meetup? Thanks in advance!',
  ],
  invalid: [
    {
      text: 'Tired of slow builds? Our platform fixes it.',
      errors: [{ excerpt: 'Tired of slow builds?' }],
    },
    {
      text: 'Want to double your sales? Book a demo with our team.',
      errors: [{ excerpt: 'Want to double your sales?' }],
    },
    {
      text: 'Looking for the perfect gift? Our candles are 20% off.',
      errors: [{ excerpt: 'Looking for the perfect gift?' }],
    },
    {
      text: 'Still paying for three tools? Try our all-in-one plan.',
      errors: [{ excerpt: 'Still paying for three tools?' }],
    },
  ],
});
