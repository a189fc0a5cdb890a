import { CLAIM_REASONS, describeClaims, unsupportedClaims, type ClaimReason } from '../../src/review/claims';

const PLANNER =
  'HUGE NEWS!!! Our revolutionary planner is 30% off until Friday ONLY. Buy now: <https://acme.example/planner>';
const MUGS = 'BUY NOW!!! Only 3 left of our revolutionary mugs, ends TONIGHT: https://shop.example/mugs';
const AWARD =
  'We are proud to announce that Acme Corp has been named the leading provider of cloud planners in Europe.';
const CRAWL =
  'Attention everyone!!! Our Spring Book Crawl is on Saturday 12 April at 10:00 in Leeds. Sign up TODAY, only 40 spots!!!';
const HIRING =
  'We are hiring! Acme is looking for a senior backend engineer in Berlin. Apply now: https://acme.example/jobs';
const REPLY = 'FREE sticker pack for the first 50 people!!! Reply YES to claim yours NOW!!!';
const DM = 'Attention everyone: DM us to order today!';
const SPANISH =
  '¡¡¡OFERTA INCREÍBLE!!! Nuestro curso de fotografía con un 40% de descuento solo hasta el domingo. ¡Inscríbete ya!';
const FRENCH =
  'Nous sommes fiers d’annoncer notre nouvelle application de recettes ! Téléchargez-la dès maintenant !!!';
const GERMAN = 'Wir freuen uns, unsere neue Kaffeemaschine vorzustellen! Jetzt kaufen und 20 % sparen!!!';
const BRAG =
  'We are thrilled to share that our team closed a record quarter and doubled our customer base to 2,400.';
const WEBINAR =
  'Join our webinar on Thursday at 4pm with <@U024BE7LH> about onboarding. Register here: https://acme.example/webinar #onboarding';

/** Rewrites that only reorder, soften and turn the draft toward the reader: nothing to report. */
const FAITHFUL: [string, string, string][] = [
  ['planner, softened', PLANNER, 'Our planner is 30% off until Friday: <https://acme.example/planner>'],
  [
    'planner, with a question from its content',
    PLANNER,
    "Our planner is 30% off until Friday, if you'd like to try it: <https://acme.example/planner> What would you plan with it first?",
  ],
  [
    'planner, invitation',
    PLANNER,
    'Have a look at the planner, 30% off until Friday: <https://acme.example/planner>',
  ],
  [
    'mugs, plain',
    MUGS,
    'There are 3 of our mugs left, until tonight: https://shop.example/mugs Which one would you pick?',
  ],
  [
    'mugs, reordered',
    MUGS,
    'Only 3 of the mugs are left tonight, if you want one: https://shop.example/mugs',
  ],
  [
    'award, without the press release',
    AWARD,
    'Acme Corp was named a provider of cloud planners in Europe. What do you look for in a planner?',
  ],
  [
    'award, thanks',
    AWARD,
    'Thank you, everyone: Acme Corp was named a provider of cloud planners in Europe!',
  ],
  [
    'book crawl, date and place kept',
    CRAWL,
    'Our Spring Book Crawl is on Saturday 12 April at 10:00 in Leeds. There are 40 spots, if you would like to join us. Will we see you there?',
  ],
  [
    'hiring, reader first',
    HIRING,
    'Acme is looking for a senior backend engineer in Berlin. Know someone who would like it? Details: https://acme.example/jobs',
  ],
  [
    'reply path kept as an invitation',
    REPLY,
    'There is a free sticker pack for the first 50 people. Reply YES if you want one.',
  ],
  ['reply path, softer', REPLY, 'If you would like a sticker pack, reply YES: the first 50 get one, free.'],
  ['DM path kept', DM, 'If you would like to order, send us a message. What would you use it for?'],
  ['DM path, shorter', DM, 'Curious? DM us and tell us what you need.'],
  [
    'Spanish answered in Spanish',
    SPANISH,
    'Nuestro curso de fotografía tiene un 40% de descuento hasta el domingo. ¿Qué te gustaría fotografiar?',
  ],
  [
    'Spanish, invitation',
    SPANISH,
    'Si te interesa, el curso de fotografía tiene un 40% de descuento hasta el domingo. ¡Inscríbete cuando quieras!',
  ],
  [
    'French answered in French',
    FRENCH,
    'Notre nouvelle application de recettes est disponible. Vous la téléchargez ? Dites-nous ce que vous en pensez !',
  ],
  ['German answered in German', GERMAN, 'Unsere neue Kaffeemaschine ist da, mit 20 % Rabatt. Was meint ihr?'],
  [
    'brag turned to the reader',
    BRAG,
    'Our team closed a record quarter and our customer base doubled to 2,400. Thank you to every one of you!',
  ],
  [
    'brag, with a question',
    BRAG,
    'We doubled our customer base to 2,400 this quarter. What should we do next?',
  ],
  [
    'webinar, mention, link and hashtag kept',
    WEBINAR,
    'On Thursday at 4pm <@U024BE7LH> talks about onboarding. Want to join? https://acme.example/webinar #onboarding',
  ],
  [
    'number words for digits',
    'Only 3 seats left for the 2 workshops!!!',
    'There are three seats left across the two workshops, if you would like one.',
  ],
  [
    'digits for number words',
    'Three of our designers will answer questions live. Sign up NOW!!!',
    'Our 3 designers will answer questions live. Want to sign up?',
  ],
  [
    'a question about the reader’s week',
    PLANNER,
    'Our planner is 30% off until Friday. How do you plan your week?',
  ],
  [
    'derivations of the draft’s words',
    'We are announcing the launch of our planning app.',
    'Our planner app is launched. What do you plan with it?',
  ],
  ['a "feel free" invitation', DM, 'Feel free to DM us if you want to order.'],
  [
    'words of the link count',
    'Check this out!!! https://acme.example/blog/remote-onboarding-guide',
    'Our guide to remote onboarding: https://acme.example/blog/remote-onboarding-guide What would you add?',
  ],
  [
    'a capital after a link starts a sentence',
    MUGS,
    'There are 3 mugs left: https://shop.example/mugs Which would you pick?',
  ],
  [
    'a sale word implied by the price',
    'Our notebooks are 25% off!!! Shop NOW',
    'Our notebooks have a 25% discount, if you were after one.',
  ],
  [
    'callers may allow their own template words',
    PLANNER,
    'The planner runs for another few days at 30% off until Friday.',
  ],
];

