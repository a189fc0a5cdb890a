import { rule } from '../../../../src/review/rules/network/hashtags';
import { testNetworkRule } from '../../rule-tester';

const tags = (count: number) =>
  Array.from({ length: count }, (_, index) => `#tag${String.fromCharCode(97 + (index % 26))}${index}`);

testNetworkRule(rule, {
  valid: [
    { text: 'x: Our spring workshop is open. What should we cover? #ux #design' },
    { text: 'threads: Our spring workshop is open. What should we cover? #ux' },
    { text: `Our garden is in bloom. ${tags(5).join(' ')}`, network: 'instagram' },
    {
      text: `Our garden is in bloom. ${tags(6).join(' ')}`,
      network: 'linkedin',
      note: 'LinkedIn publishes no number',
    },
    { text: 'x: Ticket #4521 is fixed in 2.3, thanks #devs', note: 'a ticket number is not a tag' },
  ],
  invalid: [
    {
      text: 'x: Our spring workshop is open for sign-ups #design #ux #workshop',
      errors: [{ excerpt: '#workshop', severity: 'suggestion' }],
    },
    {
      text: 'threads: Our spring workshop is open #ux #design',
      errors: [{ excerpt: '#design', severity: 'warning' }],
    },
    {
      text: `Our garden is in bloom. ${tags(6).join(' ')}`,
      network: 'instagram',
      errors: [{ excerpt: tags(6)[5] as string, severity: 'suggestion' }],
    },
    {
      text: `Our garden is in bloom. ${tags(31).join(' ')}`,
      network: 'instagram',
      errors: [{ excerpt: tags(31)[30] as string, severity: 'error' }],
    },
  ],
});
