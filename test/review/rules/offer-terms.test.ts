import { rule } from '../../../src/review/rules/offer-terms';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Parking is £1.50 per hour at the station, or free after 6pm.',
    "I'll be there in 5 min. Order me a latte please",
    'The sourdough is £4 a loaf and usually gone by ten, so come early if you want one.',
    'Can you stop by after work? I want to show you the new shelves.',
    { text: 'Le pain est à 3 € et il part vite le samedi.', language: 'fr' },
  ],
  invalid: [
    { text: 'been lonely 2nite, txt me back on 89077 xx 18+ £1.50/msg', errors: [{ excerpt: '£1.50/msg' }] },
    { text: 'Free delivery, min. order £20.', errors: [{ excerpt: 'min. order' }] },
    { text: 'Minimum spend £50 applies.', errors: [{ excerpt: 'Minimum spend' }] },
    {
      text: 'Get 20% off all plans with code SPRING20. Free for 14 days, no credit card required. T&Cs apply.',
      errors: [
        { excerpt: 'with code SPRING20', severity: 'warning' },
        { excerpt: 'Free for 14 days', severity: 'suggestion' },
        { excerpt: 'no credit card required', severity: 'suggestion' },
        { excerpt: 'T&Cs apply', severity: 'suggestion' },
      ],
    },
    {
      text: 'Flash sale ends midnight. Reply STOP to opt out',
      errors: [{ excerpt: 'Reply STOP to opt out' }],
    },
    {
      text: 'MERKADO: S/ 50 de regalo con el código PLUS50. Aplican TyC.',
      language: 'es',
      errors: [{ excerpt: 'código PLUS50' }, { excerpt: 'Aplican TyC', severity: 'suggestion' }],
    },
  ],
});
