import { rule } from '../../../src/review/rules/no-invitation';
import { testRule } from '../rule-tester';

const LONG =
  'Our annual report is out. It covers the year in detail, from the product to the people to the finances, and it sets out the plans for the next twelve months across all of our teams.';

testRule(rule, {
  valid: [
    'Short post, no question, and that is fine.',
    `${LONG} Which part should we dig into next?`,
    `${LONG} Let us know what you think.`,
    `${LONG} You can sign up on the site, or just reply to this email and I'll hold a place for you.`,
  ],
  invalid: [
    {
      text: LONG,
      errors: [
        {
          excerpt:
            'It covers the year in detail, from the product to the people to the finances, and it sets out the plans for the next twelve months across all of our teams',
          severity: 'suggestion',
        },
      ],
    },
  ],
});
