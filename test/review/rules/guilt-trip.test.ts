import { rule } from '../../../src/review/rules/guilt-trip';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    {
      text: 'Can you really say no to this cheesecake? 🍰 £4.50 a slice at the café today.',
      note: 'a treat teased, no one to abandon',
    },
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
      text: 'Maya is walking 6km for dirty water. Can you really say no to her? Every day you wait, another child goes without.',
      errors: [{ excerpt: 'Can you really say no to her' }, { excerpt: 'Every day you wait, another' }],
    },
    {
      text: 'Do you really want the class of 2012 to come last? Give at alumni.example/give.',
      errors: [{ excerpt: 'Do you really want the class of 2012 to come last' }],
    },
    {
      text: 'Rocco è legato a una catena sotto la pioggia. Se non doni tu, chi lo farà?',
      language: 'it',
      errors: [{ excerpt: 'Se non doni tu, chi lo farà' }],
    },
    {
      text: 'Estos niños cuentan contigo. No les falles: dona en ayuda.example/dona.',
      language: 'es',
      errors: [{ excerpt: 'No les falles' }],
    },
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