/** Rewrites that put words in the author's mouth, with the reason each must carry. */
const INVENTED: [string, string, string, ClaimReason][] = [
  [
    'the old worked example: a backstory',
    PLANNER,
    "We built our planner because our own weeks kept slipping away. It's 30% off until Friday if you'd like to try it: <https://acme.example/planner> How do you plan your week?",
    'backstory',
  ],
  [
    'the old injection example: a backstory',
    DM,
    'We have been working on something we think you will like. If you are curious, send us a message.',
    'backstory',
  ],
  [
    'a made-up batch',
    MUGS,
    'We made a small batch of mugs and 3 are left: https://shop.example/mugs',
    'backstory',
  ],
  ['a motive', PLANNER, 'Our planner is 30% off until Friday, since we know planning is hard.', 'backstory'],
  [
    'from scratch',
    HIRING,
    'Acme is looking for a senior backend engineer in Berlin to help us rebuild from scratch.',
    'backstory',
  ],
  [
    'I-story',
    REPLY,
    'I started designing these stickers last year. Reply YES for a pack, the first 50 get one.',
    'backstory',
  ],
  ['a named customer', PLANNER, 'Teams at Spotify use our planner, 30% off until Friday.', 'entity'],
  [
    'an analyst firm',
    AWARD,
    'Acme Corp was named a provider of cloud planners in Europe by Gartner.',
    'entity',
  ],
  [
    'a person',
    CRAWL,
    'Join Maria on Saturday 12 April at 10:00 in Leeds for our Spring Book Crawl, 40 spots.',
    'entity',
  ],
  ['a city', HIRING, 'Acme is looking for a senior backend engineer in Berlin or Munich.', 'entity'],
  ['a handle', MUGS, 'Only 3 mugs left, made with @clayworks: https://shop.example/mugs', 'entity'],
  ['a product name', PLANNER, 'Our planner, PlanPro, is 30% off until Friday.', 'entity'],
  ['a figure', PLANNER, 'Our planner is 30% off until Friday, down from $49.', 'figure'],
  [
    'a count of customers',
    AWARD,
    'Acme Corp, with 5,000 customers, was named a provider of cloud planners in Europe.',
    'figure',
  ],
  ['a number word', MUGS, 'Only 3 left of a hundred mugs: https://shop.example/mugs', 'figure'],
  [
    'a date',
    CRAWL,
    'Our Spring Book Crawl is on Saturday 12 April at 10:00 in Leeds, and again in May. 40 spots.',
    'figure',
  ],
  ['an invented time', MUGS, 'We have 3 mugs left this week: https://shop.example/mugs', 'figure'],
  [
    'a percentage',
    BRAG,
    'Our team closed a record quarter, up 35%, and doubled the customer base to 2,400.',
    'figure',
  ],
  ['a promise', PLANNER, 'Our planner saves you hours and is 30% off until Friday.', 'product-claim'],
  ['you will love it', PLANNER, "You'll love our planner, 30% off until Friday.", 'product-claim'],
  [
    'trusted by',
    AWARD,
    'Acme Corp, trusted by planners across Europe, was named a provider of cloud planners.',
    'product-claim',
  ],
  [
    'praise',
    MUGS,
    'Our handmade mugs: only 3 left, until tonight. https://shop.example/mugs',
    'product-claim',
  ],
  [
    'comparison',
    PLANNER,
    'Our planner is simpler than a spreadsheet and 30% off until Friday.',
    'product-claim',
  ],
  [
    'works with',
    HIRING,
    'Acme works with teams in Berlin and is looking for a senior backend engineer.',
    'product-claim',
  ],
  ['a free trial', PLANNER, 'Our planner has a free trial and is 30% off until Friday.', 'product-claim'],
  ['an invented detail', MUGS, 'Only 3 of our blue mugs left: https://shop.example/mugs', 'descriptor'],
  ['an invented feature', PLANNER, 'Our planner syncs calendars and is 30% off until Friday.', 'descriptor'],
  ['an invented material', MUGS, 'Only 3 stoneware mugs left: https://shop.example/mugs', 'descriptor'],
  [
    'an invented detail in Spanish',
    SPANISH,
    'Nuestro curso de fotografía nocturna tiene un 40% de descuento hasta el domingo.',
    'descriptor',
  ],
  [
    'an invented detail in French',
    FRENCH,
    'Notre nouvelle application de recettes végétariennes est disponible.',
    'descriptor',
  ],
];

