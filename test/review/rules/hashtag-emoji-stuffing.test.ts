import { rule } from '../../../src/review/rules/hashtag-emoji-stuffing';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'Our garden volunteers planted 40 trees this weekend 🌳 Thank you! #community',
    'Loved the meetup :tada: see you next month #devrel #opensource',
    'Ticket #4521 is fixed in version 2.3, thanks for the report.',
    'Happy Friday 😊 what are you reading this weekend?',
  ],
  invalid: [
    {
      text: 'New arrivals #fashion #style #ootd #shopping #sale',
      errors: [{ excerpt: '#ootd' }, { excerpt: '#shopping' }, { excerpt: '#sale' }],
    },
    { text: 'Weekend vibes 🔥🔥🔥🔥 come through', errors: [{ excerpt: '🔥🔥🔥🔥' }] },
    { text: 'Party time :tada::tada::tada::tada:', errors: [{ excerpt: ':tada::tada::tada::tada:' }] },
    { text: 'Nuevos productos 🎉 🎉 🎉 🎉 🎉', language: 'es', errors: [{ excerpt: '🎉 🎉 🎉 🎉 🎉' }] },
  ],
});
