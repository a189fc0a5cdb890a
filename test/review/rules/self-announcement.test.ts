import { rule } from '../../../src/review/rules/self-announcement';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'You can now book a table from your phone. What should the app do next?',
    'I was proud of how the team handled a tough week; thank you all.',
    'Happy to share notes from the workshop if anyone wants them.',
    // "won't" is no win.
    "We won't be taking appointments over the holidays, but the shop stays open.",
  ],
  invalid: [
    { text: 'We are proud to announce our new app.', errors: [{ excerpt: 'We are proud to announce' }] },
    {
      text: "We're thrilled to share that Ana joined us.",
      errors: [{ excerpt: "We're thrilled to share that" }],
    },
    {
      text: 'Acme Labs is excited to announce the launch of Nova.',
      errors: [{ excerpt: 'Acme Labs is excited to announce the launch of' }],
    },
    { text: 'Big news: the shop moves in May.', errors: [{ excerpt: 'Big news:' }] },
    {
      text: 'Nos complace anunciar nuestra nueva tienda.',
      language: 'es',
      errors: [{ excerpt: 'Nos complace anunciar' }],
    },
    {
      text: "Nous sommes fiers d'annoncer notre partenariat.",
      language: 'fr',
      errors: [{ excerpt: "Nous sommes fiers d'annoncer" }],
    },
    {
      text: 'Wir freuen uns, euch unser neues Café vorzustellen.',
      language: 'de',
      errors: [{ excerpt: 'Wir freuen uns, euch unser neues Café vorzustellen' }],
    },
    {
      text: 'Temos o orgulho de anunciar a nova loja.',
      language: 'pt',
      errors: [{ excerpt: 'Temos o orgulho de anunciar' }],
    },
  ],
});
