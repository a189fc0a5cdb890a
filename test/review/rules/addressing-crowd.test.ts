import { rule } from '../../../src/review/rules/addressing-crowd';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Heads up if you usually visit on Sundays: we open at 11 from March.',
    'Hey everyone, quick question: what time works for the next meetup?',
    '<!here> can someone review this draft before noon?',
    'Thanks to all our volunteers for Saturday!',
    'Dear all, the server will be down for maintenance tonight from 10pm. Please save your work before you leave.',
  ],
  invalid: [
    {
      text: 'Attention all customers: our hours are changing.',
      errors: [{ excerpt: 'Attention all customers', severity: 'error' }],
    },
    {
      text: 'Dear valued customers, we have updated our policy.',
      errors: [{ excerpt: 'Dear valued customers' }],
    },
    { text: 'Dear all customers, the shop is closed Monday.', errors: [{ excerpt: 'Dear all customers' }] },
    {
      text: 'To all our followers: the shop is closed Monday.',
      errors: [{ excerpt: 'To all our followers' }],
    },
    {
      text: 'Please be advised that parking is closed.',
      errors: [{ excerpt: 'Please be advised', severity: 'warning' }],
    },
    { text: '<!channel> the sale starts now', errors: [{ excerpt: '<!channel>', severity: 'suggestion' }] },
    {
      text: 'Estimados clientes, cambiamos el horario.',
      language: 'es',
      errors: [{ excerpt: 'Estimados clientes' }],
    },
    {
      text: 'Liebe Kunden, ab Montag haben wir neue Öffnungszeiten.',
      language: 'de',
      errors: [{ excerpt: 'Liebe Kunden' }],
    },
  ],
});
