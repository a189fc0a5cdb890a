import { rule } from '../../../src/review/rules/social-proof';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Priya and her team moved their planning into Planly last spring. What does your Monday look like?',
    '300 people came to the beach clean-up on Saturday and we filled 112 bags. Thank you all!',
  ],
  invalid: [
    {
      text: 'Over 10,000 teams already use Planly to run their week.',
      errors: [{ excerpt: 'Over 10,000 teams already use' }],
    },
    { text: 'Trusted by 2,500+ clinics across Europe.', errors: [{ excerpt: 'Trusted by 2,500+' }] },
    {
      text: "Smart CFOs are already switching. Don't get left behind.",
      errors: [{ excerpt: 'Smart CFOs are already switching' }, { excerpt: "Don't get left behind" }],
    },
    {
      text: 'Más de 5.000 clientes ya confían en nosotros.',
      language: 'es',
      errors: [{ excerpt: 'Más de 5.000 clientes ya confían' }],
    },
  ],
});
