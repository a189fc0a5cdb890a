import { rule } from '../../../src/review/rules/discount-push';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Our new loaf is $6, baked fresh every morning. What should we try next?',
    'We grew 20% this year thanks to all of you.',
    'The course costs €120 and includes all materials.',
    { text: 'Wrap the code in `use code SAVE20` style backticks', note: 'code spans are protected' },
    'Paste the snippet and use code blocks for anything longer than a line.',
  ],
  invalid: [
    { text: '50% off everything this weekend', errors: [{ excerpt: '50% off' }] },
    { text: 'Use code SPRING20 at checkout.', errors: [{ excerpt: 'Use code SPRING20' }] },
    { text: 'Save $20 on your first box.', errors: [{ excerpt: 'Save $20' }] },
    { text: 'BOGO on all pastries', errors: [{ excerpt: 'BOGO' }] },
    { text: 'Up to 70% off selected items', errors: [{ excerpt: 'Up to 70% off' }] },
    { text: 'Todo con 30% de descuento', language: 'es', errors: [{ excerpt: '30% de descuento' }] },
    { text: 'Alles 20% Rabatt', language: 'de', errors: [{ excerpt: '20% Rabatt' }] },
    { text: 'セール -30% 今だけ', language: 'other', errors: [{ excerpt: '-30%' }] },
  ],
});
