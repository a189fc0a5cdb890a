import { rule } from '../../../../src/review/rules/network/hook';
import { testNetworkRule } from '../../rule-tester';

const READER_FIRST =
  'Your first week as a manager is mostly listening. Here are the three questions that helped our new leads most, ' +
  'and the one we stopped asking because it made people defensive. Which one would you add to the list? ';

testNetworkRule(rule, {
  valid: [
    { text: `linkedin: ${READER_FIRST}` },
    {
      text: `linkedin: ${READER_FIRST}Book a seat at the workshop if you want to practise them.`,
      note: 'the ask comes after the fold (~210 characters)',
    },
    {
      text: 'instagram: I learned to bake bread this winter. What should I try next?',
      note: 'a story, not news',
    },
    {
      text: 'x: We are thrilled to announce our new guide.',
      note: 'X shows the whole post: the general self-announcement rule covers it',
    },
    { text: 'linkedin: Are you proud of your first launch? Tell us about it.', note: 'a question' },
    {
      text: 'linkedin: We launched the guide you asked for: three questions for your first week.',
      note: 'about the reader',
    },
  ],
  invalid: [
    {
      text: 'linkedin: We are thrilled to announce that our team has launched a new onboarding guide.',
      errors: [{ excerpt: 'We are thrilled to announce that our team has launched a new onboarding guide.' }],
    },
    {
      text: 'LinkedIn: Proud to share that I have been promoted to head of design! Thank you all.',
      errors: [{ excerpt: 'Proud to share that I have been promoted to head of design!' }],
    },
    {
      text: 'instagram: Order yours today. Our linen shirts are back in four colours.',
      errors: [{ excerpt: 'Order yours today.', severity: 'warning' }],
    },
    {
      text: 'Order yours today. Our linen shirts are back in four colours.',
      network: 'instagram',
      errors: [{ excerpt: 'Order yours today.' }],
    },
  ],
});
