import { rule } from '../../../../src/review/rules/network/instagram-link';
import { testNetworkRule } from '../../rule-tester';

testNetworkRule(rule, {
  valid: [
    { text: 'instagram: The whole autumn menu is behind the link in our bio. What should we add?' },
    { text: 'x: The autumn menu is at https://cafe.example/menu', note: 'links work on X' },
    { text: 'The autumn menu is at https://cafe.example/menu', network: 'linkedin' },
    { text: 'The autumn menu is at https://cafe.example/menu', network: 'any' },
  ],
  invalid: [
    {
      text: 'instagram: Our autumn menu is here, see it all at https://cafe.example/menu',
      errors: [{ excerpt: 'https://cafe.example/menu', severity: 'warning' }],
    },
    {
      text: 'See <https://cafe.example/menu|our menu> and book at www.cafe.example',
      network: 'instagram',
      errors: [{ excerpt: '<https://cafe.example/menu|our menu>' }, { excerpt: 'www.cafe.example' }],
    },
  ],
});
