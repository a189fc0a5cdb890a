/**
 * Drafts of our own that between them set off every kind of finding DESIGN.md lists (hard calls to action,
 * urgency and scarcity, discounts, hype, shouting, begging for follows, hashtag and emoji stuffing,
 * self-centred announcements, press-release register, addressing a crowd, link-only drops) and what counts
 * in a draft's favour (questions, thanks to a named person, a tip, a reply), plus a non-English post. The
 * reviewer builds its phrase indexes and compiles a pattern the first time a draft's words reach it, so
 * drafts that reach few patterns leave most of them cold: a draft unlike these cost ~25 ms the first time.
 */
export const WARM_UP_DRAFTS = [
  'LAST CHANCE!!! Our whole winter range is 40% off until midnight. Shop now at https://example.com/sale #deals #sale',
  'Thank you <@U0000WARM1> for lending us the projector on Friday, the workshop went so much better with it.',
  'We repaired the old bench by the canal this weekend. Which spot in town should we fix up next?',
  'Hoy probamos una receta nueva de pan de centeno. ¿Alguien tiene un truco para que suba más?',
  'HUGE NEWS!!! Buy now before it sells out, only 5 left and the deal ends tonight! DM us to order 🔥🔥🔥 #sale #deal #shop #new',
  'We are proud to announce that Acme, the leading provider of revolutionary, best-in-class cloud solutions, today announced its new platform. Sign up today!',
  'Attention everyone: follow us, like and share this post for a chance to win! Limited time offer, 20% discount with code SPRING20.',
  'Check out our latest blog post https://example.com/blog',
  'Quick tip: soak the beans overnight and they cook in half the time. How do you cook yours? Thanks to Maria from our kitchen for this one!',
  '@sam_bakes good question! Yes, the Saturday class still has two seats, you can book at the front desk.',
  // One per intent the rewrite plans from (launch, event, hire, welcome, milestone, fundraising, giveaway, notice).
  'Introducing our brand new app, the most innovative way to plan your week. Download it today at https://example.com/app!!!',
  'Join us this Thursday at 6pm for our FREE summer workshop on composting. Register now, spaces are limited! https://example.com/rsvp',
  'What a night! Thanks to everyone who came to our open studio yesterday, the photos are up on our page.',
  'We are hiring! Our amazing team is looking for a rockstar senior engineer. Apply now: https://example.com/jobs',
  'Please welcome Priya Shah, who joins us today as head of design. We are thrilled to have her on board!',
  'We just hit 10,000 customers!!! Thank you for making us the #1 bakery in town. Celebrate with 15% off all week.',
  'Every donation counts: help us raise $5,000 for the shelter before Friday. Donate now and share with your friends!',
  'GIVEAWAY TIME! Win a free year of coffee: follow us, tag 3 friends and share this post. Winner announced Monday!',
  'Heads up: our store will be closed on Monday for maintenance. Online orders will ship on Tuesday as usual.',
];
