import { rule } from '../../../src/review/rules/self-focus';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'We moved to a bigger kitchen, which means your orders now ship in two days instead of five.',
    'We opened our new office in Lisbon. If you are nearby, what should we know about the neighbourhood?',
    'Short and sweet: we are open on Monday.',
    // The words of a title in quotes ("…Headcount") are not the organisation's news.
    'Join us Thursday for "Scaling Support Without Scaling Headcount", a free hour with two support leads.',
  ],
  invalid: [
    {
      text: 'Our company grew revenue by 40% this year, and we expanded our team to 120 people across our three offices.',
      errors: [{ excerpt: 'grew' }],
    },
    {
      text: 'We have been busy: we rebuilt our kitchen, we hired our first pastry chef and we are planning our summer menu.',
      errors: [{ excerpt: 'We' }],
    },
    {
      text: 'Acme Corp. has appointed Dana Ruiz as CFO, effective 1 March, following a record year for the firm.',
      errors: [{ excerpt: 'appointed', severity: 'error' }],
    },
    {
      // A closure notice is news the reader needs: reported, but only as a lean, not a bulletin.
      text: 'Reminder that the office is closed Friday for the team away day.',
      errors: [{ excerpt: 'closed', severity: 'warning' }],
    },
    {
      text: 'Heads up: the depot is closed Friday and our CEO has been named Director of the Year.',
      errors: [{ excerpt: 'closed', severity: 'error' }],
    },
  ],
});
