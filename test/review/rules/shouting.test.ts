import { rule } from '../../../src/review/rules/shouting';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    {
      text: 'Just reply FREEZE or OFFPEAK and I will sort it. To cancel, please reply CONFIRM.',
      note: 'keywords to type',
    },
    'Our API docs now cover the NYC and LA data centres. What is missing?',
    'Thanks to the CEO and the HR team for the lunch!',
    'We moved the FAQ to the help centre.',
    'Wow, what a night! Thank you all.',
  ],
  invalid: [
    { text: 'HUGE SALE this weekend', errors: [{ excerpt: 'HUGE SALE' }] },
    { text: 'Our workshop is FREE', errors: [{ excerpt: 'FREE' }] },
    // The keyword is exempt, not a shouted word after it.
    { text: 'Reply YES and get our AMAZING offer', errors: [{ excerpt: 'AMAZING' }] },
    { text: 'Back in stock!!!', errors: [{ excerpt: '!!!', severity: 'suggestion' }] },
    {
      text: 'THIS IS THE BEST COFFEE IN TOWN, COME AND TRY IT',
      errors: [{ excerpt: 'THIS IS THE BEST COFFEE IN TOWN, COME AND TRY IT' }],
    },
    { text: 'Neu! Jetzt GRATIS testen', language: 'de', errors: [{ excerpt: 'GRATIS' }] },
    {
      text: 'Open today! Come by! Bring friends! Try the cake!',
      errors: [{ excerpt: '!', severity: 'suggestion' }],
      note: 'four exclamation marks: one finding on the last',
    },
  ],
});
