import { rule } from '../../../src/review/rules/link-only';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'We rewrote our onboarding checklist after your feedback, and the buddy idea came from you: https://blog.example.com/onboarding',
    'Thoughts? https://blog.example.com/onboarding',
    'No link here at all.',
  ],
  invalid: [
    {
      text: 'https://blog.example.com/onboarding',
      errors: [{ excerpt: 'https://blog.example.com/onboarding' }],
    },
    {
      text: 'New blog post: https://blog.example.com/onboarding',
      errors: [{ excerpt: 'New blog post: https://blog.example.com/onboarding' }],
    },
    {
      text: 'Read more <https://acme.dev/news|here>',
      errors: [{ excerpt: 'Read more <https://acme.dev/news|here>' }],
    },
    {
      text: 'Nuevo artículo: https://blog.example.com/es',
      language: 'es',
      errors: [{ excerpt: 'Nuevo artículo: https://blog.example.com/es' }],
    },
  ],
});
