import { rule } from '../../../src/review/rules/guilt-trip';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Luna needs an operation that costs £600 and we are at £310. £5 buys her a week of food: paws.example/luna',
    {
      text: "Can you look after Biscuit while we're away this weekend? He's no trouble, promise.",
      note: 'a favour asked of a friend, no conscience on trial',
    },
    {
      text: 'Please do not scroll down to the footer for the address: it is at the top of this email.',
      note: 'directions, not a reproach',
    },
    { text: 'While you’re here, the meeting notes from Tuesday are in the shared drive.' },
    {
      text: 'Can you ignore the first email? It went out with the wrong date.',
      note: 'after "ignore", only a pronoun is someone to abandon',
    },
  ],
  invalid: [
    {
      text: 'Luna was left in a box in the snow. Will you turn your back on her?',
      errors: [{ excerpt: 'Will you turn your back on her' }],
    },
    {
      text: 'Every 60 seconds a child goes hungry. Will you look away?',
      errors: [{ excerpt: 'Will you look away' }],
    },
    {
      text: "Just £3 a week – less than the price of a coffee – could feed a child. It's the least you can do.",
      errors: [{ excerpt: 'less than the price of a coffee' }, { excerpt: "It's the least you can do" }],
    },
    {
      text: "We noticed you haven't given since March. We hope that's not because you've stopped caring.",
      errors: [{ excerpt: "not because you've stopped caring" }],
    },
    {
      text: 'Most people will scroll past this post. If you don’t help, who will?',
      errors: [{ excerpt: 'Most people will scroll past' }, { excerpt: 'If you don’t help, who will' }],
    },
    {
      text: '¿Vas a mirar hacia otro lado? Es lo mínimo que puedes hacer.',
      language: 'es',
      errors: [{ excerpt: 'Vas a mirar hacia otro lado' }, { excerpt: 'Es lo mínimo que puedes hacer' }],
    },
  ],
});
