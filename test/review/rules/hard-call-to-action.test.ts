import { rule } from '../../../src/review/rules/hard-call-to-action';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    "ok who wants pizza? I'm getting one from Gio's, send me ur order by 12:30 🍕",
    "Don't forget mum's birthday is on Sunday. Book the restaurant today if you can, they fill up fast.",
    'Our new menu is up at https://cafe.example.com. Which dish should we make first?',
    {
      text: "A few of you asked for the pattern so it's up now, $6 on my shop (link in bio). So fun to knit.",
      note: 'in brackets the link is an aside that says where, not an order',
    },
    {
      text: 'Das Muster gibt es jetzt für 6 € im Shop (Link in Bio). Viel Spaß beim Stricken!',
      language: 'de',
    },
    'You can order from the site whenever suits you, and we are happy to answer questions.',
    {
      text: "Open house this Sunday 1–3pm. If you're interested, call me today at 555-0176.",
      note: "the call offered on the reader's terms; today is when the agent is free",
    },
    {
      text: 'Your rent is paid by standing order on or before the 1st of each month. Any questions, just reply.',
      note: 'a standing order is how rent is paid, not an order to buy',
    },
    {
      text: "We're paying up to $3,000 over book this week for cars like yours, if you're thinking of selling.",
      note: '"over book" is a car\'s book value',
    },
    {
      text: "Text GLOW to 55123 if you'd like 20% off your first facial.",
      note: "an order on the reader's terms: the condition is theirs",
    },
    {
      text: 'Ships in April. You can pre-order here: hivesense.example',
      note: 'the "order" of "pre-order" after "you can"',
    },
    'Now that the days are longer, what are you planning to grow this spring?',
    {
      text: 'You can book a free inspection online. You can also call 555-014-7788 today.',
      note: 'a second way in, offered with "also"',
    },
    {
      text: "When we started from a garage in Cardiff we never dreamed we'd get here.",
      note: '"get here" after "we\'d" tells where we are, it orders nobody',
    },
    {
      text: 'Join us on Thursday for a chat about composting. Bring your questions!',
      note: 'an invitation, not an order',
    },
    { text: 'The `buy now` button in our checkout demo was renamed.', note: 'code is never flagged' },
    { text: 'Wir haben heute ein neues Rezept ausprobiert. Was backt ihr am Wochenende?', language: 'de' },
    {
      text: 'Spring cohort dates are out. You can sign up here if it fits: https://school.example/spring',
      note: 'told where, not ordered',
    },
    { text: 'You can book online or call the front desk, whichever is easier.', note: 'told, not ordered' },
    {
      text: 'No call out fee before 8pm. Covering all of Leeds and Bradford.',
      note: '"call" after "no" is the noun of "call out fee": a price term, not an order',
    },
    {
      text: 'Only a few fitting slots left for June. If you\'d like to lock yours in, DM us "FIT".',
      note: "a keyword to send, offered on the reader's terms",
    },
    {
      text: 'You can book through the link in bio, and the menu is there too.',
      note: 'where the link is, told',
    },
    { text: 'You can tap the link in our bio to see the full menu.', note: 'told, not ordered' },
    { text: 'You can DM us to reserve one for Sunday.', note: 'a way to reserve, offered' },
    {
      text: 'Every pen is 40% off until Sunday. You can shop the sale at pens.example',
      note: 'told, not ordered',
    },
    {
      text: 'People said teams would never switch from spreadsheets. Today, 1,200 companies use Ledgerly.',
      note: 'a verb and "today" in two sentences',
    },
    {
      text: "Would you be open to a quick 15-minute call this week to see if it's a fit?",
      note: 'a call as a noun, asked about',
    },
  ],
  invalid: [
    { text: 'Buy now at https://shop.example.com', errors: [{ excerpt: 'Buy now', severity: 'error' }] },
    { text: 'Limited stock, so grab yours today!', errors: [{ excerpt: 'grab yours today' }] },
    { text: 'DM us to order your cake for Sunday.', errors: [{ excerpt: 'DM us to order' }] },
    { text: 'New drop is live, link in bio', errors: [{ excerpt: 'link in bio' }] },
    { text: 'Every pen is 40% off. Shop the sale at pens.example', errors: [{ excerpt: 'Shop the sale' }] },
    { text: 'Call us this week on 0141 555 0199.', errors: [{ excerpt: 'Call us this week' }] },
    { text: '📲 DM us "FIT" to lock yours in.', errors: [{ excerpt: 'DM us "FIT"' }] },
    {
      text: 'Start your free trial today: https://acme.dev',
      errors: [{ excerpt: 'Start your free trial today' }],
    },
    {
      text: 'Order yours at <https://bakery.example.com|our shop>.',
      errors: [{ excerpt: 'Order', severity: 'warning' }],
    },
    { text: '*Sign up now* for the spring cohort', errors: [{ excerpt: 'Sign up now' }] },
    { text: 'Sign up here: https://school.example/spring', errors: [{ excerpt: 'Sign up here' }] },
    { text: 'Order by Thursday for free delivery!', errors: [{ excerpt: 'Order by' }] },
    { text: '¡Compra ya tu entrada para el concierto!', language: 'es', errors: [{ excerpt: 'Compra ya' }] },
    {
      text: 'Commandez dès maintenant votre coffret.',
      language: 'fr',
      errors: [{ excerpt: 'Commandez dès maintenant' }],
    },
    { text: 'Jetzt bestellen und Versand sparen!', language: 'de', errors: [{ excerpt: 'Jetzt bestellen' }] },
    { text: 'Garanta já o seu ingresso!', language: 'pt', errors: [{ excerpt: 'Garanta já o seu' }] },
  ],
});
