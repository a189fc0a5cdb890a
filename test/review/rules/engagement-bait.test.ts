import { rule } from '../../../src/review/rules/engagement-bait';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'What would you add to this list? Tell us in the comments.',
    {
      text: 'Comment "GLOW" if you\'d like us to send you the link.',
      note: 'a keyword the reader may send to ask for something, on their terms',
    },
    {
      text: 'If you\'re interested in the checklist, DM me "SHRED".',
      note: 'offered, not begged',
    },
    'Shout-out to @maria for sharing her notes with the group.',
    'If you liked the talk, the slides are here: https://talks.example.com',
    'I follow a few bakers who share their failures too; they are the best.',
    {
      text: 'Do you agree? I would love to hear where you do not.',
      note: 'a question to someone, not a bare "Agree?"',
    },
    'Agree or not, the survey results are in: 62% of you want later opening hours.',
  ],
  invalid: [
    { text: 'Success is a choice. Agree? 👇', errors: [{ excerpt: 'Agree?' }] },
    { text: '♻️ Repost if this resonated', errors: [{ excerpt: '♻️ Repost if this resonated' }] },
    {
      text: 'Condividi con chi ama la cucina romana e tagga 3 amici che ti devono una cena!',
      language: 'it',
      errors: [{ excerpt: 'Condividi con chi ama la cucina romana e tagga 3 amici che ti devono una cena!' }],
    },
    {
      text: 'Teilt diesen Beitrag und markiert 3 Freunde, die gerne lesen.',
      language: 'de',
      errors: [{ excerpt: 'Teilt diesen Beitrag und markiert 3 Freunde, die gerne lesen.' }],
    },
    { text: 'Like and share if you agree!', errors: [{ excerpt: 'Like and share if you agree!' }] },
    {
      text: 'Great tips here. Tag a friend who needs this!',
      errors: [{ excerpt: 'Tag a friend who needs this!' }],
    },
    { text: 'Follow us for more recipes', errors: [{ excerpt: 'Follow us for more recipes' }] },
    {
      text: "Don't forget to like and subscribe",
      errors: [{ excerpt: "Don't forget to like and subscribe" }],
    },
    { text: 'Help us reach 10k followers!', errors: [{ excerpt: 'Help us reach 10k followers!' }] },
    {
      text: 'Comment "YES" below if you want the guide',
      errors: [{ excerpt: 'Comment "YES" below if you want the guide' }],
    },
    {
      text: 'Comment "DEAL" and we\'ll message you.',
      errors: [{ excerpt: 'Comment "DEAL" and we\'ll message you.' }],
    },
  ],
});