describe('unsupportedClaims: the invented-claims guard', () => {
  it.each(FAITHFUL)('accepts a faithful rewrite: %s', (name, draft, rewrite) => {
    const allow = name.startsWith('callers may') ? ['runs', 'another', 'days'] : [];
    expect(unsupportedClaims(draft, rewrite, { allow })).toEqual([]);
  });

  it.each(INVENTED)('rejects an invention: %s', (_name, draft, rewrite, reason) => {
    const claims = unsupportedClaims(draft, rewrite);
    expect(claims.map((claim) => claim.reason)).toContain(reason);
    for (const claim of claims) expect(rewrite.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('covers every reason in both directions', () => {
    expect(new Set(INVENTED.map(([, , , reason]) => reason))).toEqual(new Set(CLAIM_REASONS));
    expect(FAITHFUL.length).toBeGreaterThanOrEqual(25);
    expect(INVENTED.length).toBeGreaterThanOrEqual(25);
  });

  it('reports a backstory once, as its sentence, and what else it finds with offsets', () => {
    const rewrite =
      "We built our planner because our own weeks kept slipping away. It's 30% off until Friday at Acme Labs.";
    expect(unsupportedClaims(PLANNER, rewrite)).toEqual([
      {
        reason: 'backstory',
        text: 'We built our planner because our own weeks kept slipping away.',
        start: 0,
        end: 62,
      },
      { reason: 'entity', text: 'Acme Labs', start: 92, end: 101 },
    ]);
  });

  it('leaves links, mentions and code to the facts guard', () => {
    expect(
      unsupportedClaims('Buy NOW!!!', 'Have a look: <https://acme.example/new-thing|NewThing> `npm i acme`'),
    ).toEqual([]);
  });

  it('accepts the draft itself and an empty rewrite', () => {
    for (const draft of [
      PLANNER,
      MUGS,
      AWARD,
      CRAWL,
      HIRING,
      REPLY,
      DM,
      SPANISH,
      FRENCH,
      GERMAN,
      BRAG,
      WEBINAR,
    ]) {
      expect(unsupportedClaims(draft, draft)).toEqual([]);
    }
    expect(unsupportedClaims(PLANNER, '')).toEqual([]);
  });

  it('describes the additions by reason, for the model to act on', () => {
    const lines = describeClaims(
      unsupportedClaims(PLANNER, 'We built our planner because we wanted to. Teams at Spotify love it.'),
    );
    expect(lines).toEqual([
      'the rewrite adds a name the draft does not mention: "Spotify"; use only what the draft says',
      'the rewrite adds a first-person story the author never told: "We built our planner because we wanted to."; use only what the draft says',
      expect.stringMatching(/^the rewrite adds a detail or description the draft does not support: "Teams"/),
    ]);
  });
});
