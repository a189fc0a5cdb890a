import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingFactsAndPaths, reviewDraft } from '../../src/review';
import { INTENTS } from '../../src/review/analysis';
import { judgeDraft } from '../../src/review/judge';
import { rewriteDraft, REWRITE_CHECKS, type RewriteCheck } from '../../src/review/rewrite';
import { factSheet } from '../../src/review/facts';
import { firstFailure, notDraftPlusQuestion } from '../../src/review/rewrite/checks';
import { grammarProblems } from '../../src/review/rewrite/grammar';
import { ABBREVIATION_BEFORE, runsOnAfter } from '../../src/review/rewrite/abbreviations';
import {
  bioSaid,
  baitAsQuestion,
  calm,
  INSTRUCTION_NOT_TO,
  isJab,
  isPressure,
  isUpsell,
  stateAfterPlace,
  tagAsQuestion,
  withoutJabTail,
  withoutRanking,
  whereToFind,
  offered,
  plainNews,
  tidySentence,
  type OfferContext,
  type SentenceContext,
} from '../../src/review/rewrite/sentence';
import { asInvitation, planRewrite, withItsThing, withoutWaived } from '../../src/review/rewrite/plan';
import { offeredElsewhere } from '../../src/review/rewrite/offered-elsewhere';
import { tidy } from '../../src/review/rewrite/edits';
import { inPlainWords } from '../../src/review/rewrite/plain-words';
import { segment } from '../../src/review/rewrite/segments';
import { ASKING_INTENTS, questionsFor } from '../../src/review/rewrite/questions';
import { findReplyPaths, lostReplyPaths } from '../../src/review/rewrite/reply-paths';
import type { Language } from '../../src/review/types';
import { LEAVING_SENTENCE } from '../../src/review/rewrite/kept-as-written';

/**
 * The rewrite of a draft whether or not its review sends it back: for the rewriter's own cases on
 * drafts near the verdict's line, where what is tested is how a sentence is rewritten, not whether.
 */
function rewriteAnyway(text: string): string {
  const judgement = judgeDraft(text, {});
  return rewriteDraft({ ...judgement, verdict: 'revise' }, {}).rewrite ?? '';
}

interface Draft {
  id: string;
  text: string;
}

const root = join(__dirname, '..', '..');
function load(path: string): Draft[] {
  return readFileSync(join(root, path), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Draft);
}
const CORPORA = [
  'test/fixtures/drafts.jsonl',
  'test/fixtures/holdout.jsonl',
  ...readdirSync(join(root, 'corpus/writers'))
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => `corpus/writers/${file}`),
];

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('reply paths', () => {
  it('reads the word to send in a direct message, and not the hurry after one', () => {
    expect(findReplyPaths('DM me DATE before it goes.').map((path) => [path.kind, path.keys])).toEqual([
      ['dm', ['dm']],
      ['reply-word', ['dm', 'date']],
    ]);
    expect(findReplyPaths('DM us NOW!').map((path) => path.kind)).toEqual(['dm']);
  });

  it('reads a quoted word after "DM" as the word to send, whatever follows it', () => {
    expect(findReplyPaths("DM 'JOIN' now!!!").map((path) => path.keys)).toEqual([['dm', 'join']]);
    expect(findReplyPaths('DM JOIN to 85050.').map((path) => path.keys)).toContainEqual(['dm', 'join']);
    expect(findReplyPaths('DM NOW for prices.')).toEqual([]);
  });

  it('finds the ways a reader can answer, with the words a rewrite must keep', () => {
    const paths = findReplyPaths(
      'Reply YES and we will set it up. DM us the word GROWTH. Link in bio. Call us on 0800 123 4567. Use code SPRING20.',
    );
    expect(paths.map((path) => [path.kind, path.keys])).toEqual([
      ['reply-word', ['reply', 'yes']],
      ['dm', ['dm']],
      ['reply-word', ['growth']],
      ['bio', ['bio']],
      ['call', ['call']],
      ['code', ['spring20']],
    ]);
  });

  it('counts a path lost when its keyword goes, kept when it is rephrased', () => {
    const paths = findReplyPaths('Reply YES and we will set it up.');
    expect(lostReplyPaths(paths, "Reply YES if you'd like us to set it up.")).toEqual([]);
    expect(lostReplyPaths(paths, "Tell us if you'd like us to set it up.")).toEqual(['Reply YES']);
  });

  it('turns an order that carries a reply path into an invitation', () => {
    const say = (sentence: string) => asInvitation(sentence, findReplyPaths(sentence), 'en');
    expect(say("Reply YES and we'll set it up.")).toBe("Reply YES if you'd like us to set it up.");
    expect(say('DM us to book.')).toBe("If you'd like to book, DM us.");
    expect(say("Message us today and we'll get you done this week")).toBe(
      "If you'd like us to get you done this week, message us.",
    );
    expect(say('Text WIN to 55123 to enter.')).toBe("Text WIN to 55123 if you'd like to enter.");
    // The goal of "or STOP to opt out" is the opt-out's alone.
    expect(say('Reply CLAIM or STOP to opt out.')).not.toMatch(/if you'd like to opt out/u);
    expect(say('Link in bio!')).toBe('The link is in our bio.');
    expect(asInvitation('Schreibt uns eine DM!', findReplyPaths('Schreibt uns eine DM!'), 'de')).toBe(
      'Wenn ihr mögt, schreibt uns eine DM.',
    );
  });
});

describe('grammar sanity', () => {
  const problems = (draft: string, rewrite: string) =>
    grammarProblems(draft, rewrite, 'en').map((problem) => problem.check);

  it.each([
    [
      'a subject cut away',
      'Acme was selected as the official partner of the games.',
      'Was selected as the official partner of the games.',
      'no-subject',
    ],
    [
      'a phrase cut from the middle',
      'Get a 50% discount on everything during the sale.',
      'A 50% discount on during the sale.',
      'broken-phrase',
    ],
    [
      'a noun cut from between its determiner and its verb',
      'Our biggest sale of the year ends tonight.',
      'Our ends tonight.',
      'determiner-before-verb',
    ],
    [
      'a sentence cut off at its end',
      "Here's what happens when you order.",
      "Here's what happens when you —",
      'dangling-end',
    ],
    [
      'a capital after "Inc."',
      'Acme Inc. today reported record sales.',
      'Acme Inc. Today reported record sales.',
      'abbreviation',
    ],
    ['a clause without its sentence', 'Buy now and save!', 'And save!', 'no-main-clause'],
    [
      'a place left with only its preposition',
      'At Corrington Freight, we are committed to excellence.',
      'At Corrington Freight.',
      'preposition-only',
    ],
    [
      'an article left before a comma',
      '"The Metro X is, quite simply, the best e-bike ever made," said Marcus.',
      '"The Metro X is, quite simply, the," said Marcus.',
      'article-before-stop',
    ],
    [
      'an article left before a preposition',
      'Tutorly 3.0 is a complete game-changer for students.',
      'Tutorly 3.0 is a complete for students.',
      'article-before-preposition',
    ],
    [
      'a name and its verb, what it is cut away',
      'Taskfold 3.0 is the only productivity app you will ever need.',
      'Taskfold 3.0 is.',
      'dangling-end',
    ],
    ['a word left alone', 'Shop now. Sale ends tonight.', 'Sale. Ends tonight.', 'fragment'],
    [
      'a sentence cut after "by"',
      'Our new range is made by hand.',
      'Our new range is made by.',
      'dangling-end',
    ],
    [
      'a dash left before the stop',
      "Update 8.0 is here — and it's our biggest EVER. 🚀",
      'Update 8.0 is here —. 🚀',
      'dangling-end',
    ],
    [
      'a sentence left opening on "with"',
      'Transform your workforce with Skillbridge, the ultimate L&D platform.',
      'With Skillbridge — L&D platform.',
      'no-main-clause',
    ],
    [
      'a lower-case start after a cut',
      'HURRY, our doors open at 9.',
      'our doors open at 9.',
      'lower-case-start',
    ],
    [
      'an article left before a pronoun',
      "It's the lowest price I've ever seen.",
      "It's the I've ever seen.",
      'broken-phrase',
    ],
    [
      'a list cut before its last item, its comma left before an emoji',
      'Our soaps are the purest, most natural, most luxurious soaps you will EVER use 🧼🌿 Shipped to 27 countries.',
      'Our soaps are the purest, most natural, 🧼🌿 Shipped to 27 countries.',
      'dangling-end',
    ],
    [
      'a sentence left ending on its comma',
      'Hiring managers, listen up 👇',
      'Hiring managers,',
      'dangling-end',
    ],
  ])('fails %s', (_name, draft, rewrite, check) => {
    expect(problems(draft, rewrite)).toContain(check);
  });

  it.each([
    [
      'a fragment the draft already had',
      'New in March: dark mode.',
      'New in March: dark mode. What would you try first?',
    ],
    [
      'a question ending on a preposition',
      'Our new app is out.',
      'Our new app is out. What would you use it for?',
    ],
    [
      'an abbreviation kept as written',
      'Acme Inc. today reported record sales!!!',
      'Acme Inc. today reported record sales.',
    ],
    ['a sign-off', 'Thanks all', 'Thanks all. What should we cover next?\n\n— The team'],
    ['a greeting on its comma', 'Dear Tenant,\n\nRent rises in May.', 'Hello,\n\nRent rises in May.'],
    [
      'a valediction read on after an address',
      'Please be advised you may email us at help@example.ca.\n\nRegards,\nThe Management',
      'You can email us at help@example.ca.\n\nRegards,\nThe Management',
    ],
    [
      'an opening "with" that leads into its clause',
      'WITH 20 YEARS IN THE TRADE, WE KNOW ROOFS!!!',
      'With 20 years in the trade, we know roofs.',
    ],
    ['a percentage that keeps its minus sign', '-20% chez Baya ce soir !!!', '-20% chez Baya ce soir.'],
    [
      'an article before a hyphened word that starts like a preposition',
      'Grab a to-do planner for the new term!!!',
      'Grab a to-do planner for the new term.',
    ],
    [
      'a sentence ending on a verb\'s "by" ("standing by")',
      'Call Ashgrove Funerals NOW on 0800 555 0193 — our advisors are standing by.',
      'You can call Ashgrove Funerals on 0800 555 0193 — our advisors are standing by.',
    ],
    [
      'the other way to reach the sender, right after an offer ("Or call…")',
      'Book by Friday and get a free chain clean! Call 01632 960771!',
      'You can book by Friday and get a free chain clean. Or call 01632 960771.',
    ],
    [
      'a short answer that ends on its verb ("That is who Anna is.")',
      'Meet Anna. That is who Anna is!!!',
      'Meet Anna. That is who Anna is.',
    ],
    [
      'hashtags after an emoji, after the last sentence',
      'We made 40 candles this week!!! Link in bio 🕯️ #candles',
      'We made 40 candles this week. The link is in our bio. 🕯️ #candles',
    ],
  ])('passes %s', (_name, draft, rewrite) => {
    expect(problems(draft, rewrite)).toEqual([]);
  });
});

describe('grammar sanity: what a cut leaves when it takes words and keeps the rest', () => {
  const problems = (draft: string, rewrite: string, language: Language = 'en') =>
    grammarProblems(draft, rewrite, language).map((problem) => problem.check);

  it('finds a noun cut from before its clause, and a colon that introduces nothing', () => {
    expect(
      problems(
        'We believe she is a game-changer who will take us further.',
        'We believe she is a who will take us further.',
      ),
    ).toContain('article-before-relative');
    expect(problems('We know the team who built it.', 'We know the team who built it.')).toEqual([]);
    expect(problems('Calculate your cover now →', 'Calculate your cover now:')).toContain('colon-at-end');
    // An amount opens a sale's line in every language: no clause was cut from it.
    expect(
      problems('¡Rebajas! Hasta un 60% en toda la tienda.', 'Hasta un 60% en toda la tienda.', 'es'),
    ).toEqual([]);
    expect(problems('Und jetzt los. Und dann?', 'Und dann los.', 'de')).toContain('no-main-clause');
    expect(problems('What you get:\n- a mug', 'What you get:\n- a mug')).toEqual([]);
  });

  it.each<[string, string, string, Language, string]>([
    [
      'a verb cut from after its "will"',
      'Meet LeadLoop: the platform that will TRANSFORM your business in 30 days or less.',
      'Meet LeadLoop: the platform that will in 30 days or less.',
      'en',
      'broken-phrase',
    ],
    [
      'a sentence ending on "desde"',
      'Reserva ya desde el link en la bio.',
      'Reserva desde. El enlace está en nuestra bio.',
      'es',
      'dangling-end',
    ],
    [
      'a clause after a pointing emoji',
      'Reserva ya desde el link en la bio 👆 o escríbenos por WhatsApp al 600 123 456.',
      'El enlace está en nuestra bio. 👆 o escríbenos por WhatsApp al 600 123 456.',
      'es',
      'no-main-clause',
    ],
    [
      'an emoji left alone with a full stop',
      'Use code CRUNCH15 for 15% off — link in bio!! 🔗 Tag your gym buddy',
      'Use code CRUNCH15 for 15% off. The link is in our bio. 🔗. Tag your gym buddy.',
      'en',
      'emoji-only',
    ],
    [
      'two sentences run together through a mention',
      '🔥🔥 REFERRAL BONUS DOUBLED 🔥🔥 @here For the rest of March, every hire earns you $10,000.',
      'Referral bonus doubled @here For the rest of March, every hire earns you $10,000.',
      'en',
      'run-on',
    ],
  ])('fails %s', (_name, draft, rewrite, language, check) => {
    expect(problems(draft, rewrite, language)).toContain(check);
  });

  it.each<[string, string, string, Language]>([
    [
      'a "will" before its verb',
      'Our platform will TRANSFORM your business in 30 days.',
      'Our platform will transform your business in 30 days.',
      'en',
    ],
    [
      'a link in the bio said whole',
      'Reserva ya desde el link en la bio 👆 o escríbenos por WhatsApp al 600 123 456.',
      'Reserva desde el enlace de nuestra bio o escríbenos por WhatsApp al 600 123 456.',
      'es',
    ],
    ['an emoji after a sentence', 'NEW DROP 🔥 Tees are in!!', 'New drop. Tees are in. 🎉', 'en'],
    [
      'a mention between two sentences',
      '🔥 REFERRAL BONUS DOUBLED 🔥 @here For the rest of March, every hire earns you $10,000.',
      'Referral bonus doubled. @here For the rest of March, every hire earns you $10,000.',
      'en',
    ],
  ])('passes %s', (_name, draft, rewrite, language = 'en') => {
    expect(problems(draft, rewrite, language)).toEqual([]);
  });
});

describe('sentence by sentence', () => {
  const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set(['YES']) };
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';

  it("drops a sentence that only pushes, whole, and keeps the author's own sentences", () => {
    const text = rewrite(
      "Our autumn roast is in: notes of fig and cocoa, £9 a bag. Don't miss out! Limited stock!! Grab yours before they're gone.",
    );
    expect(text).toMatch(/^Our autumn roast is in: notes of fig and cocoa, £9 a bag\./);
    expect(text).not.toMatch(/miss out|limited|grab yours|gone/i);
  });

  it('drops a warning aimed at the reader, and keeps help, reassurance and the opt-out question', () => {
    const warnings: [string, Language][] = [
      ["Don't be one of them!", 'en'],
      ["Don't leave your legacy to chance.", 'en'],
      ['Your future self will thank you 🙏', 'en'],
      ['Biscuit is counting on you!', 'en'],
      ['Ne laissez pas passer cette occasion unique.', 'fr'],
      ['Verpassen Sie diese Chance nicht.', 'de'],
      ['No te quedes sin tu talla.', 'es'],
    ];
    for (const [sentence, language] of warnings)
      expect([sentence, isPressure(sentence, language)]).toEqual([sentence, true]);
    for (const sentence of [
      "Don't forget your water bottle.",
      "Don't hesitate to reach out if anything is unclear.",
      "Don't worry, your order is on its way.",
      "Don't want these emails? Unsubscribe.",
    ])
      expect([sentence, isPressure(sentence, 'en')]).toEqual([sentence, false]);
    const text = rewriteAnyway(
      "70% of people overpay for car insurance. Don't be one of them!!! Compare quotes at cover.example — it takes 2 minutes.",
    );
    expect(text).not.toMatch(/one of them/u);
    expect(text).toContain('cover.example');
  });

  it('keeps every qualifier and free item ("up to 60%", "a free coffee")', () => {
    const text = rewrite(
      "We're thrilled to announce we won the Best Bakery award!!! Up to 60% off everything this weekend, plus a free coffee with every loaf. Don't miss out!",
    );
    expect(text).toContain('We won the Best Bakery award.');
    expect(text).toContain('Up to 60% off everything this weekend, plus a free coffee with every loaf.');
  });

  it('turns orders into invitations that keep the way to reply', () => {
    // No purpose is made up for a number: "if you have questions" was not in the draft.
    expect(offered('Call 0800 123 now!', en)).toBe('You can call 0800 123.');
    expect(offered('Book your table today at https://cafe.example.com', en)).toBe(
      'You can book your table at https://cafe.example.com',
    );
    expect(offered("Don't miss our free webinar!", { ...en, intent: 'event' })).toBe(
      'Join us for our free webinar.',
    );
    expect(rewrite("Our new planner is here, £12. Reply YES and we'll set one aside for you!")).toContain(
      "Reply YES if you'd like us to set one aside for you.",
    );
  });

  it('says the news instead of the pride in it, and adds nothing', () => {
    expect(plainNews("We're thrilled to announce that we won the Harbour Prize!", en)).toBe(
      'We won the Harbour Prize!',
    );
    expect(plainNews('Acme Ltd is pleased to announce the appointment of Dana Reyes as CFO.', en)).toBe(
      'Acme Ltd has appointed Dana Reyes as CFO.',
    );
    expect(plainNews('Orion Data today announced the completion of its London campus.', en)).toBe(
      'Orion Data has completed its London campus.',
    );
    // A bare noun phrase after the pride is handed over, never given a verb the draft did not have.
    expect(plainNews('We are excited to announce our rebrand to Terra Logistics.', en)).toBe(
      "Here's our rebrand to Terra Logistics.",
    );
  });

  it('lowers the voice without touching keywords, codes or days', () => {
    expect(calm('HUGE SALE 🔥🔥 Ends THIS SUNDAY!!! Reply YES', en, false)).toBe(
      'Huge sale. Ends this Sunday. Reply YES',
    );
    expect(calm('Save your seat 👉 bit.ly/abc', en, false)).toBe('Save your seat: bit.ly/abc');
  });

  it('leaves the word after initials like "B.V." in lower case', () => {
    const text = rewrite(
      'HUGE NEWS!!! Noordzee Logistics B.V. opent een nieuwe terminal in Vlissingen. Mis het niet!',
    );
    expect(text).toContain('Noordzee Logistics B.V. opent een nieuwe terminal in Vlissingen.');
  });

  it('keeps a dateline, a registered-charity number and a contact line as written', () => {
    const text = rewrite(
      'FOR IMMEDIATE RELEASE!!!\n\nLEEDS, Pa. — Acme Robotics has opened its new plant.\n\nDONATE NOW!!! Reg. charity 1187701\n\nSarah Klein, Acme Robotics\npress@acme.example',
    );
    expect(text).toContain('Pa. — Acme Robotics has opened its new plant.');
    expect(text).toContain('Reg. charity 1187701');
    expect(text).toContain('Sarah Klein, Acme Robotics\npress@acme.example');
  });

  it('takes the hurry off an order in every language, and keeps the order', () => {
    const in_ = (language: Language) => ({ ...en, language, keep: new Set<string>() });
    expect(calm('Llama ya al 952 00 11 22.', in_('es'), false)).toBe('Llama al 952 00 11 22.');
    expect(calm('Réservez dès maintenant sur velo.example.', in_('fr'), false)).toBe(
      'Réservez sur velo.example.',
    );
    expect(calm('Jetzt shoppen: modehaus.example.', in_('de'), false)).toBe(
      'Hier shoppen: modehaus.example.',
    );
    expect(calm('Prenota subito il tuo tavolo.', in_('it'), false)).toBe('Prenota il tuo tavolo.');
    expect(calm('Reserve your seat now.', en, false)).toBe('Reserve your seat.');
    // "ya" that means "already" is not hurry.
    expect(calm('Ya tenemos 20 tiendas.', in_('es'), false)).toBe('Ya tenemos 20 tiendas.');
  });

  it('keeps "¡" where its "!" stays, and takes it where the "!" goes', () => {
    const es = { ...en, language: 'es' as Language, keep: new Set<string>() };
    expect(calm('¡¡Últimos días!!', es, true)).toBe('¡Últimos días!');
    expect(calm('¡Quedan solo dos días para reservar!', es, false)).toBe(
      'Quedan solo dos días para reservar.',
    );
  });

  it('lowers a shouted name to the way the draft writes it, and German nouns to a capital', () => {
    const text = rewrite(
      'This month at IRON FORGE: new classes every morning!!! Iron Forge members train free on Sundays. Reply YES to book.',
    );
    expect(text).toContain('Iron Forge');
    expect(text).not.toMatch(/iron FORGE|iron forge/);
    const de = { ...en, language: 'de' as Language, keep: new Set<string>() };
    expect(calm('Unsere MEGA-AKTION für alle Kunden.', de, false)).toBe(
      'Unsere Mega-Aktion für alle Kunden.',
    );
  });

  it("takes Slack's loud emoji codes out with the emoji, and keeps the others whole", () => {
    expect(calm(':rotating_light: MANDATORY :rotating_light: Training by Friday.', en, false)).toBe(
      'Mandatory Training by Friday.',
    );
    expect(calm(':wave: Welcome to the team, Dana.', en, false)).toBe(':wave: Welcome to the team, Dana.');
  });

  it('says the news instead of the pride in Spanish, Portuguese, Italian and French', () => {
    const as = (language: Language) => ({ ...en, language });
    expect(
      plainNews('Siamo orgogliosi di annunciare che Fatturo ha superato i 50.000 clienti!', as('it')),
    ).toBe('Fatturo ha superato i 50.000 clienti!');
    expect(
      plainNews('É com muito orgulho que anunciamos: a Cafeteria Sabiá completa 5 anos!', as('pt')),
    ).toBe('A Cafeteria Sabiá completa 5 anos!');
    // A noun phrase after the pride ("l'arrivée de…") is no sentence on its own: left as written.
    const french = "Nous avons le plaisir d'annoncer l'arrivée de Camille Fontaine.";
    expect(plainNews(french, as('fr'))).toBe(french);
  });

  it("takes a countdown's label and tail out of a subject line, not what it says", () => {
    const body =
      '\n\nHi Sam,\n\nOur spring sale ends at midnight: 40% off with code SPRING40 at shop.example.com. HURRY!!!';
    expect(rewrite(`Subject: Last chance: Only 12 seats left${body}`)).toMatch(
      /^Subject: Only 12 seats left\n/u,
    );
    expect(rewrite(`Subject: LAST CHANCE!!! Up to 50% off ends midnight ⚠️${body}`)).toMatch(
      /^Subject: Up to 50% off ends midnight ⚠️\n/u,
    );
    expect(rewrite(`Subject: Partnership Opportunity – Don't Miss Out${body}`)).toMatch(
      /^Subject: Partnership Opportunity\n/u,
    );
    expect(rewrite(`Subject: Doors close at midnight (last chance)${body}`)).toMatch(
      /^Subject: Doors close at midnight\n/u,
    );
    expect(rewrite(`Subject: ⚠️ Final hours: Black Friday ends at midnight ⚠️${body}`)).toMatch(
      /^Subject: Black Friday ends at midnight\n/u,
    );
    // With nothing else to say, the subject stays as it was.
    expect(rewrite(`Subject: Last chance!${body}`)).toMatch(/^Subject: Last chance!\n/u);
  });

  it('calms a subject line and offers "link in bio" as where the link is', () => {
    const mail = rewrite(
      'Subject: Register now: Open evening\n\nDear applicant,\n\nOur open evening is on 6 November at 6pm. Register now at hollis.example/open!!! Spaces are LIMITED!!!',
    );
    expect(mail).toMatch(/^Subject: Register: Open evening/);
    expect(
      rewrite('Our spring menu is HERE!!! £12 for two courses. Tap the link in bio to book. #food #brunch'),
    ).toContain('The link to book is in our bio.');
  });

  it('offers a keyword to send or a link in bio, and takes the threat after it', () => {
    // The keyword and the way to send it stay; "now" and the pointing emoji go.
    expect(
      rewrite('Only 6 fitting slots left for June.\n\n📲 DM us "FIT" now to lock yours in. Deposit £150.'),
    ).toContain('If you\'d like to lock yours in, DM us "FIT". Deposit £150.');
    expect(
      rewrite(
        'Our 36-month Comté just landed. Tap the link in bio to reserve your wedge before Saturday or cry later 😭',
      ),
    ).toBe('Our 36-month Comté just landed. The link to reserve your wedge before Saturday is in our bio.');
    expect(
      rewrite("Our retreat is in Bali, 12–19 Oct. Link in bio to secure your spot before it's gone 🙏"),
    ).toContain('The link to secure your spot is in our bio.');
    expect(rewrite('New autumn menu, £14 for two courses!!! Link in bio for the full menu')).toContain(
      'The link for the full menu is in our bio.',
    );
    expect(
      rewrite(
        'New year, new you!! Our 30-Day Glow Challenge starts 6 January, $99. Comment "GLOW" and we\'ll DM you the link 👇',
      ),
    ).toContain('Comment "GLOW" if you\'d like us to DM you the link.');
  });

  it("keeps someone's quoted words as said, even across sentences", () => {
    const text = rewrite(
      'RedLattice today announced RangeOS 3.0, a REVOLUTIONARY platform!!! "This is a shift," said Tomasz Wójcik, CEO. "For too long, teams trained for old threats. RangeOS 3.0 is the only platform on the market that truly closes the gap." Book a demo now at redlattice.example.',
    );
    expect(text).toContain(
      '"For too long, teams trained for old threats. RangeOS 3.0 is the only platform on the market that truly closes the gap."',
    );
    expect(text).not.toMatch(/REVOLUTIONARY|!!!/u);
  });

  it('keeps a quotation whole where its sentence opens on it, and lets one go whole with its bait', () => {
    const release = rewriteAnyway(
      'LONDON, 3 June 2025 — Harbourline Bank plc today announced the launch of Harbourline One, a best-in-class app for saving.\n\n"We are incredibly proud of this transformational milestone," said Chief Digital Officer Martin Ashcroft.\n\nENDS',
    );
    expect(release).toContain('"We are incredibly proud of this transformational milestone," said');
    // Half a councillor's sentence is not what he said.
    const council = rewriteAnyway(
      'PRESS RELEASE\n\nEastmoor Council is pleased to confirm that resurfacing works on Mill Lane will commence on Monday 2 June.\n\nCllr Ravi Patel said: "This scheme represents an investment of £1.4 million in our local roads and demonstrates our ongoing commitment to delivering a fit-for-purpose network going forward."\n\nFurther information is available at eastmoor.example/mill-lane.',
    );
    expect(council).toContain('will start on Monday 2 June');
    expect(council).toContain(
      'and demonstrates our ongoing commitment to delivering a fit-for-purpose network',
    );
    // Bait that carries a quoted phrase may go whole; the quote goes with it, unchanged nowhere.
    const bait = rewriteAnyway(
      'RT if you\'ve ever been personally attacked by the phrase "per my last email" 😂👇 Like for "kind regards", RT for "best" 🔁❤️ #LawyerLife #LegalTwitter',
    );
    expect(bait).not.toMatch(/attacked by the phrase(?! "per my last email")/u);
  });

  it("keeps quotes in German marks, a wire's name and a paragraph before a quote as written", () => {
    const german = rewrite(
      'WIR SIND STOLZ!!! Nordlicht hat 8 Millionen Euro eingesammelt.\n\n„Der Mittelstand ist das Rückgrat", sagt Dr. Katrin Albers. „Wir machen Sicherheit bezahlbar.“\n\nMehr unter nordlicht.example',
    );
    expect(german).toContain(
      '\n\n„Der Mittelstand ist das Rückgrat", sagt Dr. Katrin Albers. „Wir machen Sicherheit bezahlbar.“\n\n',
    );
    const release = rewrite(
      "FOR IMMEDIATE RELEASE\nBUSINESS WIRE\n\nRIVERBEND CREDIT UNION SURPASSES $1 BILLION IN ASSETS\n\nDAYTON, Ohio – March 4, 2025 – Riverbend, one of Ohio's fastest-growing cooperatives, today announced it has surpassed $1 billion in assets.",
    );
    expect(release).toMatch(/^FOR IMMEDIATE RELEASE\nBUSINESS WIRE\n/u);
    expect(
      rewrite(
        "@channel 🎉🎉🎉 IT'S LAUNCH DAY 🎉🎉🎉\n\nNimbus 2.0 goes live at 10:00 AM PT!!! Upvote us: ph.example.com/nimbus",
      ),
    ).toContain("It's launch day");
  });

  it('points at a phone number, keeps a charity\'s "please", and splits what an emoji ran together', () => {
    const french = rewrite(
      'Entrée + plat + dessert : 32 € seulement !!! Places limitées, pensez à réserver 👉 04 78 55 21 09 ou sur bistrot.example.fr',
    );
    expect(french).toContain('pensez à réserver : 04 78 55 21 09');
    expect(
      rewrite('Requests have DOUBLED this winter.\n\nPlease give today: vetfund.example.org/give'),
    ).toContain('Please give: vetfund.example.org/give');
    expect(
      rewrite(
        "new drop is LIVE 🔥 70s suede and deadstock Levi's\n\nshop via the link in bio before it's gone 💨 free shipping over £75 this weekend only",
      ),
    ).toContain('The link to shop is in our bio. 💨 Free shipping over £75 this weekend only');
  });

  it('drops a claim that nobody else compares, and the hurry before a fact in every language', () => {
    const english = rewrite(
      "PrecisionArch has been named Dental Lab of the Year!!! This is our THIRD major award in 18 months, and honestly it's no surprise to anyone who has seen our zirconia work up close. 4-day turnaround. DM me.",
    );
    expect(english).toContain('This is our third major award in 18 months.');
    expect(english).not.toMatch(/surprise/u);
    const italian = rewrite(
      "Il MIGLIOR laboratorio di Milano! 🏆 Questo Omega del 1962 è arrivato in condizioni disperate. Nessun altro in città avrebbe potuto farlo.\nScriveteci in DM per un preventivo, ma affrettatevi: la lista d'attesa è già di 6 settimane.",
    );
    expect(italian).not.toMatch(/Nessun altro|affrettatevi/u);
    expect(italian).toContain("Scriveteci in DM per un preventivo. La lista d'attesa è già di 6 settimane.");
  });

  it('keeps every hashtag, or three where all would leave the version no lighter than the draft', () => {
    const five = rewrite(
      'NEW DROP IS LIVE!!! 70s suede and deadstock denim, £40 and up at shop.example 🔥 #vintage #londonvintage #70sfashion #slowfashion #thrifted',
    );
    expect(five).toMatch(/#vintage #londonvintage #70sfashion #slowfashion #thrifted$/u);
    // Seven on the post's own line are a wall, as on a line of their own.
    const seven = rewrite(
      'NEW DROP IS LIVE!!! 70s suede and deadstock denim, £40 and up at shop.example 🔥 #vintage #londonvintage #70sfashion #slowfashion #thrifted #ootd #fyp',
    );
    expect(seven).toMatch(/#vintage #londonvintage #70sfashion$/u);
    const three = rewrite(
      "Please join me in welcoming Dr. Mara Lindqvist as our new Head of Research! 🎉\n\nMara joins Fjordline Bio from Helix, where she led the team behind two approved therapies.\n\nWith Mara on board, our leadership team is complete — and we've never been better placed to help patients.\n\nWelcome aboard, Mara! 🚀\n\n#Biotech #Leadership #NewHire #RareDisease #LifeSciences",
    );
    expect(three).toMatch(/#Biotech #Leadership #NewHire$/u);
  });

  it('gives a version where the order sat beside an emoji, a button or a rush, and calms the rush', () => {
    // The emoji pointing at the bio line no longer hide it from being said.
    expect(
      rewrite(
        'Our spring pottery class starts Monday, 6pm. Only 8 places and they always fill up fast. Tap the link in bio to book! 👆',
      ),
    ).toBe('Our spring pottery class starts Monday, 6pm. Only 8 places. The link to book is in our bio.');
    // "to grab it" is the hurry, not what the link is for.
    expect(
      rewrite(
        'Launch price: $89 for the full family (normally $240), this week only. Link in bio to grab it before the price goes up 🔗',
      ),
    ).toBe('Launch price: $89 for the full family (normally $240), this week only. The link is in our bio.');
    // The news, then what the link is for: not "— enquire. The link is in our bio."
    expect(
      rewrite(
        "We're now taking bookings for 2026 — enquire via the link in bio before our diary fills up! ✨",
      ),
    ).toBe("We're now taking bookings for 2026. The link to enquire is in our bio.");
    // An e-mail's button is the words before its link, offered.
    expect(
      rewrite(
        'Every fountain pen is 40% off until Sunday midnight. [Shop the sale →] pens.example.co.uk/sale',
      ),
    ).toBe(
      'Every fountain pen is 40% off until Sunday midnight. You can shop the sale at pens.example.co.uk/sale',
    );
    // With the rush gone, the sentence opens on the order: offered.
    expect(
      rewrite(
        'Sample sale this weekend, 4 Alder Lane, Harrogate. Appointments fill fast, book at bridal.example.com/sale',
      ),
    ).toBe('Sample sale this weekend, 4 Alder Lane, Harrogate. You can book at bridal.example.com/sale');
  });

  it('keeps what follows "before it goes" when that is the news, and takes the sale in a reply out whole', () => {
    expect(
      rewrite(
        'As one of our VIP members, you get first dibs on our new Dewdrop Serum — before it goes live to the public on April 15th! Use code VIPDEW25 for 25% OFF!!!',
      ),
    ).toContain('before it goes live to the public on April 15th');
    const reply = rewrite(
      "Hi Priya,\n\nThanks for your patience. The sync error is a known issue with the 3.2 desktop client: update to 3.2.4 (Help → Check for Updates) and it should clear.\n\nOur Pro plan includes priority support and version history, and you can try it FREE for 30 days. Honestly it's a no-brainer for a team your size!\n\n👉 Start your free Pro trial: notebin.example.com/pro\n\nLet me know if the update doesn't fix things.\n\nCheers,\nTom",
    );
    expect(reply).toContain('update to 3.2.4');
    expect(reply).not.toMatch(/Pro trial|notebin\.example\.com\/pro/u);
  });

  it('mends what set 39 found: a cut that left two prepositions or an adjective out, the worth of an upsell, a stock line', () => {
    // "miss out on incredible savings across": the hype stays rather than leave "on across".
    expect(
      rewrite(
        "Our biggest sale of the season ends TONIGHT at 11:59 PM and we don't want you to miss out on incredible savings across our entire range of cookware!!! Use code FINAL30.",
      ),
    ).not.toMatch(/\bon across\b/u);
    // "Everything is one-of-a-kind so once it's gone IT'S GONE": the fact stays, the rush goes.
    expect(
      rewriteAnyway(
        "Just unpacked 3 racks of baby tees!! Everything is one-of-a-kind so once it's gone IT'S GONE 😭 Doors open Saturday 10am.",
      ),
    ).toContain('Everything is one-of-a-kind');
    // What the upsell was worth goes with it.
    const reply = rewrite(
      "Hi Marcus,\n\nI'm sorry to hear you're having trouble exporting your reports to CSV. This is a known limitation of the Basic plan.\n\nFor a limited time, you can upgrade to Pro for just $29/month (normally $49) with code PROUPGRADE20. That's a saving of over $240 a year! 🎉\n\nThousands of teams like yours have already made the switch and never looked back.\n\nClick here to upgrade now: streamline.example/upgrade\n\nIs there anything else I can help you with today?\n\nBest,\nKayla",
    );
    expect(reply).toContain('known limitation of the Basic plan');
    expect(reply).not.toMatch(/saving|made the switch|upgrade/u);
    // A verb the sentence stands on is not cut as hype.
    expect(
      rewrite('TIRED OF YOUR KITCHEN TABLE?? Level up your work life at The Hive Cowork!!! First month $99.'),
    ).not.toMatch(/^Life at/mu);
    // "Book club:" is a club, not an order to book.
    expect(
      rewrite("✨ BOOK CLUB: November's pick is announced!!! Thursday 7pm at the Lantern, 12 Quay St."),
    ).not.toContain('You can book club');
    // "Get ready for…" is not an order to offer, and no question follows a list's last item.
    expect(
      rewrite('Get ready for our BIGGEST launch party yet!!! Friday 7pm, Dock 4, Leith. 🚀'),
    ).not.toContain('You can get ready');
  });

  it('says "Shop NOW — link in bio" as what the link is for, and takes the heading of an upsell list with it', () => {
    expect(
      rewrite(
        "Our AUTUMN COLLECTION is finally HERE and it's going to SELL OUT FAST!! 🍂 Pumpkin Chai & Fig Jam, hand-poured in Millbrook 💛\n🛒 Shop NOW — link in bio!!",
      ),
    ).toBe(
      'Our autumn collection is finally here. 🍂 Pumpkin Chai & Fig Jam, hand-poured in Millbrook 💛\nThe link to shop is in our bio.',
    );
    // "…and they will sell out by 9" keeps its time: only the bare rush goes.
    expect(
      rewriteAnyway('All baked at 5am and they will sell out by 9!!! Doors open 7am at Crumb & Copper.'),
    ).toContain('sell out by 9');
    const reply = rewrite(
      "Hi Aaliyah,\n\nI'm really sorry your order #48213 is running late! Your package should arrive within 3–5 business days.\n\nBy the way — did you know you could avoid delays like this by joining Bloomwell VIP? 🌟 VIP members get:\n✨ Priority shipping on every order\n✨ 15% off everything, always\n\nIt's just $9.99/month and you can sign up in 30 seconds here: bloomwell.example/vip 💕\n\nWarmly,\nSophie",
    );
    expect(reply).toContain('should arrive within 3–5 business days');
    expect(reply).not.toMatch(/VIP|Priority shipping|9\.99/u);
  });

  it('mends what set 40 found: a broken emoji, a button-press, a lead-in to an upsell, a notice cut before "that"', () => {
    // The runner gone, nothing of "🏃‍♀️" is left behind.
    expect(
      rewrite(
        '90s denim drop going live TONIGHT 8PM!!! Over 60 pieces. No holds, first come first served 🏃‍♀️ Link in bio 👀',
      ),
    ).not.toMatch(/\u200D/u);
    expect(
      rewrite(
        "🚨 LAST CALL 🚨 Only 12 cinnamon knots left for Saturday pre-order!! Once they're gone they're GONE 😭🔥 DM us or hit the link in bio NOW before they sell out!!",
      ),
    ).toBe('Only 12 cinnamon knots left for Saturday pre-order. DM us, or you can use the link in our bio.');
    const reply = rewrite(
      "Hi Marcus,\n\nThanks for reaching out! I'm sorry to hear the export to CSV is timing out on your account.\n\nThe reason is that the Starter plan caps exports at 5,000 rows. The good news? Upgrading to Pro removes that limit completely AND gives you scheduled exports, priority support and 3 extra seats!\n\nAnd for this week only, we're offering 30% off your first year of Pro with code UPGRADE30. That's a saving of over $140!!\n\nYou can upgrade in two clicks here: app.tallyhub.example.com/billing\n\nLet me know if you have any other questions — happy to help you get the most out of TallyHub!\n\nBest,\nPriya | Customer Success @ TallyHub",
    );
    expect(reply).toContain('caps exports at 5,000 rows.');
    expect(reply).not.toMatch(/good news|UPGRADE30/u);
    expect(
      rewrite(
        "I understand you can't remove the badge. Please be advised that badge removal is a premium feature on our Professional plan!!",
      ),
    ).toContain('Badge removal is a premium feature');
  });

  it('mends what set 41 found: a space left inside a bracket, a jab, a clause cut from its "once", a step said in place', () => {
    expect(
      rewrite('Last drop sold out in 4 minutes (yes really 🙌)!!! 32 pieces at £40, link in bio.'),
    ).toContain('(yes really)');
    expect(
      rewrite('Lavender + oat soap is back 🧼💜 only 50 bars, £6 each. Link in bio. You snooze you lose!!'),
    ).not.toMatch(/snooze/u);
    expect(
      rewrite(
        "Upgrade to Resident for £249/month before the 15th!!! We've only got 6 resident desks left, and they go fast once word gets out.",
      ),
    ).toMatch(/We've only got 6 resident desks left(?:, and they go fast once word gets out)?\.$/u);
    expect(
      rewrite(
        '✨ WIN A YEAR OF SKINCARE ✨ (worth £800!!)\n\nHOW TO ENTER:\n💧 Follow @dewdropskin\n💧 Sign up to our newsletter via link in bio for 5 EXTRA entries 👀\n\nCloses Sunday midnight.',
      ),
    ).toContain('💧 Sign up to our newsletter via the link in our bio for 5 extra entries');
    // "Must have 3+ years' experience" is a requirement, not hype: nothing is cut from it.
    expect(
      rewriteAnyway(
        "CHEFS WANTED!!! Must have 3+ years' experience and own knives. CV to jobs@smokeandsalt.example.com TODAY.",
      ),
    ).toContain("Must have 3+ years' experience and own knives.");
  });

  it('mends what set 42 found: a lead-in left before a dropped boast, a duty offered, a country lowered', () => {
    expect(
      rewrite(
        'Introducing GroomDesk, the booking platform for dog groomers!!! Huge shout-out to my co-founder Ben and our team in Austin. But honestly? This is just the beginning. First 100 sign-ups get 3 months FREE.',
      ),
    ).not.toMatch(/honestly/u);
    // The setup of a lesson goes with the lesson it led into.
    const lesson = rewriteAnyway(
      '🚀 WIR HABEN ES GESCHAFFT! 🚀\n\n1.000 installierte Photovoltaikanlagen in nur 3 Jahren. ☀️\n\nDas Geheimnis? Wir arbeiten einfach härter als alle anderen. 💪\n\nDanke an unser Team – ihr seid die Besten!\n\nJetzt kostenlose Beratung sichern 👉 sonnenwerk.example.de',
    );
    expect(lesson).not.toMatch(/Geheimnis/u);
    expect(lesson).toContain('1.000 installierte Photovoltaikanlagen');
    expect(
      rewrite(
        "WE'RE HIRING: SDR 🚀\n\nWhat you'll do:\n→ Book 15+ qualified demos a week\n→ Own your pipeline\n\n£28K base + uncapped commission. Apply now: careers.smilesync.example.com",
      ),
    ).toContain('→ Book 15+ qualified demos a week');
    expect(
      rewrite('VERDEVIVO GROUP IS PROUD TO ANNOUNCE ITS FIRST GARDEN CENTRE IN THE UNITED KINGDOM!!!'),
    ).toContain('United Kingdom');
  });

  it('mends what set 43 found: a giveaway told in prose keeps how to enter, a mailing keeps its way out', () => {
    const giveaway = rewrite(
      "🏕️ GEAR GIVEAWAY 🏕️ We've teamed up with Ridgeline Packs to give away a 2-person tent — over £600 of kit!!! Head to our page, follow both accounts, comment your favourite wild camping spot, and share this post. Closes 31 May. 18+, UK only.",
    );
    expect(giveaway).toContain(
      'follow both accounts, comment your favourite wild camping spot, and share this post',
    );
    const mail = rewrite(
      'Objet : -20% sur tous les soins ce mois-ci – offre exclusive !\n\nBonjour,\n\nProfitez de -20% sur tous nos soins du visage jusqu’au 30 avril !!! Les places sont limitées : réservez dès maintenant au 01 99 00 42 17.\n\nInstitut Belle Rive – 12 rue des Tilleuls, 69000 Lyon\n\nPour vous désinscrire, cliquez ici.',
    );
    expect(mail).toMatch(/Pour vous désinscrire, cliquez ici\.$/u);
    // An order on the same line as the opt-out is still offered, not kept as the footer.
    expect(
      rewrite(
        'Sparkle Auto Wash: Premium valet just £29 this month (was £45)!!! Book now: sparkleauto.example.com Reply STOP to unsubscribe',
      ),
    ).toContain('Reply STOP to unsubscribe');
  });

  it('takes an upsell in a reply out with the rest of its paragraph and the link after it', () => {
    const reply = rewrite(
      "Hi Martin,\n\nThanks for getting in touch. I can confirm your booking (ref NB-20417) has been moved from 14 June to 21 June. The boat, Kingfisher, will be ready for collection from our Stoke Bruerne base at 2pm as before, and there's no charge for the change.\n\nWhile I have you – did you know you can upgrade to our Premium Cruiser package for just £189 extra? That gets you the larger Heron boat with a second bathroom, a welcome hamper, and priority lock assistance. Honestly, most families who try it never go back! It's only available until Friday, so I'd grab it while you can.\n\nupgrade.wharfsidecanal.example.com/NB-20417\n\nBest wishes,\nJade\nWharfside Canal Holidays",
    );
    expect(reply).toContain("there's no charge for the change.");
    expect(reply).not.toMatch(/That gets you|Heron|Friday|upgrade/u);
    expect(reply).toMatch(/Best wishes,\nJade/u);
  });

  it('keeps a press release\'s "ENDS" and gives a second offer of the same thing as its link', () => {
    const release = rewrite(
      'FOR IMMEDIATE RELEASE\n\nBrightwater Leisure Group Announces Opening of Flagship Aquatic Centre in Kettering\n\nKETTERING, 3 April 2025 – Brightwater Leisure Group ("Brightwater"), a leading operator of premium fitness and wellness destinations, today announced the opening of its £14.2 million flagship aquatic and wellness centre at Meadowgate Park.\n\nThe state-of-the-art facility features a 25-metre, eight-lane competition pool, a best-in-class thermal suite and an industry-leading digital membership platform. The opening represents a significant milestone in Brightwater\'s strategic growth plan and further strengthens its market-leading position across the East Midlands.\n\n"This is a proud day for Brightwater," said Graham Pell, Chief Executive Officer. "Our continued investment demonstrates our unwavering commitment to delivering exceptional, world-class experiences and driving sustainable shareholder value."\n\nMemberships start from £42 per month.\n\nENDS\n\nAbout Brightwater Leisure Group\nBrightwater operates 19 sites across the UK and is committed to excellence in everything it does.\n\nMedia contact: press@brightwaterleisure.example.com | 01632 960 418',
    );
    expect(release).toMatch(/\n\nENDS\n/u);
    const offer = rewrite(
      'UPGRADE TODAY!!! Upgrade for £8 more per month and get a free Wi-Fi booster. Offer ends Friday!!! Upgrade here: connectra.example.com/fibremax',
    );
    expect(offer).toMatch(/You can upgrade for £8 more per month/u);
    expect(offer).toMatch(/Here's the link: connectra\.example\.com\/fibremax$/u);
  });

  it("drops the job ad's stock questions and the sale's stock lines, and keeps what carries facts", () => {
    const ad = rewrite(
      "We're hiring a Senior Gameplay Programmer (Unity) at Pixelmoor. Do you thrive in a fast-paced, dynamic environment? Are you a self-starter who's also a team player? We work hard and play hard. £55–65k, hybrid (Leeds). Apply now at pixelmoor.example.com/jobs",
    );
    expect(ad).toBe(
      "We're hiring a Senior Gameplay Programmer (Unity) at Pixelmoor. £55–65k, hybrid (Leeds). You can apply at pixelmoor.example.com/jobs",
    );
    expect(
      rewrite(
        "Our Tidal prints are here, a numbered run of just 50. Once they're gone, they're gone. 🌊 £45 each at prints.example/tidal",
      ),
    ).not.toMatch(/gone/u);
    // "Everything must go to make room for summer stock" says why; on its own it only pushes.
    expect(
      rewrite(
        'SPRING PLANT SALE!!! Over 3,000 plants, 48 hours. Everything must go! Fernhollow Greenhouses, 8am–4pm.',
      ),
    ).not.toMatch(/must go/u);
  });

  it("keeps a giveaway's entry steps as its rules and gives the calmed post as its version", () => {
    const version = rewrite(
      "🛹 GIVEAWAY TIME 🛹 We're giving away a FULL custom deck (worth £210)!!! To enter:\n1️⃣ Follow @concretebayskate\n2️⃣ Like this post\n3️⃣ Tag 2 friends you'd shred with 🔥\nWinner picked Friday 5pm. UK only, 16+.",
    );
    expect(version).toContain('Giveaway time');
    expect(version).toContain('2️⃣ Like this post');
    expect(version).toContain('3️⃣ Tag 2 friends');
    // Steps the plan would otherwise take out as bait stay, with the terms after them.
    const bike = rewrite(
      "🎉 We're GIVING AWAY a mountain bike!! 🎉\n\nOne lucky winner takes home a Ridgeline 29er (worth $1,400)!\n\nTo enter:\n👉 Like this post\n👉 Follow @trailheadoutfitters\n👉 Tag a friend you'd ride with (unlimited entries!)\n\nContest closes Friday, May 30 at 11:59pm MT. Must be 18+. Good luck!! 🚵‍♀️",
    );
    expect(bike).toMatch(
      /To enter:\n.*Like this post\n.*Follow @trailheadoutfitters\n.*Tag a friend you'd ride with/u,
    );
    // So are its terms: who wins and when, and what the prize is.
    const terms = rewrite(
      '🎁 GIVEAWAY TIME!! 🎁 You could win our whole skincare line (worth $350)!!\n\nTo enter:\n1️⃣ Follow @dewdropskin\n2️⃣ Like this post\n\nWinner announced Sunday 8pm. Open to US residents 18+.',
    );
    expect(terms).toContain('Winner announced Sunday 8pm.');
    // Bait outside the steps still stops a version.
    expect(
      rewrite('We hit 10k followers!!! Like this post and tag 2 friends who love bread. #bakery'),
    ).not.toMatch(/Like this post/u);
  });

  it('mends what set 30 found: a cliché person, a modal, a price before a bar, a colon after an offer', () => {
    expect(
      rewrite(
        'We are on a mission, and we need a ROCKSTAR who can wear many hats!!! Apply now at jobs.example',
      ),
    ).toContain('we need someone who can wear many hats');
    expect(
      rewrite(
        'Only 40 made this round!!! Each one is thrown by hand in our Margate studio.\n£34 each | Shop via the link in bio 🔗',
      ),
    ).toContain('£34 each | The link to shop is in our bio.');
    expect(
      rewrite(
        'Tickets €49. Replay NOT available. Register now before it fills up 👉 ratewise.example.com/masterclass',
      ),
    ).toContain('You can register at ratewise.example.com/masterclass');
    const candle = rewrite(
      "the Midnight Fig candle is back 🕯️ ONLY 12 LEFT and when they're gone they're GONE until next autumn 😭 run don't walk → link in bio #candletok",
    );
    expect(candle).toContain("only 12 left, and then they're gone until next autumn");
    expect(candle).not.toMatch(/run don't walk/u);
  });

  it('writes names as the text does: a particle small, a name its link also spells, an IBAN', () => {
    expect(
      rewrite(
        '📣 NEW IN TALKWAVE: Conversation Mode is HERE! 🎉\n\nIt is for TalkWave Plus members: talkwave.example/plus',
      ),
    ).toMatch(/^New in TalkWave:/u);
    expect(
      rewrite(
        '🧀 VENTE FLASH À LA FROMAGERIE DES CAVES SAINT-ROCH 🧀\nCe week-end SEULEMENT : -20 % sur le comté ! Ne ratez pas ça, ça part TRÈS vite 😉 caves-saintroch.example.fr',
      ),
    ).toContain('des Caves Saint-Roch');
    expect(
      rewrite('DONNEZ MAINTENANT !!! Chaque don compte. IBAN : FR76 3000 6000 0112 3456 7890 189'),
    ).toContain('IBAN : FR76');
  });

  it('offers an order in its own language before any stock opening, with no stop after its emoji', () => {
    const text = rewrite(
      "Da venerdì a domenica all'Osteria del Tartufo Nero arriva il tartufo bianco d'Alba! 🤍\n\nDisponibilità LIMITATISSIMA, il tartufo finisce in fretta! Prenota subito al 0173 555 482 o tramite link in bio 📲",
    );
    expect(text).toContain('Puoi prenotare al 0173 555 482 o tramite link nella nostra bio 📲');
    expect(text).not.toMatch(/Se ti interessa|📲\./u);
  });

  it('mends what set 31 found: a prize won, a club, a cut before "and", an order to buy, a label, an upsell', () => {
    expect(
      rewrite(
        '🦊 NEW DATES ANNOUNCED 🦊 Learn to mount a mouse with award-winning taxidermist Rowan Hale. £145 per person, only 8 places — we sold out in 3 days last time!!! Book: curiosity.example.com',
      ),
    ).toContain('award-winning taxidermist Rowan Hale');
    expect(
      rewrite(
        'HALESWORTH TOWN FC ANNOUNCES RECORD-BREAKING KIT DEAL WITH BRIGHTLINE!!!\n\nHalesworth Town Football Club today unveiled a three-year deal with Brightline Energy.',
      ),
    ).toContain('Halesworth Town FC');
    expect(
      rewrite(
        "✨ NEW DROP ✨ Every piece is hand-blown in our Leith studio — no two are alike, and once they're gone, they're GONE. 🏺 Tumblers from £38 at glass.example",
      ),
    ).toContain('no two are alike. 🏺');
    expect(
      rewrite(
        'Only 3% of teams escape Room 13!!! Book with code TIKTOK10 for 10% off 👉 link in bio #escaperoom',
      ),
    ).toContain('You can book with code TIKTOK10 for 10% off');
    expect(
      rewrite(
        'Oggetto: BLACK FRIDAY: -30% su tutti i taccuini!!! Le scorte sono limitate!\n👉 Scopri la collezione: legatoria.example.it/bf',
      ),
    ).toContain('Scopri la collezione: legatoria.example.it/bf');
    const reply = rewrite(
      "Hi Marcus,\n\nThanks for reaching out, and we're really sorry the Wi-Fi dropped during your call on Tuesday.\n\nThe good news is that members on our Hub Plus plan get a dedicated fibre line! As a valued member, we'd love to offer you your first month of Hub Plus at just £149 (usually £199) if you upgrade before the end of the month. You can switch in two clicks here: hive.example.com/upgrade\n\nLet us know if you have any questions!\n\nBest,\nJess",
    );
    expect(reply).not.toMatch(/Hub Plus|£149|upgrade/u);
    expect(reply).toContain('sorry the Wi-Fi dropped');
  });

  it('mends what set 32 found: upsells in replies, trade marks, wires, award titles, an emoji before a capital', () => {
    const reply = rewrite(
      "Hi @kerryjmorgan, we're sorry you were charged a £15 overdraft fee, we know that's never fun! 😕 Did you know that customers on our Everyday Plus account (just £4.99/month) get a £250 fee-free buffer? You could upgrade in under 2 minutes in the app! 📲 Find out more: northbank.example.co.uk/plus ^SM",
    );
    expect(reply).toContain("we're sorry you were charged a £15 overdraft fee");
    expect(reply).not.toMatch(/Everyday Plus|£4\.99|upgrade|\/plus/u);
    const launch = rewrite(
      "We're thrilled to announce PrintForge ULTRA™, the UK's most REVOLUTIONARY 3D-printing service!!! ULTRA prints in under 24 hours. Book a demo → printforge.example.co.uk/ultra",
    );
    expect(launch).toContain('PrintForge ULTRA™');
    expect(launch).toContain('ULTRA prints in under 24 hours');
    const award = rewrite(
      '🏆 Absolutely delighted to share that Harrow & Pike has been named SMALL PRACTICE OF THE YEAR at the 2024 Midlands Finance Awards!!! This is our THIRD award in 18 months.',
    );
    expect(award).toMatch(/^🏆 Delighted to share/u);
    expect(award).toContain('named Small Practice of the Year');
    expect(
      rewrite(
        'Hopstead Brewing: NEW DIPA "Fog Machine" drops Fri 5pm!!! Pre-order now: hopstead.example.com/fog',
      ),
    ).toContain('DIPA "Fog Machine"');
  });

  it('mends what set 33 found: no question after a closing line, a keyword kept outside English, 🔗 in bio, p.p.', () => {
    const job = rewrite(
      "🚀 WE'RE HIRING: Lead Camp Instructor! 🚀\n\nByteSprouts Kids' Coding Camps is looking for a Lead Instructor to join our rapidly growing family this summer!\n\nApply by May 1 at bytesprouts.example.com/careers. We can't wait to meet you! 💻✨",
    );
    expect(job).not.toMatch(/\?/u);
    const sms = rewrite(
      'ACADEMIA FORÇA TOTAL: Matrícula GRÁTIS + 1º mês por R$ 59,90 só até sexta! Vagas limitadas. Responda EUQUERO ou acesse forcatotal.example.com.br. Para sair, responda SAIR.',
    );
    expect(sms).toContain('Responda EUQUERO ou acesse forcatotal.example.com.br.');
    expect(sms).not.toMatch(/Si te interesa|Se (?:tiver|estiver) interess/u);
    expect(
      rewrite('Tandem flights from £129 this month ONLY!!! Code FLYHIGH for 15% off 🔗 in bio #paragliding'),
    ).toContain('Code FLYHIGH for 15% off — the link is in');
    expect(
      rewrite(
        'Vroegboekkorting: €27,50 i.p.v. €34,50 p.p. met de code WAD2025 – alleen t/m 28 februari!\n\n👉 Boek nu via wadgidsen.example.nl',
      ),
    ).toContain('p.p. met de code WAD2025');
  });

  it('mends what set 34 found: the verb after "to", a list that sells in a reply, a praise tail, codes, an aside', () => {
    expect(
      rewrite(
        "We're passionate DISRUPTORS on a mission to revolutionise pet insurance!!! Apply at paw.example.com/careers",
      ),
    ).toContain('on a mission to revolutionise pet insurance');
    const reply = rewrite(
      "Hi Marcus,\n\nThank you for reaching out, and I'm really sorry to hear your backup failed last night.\n\nThe good news? This is easy to fix! Upgrading to CloudKeep Pro gives you:\n✅ 2 TB of storage (10x more space!)\n✅ Hourly automatic backups\n\nAnd because we value you as a customer, I can offer you 40% off your first year with the code STAYSAFE40. This offer is only valid for the next 48 hours.\n\nUpgrade in just two clicks: cloudkeep.example.com/upgrade\n\nBest,\nAnya",
    );
    expect(reply).toContain("I'm really sorry to hear your backup failed last night.");
    expect(reply).not.toMatch(/CloudKeep Pro|2 TB|STAYSAFE40|48 hours|upgrade/u);
    const forum = rewrite(
      "[ANNOUNCEMENT] New PETG-CF filament from PrintForge!!! I'm Kai from PrintForge, and we've just launched our new carbon-fibre PETG — honestly the best engineering filament on the market for the price. Use FORUM20 at printforge.example.com for 20% off.",
    );
    expect(forum).toContain("I'm Kai from PrintForge, and we've just launched our new carbon-fibre PETG.");
    expect(forum).toContain('PETG-CF');
    expect(
      rewrite(
        'POV: you walked in with bitten nails and left with chrome cat-eye 💅✨ Book your £35 gel set this week ONLY at Polished by Precious (link in bio!!) 🔗 #nails #nailtok',
      ),
    ).toContain('at Polished by Precious (the link is in our bio)');
  });

  it("mends what set 35 found: a time's AM, a king's numeral, an Italian order joined to the first", () => {
    expect(
      rewrite('FREE WEBINAR!!! Thursday 1:00 PM ET / 10:00 AM PT. Save your seat: retain.example.com/w'),
    ).toContain('1:00 PM ET / 10:00 AM PT');
    expect(rewrite('OPENED BY KING EDWARD VIII IN 1908!!! Tours daily at pier.example.co.uk')).toContain(
      'Edward VIII',
    );
    expect(
      rewrite(
        'Sono rimasti solo 3 posti! Iscriviti subito su cartaviva.example.it/corsi o chiama lo 055 555 0136.',
      ),
    ).toContain('Puoi iscriverti su cartaviva.example.it/corsi o chiamare lo 055 555 0136.');
  });

  it('leaves a plain way to get in touch as written, with no stock opening in front', () => {
    expect(rewrite('Clogged gutters = $10k roof damage!!! Call us today.')).toBe(
      'Clogged gutters = $10k roof damage. Call us.',
    );
    const text = rewrite(
      'Book your February shoot by the 10th and get a FREE twilight add-on (worth £150)!!! 📩 DM me or email jake@skyframe.example',
    );
    expect(text).toContain('DM me or email jake@skyframe.example.');
    expect(text).not.toMatch(/interested/u);
  });

  it('writes a launched name, an acronym before a hyphen and a street as names', () => {
    expect(
      rewrite(
        "We're beyond proud to launch OBSIDIAN — an 88% bar aged in mezcal barrels!!! $18 at cacao.example",
      ),
    ).toContain('launching Obsidian —');
    expect(rewriteAnyway('SkyFrame is the ONLY CAA-approved drone studio in Surrey!!! From £295.')).toContain(
      'CAA-approved',
    );
    expect(
      rewrite('THIS WEEKEND ONLY AT SLUMBERCITY — 4410 LEMMON AVE!!! CALL 214-555-0177 NOW!!!'),
    ).toContain('4410 Lemmon Ave');
  });

  it('drops what a dropped sentence would have done, said after it', () => {
    const text = rewrite(
      'New drivers crash most in their first 6 months. Book 10 lessons for £340 with Gary on 07700 900 318. Share this with every parent you know. It could make all the difference.',
    );
    expect(text).not.toMatch(/Share this|all the difference/u);
    expect(text).toContain('07700 900 318');
  });

  it('reads the "A" of a name as a letter, not an article before a vowel', () => {
    const text = rewrite('We went from zero to Series A in 19 months!!! The BEST team in Leeds, hands down.');
    expect(text).toContain('Series A in 19 months');
    expect(rewrite('Writing a EULOGY is HARD!!! Our free guide helps: celebrants.example/guide')).toContain(
      'Writing a eulogy is hard',
    );
  });

  it('takes the upsell out of a reply to a customer with its price and link, and nothing else', () => {
    const text = rewrite(
      "Hi Jordan, thanks for reaching out. We've reset your router and your connection is back. Ticket #48213 is closed. While we have you, did you know you can upgrade to our Gigabit Plus plan for just $15 more per month? Upgrade today at nimbus.example/upgrade!",
    );
    expect(text).toContain('Ticket #48213 is closed.');
    expect(text).not.toMatch(/Gigabit|\$15|upgrade/i);
  });

  it('mends what set 23 found: a code after "Quote", a camel-case name, a noun\'s "and", an emoji to reply with', () => {
    expect(
      findReplyPaths('We insure everything. Quote MOVESMART for 10% off.').map((path) => path.text),
    ).toEqual(['Quote MOVESMART']);
    expect(findReplyPaths('Get a free quote TODAY.')).toEqual([]);
    const mattress = rewrite(
      'Introducing the CloudNine Ultra™ — the most comfortable mattress EVER made. Period. 😴\n7 layers of NASA-inspired memory foam. 100-night trial.\nLAUNCH PRICE: $799 (reg. $1,299) — first 1,000 orders only!! 🚀\nShop now 👉 cloudnine.example/ultra',
    );
    expect(mattress).toContain('CloudNine Ultra');
    const drone = rewrite(
      'SkyLattice, the category-defining leader in aerial robotics, today announced the SL-9. Leveraging proprietary edge-compute swarm architecture and next-generation LiDAR fusion, the SL-9 delivers data 40x faster, with industry-leading 58-minute flight endurance and unparalleled centimetre-level accuracy.',
    );
    expect(drone).toContain('swarm architecture and LiDAR fusion');
    expect(drone).toContain('58-minute flight endurance and centimetre-level accuracy');
    const plainEnglish: SentenceContext = {
      language: 'en',
      intent: 'event',
      singular: false,
      keep: new Set(),
    };
    expect(calm('Drop a 🔥 if you are coming to the watch party on Saturday', plainEnglish, false)).toContain(
      'Drop a 🔥 if',
    );
  });

  it('mends what set 25 found: the comma after a first describing word cut, "IT lead" kept', () => {
    const text = rewrite(
      "At Harrowgate Cyber Cover we've spent 11 years helping SMEs with best-in-class, end-to-end cyber liability solutions. If you're a founder, CFO or IT lead and you DON'T have a cyber policy, you are one phishing email away from losing everything. 👉 Book your free audit: harrowgate-cyber.example/audit",
    );
    expect(text).toContain('helping SMEs with end-to-end cyber liability solutions');
    expect(text).toContain('CFO or IT lead');
  });

  it('mends what set 24 found: a pointer before an order offered, and "buy one, get one" left as the offer\'s name', () => {
    expect(
      asInvitation(
        '👉 Apply in 60 seconds: swiftstack.example/jobs or text JOBS to 07700 900118',
        findReplyPaths('text JOBS to 07700 900118'),
        'en',
      ),
    ).toBe('You can apply in 60 seconds: swiftstack.example/jobs or text JOBS to 07700 900118.');
    expect(offered('Buy one pair, get the second free at Harper & Lowe Opticians.', en)).toBe(
      'Buy one pair, get the second free at Harper & Lowe Opticians.',
    );
  });

  it('mends what set 22 found: the offer of a dropped upsell, a run of loud emoji, a keyword of two words, an embargo label', () => {
    const climbing = rewriteAnyway(
      "Hi Jonas, sorry to hear you weren't happy with the bouldering area on Saturday. To be clear, we reset 20+ problems every single week, which is more than any other wall in Glasgow, and our floors are inspected daily. Saturday afternoon is always our busiest time, so some chalk on the mats is to be expected.\n\nIf you'd prefer a quieter session, our Off-Peak Plus membership (£38/month) gives you access from 6am and 10% off in the café. Happy to set that up for you at reception!\n\n— Vertical Limits Team",
    );
    expect(climbing).not.toMatch(/Off-Peak|set that up/u);
    // "…, so some chalk on the mats is to be expected" excuses; the sign-off keeps its blank line.
    expect(climbing).toMatch(/busiest time\.\n\n— Vertical Limits Team$/u);
    const dental = rewrite(
      'Estimada Sra. Lucía Ferrer:\n\nLamentamos que su experiencia no haya cumplido sus expectativas.\n\nLe recomendamos nuestro Plan Sonrisa Total por solo 19,90 €/mes. Puede contratarlo llamando al 910 555 487.\n\nAtentamente,\nClínica Dental Sonrisa Real',
    );
    expect(dental).not.toMatch(/Sonrisa Total|contratarlo/u);
    expect(
      rewrite(
        "POV: you walked into Maple Ridge Motors with bad credit and drove OUT in a 2022 Tacoma 😱🔥 WE SAY YES WHEN THE BANKS SAY NO. $0 down this weekend ONLY. DM 'TRUCK' now!!",
      ),
    ).toContain('in a 2022 Tacoma. We say yes when the banks say no.');
    expect(
      rewrite(
        '🇬🇧 QUER FALAR INGLÊS FLUENTE EM 6 MESES? 🇬🇧\n\nA English Now Idiomas é a escola de inglês que MAIS aprova em Curitiba! Método exclusivo, professores nativos e resultados GARANTIDOS. 💯\n\n🔥 MATRÍCULA GRÁTIS só até sexta-feira\n🔥 Mensalidade de R$ 289 por apenas R$ 199 nos 3 primeiros meses\n🔥 Vagas LIMITADÍSSIMAS por turma\n\nNão deixe para amanhã a carreira que você pode ter hoje! Chama no WhatsApp (41) 95555-0172 ou comenta "EU QUERO" que a gente te chama! 👇\n\n#inglês #curitiba #escoladeidiomas #fluência #promoção',
      ),
    ).toContain('"EU QUERO"');
    expect(
      rewrite(
        'PRESS RELEASE — EMBARGOED UNTIL 09:00 GMT, 4 FEBRUARY 2025\n\nHARBOUR STREET MUSEUM ANNOUNCES LANDMARK EXHIBITION, "DEEP WATER: 500 YEARS OF SHIPWRECKS"\n\nThe Harbour Street Museum today announced the most ambitious exhibition in its 112-year history. Opening on 15 May, Deep Water brings together more than 400 objects, many never before seen by the public, in what curators are calling a once-in-a-generation event that will redefine how Britain understands its maritime past.\n\nThe exhibition is expected to attract record-breaking visitor numbers and cements the museum\'s position as the UK\'s foremost authority on maritime heritage. Early-bird tickets (£12, rising to £18) are on sale now and are expected to sell out quickly.\n\nPress enquiries: Tom Ashby, tom.ashby@harbourstreetmuseum.example, 01632 960901.',
      ),
    ).toMatch(/^PRESS RELEASE — EMBARGOED UNTIL 09:00 GMT, 4 FEBRUARY 2025\n/u);
  });

  it("keeps a press release's wire label and dateline as the wire writes them", () => {
    const text = rewrite(
      "FOR IMMEDIATE RELEASE\n\nBrightHaus Solar Named Fastest-Growing Installer in the Southwest\n\nTUCSON, Ariz., April 8, 2025 — BrightHaus Solar, the region's premier provider of best-in-class residential energy solutions, today announced record-breaking first-quarter results.",
    );
    expect(text).toMatch(/^FOR IMMEDIATE RELEASE\n/u);
    expect(text).toContain('TUCSON, Ariz., April 8, 2025 — BrightHaus Solar');
  });

  it('mends what set 21 found: a dash left before the stop, "ON US", a phone emoji after an order', () => {
    expect(
      rewrite(
        "Update 8.0 is here — and it's our biggest EVER. 🚀\n\nNew in this version: dark mode, finally!",
      ),
    ).toMatch(/^Update 8\.0 is here\. 🚀/u);
    const glasses = rewrite(
      '👓 BUY ONE, GET ONE FREE on ALL designer frames at ClearView Opticians! 👓\n\nYour second pair is ON US.\n\nBook now 📞 0141 555 0276 or clearview.example/book',
    );
    expect(glasses).toContain('Your second pair is on us.');
    expect(glasses).toContain('You can book on 0141 555 0276 or clearview.example/book');
  });

  it('keeps the way to give and the deadline, without the request to spread the post or the hurry', () => {
    expect(
      rewrite(
        'So far, only 312 people have donated. Please give what you can at lantern.example/save and share this post with EVERYONE you know.',
      ),
    ).toBe('So far, only 312 people have donated. Please give what you can at lantern.example/save.');
    expect(
      rewrite(
        "🍕 NONNA'S PIZZA: 2 large pizzas for $19.99 TONIGHT ONLY! Use code DOUBLEUP at nonnas.example. Hurry, offer ends 10pm! Reply STOP to unsubscribe",
      ),
    ).toContain('Offer ends 10pm');
  });

  it('points one person posting alone to their own bio', () => {
    expect(
      rewrite(
        "I made 40 candles this week and I'm SO proud of them!!! Only 12 left. Link in bio 🕯️ #candles #handmade",
      ),
    ).toContain('The link is in my bio.');
    expect(rewrite('We made 40 candles this week!!! Only 12 left. Link in bio 🕯️ #candles')).toContain(
      'The link is in our bio.',
    );
  });

  it('drops bait that runs on into the closing hashtags, and keeps the hashtags', () => {
    const text = rewrite(
      "POV: you finally found a glazier who shows up ON TIME 😤🪟 ClearView Glass & Glazing — 48hr replacement GUARANTEED or it's free!! follow for more satisfying window installs 👀 #glazier #satisfying #tradesman #fyp #windows #diy",
    );
    expect(text).not.toMatch(/follow for more/iu);
    expect(text).toContain("48hr replacement guaranteed or it's free.");
    // Six tags are a wall: the version keeps the first three.
    expect(text).toMatch(/\n#glazier #satisfying #tradesman$/u);
  });

  it('calms an item of a numbered list instead of leaving its bare number', () => {
    const text = rewrite(
      'My top finds this week:\n1. the viral heatless curls set (£9!!)\n2. the £15 dupe for the £80 water bottle 😭\n3. collapsible laundry baskets (game changer)\n\nALL linked in my storefront — link in bio!!',
    );
    expect(text).toMatch(/\n3\. \S/u);
    expect(text).toContain('ollapsible laundry baskets');
  });

  it('takes a paid plan recommended in answer to a complaint out, in English and elsewhere', () => {
    const english = rewrite(
      "Hi Marcus, we're sorry to hear you weren't happy with your visit. Our technicians explained the tyre pressure warning at the time. For complete peace of mind we'd recommend our TyreCare+ plan (£4.99/month) which covers exactly this kind of issue. Regards, The Team at GRIPWELL Tyres",
    );
    expect(english).toContain('explained the tyre pressure warning at the time.');
    expect(english).not.toMatch(/TyreCare|4\.99/u);
    const spanish = rewrite(
      'Estimada Sra. Ortega: lamentamos que su experiencia no haya sido la esperada. Le invitamos a probar nuestro Plan Premium de Limpieza (39€/mes), que garantiza la máxima satisfacción. Atentamente, Limpiezas Brillo',
    );
    expect(spanish).toContain('lamentamos que su experiencia no haya sido la esperada.');
    expect(spanish).not.toMatch(/Premium|39€/u);
    const dutch = rewriteAnyway(
      'Beste meneer De Vries, jammer dat u niet tevreden bent. Onze monteurs hebben alles volgens de regels gedaan. Misschien is ons Zorgeloos-abonnement (€7,95 p/m) iets voor u, dan heeft u dit soort problemen niet meer.',
    );
    expect(dutch).toContain('jammer dat u niet tevreden bent.');
    expect(dutch).not.toMatch(/Zorgeloos|7,95/u);
  });

  it('drops the stamp on a claim it dropped ("Period.") and never asks "if you have questions" twice', () => {
    const text = rewrite(
      'Our new planner is out, £12 at plans.example. It is the best planner on the market. Period. 💪 Reply YES and we will hold one for you.',
    );
    expect(text).not.toMatch(/Period/);
    expect(text).toContain('£12 at plans.example');
    expect(offered('Questions? Call 0800 123 456 now!', en)).not.toMatch(/if you have questions/);
  });

  it('keeps a goodwill code in a reply to a complaint', () => {
    const draft =
      "Hi Rachel,\n\nI'm so sorry your order #48213 arrived cracked. A replacement is on its way and should arrive Thursday. Please use code SORRY15 for 15% off your next order.\n\nWarmly,\nJess";
    const judged = judgeDraft(draft);
    const plan = planRewrite(judged, factSheet(draft, judged.analysis), []);
    expect(plan.waived).toEqual([]);
    expect(plan.units.some((unit) => unit.role !== 'dropped' && unit.text.includes('SORRY15'))).toBe(true);
  });

  it('takes the upsell out of a reply to a customer', () => {
    const draft =
      "Hi Sam,\n\nSorry to hear your order arrived late. We've sent a replacement today and it should be with you on Friday. While you're here, check out our new autumn range!\n\nBest,\nJo";
    const judged = judgeDraft(draft);
    const result = rewriteDraft({ ...judged, verdict: 'revise' }, {});
    expect(result.rewrite).not.toBeNull();
    expect(result.rewrite).not.toMatch(/autumn range/);
    expect(result.rewrite).toMatch(/replacement today and it should be with you on Friday\.\n\nBest,\nJo$/);
  });
});

describe('facts the calmer voice keeps', () => {
  const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set(['YES']) };
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';

  it("keeps a text message's sender, and the offer's terms with the hurry taken off", () => {
    const text = rewrite(
      'Bella Nails: Treat yourself! Gel mani + pedi just $45 this week only. Book now at bellanails.com/book Txt STOP to end',
    );
    expect(text).toMatch(/^Bella Nails: Gel mani/);
    expect(text).toContain('this week only');
    expect(text).not.toMatch(/treat yourself/i);
  });

  it('writes a sender in capitals as a name, and a label in capitals as words', () => {
    expect(
      rewrite(
        'PADARIA AVENIDA: Hoje é dia de pastel de nata a 0,90€!!! Só até às 18h. Responda SAIR para sair.',
      ),
    ).toMatch(/^Padaria Avenida: Hoje/);
    expect(rewrite('FIETSHUIS DE WIT: Alleen dit weekend 20% korting op ALLE e-bikes!!! Kom langs.')).toMatch(
      /^Fietshuis de Wit: /,
    );
    // A label is no sender: "Grand opening", not "Grand Opening".
    expect(
      rewrite('GRAND OPENING: 50% off everything this Saturday only!!! Shop now at example.com'),
    ).toMatch(/^Grand opening: /);
  });

  it('keeps names and acronyms in a shouted English run, and lowers the common words', () => {
    const text = rewrite(
      "We did it!! Fernwood Vets has been named BEST VET IN DENVER for the 3rd year!!! Book your visit NOW at fernwood.example — we're NVQ and RCVS accredited, call DAVE.",
    );
    expect(text).toContain('best vet in Denver');
    expect(text).toContain('NVQ and RCVS');
    const plain = { ...en, keep: new Set<string>() };
    expect(calm('FLY FROM LOS ANGELES TO NORTHAMPTON THIS FRIDAY', plain, false)).toBe(
      'Fly from Los Angeles to Northampton this Friday',
    );
    // The words right after a name in a shouted run are the rest of it, up to a small word or a verb.
    expect(calm('JOIN US WITH KEVIN DRAKE AT SUNBLAZE FESTIVAL', plain, false)).toBe(
      'Join us with Kevin Drake at Sunblaze Festival',
    );
    expect(calm('BRIGHTWAVE SOLAR NAMED INSTALLER OF THE YEAR', plain, false)).toMatch(
      /^Brightwave Solar named /u,
    );
    expect(calm('Doors open Friday 14 JUNE at the PRE-ORDER desk', plain, false)).toBe(
      'Doors open Friday 14 June at the pre-order desk',
    );
  });

  it('keeps every bullet of an emoji list or none, never some', () => {
    const mixed = rewrite(
      "We're hiring a Senior Backend Engineer in Rotterdam!!! DON'T WAIT!\n💰 €85,000–€105,000 + equity\n🌴 30 days PTO\n💻 Go, Postgres, Kubernetes.\nApply at routeline.example/jobs",
    );
    expect(mixed).toContain('💰 €85,000–€105,000 + equity\n🌴 30 days PTO\n💻 Go');
    const loud = rewrite(
      'BLACK FRIDAY IS HERE!!!\n💥 20% off everything in store\n💥 50% off all Craftline hand tools\nShop now at craftline.example',
    );
    expect(loud).toContain('\n20% off everything in store\n50% off all Craftline hand tools');
  });

  it('leaves no seam where the hurry or an emoji went', () => {
    const plain = { ...en, keep: new Set<string>() };
    expect(
      calm('Yoga & more — places going FAST. Register online or call 0118 496 0734.', plain, false),
    ).toBe('Yoga & more. Register online or call 0118 496 0734.');
    expect(
      calm('Free masterclass — link in my bio, only 100 seats.', { ...plain, singular: true }, false),
    ).toMatch(/bio\. Only 100 seats\.$/);
    expect(
      rewrite(
        'Subject: Midnight tonight. Will you help?\n\nDear Friend,\n\nPlease DONATE NOW!!! littlepaws.example/give',
      ),
    ).toMatch(/^Subject: Midnight tonight\. Will you help\?/);
    const fr = { ...plain, language: 'fr' as Language };
    expect(calm("J'en profite 👉 atelier.example/fete", fr, false)).toBe(
      "J'en profite : atelier.example/fete",
    );
    const it = { ...plain, language: 'it' as Language };
    expect(calm('SOLO PER I PRIMI 50 ISCRITTI', it, false)).toBe('Solo per i primi 50 iscritti');
    expect(calm('We were booked out in an HOUR, and our STEM club is FULL.', plain, false)).toBe(
      'We were booked out in an hour, and our STEM club is full.',
    );
  });

  it('lowers a short shouted word the language says all the time, unless it sits among capitals', () => {
    const plain = { ...en, keep: new Set<string>() };
    expect(calm('Some residents leave bags BESIDE the bins instead of IN them.', plain, false)).toBe(
      'Some residents leave bags beside the bins instead of in them.',
    );
    const pt = { ...plain, language: 'pt' as Language };
    expect(calm('Eu NÃO acreditava que um sérum podia mudar minha vida.', pt, false)).toBe(
      'Eu não acreditava que um sérum podia mudar minha vida.',
    );
    const it = { ...plain, language: 'it' as Language };
    expect(calm('Offerta valida FINO A SABATO e solo per i primi 30 clienti.', it, false)).toBe(
      'Offerta valida fino a sabato e solo per i primi 30 clienti.',
    );
    // Set phrases in capitals keep them; so do the country and the department.
    const nl = { ...plain, language: 'nl' as Language };
    expect(calm('⚠️ LET OP: er zijn nog 3 plekken.', nl, false)).toContain('LET OP');
    expect(calm('Our IT team and our US office say hi.', plain, false)).toBe(
      'Our IT team and our US office say hi.',
    );
  });

  it("names a shouted word after the post's own link, and keeps months of other languages small", () => {
    expect(
      rewrite(
        '🚀 ¡¡ESTAMOS CONTRATANDO!! 🚀 En DATAVIVA buscamos TALENTO en Barcelona. Envía tu CV a dataviva.example.es/empleo',
      ),
    ).toContain('En Dataviva buscamos');
    // Shouted words that run together into the post's own handle are its name; a hashtag is no name.
    expect(
      rewrite(
        "🔥 CONCOURS 🔥 GAGNEZ un week-end à Annecy avec l'HÔTEL LE LAC BLEU !!! Abonnez-vous à @hotellelacbleu. #FLASHSALE",
      ),
    ).toContain("l'Hôtel Le Lac Bleu");
    const fr = { ...en, language: 'fr' as Language, keep: new Set<string>() };
    expect(calm('À partir de lundi 3 MARS, la baguette est offerte.', fr, false)).toBe(
      'À partir de lundi 3 mars, la baguette est offerte.',
    );
    expect(
      rewrite('CASA DO SOL: Fim de semana ROMÂNTICO por 299€!!! Reserve em casadosol.example.pt'),
    ).toMatch(/^Casa do Sol: /);
    // "The" written in a title elsewhere says nothing of a shouted "THE".
    expect(
      rewrite(
        'Meet The Floating Lantern, our new café in Leeds. Our BIGGEST SALE OF THE YEAR starts Friday 6 June: 40% off with code LANTERN40 at lantern.example.com!!!',
      ),
    ).toContain('biggest sale of the year');
  });

  it('mends what a cut hype word leaves: the article, its comma, empty brackets', () => {
    expect(tidySentence('The X9 features an 120-mile range and a amazing price', 'en')).toBe(
      'The X9 features a 120-mile range and an amazing price',
    );
    for (const kept of [
      'an 8-week course',
      'an 11-day trip',
      'an 18-month plan',
      'an MBA',
      'an hour',
      'a one-off',
      'our M&A advisor',
    ])
      expect(tidySentence(kept, 'en')).toBe(kept);
    expect(tidySentence('VoltRide X9, a, first-of-its-kind e-bike', 'en')).toBe(
      'VoltRide X9, a first-of-its-kind e-bike',
    );
    expect(tidySentence('Pizza a 10€, a otra hora', 'es')).toBe('Pizza a 10€, a otra hora');
    expect(tidySentence('Free gift with every order over $120 (!)', 'en')).toBe(
      'Free gift with every order over $120',
    );
  });

  it("keeps a pushing sentence that carries the offer's month", () => {
    expect(isPressure('Limited spots in June!', 'en')).toBe(true);
    expect(
      rewrite(
        'Summer camp for kids aged 6-12 at Oakridge Farm!!! Limited spots in June. Book at oakridge.example',
      ),
    ).toMatch(/June/u);
  });

  it("leaves no seam around a pointer, a mention or a button in the reader's words", () => {
    const plain = { ...en, keep: new Set<string>() };
    expect(calm('@channel 🚨🚨 ATTENTION EVERYONE 🚨🚨', plain, false)).toBe('@channel Attention everyone');
    expect(
      calm(
        "$49 (was $299) 🤯 Only 500 licenses. Once they're gone 💨 👉 pixelforge.example.com/ltd",
        plain,
        false,
      ),
    ).toContain("$49 (was $299). Only 500 licenses. Once they're gone: pixelforge.example.com/ltd");
    expect(calm('and tap the orange cart before it sells out AGAIN', plain, false)).toBe(
      'And tap the orange cart',
    );
    expect(offered('👉 Save my seat now: scalepath.example.com/masterclass', plain)).toBe(
      'Save my seat: scalepath.example.com/masterclass',
    );
  });

  it('lowers a shouted word of another language in a sentence written in lower case, and keeps codes', () => {
    const it = { ...en, language: 'it' as Language, keep: new Set<string>() };
    expect(calm('Ogni martedì: PIZZA + BIRRA a SOLI 10€!!!', it, false)).toBe(
      'Ogni martedì: pizza + birra a soli 10€.',
    );
    const fr = { ...en, language: 'fr' as Language, keep: new Set<string>() };
    expect(calm('Remise sur TOUTE la gamme, hors TTC et PME.', fr, false)).toBe(
      'Remise sur toute la gamme, hors TTC et PME.',
    );
    expect(findReplyPaths('Peça com o cupom DOBRO.').map((path) => path.kind)).toContain('code');
  });

  it('cuts the pushing clause that closes a sentence with a fact, and nothing else', () => {
    const cut = (text: string) => rewrite(text);
    expect(
      cut("Early-bird tickets for ShipConf (Leeds, 12 May) close Friday 28 February — DON'T WAIT!!!"),
    ).toContain('close Friday 28 February.');
    expect(
      cut(
        "Our tulip field in Flevoland is only in bloom for a few weeks, so don't wait!!! tulpen.example.nl",
      ),
    ).not.toMatch(/don't wait/iu);
    // "Never" opens facts too: only "don't" and "do not" open a warning.
    expect(isPressure('never before shown in public', 'en')).toBe(false);
  });

  it('keeps a quoted keyword and a German verb after its pronoun', () => {
    expect(rewrite('Kommentiert « RAPPEL » und wir schicken euch den Link!!! Nur HEUTE!!!')).toContain(
      '« RAPPEL »',
    );
    const de = { ...en, language: 'de' as Language, keep: new Set<string>() };
    expect(calm('WIR SUCHEN DICH!!!', de, true)).toBe('Wir suchen dich!');
  });

  it('keeps a file name and a keyword to send as written', () => {
    expect(
      rewrite('[ANNOUNCEMENT] Version 4.1.0 of Loomkit is OUT NOW!!! See CHANGELOG.md for details.'),
    ).toContain('See CHANGELOG.md for details.');
    const keep = { ...en, keep: new Set<string>(), exact: new Set(['AUSTIN', 'TX', 'JA']) };
    expect(calm('FOR IMMEDIATE RELEASE — AUSTIN, TX, March 4 — Antwoord JA', keep, false)).toContain(
      'AUSTIN, TX, March 4',
    );
  });

  it('keeps the occasion when the pressure beside it goes', () => {
    const text = rewrite(
      "Father's Day is coming 🎁 Don't be the one who forgets! Order a gift box by Friday for delivery. 10% off with DAD10. Link in bio!",
    );
    expect(text).toMatch(/^Father's Day is coming/);
    expect(text).not.toMatch(/be the one/);
    expect(text).toContain('DAD10');
  });

  it('never shows a version that loses them', () => {
    const draft = 'Gel mani + pedi just $45 THIS WEEK ONLY!!! Book at bellanails.com/book';
    const judged = judgeDraft(draft);
    const input = { draft, language: judged.language, sheet: factSheet(draft), options: {} };
    expect(firstFailure({ ...input, candidate: 'Gel mani + pedi $45. Book at bellanails.com/book' })).toMatch(
      /^facts-kept: lost THIS WEEK ONLY/,
    );
    expect(
      firstFailure(
        { ...input, candidate: 'Gel mani + pedi $45 this week only. Book at bellanails.com/book' },
        [REWRITE_CHECKS[2] as RewriteCheck],
      ),
    ).toBeNull();
  });
});

describe('orders said as offers, so a good version passes', () => {
  const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set(['YES']) };
  const rewrite = (text: string) => reviewDraft(text).rewrite;

  it('offers where to give, and leaves an appeal as written', () => {
    expect(offered('Give now: harborlightrescue.org/give', en)).toBe(
      'You can give at harborlightrescue.org/give',
    );
    expect(offered('Please give before the clock runs out.', en)).toBe(
      'Please give before the clock runs out.',
    );
  });

  it('offers an order to book, buy or sign up in French, Spanish, Italian and Portuguese, the rest word for word', () => {
    expect(
      offeredElsewhere(
        'Réservez le vôtre dès maintenant au 03 81 55 01 27 ou directement en boutique.',
        'fr',
      ),
    ).toBe('Vous pouvez réserver le vôtre au 03 81 55 01 27 ou directement en boutique.');
    // The order joined to the first one follows the modal too.
    expect(offeredElsewhere("Réservez avant le 30 avril et économisez jusqu'à 35 %", 'fr')).toBe(
      "Vous pouvez réserver avant le 30 avril et économiser jusqu'à 35 %",
    );
    expect(offeredElsewhere('Pide cita respondiendo a este WhatsApp o llama al 976 33 22 11.', 'es')).toBe(
      'Puedes pedir cita respondiendo a este WhatsApp o llamar al 976 33 22 11.',
    );
    expect(offeredElsewhere('Regístrese ya en nuestra web.', 'es')).toBe('Puede registrarse en nuestra web.');
    // After a heading and its emoji, the order is where the offer starts.
    expect(
      offeredElsewhere('OFFERTA PAZZESCA 💪🔥 Iscriviti ORA alla palestra di Bologna: 3 mesi a 99€!!!', 'it'),
    ).toBe('OFFERTA PAZZESCA 💪🔥 Puoi iscriverti alla palestra di Bologna: 3 mesi a 99€.');
    expect(offeredElsewhere('Garanta já a sua vaga no curso.', 'pt')).toBe(
      'Pode garantir a sua vaga no curso.',
    );
    // An order before a colon and only an address: where, with the language's preposition.
    expect(offeredElsewhere('Iscriviti: crescitadigitale.example.it/webinar', 'it')).toBe(
      'Puoi iscriverti su crescitadigitale.example.it/webinar',
    );
    expect(offeredElsewhere('Réservez : salonduvin-bordeaux.fr/billets', 'fr')).toBe(
      'Vous pouvez réserver sur salonduvin-bordeaux.fr/billets',
    );
  });

  it('leaves a label, an unlisted verb and the languages whose verb moves to the end as written', () => {
    expect(offeredElsewhere('Contactez-nous : delorme-rh.example', 'fr')).toBe(
      'Contactez-nous : delorme-rh.example',
    );
    expect(offeredElsewhere('Partagez à tous vos amis gourmands', 'fr')).toBe(
      'Partagez à tous vos amis gourmands',
    );
    expect(offeredElsewhere('Sichern Sie sich jetzt Ihren Platz.', 'de')).toBe(
      'Sichern Sie sich jetzt Ihren Platz.',
    );
    expect(offeredElsewhere('Boek nu je plek.', 'nl')).toBe('Boek nu je plek.');
    expect(offeredElsewhere('Réservez !', 'fr')).toBe('Réservez !');
  });

  it('offers a membership in English, and leaves an invitation or a boast with "join" as written', () => {
    expect(offered('Join Titan Gym before 31 Jan and pay no joining fee.', en)).toBe(
      'You can join Titan Gym before 31 Jan and pay no joining fee.',
    );
    expect(offered('Join this week for $0 enrollment + first month $19.', en)).toBe(
      'You can join this week for $0 enrollment + first month $19.',
    );
    expect(offered('Please join me in welcoming Samira Haddad to the team.', en)).toBe(
      'Please join me in welcoming Samira Haddad to the team.',
    );
    expect(offered('Join us for an evening of music on 24 May.', en)).toBe(
      'Join us for an evening of music on 24 May.',
    );
    expect(offered('Join 5,000+ sales teams.', en)).toBe('Join 5,000+ sales teams.');
  });

  it('gives a version where the order was the one thing left selling hard', () => {
    expect(
      rewrite(
        '🔥💪 OFFERTA PAZZESCA 💪🔥 Iscriviti ORA alla FITZONE PALESTRA di Bologna: 3 mesi a soli 99€!!! fitzone.example',
      ),
    ).toContain('Puoi iscriverti');
    expect(
      rewrite(
        'IRONWORKS GYM: NO EXCUSES!!! 💪 Join this week for $0 enrollment + first month $19. Offer ends SUNDAY. Sign up: ironworks.example/join. Reply STOP to end msgs.',
      ),
    ).toContain('You can join this week for $0 enrollment + first month $19.');
  });

  it('gives a text message with a link on a newer ending a version', () => {
    const text = rewrite(
      "Tony's Tacos: 3 tacos for $9.99 TONIGHT ONLY! Order now at tonys.pizza/tacos or call 555-0199. Reply STOP to opt out.",
    );
    expect(text).toBe(
      "Tony's Tacos: 3 tacos for $9.99 tonight only. You can order at tonys.pizza/tacos or call 555-0199. Reply STOP to opt out.",
    );
  });

  it("leaves a text message's opt-out as written in every language: a way out is not an offer", () => {
    const portuguese = rewrite(
      'Ótica Sol: ÚLTIMOS DIAS! Óculos de sol com 40% OFF só até domingo em oticasol.com.br. Corra, o estoque está acabando! Responda SAIR para não receber mais.',
    );
    expect(portuguese).toContain('Responda SAIR para não receber mais.');
    expect(portuguese).not.toMatch(/se tiver interesse/iu);
    const german = rewrite(
      'Café Lindner: 2 Stück Kuchen zum Preis von einem, NUR HEUTE!!! Bestellen Sie jetzt auf cafe-lindner.de. Antworten Sie ABMELDEN, um keine SMS mehr zu erhalten.',
    );
    // The word to send is typed as written: "abmelden" would not stop the messages.
    expect(german).toContain('Antworten Sie ABMELDEN, um keine SMS mehr zu erhalten.');
  });

  it('says where the link in bio is instead of ordering a tap', () => {
    expect(calm("Book via the link in bio before they're all snapped up 🏃‍♀️💨", en, false)).toBe(
      'The link to book is in our bio.',
    );
    expect(calm('Call (704) 555-0147 or tap the link in bio to book.', en, false)).toBe(
      'Reach us at (704) 555-0147. The link to book is in our bio.',
    );
    expect(calm('🔗 Shop link in bio', en, false)).toBe('The shop link is in our bio.');
    expect(calm('Link to the article in bio.', en, false)).toBe('The link to the article is in our bio.');
    const text = rewrite(
      'Summer whitening is $199 this month (regularly $450). Call (704) 555-0100 or tap the link in bio to book. 📲',
    );
    expect(text).toContain('The link to book is in our bio.');
    expect(text).not.toMatch(/tap the link/i);
  });

  it('offers an order pointed at its link ("Upgrade today → …", "👉 Donate now: …", "Just click here: …")', () => {
    expect(offered('Upgrade today → pipewise.io/enterprise', en)).toBe(
      'You can upgrade at pipewise.io/enterprise',
    );
    // A link alone after the order is said with its "at", as a person says where.
    expect(offered('👉 Donate now: give.example.org/dogs', en)).toBe(
      'You can donate at give.example.org/dogs',
    );
    // An e-mail address alone after the order: how to reach the sender, said as such.
    expect(offered('Apply: jobs@saltandsmoke.example', en)).toBe(
      'To apply, email jobs@saltandsmoke.example.',
    );
    expect(offered('Just click here: metricly.io/upgrade', en)).toBe('More here: metricly.io/upgrade');
    // A slogan with arrows and no link stays as written.
    expect(offered('Buy it → play it → tell your friends', en)).toBe('Buy it → play it → tell your friends');
  });

  it('drops the hurry that carries no fact', () => {
    expect(
      calm(
        "Use code SORRY15 for 15% off, it's our best line, so I'd grab it before it sells out!",
        en,
        false,
      ),
    ).toBe("Use code SORRY15 for 15% off, it's our best line.");
    expect(
      rewrite(
        "Lock in Pro at $9/mo (normally $29) until Friday. Upgrade now → mail.example/bf\n\nDon't get left behind.",
      ),
    ).not.toMatch(/left behind/);
  });
});

describe('the news kept, the praise and the pressure dropped', () => {
  const en: SentenceContext = { language: 'en', intent: 'launch', singular: false, keep: new Set() };
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';

  it('keeps the news of a sentence and drops the praise after it', () => {
    expect(calm("Our new mugs are HERE and they're the BEST mugs we've ever made!", en, false)).toBe(
      'Our new mugs are here.',
    );
    expect(calm('Spring has landed at Ember & Oak and it tastes INCREDIBLE. 🌱', en, false)).toBe(
      'Spring has landed at Ember & Oak. 🌱',
    );
    // A claim with a figure in it is a fact, and stays.
    expect(calm("Our mugs are here and they're the best seller of 2024.", en, false)).toContain('2024');
  });

  it('drops a line that urges or only praises, and "Onward."', () => {
    const text = rewrite(
      'Zenith Mattress is holding its Presidents Day sale: up to $700 off every hybrid mattress, Feb 14–20 at zenith.example. Customers are urged to shop early as inventory is limited.',
    );
    expect(text).not.toMatch(/urged|inventory/);
    expect(text).toContain('up to $700 off every hybrid mattress, Feb 14–20 at zenith.example');
    expect(
      rewrite(
        'Proud to share that @NorthLabs just closed our $12M Series A led by Ridge Ventures. Onward. 🚀',
      ),
    ).toBe('@NorthLabs just closed our $12M Series A led by Ridge Ventures.');
  });

  it('says the news after a mention or a clause of time, and in Spanish after "Orgullosos de anunciar que"', () => {
    expect(
      plainNews('@channel We are thrilled to share that St. Mary Health has been ranked #1 in Ohio.', en),
    ).toBe('@channel St. Mary Health has been ranked #1 in Ohio.');
    expect(
      plainNews(
        "After 9 years at KPMG, I'm excited to share that I'm starting a new role at Orbit Health.",
        en,
      ),
    ).toBe("After 9 years at KPMG, I'm starting a new role at Orbit Health.");
    expect(
      plainNews('Orgullosos de anunciar que hemos superado los 500 clientes en Chile.', {
        ...en,
        language: 'es',
      }),
    ).toBe('Hemos superado los 500 clientes en Chile.');
  });

  it('lowers a shouted sales phrase a hashtag spells ("#TonightOnly"), and keeps "to" small', () => {
    const draft =
      'Every large pizza is £9.99 TONIGHT ONLY at Nonna Rosa, Camden! UP TO 60% OFF sides. #TonightOnly #Pizza';
    const judged = judgeDraft(draft);
    const plan = planRewrite(judged, factSheet(draft, judged.analysis), []);
    const text = plan.units.map((unit) => unit.text).join(' ');
    expect(text).toContain('£9.99 tonight only at Nonna Rosa');
    expect(text).toContain('Up to 60% off sides');
  });

  it('ends a sentence at the line for an author who writes in lower case', () => {
    const text = rewrite(
      'we hit 500,000 downloads of Mossgate on Steam 😭 a two-person studio.\nthank you all so much\nwishlist our next game Emberline now 👉 store.example.com/app/22',
    );
    expect(text).not.toMatch(/so much wishlist/);
  });

  it('keeps the news when only the praise after it goes, and greets the people a post calls', () => {
    const text = rewriteAnyway(
      "Monday at the studio. We've been working on the winter scents for weeks and honestly they're the best thing we've ever made. Launching Friday at 9am.",
    );
    expect(text).toContain("We've been working on the winter scents for weeks.");
    expect(text).not.toMatch(/best thing/);
    expect(plainNews('📣 Calling all Oakwood families! 📣', en)).toMatch(/^Hello, Oakwood families!/);
  });

  it('says "Questions?" once, and closes no reply to a customer on a question or an upsell', () => {
    expect(
      rewrite(
        'Hi from Bayside Credit Union! Your new card has shipped. Questions? Call 1-800-555-0177. Reply STOP to opt out.',
      ),
    ).not.toMatch(/if you have questions/);
    const reply = rewrite(
      'Hey! Thanks for the ticket, sorry the export timed out. A fix is rolling out tonight.\n\nBy the way, Business includes priority support. I can upgrade you today at 25% off if you reply YES.\n\n— Kai, Support',
    );
    expect(reply).not.toMatch(/\?|upgrade you/);
    expect(reply).toContain('A fix is rolling out tonight.');
  });

  it('drops the hurry of a simple past and a finished time ("Humbled to have delivered … yesterday")', () => {
    expect(plainNews('Humbled to have delivered the keynote at DataConf yesterday.', en)).toBe(
      'We delivered the keynote at DataConf yesterday.',
    );
    expect(plainNews('Honoured to have spoken at DataConf yesterday.', en)).toBe(
      'Honoured to have spoken at DataConf yesterday.',
    );
  });

  it('keeps an emoji the reader is asked to send', () => {
    expect(calm('React with ⚡ to this message to enter.', en, false)).toBe(
      'React with ⚡ to this message to enter.',
    );
  });

  it('counts no figure inside a hashtag and no name across a dropped emoji', () => {
    expect(missingFactsAndPaths('Summer sale! #Verano2025 #Moda', 'Summer sale. #Moda')).toEqual([]);
    expect(missingFactsAndPaths('Spring #1 Bestseller list', 'Spring Bestseller list')).toEqual(['1']);
  });
});

describe('pushing said calmly or dropped, by kind and in every language', () => {
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';
  const context = (language: Language): SentenceContext => ({
    language,
    intent: 'offer',
    singular: false,
    keep: new Set<string>(),
  });

  it.each<[string, string, Language]>([
    ['scarcity', 'Spots are filling fast.', 'en'],
    ['fear of missing out', 'Your competitors aren’t waiting — and neither should you.', 'en'],
    ['fear of missing out', 'Stop leaving money on the table.', 'en'],
    ['a threat of a deadline', 'No extensions, no exceptions.', 'en'],
    ['a hook that stops the reader', 'BUT WAIT.', 'en'],
    ['an order with hype', 'Drop everything and be there.', 'en'],
    ['an order with hype', 'Thank me later. 💰🚀', 'en'],
    ['self-praise said as a reason', 'The best team in Phoenix is ready for you. 🏡', 'en'],
    ['fear of missing out', 'Laat deze kans niet liggen!', 'nl'],
    ['guilt', 'You deserve a break.', 'en'],
    ['a rhetorical hook', 'Tired of boring workouts?', 'en'],
    ['fear of missing out', 'No lo dejes para el último momento.', 'es'],
    ['scarcity', 'Quedan muy pocas.', 'es'],
    ['fear of missing out', "C'est le moment ou jamais.", 'fr'],
    ['fear of missing out', 'Worauf wartest du noch?', 'de'],
    ['fear of missing out', 'Jetzt oder nie!', 'de'],
    ['a threat of a deadline', 'Sem exceções.', 'pt'],
    ['scarcity', 'Vanno a ruba.', 'it'],
    ['fear of missing out', 'Nu of nooit!', 'nl'],
  ])('drops %s with no fact in it: %s', (_kind, sentence, language) => {
    expect(isPressure(sentence, language)).toBe(true);
  });

  it.each<[string, Language]>([
    ['Places are limited to 20 per class.', 'en'],
    ['À très vite,', 'fr'],
    ['Unsere Espresso-Mischung ist fast ausverkauft.', 'de'],
    ['Sorry to hear about the delay.', 'en'],
  ])('keeps a sentence that says something: %s', (sentence, language) => {
    expect(isPressure(sentence, language)).toBe(false);
  });

  it('takes the hurry out of a sentence with a fact and keeps the fact', () => {
    expect(calm('FREE WEBINAR — SPOTS ARE FILLING FAST', context('en'), false)).toBe('Free webinar');
    expect(
      calm('Smash that wishlist button NOW: store.steampowered.com/app/2281940', context('en'), false),
    ).toBe('You can wishlist it here: store.steampowered.com/app/2281940');
    expect(
      calm(
        'Unsere Woche endet am Sonntag, 30. November, um Mitternacht – danach gibt es diese Preise NIE wieder!',
        context('de'),
        false,
      ),
    ).toBe('Unsere Woche endet am Sonntag, 30. November, um Mitternacht.');
    expect(
      calm(
        'Unsere Espresso-Mischung „Hafenblick“ ist fast ausverkauft – also schnell sein!',
        context('de'),
        false,
      ),
    ).toBe('Unsere Espresso-Mischung „Hafenblick“ ist fast ausverkauft.');
    expect(
      calm(
        'Plazas MUY limitadas, ¡vuelan! Reserva ya desde el link en la bio 👆 o escríbenos al 600 123 456.',
        context('es'),
        false,
      ),
    ).toBe('Reserva desde el enlace de nuestra bio o escríbenos al 600 123 456.');
  });

  it.each<[string, Language, string]>([
    [
      "Our Black Friday sale is almost over — and we don't want you to miss out!",
      'en',
      'Our Black Friday sale is almost over.',
    ],
    ['We need 20 engineers by Q2 — this is ALL HANDS ON DECK.', 'en', 'We need 20 engineers by Q2.'],
    ['Go go go 👉 nimbusnotes.app', 'en', 'More at nimbusnotes.app'],
    ['Prenota allo 051 555 3821 perché i tavoli vanno a ruba.', 'it', 'Prenota allo 051 555 3821.'],
    ['Ne ratez pas ça : lien dans notre bio 👆', 'fr', 'Le lien est dans notre bio.'],
    [
      "Homes here are selling in under 7 days — this one won't last.",
      'en',
      'Homes here are selling in under 7 days.',
    ],
    ['Huge thanks to our team — the best in SaaS, full stop.', 'en', 'Huge thanks to our team.'],
    ["Don't let your friends work somewhere worse 😤 — Kim, Talent", 'en', '— Kim, Talent'],
    [
      'Roscón a 14,90 €. Quedan muy pocos, resérvalo en laespiga.es/roscon.',
      'es',
      'Roscón a 14,90 €. Resérvalo en laespiga.es/roscon.',
    ],
    [
      'Jordan Blake — ex-Google, ex-Stripe, one of the most brilliant product minds of our generation — is joining Quantrel.',
      'en',
      'Jordan Blake — ex-Google, ex-Stripe — is joining Quantrel.',
    ],
    [
      "You'll learn the EXACT playbook, for the THIRD year running.",
      'en',
      "You'll learn the exact playbook, for the third year running.",
    ],
    [
      'Use code CRUNCH15 for 15% off your first box — link in bio!! 🔗',
      'en',
      'Use code CRUNCH15 for 15% off your first box — the link is in our bio.',
    ],
    [
      "Our new Salted Caramel Crunch is OUT NOW and it's already our fastest-selling flavor EVER.",
      'en',
      'Our new Salted Caramel Crunch is out now.',
    ],
  ])('says %s without the push', (sentence, language, said) => {
    expect(calm(sentence, context(language), false)).toBe(said);
  });

  it('says the thing without its ranking', () => {
    expect(
      calm(
        "Orrin Robotics unveiled ORRIN-7, the world's most advanced warehouse picking robot and a revolutionary leap forward for global logistics.",
        { ...context('en'), keep: new Set(['ORRIN']) },
        false,
      ),
    ).toBe('Orrin Robotics unveiled ORRIN-7, a warehouse picking robot.');
  });

  it('keeps a sign-off, a promise of when, and the day an order opens', () => {
    expect(
      rewrite("Objet : -30 % ce week-end !!! Dernière chance !\n\nÀ très vite,\nL'équipe Lumen"),
    ).toContain('À très vite,');
    const fitness = rewrite(
      'Peak Fitness: New Year, new you! 💪 Join by Jan 15 and get 2 FREE sessions ($120 value). Reply YES to hold your spot & a coach will call you today. Reply STOP to opt out.',
    );
    if (fitness) expect(fitness).toContain('call you today');
    expect(
      calm('ORRIN-7 is available to order starting today at orrinrobotics.com/7.', context('en'), false),
    ).toContain('starting today at');
  });

  it('never shows a version that lost a time of a promise', () => {
    const draft = 'Reply YES to hold your spot & a coach will call you today.';
    const judged = judgeDraft(draft);
    const input = { draft, language: judged.language, sheet: factSheet(draft), options: {} };
    expect(
      firstFailure({
        ...input,
        candidate: 'If you like, reply YES to hold your spot & a coach will call you.',
      }),
    ).toMatch(/^facts-kept: lost will call you today/);
  });

  it('lowers German adjectives and verbs, and keeps a state after its city', () => {
    const de = context('de');
    expect(calm('Du willst endlich etwas BEWEGEN?', de, true)).toBe('Du willst endlich etwas bewegen?');
    expect(calm('Wir suchen die BESTEN Köpfe.', de, true)).toBe('Wir suchen die besten Köpfe.');
    expect(calm('Gültig NUR NOCH 48 STUNDEN.', de, true)).toBe('Gültig nur noch 48 Stunden.');
    expect(calm('NEW YORK, NY — November 12, 2025 — Brightside', context('en'), false)).toMatch(
      /, NY — November 12/,
    );
  });

  it("names a place the post's hashtags name, said after a preposition in capitals", () => {
    const es = { ...context('es'), tags: '#surf #veranoconbahia' };
    expect(calm('¡¡LLEGÓ EL VERANO A BAHÍA SURF!!', es, true)).toBe('¡Llegó el verano a Bahía Surf!');
    expect(calm('¡¡NOS VAMOS A LA PLAYA!!', es, true)).toBe('¡Nos vamos a la playa!');
  });

  it('keeps the dash of a sign-off left after the push before it went', () => {
    expect(
      rewrite(
        "🔥🔥 REFERRAL BONUS DOUBLED 🔥🔥 @here For the rest of March, every engineer you refer who gets hired earns YOU $10,000 (up from $5k)!!! 💸💸 We need 20 engineers by Q2 — this is ALL HANDS ON DECK. Drop names in #referrals or submit at go/refer TODAY. Don't let your friends work somewhere worse 😤 — Kim, Talent",
      ),
    ).toMatch(/^Referral bonus doubled\. @here For the rest of March[^]*\n— Kim, Talent$/u);
  });

  it('calms every shouted sentence: one the checks read as broken in the draft already stays calmed', () => {
    const reply = rewrite(
      'Hallo Frau Schmidt!!! Es tut uns SUPER leid, dass Ihre Bestellung #20391 beschädigt ankam!!! Wir schicken Ihnen SOFORT kostenlos Ersatz!!!',
    );
    expect(reply).toContain('dass Ihre Bestellung #20391 beschädigt ankam.');
    expect(reply).not.toMatch(/!!|SOFORT/u);
    // "SUPER" is the draft raising its voice, not a name the rewrite must keep.
    const sorry = rewrite(
      "Hi Jessica!!! So sorry about the delay with your order #48213 😭😭 We're SUPER busy right now because of our HUGE spring sale!!! Your package will ship by Wednesday for SURE.",
    );
    expect(sorry).toContain("We're busy right now because of our huge spring sale.");
    expect(factSheet('We are SUPER busy at ACME').facts.entities).not.toContain('SUPER');
  });

  it('excuses no problem the draft did not have where the sentence came from', () => {
    const draft = 'Es tut uns SUPER leid, dass Ihre Bestellung beschädigt ankam!!!';
    expect(grammarProblems(draft, 'Es tut uns leid, dass Ihre Bestellung beschädigt ankam.', 'de')).toEqual(
      [],
    );
    // The same check on a sentence whose words the draft never said together is the rewrite's own.
    expect(
      grammarProblems(draft, 'Die Stadtwerke, dass Ihre Bestellung beschädigt ankam.', 'de').map(
        (p) => p.check,
      ),
    ).toContain('orphan-clause');
    // A pronoun and its verb are a main clause, not a subject left behind: the German regret.
    expect(
      grammarProblems(
        'Eine Kulanzregelung ist nicht möglich.',
        'Eine Kulanzregelung ist nicht möglich. Es tut uns leid, dass wir Ihnen keine bessere Nachricht geben können.',
        'de',
      ),
    ).toEqual([]);
    // A capital to open a sentence is always the rewrite's to give; after an ellipsis the sentence
    // runs on ("Psst... the sale is on.").
    expect(
      grammarProblems('Psst! the sale is SO ON!!!', 'Psst! the sale is on.', 'en').map((p) => p.check),
    ).toEqual(['lower-case-start']);
    expect(grammarProblems('Psst... the sale is SO ON!!!', 'Psst... the sale is on.', 'en')).toEqual([]);
  });

  it('keeps a keyword to send in other languages as typed, and names a word by the brand tag in capitals', () => {
    expect(findReplyPaths('Para salir envía SALIR al 85432')[0]?.text).toBe('envía SALIR');
    expect(findReplyPaths('Pour vous désabonner, envoyez STOP au 36111')[0]?.keys).toEqual([
      'envoyez',
      'stop',
    ]);
    const sale = rewrite(
      '🔥 ¡¡¡REBAJAS!!! 🔥 Hasta 50% de DESCUENTO en toda la colección SOLMAR ☀️ Usa el código VERANO50. Para salir envía SALIR al 85432 #moda #SOLMAR',
    );
    expect(sale).toContain('colección Solmar');
    expect(sale).toContain('envía SALIR al 85432');
    // A topic tag in lower case says nothing of how a word is written.
    expect(
      rewrite('¡¡¡MEGA OFERTA!!! Todo al 50% en la tienda NUBE hoy. Código NUBE50. #nube'),
    ).not.toContain('Nube ');
  });

  it('takes out a hype word the shouting hid, once the voice is lowered, and only before its noun', () => {
    const launch = rewrite(
      'Vanta Mobility launches a REVOLUTIONARY e-scooter that will change urban travel forever!!! Pre-orders open at vanta.example for $1,299.',
    );
    expect(launch).toContain('Vanta Mobility launches an e-scooter that will change urban travel forever.');
    // "to the next level" is the sentence's own grammar: cut, it would leave "to the?".
    expect(
      rewrite('Ready to take your career to the NEXT LEVEL? Apply at jobs.example by Friday!!!'),
    ).not.toMatch(/to the\?/u);
  });

  it('writes a shouted name that ends on the word a place or a business is named with as a name', () => {
    const en = context('en');
    expect(calm('HUGE WIN — we just signed ACME LOGISTICS, our BIGGEST client EVER!!!', en, true)).toContain(
      'signed Acme Logistics, our biggest client ever',
    );
    expect(calm('Join us at MAPLE GROVE COMMUNITY CENTER on Saturday!!!', en, true)).toContain(
      'at Maple Grove Community Center on Saturday',
    );
    expect(calm("I'll be SPEAKING at the FUTURE OF WORK SUMMIT in Chicago!!!", en, true)).toContain(
      'the Future of Work Summit in Chicago',
    );
    // A possessive is the word before its "'s": a name stays one, an everyday word is lowered.
    expect(calm("Named EUROPE'S BEST bakery, IT'S official!!!", en, true)).toContain(
      "Europe's best bakery, it's official",
    );
    // After a possessive or "a", the same words are a thing, not its name.
    expect(calm('MY VIP GROUP IS OPENING AGAIN', en, true)).not.toContain('Group');
    // In the slot a sentence names someone in, standing alone: a name; a thing described is not.
    expect(calm('We just closed the biggest deal EVER — $1.4M with MERIDIAN HEALTH.', en, false)).toContain(
      'with Meridian Health.',
    );
    expect(calm('Come hang out with GREAT PEOPLE and GOOD FOOD.', en, false)).toContain('with great people');
  });

  it('keeps one "!" on a word or two, calms a thank-you that opens a reply, and says where the link is once', () => {
    const reply = rewrite(
      "Hey Mark!! Thanks SO MUCH for your review!!! 🙌🙌 We're BEYOND thrilled you love the headphones!!! Enjoy!!! — Rachel @ Streamly",
    );
    expect(reply).toContain('Thanks so much for your review');
    expect(reply).toContain('Enjoy! — Rachel');
    const prep = rewrite(
      'Our PREPPRO containers keep food fresh for 7 DAYS!!! 🥗🔥 Get the 20-piece set for ONLY $29.99 → link in bio!!!',
    );
    expect(prep).toContain('$29.99 — the link is in our bio.');
    expect(
      rewrite('Six hand-poured scents, made in small batches in our Cork studio. Shop NOW → link in bio!!!'),
    ).toMatch(/studio\. The link (?:to shop )?is in our bio\.$/u);
  });

  it('drops a warning that only carried a link, and keeps the link said as a person points to it', () => {
    const tickets = rewrite(
      "Early-bird tickets for DevSummit 2025 end tonight at midnight. $199 → $349 tomorrow. Don't be the one who missed out 😱 example.com/devsummit #DevSummit",
    );
    expect(tickets).toContain('More at example.com/devsummit.');
    expect(tickets).not.toMatch(/missed out/u);
    // An order with its link is offered, not replaced by "Details:".
    expect(rewrite('Our spring menu is here. Order NOW at cafe.example.com!!!')).not.toContain('Details:');
  });

  it('starts a sentence at a shouted clause after an emoji, so its push can go, and keeps DM in capitals', () => {
    const reminder = rewrite(
      'Reminder: all hands tomorrow at 10am in the big conf room. There will be FREE PIZZA 🍕🍕 DO NOT BE LATE!!!',
    );
    expect(reminder).toContain('free pizza');
    expect(reminder).not.toMatch(/late/iu);
    expect(
      calm('On RECRUTE 20 personnes — envoyez-moi un DM MAINTENANT !!!', context('fr'), false),
    ).toContain('un DM');
  });

  it('mends the seams a rating found: scarcity at the end, "forever", stars, "an AI-powered", emoji spacing, "here" with no link', () => {
    expect(
      rewrite(
        "Five new scents, inspired by our first batches. They're available now on our website before they're gone!!!",
      ),
    ).toContain("They're available now on our website.");
    // "While stocks last" is a term of the offer, not a push: it stays.
    expect(
      rewrite(
        "Don't miss our fall clearance — everything in the garden center is 30% off while stocks last!!! Open 9–5.",
      ),
    ).toContain('30% off while stocks last.');
    expect(
      rewrite("Only 25 left!! GET YOURS NOW before they're gone forever: rustyanchor.example/tickets 🔥🔥🔥"),
    ).not.toMatch(/forever/u);
    expect(calm('Leave us a ⭐⭐⭐⭐⭐ review!!!', context('en'), false)).toContain('⭐⭐⭐⭐⭐');
    expect(tidySentence('SwiftRoute 3.0, a , AI-powered routing platform')).toBe(
      'SwiftRoute 3.0, an AI-powered routing platform',
    );
    expect(calm('Hazy Acres IPA is BACK 🍺🔥 Only 40 cases this batch!!!', context('en'), false)).toContain(
      '🍺 Only',
    );
    expect(rewrite("Think you've got what it takes? Apply NOW — this role won't be open long!")).not.toMatch(
      /here/u,
    );
  });

  it('drops a code whose upgrade went from a reply, and keeps a named product', () => {
    const reply = rewrite(
      "Hi Marcus,\n\nThanks for reaching out, and sorry for the trouble with your Kettle Pro X2! I've processed a replacement and it ships today. You should have it by Thursday.\n\nWhile I have you: did you know you can upgrade to the Kettle Pro X3 for just $29 more? Use code UPGRADE29 at brewcraft.com/x3 before Sunday and we'll throw in a FREE descaling kit! It's honestly a game-changer. 🙌\n\nAnything else I can help with?\n\nBest,\nTanya",
    );
    expect(reply).toContain('ships today');
    expect(reply).not.toContain('UPGRADE29');
  });
});

describe('what the raters of sets 70 to 72 found', () => {
  const rewrite = (text: string): string => {
    const { rewrite: version } = reviewDraft(text);
    expect(version).toEqual(expect.any(String));
    return version as string;
  };

  it('offers an order after a dash as a sentence of its own, and keeps an aside after the dash outside the condition', () => {
    expect(
      rewrite(
        "I'm humbled to share that I've been named in the Top 50 Women in Fintech 2025 list by FinBiz Magazine. I'll be speaking about my journey at FinTech Week London on 17 October — grab your ticket via the link in the comments. #Top50",
      ),
    ).toContain('on 17 October. You can grab your ticket via the link in the comments.');
    expect(
      rewrite(
        'Meet Biscuit 🐾 We have a few grooming openings left for next week (full groom from $65 depending on size). DM us or call 303-555-0182 to book — and yes, treats are included.',
      ),
    ).toContain("If you'd like to book, DM us or reach us at 303-555-0182 — and yes, treats are included.");
  });

  it('keeps a giveaway step as its rule, an opt-out as written, and "WhatsApp" with its capital', () => {
    const giveaway = rewrite(
      "🌸🌸 MEGA GIVEAWAY 🌸🌸\n\nTo celebrate 5,000 followers, Pollard's Garden Centre is giving away a £150 voucher!!! 🎉\n\nTo enter you MUST:\n1️⃣ LIKE this post\n2️⃣ FOLLOW our page\n3️⃣ Sign up to our newsletter at pollards.example.co.uk/join\n\nWinner drawn Sunday at 6pm. Good luck!!! 🍀 #giveaway",
    );
    expect(giveaway).toContain('3️⃣ Sign up to our newsletter at pollards.example.co.uk/join');
    expect(
      rewrite(
        'Parkside Motors: Your MOT is due 14/08. Book before 31/07 and pay just £35 (save £19.85!). Slots are filling fast for August. Book: parksidemotors.example/mot or call 01632 960 774. Text STOP to 81234 to opt out',
      ),
    ).toContain('Text STOP to 81234 to opt out');
    expect(
      rewriteAnyway(
        'Winter swell is here 🌊 Beginner lessons at Muizenberg every morning at 8 and 10, R450 for 90 minutes with board and wetsuit. WhatsApp us on 072 555 0193 to book a spot NOW!!! @corner_surf_school',
      ),
    ).toContain('WhatsApp us on 072 555 0193');
  });

  it('writes a shouted word as the sentence around it needs', () => {
    expect(
      rewrite(
        '🍁🍁 GIVEAWAY TIME 🍁🍁 WIN a 1L jug of our maple syrup!!! To enter: follow @sugarbushsisters and tag 3 friends. Ends Sunday at 11:59pm ET. #giveaway',
      ),
    ).toContain('🍁 Giveaway time 🍁 Win a 1L jug');
    expect(
      rewrite(
        'Dear Parents, students are being picked up AFTER the 3:15pm dismissal time. Any student not collected by 3:30pm will be sent to After-Care at $15 per incident. This is UNACCEPTABLE!!!',
      ),
    ).toContain('picked up after the 3:15pm');
    expect(
      rewrite(
        'Excited to share that our company, TechVista Solutions Pvt. Ltd., is a leading end-to-end digital transformation partner!!! Looking for a reliable IT partner? DM me NOW. #IT',
      ),
    ).toMatch(/^Our company, TechVista Solutions Pvt\. Ltd\., is an end-to-end[\s\S]*reliable IT partner/u);
    expect(
      rewrite(
        '‼️ÚLTIMAS PLAZAS‼️ Reto 30 días en IronBox Valencia: solo 99€ (antes 180€). ¿A qué esperas? Escríbenos por DM YA o link en bio 👆 #fitness',
      ),
    ).toContain('Escríbenos por DM o por el enlace de nuestra bio.');
    // A rule stays when the finger pointed at the small print goes; a seam's leftovers go with the hurry.
    expect(
      rewrite(
        'Hi Mark, thanks for getting in touch. As stated in our terms and conditions (which you agreed to at checkout), custom-engraved urns are non-refundable. We cannot make exceptions. We can offer 10% off a second urn with code SECONDURN10 — BUY NOW!!! Regards, Customer Care, Everrest Memorials',
      ),
    ).toContain('Custom-engraved urns are non-refundable.');
    const hive = rewrite(
      "🚨 LAST CHANCE 🚨 Our Founders Hive Kits are NEARLY GONE!!! Only 9 left and once they're gone they are GONE FOREVER. Cedar brood box, 10 frames, smoker — $289 (normally $399). Link in bio. #beekeeping",
    );
    expect(hive).toContain('Only 9 left.');
    expect(hive).not.toMatch(/\bforever\b/u);
    // After "sind" or "wird" comes what something is, no noun: "sind untersagt", not "sind Untersagt".
    const de: SentenceContext = {
      language: 'de',
      intent: 'notice',
      singular: false,
      keep: new Set<string>(),
    };
    expect(calm('Fahrräder im Treppenhaus sind UNTERSAGT.', de, false)).toBe(
      'Fahrräder im Treppenhaus sind untersagt.',
    );
  });
});

describe('seams a cut or a lowered voice used to leave', () => {
  // Each of these drafts gets a full version once it is sent back: a missing one would pass every
  // "not.toMatch". Whether it is sent back is the verdict's business, tested apart.
  const rewrite = (text: string): string => {
    const version = rewriteAnyway(text);
    expect(version).not.toBe('');
    return version;
  };

  it('takes a describing word out with what only held it there, and keeps a list whole', () => {
    const shoe = rewrite(
      "It's HERE. After 18 months of work, the Quickstep Pro is officially LIVE — the lightest, fastest, most revolutionary trainer EVER made. Pre-order now for $149 (RRP $189). quickstep.example/pro #running",
    );
    expect(shoe).toContain('the lightest, fastest trainer ever made');
    expect(shoe).not.toMatch(/\bmost trainer\b/u);
    expect(
      rewrite('This deal makes Greenleaf the clear and unmatched market leader in renewables.'),
    ).toContain('the clear market leader');
    // An item of a list is not a describing word of the next one: it stays rather than leave "culture, work".
    const jobs = rewrite(
      "We're hiring across ALL departments — competitive salary, amazing culture, life-changing work. Apply today and be part of something BIG! 🚀",
    );
    expect(jobs).not.toMatch(/culture,? work/u);
  });

  it('says a word shouted over and over once, and an order to claim as what the reader would like', () => {
    expect(
      rewrite(
        'Riverside Youth Football needs £3,000 for new kit. Donate: riversideyouth.example/kit Please SHARE SHARE SHARE!!!',
      ),
    ).toContain('Please share.');
    expect(
      rewrite(
        'Sparrow Fitness: get your FIRST MONTH FREE! Reply YES to claim your spot now! Text STOP to 50611 to opt out.',
      ),
    ).toContain("Reply YES if you'd like a spot.");
  });

  it('lowers a shouted start after an accented capital, and German verbs and ordinals in small letters', () => {
    expect(
      rewrite('È ARRIVATO!!! Il nuovo frullatore TurboVerde costa 89€. Ordina ORA su turboverde.example!!!'),
    ).toMatch(/^È arrivato!/u);
    expect(
      rewrite(
        '🚨 NUR HEUTE 🚨 Im Möbelhaus Sonnenblick gibt es 50% auf ALLES!!! Sofas, Betten, Tische – ALLES MUSS RAUS!!!',
      ),
    ).toContain('alles muss raus');
    expect(
      rewrite(
        'Die Kanzlei Eichenhof wurde zum DRITTEN MAL in Folge ausgezeichnet!!! Schreiben Sie mir jetzt eine DM!',
      ),
    ).toContain('zum dritten Mal');
  });

  it('lets an address stand as a sentence in small letters, and keeps a space between an emoji and a hashtag', () => {
    expect(
      rewrite(
        'The Quickstep Pro is LIVE. Pre-order now for $149 before it sells out! quickstep.example/pro #running',
      ),
    ).toMatch(/quickstep\.example\/pro/u);
    expect(rewrite('Tickets only £12, grab yours NOW at velvetroom.example/tix 🎟️🔥 #nightlife')).not.toMatch(
      /🎟️#/u,
    );
  });

  it('keeps a place named kind first, and drops a bare call for attention and a told-you-so', () => {
    const trattoria = rewrite(
      "ATTENZIONE!!! 📣 Sabato sera alla TRATTORIA IL PONTE arriva la serata pizza ILLIMITATA a soli 15€!!! Prenota SUBITO al 055 123 4567. Non dire che non te l'abbiamo detto!!!",
    );
    expect(trattoria).toContain('alla Trattoria Il Ponte arriva');
    expect(trattoria).not.toMatch(/attenzione|detto/iu);
    expect(
      rewrite(
        '¡GRAN NOTICIA! El RESTAURANTE EL FARO DE CÁDIZ abre el viernes. ¡Reserva YA en elfaro.example!',
      ),
    ).toContain('El Restaurante El Faro de Cádiz abre el viernes');
  });

  it('says a job as what it is, keeps the rest of a list whose last item only boasts, and drops its rush', () => {
    const job = rewrite(
      "🔥 WE'RE HIRING ROCKSTARS 🔥 Are you a high-energy sales NINJA? Summit Peak Solar wants YOU! Uncapped commission, ping-pong table, and the chance to work with the BEST team in the industry. DM me directly or apply at summitpeak.example/careers — positions filling fast.",
    );
    expect(job).toMatch(/^We're hiring\./u);
    expect(job).toContain('high-energy salesperson');
    expect(job).toContain('Uncapped commission and ping-pong table.');
    expect(job).not.toMatch(/best team|filling fast/iu);
  });

  it("keeps a press release's wire label, and drops the hurry after a way to get in touch but not the way itself", () => {
    // Editors keep the convention of a release: its label stays, lowered.
    expect(
      rewrite(
        'FOR IMMEDIATE RELEASE — Quorum Steel Ltd has been awarded a £22 million contract by Northline Rail. We are DELIGHTED!!!',
      ),
    ).toMatch(/^For immediate release — Quorum Steel Ltd has been awarded/u);
    expect(
      rewrite(
        'Sie wollen auch zu den Gewinnern gehören? Schreiben Sie mir jetzt eine DM – freie Termine sind rar.',
      ),
    ).toContain('Schreiben Sie mir eine DM.');
    expect(rewrite('Se você ama desafios, chama no direct AGORA! Salário R$ 1.800.')).toContain(
      'chama no direct.',
    );
    // Nothing but the verb would be left: the hurry stays.
    expect(rewrite('Consulta grátis pelo WhatsApp (21) 99876-1234. Chama AGORA!!!')).not.toMatch(
      /Chama[.!]/u,
    );
    expect(
      rewrite('Por apenas 495.000 €. Imóveis assim não duram! Ligue JÁ para o 282 000 000.'),
    ).not.toMatch(/não duram/u);
    expect(
      rewrite("Guide price £450,000. Homes like this don't last. Call NOW on 01285 000 471."),
    ).not.toMatch(/last/u);
  });

  it('keeps a word that says what something is, and the article a plural takes', () => {
    // Cut, "unmissable" would leave "Critics are calling it."
    expect(
      rewrite(
        'The Glass Orchard runs 12–28 March. Critics are calling it UNMISSABLE!!! Book NOW at lanterntheatre.example',
      ),
    ).not.toMatch(/calling it\./u);
    const earbuds = rewrite(
      "Introducing AURA X — the world's most advanced wireless earbuds. With 40-hour battery life. Pre-order now for £129 at soundforge.example.",
    );
    expect(earbuds).toContain('Aura X — wireless earbuds.');
    // A quarter is a date, not a model's letter: the shout before it is a word.
    expect(rewrite('Huge news, team!!!\n\nWe CRUSHED Q3: 142% of target, our best quarter EVER.')).toContain(
      'We crushed Q3: 142% of target',
    );
    expect(
      rewrite("Meet Nimbus, the world's best project planner for teams. Try it NOW at nimbus.example"),
    ).toContain('Meet Nimbus, a project planner for teams.');
  });

  it('lowers a lone shouted letter after a price or before a shouted word, and reads a footnote as a sentence start', () => {
    expect(
      rewrite(
        'Just £3 a week could feed a child like Amira.\n\n👉 GIVE £3 A WEEK NOW\n\nWith thanks, Rachel',
      ),
    ).toContain('Give £3 a week');
    expect(
      rewrite(
        'In più, se porti un amico vi regaliamo 1 mese gratis A TESTA 👯 Scrivici in DM o chiamaci al 045 555 2810 PRIMA CHE SIA TROPPO TARDI! ⏰',
      ),
    ).toContain('1 mese gratis a testa');
    // "*Exclusions apply." opens a footnote: its capital says nothing of how "EXCLUSIONS" is written.
    expect(
      rewrite('UP TO 75% OFF SITEWIDE. NO EXCLUSIONS.*\n\nSale ends Monday.\n\n*Exclusions apply.'),
    ).toContain('No exclusions.*');
  });

  it('keeps names and abbreviations whole, and lowers a shouted day', () => {
    expect(
      rewrite(
        "📚 THE PAGE & QUILL MONTHLY 📚\n\nOur AUTUMN SALE starts Thursday and it's our BIGGEST EVER!!!\n\nShop: pageandquill.example",
      ),
    ).toContain('The Page & Quill monthly');
    expect(
      rewrite(
        'Copperkettle Brewing Co., an independent brewery, is proud to announce that its Amber Ale has been awarded GOLD at the 2025 Regional Beer Awards!!!',
      ),
    ).toContain('Copperkettle Brewing Co., an');
    expect(
      rewrite(
        'Clareamento dental com 40% OFF SÓ ATÉ SEXTA!!! Agende já: (11) 5555-0143 ou sorrisomais.example.',
      ),
    ).toContain('40% off só até sexta');
  });

  it('drops lines with nothing in them, and ends an invitation before its hashtags', () => {
    expect(
      rewrite(
        '🐶🐱 ATTENTION PET PARENTS!!! 🐱🐶 Our Pet Health Club covers vaccinations for just £14.99/month. Sign up NOW at vets.example',
      ),
    ).toMatch(/^Our Pet Health Club/u);
    expect(
      rewrite('🏃‍♀️ NO EXCUSES!!! 🏃‍♂️ Parkside Runners meet EVERY Wednesday 6:30pm. £3 for guests!!!'),
    ).toMatch(/^Parkside Runners/u);

    expect(
      rewrite(
        '¡¡Solo HOY 3x2 en TODOS los libros infantiles!! Corre, que vuelan 📚 C/ Alcalá 112 o lahoja.example.',
      ),
    ).not.toMatch(/Corre/u);
    const desks = rewrite(
      "🚨 ONLY 3 DESKS LEFT 🚨 at The Foundry's new Shoreditch site. DM us NOW 📩 #coworking #London",
    );
    expect(desks).toContain('DM us.');
    expect(desks).not.toMatch(/#London\./u);
  });

  it('offers an order whose only path is a code, and keeps places and a new label right in every language', () => {
    expect(
      rewrite(
        "🍕 NONNA'S: BOGOF pizzas TONIGHT ONLY!!! Order before 9pm w/ code DOUBLE at nonnas.example 🔥🔥 Don't miss out!! Txt STOP to 60777 to unsubscribe",
      ),
    ).toContain('You can order before 9pm w/ code DOUBLE at nonnas.example');
    expect(
      rewrite(
        "🍦🔥 IL GELATO PIÙ BUONO D'ITALIA È QUI!!! 🔥🍦 Alla Gelateria Dolce Vita arriva il pistacchio. Via Garibaldi 18.",
      ),
    ).toContain("Il gelato più buono d'Italia è qui.");
    expect(
      rewrite('OFERTA EN TODA ESPAÑA!!! Envío gratis a MADRID y BARCELONA. Compra YA en tienda.example'),
    ).toContain('Envío gratis a Madrid y Barcelona.');
    expect(
      rewrite(
        '🚨 NIEUW 🚨 Het ALLERBESTE hondenvoer van Nederland is er eindelijk!!! 🐕 25% korting met code WOEF25 👉 brokkenbaas.example',
      ),
    ).toMatch(/^Het allerbeste hondenvoer van Nederland is er eindelijk\./u);
  });

  it('drops guilt put on the reader, and the threat after a way in', () => {
    const dogs = rewrite(
      "Every hour you scroll past this, another dog goes hungry. 💔 Harbour Paws Rescue is £3,200 short of our winter target. Just £10 feeds a dog for a week. Give now at harbourpaws.example/give — before it's too late.",
    );
    expect(dogs).not.toMatch(/scroll past/u);
    const volunteers = rewrite(
      "We NEED volunteers for Hack the Harbour!!! If you care about the tech community in this city, you'll sign up. 🙏 Shifts are 4 hours, and you get a free T-shirt and pizza. It's the LEAST you can do. Sign up: hacktheharbour.example/volunteer — we're counting on you!!!",
    );
    expect(volunteers).not.toMatch(/least you can do|counting on you|you'll sign up/iu);
    // A question that asks whether the reader will abandon someone is a guilt trip, not a question.
    const breakfasts = rewrite(
      'Every day 40 children at Oakfield arrive hungry. Will you look away? £5 buys a week of breakfasts. GIVE NOW: oakfield.example/give',
    );
    expect(breakfasts).not.toMatch(/look away/u);
    expect(breakfasts).toContain('£5 buys a week of breakfasts.');
    expect(
      rewrite(
        'Our summer camp opens bookings on Monday at 9am and spots go FAST. If you miss it, you miss it. Book NOW at camp.example!!',
      ),
    ).not.toMatch(/you miss it/u);
    expect(
      rewrite(
        'Role: Growth Lead. Salary: £60k + equity. Apply in the next 24 hours or miss out: fluxbyte.example/jobs',
      ),
    ).not.toMatch(/miss out/u);
    expect(
      rewrite(
        "Chaque jour sans votre don, ce sont des familles qui dorment dehors. 💔 L'association Toit pour Tous a besoin de 12 000 € avant le 31 décembre. Pouvez-vous vraiment détourner le regard ? Un don de 30 € ne vous coûte que 10,20 € après réduction d'impôt. Donnez MAINTENANT : toitpourtous.example/don",
      ),
    ).not.toMatch(/détourner le regard|maintenant/iu);
    expect(
      rewrite('Our appeal closes on 20 December!!! Give £25 today and double your impact: give.example'),
    ).toContain('Give £25 and double your impact');
  });

  it('cuts nothing inside a quote, and keeps ordinals, slashed acronyms, addresses and names', () => {
    expect(
      rewrite(
        'Introducing the Kestrel Pro — forged from 67 layers of Damascus steel. Chefs are calling it "revolutionary." We call it the future of cooking. Launch price: $129 (regular $249) — for the first 72 hours ONLY. Shop now 👉 kestrelknives.example',
      ),
    ).toContain('Chefs are calling it "revolutionary."');
    expect(
      rewrite(
        '⚡FRIDAY THE 13TH FLASH DAY⚡ $113 flash tattoos ALL DAY at Black Lantern Tattoo. Walk-ins ONLY!!!',
      ),
    ).toMatch(/^Friday the 13th flash day/u);
    expect(
      rewrite(
        "🍕 TONY'S PIZZERIA FLASH SALE 🍕 ANY large pizza $9.99 TONIGHT ONLY 5-9pm!!! Order NOW at tonyspizza.example",
      ),
    ).toContain("Tony's Pizzeria");
    expect(
      rewrite(
        '🥐✨ ¡¡NUEVO EN HORNO SANTA RITA!! ✨🥐 Llegó el croissant de pistacho. C/ Almendro 14, de 8 a 14h.',
      ),
    ).toContain('Horno Santa Rita');
    const job = rewrite(
      'Lanternfish Games (the studio behind "Saltmarsh" — 94% positive on Steam!!) is looking for a ROCKSTAR Unity dev. Only apply if you are ready. jobs@lanternfish.example',
    );
    expect(job).toContain('Steam!) is looking for a Unity dev.');
    expect(job).toContain('jobs@lanternfish.example');
    expect(job).not.toMatch(/ROCKSTAR/u);
  });

  it('keeps names joined by "&" or "+", a name the text writes in lower case, and a title in the slot of "presents"', () => {
    expect(
      rewrite(
        'CRUMB & CO. 🥐🔥 FLASH SALE!!! 2 dozen butter croissants for just $19.99 - TODAY ONLY!! Reply STOP to opt out',
      ),
    ).toMatch(/^Crumb & Co\./u);
    expect(
      rewrite(
        '🌱🌸 SPRING MEGA SALE at GREEN THUMB & SONS NURSERY!!! 🌸🌱 Everything in the greenhouse 30% OFF this weekend only! Doors open 8am.',
      ),
    ).toContain('at Green Thumb & Sons Nursery.');
    expect(
      rewrite(
        'CLÍNICA DENTAL SONRÍE+: ¡Última semana! Blanqueamiento LED por solo 99€ (antes 250€). Plazas MUY limitadas. Pide cita: 600 123 456.',
      ),
    ).toMatch(/^Clínica Dental Sonríe\+:/u);
    expect(
      rewrite(
        '📣 INTRODUCING: SMALL HOURS+ 📣 The podcast you LOVE just got better. For only $5/month you get AD-FREE episodes. Join now at smallhourspod.example/plus!!!',
      ),
    ).toMatch(/^Introducing: Small Hours\+\. The podcast/u);
    expect(
      rewrite(
        '🎶 The Riverside Chamber Singers present CANDLELIGHT CAROLS 🕯️ Saturday 14 December, 7:30pm. Tickets £15. It sells out EVERY year!! Book now at riversidesingers.example',
      ),
    ).toContain('present Candlelight Carols');
    expect(
      rewrite(
        'HARWICK VALLEY ZOO UNVEILS ITS NEW RED PANDA HABITAT!!!\n\nHARWICK, March 3 — Harwick Valley Zoo today opened Bamboo Ridge, its new home for two red pandas.',
      ),
    ).toMatch(/^Harwick Valley Zoo unveils/u);
    expect(
      rewrite(
        "Appointments are SOLD OUT for Saturday but we have a FEW left for Sunday — book NOW before they're gone!! Link in bio 💕",
      ),
    ).toContain('a few left for Sunday — the link to book is in our bio.');
    // A code keeps its capitals even where the text writes its first part as a name.
    expect(
      rewrite(
        'Thanks for your 10th visit, Priya! Members who refer a friend get a FREE drink. Share your code PRIYA-BEAN and start earning!!!',
      ),
    ).not.toContain('Priya-');
    expect(
      rewrite(
        'SAY YES TO THE DRESS AT BELLE + BLOOM 👰‍♀️ Our SAMPLE SALE is this weekend ONLY!!! Gowns up to 70% OFF. #bridal #belleandbloom',
      ),
    ).toContain('Belle + Bloom');
  });

  it('mends what set 18 found: a hurry cut in two, an abbreviation, small words in capitals, short dates', () => {
    expect(
      rewrite(
        "🚀 Fier d'annoncer que Cabinet Delorme vient de franchir la barre des 500 recrutements en 2024 ! Vous cherchez le talent qui fera la différence ? Contactez-nous dès aujourd'hui 👉 delorme-rh.example",
      ),
    ).toContain('Contactez-nous : delorme-rh.example');
    expect(
      rewrite(
        '⚠️ IMPORTANT NOTICE ⚠️\nSECOND LIFE FURNITURE CO. IS MOVING!!\nOur last day at 88 Canal Street is Saturday March 30. EVERYTHING MUST GO!!!',
      ),
    ).toContain('Second Life Furniture Co. is moving!');
    expect(
      rewrite(
        'Wir sind der FÜHRENDE Elektrobetrieb der Region und wachsen RASANT!!! Jetzt bewerben: jobs@hoffmann.example',
      ),
    ).toContain('wachsen rasant');
    expect(
      rewrite(
        'Notre Comté 36 mois est ENFIN arrivé !!! Quantités TRÈS limitées. 📍 12 rue des Halles, Dijon',
      ),
    ).toContain('très limitées');
    const showcase = rewrite(
      "The Bridal Showcase is happening SUNDAY OCT 13, 11am-4pm at the Grand Mercer Hotel!!! 40+ of the region's TOP vendors and a champagne bar 🥂 Tickets $15 at ivoryandgold.example",
    );
    expect(showcase).toContain('40+ vendors and a champagne bar');
    expect(rewrite('HUGE SALE ends SAT 12 at 5pm!!! Shop NOW at shop.example')).toContain(
      'ends Sat 12 at 5pm',
    );
    expect(
      rewrite('Short-term loans up to £1,000 TODAY!!! Reply LOAN or visit quidquick.example. Rep APR 1294%.'),
    ).toContain('Rep APR 1294%');
    expect(
      rewrite(
        'Da lunedì la GELATERIA DOLCE NEVE osserverà il NUOVO ORARIO: tutti i giorni dalle 11:00 alle 24:00!!!',
      ),
    ).toContain('la Gelateria Dolce Neve osserverà');
  });

  it('mends what set 19 found: a sentence after a hurry, the subject of a running out, "truly"', () => {
    expect(
      rewrite(
        "LOCKED OUT?? 🔑 KEYSMITH 24/7 will be at your door in 20 MINS!!! Call NOW 0800 555 0192 – don't wait on the doorstep all night! Reply STOP to opt out",
      ),
    ).not.toMatch(/— on the doorstep/u);
    expect(
      rewrite(
        'Torna la Sagra del Tartufo!!! Menù al tartufo a soli 25€. Prenota il tuo tavolo SUBITO al 055 555 7821 prima che finiscano i posti!!',
      ),
    ).not.toMatch(/7821 i posti/u);
    expect(
      rewrite(
        'Excited to announce our team has shipped something truly category-defining: multi-currency invoices in a single endpoint. Book a demo NOW at ledgerloop.example',
      ),
    ).not.toMatch(/truly:/u);
    expect(
      rewrite(
        'TALLERES MOTOR 2000: ¡Tu ITV caduca este mes! 🚗 Revisión GRATIS si reservas antes del viernes. Llama al 912 555 387.',
      ),
    ).toMatch(/^Talleres Motor 2000:/u);
    expect(
      rewrite(
        "ATTENTION CUSTOMERS!!! Due to stocktake, HALL'S HARDWARE will be CLOSED Monday 12 Feb. Re-opening Tuesday 8am!!",
      ),
    ).toContain("Hall's Hardware");
  });

  it('drops scarcity and shaming said to hurry the reader, in English and elsewhere', () => {
    expect(rewrite('Pre-order now for $149 at quickstep.example/pro. This WILL sell out.')).not.toMatch(
      /sell out/iu,
    );
    expect(
      rewrite(
        "We're the finance tool teams trust. If you're still reconciling in spreadsheets, you're already behind. Book your demo TODAY 👉 brightpath.example/demo",
      ),
    ).not.toMatch(/already behind/u);
    expect(
      rewrite(
        'Estamos contratando! Salário R$ 1.800 + comissão. Chama no direct AGORA! Vagas limitadíssimas!!!',
      ),
    ).not.toMatch(/limitadíssimas/u);
    expect(
      rewrite('Prenota SUBITO al 055 123 4567 o scrivici in privato. I posti sono POCHISSIMI!'),
    ).not.toMatch(/pochissimi/u);
  });
});

describe('slogans, swipes and orders run into other sentences', () => {
  const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';

  it("drops a slogan and its second half, a swipe at others, and keeps the post's facts", () => {
    const draft =
      "We don't just build brands. We build legacies.\n\nAt Northstar & Co., we've spent 12 years helping ambitious businesses become category leaders. 300+ brands transformed. 41 industry awards. A client list most agencies can only dream of.\n\nOthers follow trends. We set them.\n\n#branding #creativeagency #marketing #northstarco";
    const version = rewrite(draft);
    expect(version).toMatch(/12 years/u);
    expect(version).toMatch(/41 industry awards/u);
    expect(version).not.toMatch(/legacies|can only dream|Others follow|We set them/u);
  });

  it('keeps an item of a list that reads like a slogan: the list would lose its place', () => {
    const draft =
      'Here are 3 lessons from 10 years in business:\n\n1. Nobody is coming to save you.\n2. Your network is your net worth.\n3. Hire slow, fire fast.\n\nFollow me for more! #business #mindset #growth #hustle #leadership';
    expect(rewrite(draft)).not.toMatch(/^1\.\s*$/mu);
  });

  it('says a capital letter of a name as written: "Series A" is no article', () => {
    expect(calm("We closed our £12M Series A and we're HIRING now", en, false)).toBe(
      "We closed our £12M Series A and we're hiring now",
    );
    expect(calm('🎁 WIN A YEAR OF FREE COFFEE', { ...en, intent: 'giveaway' }, false)).toBe(
      '🎁 Win a year of free coffee',
    );
  });

  it('takes the rush out of a sentence and offers what is left', () => {
    expect(calm('But hurry — this offer disappears on the 1st.', en, false)).toBe(
      'This offer disappears on the 1st.',
    );
    expect(calm("Tickets are £8 and we've only got 30 LEFT so don't sleep on this one!!", en, false)).toBe(
      "Tickets are £8 and we've only got 30 left.",
    );
    expect(calm("Best blackwork in the South West and we don't say that lightly.", en, false)).toBe(
      'Best blackwork in the South West.',
    );
    expect(calm('Book before the slots go: strandco.example.com/book.', en, false)).toBe(
      'You can book at strandco.example.com/book.',
    );
    expect(calm('Book before the weekend slots go (they always go) — link in bio', en, false)).toBe(
      'The link to book is in our bio.',
    );
    expect(calm('The Metro X is available to order now from voltride.example.com.', en, false)).toBe(
      'The Metro X is now available to order from voltride.example.com.',
    );
  });

  it('says the link in bio where an emoji ran it into the sentence before, and keeps the other way in', () => {
    expect(calm('Namaste & see you on the mat 🙏 Link in bio to grab yours!', en, false)).toBe(
      'Namaste & see you on the mat 🙏 The link is in our bio.',
    );
    // An arrow points at the link: one sentence, not two.
    expect(calm('Book your FREE scan today 👉 link in bio', en, false)).not.toMatch(/👉 The link/u);
    expect(calm('Book via the link in bio or grab them behind the bar.', en, false)).toBe(
      'You can book via the link in our bio or grab them behind the bar.',
    );
  });
});

describe('names said as the sender writes them', () => {
  const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };

  it('keeps a ticker, a firm\'s "LLP", the English "I" and a trade after a name', () => {
    expect(calm('$ORBIT is going PARABOLIC 🚀 500% in 72hrs', en, false)).toMatch(
      /^\$ORBIT is going parabolic/u,
    );
    expect(calm('HARGROVE & WEISS LLP AND CALLOWAY PARTNERS ANNOUNCE A COMBINATION', en, false)).toMatch(
      /Weiss LLP/u,
    );
    expect(calm("→ YES, I'M IN", en, false)).toBe("→ Yes, I'm in");
    expect(calm('📚 THIS MONTH AT PAGETURNER BOOKS 📚', en, false)).toBe(
      '📚 This month at Pageturner Books 📚',
    );
    // A trade's word after an ordinary one stays a word.
    expect(calm('OUR BOOKS ARE ON SALE', en, false)).toBe('Our books are on sale');
  });

  it('keeps the polite German "Ihr", a saint\'s town and the family name after "van"', () => {
    expect(calm('Wir sind IHR Partner für die Wärmewende!', { ...en, language: 'de' }, false)).toBe(
      'Wir sind Ihr Partner für die Wärmewende.',
    );
    expect(
      calm('📢 COMMUNIQUÉ DE LA MAIRIE DE SAINT-AUBIN-SUR-LOIRE', { ...en, language: 'fr' }, false),
    ).toBe('Communiqué de la mairie de Saint-Aubin-sur-Loire');
    expect(calm('MEGA VOORJAARSACTIE BIJ FIETSPLAZA VAN DIJK!', { ...en, language: 'nl' }, false)).toMatch(
      /van Dijk/u,
    );
  });

  it('keeps a name after the pride before it goes, and "Sold out" lines apart', () => {
    expect(
      plainNews(
        "After 14 months of heads-down building, I'm beyond thrilled to announce that Ledgerly 3.0 is LIVE!",
        en,
      ),
    ).toMatch(/^After 14 months of heads-down building, Ledgerly 3\.0/u);
    expect(
      reviewDraft(
        'SOLD OUT in London 🙌 SOLD OUT in Manchester 🙌 Only a handful of tickets left for Glasgow (14 Nov). Tickets: ellarose.example/tour 🎟️ #EllaRoseLive #tour',
      ).rewrite ?? '',
    ).not.toMatch(/London sold out/u);
  });
});

describe('a reply that sells, signed on the same line', () => {
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';
  it('drops the sale but keeps the name that signs it, and an aside after a comma', () => {
    const version = rewriteAnyway(
      "Hi Mr. Delgado, thanks for your message! Sorry to hear your system output dropped last month — that's most likely down to the cloudy weather and a bit of dust on the panels, totally normal. While you're here, have you thought about adding a SunVault home battery? 🔋 Customers who add one save an average of $1,100/yr, and we've got $1,500 off installs booked before 30 September. Happy to send a quote — just reply BATTERY! ☀️ — Kyle, BrightPath Solar",
    );
    expect(version).toMatch(/— Kyle, BrightPath Solar$/u);
    expect(version).toMatch(/totally normal\./u);
    expect(version).not.toMatch(/SunVault/u);
  });

  it('gives the link once, where a second "You can…" would only repeat the first', () => {
    const version =
      reviewDraft(
        'Every 60 seconds, a child in our region goes to bed hungry. YOU can change that. Donate £10 today and Harbour Lights Foodbank will provide 12 meals. DONATE NOW: harbourlights.example/give #EndHunger #DonateToday',
      ).rewrite ?? '';
    expect(version).toMatch(/(?:Here's the link|Donations): harbourlights\.example\/give/u);
    expect(version).not.toMatch(/You can donate here/u);
  });

  it('says the news without the announcing: a press verb before "that", a publication, a win after "but"', () => {
    const en: SentenceContext = { language: 'en', intent: 'launch', singular: false, keep: new Set() };
    expect(
      plainNews(
        'Bramble & Oak Press is pleased to announce the publication of The Salt Orchard, the debut novel by Ines Kowalczyk.',
        en,
      ),
    ).toBe('Bramble & Oak Press has published The Salt Orchard, the debut novel by Ines Kowalczyk.');
    expect(
      plainNews(
        'Redbridge Vale Borough Council announces that the Cedar Road Recycling Centre will close from 1 July 2025.',
        en,
      ),
    ).toBe(
      'News from Redbridge Vale Borough Council: the Cedar Road Recycling Centre will close from 1 July 2025.',
    );
    expect(
      plainNews(
        "I don't usually post about personal wins, but I'm humbled to share that I've been named one of the Top 50 Voices in Supply Chain.",
        en,
      ),
    ).toBe(
      "I don't usually post about personal wins, but I've been named one of the Top 50 Voices in Supply Chain.",
    );
  });

  it('offers an order before a bare address with its "at", and never reads an address as an order', () => {
    const en: OfferContext = { language: 'en', intent: 'offer' };
    expect(offered('Order piz.example', en)).toBe('You can order at piz.example');
    expect(offered('Subscribe: thedeepend.example.', en)).toBe('You can subscribe at thedeepend.example.');
    expect(offered('donate.meadowbrookhospice.example.org', en)).toBe(
      'donate.meadowbrookhospice.example.org',
    );
    expect(tidySentence('You can order doughboys.example.com or call us.', 'en')).toBe(
      'You can order at doughboys.example.com or call us.',
    );
  });

  it('says the doing without the pleasure, in the verb the subject takes', () => {
    const en: SentenceContext = { language: 'en', intent: 'launch', singular: false, keep: new Set() };
    expect(
      plainNews("The Halvorsen Gallery is pleased to present 'Threshold', curated by Dr Ingrid Solberg.", en),
    ).toBe("The Halvorsen Gallery presents 'Threshold', curated by Dr Ingrid Solberg.");
    expect(
      plainNews('Marlow Ridge Insurance Brokers are delighted to host a networking breakfast.', en),
    ).toBe('Marlow Ridge Insurance Brokers host a networking breakfast.');
    // The draft's own "is" says how the name is counted, however plural the name looks.
    expect(plainNews('Kestrel County Libraries is proud to unveil LibraryNext.', en)).toBe(
      'Kestrel County Libraries unveils LibraryNext.',
    );
    expect(
      plainNews('We are pleased to present the March edition of the Fernleaf Books newsletter.', en),
    ).toBe("Here's the March edition of the Fernleaf Books newsletter.");
    expect(plainNews("We're thrilled to share everything coming up in our spring programme.", en)).toBe(
      "Here's everything coming up in our spring programme.",
    );
    expect(plainNews('We are pleased to launch our new Fixed Rate ISA (Issue 14).', en)).toBe(
      "We're launching our new Fixed Rate ISA (Issue 14).",
    );
    expect(plainNews('We are pleased to share the latest enhancements to the Stackwise platform.', en)).toBe(
      'Here are the latest enhancements to the Stackwise platform.',
    );
    expect(plainNews('We are pleased to share our 2024 Impact Report with you.', en)).toBe(
      "Here's our 2024 Impact Report.",
    );
    // A clause shared is not a thing handed over.
    expect(
      plainNews("We're proud to share that our firm advised on 27 M&A transactions in 2024.", en),
    ).not.toMatch(/^Here/u);
  });

  it('mends what set 51 found: a "Pre-order" split at its hyphen, "That," left in front, a job\'s "Must have:"', () => {
    expect(
      rewrite(
        "🚨🚨 LAST CHANCE 🚨🚨 Our famous cinnamon knots are BACK but ONLY this weekend!!! 🥐🔥 First 50 customers get a FREE flat white ☕ DON'T MISS OUT!!! Pre-order via the link in bio 👆👆 #bakery #weekendvibes #cinnamonknots #supportlocal #leedsfood",
      ),
    ).not.toMatch(/Pre —/u);
    expect(tidySentence('That, effective immediately, all claims go via Concur.', 'en')).toBe(
      'Effective immediately, all claims go via Concur.',
    );
    expect(
      rewrite(
        'Exciting opportunity! My client, a leading global Tier 1 investment bank, is seeking a highly motivated Java Developer. Competitive package (£85–100k + bonus). Must have: Java 17, Spring Boot, Kafka, 5+ yrs. Interested candidates please send CV to j.morton@talentbridge.example. #hiring #java #fintech #opportunity',
      ),
    ).not.toMatch(/\. Java 17/u);
  });

  it("keeps a sale's own address beside a footer that names the site, offered", () => {
    const version = rewrite(
      "Subject: 🔥 72 HOURS ONLY: 50% OFF EVERYTHING 🔥\n\nHey there!\n\nOur BIGGEST sale of the year is HERE and EVERYTHING is half price.\n\nUse code HALFTIME at checkout. Offer ends Sunday 23:59 GMT. No exceptions!!!\n\nSHOP NOW >>> threadandco.example/sale\n\nXOXO,\nThe Thread & Co Team\n\nYou're receiving this because you signed up at threadandco.example. Unsubscribe here.",
    );
    expect(version).toMatch(/threadandco\.example\/sale/u);
  });

  it('mends what set 52 found: a label read as an order, "That" left in front, a reference lowered, a goodbye lost', () => {
    const en: OfferContext = { language: 'en', intent: 'hire' };
    expect(offered('Start date: September 2025', en)).toBe('Start date: September 2025');
    expect(offered('Contact: media@sabletech.example', en)).toBe('Contact: media@sabletech.example');
    expect(offered('Contact our team for a free assessment.', en)).toBe(
      'You can contact our team for a free assessment.',
    );
    expect(
      rewrite(
        '📢 IMPORTANT NOTICE 📢\n\nPlease be advised that Greenfields Veterinary Centre will be closed on Monday 26 August for the bank holiday.\n\nIn case of emergency, please call our out-of-hours partner on 01332 555 019.\n\nGreenfields Veterinary Centre Management',
      ),
    ).not.toMatch(/^That /mu);
    expect(
      calm(
        'Please donate £20 via ParentPay (reference PTA-TRIP) by FRIDAY.',
        { ...en, intent: 'fundraising', singular: false, keep: new Set() } as SentenceContext,
        false,
      ),
    ).toMatch(/PTA-TRIP/u);
    const reply = rewrite(
      "Hi Daniel, thanks for reaching out and sorry to hear your connection keeps dropping in the evenings! 😊 We've run a line check and everything looks normal on our side. Did you know that customers on our Fibre Max 900 plan enjoy up to 9x faster speeds and priority support? You can upgrade today for just £12 more per month and get your first 3 months half price with code SPEEDUP. Just reply UPGRADE and we'll sort it for you! Anything else we can help with? ^Kerry",
    );
    expect(reply).toMatch(/Anything else we can help with\?\s+\^Kerry$/u);
  });

  it('mends what set 54 found: a way out beside a footer, the terms in a list of jabs, a word to send, a sender with its French colon', () => {
    expect(
      rewrite(
        "Subject: Will she spend tonight alone?\n\nDear Friend,\n\nIt costs £38 to fund one hour of nursing care. We simply cannot do this without you.\n\nPlease don't turn away. Give £38 today: stcolumba.example/give\n\nSt Columba's Hospice, Registered Charity No. 1098765. To stop receiving emails from us, click here.",
      ),
    ).toMatch(/To stop receiving emails from us, click here\.$/u);
    const fest = rewrite(
      'Tickets for Fenfest 2025 go on sale FRIDAY 10AM. Last year we sold out in 11 minutes. No refunds, no excuses, no second chances. fenfest.example 🎟️',
    );
    expect(fest).toMatch(/No refunds\./u);
    expect(fest).not.toMatch(/second chances/u);
    const wedding = rewrite(
      'Booked out for 2025 AGAIN 🙌📸 Only 3 dates left for 2026 and they are going FAST. DM me DATE now before someone else takes yours. Packages from $3,800. @lensandlace_weddings',
    );
    expect(wedding).toMatch(/DM me DATE/u);
    expect(wedding).not.toMatch(/someone else/u);
    expect(
      rewrite(
        'SALON ÉLODIE : -30 % sur toutes les colorations CE WEEK-END SEULEMENT !! Plus que 4 créneaux ! Réservez VITE au 04 78 55 12 34 ou sur elodie-coiffure.example. STOP au 36184',
      ),
    ).toMatch(/^Salon Élodie : /u);
  });

  it('reads "Upgrade details are available…" as a noun, not an order', () => {
    expect(
      offered('Upgrade details are available in your account dashboard.', {
        language: 'en',
        intent: 'reply',
      }),
    ).toBe('Upgrade details are available in your account dashboard.');
  });
});

describe('closing questions', () => {
  it('no two intents share a closing question, in any language, with or without a topic', () => {
    for (const language of ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const) {
      const owner = new Map<string, string>();
      for (const intent of ASKING_INTENTS) {
        const questions = new Set([
          ...questionsFor(language, intent, {}),
          ...questionsFor(language, intent, { person: 'Dana', thing: 'webinar' }),
        ]);
        expect(questions.size).toBeGreaterThan(0);
        for (const question of questions) {
          expect(owner.get(question) ?? intent).toBe(intent);
          owner.set(question, intent);
        }
      }
    }
    // Every intent but a reply to a customer has questions of its own.
    expect([...ASKING_INTENTS].sort()).toEqual(INTENTS.filter((intent) => intent !== 'reply').sort());
  });

  it('asks about the person by name, and never "Will we see you there?" after the event', () => {
    const welcome = reviewDraft(
      'Whitlock Accountancy is delighted to welcome Priya Nair ACA to the firm as Audit Manager.',
    );
    expect(welcome.rewrite).toMatch(
      /^Please welcome Priya Nair ACA, who joins Whitlock Accountancy as Audit Manager\. .*Priya Nair.*\?$/,
    );
    const past = reviewDraft(
      'We are proud to announce that our annual conference last week was a huge success with 400 attendees!!! Thanks to all our amazing sponsors.',
    );
    for (const text of [past.rewrite ?? '', ...(past.alternatives ?? [])])
      expect(text).not.toMatch(/see you there/i);
  });

  it('puts no question after a sign-off, and none on a formal notice', () => {
    const signed = reviewDraft(
      'HUGE NEWS!!! Our new app is finally here and it is the best app ever made. Download it now!\n\n— The Acme team',
    );
    if (signed.rewrite) expect(signed.rewrite).toMatch(/— The Acme team$/);
    const notice = reviewDraft(
      'Meridian Bank plc is pleased to announce an interim dividend of 4.2p per share, payable to shareholders on the register on 3 October.',
    );
    for (const text of [notice.rewrite ?? '', ...(notice.alternatives ?? [])])
      expect(text).not.toContain('?');
    for (const edit of notice.edits ?? []) expect(edit.replacement).not.toContain('?');
  });

  const everyText = (review: ReturnType<typeof reviewDraft>) => [
    review.rewrite ?? '',
    ...(review.alternatives ?? []),
    ...(review.edits ?? []).map((edit) => edit.replacement),
  ];

  it("never asks after a signature, a goodbye line or a text message's opt-out", () => {
    for (const draft of [
      "Hey Danielle! 👋 So sorry your order #48213 arrived with a cracked mug. I've issued a full refund of $24. And here's an EXCLUSIVE 30% off code just for you: SORRY30. Grab our new Speckled Stoneware set at claybirdstudio.com/speckled before it's gone! 😍\n\nxoxo, Hannah @ Claybird Studio",
      "Please join me in welcoming Danielle Okafor to the team! 🎉 Danielle joins us as Senior Recruitment Consultant, bringing 9 years of experience. We don't just fill roles. We build teams that WIN!!!\n\nWelcome aboard, Danielle! 🚀",
      'FLASH SALE!!! Our new menu is HERE and it is the BEST ever. 2 large pies for $19.99 TONIGHT ONLY. Txt STOP to 88199 to opt out.',
      // Edits too: the question they would add lands at the draft's end, after the sign-off or the tags.
      'Meet our new Head of Sales, Yusuf Bello.\n\n— The Acme team',
      'Meet our new Head of Sales, Yusuf Bello.\n\n#sales #team #growth',
    ])
      for (const text of everyText(reviewDraft(draft))) expect(text).not.toContain('?');
  });

  it('uses no generic question: none without the role, the person or the thing, none on "the article" or "the post"', () => {
    for (const intent of ['hire', 'welcome', 'event', 'launch', 'content', 'offer'] as const)
      expect(questionsFor('en', intent, {})).toEqual([]);
    const drafts = [
      'Featured in Vogue this month ✨ still pinching myself. Link to the article in bio. #vogue #designer #dreamcometrue',
      '🚨🚨 COMMUNITY CHALLENGE 🚨🚨 Post your best print in this thread by Sunday 6/29 11:59pm and you could WIN a Prusa MK4!!! Most-upvoted entry wins, and the top 10 get 30% off at filamentfarm.com with code MAKER30. Bump this thread so EVERYONE sees it!!! 🔥\n— The PrintBench mod team',
      "I'm THRILLED to announce that Jordan Blake is joining Quantrel as our Chief Product Officer!!! 🙌🔥 This is a HUGE signal. We're hiring across engineering, design and GTM, so DM me NOW or apply at quantrel.com/careers. 💪",
    ];
    for (const draft of drafts)
      for (const text of everyText(reviewDraft(draft)))
        expect(text).not.toMatch(/add to the article|miss in the post|about the team before applying|\?/);
  });

  it('keeps a question built from the draft: the role, the person, the event', () => {
    const hire = reviewDraft(
      "We're hiring!!! Acme is looking for a Senior Product Designer to join our Leeds studio. Don't miss out!!! Applications close Friday 14 June.",
    );
    expect(hire.rewrite).toMatch(
      /Applications close Friday 14 June\. Who would you recommend for the Senior Product Designer role\?$/,
    );
    // The version without the question stays as the alternative.
    expect(hire.alternatives).toEqual([expect.not.stringContaining('?')]);
    const webinar = reviewDraft(
      "Join our FREE webinar on March 3!!! The BEST 45 minutes you'll spend this year on pricing. Don't miss out!",
    );
    expect(webinar.rewrite).toMatch(/ the webinar[^.?]*\?$/);
    const welcome = reviewDraft('Meet our new Head of Sales, Yusuf Bello.');
    expect(everyText(welcome).join(' ')).toMatch(/Yusuf Bello[^.?]*\?/);
    const years = reviewDraft(
      'We are THRILLED to welcome Dana Ruiz as our new CFO!!! Dana joins after ten years in payments at Stripe and Adyen. Big things ahead!',
    );
    expect(years.rewrite).toMatch(/ What would you ask Dana about their ten years in payments\?$/);
  });
});

describe('checked before shown', () => {
  const draft = 'BUY NOW!!! Only 3 left, 50% off ends TONIGHT. Order now at https://shop.example.com';

  it('shows a rewrite and up to two alternatives, each passing every check', () => {
    const review = reviewDraft(draft);
    expect(review.rewrite).toEqual(expect.any(String));
    expect((review.alternatives ?? []).length).toBeLessThanOrEqual(2);
    const judged = judgeDraft(draft);
    const sheet = factSheet(draft, judged.analysis);
    for (const text of [review.rewrite as string, ...(review.alternatives ?? [])]) {
      const input = {
        draft,
        candidate: text,
        language: judged.language,
        sheet,
        options: {},
        original: judged,
      };
      expect(firstFailure(input)).toBeNull();
      expect(missingFactsAndPaths(draft, text)).toEqual([]);
      // Its own review finds no order to buy left in it.
      expect(reviewDraft(text).findings.filter((finding) => finding.rule === 'hard-call-to-action')).toEqual(
        [],
      );
    }
  });

  it('re-reviews at most two candidates, however many the plan writes', () => {
    let reviews = 0;
    const counting: RewriteCheck = {
      name: 'count-reviews',
      check: (input) => {
        if (input.judged) reviews++;
        return 'refused';
      },
    };
    rewriteDraft(judgeDraft(`${draft} What would you buy first?`), {}, [
      ...REWRITE_CHECKS.slice(0, -1),
      counting,
    ]);
    expect(reviews).toBeLessThanOrEqual(2);
  });

  it('shows targeted edits, never a failing rewrite, when no candidate passes', () => {
    const refuseAll: RewriteCheck = { name: 'refuse-all', check: () => 'refused' };
    const result = rewriteDraft(judgeDraft(draft), {}, [...REWRITE_CHECKS, refuseAll]);
    expect(result.rewrite).toBeNull();
    expect(result.alternatives).toEqual([]);
    expect(result.edits.length).toBeGreaterThan(0);
    for (const edit of result.edits) expect(draft.slice(edit.start, edit.end)).toBe(edit.excerpt);
  });

  it('takes one more named check in its list (a guard the LLM path shares, say)', () => {
    const noLinks: RewriteCheck = {
      name: 'no-links',
      check: ({ candidate }) => (candidate.includes('https://') ? 'has a link' : null),
    };
    const seen: string[] = [];
    const result = rewriteDraft(judgeDraft(draft), {}, [...REWRITE_CHECKS, noLinks], ({ failure }) => {
      if (failure) seen.push(failure.split(':')[0] as string);
    });
    expect(seen).toContain('no-links');
    expect(result.rewrite).toBeNull();
  });

  it('offers the draft plus a question as an edit, not as a rewrite', () => {
    const review = reviewDraft('Meet our new Head of Sales, Yusuf Bello.');
    if (review.verdict === 'revise' && review.rewrite === null) {
      const last = review.edits?.[review.edits.length - 1];
      expect(last).toMatchObject({ excerpt: '' });
      expect(last?.replacement).toMatch(/\?$/);
    } else if (review.rewrite) {
      expect(squash(review.rewrite).startsWith(squash('Meet our new Head of Sales, Yusuf Bello.'))).toBe(
        false,
      );
    }
  });

  it('gives a language without plans edits, not an English rewrite', () => {
    const review = reviewDraft(
      '【本日限定】全商品50%OFF！！在庫がなくなり次第終了です。今すぐチェック👉 https://shop.example.jp #セール #限定 #お得 #今だけ',
    );
    expect(review.language).toBe('other');
    for (const text of [review.rewrite ?? '', ...(review.alternatives ?? [])])
      expect(text).not.toMatch(/\b(?:what|which|who|how|you)\b/i);
  });
});

// Every draft of the corpora the reviewer sends back: what is shown keeps its facts and reply paths
// and is never the draft word for word with something appended.
describe.each(CORPORA)('rewrites of %s', (file) => {
  const revised = load(file)
    .map((draft) => ({ draft, review: reviewDraft(draft.text) }))
    .filter(({ review }) => review.verdict === 'revise');
  const shown = revised.flatMap(
    ({ draft, review }): { id: string; draft: string; text: string; language: Language }[] =>
      review.rewrite === null
        ? []
        : [review.rewrite, ...(review.alternatives ?? [])].map((text) => ({
            id: draft.id,
            draft: draft.text,
            text,
            language: review.language,
          })),
  );

  it('keep every fact and reply path (but the upsell taken out of a reply to a customer)', () => {
    const losing = shown
      .map(({ id, draft, text }) => {
        const missing = missingFactsAndPaths(draft, text);
        if (missing.length === 0) return { id, missing };
        // The one exception, on purpose: a reply loses its upsell sentence, price and all.
        const judged = judgeDraft(draft);
        const { waived } = planRewrite(judged, factSheet(draft, judged.analysis), []);
        const rest = withoutWaived(draft, waived);
        return { id, missing: missingFactsAndPaths(rest, text) };
      })
      .filter(({ missing }) => missing.length > 0);
    expect(losing).toEqual([]);
  });

  it('are never the draft with a question (or anything else) appended', () => {
    const appended = shown
      .filter(({ draft, text }) => {
        const body = squash(draft);
        const rewrite = squash(text);
        return rewrite !== body && rewrite.startsWith(body);
      })
      .map(({ id }) => id);
    expect(appended).toEqual([]);
  });

  it('read without broken fragments', () => {
    const broken = shown
      .filter(({ draft, text, language }) => grammarProblems(draft, text, language).length > 0)
      .map(({ id }) => id);
    expect(broken).toEqual([]);
  });
});

describe('mends a blind rater asked for', () => {
  const version = (text: string): string => {
    const { rewrite } = reviewDraft(text);
    expect(rewrite).toEqual(expect.any(String));
    return rewrite as string;
  };

  it('asks on the reader\'s terms once: a way to reply that is already conditional gets no second "if"', () => {
    const heat = version(
      "Another 38 installs completed in September across Devon and Cornwall 💪 That's 412 heat pumps this year, every one MCS certified, and our order book is now full until February. We don't do cowboy jobs. Message us if you want to get on the list.",
    );
    expect(heat).toContain('Message us if you want to get on the list.');
    expect(heat).not.toMatch(/if you'd like.*if you want/iu);
  });

  it('keeps the "and" between two things when the describing word after it goes', () => {
    expect(
      version(
        'We are thrilled to share that Bellamy Ross Solicitors has once again been ranked Tier 1 in the Chambers UK 2025 guide. This marks the 9th consecutive year of top-tier recognition, a testament to our unrivalled expertise, client-centric approach and market-leading team of 62 lawyers.',
      ),
    ).toContain('client-centric approach and team of 62 lawyers');
  });

  it('drops a guilt trip and a "no time-wasters" jab, keeping the signature run onto it', () => {
    const fair = version(
      "PTA REMINDER!!! The Christmas Fair is THIS SATURDAY 30 Nov, 11am–2pm, and we STILL need cakes, tombola prizes and volunteers!!! Every family is expected to contribute. Donations to the school office by Thursday 3:15pm AT THE LATEST. Please don't leave it to the same few parents AGAIN. – Oakfield Primary PTA",
    );
    expect(fair).not.toMatch(/expected to contribute|same few parents/u);
    expect(fair).toMatch(/– Oakfield Primary PTA$/u);
    expect(
      version(
        "WE'RE HIRING!!! 🍸 Bar staff needed ASAP at The Velvet Fox. MUST have 2+ years' cocktail experience. No time-wasters. Send CV to jobs@velvetfox.example.",
      ),
    ).not.toMatch(/time-wasters/iu);
  });

  it('keeps "Kind regards" and the name when the upsell before it leaves a reply', () => {
    const reply = version(
      "Hi Priya, thanks for getting in touch and sorry to hear your claim for Biscuit's dental treatment was declined. As outlined in section 4.2 of your policy terms, dental illness is not covered under the Essentials tier. However, did you know that upgrading to PawSure Complete for just £6.40 extra per month would give you up to £1,500 of dental cover? Use code UPGRADE10 for 10% off your first three months. Kind regards, Tom, PawSure Customer Care",
    );
    expect(reply).not.toMatch(/UPGRADE10|PawSure Complete/u);
    expect(reply).toMatch(/Kind regards, Tom, PawSure Customer Care$/u);
  });
});

describe('"link in bio" said as where the link is', () => {
  it('keeps a handle after it, a label before it and the other way in after it', () => {
    const ctx: SentenceContext = { language: 'en', intent: 'event', singular: false, keep: new Set() };
    expect(calm('Link in bio 🛶 @tidewatertours', ctx, false)).toBe(
      'The link is in our bio 🛶 @tidewatertours',
    );
    expect(calm('Tickets 👉 link in bio', ctx, false)).toBe('Tickets: the link is in our bio.');
    expect(calm('Link in bio or call 555-0147', ctx, false)).toBe(
      'The link is in our bio, or you can call 555-0147.',
    );
    // An order before the arrow is not a label: "Shop: the link…" would still be an order.
    expect(calm('Shop 👉 link in bio', ctx, false)).not.toMatch(/^Shop:/u);
  });

  it('keeps a Spanish way out of a mailing as written', () => {
    const { rewrite } = reviewDraft(
      'Asunto: ¡¡ÚLTIMOS DÍAS!! Blanqueamiento dental al 50 %\n\nHola:\n\nSolo hasta el 30 de abril: blanqueamiento LED por 149 € (antes 299 €). ¡Las citas vuelan! Llama YA al 912 555 847 o reserva en clinicasonrisa.example/promo.\n\nClínica Dental Sonrisa · C/ de Alcalá 123, 28009 Madrid · Si no deseas recibir más correos, haz clic aquí.',
    );
    expect(rewrite).toMatch(/Si no deseas recibir más correos, haz clic aquí\.$/u);
  });
});

describe('an order after an emoji', () => {
  it('opens a sentence of its own, offered, and the sentence before it still ends', () => {
    const { rewrite } = reviewDraft(
      'Ready for a real challenge? Our new room has a 12% escape rate and has already made grown adults cry 😅 Book before 30 September with code REPEAT20 for 20% off.',
    );
    expect(rewrite).toContain('cry 😅 You can book before 30 September with code REPEAT20 for 20% off.');
    const sale = reviewDraft(
      '⚡ FLASH SALE ⚡ Get 3 months of CloudVault Pro for the price of 1!!! Use code VAULT3 at cloudvault.example. Ends Sunday.',
    ).rewrite;
    expect(sale).not.toMatch(/sale ⚡? ?You can/iu);
  });

  it('says "get here early" as an invitation to come early, and offers "Join before 31 Jan"', () => {
    const ctx: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
    expect(calm('These sell out by 10am every day so get here quick!!!', ctx, false)).toBe(
      'These sell out by 10am every day so come early.',
    );
    expect(offered('Join before 31 Jan for £0 joining fee.', { language: 'en', intent: 'offer' })).toBe(
      'You can join before 31 Jan for £0 joining fee.',
    );
  });

  it('keeps the hashtags after an order where they were', () => {
    const ctx: OfferContext = { language: 'en', intent: 'offer' };
    expect(offered('Call Reyes Plumbing (512) 555-0177 #Austin #plumber', ctx)).toBe(
      'You can call Reyes Plumbing (512) 555-0177. #Austin #plumber',
    );
  });
});

describe('mends the fifty-eighth rater asked for', () => {
  const ctx: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };

  it('drops the push before a link, a "so book" left by a dropped rush, and keeps "the US"', () => {
    expect(
      calm(
        "50% off ALL annual plans ends TONIGHT at midnight ⏰ don't miss it → notely.example/deal",
        ctx,
        false,
      ),
    ).toBe('50% off all annual plans ends tonight at midnight: notely.example/deal');
    expect(
      calm("Seatings at 10am and 2pm — these ALWAYS sell out so book NOW before it's too late!!", ctx, false),
    ).toBe('Seatings at 10am and 2pm — these always sell out.');
    expect(
      calm("We're launching in the US in September.", { ...ctx, lowerWords: new Set(['us']) }, false),
    ).toBe("We're launching in the US in September.");
  });

  it('takes "They can\'t." with the push it answered, and an offer\'s deadline with the upsell', () => {
    const appeal = reviewDraft(
      "Just £10 a month could feed a dog like Luna. Can you really say no to that?\n\n👉 Give now: foxglove-rescue.example/luna\n\nPlease don't wait. They can't.\n\nWith gratitude,\nSarah Whitlock",
    ).rewrite;
    expect(appeal).not.toMatch(/They can't/u);
    const reply = reviewDraft(
      "Hi Dev,\n\nSorry for the trouble with your connection. The fault at the Ashgrove exchange was fixed at 14:32 on Sunday.\n\nAlso I noticed you're still on Fibre 80 — for just £6 extra a month you could upgrade to Full Fibre 500!! This offer ends 31st so let me know!\n\nIf there's anything else I can help with just reply to this message.\n\nBest wishes,\nConnor",
    ).rewrite;
    expect(reply).not.toMatch(/offer ends|Full Fibre 500/u);
    expect(reply).toMatch(/Best wishes,\nConnor$/u);
  });
});

describe('mends the fifty-ninth rater asked for', () => {
  const ctx: SentenceContext = { language: 'en', intent: 'notice', singular: false, keep: new Set() };

  it('keeps a street, a brand with its plus and the words to type in a subject line as written', () => {
    expect(calm('NOTICE TO ALL TENANTS – 22–40 ELM COURT', ctx, false)).toBe(
      'Notice to all tenants – 22–40 Elm Court',
    );
    expect(calm('GIVEAWAY 🚨 win a 3-month supply of FUEL+ whey (worth £120)', ctx, false)).toContain(
      'FUEL+ whey',
    );
    expect(
      calm("We're HIRING!!! Send your CV to jobs@novarift.example with the subject 'LET'S GO'", ctx, false),
    ).toContain("with the subject 'LET'S GO'");
    // A code's next word is no part of it.
    expect(calm('Use code PP2FOR1 ORDER at pizzapalace.example', ctx, false)).toContain('PP2FOR1 order');
  });

  it('keeps the verb after a modal and reads "email your CV to jake@…" as where, not what for', () => {
    expect(
      reviewDraft(
        'We closed a $14M Series A!! This funding will supercharge our mission to help finance teams.',
      ).rewrite ?? '',
    ).not.toMatch(/\bwill our mission\b/u);
    const job = reviewDraft(
      "Interviews happening THIS WEEK so don't sleep on it!!! 😴❌\n\nDM me or email your CV to jake.mercer@talentforge.example or call 0113 496 0558.",
    ).rewrite;
    expect(job).toContain('DM me or email your CV to jake.mercer@talentforge.example or call 0113 496 0558');
  });
});

describe('a menu of keys to reply with', () => {
  it('keeps every key as written and adds no stock opening', () => {
    const reminder = reviewDraft(
      'Hi Sarah, reminder of your check-up on Tues 18 June at 9:40am. PLUS book teeth whitening at the same visit & SAVE £100 (now just £249)!!! Reply C to confirm, R to reschedule or WHITE to add whitening. Txt STOP to opt out',
    ).rewrite;
    expect(reminder).toContain('Reply C to confirm, R to reschedule or WHITE to add whitening.');
  });
});

describe('a shouted label before its emoji', () => {
  it('ends with a colon when the sentence after it is in small letters', () => {
    const ctx: SentenceContext = { language: 'en', intent: 'giveaway', singular: false, keep: new Set() };
    expect(calm('GIVEAWAY 🚨🚨 win our FULL glow routine worth £145', ctx, false)).toBe(
      'Giveaway: win our full glow routine worth £145',
    );
    expect(calm("GOOD LUCK 🍀 and if you don't win", ctx, false)).not.toContain(':');
  });
});

describe('drafts that got no version for want of a way to say their reply path', () => {
  const ctx: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };

  it('reads a comment path in every form of the word, so a giveaway keeps its entry steps', () => {
    for (const [text, key] of [
      ['Tag 3 friends in the comments', 'comment'],
      ['Marque 2 amigos nos comentários', 'coment'],
      ['Verratet uns in den Kommentaren euer Lieblingsbuch', 'kommentar'],
    ] as const) {
      const paths = findReplyPaths(text);
      expect(paths.map((path) => path.keys)).toEqual([[key]]);
      expect(lostReplyPaths(paths, text)).toEqual([]);
    }
    const { rewrite } = reviewDraft(
      '📚 GEWINNSPIEL 📚 Wir verlosen 3 Büchergutscheine à 50 €!!! 🎉\n\nSo macht ihr mit:\n➡️ Folgt @seitenwind_buch\n➡️ Verratet uns in den Kommentaren euer Lieblingsbuch 2024\n\nTeilnahmeschluss: Sonntag, 8. Dezember, 23:59 Uhr. Viel Glück!!! 🍀',
    );
    expect(rewrite).toMatch(/in den Kommentaren euer Lieblingsbuch 2024/u);
    expect(rewrite).not.toMatch(/GEWINNSPIEL|!!!/u);
  });

  it('keeps "call us" when the number is offered as a way to reach us', () => {
    const [path] = findReplyPaths('Call us at (704) 555-0139.');
    expect(lostReplyPaths([path!], 'You can reach us at (704) 555-0139.')).toEqual([]);
    expect(lostReplyPaths([path!], 'The number is (704) 555-0139.')).toEqual(['Call us']);
  });

  it('offers a booking through the link in bio with its deadline or its other way in', () => {
    expect(calm('Book via the link in bio or call us at (704) 555-0139 📞', ctx, false)).toBe(
      'You can book via the link in our bio or reach us at (704) 555-0139.',
    );
    expect(
      calm('Preorder through the link in bio before Thursday 5pm to guarantee yours!!', ctx, false),
    ).toBe('You can preorder through the link in our bio before Thursday 5pm to guarantee yours.');
    expect(calm('👉 Pre-order NOW via the link in bio before you miss out!!', ctx, false)).toBe(
      'The link to pre-order is in our bio.',
    );
  });

  it('takes "you qualify for our … upgrade for $20 more a month" out of a reply with its paragraph', () => {
    const { rewrite } = reviewDraft(
      "Hi Marcus,\n\nI'm so sorry about the outages! I've applied a $15 credit to your next bill as an apology.\n\nGood news though — as a valued customer you qualify for our Gig+ plan upgrade for just $20 more a month (normally $35 more)! It comes with a free mesh Wi-Fi extender. This offer is only valid until Oct 31, so let me know if you'd like me to switch you over today!\n\nIf the outages happen again, please reply to this email or call us at 1-800-555-0176.\n\nBest regards,\nJenna",
    );
    expect(rewrite).toBeDefined();
    expect(rewrite).not.toMatch(/Gig\+|extender|Oct 31/u);
    expect(rewrite).toMatch(/\$15 credit/u);
    expect(rewrite).toMatch(/1-800-555-0176/u);
  });

  it('takes a handle under a post and a charity number for what they are, not cut fragments', () => {
    expect(
      grammarProblems('Book now!!! 🙏 @lotusloftyoga', 'Book now. 🙏\n@lotusloftyoga', 'en').map(
        (p) => p.check,
      ),
    ).toEqual([]);
    expect(
      grammarProblems(
        'Give today!!\nSecond Chance Dogs Rescue, registered charity no. 1176029',
        'Give today.\nSecond Chance Dogs Rescue, registered charity no. 1176029',
        'en',
      ),
    ).toEqual([]);
    // A bracket opened on a full stop is what a cut left, and fails.
    expect(
      grammarProblems(
        'Sign up to our newsletter (link in bio – essential!)',
        'Sign up to our newsletter (. The link is in our bio. – essential)',
        'en',
      ).map((p) => p.check),
    ).toContain('stop-after-bracket');
  });

  it('does not read "DM us or book at … 👉 deposit €300 to secure your spot" as one order with a purpose', () => {
    const sentence = 'DM us or book at sunroutetours.example/amalfi 👉 deposit just €300 to secure your spot';
    expect(asInvitation(sentence, findReplyPaths(sentence), 'en')).not.toMatch(/^If you'd like to secure/u);
  });
});

describe('a boast introduced by modesty', () => {
  it('drops the modest opener, the "But" it left and the aside on the feeling, and keeps the news', () => {
    const { rewrite } = reviewDraft(
      "Not gonna lie, I almost didn't post this.\n\nBut yesterday I was named in Retail Week's '30 Under 30' list. 🙏\n\nFive years ago I was sweeping floors at my uncle's shoe shop in Leicester. Today, as Head of Growth at Stridewell, I lead a team of 12 and we've grown online revenue from £800K to £7.4M.\n\nI'm not special. I just showed up every day. Woke up at 5am. Said yes to everything.\n\nAnyway, huge thanks to @Sarah Okafor and the whole Stridewell team. This is for you.\n\nAgree? 👇\n\n#30Under30 #Growth #Retail #Humbled #Hustle",
    );
    expect(rewrite).toMatch(/^Yesterday I was named in Retail Week's '30 Under 30' list\./u);
    const ctx: SentenceContext = { language: 'en', intent: 'milestone', singular: true, keep: new Set() };
    expect(
      plainNews(
        "Humbled (and honestly a bit shocked!) to share that I've been named Top Negotiator of the Year 🏆",
        ctx,
      ),
    ).toBe("I've been named Top Negotiator of the Year 🏆");
    expect(
      calm(
        "I'm not one for the spotlight but I have to say — this one is for all 640 of our colleagues.",
        ctx,
        false,
      ),
    ).toBe('This one is for all 640 of our colleagues.');
    for (const sentence of [
      "I don't usually post about this kind of thing, but...",
      "I'm not saying this to brag.",
      '(Okay, maybe a little 😅)',
    ])
      expect(isPressure(sentence, 'en')).toBe(true);
    // Modesty that leads into the news keeps the news: that sentence is not pressure.
    expect(isPressure("I don't usually post about this, but we've just hired our 100th nurse.", 'en')).toBe(
      false,
    );
  });
});

describe('hard sells a version used to keep', () => {
  const ctx: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
  const say = (sentence: string) => calm(sentence, ctx, false);

  it('offers what the link in bio is for, and until when', () => {
    expect(say('Book before they’re gone 👀 link in bio 💖')).toBe('The link to book is in our bio. 💖');
    expect(say('full list + table bookings via link in bio')).toBe(
      'Full list + table bookings: the link is in our bio.',
    );
    expect(say('Bookings via link in bio or text 07700 900 619')).toBe(
      'Bookings: the link is in our bio, or text 07700 900 619.',
    );
    // A clause with its own verb is no label: "Further information is available: the link…" reads as
    // a form, and the clause only needs the link said after it.
    expect(say('Further information is available via the link in our bio.')).toBe(
      'Further information is available — the link is in our bio.',
    );
    expect(say('Tap the link in bio before midnight!!! ☀️😎')).toBe(
      "The link's in our bio until midnight. ☀️😎",
    );
    // "before yours disappears" is a hurry, not a time: no "until" for it.
    expect(say('Tap the link in bio before yours disappears.')).not.toMatch(/until/u);
    // An order is not a label: "So book: the link…" would still order.
    expect(say('Appointments fill FAST, so book via the link in bio or call 0161 555 0192.')).not.toMatch(
      /^So book:/u,
    );
  });

  it('says what a date means instead of ordering by it, and offers a booking after the hype goes', () => {
    expect(
      say('Get £5 off with code MUM — order by Thursday 27th 3pm for guaranteed delivery in Bath!!'),
    ).toBe('Get £5 off with code MUM — orders placed by Thursday 27th 3pm get guaranteed delivery in Bath.');
    // Already offered, it stays offered.
    expect(say('You can order by 18 Dec for guaranteed delivery.')).toBe(
      'You can order by 18 Dec for guaranteed delivery.',
    );
    expect(say('This is going to be HUGE so book your ticket NOW before they sell out!!!')).toBe(
      'You can book your ticket.',
    );
    expect(
      say("It's £12,950 — but book a viewing before 28 February and we'll throw in a FREE prosecco!!!"),
    ).toBe("It's £12,950 — if you book a viewing before 28 February, we'll throw in a free prosecco.");
  });

  it('takes the claiming out of a reply keyword and a visit', () => {
    const reply = 'Reply YES to claim & we’ll hold your spot.';
    expect(asInvitation(reply, findReplyPaths(reply), 'en')).toBe(
      "Reply YES to claim if you'd like us to hold your spot.",
    );
    expect(say("Reply YES to claim if you'd like us to hold your spot.")).toBe(
      "Reply YES if you'd like us to hold your spot.",
    );
    expect(say('Pop in before Sun 30 Jun to claim + get 50% off any cake with code CAKE50.')).toBe(
      'Pop in before Sun 30 Jun for it + get 50% off any cake with code CAKE50.',
    );
  });
});

describe('a sale in a reply, in passing and in other languages', () => {
  it('takes out "Übrigens: … 15 % Rabatt" and "Aproveito para dizer … 20% de desconto" and keeps the help', () => {
    const { rewrite } = reviewDraft(
      'Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Nachricht vom 3. Februar. Es tut uns sehr leid, dass Ihre Bestellung (Nr. 48-22917) mit Verspätung angekommen ist. Als kleine Entschädigung haben wir Ihnen 5 € gutgeschrieben.\n\nÜbrigens: Mit unserer Premium-Mitgliedschaft „Gartenfreund Plus“ (nur 29 € im Jahr) erhalten Sie 15 % Rabatt mit dem Code PLUS15! Jetzt einfach unter gruenwerk.example/plus anmelden.\n\nMit freundlichen Grüßen\nSabine Krüger',
    );
    expect(rewrite).toMatch(/5 € gutgeschrieben/u);
    expect(rewrite).not.toMatch(/PLUS15|Mitgliedschaft|gruenwerk\.example/u);
    expect(
      isUpsell('Aproveito para dizer que a mesa a condizer está com 20% de desconto com o código MESA20.'),
    ).toBe(true);
    expect(isUpsell('Por cierto, el pedido sale mañana.')).toBe(false);
  });

  it('takes out "As a valued guest, you can enjoy 15% off" and what "pays for itself" after a sale', () => {
    expect(
      isUpsell('As a valued guest, you can enjoy 15% off our new spa package with code SPA15.', true),
    ).toBe(true);
    expect(isPressure('Honestly it pays for itself after about two orders!', 'en')).toBe(true);
  });
});

describe('seams the sixty-fourth rater found', () => {
  it('runs a sentence on after "the U.S." instead of opening a new one there', () => {
    const { rewrite } = reviewDraft(
      'SAN FRANCISCO, March 3, 2025 — Acme Robotics, the leading provider of warehouse automation in the U.S. today announced the launch of Picker 2, the most advanced picking robot on the market. Learn more at acme.example.',
    );
    expect(rewrite).toMatch(/in the U\.S\. today launched/u);
    expect(
      grammarProblems('We sell in the U.S. and Canada!!', 'We sell in the U.S. and Canada.', 'en'),
    ).toEqual([]);
  });

  it("says the phone emoji as a word of the message's own language", () => {
    const ctx: SentenceContext = { language: 'pt', intent: 'offer', singular: false, keep: new Set() };
    expect(calm('📞 (11) 3456-7812', ctx, false)).toBe('Ligue (11) 3456-7812');
    expect(calm('📞 0161 555 0192', { ...ctx, language: 'en' }, false)).toBe('Call 0161 555 0192');
  });
});

describe('a shouted name before its year', () => {
  it('writes the event or act before a year as a name, back to the small word before it', () => {
    const ctx: SentenceContext = { language: 'en', intent: 'event', singular: false, keep: new Set() };
    expect(calm('Tier 2 tix for SUNSET SOUNDS 2025 are LIVE NOW 🏃‍♂️💨', ctx, false)).toMatch(
      /^Tier 2 tix for Sunset Sounds 2025 are live now/u,
    );
    expect(calm('OUR BIGGEST SALE 2025 IS HERE', ctx, false)).toMatch(/^Our biggest sale 2025 is here/u);
    // Elsewhere a name's later words keep small letters: no title case is made up.
    expect(calm('CAMPAGNA VACCINALE ANTINFLUENZALE 2025 💉', { ...ctx, language: 'it' }, false)).not.toMatch(
      /Vaccinale/u,
    );
  });
});

describe('a keyword to send, where it is sent', () => {
  it('keeps the keyword as written in the ask and in quotes, and lowers the same word shouted elsewhere', () => {
    const { rewrite } = reviewDraft(
      "📸 FALL MINI SESSIONS ARE BACK!!! 🍂\nSaturday Oct 19 at Hollis Orchard, Stowe VT\n20 minutes | 15+ edited images | $225\nONLY 12 SLOTS and 5 are already booked 🙌 Once they're gone they're GONE.\nComment \"MINI\" below and I'll send you the booking link!\n#vermontphotographer #fallminis",
    );
    expect(rewrite).toMatch(/Comment "MINI" below/u);
    expect(rewrite).not.toMatch(/Fall MINI/u);
    const ctx: SentenceContext = {
      language: 'en',
      intent: 'event',
      singular: false,
      keep: new Set(),
      keys: new Set(['INSTALLER', 'OF', 'THE', 'YEAR']),
    };
    expect(calm('Named "INSTALLER OF THE YEAR" again!!!', ctx, false)).toBe(
      'Named "INSTALLER OF THE YEAR" again.',
    );
  });
});

describe('offers that read like a form', () => {
  it('gives a way to call after the offer as a person gives a number, not "You can… You can also…", leaves a contact label alone and keeps a plural news subject', () => {
    const { rewrite } = reviewDraft(
      'Homeowners: is your roof ready for winter? Book a free inspection today and get 15% off any repair. Call 555-0147 now, slots are filling fast!',
    );
    expect(rewrite).toMatch(/You can book a free inspection[^.]*\. Call 555-0147\./u);
    const apart = reviewDraft(
      'Book a free roof inspection today and get 15% off any repair!!!\n\nCall 555-0147 now, slots are filling fast!',
    ).rewrite;
    expect(apart).toMatch(/^Call 555-0147/mu);
    expect(apart).not.toContain('You can also');
    const ctx: OfferContext = { language: 'en', intent: 'offer' };
    expect(offered('Call: +91 80000 45678', ctx)).toBe('Call: +91 80000 45678');
    expect(offered('Shop: sbx.co/f40', ctx)).toMatch(/^You can shop/u);
    const news: SentenceContext = { language: 'en', intent: 'launch', singular: false, keep: new Set() };
    expect(
      plainNews(
        'We are pleased to inform you that bookings for Phase 2 of Skyline Greens are now open.',
        news,
      ),
    ).toBe('Bookings for Phase 2 of Skyline Greens are now open.');
  });
});

describe('a minus before a figure', () => {
  it('keeps the dash of "–50 %" when the emoji before it goes', () => {
    expect(tidySentence('–50 % auf das gesamte Sortiment', 'de')).toBe('–50 % auf das gesamte Sortiment');
    expect(tidySentence('— and more', 'en')).toBe('and more');
  });
});

describe('a prompt to tag someone', () => {
  it('is asked as a question instead of dropped, its handles and hashtags after it', () => {
    expect(tagAsQuestion("Tag someone who'd smash it 👇")).toBe("Know someone who'd smash it?");
    expect(tagAsQuestion('Tag your brunch crew below 👇')).toBe("Who's in your brunch crew?");
    expect(tagAsQuestion('Tag a mate who needs a new board 👇 #bondi #surf')).toBe(
      'Know someone who needs a new board? #bondi #surf',
    );
    // A giveaway's count of friends is an entry step, kept as it is; elsewhere the count is the bait's.
    expect(tagAsQuestion('Tag 3 friends who love dogs to win a hamper')).toBeNull();
    expect(tagAsQuestion('Tag 3 friends who love dogs')).toBe('Know someone who loves dogs?');
    const { rewrite } = reviewDraft(
      'New flavour alert!!! 🍋🫐 Lemon blueberry croissants just dropped and they are INSANE. $4.75 each. Open 7am–3pm, 218 Elm St. Tag someone who needs this!',
    );
    expect(rewrite).toMatch(/Know someone who needs this\?/u);
  });
});

describe('acronyms the set-65 rater found lowered', () => {
  it('keeps EBITDA, TAEG before its figure, "our first US office" and "Av. de les Corts"', () => {
    const ctx: SentenceContext = { language: 'en', intent: 'milestone', singular: false, keep: new Set() };
    expect(calm('We helped clients unlock $340M in EBITDA improvements!!!', ctx, false)).toMatch(/EBITDA/u);
    expect(calm('Opening our first US office in Austin!!!', ctx, false)).toMatch(/our first US office/u);
    expect(calm('*TAN 5,99% TAEG 7,45%. Esempio!!!', { ...ctx, language: 'it' }, false)).toMatch(
      /TAN 5,99% TAEG 7,45%/u,
    );
    expect(ABBREVIATION_BEFORE.test('(Av.')).toBe(true);
  });
});

describe('what a sale taken out of a reply leaves behind', () => {
  it('takes the bare number of a dropped option, the "or" before it and a lead-in to a list that went', () => {
    const options = reviewDraft(
      "Hi Kenji,\n\nThanks for reaching out, and sorry for the trouble with the CSV export timing out yesterday. I've split the export into two files for you.\n\nFor the future, you have two options:\n1. Filter by date range before exporting so each file stays under the limit, or\n2. Upgrade to Tablestack Growth ($49/month), which raises the export cap to 2 million rows.\n\nSince you've been affected by this, I can apply 3 months of Growth at 50% off if you upgrade before Friday — just click here: tablestack.example/upgrade?promo=SUPPORT50\n\nBest,\nLaura",
    ).rewrite;
    expect(options).not.toMatch(/\n2\.|Growth|, or\n/u);
    expect(options).toMatch(
      /1\. Filter by date range before exporting so each file stays under the limit\./u,
    );
    const hotel = reviewDraft(
      "Dear Mr Patel,\n\nThank you so much for getting in touch! Your reservation (ref. HRB-448120) for Friday 12 September is all set.\n\nSince this is such a special occasion, I wanted to let you know about our Anniversary Package, which I think you'd both love:\n\n• Upgrade to a Junior Suite with sea view\n• Late checkout until 15:00\n\nAll of this for just £195 extra for your stay. Simply reply YES to this email and I'll take care of everything.\n\nWarmest regards,\nSophie",
    ).rewrite;
    expect(hotel).toMatch(/HRB-448120/u);
    expect(hotel).not.toMatch(/Anniversary Package|love:/u);
  });
});

describe('a jab at the reader', () => {
  it('goes on its own and when it rides after what the sentence tells, in several languages', () => {
    const ctx: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
    expect(calm("Entries that don't do all 4 won't count, sorry not sorry.", ctx, false)).toBe(
      "Entries that don't do all 4 won't count.",
    );
    expect(calm("Losers get roasted by our host Big Dave (you've been warned).", ctx, false)).toBe(
      'Losers get roasted by our host Big Dave.',
    );
    expect(
      calm(
        'La semana pasada hubo fila de 40 minutos, así que llega temprano o ni te quejes 😅',
        { ...ctx, language: 'es' },
        false,
      ),
    ).toBe('La semana pasada hubo fila de 40 minutos, así que llega temprano 😅');
    // A condition left without its clause, or a "so" with nothing after it, keeps the sentence whole.
    expect(
      withoutJabTail('Si mañana vienes y ya no queda tu talla, no digas que no avisamos 🙄', 'es'),
    ).toMatch(/avisamos/u);
    expect(
      withoutJabTail("Tables fill up by 6:30 so if you show up at 7:05, that's on you 🤷‍♂️", 'en'),
    ).toMatch(/on you/u);
    for (const [sentence, language] of [
      ['Only serious people please.', 'en'],
      ['You get what you pay for, people.', 'en'],
      ['But that choice is really in your hands.', 'en'],
      ['Si no vienes, te lo pierdes.', 'es'],
      ["Quest'anno non vogliamo sentire lamentele!", 'it'],
      ['Doen.', 'nl'],
    ] as const)
      expect(isPressure(sentence, language)).toBe(true);
  });
});

describe('seams the sixty-sixth rater found', () => {
  const ctx: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };

  it('checks a condition left without its clause and "some" left without its noun', () => {
    const checks = (draft: string, rewrite: string) =>
      grammarProblems(draft, rewrite, 'en').map((problem) => problem.check);
    expect(
      checks(
        "Booking up fast — if you leave it till your boiler packs in, don't be surprised if we can't fit you in.",
        'Booking up fast — if you leave it till your boiler packs in.',
      ),
    ).toContain('condition-without-clause');
    expect(
      checks(
        'No experience needed – if you can sing in the shower you can sing with us!!',
        'No experience needed – if you can sing in the shower you can sing with us.',
      ),
    ).toEqual([]);
    expect(checks("We've got some AMAZING deals on Punta Cana!", "We've got some on Punta Cana.")).toContain(
      'quantity-without-noun',
    );
  });

  it('runs a sentence on after "inc.", leaves "Call/WhatsApp:" a label and turns a pointer after a link into a dash', () => {
    expect(calm('Tickets £15 inc. first pint: ferrymanbrewing.example/bighop', ctx, false)).toMatch(
      /inc\. first pint/u,
    );
    expect(offered('Call/WhatsApp: 98450 00000', { language: 'en', intent: 'offer' })).toBe(
      'Call/WhatsApp: 98450 00000',
    );
    expect(
      calm(
        'DM us or book at sunroutetours.example/amalfi 👉 deposit just €300 to secure your spot.',
        ctx,
        false,
      ),
    ).toBe('DM us or book at sunroutetours.example/amalfi — deposit just €300 to secure your spot.');
  });

  it('asks about a first week only when someone joins the team', () => {
    const guest = reviewDraft(
      "We're SO excited to welcome local author Maeve Gallagher to the shop on Thursday 7pm!!! Tickets £5 at inkwellbooks.example/events — only 40 seats!!!",
    ).rewrite;
    expect(guest ?? '').not.toMatch(/first week/u);
  });
});

describe('a keyword of two words, or after "Escribe"', () => {
  it('is a reply path typed as written', () => {
    expect(findReplyPaths('Responda EU QUERO que te mando as fotos.').map((path) => path.keys)).toEqual([
      ['responda', 'eu quero'],
    ]);
    expect(findReplyPaths('Escribe QUIERO y te llamamos en 5 minutos.').map((path) => path.keys)).toEqual([
      ['escribe', 'quiero'],
    ]);
    // A hurry after the keyword is no part of it.
    expect(findReplyPaths('Reply YES NOW to book.').map((path) => path.keys)).toEqual([['reply', 'yes']]);
  });
});

describe('scolding and put-downs the sixty-seventh rater found kept', () => {
  it('drop on their own, in several languages, and a fact keeps its sentence', () => {
    for (const [sentence, language] of [
      ["If you're still scrolling instead of booking, you're literally throwing money away.", 'en'],
      ['I am not your cleaner.', 'en'],
      ["If you're not booking right now what are you even doing with your life??", 'en'],
      ["You'd be crazy not to at least take a look.", 'en'],
      ['Así de claro.', 'es'],
      ["Après, c'est fini, ne venez pas vous plaindre !", 'fr'],
      ['Ihre Entscheidung!', 'de'],
      ['Depois não adianta vir chorar que acabou, hein?', 'pt'],
      ['Zeuren doen we hier niet.', 'nl'],
    ] as const)
      expect(isPressure(sentence, language)).toBe(true);
    expect(isPressure('It is not difficult to find us at 14 High St.', 'en')).toBe(false);
    expect(withoutJabTail("We're the best fitters in Kent and everyone knows it.", 'en')).toBe(
      "We're the best fitters in Kent.",
    );
  });
});

describe('seams the seventy-fourth and seventy-fifth raters found', () => {
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';
  it('takes "before every slot is gone" out of an order, but not out of a bare way to reply', () => {
    const text = rewrite(
      'LAST CHANCE!!! Our sharpening van is ONLY in Bendigo until FRIDAY. $8 per blade. Book NOW before every slot is gone: example.com/sharpen-bendigo.',
    );
    expect(text).toContain('You can book at example.com/sharpen-bendigo.');
    expect(text).not.toMatch(/slot is gone/u);
    expect(
      rewrite(
        "Bookings OPEN for Royal Mehendi by Anjali, Mumbai's #1 bridal artist!! Dates filling FAST 🔥 DM NOW before all slots are gone. Don't regret later!!",
      ),
    ).toMatch(/\bDM\b/u);
  });

  it('asks a reader to come down to the shop instead of offering "You can get down to"', () => {
    const text = rewrite(
      'LAST DAY!!! 60% OFF EVERY mattress at Dunmore Beds until 8pm ONLY! Get down to 12 Harbour Rd, Bangor NOW. Txt STOP to 60099 to opt out',
    );
    expect(text).toContain('Come down to 12 Harbour Rd, Bangor.');
    expect(text).not.toContain('You can get down');
  });

  it('keeps a sentence the short question after it answers back to', () => {
    const text = rewrite(
      "Just closed my first 7-figure year as a calligrapher ✨ People told me I was crazy to quit nursing. Who's crazy now? 💅 My course is open for 48 hours only — link in bio",
    );
    expect(text.includes("Who's crazy now?")).toBe(text.includes('I was crazy to quit nursing'));
  });
});

describe('seams the seventy-sixth and seventy-seventh raters found', () => {
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';

  it('keeps an apology in a reply, and a line its reason leans on from the next line', () => {
    expect(
      rewriteAnyway(
        'Estimado Sr. Gómez: lamentamos que su experiencia no haya sido la esperada. No obstante, el presupuesto de 340 € se le explicó ANTES de iniciar la reparación!!!',
      ),
    ).toMatch(/lamentamos que su experiencia/u);
    const text = rewriteAnyway(
      "I rejected a candidate today.\n\nNot because of their skills.\n\nBut because they didn't send a thank-you note.\n\nManners are a skill.",
    );
    expect(text).not.toMatch(/^Because/u);
    expect(text.includes('But because')).toBe(text.includes('I rejected a candidate today.'));
  });

  it('drops "Still thinking about it?", and "before they go up" and "or regret it later" whole', () => {
    expect(
      rewrite(
        'Summer bodies are made in winter ❄️💪 Still thinking about it? Our 6-Week Kickstart starts Mon 13 Jan — £79. DM us "KICKSTART" to claim your spot. Only 10 places!!',
      ),
    ).not.toMatch(/Still thinking/u);
    const funeral = rewrite(
      "Planning ahead is the greatest gift you can give your family — pre-arranged plans are 15% off through October 31! Don't leave your loved ones with the burden. Call (555) 018-4420 or tap the link in bio to lock in today's prices before they go up. #funeralplanning",
    );
    expect(funeral).toContain("lock in today's prices");
    expect(funeral).not.toMatch(/prices up\b/u);
    expect(
      rewrite(
        "DJ Rico Vance has rocked 500+ weddings!!! 2026 dates are almost gone — only 6 Saturdays left. DM 'DATE' now or regret it later 😉 #weddingdj",
      ),
    ).not.toMatch(/\blater\b/u);
  });

  it('answers a complaint without squaring up: the apology made to the customer, the record and the finger gone', () => {
    const text = rewriteAnyway(
      "Hi Derek, we're sorry you feel that way. For the record, our technician arrived within the 2-hour window we quoted, and the £95 call-out fee is clearly stated on our website and in your booking confirmation. We've been serving Bristol for 25 years with thousands of 5-star reviews, so we stand by our work. If you'd like to discuss further, call the office on 0117 496 0332. — Avon Plumbing & Heating",
    );
    expect(text).toMatch(/^Hi Derek, we're sorry to hear about this\. Our technician arrived/u);
    expect(text).toContain('the £95 call-out fee is stated on our website');
    expect(text).not.toMatch(/25 years|stand by/u);
    expect(text).toContain('0117 496 0332');
    expect(
      rewriteAnyway(
        "Hi Dana, we're sorry you feel that way, but we have to be honest: over 4,000 groups have completed The Vault. Please review our policy at lockroom.example/terms before leaving public reviews.",
      ),
    ).toMatch(/sorry to hear about this\. Over 4,000 groups.*lockroom\.example\/terms\./u);
  });

  it('keeps a job the line "Interested?" asks about, and drops a retort and a proverb that press', () => {
    expect(
      rewriteAnyway(
        "Je suis fier d'annoncer notre 500e recrutement. 🙏 Nous recrutons d'ailleurs un(e) chargé(e) de recrutement en CDI. Intéressé(e) ? Commentez « moi » et je vous écris en MP. FIER!!!",
      ),
    ).toContain('chargé(e) de recrutement en CDI');
    expect(
      rewriteAnyway(
        "Not to be dramatic but our monstera sale is on. 🌿 30% off every plant over 1m tall. Fernhouse Nursery, Sat–Sun 9–5. Seriously, don't sleep on this. You'll regret it.",
      ),
    ).not.toMatch(/regret/u);
    expect(
      rewriteAnyway(
        'Noten von Blaubeere und Jasmin. 250 g für 14,90 €, nur 60 Beutel!!!\nLink in Bio – wer zu spät kommt, den bestraft das Leben 😉',
      ),
    ).not.toMatch(/bestraft/u);
  });

  it('says "or link in bio" inside its sentence, keeps a trade after a name, and a line "They" leans on', () => {
    expect(
      rewriteAnyway(
        "Our Winter Hedgerow Gin just dropped!!! £38 at the distillery shop or link in bio. Only 400 bottles. Don't be the one who missed out.",
      ),
    ).toContain('£38 at the distillery shop; the link is in our bio.');
    expect(
      rewriteAnyway(
        "You're invited to THE cyber event of the year! Join Northgate IT's CTO Priya Nandi on Wed 19 June. Register now: northgateit.example/webinar",
      ),
    ).toContain("Northgate IT's CTO");
    const text = rewriteAnyway(
      'Unpopular opinion: most people don\'t have back pain. They have a "sitting all day" problem. 🪑\n\nComment "RESET" and I\'ll send you the details. 👇',
    );
    expect(text.includes('They have')).toBe(text.includes("most people don't have back pain"));
  });

  it('reads "Book drops stay open" as the library\'s book drops, not an order', () => {
    expect(
      rewriteAnyway(
        'Heads up: all Fairbrook library branches close at 1pm on Wed, Nov 26 for staff training. Book drops stay open and parking-lot Wi-Fi still works.',
      ),
    ).not.toMatch(/You can book/u);
  });
});

describe('what a blind rating of set 82 found', () => {
  it('keeps a reassurance, and a request without the reproach before it', () => {
    const notice = rewriteAnyway(
      'ONCE AGAIN, please read the pinned FAQ before posting. We have answered the sync question dozens of times. The mod team are volunteers and we do not have time to keep repeating ourselves.',
    );
    expect(notice).toMatch(/^Please read the pinned FAQ before posting\./u);
    // The line model reads "…will not be affected." as a line to cut; what did not happen stays.
    const draft =
      'Scheduled maintenance: the Payflow dashboard will be unavailable Saturday from 02:00 to 04:00 UTC. API services will not be affected.';
    const judgement = judgeDraft(draft, {});
    const plan = planRewrite(judgement, factSheet(judgement.draft.original, judgement.analysis), []);
    expect(
      plan.units.some(
        (unit) => unit.role !== 'dropped' && unit.text.includes('API services will not be affected.'),
      ),
    ).toBe(true);
  });

  it('lets "trust us" go with the warning it vouched for, and invites to the event it names', () => {
    const wine = rewriteAnyway(
      'Wine night is back Thursday June 20th, 6-9pm. $45pp gets you 5 pours. Last time we sold out in 2 days so trust us, they WILL go fast. Book via link in bio or call us at 512-555-0199.',
    );
    expect(wine).toContain('Last time we sold out in 2 days.');
    expect(wine).not.toMatch(/trust us/u);
    expect(
      rewriteAnyway(
        "📣 DON'T MISS our upcoming webinar!!! 📣\n\n🗓 Wednesday, March 12 | 🕐 1:00 PM ET\n\nSeats are LIMITED — register now at sourcewell.ai/webinar before it's too late!",
      ),
    ).toMatch(/^Join us for our upcoming webinar\./u);
  });

  it('lets a deadline stand without its threat, and a "what are you waiting for" go in every language', () => {
    const upgrade = rewriteAnyway(
      'Your CloudNest Starter plan renews on July 1. You can upgrade to Pro for $49/month with code PRO20.\n\nThis offer expires June 30 at midnight and will NOT be repeated. Details: cloudnest.io/upgrade',
    );
    expect(upgrade).toContain('This offer expires June 30 at midnight.');
    expect(upgrade).not.toMatch(/repeated/u);
    const corsi = rewriteAnyway(
      'Il 35% di sconto su tutti i corsi con il codice ESTATE35 fino al 30 giugno. E tu, cosa aspetti? Iscriviti su accademialinguemilano.it/offerta!',
    );
    expect(corsi).toContain('ESTATE35');
    expect(corsi).not.toMatch(/aspetti/u);
  });

  it('cuts a boast and the sentence that leans on it together', () => {
    const award = rewriteAnyway(
      "Brightwater Heating & Cooling has been named one of the Top 50 Fastest-Growing Trade Businesses in the Midlands for the third year running. 🏆\n\nThis didn't happen by accident. It happened because of relentless focus, a winning culture, and a team that simply refuses to settle.",
    );
    expect(award).toContain('Top 50 Fastest-Growing Trade Businesses');
    expect(award).not.toMatch(/accident|It happened/u);
  });

  it('offers a way to reply without the grab, and lets "no more excuses" go', () => {
    const shred = rewriteAnyway(
      'STOP making excuses. 💪🔥 Our 8-Week Shred Challenge kicks off June 3 at Iron Republic Gym. $199 includes meal plan. Comment SHRED or DM us to claim yours!!! No more excuses. #fitness',
    );
    expect(shred).toContain("If you're interested, comment SHRED or DM us.");
    expect(shred).not.toMatch(/excuses|claim yours/iu);
  });

  it('drops a plea or an announcement that says nothing, and keeps who sends a press release', () => {
    const appeal = rewriteAnyway(
      'Just £15 could give someone a hot meal and a bed for the night at Harbour House Shelter. Donate now at harbourhouse.org.uk/winter before our 31 December deadline. Please. They are counting on you.',
    );
    expect(appeal).not.toMatch(/Please\.|counting/u);
    expect(
      rewriteAnyway(
        'IMPORTANT ANNOUNCEMENT‼️ Studio Mae will be CLOSED from 24 Dec to 3 Jan. All bookings during this time have been cancelled.',
      ),
    ).toMatch(/^Studio Mae will be closed/u);
    expect(
      rewriteAnyway(
        'PRESS RELEASE — Westbury Borough Council\n\nCouncil Leader Cllr Graham Hollis today opened the refurbished Westbury Leisure Centre, a state-of-the-art facility. It opens to the public on Monday 17 March.',
      ),
    ).toMatch(/^PRESS RELEASE — Westbury Borough Council\n/u);
  });

  it('greets the reader of a form letter without its label', () => {
    expect(
      rewriteAnyway(
        'Dear Valued Customer,\n\nWe are pleased to present the March edition of the Fernleaf Books newsletter. Please read on to discover what is new at Fernleaf.',
      ),
    ).toMatch(/^Dear customer,\n\nHere's the March edition/u);
  });

  it('keeps the tags that name the business or the place when it keeps three', () => {
    const tags = rewriteAnyway(
      'Wat een mijlpaal! 🎉🚲 Vandaag bestaat Fietsfabriek Van Dijk precies 10 jaar! Wat ooit begon in een schuurtje in Zwolle, heeft nu 45 medewerkers. Vier het met ons mee: zaterdag 8 juni open dag, van 10:00 tot 16:00. Iedereen welkom! #jubileum #ebike #ondernemen #Zwolle',
    );
    expect(tags).toMatch(/#Zwolle/u);
    expect(tags.match(/#\p{L}+/gu)).toHaveLength(3);
  });

  it('reads a low German quote closed by a straight one as closed, after a figure too', () => {
    const award = rewriteAnyway(
      'Wir sind stolz wie Bolle!!! 🏆 Die Müller & Söhne GmbH wurde mit dem „Mittelstandspreis Bayern 2024" in der Kategorie Innovation ausgezeichnet!\n\nEin riesiges Dankeschön an unser Team in Landshut!\n\n#Mittelstand #Innovation #Auszeichnung',
    );
    expect(award).toContain('\n\n#Mittelstand #Innovation');
  });

  it('says the news for shouted pride, and never "Some news:" before a bare noun', () => {
    const en: SentenceContext = { language: 'en', intent: 'hire', singular: false, keep: new Set() };
    expect(
      plainNews('We are THRILLED and beyond excited to announce that Priya Raman has joined us.', en),
    ).toBe('Priya Raman has joined us.');
    expect(plainNews('We are excited to have such a talented individual join our growing team.', en)).toBe(
      'We are excited to have such a talented individual join our growing team.',
    );
    expect(plainNews("We're thrilled to announce a game-changing partnership!", en)).toBe(
      "We're thrilled to announce a game-changing partnership!",
    );
  });
});

describe('what a blind rating of set 85 found', () => {
  it('reads "don\'t DM me" as a way in refused, not offered', () => {
    expect(findReplyPaths("Please don't DM me about this, I didn't make the decision.")).toEqual([]);
    expect(findReplyPaths('No need to call us, the crews are on it.')).toEqual([]);
    expect(findReplyPaths('Questions? DM me.').map((path) => path.kind)).toEqual(['dm']);
    const memo = rewriteAnyway(
      "Hey all — per leadership, effective immediately, remote days are cut from 3 to 1 per week. Please don't DM me about this, I didn't make the decision. Questions go to your manager. Thanks.",
    );
    expect(memo).toContain('remote days are cut from 3 to 1 per week.');
    expect(memo).toContain('Questions go to your manager.');
    expect(memo).not.toMatch(/DM me|decision/u);
  });

  it('takes the blame put on the customer out of a reply, in several languages', () => {
    const nl = rewriteAnyway(
      'Beste meneer De Groot, uw klacht over de hoge eindafrekening is ontvangen. Wij hebben gecontroleerd en de meterstanden die u zelf heeft doorgegeven kloppen niet met uw verbruik. Dit ligt dus niet aan ons. U kunt een betalingsregeling aanvragen via mijn.stroomnoord.nl. Met vriendelijke groet, Klantenservice StroomNoord',
    );
    expect(nl).not.toMatch(/niet aan ons/u);
    expect(nl).toContain('mijn.stroomnoord.nl');
    const pt = rewriteAnyway(
      'Olá, Bruno. Conforme já informado, o problema está na sua internet, não no nosso aplicativo. Já testamos e está tudo funcionando normalmente. Atenciosamente, Equipe Conecta+',
    );
    expect(pt).not.toMatch(/sua internet/u);
    expect(pt).toContain('Já testamos e está tudo funcionando normalmente.');
  });

  it('lets a jab that rides after what the sentence tells go, and keeps the telling', () => {
    const faq = rewriteAnyway(
      "Hi there! Big news!! 🎉 Starting March 1, LedgerLeaf's Starter plan will go from $12/month to $19/month.\n\nIf you have questions, please check our FAQ before emailing support as we're very busy. Thanks for being part of the LedgerLeaf family! 💚",
    );
    expect(faq).toContain('If you have questions, please check our FAQ before emailing support.');
    const rescue = rewriteAnyway(
      'Paws Harbor: only 3 days left to hit our $15K match!! Every $1 = $2 for the animals. Give now: pawsharbor.org/match or they suffer. Txt STOP to end',
    );
    expect(rescue).toContain('pawsharbor.org/match.');
    expect(rescue).not.toMatch(/suffer/u);
    const roscones = rewriteAnyway(
      '¡¡ÚLTIMAS UNIDADES!! 🍰 Solo quedan 6 roscones de Reyes en Pastelería La Espiga. Si no reservas hoy antes de las 20:00, NO hay más, y luego vienen las quejas. Reserva por DM o al 612 345 678.',
    );
    expect(roscones).toContain('Si no reservas hoy antes de las 20:00, no hay más.');
    // A condition keeps its jab when nothing of its own clause would be left.
    expect(withoutJabTail('Si no te apuntas ahora, luego no digas que no te avisamos 😏', 'es')).toBe(
      'Si no te apuntas ahora, luego no digas que no te avisamos 😏',
    );
  });

  it('drops a dare, a wink and the "that\'s why" of a slogan that went', () => {
    const hire = rewriteAnyway(
      "We don't just hire people. We hire ROCKSTARS. 🎸\n\nThat's why I'm excited to share that Daniel Osei has joined Corbin Hale Advisory as Senior Tax Manager! Daniel had offers from three of the Big Four, but he chose us. Says a lot, doesn't it? 😉\n\nWe're still hiring — if you think you're good enough, apply at corbinhale.com/careers.",
    );
    expect(hire).toMatch(/^Daniel Osei has joined Corbin Hale Advisory as Senior Tax Manager\./u);
    expect(hire).not.toMatch(/Says a lot|good enough|That's why/u);
    expect(hire).toContain("if you're interested, apply at corbinhale.com/careers.");
  });

  it('lets a short question that only takes up a cut line go with it, but never "Interested?"', () => {
    const seat = rewriteAnyway(
      "Hi Alex,\n\nSuper Early Bird tickets (£249, saving £350) end TOMORROW at 5pm.\n\nEvery founder who's serious about growth will be in the room. Will you?\n\nClaim your seat → scale25.example/tickets\n\nPriya Nair",
    );
    expect(seat).not.toMatch(/Will you\?|serious about growth/u);
    const recruit =
      "Quand j'ai lancé Talentis Conseil seul dans mon salon à Nantes, personne n'y croyait. Aujourd'hui : 12 consultants et une croissance à deux chiffres.\nNous recrutons d'ailleurs un(e) chargé(e) de recrutement en CDI. Intéressé(e) ? Commentez « moi » et je vous écris en MP.";
    const judgement = judgeDraft(recruit, {});
    const plan = planRewrite(judgement, factSheet(judgement.draft.original, judgement.analysis), []);
    const kept = (words: string) =>
      plan.units.some((unit) => unit.role !== 'dropped' && unit.text.includes(words));
    expect(kept('Nous recrutons')).toBe(true);
    expect(kept('Intéressé(e) ?')).toBe(true);
  });

  it('answers without the reproach, and keeps a dateline in capitals where the text names the town', () => {
    expect(
      rewriteAnyway(
        'This is not a bug. If you had read the documentation (docs.tallyflow.app/sync) you would know that sync only runs every 15 minutes on the Free plan. Upgrade to Pro for real-time sync. Closing this thread.',
      ),
    ).toContain(
      'As the documentation says (docs.tallyflow.app/sync), sync only runs every 15 minutes on the Free plan.',
    );
    const release = rewriteAnyway(
      "FOR IMMEDIATE RELEASE\n\nGreenValley Water Authority Announces Rate Adjustment\n\nGREENVALLEY, CO — Effective July 1, 2025, GreenValley Water Authority (GVWA) will implement a rate adjustment of 11.5% for residential customers. This strategic investment underscores GVWA's unwavering commitment to world-class service delivery. For more information visit gvwa.org/rates.",
    );
    expect(release).toContain('GREENVALLEY, CO — Effective July 1, 2025');
    expect(release).not.toMatch(/unwavering/u);
  });
});

describe('the rank a sender gives itself', () => {
  it('goes from "a leading provider of", with the article that fits, but not from a rank others gave', () => {
    const release = rewriteAnyway(
      'KENDAL, 3 October 2024 — Hollow Oak Brewing Co., a leading independent craft brewery, is delighted to announce that its Fellside Pale Ale has been awarded a prestigious Gold Medal at the 2024 Great Northern Beer Awards.',
    );
    expect(release).toContain('Hollow Oak Brewing Co., an independent craft brewery,');
    expect(release).toContain('a Gold Medal');
    const facts = rewriteAnyway(
      'Drowning is a leading cause of accidental death in children. Summer swim intensives start 7 July - only 6 places left! Book NOW at splashwise.example/summer',
    );
    expect(facts).toContain('a leading cause of accidental death');
    const ranked = rewriteAnyway(
      'HUGE NEWS!!! Marsh & Kaur has again been ranked in The Legal Directory as a leading firm for residential property. Councillor Anne Whitfield said: "We have delivered a world-class facility."',
    );
    expect(ranked).toContain('as a leading firm for residential property');
    expect(ranked).toContain('"We have delivered a world-class facility."');
  });
});

describe('what a blind rating of set 84 found', () => {
  it('lets the emoji a cliché drew go with it, and "Not for the faint-hearted." alone', () => {
    const ad = rewriteAnyway(
      "WE'RE HIRING 🔥 Are you a sales ROCKSTAR 🎸 who eats targets for breakfast? Vantora is looking for SDRs to join our London crew! OTE £55k, uncapped commission, Friday socials 🍻 Not for the faint-hearted. Apply at vantora.io/careers or DM me.",
    );
    expect(ad).toContain('Are you a salesperson who eats targets for breakfast?');
    expect(ad).not.toMatch(/🎸|faint-hearted/u);
    // In a list, the item's own words stay.
    expect(
      rewriteAnyway(
        "🚀 WE'RE HIRING 🚀\n\nPerks:\n✅ Ping pong and a kegerator\n✅ Fast-paced, high-energy culture (not for the faint-hearted!)\n\nApply NOW at hirely.example/jobs",
      ),
    ).toContain('Fast-paced, high-energy culture');
  });
});

describe('a version that only lowers its voice', () => {
  it('is shown when the rules weigh it the same as the draft', () => {
    const notice = reviewDraft(
      '⚠️ RAPPEL ⚠️ Les cotisations du FC Saint-Aubin 2025/26 (180 €) sont à régler AVANT le 30 septembre. Les retardataires ne seront PAS convoqués aux matchs. Paiement sur fcsaintaubin.fr/adhesion',
    );
    expect(notice.verdict).toBe('revise');
    expect(notice.rewrite).toContain('sont à régler avant le 30 septembre');
    expect(notice.rewrite).toContain('ne seront pas convoqués');
  });

  it('keeps a word sent to a short code, and a dateline, as written', () => {
    expect(findReplyPaths('Baja: NO al 22123').map((path) => path.keys)).toEqual([['no']]);
    const text = rewriteAnyway('Vodafone: 100GB x 15€/mes SOLO HOY. Resp SI. Baja: NO al 22123');
    expect(text).toContain('Baja: NO al 22123');
    for (const draft of [
      'DENVER — Silverline Dental Partners, the nation’s premier dental support organization, today announced that it has surpassed 200 affiliated practices. It is an INCREDIBLE milestone!!!',
      'PARIS, le 3 février 2025 — Verre Vivant annonce aujourd’hui une levée de fonds de 8 millions d’euros. C’est ÉNORME !!!',
      'HEXHAM, Northumberland — 4 March 2025 — Kestrel Ridge Observatory has secured £1.2 million. HUGE NEWS!!!',
    ])
      expect(rewriteAnyway(draft).slice(0, 6)).toBe(draft.slice(0, 6));
    // A heading before a dash is no dateline: it is lowered like any shouting.
    expect(rewriteAnyway('IMPORTANT — Please read before Friday. The car park CLOSES at 6pm!!!')).toMatch(
      /^Important — /u,
    );
  });
});

describe('what a blind rating of set 86 found', () => {
  it('answers without "as I explained", in several languages, and drops "we can\'t be responsible for"', () => {
    const reply = rewriteAnyway(
      "Hi Marcus, as I explained in my previous two emails, the sync issue you're describing is caused by your firewall settings, not by Relaylink. Our status page (status.relaylink.io) showed 100% uptime all of last week. We can't be responsible for misconfigured customer networks.",
    );
    expect(reply).toMatch(
      /^Hi Marcus, the sync issue you're describing is caused by your firewall settings/u,
    );
    expect(reply).not.toMatch(/explained|responsible/u);
    expect(
      rewriteAnyway(
        'Estimado Sr. Ruiz, como ya le expliqué, la garantía no cubre daños por agua. Puede consultar las condiciones en tienda.es/garantia. ¡¡Gracias!!',
      ),
    ).toContain('Estimado Sr. Ruiz, la garantía no cubre daños por agua.');
  });

  it('names the shouted words before a volume, keeps a make-good offer and a Dutch way out', () => {
    expect(
      rewriteAnyway(
        '🍺 HAZE CRAZE VOL. 7 🍺 Triple dry-hopped. Drops Saturday 11am at the taproom ONLY. #craftbeer',
      ),
    ).toMatch(/^🍺 Haze Craze VOL\. 7/u);
    // "NO." at a sentence's end is a word, not a number's label.
    expect(rewriteAnyway('WE SAY YES WHEN THE BANKS SAY NO. $0 down this weekend ONLY!!')).toMatch(
      /^We say yes when the banks say no\./u,
    );
    const apology = rewriteAnyway(
      "Dear Mr. Patel,\n\nWe sincerely apologize that the air conditioning in Room 612 was not working. This is not the standard we hold ourselves to.\n\nFor your next stay, we'd like to offer you a complimentary upgrade to one of our Ocean View Suites. Simply book at bayviewgrand.com using code WELCOMEBACK, or email me personally.\n\nWarm regards,\nOlivia Grant",
    );
    expect(apology).toContain('complimentary upgrade');
    expect(apology).toContain('WELCOMEBACK');
    // An upsell that only mentions something complimentary is still an upsell.
    expect(
      isUpsell(
        "For a smoother experience next time, we'd recommend upgrading to our Priority Boarding Plus package (just £14.50 per vehicle), which guarantees complimentary access to the Skye Lounge.",
        true,
      ),
    ).toBe(true);
    expect(LEAVING_SENTENCE.test('Klik hier om u af te melden.')).toBe(true);
  });
});

describe('what a blind rating of set 87 found', () => {
  it('keeps a way to say no, the reader\'s formal "u", and no full stop after a channel', () => {
    const pitch = rewriteAnyway(
      "Hi there,\n\nI found 47 SEO errors that are costing you customers RIGHT NOW. Reply \"AUDIT\" and I'll send the full report free.\n\nCheers,\nRaj\n\nP.S. I've emailed you 3 times now. If you're not interested, just let me know and I'll stop. 🙂",
    );
    expect(pitch).toContain("If you're not interested, just let me know and I'll stop.");
    const notice = rewriteAnyway(
      'Beste huurder,\n\nIn week 42 vervangen wij de cv-ketels. U ontvangt uiterlijk 1 oktober een brief. Bent u niet thuis, dan brengen wij € 65 bij u in rekening!!!\n\nHeeft u vragen? Bel ons op 088 555 2900.\n\nMet vriendelijke groet,\nWoonstichting Delta',
    );
    expect(notice).not.toMatch(/Als je/u);
    expect(
      rewriteAnyway(
        "#sales-team 🔥 LEADERBOARD UPDATE 🔥\n1. Ashley – $142K\n2. Ben – $118K\n\nWe are at 71% of target. That is NOT ok. Let's GO. 💰💰💰",
      ),
    ).toMatch(/^#sales-team Leaderboard Update/u);
    expect(
      rewriteAnyway(
        "🚀 WE'RE HIRING! 🚀\n\nAre you a rockstar? A ninja? QuantaLeaf is looking for a Growth Marketer to join our family. Apply NOW at quantaleaf.io/careers!!!",
      ),
    ).not.toMatch(/rockstar|ninja/u);
  });
});

describe('what a blind rating of set 88 found', () => {
  it('keeps a password to say, a plain "Questions? Text…", and no "Or" or "I say it because" left hanging', () => {
    expect(findReplyPaths('Agende pelo WhatsApp e fale a senha PATINHA.').map((path) => path.keys)).toEqual([
      ['patinha'],
    ]);
    expect(
      rewriteAnyway(
        '🐶✨ PROMOÇÃO RELÂMPAGO ✨🐶 Só hoje: banho + tosa por R$ 59,90 (de R$ 85)! Agende pelo WhatsApp (11) 95555-3321 e fale a senha PATINHA.',
      ),
    ).toContain('a senha PATINHA');
    expect(
      rewriteAnyway(
        'Tickets: $15. Only 120 seats!!! Register NOW at sparksandsteel.org.\n\nQuestions? Text Maya at 918-555-0150.',
      ),
    ).toContain('Questions? Text Maya at 918-555-0150.');
    const appeal = rewriteAnyway(
      "He's been waiting 412 days. 💔 Meet Biscuit, our longest resident at Second Paws Rescue.\n\nCan you share this post? Or sponsor his care for $25/month so he stays comfy while he waits.\n\nDM us or apply at secondpaws.org/biscuit 🧡",
    );
    expect(appeal).not.toMatch(/(?:^|\n)Or /u);
    const award = rewriteAnyway(
      "I'm humbled to share that Hollow Creek Orchard has been named 2024 Regional Apple Grower of the Year.\n\nI don't say this to brag. I say it because someone out there is wondering if it's worth it. It is.",
    );
    expect(award).toContain("Someone out there is wondering if it's worth it.");
    expect(award).not.toMatch(/say (?:it|this)/u);
  });
});

describe('what a blind rating of set 90 found', () => {
  it('takes the "Big news:" label off the news and keeps the news', () => {
    const launch = rewriteAnyway(
      "Hey bread club 🍞\n\nBig news this month: after a year of test bakes, we're launching our own rye flour at Millstone Bakery. Only 300 bags, so grab one FAST!\n\nMillstone Bakery · millstone.example",
    );
    expect(launch).toContain(
      "After a year of test bakes, we're launching our own rye flour at Millstone Bakery.",
    );
    expect(launch).not.toMatch(/big news/iu);
    // A label alone in front of a push says nothing calm: the sentence goes as before.
    expect(isPressure('Big news: hurry, last chance!', 'en')).toBe(true);
  });

  it('keeps what happens by default and its exception, however the line model reads them', () => {
    const notice = rewriteAnyway(
      "Hi all 👋 Payroll sign-up for the 2026 cycle OPENS Monday 3 Nov and closes Friday 14 Nov at 5pm — don't miss it!! If you don't change anything, your current choices roll over (except your commuter pass, which you'll need to re-enroll in). Questions? Ask in #people-help. — Sam, People",
    );
    expect(notice).toContain('your current choices roll over (except your commuter pass');
  });

  it('writes a state after its town as the address does, and does not take "ME" for the writer', () => {
    const at = (text: string, code: string) => stateAfterPlace(text, text.indexOf(code));
    expect(at('45 Pearl St, Portland ME.', 'ME')).toBe(true);
    expect(at('Visit us in Austin, TX 78701', 'TX')).toBe(true);
    expect(at('Call ME today', 'ME')).toBe(false);
    expect(at('Portland ME is lovely', 'ME')).toBe(false);
    const sale = rewriteAnyway(
      '✨ SAMPLE SALE ✨ Over 80 gowns up to 60% off at Bay Bridal, 12 Fore St, Portland ME. When they are gone, they are GONE. Book via link in bio!!',
    );
    expect(sale).toContain('Portland ME.');
    expect(sale).toContain('in our bio');
    expect(sale).not.toContain('my bio');
  });

  it('keeps a plan a reply offers as the fix, and still takes out one sold with a discount and a deadline', () => {
    const fix = rewriteAnyway(
      "Hi Omar,\n\nThanks for the details. The test shows your line is fine up to the house, so the drops come from the old router.\n\nThe good news is you can swap to our Hub 7 for £4/month on your current contract. That should sort the issue out.\n\nReply SWAP and I'll get it posted TODAY!\n\nCheers,\nNell",
    );
    expect(fix).toContain(
      'The good news is you can swap to our Hub 7 for £4/month on your current contract.',
    );
    expect(fix).toContain('Reply SWAP');
    const sold = rewriteAnyway(
      "Hi Omar,\n\nSorry about the drops this week. I've added a £10 credit to your bill.\n\nGood news though — as a valued customer you can upgrade to Fibre 900 for just £6 more a month (normally £12!) if you upgrade before Sunday.\n\nCheers,\nNell",
    );
    expect(sold).toContain('£10 credit');
    expect(sold).not.toMatch(/Fibre 900|£6/u);
  });

  it('asks about the friend to tag, however many the draft counted, and keeps a giveaway entry as it is', () => {
    expect(tagAsQuestion('Tag 3 friends who NEED this in their life 👇')).toBe(
      'Know someone who needs this in their life?',
    );
    expect(tagAsQuestion('Tag 2 people who are always late!')).toBe('Know someone who is always late?');
    expect(tagAsQuestion('Tag the friend who always misses the last bus 👇 #Ferries')).toBe(
      'Know someone who always misses the last bus? #Ferries',
    );
    expect(tagAsQuestion('Tag your mates who always say yes to brunch')).toBe(
      'Know someone who always says yes to brunch?',
    );
    expect(tagAsQuestion('Tag 3 friends who love books and you could WIN a voucher')).toBeNull();
    expect(tagAsQuestion("Apply at acme.example/jobs or tag someone who'd nail this!")).toBe(
      "Apply at acme.example/jobs. Know someone who'd nail this?",
    );
    const drop = rewriteAnyway(
      '🥯 THE EVERYTHING BAGEL IS BACK 🥯 Only 150 baked each Sunday at Rise & Roll, 14 Mill Lane. When they are gone, they are GONE!!!\n\nTag 3 friends who NEED this 👇\n\n#bagels #brunch',
    );
    expect(drop).toContain('Know someone who needs this?');
    expect(drop).not.toMatch(/\btag 3\b/iu);
    // "…are you even a fan?": a jab at the reader, which goes.
    expect(isPressure("If you're not there, are you even a fan??", 'en')).toBe(true);
  });

  it('says a second order after the first one in the infinitive, and a free trial as the noun it is', () => {
    expect(offeredElsewhere('Agende até 15/07 e ganhe uma escova grátis.', 'pt')).toBe(
      'Pode agendar até 15/07 e ganhar uma escova grátis.',
    );
    expect(offeredElsewhere('Reserva tu mesa y llévate un postre.', 'es')).toBe(
      'Puedes reservar tu mesa y llevarte un postre.',
    );
    expect(offeredElsewhere('Iscriviti entro lunedì e ricevi un omaggio.', 'it')).toBe(
      'Puoi iscriverti entro lunedì e ricevere un omaggio.',
    );
    // "Prova gratuita di 14 giorni" names a trial; "Prueba gratis durante 30 días" is still an order.
    expect(offeredElsewhere('Prova gratuita di 14 giorni con il codice MARE.', 'it')).toBe(
      'Prova gratuita di 14 giorni con il codice MARE.',
    );
    expect(offeredElsewhere('Prueba gratis durante 30 días.', 'es')).toBe(
      'Puedes probar gratis durante 30 días.',
    );
  });

  it('asks in the form of address the draft uses, and adds no lead after "Questions?"', () => {
    const surf = rewriteAnyway(
      'As vagas são limitadas a 12 por turma e esgotam SEMPRE! Reserva já pelo link na bio ou liga para o 912 000 111.',
    );
    expect(surf).toContain('Se tiveres interesse, reserva');
    const notice = rewriteAnyway(
      'Beste bewoner,\n\nOp 12 maart is het water van 9 tot 12 uur afgesloten. Zorg dat u op tijd water tapt!!!\n\nHeeft u vragen? Bel ons op 088 000 1122.\n\nMet vriendelijke groet,\nWoonstichting Noord',
    );
    expect(notice).not.toMatch(/Heeft u vragen\? Als u wilt/u);
  });

  it('writes the shouted name of what is out or back as a name, and a shouted phrase as words', () => {
    const ctx: SentenceContext = { language: 'en', intent: 'launch', singular: false, keep: new Set() };
    expect(calm('After 3 years, EMBER VALE is out on Steam TODAY.', ctx, false)).toBe(
      'After 3 years, Ember Vale is out on Steam today.',
    );
    expect(calm('THE HAZELNUT CRUFFIN IS BACK', ctx, false)).toBe('The Hazelnut Cruffin is back');
    expect(calm('STRAWBERRY PICKING IS BACK!', ctx, false)).toBe('Strawberry picking is back.');
    expect(calm('PSL SEASON is here', ctx, false)).toBe('PSL season is here');
    expect(calm('OUR BIGGEST SALE EVER IS HERE!!!', ctx, false)).toBe('Our biggest sale ever is here.');
  });

  it('keeps the line a line under it points back to', () => {
    const hook = rewriteAnyway(
      "Most founders don't have a hiring problem.\nThey have an onboarding problem.\n\n70% of new hires decide in week one.\n\nI'm running a free 30-min session on Tuesday 4 Nov at 1pm ET.\n\nOnly 50 spots. Comment ONBOARD and I'll send you the link.",
    );
    expect(hook).toContain("Most founders don't have a hiring problem.\nThey have an onboarding problem.");
  });

  it('says where the link is for "Tickets = link in bio", "Tap the link in bio" and a link mid-sentence', () => {
    expect(bioSaid('Tickets = link in bio 🔦 #Harbour #Lighthouse', false)).toBe(
      'Tickets: the link is in our bio. 🔦 #Harbour #Lighthouse',
    );
    // The arrow that pointed at the link goes with the order.
    expect(bioSaid('Tap the link in bio ⬆️ #wfh', false)).toBe('The link is in our bio. #wfh');
    expect(
      bioSaid('Pre-orders open Friday at 9am via the link in bio and usually go in minutes.', false),
    ).toBe('Pre-orders open Friday at 9am and usually go in minutes. The link is in our bio.');
    // A label before "via the link in bio" keeps its own way of saying it.
    expect(bioSaid('Tickets + sign-ups via link in bio', false)).not.toMatch(/^Tickets \+ sign-ups\./u);
  });

  it('offers to reserve by phone or DM without the hurry, and keeps a holiday a name', () => {
    const eve = rewriteAnyway(
      "🎄 NEW YEAR'S EVE AT THE HARBOUR INN 🎄 4-course dinner and live music!!! Tickets $120/person. Call 555-0199 or DM us to reserve before they're gone forever!!!",
    );
    expect(eve).toContain("New Year's Eve");
    expect(eve).toContain("If you'd like to reserve, call 555-0199 or DM us.");
  });

  it('leaves an item of a list without a stop it never had', () => {
    const flash = rewriteAnyway(
      'FLASH DAY ⚡️\n\n$40 flash tattoos at Ink Row, 9 High St.\n\n✔️ 18+ with ID\n✔️ No bookings, no deposits, no exceptions\n✔️ Doors at 11am\n\n#flashday',
    );
    expect(flash).toContain('✔️ No bookings, no deposits\n');
  });
});

describe('what a blind rating of set 91 found', () => {
  it('keeps "and" after "a.m.", and no "P.S." left with nothing after it', () => {
    const notice = rewriteAnyway(
      'NOTICE OF ROAD WORKS\n\nPlease be advised that crews will resurface Elm St on Monday between the hours of 7:00 a.m. and 3:00 p.m. Parking will be suspended.',
    );
    expect(notice).toContain('between the hours of 7:00 a.m. and 3:00 p.m.');
    const appeal = rewriteAnyway(
      "Hi Sam,\n\nWe are only $600 away from our goal and the deadline is MIDNIGHT!!!\n\nGive here: shelter.example.org/give\n\nLinda\n\nP.S. If you don't give, who will?",
    );
    expect(appeal).not.toMatch(/P\.S\./u);
  });

  it('says what follows a promise after its emoji as a sentence of its own, without the hurry', () => {
    expect(
      rewriteAnyway(
        "Want calmer mornings?? ✨ DM us the word CALM and we'll send you our FREE planner 🤫 only for the first 40 people!!! #planner",
      ),
    ).toContain(
      "If you'd like us to send you our free planner, DM us the word CALM. 🤫 Only for the first 40 people.",
    );
    expect(
      rewriteAnyway(
        "Anyone else stuck on Etsy SEO? A tool tripled my traffic in a month. DM me and I'll send you my link for a free month, spots are limited!",
      ),
    ).toContain("If you'd like me to send you my link for a free month, DM me.");
  });

  it('offers "Call/text me" as two ways, and keeps an acronym with no vowel in a shouted run', () => {
    expect(offered('Call/text me TODAY 📲 (555) 204-9981', { language: 'en', intent: 'offer' })).toBe(
      'You can call or text me 📲 (555) 204-9981.',
    );
    // "Call/WhatsApp: 98450 00000" is a contact line's label, left as written.
    expect(offered('Call/WhatsApp: 98450 00000', { language: 'en', intent: 'offer' })).toBe(
      'Call/WhatsApp: 98450 00000',
    );
    const pt: SentenceContext = { language: 'pt', intent: 'chat', singular: false, keep: new Set() };
    expect(calm('Dúvidas devem ser encaminhadas ao RH EXCLUSIVAMENTE por e-mail.', pt, false)).toBe(
      'Dúvidas devem ser encaminhadas ao RH exclusivamente por e-mail.',
    );
    const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
    expect(calm('40% off everything for 48 HRS ONLY!!!', en, false)).toBe(
      '40% off everything for 48 hrs only.',
    );
  });

  it("lets a member's way to cancel stand as the reply wrote it", () => {
    const { rewrite } = reviewDraft(
      "Hi Dana,\n\nI've received your request to cancel your membership.\n\nBefore I process this: you can freeze it for up to 3 months for just $5/month, or switch to Off-Peak at $24/month!\n\nIf you'd still like to cancel, just reply \"CANCEL\" and I'll get that taken care of.\n\nJess\nMember Services",
    );
    expect(rewrite).toEqual(expect.stringContaining('reply "CANCEL"'));
  });
});

describe('what a blind rating of set 92 found', () => {
  it('joins an order to the link its arrow pointed at, and only an order that ends its sentence', () => {
    expect(
      rewriteAnyway(
        "Our terrace is open!!! Book your table NOW before they're all gone! 👉 terrace.example.com/book",
      ),
    ).toContain('You can book your table: terrace.example.com/book');
    const vet = rewriteAnyway(
      'BIG NEWS!!! Our mobile vets now cover Alveston!!! Appointments can be booked online. Standard call-out fees apply. www.vets.example.com',
    );
    expect(vet).not.toContain('fees apply:');
  });
});

describe('what a blind rating of set 93 found', () => {
  it('joins "conheça" to the offer before it, and says "Réservez 👉 lien en bio" with a colon', () => {
    expect(offeredElsewhere('Aproveite e conheça o novo plano Max.', 'pt')).toBe(
      'Pode aproveitar e conhecer o novo plano Max.',
    );
    expect(offeredElsewhere('Réservez VITE 👉 lien en bio', 'fr')).toBe('Vous pouvez réserver : lien en bio');
  });
});

describe('what a blind rating of set 95 found', () => {
  it('keeps an e-mail address whole: its domain is where to write, not a link to say plainly', () => {
    const hiring = rewriteAnyway(
      '¡¡Te estamos buscando!! 🚀\n\nEn Grupo Altamira buscamos comercial con experiencia mínima de 5 años.\n\nEnvía tu CV a rrhh@altamira.example.com ¡No dejes pasar esta oportunidad!',
    );
    expect(hiring).toContain('Envía tu CV a rrhh@altamira.example.com');
    expect(hiring).not.toContain('No dejes pasar');
  });

  it('reads a Spanish opening mark as a new sentence, and drops a hurry that is a sentence alone', () => {
    const texts = (text: string) => segment(text).map((piece) => piece.text);
    expect(texts('Envía tu CV a empleo@sabores.example ¡YA!')).toEqual([
      'Envía tu CV a empleo@sabores.example',
      '¡YA!',
    ]);
    // After a comma the mark opens a clause, and an emoji before it stays with its own words.
    expect(texts('Si te interesa, ¿hablamos?')).toEqual(['Si te interesa, ¿hablamos?']);
    expect(texts('🔥 ¡Últimos días!')).toEqual(['🔥 ¡Últimos días!']);
    expect(isPressure('¡YA!', 'es')).toBe(true);
    expect(isPressure('Ya llegó el verano.', 'es')).toBe(false);
  });

  it('waives only the count a tag-a-friend asks for, not a number in its hashtags', () => {
    const { rewrite } = reviewDraft(
      "Only a true 90s kid will know what this is 👀 Comment below! Tag a friend who's old enough to remember 😂😂 #throwback #90s",
    );
    expect(rewrite).toContain("Know someone who's old enough to remember?");
    expect(rewrite).toContain('#90s');
  });

  it('says "follow us on Instagram @x" as where the sender is, keeping what they post there', () => {
    expect(
      whereToFind("Don't forget to follow us on Instagram @greenleafnursery and like us on Facebook!"),
    ).toBe("We're on Instagram as @greenleafnursery and on Facebook.");
    expect(whereToFind('📲 Follow me on IG @dannyfilms for behind the scenes!!'.slice(3))).toBe(
      "I'm on IG as @dannyfilms for behind the scenes.",
    );
    expect(whereToFind('Follow us on Instagram @greenleaf for more! 🌱')).toBe(
      "We're on Instagram as @greenleaf. 🌱",
    );
    // "for more amazing deals" is the pitch for following, not what is posted there.
    expect(
      whereToFind("And don't forget to follow us on Instagram @bloomfield.gardens for more amazing deals."),
    ).toBe("We're on Instagram as @bloomfield.gardens.");
    // With no handle there is nothing to keep: the plan drops the bait as before.
    expect(whereToFind('Follow us on Instagram for more!')).toBeNull();
  });

  it('offers what a bio link is for after "Tap the link in bio to", and a second network without "on"', () => {
    expect(
      bioSaid('Tap the link in bio to save your spot before the replay disappears forever.', false),
    ).toBe('You can save your spot through the link in our bio before the replay disappears forever.');
    // "…and give whatever you can" is a second order, not what the link is for: said as before.
    expect(bioSaid('Tap the link in bio and give whatever you can.', false)).not.toContain(
      'through the link',
    );
    expect(
      whereToFind(
        "Don't forget to follow us on Instagram @thepottingshed_example and Facebook for all the latest news.",
      ),
    ).toBe("We're on Instagram as @thepottingshed_example and on Facebook.");
  });

  it('hands over the thing announced instead of "Some news:", and lets a clause stand alone', () => {
    const en: SentenceContext = { language: 'en', intent: 'launch', singular: false, keep: new Set() };
    expect(
      plainNews("We are pleased to announce our Autumn/Winter 2025 collection, 'Quiet Weather'.", en),
    ).toBe("Here's our Autumn/Winter 2025 collection, 'Quiet Weather'.");
    expect(
      plainNews('We are delighted to announce our new Head of Sales, Tomás Ruiz, formerly of Vela.', en),
    ).toBe('Meet our new Head of Sales, Tomás Ruiz, formerly of Vela.');
    expect(
      plainNews('We are pleased to announce that effective 1 July, Castell and Mere will combine.', en),
    ).toBe('Effective 1 July, Castell and Mere will combine.');
    expect(
      plainNews('We are pleased to announce that our firm advised on 27 transactions in 2024.', en),
    ).toBe('Our firm advised on 27 transactions in 2024.');
    expect(
      plainNews(
        'We are pleased to announce to all colleagues that, from May, the office will open at 8.',
        en,
      ),
    ).toBe('From May, the office will open at 8.');
    expect(plainNews('I am proud to announce my appointment as Head Chef at Brasa, from June.', en)).toBe(
      "I've been appointed Head Chef at Brasa, from June.",
    );
    // "announce of…" has no thing to hand over: the sentence stays.
    expect(plainNews('We are pleased to announce of several enhancements to Stratocache.', en)).toBe(
      'We are pleased to announce of several enhancements to Stratocache.',
    );
  });

  it('names what "yours" pointed at when the sentence that named it goes', () => {
    expect(withItsThing('You can grab yours: x.example', 'Tickets are going FAST')).toBe(
      'You can grab your ticket: x.example',
    );
    expect(withItsThing('Grab yours at x.example', 'Copies are limited.')).toBe(
      'Grab your copy at x.example',
    );
    // Nothing named, nothing said.
    expect(withItsThing('You can grab yours: x.example', 'Hurry up!')).toBe('You can grab yours: x.example');
    const fest = rewriteAnyway(
      'The Lakeside Food Fair is BACK on Saturday, May 9 at Mill Park! 40 stalls and live music!!! Tickets are going FAST — grab yours NOW before they SELL OUT 👉 lakesidefair.example.com',
    );
    expect(fest).toContain('grab your ticket');
    expect(fest).not.toContain('grab yours');
  });

  it('lowers a shouted German adjective before a shouted noun, and reads "15.03." as a date', () => {
    const de: SentenceContext = { language: 'de', intent: 'notice', singular: false, keep: new Set() };
    expect(calm('Alle Gegenstände werden OHNE WEITERE ANKÜNDIGUNG entsorgt.', de, false)).toBe(
      'Alle Gegenstände werden ohne weitere Ankündigung entsorgt.',
    );
    expect(calm('Nur noch DIESES WOCHENENDE!', de, false)).toBe('Nur noch dieses Wochenende.');
    // Nouns with the same endings keep their capitals.
    expect(calm('Denn JEDE MINUTE zählt!', de, false)).toBe('Denn jede Minute zählt.');
    expect(calm('Die BESTE KLETTERHALLE der Stadt!', de, false)).toBe('Die beste Kletterhalle der Stadt.');
    expect(segment('Alles wird am 15.03. OHNE WEITERE ANKÜNDIGUNG entsorgt.').length).toBe(1);
    expect(tidy('Alles wird am 15.03. ohne weitere Ankündigung entsorgt.', 'de')).toBe(
      'Alles wird am 15.03. ohne weitere Ankündigung entsorgt.',
    );
  });

  it('offers an order before an address with the preposition its language puts there, not a colon', () => {
    expect(offeredElsewhere('Acquista ORA 👉 bottegaluna.example.it', 'it')).toBe(
      'Puoi acquistare su bottegaluna.example.it',
    );
    expect(offeredElsewhere('Reserva ya 👉 casaolivo.example.es', 'es')).toBe(
      'Puedes reservar en casaolivo.example.es',
    );
    // A label before its link stays a label.
    expect(offeredElsewhere('Contactez-nous : delorme-rh.example', 'fr')).toBe(
      'Contactez-nous : delorme-rh.example',
    );
  });

  it('cuts a hype word with its comma, asks about a teammate to tag, and drops a teaser left alone', () => {
    const release = rewriteAnyway(
      'North Shore Family Health today announced the opening of its Urgent Care Center at 2210 Harbor Drive. The state-of-the-art, 8,400-square-foot facility will open seven days a week.',
    );
    expect(release).toContain('The 8,400-square-foot facility');
    expect(tagAsQuestion('TAG A TEAMMATE WHO NEEDS TO SEE THIS 👇👇')).toMatch(/^Know someone who needs /u);
    expect(tagAsQuestion('Tag a coworker who needs coffee')).toBe('Know someone who needs coffee?');
    expect(isPressure("And that's not all!", 'en')).toBe(true);
    expect(isPressure("That's not all: we also deliver.", 'en')).toBe(false);
  });
});

describe('what a blind rating of sets 96 and 97 found', () => {
  it('keeps a code named by what it is for, an opt-out word before its short code, and an IBAN', () => {
    expect(findReplyPaths('Use SOPHIEGLOW for 15% off.').map((path) => path.kind)).toContain('code');
    expect(findReplyPaths('14 rue Gambetta, Nantes. STOP SMS au 36111').map((path) => path.kind)).toContain(
      'reply-word',
    );
    const nl: SentenceContext = { language: 'nl', intent: 'notice', singular: false, keep: new Set() };
    expect(calm('BETAAL naar NL91 ABNA 0417 1643 00 t.n.v. HC De Vliegers!!!', nl, false)).toContain(
      'NL91 ABNA 0417',
    );
    const pt: SentenceContext = { language: 'pt', intent: 'offer', singular: false, keep: new Set() };
    expect(calm('CRECI 123456-F', pt, false)).toBe('CRECI 123456-F');
    const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
    // A model's number and a phone number are no registry's.
    expect(calm('Faster speeds with our GIGABLAST 1000 plan!', en, false)).toContain('Gigablast 1000');
    expect(calm('CALL DAVE ON 07700 900 123 TODAY!', en, false)).toContain('on 07700');
  });

  it('writes a shouted sender with a possessive as a name, and "Std." runs on', () => {
    expect(
      rewriteAnyway("BIG BEN'S TACOS: 🌮 2-4-1 BIRRIA TACOS TODAY ONLY!!! Find us at 5th & Main."),
    ).toMatch(/^Big Ben's Tacos:/u);
    expect(tidy('Termine mindestens 24 Std. vorher absagen.', 'de')).toBe(
      'Termine mindestens 24 Std. vorher absagen.',
    );
  });

  it('drops a bare "Agree?" whose line went, or that follows a link, and emphasis left alone', () => {
    const post = rewriteAnyway(
      "I've been promoted to Head of Sales at Brightway! 🎉\n\nIn 2 years I grew revenue from £1M to £9M.\n\nHard work + relentless execution = results. Agree? 👇\n\n#leadership #growth",
    );
    expect(post).not.toContain('Agree?');
    expect(isPressure('A sério.', 'pt')).toBe(true);
    expect(isPressure('En serio.', 'es')).toBe(true);
  });

  it('keeps a bio link between a subject and its verb, and drops "after that, don\'t come crying"', () => {
    const en: SentenceContext = { language: 'en', intent: 'offer', singular: true, keep: new Set() };
    expect(calm('First to pay via the link in bio gets it.', en, false)).toBe(
      'First to pay via the link in bio gets it.',
    );
    expect(
      withoutJabTail("Last orders Thursday 8 May at 5pm — after that, don't come crying to us 😅", 'en'),
    ).not.toContain('after that');
  });
});

describe('what a blind rating of sets 98 and 99 found', () => {
  it('leaves a superlative whose "ever" needs it, and no "Here\'s the grand opening of…"', () => {
    expect(
      rewriteAnyway(
        'Verdana Foods today announced the VerdaBurger 2.0, the most revolutionary plant-based burger ever created. In 1,200 stores from April 15.',
      ),
    ).not.toContain('the plant-based burger ever');
    const en: SentenceContext = { language: 'en', intent: 'event', singular: false, keep: new Set() };
    expect(
      plainNews('We are excited to announce the grand opening of Saffron Table on Friday.', en),
    ).not.toMatch(/^Here/u);
  });

  it('drops a set-up question with the line it set up, and a label whose news is no news', () => {
    const post = rewriteAnyway(
      "We poured 400 candles for the winter market this year.\n\nThe result? Don't miss out!!! Shop the range at emberwick.example.com",
    );
    expect(post).toContain('emberwick.example.com');
    expect(post).not.toContain('The result?');
    expect(isPressure("Big news this week — and honestly, I'm not surprised.", 'en')).toBe(true);
  });
});

describe('what a blind rating of set 101 found', () => {
  it('lowers a shouted phrase at a line end, a notice label and a shouted brand as they are written', () => {
    const giveaway = rewriteAnyway(
      "Share to your story or your entry DOESN'T COUNT\nWinner picked Friday 9 Aug at 6pm. BUY NOW!!!",
    );
    expect(giveaway).toContain("your entry doesn't count");
    expect(factSheet("your entry DOESN'T COUNT\nWinner picked Friday.").facts.entities).not.toContain(
      'COUNT',
    );
    expect(
      rewriteAnyway(
        'INFO CLIENT : suite à une panne, le réseau Internet BoxMax est coupé. Suivi : boxmax.example.fr/incidents. ACHETEZ MAINTENANT !!!',
      ),
    ).toMatch(/^Info client :/u);
    expect(
      rewriteAnyway(
        '🎁 SORTEIO VALENDO UM iPHONE 16!!! 🎁 Para participar é OBRIGATÓRIO: seguir @loja. COMPRE JÁ!!!',
      ),
    ).toContain('iPhone 16');
  });

  it('takes the joint out with a hype word, and the threat out of "order or go home hungry"', () => {
    const release = rewriteAnyway(
      "Veltrix Solutions, the world's most innovative and game-changing supply-chain platform, today announced that it has won the 2025 Logistics Tech Award. Read more at veltrix.example.com",
    );
    expect(release).toContain("the world's most innovative supply-chain platform");
    expect(withoutJabTail('Pre-order or go home hungry: seoulfood.example.co.uk.', 'en')).toBe(
      'Pre-order: seoulfood.example.co.uk.',
    );
    expect(withoutJabTail("Use code FLASH40 or you're MISSING OUT.", 'en')).toBe('Use code FLASH40.');
    expect(withoutJabTail('Book by Sunday or pay more.', 'en')).toBe('Book by Sunday.');
    // "or" that offers a second way is no threat.
    expect(withoutJabTail('Book online or pay at the door.', 'en')).toBe('Book online or pay at the door.');
  });

  it('drops a shouted "run!" standing alone, and cuts no sentence a short one finishes', () => {
    const sale = rewriteAnyway(
      'Saldi su tutte le scarpe: -50% SOLO OGGI fino alle 23:59! Codice SCARPE50 su calzaturebianchi.example.it. CORRETE 🏃‍♀️🏃‍♀️',
    );
    expect(sale).toContain('SCARPE50');
    expect(sale).not.toMatch(/corr/iu);
    const post = rewriteAnyway(
      'I fired my best salesperson last week.\n\nCulture > numbers. Always.\n\nCustomers loved him. BUY NOW!!!',
    );
    expect(post).toContain('Culture > numbers. Always.');
    const brag = rewriteAnyway(
      'Promoted to SVP at Helix Health. Some people wait for opportunities. I create them. Masterclass 1 September, link in comments!!!',
    );
    // Both go or both stay: never the answer without what it answers.
    expect(brag).not.toMatch(/(?<!opportunities\. )I create them/u);
  });
});

describe('what the line model may not cut now that it weighs short lines and questions', () => {
  it('keeps a question the next sentence answers, a list heading, an offer to talk and fine print', () => {
    const webinar = rewriteAnyway(
      "Join our free webinar on Thursday 16 January at 12:30pm GMT. Can't make it live? Register anyway and we'll send you the recording. ONLY 3 DAYS LEFT!!!",
    );
    expect(webinar).toContain("Can't make it live? Register anyway");
    const club = rewriteAnyway(
      'Join our Wine Club for £1 this weekend!!!\n\nWhy join?\n🍇 Save up to 30% on every bottle\n🍇 Skip or cancel anytime\n\nOffer ends Sunday at midnight. HURRY!!!',
    );
    expect(club).toContain('Why join?');
    const partner = rewriteAnyway(
      "We're THRILLED to announce our partnership with Rideshift!!! Want to embed Covermate in YOUR platform? Let's talk 👉 covermate.example/partners",
    );
    expect(partner).toContain('Want to embed Covermate in your platform?');
    const offer = rewriteAnyway(
      'For the next 72 hours ONLY, the Blueprint is £297!!! This is not financial advice. Results not typical.',
    );
    expect(offer).toContain('This is not financial advice.');
  });

  it('keeps the news of a sentence whose praise goes, and its own question in place of a tag prompt', () => {
    const post = rewriteAnyway(
      'New flavour alert!!! 🍋🫐 Lemon blueberry croissants just dropped and they are INSANE. $4.75 each. Tag someone who needs this!',
    );
    expect(post).toContain('Lemon blueberry croissants just dropped.');
    expect(post).toContain('Know someone who needs this?');
    expect(INSTRUCTION_NOT_TO.test('Do not attempt to log in during this period.')).toBe(true);
    expect(isPressure('Do not attempt to log in during this period.', 'en')).toBe(false);
    expect(isPressure("Don't wait.", 'en')).toBe(true);
  });
});

describe('a jab riding after the facts, which the line model reads as a clause', () => {
  it('drops the clause after the last comma or dash when the model would cut it alone', () => {
    const appeal = rewriteAnyway(
      "Classrooms with 100% participation will receive a pizza party on 12 May — so please don't be the reason your child's class misses out. DONATE NOW!!!",
    );
    expect(appeal).toContain('will receive a pizza party on 12 May.');
    expect(appeal).not.toContain('reason');
  });

  it('leaves a clause that finishes a list, an aside, brackets, a head with no verb or a "not just"', () => {
    expect(
      rewriteAnyway('At $18 a bar, this is not chocolate for everyone. ORDER NOW at cacao.example.com!!!'),
    ).toContain('At $18 a bar, this is not chocolate for everyone.');
    expect(
      rewriteAnyway('✅ Tag 5 friends (each tag = 1 entry, tag as many as you want!) WIN a £500 voucher!!!'),
    ).toContain('(each tag = 1 entry, tag as many as you want!)');
    expect(
      rewriteAnyway(
        "At AeroGrid Analytics, we're not just flying drones – we're mapping 400 km of rail lines a month. BOOK A DEMO NOW!!!",
      ),
    ).toContain("we're mapping 400 km of rail lines a month");
  });
});

describe('an alarm over a post', () => {
  it('drops "URGENT:", "Final warning." and "⚠️ FINAL WARNING ⚠️" and keeps what is urgent, and a notice\'s status', () => {
    expect(
      rewriteAnyway('URGENT: Your Volta Mobile contract ends 31/05. Renew at volta.example.com NOW!!!'),
    ).toMatch(/^Your Volta Mobile contract ends 31\/05\./u);
    expect(
      rewriteAnyway(
        '⚠️ FINAL WARNING ⚠️ Comedy Carnival at the Corn Exchange, Cambridge — Friday 7 March, 8pm. Tickets £18. Book at cornexchange.example.co.uk!!!',
      ),
    ).toMatch(/^Comedy Carnival at the Corn Exchange/u);
    expect(isPressure('Final warning.', 'en')).toBe(true);
    expect(isPressure('Laatste waarschuwing', 'nl')).toBe(true);
    expect(isPressure('Final notice.', 'en')).toBe(false);
  });
});

describe('what a blind rating of set 102 found', () => {
  it('calms a text whose words run on in small letters after its sender, and keeps the name it is written to', () => {
    const text = rewriteAnyway(
      'OTTICA BELLAVISTA: solo fino a domenica il 2° paio di occhiali a 1€!!! Info 011 555 0187. Per non ricevere più SMS rispondi STOP',
    );
    expect(text).toMatch(/^Ottica Bellavista: solo fino a domenica il 2° paio di occhiali a 1€\./u);
    expect(
      factSheet("Sarah, we noticed you haven't renewed your support this year.").facts.entities,
    ).toContain('Sarah');
    expect(factSheet('Friends, the market is back on Saturday.').facts.entities).not.toContain('Friends');
  });

  it('drops "Disagree?" with "Agree?", "either way" after them, and a push before a colon', () => {
    const post = rewriteAnyway(
      "I just published what might be the most important article you'll read this year. 📈 Read it here: medium.example.com/@tanyablake/7-mistakes. Agree? Disagree? Either way, share it with a leader who needs it. 👇",
    );
    expect(post).not.toMatch(/Disagree|Either way/u);
    const festival = rewriteAnyway(
      "Saturday's Riverfest was INSANE. If you missed it, you seriously missed out. Don't make the same mistake twice: Riverfest 2026 early-bird passes are on sale for $35 at riverfest.example.com!!!",
    );
    expect(festival).toContain(
      'Riverfest 2026 early-bird passes are on sale for $35 at riverfest.example.com.',
    );
    expect(festival).not.toContain('same mistake');
  });

  it('says a loud emoji before a signed figure as a colon, and whose bio a handle after it names', () => {
    expect(
      rewriteAnyway(
        "🔥 DERNIER JOUR 🔥 -30% sur TOUTE la collection avec le code PRINTEMPS30 ! Fin de l'offre ce soir à minuit !!!",
      ),
    ).toMatch(/^Dernier jour : -30% sur toute la collection/u);
    expect(
      rewriteAnyway('Até 70% OFF em TODA a loja!!! Só até sexta-feira. Link na bio 👉 @lojaverao'),
    ).toContain('bio: @lojaverao');
  });
});

describe('what a blind rating of set 103 found', () => {
  it('weighs the last sentence without the name signing it, and keeps the name', () => {
    const post = rewriteAnyway(
      "Parents: pick-up is from the side gate from Monday, not the main entrance. Please use the side gate at 3:15pm. It's not complicated. — Elmstead Primary Office",
    );
    expect(post).not.toContain('not complicated');
    expect(post).toMatch(/— Elmstead Primary Office$/u);
    expect(post).toContain('3:15pm');
  });

  it('ends no sentence inside "Dr. Anna Weber", and ends one after a street or a state before a capital', () => {
    const job = rewriteAnyway(
      'Wir suchen DICH! Dann bewirb dich JETZT bei Dr. Jana Roth unter jobs@kanzlei-roth.example.de. Wer Ausreden sucht, ist hier falsch.',
    );
    expect(job).toContain('bei Dr. Jana Roth unter jobs@kanzlei-roth.example.de');
    const pieces = (text: string) => segment(text).map((piece) => piece.text);
    expect(pieces('Fresh bagels daily at 12 Mill St. Come early.')).toEqual([
      'Fresh bagels daily at 12 Mill St.',
      'Come early.',
    ]);
    expect(
      pieces('Thanks for coming to the gala at the Shangri-La. With your help we raised a lot.'),
    ).toHaveLength(2);
    expect(pieces('Mass is at St. Ives church today.')).toHaveLength(1);
    expect(pieces('TUCSON, Ariz., April 8 — BrightHaus Solar opened.')).toHaveLength(1);
  });
});

describe('what a blind rating of sets 104 and 105 found', () => {
  it('lowers a shouted word that is also a name\'s particle elsewhere, and "CALLOUTS" as a word', () => {
    expect(rewriteAnyway('IL VENERDÌ È DA URLO alla Trattoria Da Mimmo! Prenota al 02 5550 4321.')).toContain(
      'Il venerdì è da urlo alla Trattoria Da Mimmo',
    );
    expect(
      rewriteAnyway('✅ SAME-DAY CALLOUTS\n✅ NO FEE THIS MONTH ONLY\nCall Rowan Heating on 07700 900123!!!'),
    ).toContain('callouts');
  });

  it("writes streets, saints' places, squares and time zones as names when a shouted post is calmed", () => {
    const notice = rewriteAnyway(
      'ATTENTION ALL RESIDENTS. NO PARKING ON BRIDGE STREET AND MILL LANE FROM 9AM. PARKING AT 4 UPPER KING STREET ONLY!!! WE ARE ON THE ROAD BY NOON!!!',
    );
    expect(notice).toContain('Bridge Street and Mill Lane');
    expect(notice).toContain('4 Upper King Street');
    expect(notice).toContain('on the road');
    expect(
      rewriteAnyway('LAST CHANCE!!! Entries close FRIDAY at 5PM EST!!! Enter at fernpress.example/prize'),
    ).toContain('5PM EST');
    expect(
      rewriteAnyway('URGENT!!! Le refuge EST au bord de la fermeture!!! Faites un don : refuge.example/don'),
    ).toMatch(/refuge est au bord/u);
    const sagra = rewriteAnyway(
      'TORNA LA FESTA DELLA CASTAGNA DI SAN GIMIGNANO!!! IN PIAZZA DELLA CISTERNA DALLE 12!!! PARCHEGGIO IN VIA ROMA!!! INFO 0577 000 222',
    );
    expect(sagra).toContain('di San Gimignano');
    expect(sagra).toContain('In Piazza della Cisterna dalle 12');
    expect(sagra).toContain('in Via Roma');
    expect(rewriteAnyway('BRAAI AT 12 OLD MAIN ROAD!!! SNAPSCAN AVAILABLE!!! SEE YOU THERE!!!')).toContain(
      'Snapscan available',
    );
  });

  it('drops the threat after "or" with the rest of its clause, and lets "use it or lose it" go whole', () => {
    const service = rewriteAnyway(
      'RIVERSIDE TYRES: Your MOT is DUE!! Book by Sat 9/11 or risk a fine. MOT £35 w/ code MOT35. Call 616-555-0188. Txt STOP to end',
    );
    expect(service).toContain('by Sat 9/11.');
    expect(service).not.toMatch(/risk/u);
    const shoes = rewriteAnyway(
      'Only 12 pairs left!!! Use code TRAIL15 for 15% off before Sunday or pay full price like everyone else who waited. Shop at trailhaus.example/sale',
    );
    expect(shoes).toContain('15% off before Sunday.');
    expect(shoes).not.toMatch(/everyone else/u);
    expect(
      rewriteAnyway(
        'Free pottery taster with Ana Ruiz on Friday at 6pm, Studio 4, Mill Yard. Book at millyard.example/pottery. Use it or lose it.',
      ),
    ).not.toMatch(/Use it\./u);
  });

  it('says what "yours" was when the sentence that named it went on its own', () => {
    const webinar = rewriteAnyway(
      'Our head of data Priya Nair shares the 3 dashboards she checks every Monday. Free webinar, Tuesday 8 April, 1pm BST. Spots are limited (really). Save yours: chartwell.example/webinar',
    );
    expect(webinar).toContain('save your spot at chartwell.example/webinar');
  });

  it('keeps thanks said as gratitude to someone, however the line model reads it', () => {
    const move = rewriteAnyway(
      "After 4 great years at Brightlane, I've accepted a role as Head of Partnerships at Tidewell. It's time for a new chapter!!! Grateful to everyone who made this possible. 🙏 #newjob",
    );
    expect(move).toContain('Grateful to everyone who made this possible.');
  });

  it('puts no "If you\'re interested" after a question that already asks whether they are', () => {
    const renewal = rewriteAnyway(
      'Your Hopyard Beer Club box renews Mon 3 March (£30/mo). Skip a month? Reply SKIP. Upgrade to the Cellar box for +£8!!! Reply STOP to opt out',
    );
    expect(renewal).toContain('Skip a month? Reply SKIP.');
    expect(renewal).not.toMatch(/interested/u);
  });

  it('lowers a short shouted word that is no acronym in a sentence that does not shout', () => {
    expect(
      rewriteAnyway(
        'Hi from Paws & Claws! 🐾 Milo is DUE for his trim! Book this week & get 20% OFF! Reply YES or call 555-0199.',
      ),
    ).toContain('Milo is due for his trim');
  });

  it("calms shouted words a figure stands between, but not a model's tier after its number", () => {
    expect(rewriteAnyway('OFFERTA PAZZA!!! SOLO 24 ORE!!! Tutto al 30% su bottegaverde.example')).toContain(
      'Solo 24 ore',
    );
  });
});

describe('what a blind rating of set 110 found', () => {
  it('drops a condition on the reader not acting and what they are told they get for it, in every language', () => {
    expect(
      rewriteAnyway(
        "Our spring menu starts Monday at 14 Mill Lane. If you don't book now, don't complain when we're full.",
      ),
    ).toBe('Our spring menu starts Monday at 14 Mill Lane.');
    const gym = rewriteAnyway(
      '¡¡¡ÚLTIMOS DÍAS!!! 🔥 GIMNASIO TITÁN EN LA CALLE ALCALÁ 214 CON MATRÍCULA GRATIS Y LA PRIMERA CUOTA A 19,90 €!!! SOLO HASTA EL DOMINGO 30 DE MARZO!!! SI NO TE APUNTAS AHORA, NO TE QUEJES EN VERANO!!! Código TITAN30 en gimnasiotitan.es 💪💪',
    );
    expect(gym).not.toMatch(/quejes|Últimos días/iu);
    // Where "a" is a preposition, a lone "A" before a figure was shouted with the rest.
    expect(gym).toContain('la primera cuota a 19,90 €');
    expect(gym).toContain('Solo hasta el domingo 30 de marzo.');
    for (const [line, language] of [
      ['Wer nicht kommt, ist selber schuld.', 'de'],
      ['Wer jetzt noch mit Papierkram kämpft, ist selbst schuld.', 'de'],
      ['Si vous ne réservez pas maintenant, ne venez pas vous plaindre en juillet.', 'fr'],
      ['Se non prenotate adesso, poi non venite a piangere.', 'it'],
      ['Se você não garantir a sua vaga, depois não reclame.', 'pt'],
      ['Als je nu niet boekt, dan niet klagen.', 'nl'],
      ["If you didn't get a ticket, that's on you.", 'en'],
    ] as const)
      expect(isPressure(line, language)).toBe(true);
    expect(isPressure("If you can't make it, let us know by Friday.", 'en')).toBe(false);
    expect(isPressure('Wer Fragen hat, meldet sich bei Anna.', 'de')).toBe(false);
    expect(withoutJabTail('Alles muss raus (sorry not sorry).', 'de')).toBe('Alles muss raus.');
    expect(withoutJabTail('Deel in je story voor een extra kans, sorry niet sorry!', 'nl')).toBe(
      'Deel in je story voor een extra kans!',
    );
  });

  it('keeps a condition that offers a way forward', () => {
    const notice = rewriteAnyway(
      "BOOK NOW!!! Our pottery taster is Saturday 10am at 3 Kiln Yard, £25. If you can't make it, let us know by Friday so someone else can have the place.",
    );
    expect(notice).toContain("If you can't make it, let us know by Friday");
  });

  it('drops the threat after an order\'s "or" said of the reader or what is theirs, and keeps the order', () => {
    const salon = rewriteAnyway(
      "HEY GORGEOUS 💇‍♀️✨ Comment your birth month below and we'll tell you your 2025 hair colour!!! 👇👇 Tag 3 friends or your hair will be bad for a YEAR 😱😂 SHARE THIS POST to be entered into our draw for a free cut & blow-dry at VELVET ROOM SALON, 88 KINGS ROAD! Must like, share, comment AND follow @velvetroomsalon to win!!!",
    );
    expect(salon).toContain('Tag 3 friends 😂 Share this post');
    expect(salon).not.toMatch(/bad for a year/iu);
    expect(
      rewriteAnyway(
        'After Sunday it goes back to £34.99 AND YOU WILL REGRET IT. Use code IRON50 at ironworks.example',
      ),
    ).toContain('After Sunday it goes back to £34.99.');
  });

  it('reads "no call out fee" as a price term, and a shouted address in small letters', () => {
    const plumber = reviewDraft(
      "BURST PIPE??? DON'T WAIT UNTIL YOUR HOUSE IS FLOODED!!! CALL DAVE'S PLUMBING & HEATING NOW ON 07911 555 208!!! NO CALL OUT FEE BEFORE 8PM!!! COVERING ALL OF LEEDS AND BRADFORD!!!",
    );
    expect(plumber.rewrite).toContain('No call out fee before 8pm.');
    expect(rewriteAnyway('USE CODE GOWILD40 AT GEARBOX.EXAMPLE NOW!!!')).toContain('at gearbox.example');
  });

  it('keeps "IT" before its noun and a company\'s "AS" after its name when calming a sentence', () => {
    expect(rewriteAnyway('Text AUDIT to 60777 for a free IT check!')).toContain('a free IT check');
    expect(
      rewriteAnyway(
        'BIG NEWS!!! Nordhaven Data Centres AS today announced a 48 MW expansion. It is as good as it gets.',
      ),
    ).toContain('Nordhaven Data Centres AS today');
  });

  it('gives a version to a shouted post once calming it is all that is left, and refuses a verb left without its object', () => {
    // The draft's review saw only its capitals; what it finds in the calm words was there all along.
    expect(reviewDraft('SALE 50% OFF MEMBERSHIPS TODAY ONLY 🔥🔥').rewrite).toBe(
      'Sale 50% off memberships today only.',
    );
    const draft = 'Only 12 sets left — tap the link in bio NOW before they are gone forever.';
    expect(grammarProblems(draft, 'Only 12 sets left — tap. The link is in our bio.', 'en')).not.toEqual([]);
  });

  it('writes names, streets and quoted titles right when a shouted post is calmed', () => {
    const theatre = rewriteAnyway(
      "⚠️ FINAL TICKETS ⚠️ 'A MIDSUMMER NIGHT'S DREAM' AT THE LANTERN THEATRE IS ALMOST SOLD OUT!!! Runs 4–19 April, 7.30pm. Tickets from £18. Book NOW at lanterntheatre.example",
    );
    expect(theatre).toContain("'A Midsummer Night's Dream' at the Lantern Theatre");
    const buns = rewriteAnyway(
      "HOT CROSS BUNS ARE BACK AT PAGE'S BAKERY ON HIGH STREET!!! £1.20 EACH OR 6 FOR £6!!! GET HERE BEFORE THEY'RE GONE!!!",
    );
    expect(buns).toContain("Page's Bakery on High Street. £1.20 each or 6 for £6.");
    expect(
      rewriteAnyway('MEGA WEEKEND SALE AT BRIGHTWATER CARS, A38 RETAIL PARK!!! 0% APR ON SELECTED MODELS!!!'),
    ).toContain('Brightwater Cars');
    // The words the post's own address begins with are the business's name.
    expect(
      rewriteAnyway(
        'HOLLOW OAK OKTOBERFEST TICKETS CLOSE TOMORROW AT NOON!!!\n£25 gets you 3 pints and a pretzel.\nhollowoakbrewing.co.uk/oktoberfest 🍺🍺🍺',
      ),
    ).toContain('Hollow Oak Oktoberfest tickets');
    expect(
      rewriteAnyway(
        "While you were on the sofa, our members at FORGE Fitness were smashing PBs. Tonight's Bootcamp is at 6pm. BOOK NOW in the app!!!",
      ),
    ).toContain('our members at Forge Fitness');
    // An acronym after "by" or "with" stays one; a keyword in quotes stays as written.
    expect(
      rewriteAnyway(
        'Please finish the module in Workday by EOD Friday!!! Thanks, and enjoy the set from DJ Pablo!!!',
      ),
    ).toMatch(/by EOD Friday[\s\S]*DJ Pablo/u);
    expect(
      rewriteAnyway(
        'Comment "ALL IN" if you\'d like me to look at your profile!!! APPLY NOW at jobs.example',
      ),
    ).toContain('Comment "ALL IN"');
  });

  it('ends a sentence at an emoji before a price, and drops what is left to the reader who misses the deadline', () => {
    const hockey = rewriteAnyway(
      "⏰ ONLY 48 HOURS LEFT ⏰ Registration for the Sudbury Minor Hockey Association U9 & U11 fall season CLOSES SUNDAY AUG 31 AT 11:59PM!!! After that you're OUT OF LUCK and your kid will be sitting at home while their friends are on the ice 😢 Don't be that parent. $385 early rate (goes up to $450 Sept 1). Link in bio!! #SMHA #hockey",
    );
    expect(hockey).toContain('closes Sunday Aug 31 at 11:59PM. $385 early rate (goes up to $450 Sept 1).');
    expect(hockey).not.toMatch(/out of luck|that parent/iu);
    // A short ask before the emoji goes on into its price: one sentence, kept.
    expect(
      segment('Know a good scaffolder? Tag them below 👇 £250 referral bonus if they join!').map(
        (each) => each.text,
      ),
    ).toEqual(['Know a good scaffolder?', 'Tag them below 👇 £250 referral bonus if they join!']);
  });

  it('asks "share and tag a friend who…" as a question, and keeps a draw\'s way in as written', () => {
    expect(tagAsQuestion('Share this and tag a friend who NEEDS to learn French 😂')).toBe(
      'Know someone who needs to learn French?',
    );
    expect(tagAsQuestion('Like, share and tag someone who needs a pet!')).toBe(
      'Know someone who needs a pet?',
    );
    const check = firstFailure({
      draft:
        "LIKE and SHARE this post and we'll put you in the draw for 2 FREE tickets!!! Wickham Players, 20 November.",
      candidate:
        "Like and share this post and we'll put you in the draw for 2 free tickets. Wickham Players, 20 November.",
      language: 'en',
      sheet: factSheet(
        "LIKE and SHARE this post and we'll put you in the draw for 2 FREE tickets!!! Wickham Players, 20 November.",
      ),
      options: {},
    });
    expect(check ?? '').not.toMatch(/engagement-bait/u);
  });

  it('takes the cold lines out of a notice and offers the address to write to', () => {
    const library = rewriteAnyway(
      'Notice from Library Services\n\nWith effect from Monday 6 January 2025, the Harrington Library will no longer operate 24-hour opening. Revised hours are 8:00–22:00 Monday to Friday and 10:00–18:00 at weekends. This decision has been taken following a review of usage and operational costs and is final. Students requiring late-night study space should make alternative arrangements. Queries should be directed to library@stmarks-uni.example; please note individual responses may not be possible.',
    );
    expect(library).toContain('Revised hours are 8:00–22:00 Monday to Friday and 10:00–18:00 at weekends.');
    expect(library).toContain('If you have questions, you can contact library@stmarks-uni.example.');
    expect(library).not.toMatch(/final|alternative arrangements|may not be possible/u);
    const bank = rewriteAnyway(
      'Hartwell Building Society wishes to advise that scheduled system maintenance will take place between 11pm Saturday 15 February and 6am Sunday 16 February. Hartwell Building Society accepts no liability for any inconvenience caused. This channel is not monitored for enquiries.',
    );
    expect(bank).not.toMatch(/liability/u);
    // That nobody reads the replies is how to reach them, and stays.
    expect(bank).toContain('This channel is not monitored for enquiries.');
    expect(
      rewriteAnyway(
        'Most of the affected accounts had not enabled two-factor authentication as we have repeatedly recommended. The platform is now fully operational!!! Read status.taskloom.example first.',
      ),
    ).toContain('had not enabled two-factor authentication.');
  });

  it('drops the sigh, the threat to ignore and the order from a notice about prices, and keeps where to book', () => {
    const groomer = rewriteAnyway(
      "Don't DM us asking for prices!!! ❌❌ We've said it a million times, all prices are on our website pawfectlypolished.example. We are a 2-person business and we can't answer 50 messages a day. If you DM \"how much\" you will be IGNORED. To book, use the link in bio ONLY. Thanks 🐾 @pawfectly.polished",
    );
    expect(groomer).toMatch(/^All prices are on our website pawfectlypolished\.example\./u);
    expect(groomer).toContain('The link to book is in our bio.');
    expect(groomer).not.toMatch(/ignored|million/iu);
  });

  it('says what the link is for after a one-word order, and "at" before an address in small letters', () => {
    expect(rewriteAnyway('OUR NEW EP DROPS FRIDAY. PRE-SAVE. LINK IN BIO')).toBe(
      'Our new EP drops Friday. The link to pre-save is in our bio.',
    );
    expect(rewriteAnyway('USE CODE IRON50 AT ironworksgym.example/join. NO EXCUSES!!!')).toContain(
      'Use code IRON50 at ironworksgym.example/join.',
    );
  });

  it('drops "that\'s on you" after "if you\'re still…", a smug "You\'re welcome." and "because nobody could be bothered"', () => {
    const seed = rewriteAnyway(
      "We did it. 🚀 Ledgerly just closed a $4.2M seed round led by Northpeak Ventures. If you're still using spreadsheets for invoices, that's on you. Try it free at ledgerly.example. You're welcome.",
    );
    expect(seed).toBe(
      'Ledgerly just closed a $4.2M seed round led by Northpeak Ventures. You can try it free at ledgerly.example.',
    );
    const fair = rewriteAnyway(
      "Dear parents, our Spring Fair is on Saturday 22 March, 11am–3pm, and we are STILL short of helpers. Please sign up on the form at stbedes.example/fair by Friday. We'd hate to have to cancel the bouncy castle because nobody could be bothered.",
    );
    expect(fair).toContain("We'd hate to have to cancel the bouncy castle.");
    // "You're welcome" that welcomes stays.
    expect(isPressure("You're welcome to bring a friend.", 'en')).toBe(false);
  });

  it("keeps the lines a notice's reader needs: not to reply, nothing to do, a collection rule, thanks", () => {
    const dentist = rewriteAnyway(
      "APPOINTMENT NOTICE: Your check-up with Dr A. Mehta is scheduled for 08/10 at 09:15. Failure to attend without 48 hours' notice will incur a £45 charge. To cancel call 020 7946 0321. Do not reply to this message. Riverside Dental Practice",
    );
    expect(dentist).toContain("Please don't reply to this message.");
    const tariff = rewriteAnyway(
      'IMPORTANT INFORMATION ABOUT YOUR ACCOUNT!!! From 1 October, the unit rate will increase to 27.4p/kWh. You do not need to take any action. Your Direct Debit will be adjusted automatically.',
    );
    expect(tariff).toContain('You do not need to take any action.');
    const bins = rewriteAnyway(
      'NOTICE!!! Residents must present bins at the kerbside by 6:30am. Bins presented late will not be collected. Excess waste will not be taken. For details visit wexmoor.example/waste',
    );
    expect(bins).toContain('Excess waste will not be taken.');
    const funding = rewriteAnyway(
      "🚀 We're thrilled to announce that Ledgerline has closed a $24M Series B led by Northgate Ventures!\n\nHuge thanks to our world-class team and our investors for believing in us. The best is yet to come.\n\nRead more: ledgerline.example/news",
    );
    expect(funding).toContain('Huge thanks to our team and our investors for believing in us.');
    expect(
      rewriteAnyway(
        'Do NOT apply without a portfolio — CVs without links will be deleted unread. Email jobs@kiln.example by 30 April!!!',
      ),
    ).toContain('Do not apply without a portfolio. Email jobs@kiln.example by 30 April');
  });

  it('reads a prize draw as a giveaway', () => {
    expect(
      judgeDraft('Share this post to be entered into our draw for a free haircut!', {}).analysis.intent,
    ).toBe('giveaway');
  });
});

describe('what a blind rating of sets 115 and 116 found', () => {
  it('reads "ref." before a code as an abbreviation, so the sentence it opens stays whole', () => {
    const reply = rewriteAnyway(
      'Dear Customer,\n\nYour complaint (ref. CX-448213) has been reviewed. We have found no error on the part of the Bank. This concludes our investigation. BUY OUR PREMIUM ACCOUNT NOW!!!\n\nCustomer Resolutions Team',
    );
    expect(reply).toContain('Your complaint (ref. CX-448213) has been reviewed.');
  });

  it('never leaves "is literally." where a ranking was cut, and meets the product instead', () => {
    expect(grammarProblems('x', 'The new topper is literally. Only 200 in stock.', 'en')).not.toHaveLength(0);
    const topper = rewriteAnyway(
      'The new Cloud9 mattress topper is literally the most comfortable thing ever made. Like EVER. Only 200 in stock.',
    );
    expect(topper).not.toMatch(/is literally\./u);
    expect(topper).toContain('Meet the new Cloud9 mattress topper.');
  });

  it('keeps what was shipped when its ranking goes, and drops the stamp that rode on the ranking', () => {
    const app = rewriteAnyway(
      "We just shipped the most powerful analytics platform ever built. 🚀 Flowmetric 3.0 is 10x faster. You're welcome. flowmetric.example.com",
    );
    expect(app).toContain('We just shipped our analytics platform.');
    const ledger = rewriteAnyway(
      "We're launching Ledgerly 3.0. 🚀\nAfter 18 months of development, we have built the most powerful AP automation platform on the market. Period. Ledgerly 3.0 was designed to save your team hours.",
    );
    expect(ledger).toContain('we have built our AP automation platform. Ledgerly');
    // Not a ranking of someone else's: the speakers' companies are not the poster's.
    const summit = rewriteAnyway(
      'We are hosting the summit on 18 September, featuring 25+ speakers from the most innovative fintech companies on the planet. Register NOW!!!',
    );
    expect(summit).not.toContain('our fintech companies');
  });

  it('keeps a rule or a piece of news when only the push on its end goes', () => {
    const pto = rewriteAnyway(
      "@channel Effective immediately, all PTO requests must be submitted 6 weeks in advance. Late requests will be denied, no exceptions. This has been communicated multiple times already. Please don't make me send this again.\n- Ops",
    );
    expect(pto).toContain('Late requests will be denied.');
    const newsletter = rewriteAnyway(
      "What a quarter it's been for us!!! We opened our new Manchester office and welcomed 9 new team members.\n\nNext quarter we'll be launching our new brand and website, so watch this space.\n\nUntil next time,\nThe Northwell Team",
    );
    expect(newsletter).toContain("Next quarter we'll be launching our new brand and website.");
  });

  it('drops taunts, digs and guilt in every language the plans cover', () => {
    const cases: [string, Language][] = [
      ['If not, enjoy staying broke.', 'en'],
      ['Haters can stay mad', 'en'],
      // "But can you really not spare £5?" is asked plainly instead ("Could you spare £5?"): its sum stays.
      ["But can you really say you can't spare £5?", 'en'],
      ['If you have £5 for a coffee you have £5 for Bonnie.', 'en'],
      ['Ne venez pas vous plaindre ensuite', 'fr'],
      ['Keine Ausreden mehr – dein neues Ich wartet!!', 'de'],
      ['Wie zich niet opgeeft hoeft achteraf ook niet te klagen dat hij niet mee mag doen.', 'nl'],
      ['Alle andere bakkers kunnen inpakken.', 'nl'],
      ['Si no compras hoy, mañana te arrepentirás', 'es'],
      ['Ya se ha avisado en varias ocasiones.', 'es'],
    ];
    for (const [sentence, language] of cases)
      expect([sentence, isPressure(sentence, language)]).toEqual([sentence, true]);
    // A condition with a way forward is no taunt.
    expect(isPressure("If you can't make it, let us know.", 'en')).toBe(false);
  });

  it('says "unserer Bio" for a gym that speaks of "dein neues Ich", and "weg" for gone', () => {
    const gym = rewriteAnyway(
      '🔥 NUR NOCH 48 STUNDEN 🔥 Sichere dir JETZT deine Jahresmitgliedschaft für nur 19,90 €/Monat!!! Danach ist das Angebot WEG. Keine Ausreden mehr – dein neues Ich wartet!! 💪 Link in Bio! #FitnessFabrikMünster',
    );
    expect(gym).toContain('unserer Bio');
    expect(gym).toContain('Danach ist das Angebot weg.');
    expect(gym).not.toContain('Keine Ausreden');
  });

  it("says a notice in plain words: no throat-clearing, a person's apology, the help a label offered", () => {
    const roadworks = rewriteAnyway(
      'Roadworks will take place on Station Road between 7 and 18 October. The road will be closed to through traffic 9:30am–3:30pm. Diversions will be signed. We apologise for any inconvenience caused. Enquiries: 01632 960 117.',
    );
    expect(roadworks).toContain("We're sorry for the trouble.");
    expect(roadworks).toContain('If you have questions, call 01632 960 117.');
    const salon = rewriteAnyway(
      'Please note the salon will be closed from 23 December to 2 January inclusive. No appointments will be taken during this period. Bookings for January can be made online at glowstudio.example.',
    );
    expect(salon).toMatch(/^The salon will be closed/u);
    expect(salon).toContain("We won't be taking appointments during this period.");
    // "…let you know of changes": no clause follows, so nothing is cut.
    const member = rewriteAnyway(
      'Dear Member, We are writing to let you know of changes to the Flex Membership terms, which take effect from 1 January 2026. ACT NOW!!!',
    );
    expect(member).not.toMatch(/Dear Member, Of changes/u);
    // A label before a number and an address together stays as written.
    const pool = rewriteAnyway(
      'Please do better. Questions: 555-0142 or aquatics@riversidecity.gov. DO NOT IGNORE THIS!!!',
    );
    expect(pool).not.toContain('call 555-0142 or aquatics');
  });

  it("drops the form letter's opening in the Romance languages", () => {
    const school = rewriteAnyway(
      'COMUNICADO AOS PAIS E RESPONSÁVEIS\n\nInformamos que, a partir de 1º de março, não será mais permitida a entrada de responsáveis no pátio durante o horário de saída.\n\nA Direção / Colégio São Lucas',
    );
    expect(school).toContain('A partir de 1º de março, não será mais permitida');
    const office = rewriteAnyway(
      "Si comunica che, a causa di lavori di manutenzione, l'ufficio anagrafe resterà chiuso dal 3 al 7 novembre. Non si accettano richieste telefoniche. Comune di San Vito.",
    );
    expect(office).toMatch(/^A causa di lavori di manutenzione, l'ufficio anagrafe/u);
  });

  it('says what is attached plainly, and drops "Kindly do the needful."', () => {
    const pitch = rewriteAnyway(
      'Dear Sir/Madam,\n\nWe are a leading software company based in Pune.\n\nKindly find attached our company profile for your kind perusal. Please let us know a suitable time for a quick call.\n\nWarm regards,\nRohit Deshmukh',
    );
    expect(pitch).toContain('Attached: our company profile.');
    const job = rewriteAnyway(
      'URGENT HIRING!!!\nWanted Java Developer, 3-5 yrs exp, Pune office.\nSend updated CV to hr@techvistara.example.com\nOnly shortlisted candidates will be contacted. Kindly do the needful.',
    );
    expect(job).not.toContain('needful');
  });

  it('answers a review without defending itself, and keeps the signature run onto the defence', () => {
    const reply = rewriteAnyway(
      'Thank you for your review. We are sorry you felt the wait for your mains was too long, however Saturday is our busiest night. Our kitchen team work extremely hard and 40 minutes is not unreasonable for food cooked fresh to order. We also note you did not raise any of this with staff on the night, which would have been the appropriate time to do so. - The Management, Olive & Ember',
    );
    expect(reply).not.toContain('did not raise');
    expect(reply).not.toContain('not unreasonable');
    expect(reply).toContain('The Management, Olive & Ember');
  });
});

describe('what a blind rating of sets 117 and 118 found', () => {
  it('keeps a deadline a "before" states, and a goal that starts at its verb', () => {
    const upgrade = rewriteAnyway(
      'Upgrade to Pro TODAY and lock in 2024 pricing before it goes up on the 1st!!! 👉 trackwise.example.com/upgrade',
    );
    expect(upgrade).toContain('before it goes up on the 1st');
    const dental = rewriteAnyway(
      'Smile Bright Dental: Reminder of your check-up Tues 11/02 at 9:40am. Reply YES to add it to your booking. BOOK NOW!!!',
    );
    expect(dental).toContain("Reply YES if you'd like to add it to your booking.");
    const audit = rewriteAnyway(
      'Only 48 hours left for your FREE cybersecurity audit!!! Reply YES to this message to reserve your spot. Txt STOP to opt out.',
    );
    expect(audit).toContain("Reply YES to this message if you'd like to reserve your spot.");
  });

  it('drops a retort or an "If not…" left pointing at a line that went', () => {
    const masterclass = rewriteAnyway(
      "Our masterclass goes live THURSDAY at 2pm EST.\n\nIf you're serious about growing your business, you'll be there. If not, no worries — your competitors will.\n\nRegister: growthlab.example.com/masterclass",
    );
    expect(masterclass).not.toContain('If not');
    const trackwise = rewriteAnyway(
      "NEW in this release: AI-powered dashboards and 10x faster reports.\n\nOur competitors are scrambling. You shouldn't be.\n\nUpgrade to Pro: trackwise.example.com/upgrade",
    );
    expect(trackwise).not.toContain("You shouldn't be.");
  });

  it('keeps "IT" the department opening a sentence said in small letters', () => {
    const notice = rewriteAnyway(
      'IMPORTANT – ACTION REQUIRED\n\nAll users must reset their network password by 17:00 Friday. Accounts not updated will be locked automatically. IT will not respond to individual queries on this.\n\nIT Service Desk',
    );
    expect(notice).toContain('IT will not respond');
  });

  it('says which sale ends once its ranking goes, without the threat it is not coming back', () => {
    const sale = rewriteAnyway(
      'This is it. The biggest sale we have EVER run ends in a few hours and it is NOT coming back.\n\nSHOP NOW → ivyandrow.example.com/sale',
    );
    expect(sale).toContain('Our sale ends in a few hours.');
  });

  it('reads an ellipsis inside brackets as a pause, and thanks taken back as no thanks', () => {
    const founder = rewriteAnyway(
      'Humbled and honoured to share that Rivetly has raised £6.2M in seed funding. 🙏\n\nHuge thanks to me for never giving up (joking… sort of 😅). And to the team I guess!\n\n#Seed #Founder',
    );
    expect(founder).not.toMatch(/^Sort of/mu);
    expect(founder).not.toContain('thanks to me');
    const bakery = rewriteAnyway(
      "WE HIT 10K!!! 🎉🎉🥐 Ten THOUSAND of you follow a tiny bakery in Leeds. Honestly we're the best croissants in Yorkshire and now it's official 😂 Thanks I guess?? Now go buy something lol #10k #milestone #bakerylife",
    );
    expect(bakery).not.toContain('I guess');
    expect(bakery).not.toContain('go buy something');
  });

  it("writes a shouted title after its kind and a night's name before its venue as names", () => {
    const novel = rewriteAnyway(
      'My new novel THE SALT KEEPER is OUT NOW!!! 📖 Three years of blood, sweat and tears. Amazon link below. Please share!!',
    );
    expect(novel).toContain('My new novel The Salt Keeper is out now.');
    const night = rewriteAnyway(
      "🔊 SATURDAY 14 JUNE 🔊\nBASEMENT BOUNCE @ The Vault, Manchester\n10pm till LATE\n\nIf you're not there you're literally nobody 😂\n\ntix: vaultmcr.example.com",
    );
    expect(night).toContain('Basement Bounce @ The Vault, Manchester');
  });

  it('says where to give with its "at", and keeps a span whose clause a cut would leave hanging', () => {
    const rescue = rewriteAnyway(
      'ONLY 48 HOURS LEFT!!! 🐾 Every minute counts for the dogs at Hillcrest Rescue.\nDONATE NOW 👉 hillcrestrescue.example.org/give\n#RescueDog',
    );
    expect(rescue).toContain('You can donate at hillcrestrescue.example.org/give');
    expect(rescue).not.toMatch(/Donations:/u);
    expect(
      grammarProblems(
        'x',
        'From founding my consultancy in a spare bedroom to leading a team of 22 across three offices.',
        'en',
      ).map((problem) => problem.check),
    ).toContain('span-without-clause');
    const founder = rewriteAnyway(
      "Thrilled and humbled to share that I have been named in the Top 40 Under 40. 🏆\nFrom founding my consultancy in a spare bedroom to leading a team of 22 across three offices, it's been a journey of relentless hard work and vision.\nI'd like to thank myself for never giving up.",
    );
    expect(founder).not.toMatch(/three offices\.$/mu);
    expect(founder).not.toContain('thank myself');
  });

  it('drops more taunts and digs, in every language the plans cover', () => {
    const cases: [string, Language][] = [
      ["Who's laughing now? 😎", 'en'],
      ['Look at me now.', 'en'],
      ["Pre-save or you're not a real fan.", 'en'],
      ['If you cannot read the labels on the bins please ask someone who can.', 'en'],
      ['Most patients regret not doing it sooner.', 'en'],
      ["If you don't like it there are plenty of other salons in town.", 'en'],
      ['Shame it has come to this.', 'en'],
      ['Ne venez pas pleurer demain quand ce sera trop tard 😉', 'fr'],
      ["Merci à moi-même d'avoir cru en cette vision 😅", 'fr'],
      ['Wir sind hier nicht im Hotel.', 'de'],
      ["Chi non l'ha ancora provata non sa cosa si perde 😎", 'it'],
      ['Dan loop je achter. 😉', 'nl'],
      ['Não adianta reclamar com o porteiro.', 'pt'],
      ['¿De verdad no puedes donar 10€?', 'es'],
    ];
    for (const [sentence, language] of cases)
      expect([sentence, isPressure(sentence, language)]).toEqual([sentence, true]);
    expect(withoutJabTail("Après dimanche, c'est fini, ne venez pas vous plaindre.", 'fr')).toBe(
      "Après dimanche, c'est fini.",
    );
    expect(
      withoutJabTail('Nur 300 Gläser in der ersten Charge, wer zu spät kommt, hat Pech gehabt.', 'de'),
    ).toBe('Nur 300 Gläser in der ersten Charge.');
  });
});

describe('what a blind rating of sets 119 and 120 found', () => {
  it('keeps the date a price goes up on, and "sq. ft." inside its sentence', () => {
    const renewal = rewriteAnyway(
      'Your annual plan renews soon. Upgrade to Enterprise NOW before prices go up on 1 July. This offer will NOT be repeated.\nTeam Cadencely',
    );
    expect(renewal).toContain('before prices go up on 1 July');
    const clinic = rewriteAnyway(
      "BENGALURU: Evercrest Health Pvt. Ltd., one of India's fastest-growing healthcare chains, today announced the grand inauguration of its 14th world-class multispecialty facility at Whitefield, Bengaluru. The 40,000 sq. ft. clinic is equipped with cutting-edge technology.",
    );
    expect(clinic).toContain('The 40,000 sq. ft. clinic');
  });

  it('leaves the words inside a hashtag alone, and drops "Period." standing on its own', () => {
    const launch = rewriteAnyway(
      "🚨 IT'S HERE 🚨\n\nShiftwise 3.0 is LIVE and it is the BIGGEST release in the history of workforce scheduling. Period.\n\nSwitch today → shiftwise.example.com #HRtech #SaaS #ShiftWorkers",
    );
    expect(launch).toContain('#HRtech #SaaS #ShiftWorkers');
    expect(launch).not.toContain('Period.');
  });

  it('keeps "Reply to this email" as the way to answer, without a stock phrase in front', () => {
    const newsletter = rewriteAnyway(
      "Big month for us at Northlight Creative!!! We have 2 slots left for Q3 brand sprints. They WILL go fast. Reply to this email to grab one before they're gone.\n\nThe Northlight Team",
    );
    expect(newsletter).toContain("Reply to this email if you'd like to grab one.");
    const plumber = rewriteAnyway(
      'Reply to this email to book a 10-minute call or ring Owen directly on 029 2018 0446. LIMITED SPOTS!!! More at flowright.example/landlords.',
    );
    expect(plumber).not.toContain("If you're interested");
    // "Please do not reply to this email" says the opposite, and is no way to answer.
    expect(findReplyPaths('Please do not reply to this email.')).toHaveLength(0);
  });

  it('keeps a team signing off on its own line, what a job ad tells applicants, and a call the reader is asked not to make', () => {
    const memo = rewriteAnyway(
      'Team,\n\nEffective 1 October all employees will be required to be in the office a minimum of four (4) days per week. NO EXCEPTIONS!!!\n\nWe appreciate your cooperation.\n\nPeople & Culture',
    );
    expect(memo).toMatch(/People & Culture$/u);
    const job = rewriteAnyway(
      'URGENT!!! Graduate Analyst, Canary Wharf, £32,000. Apply NOW via careers.example.com. Please do not contact us regarding the status of your application. Only successful candidates will be contacted.',
    );
    expect(job).toContain('Only successful candidates will be contacted.');
    expect(isPressure('Do not call reception to chase.', 'en')).toBe(false);
  });

  it('drops more taunts, threats and pushes', () => {
    const cases = [
      'Students who delay will regret.',
      'Your competitors have already started.',
      'Will your child be left behind?',
      "If you've never worked a 200-cover Saturday don't bother applying.",
      'No tyre kickers please.',
    ];
    for (const sentence of cases) expect([sentence, isPressure(sentence, 'en')]).toEqual([sentence, true]);
    expect(withoutJabTail('Fix it before year end or pay the price (literally).', 'en')).toBe(
      'Fix it before year end.',
    );
    const plumber = rewriteAnyway(
      "Full bathroom refit in Chorley!!! Booked up for 6 weeks so if you want us don't wait. Call Mike 07700 900123. No tyre kickers please.",
    );
    expect(plumber).toContain('Booked up for 6 weeks.');
    expect(plumber).not.toContain('tyre kickers');
  });

  it('capitalises a shouted clause after an emoji, figures and all, but not after an arrow', () => {
    const shop = rewriteAnyway(
      '⚠️ NUR NOCH HEUTE ⚠️ BIS ZU 60% AUF ALLES!!! Danach ist es VORBEI. Code: JETZT60 shop.example.com',
    );
    expect(shop).toContain('⚠️ Bis zu 60% auf alles.');
    const ctx: SentenceContext = { language: 'es', intent: 'offer', singular: false, keep: new Set() };
    expect(calm('Precio normal 149€ ➡️ HOY SOLO 69€!!!', ctx, false)).not.toContain('Hoy');
  });
});

describe('what a blind rating of sets 121 and 122 found', () => {
  it('never leaves a bracket open or a relative clause without its noun', () => {
    expect(
      grammarProblems('x', 'Our baristas are award winners (2x Qld Latte Art Champs.', 'en'),
    ).not.toHaveLength(0);
    expect(
      grammarProblems('x', 'Which you agreed to at checkout, sale items are non-refundable.', 'en'),
    ).not.toHaveLength(0);
    // A stop inside brackets that close later ends no sentence: "(reg. $129)" is whole.
    expect(
      grammarProblems('x', 'You can book our $79 Winter Pipe Check (reg. $129) this week.', 'en'),
    ).toHaveLength(0);
    const coffee = rewriteAnyway(
      "Best coffee in Brisbane. Full stop. ☕️\n\nOnce you've had a flat white from Beanstalk you'll never go back. Our baristas are literally award winners (2x Qld Latte Art Champs, no big deal 😎).\n\nOpen 6am-2pm every day on Vulture St. See ya there or you're missing out!!",
    );
    expect(coffee).not.toMatch(/Champs\.\s/u);
    const refund = rewriteAnyway(
      "Dear Ms Okafor,\n\nThank you for your email. As per our terms and conditions, which you agreed to at checkout, sale items are non-refundable. We note that the item description CLEARLY stated 'final sale'. We trust this clarifies the matter.\n\nRegards,\nCustomer Services",
    );
    expect(refund).not.toMatch(/^Which/mu);
  });

  it('keeps what parents must not do with cash, and "may" before a verb as the modal', () => {
    const club = rewriteAnyway(
      'Parents/Guardians,\n\nSubs for the Autumn term (£65 per child) were due on 1st September. Players with outstanding subs will not be selected. No exceptions.\n\nPayment via the club account only. Do not hand cash to coaches.\n\nHarrowfield Juniors FC Treasurer',
    );
    expect(club).toContain('Do not hand cash to coaches.');
    const ctx: SentenceContext = { language: 'en', intent: 'notice', singular: false, keep: new Set() };
    expect(
      calm('YOU WILL NEED TO RAISE A TICKET WHICH MAY TAKE UP TO 3 WORKING DAYS.', ctx, false),
    ).toContain('which may take');
  });

  it('drops scolding notices and guilt lines the earlier lists missed', () => {
    const cases = [
      'I should not have to keep writing these notices.',
      'Thank you to the few who actually read these notices.',
      "Let's all try, shall we?",
      'If you can afford a latte you can afford to save a life.',
    ];
    for (const sentence of cases) expect([sentence, isPressure(sentence, 'en')]).toEqual([sentence, true]);
    expect(isPressure('Iedereen slaat nu toe, jij toch ook?', 'nl')).toBe(true);
    expect(withoutJabTail('Si confida nel senso civico di tutti (o quasi).', 'it')).toBe(
      'Si confida nel senso civico di tutti.',
    );
  });
});

describe('what a blind rating of sets 123 and 124 found', () => {
  it('keeps when held stock goes back, and the price an arrow pointed to', () => {
    const cart = rewriteAnyway(
      "Hi there,\n\nYou left 3 items in your basket at Oakmere Furnishings and we're only holding them for 2 more hours before they go back on sale to other customers.\n\nStock is VERY limited. Once they're gone, they're gone.\n\nThe Oakmere Team",
    );
    expect(cart).toContain('for 2 more hours before they go back on sale to other customers.');
    const blueprint = rewriteAnyway(
      "My Digital Income Blueprint is 70% OFF for the next 24 HOURS ONLY ($297 ➡️ $89). After that it goes back up FOREVER.\n\nIf you're still scrolling instead of building, that's a choice. 🤷‍♀️\n\nComment 'BLUEPRINT' and I'll DM you the link.",
    );
    expect(blueprint).toContain('($297 → $89)');
    expect(blueprint).not.toMatch(/that's a choice/u);
  });

  it('takes a taunt with the "so if…" that led to it, and a contrast with the line it answered', () => {
    expect(
      withoutJabTail("We sold out the last 3 shows so if you don't get a ticket that's on you.", 'en'),
    ).toBe('We sold out the last 3 shows.');
    const wealth = rewriteAnyway(
      "Most people will retire broke. 📉\n\nNot my clients.\n\nIn 2023 I helped 37 families build portfolios that outperformed the market. My strategies are proven, my results speak for themselves, and frankly I'm the best-kept secret in Surrey wealth management.\n\nSpots for new clients are VERY limited. If you're serious about your future (and most people aren't), DM me the word WEALTH.",
    );
    expect(wealth).not.toMatch(/^Not my clients/mu);
  });

  it('keeps the name a ranking was about, without the ranking', () => {
    expect(withoutRanking("Fluxly is the fastest-growing productivity app you haven't heard of yet.")).toBe(
      'Fluxly is a productivity app.',
    );
    expect(withoutRanking('Our AW collection is literally the best thing we have EVER made.')).toBe(
      'Meet our AW collection.',
    );
    // Ranked in a field the writer can stand by, or as a vague "thing", it is left to the rest of the plan.
    expect(withoutRanking('Our sourdough croissants are the most wanted pastry in Millbridge.')).toBe(
      'Our sourdough croissants are the most wanted pastry in Millbridge.',
    );
    expect(withoutRanking('Fluxly is the best thing we have ever made.')).toBe(
      'Fluxly is the best thing we have ever made.',
    );
  });

  it('keeps a notice heading and who it is for, and lowers only shouted words', () => {
    const bins = rewriteAnyway(
      'NOTICE TO ALL TENANTS — MAPLE COURT\n\nIt has come to our attention (AGAIN) that bins are being left OUT. Bins must be in the store by 8pm.\n\nManagement',
    );
    expect(bins).toMatch(/^Notice to all tenants — Maple Court\n/u);
    // Mid-sentence, "notice to members@…" is a period of notice, not a heading.
    const contract = rewriteAnyway(
      "12-month minimum contract. Cancellation requires 30 days' written notice to members@ironhouse.example.co.uk. JOIN NOW!!!",
    );
    expect(contract).toContain('written notice to members@');
    const shrinkage = rewriteAnyway(
      'To: All Store Managers (Region 3)\nSubject: Shrinkage – ACTION REQUIRED\n\nWith immediate effect:\n- Bag checks on ALL colleagues at the end of every shift, no exceptions\n- High-value items to be kept behind tills\n\nI expect every store to acknowledge this email by end of day.',
    );
    expect(shrinkage).toContain('Bag checks on all colleagues');
  });

  it('says how to reach the sender after an order, and drops hurry that closes a post', () => {
    const tour = rewriteAnyway(
      'A small number of places remain for Year 7 entry. Early application is strongly advised!!!\n\nBook your private tour: admissions@ravensworth.example.com',
    );
    expect(tour).toContain('To book your private tour, email admissions@ravensworth.example.com.');
    const spa = rewriteAnyway(
      'SpaRetreat: LAST-MINUTE DEAL!!! Full spa day for 2, now £99. Book now: 01632 960 557',
    );
    expect(spa).toContain('To book, call 01632 960 557.');
    const listing = rewriteAnyway(
      'JUST LISTED 🔥🔥🔥 4 bed in Scottsdale. Listed at $1,295,000 and it WILL NOT LAST. I already have 3 showings booked. DM me NOW or call 480-555-0187.',
    );
    expect(listing).toContain('Listed at $1,295,000. I already have 3 showings booked.');
    expect(listing).toContain('DM me or reach me at 480-555-0187.');
    const giveaway = rewriteAnyway(
      'GIVEAWAY TIME ☕ Win a MONTH of free coffee!! To enter, follow @copperkettlecafe and comment your fave drink. Winner drawn Friday. GO GO GO 🏃‍♀️',
    );
    expect(giveaway).toMatch(/Winner drawn Friday\.$/u);
  });

  it('keeps that a decision is final, and drops the door shut after it', () => {
    const claim = rewriteAnyway(
      'Dear Mr Hale, Your claim has been reviewed and declined under clause 4.2 of your policy. This decision is final. No further correspondence will be entered into. Regards, Claims Team',
    );
    expect(claim).toContain('This decision is final.');
    expect(claim).not.toMatch(/correspondence/u);
    expect(isPressure('Telefonische Nachfragen sind zwecklos.', 'de')).toBe(true);
    expect(isPressure('Pleading ignorance will not be accepted.', 'en')).toBe(true);
    const release = rewriteAnyway(
      'Version 4.12.0\n\n- Deprecated legacy export. Users relying on CSV v1 must migrate.\n- Session timeout reduced to 15 mins.\n\nNo further support will be provided for versions below 4.0.',
    );
    expect(release).toContain("We won't be providing further support for versions below 4.0.");
  });

  it('reads a cheer asked for as bait, not as a way to answer', () => {
    expect(findReplyPaths('Do like, share and comment CONGRATULATIONS to our team!!')).toEqual([]);
    expect(findReplyPaths('Comment GUIDE and I will send it over.').map((path) => path.kind)).toEqual([
      'reply-word',
    ]);
  });
});

describe('what a blind rating of sets 125 and 126 found', () => {
  it('keeps an acronym the draft shows is one, wherever it is shouted', () => {
    const tuition = rewriteAnyway(
      'PSLE 2025 IS ONLY 7 MONTHS AWAY!!! March holiday PSLE Maths & Science Intensive (15–23 Mar). ONLY 6 SEATS LEFT!!! WhatsApp 9000 3124 now to reserve!',
    );
    expect(tuition).toMatch(/^PSLE 2025 is only 7 months away\./u);
    expect(tuition).toContain('You can WhatsApp 9000 3124');
    const roads = rewriteAnyway(
      "The next phase of its multi-year Highways Asset Resilience Programme (HARP) will mobilise on Monday 3 March, delivering the BEST roads EVER!!! HARP is aligned with the Council's plan.",
    );
    expect(roads).toContain('Programme (HARP)');
    expect(roads).toContain('HARP is aligned');
    // Words said loudly among small letters are not acronyms: "hungry, coachable CLOSERS" is lowered.
    const sales = rewriteAnyway(
      'BrightPeak Solar is looking for hungry, coachable CLOSERS who want to make 6 FIGURES!!! Apply at brightpeak.example/careers. Spots are filling FAST ⏰',
    );
    expect(sales).not.toContain('CLOSERS');
  });

  it('writes a country beside another, a province after its town, and a street kind as a word', () => {
    const giveaway = rewriteAnyway(
      'GIVEAWAY!!! Win a FREE kit. US & CANADA ONLY. Follow @kit.example and tag 2 friends!!!',
    );
    expect(giveaway).toContain('US & Canada only.');
    const gig = rewriteAnyway(
      "JOIN US LIVE!!! Saturday at the Grand Hall, Hamilton, ON. Tickets $20 at hall.example — DON'T MISS IT!!!",
    );
    expect(gig).toContain('Hamilton, ON.');
    const closure = rewriteAnyway(
      'PUBLIC NOTICE – TEMPORARY ROAD CLOSURE\n\nBramley Lane (between junction with Station Road and No. 48) will be closed to all vehicular traffic from 07:00 on 3 September. Access for residents cannot be guaranteed.\n\nEnquiries: highways@westvale.gov.example.com',
    );
    expect(closure).toMatch(/^Temporary road closure\n/u);
  });

  it('keeps the instructions and the way out a notice or a newsletter gives', () => {
    const parking = rewriteAnyway(
      "Staff are to park in Lot D ONLY. There are no exceptions for night shift, on-call, or 'just running in.' Questions may be directed to Security at ext. 4410. Please do not reply-all to this message!!!",
    );
    expect(parking).toContain('There are no exceptions for night shift');
    expect(parking).toContain('Please do not reply-all to this message.');
    expect(INSTRUCTION_NOT_TO.test('Do not email the project inbox.')).toBe(true);
    const sale = rewriteAnyway(
      'Oggetto: BLACK FRIDAY: -70% SU TUTTO!!! SOLO 24 ORE ⏰⏰\n\n👉 FINO AL -70% su borse, scarpe e accessori\n\nCORRI su pellemoda.example 🏃‍♀️💨\n\nIl team di Pellemoda\n\nNon vuoi più ricevere le nostre email? Clicca qui per disiscriverti.',
    );
    expect(sale).toContain('Clicca qui per disiscriverti.');
    expect(sale).toContain('Black Friday');
    expect(sale).toContain('Fino al -70%');
    const pizza = rewriteAnyway(
      "TONY'S PIZZA: MEGA MONDAY!!! ANY LARGE 1-TOPPING $7.99 TODAY ONLY!!! USE CODE MEGA799 @ tonyspizza.example OR CALL 614-555-0192 HURRY!!! Reply STOP to opt out.",
    );
    expect(pizza).not.toMatch(/hurry/iu);
  });

  it('books on a number, and drops "once their gone their gone" misspelt too', () => {
    const salon = rewriteAnyway(
      'GLAMOUR LOUNGE RATHMINES: ONLY 3 SLOTS LEFT THIS SAT!!! Cut & blow dry €35 (norm €55) FIRST COME FIRST SERVED, once their gone their GONE!! Book NOW 01 496 2271 or glamourlounge.example/book. Reply STOP to 50123 to opt out',
    );
    expect(salon).toContain('You can book on 01 496 2271 or glamourlounge.example/book');
    expect(salon).not.toMatch(/their gone/iu);
  });

  it('drops a question that answered a line that went', () => {
    const rich = rewriteAnyway(
      'Most people will never be rich. Are you? \n\nI built a $40k/month business from my kitchen table. DM me the word RICH.',
    );
    expect(rich).not.toMatch(/Are you\?/u);
  });
});

describe('shouted names in Spanish, French, Portuguese and Italian', () => {
  it('writes a shouted word its language does not know as a name, and a known word as a word', () => {
    const house = rewriteAnyway(
      '¡¡ÚLTIMA SEMANA!! Casa exclusiva EN MÉRIDA, YUCATÁN con alberca. COMPRA YA antes de que se acabe 👉 casasur.example',
    );
    expect(house).toContain('en Mérida, Yucatán');
    const pizza = rewriteAnyway('SOLO OGGI!!! Pizza fritta DA GENNARO a 5€. CORRETE, posti LIMITATISSIMI!!!');
    expect(pizza).toContain('da Gennaro');
    expect(pizza).not.toContain('Limitatissimi');
    const cheese = rewriteAnyway(
      'DERNIÈRE CHANCE!!! Les fromages de la FROMAGERIE DUVERGER à -30%. Commandez MAINTENANT sur duverger.example !!!',
    );
    expect(cheese).toContain('fromagerie Duverger');
  });

  it('keeps a short unknown word with a doubled letter as an acronym, and the "e" after it small', () => {
    const gym = rewriteAnyway(
      'AULAS DE SPINNING, HIIT E YOGA!!! Inscreva-se JÁ, vagas LIMITADÍSSIMAS!!! Ligue 21 9999-0000',
    );
    expect(gym).toContain('spinning, HIIT e yoga');
  });
});

describe('what a blind rating of sets 131 and 132 found', () => {
  it('keeps an instruction not to do something practical: a link not to click, a place not to queue', () => {
    const phishing = rewriteAnyway(
      "WE HAVE DETECTED A PHISHING CAMPAIGN.\n\nDO NOT CLICK ANY LINKS IN EMAILS ABOUT 'PAYROLL UPDATE'.\n\nDO NOT ENTER YOUR PASSWORD ANYWHERE.\n\nIF YOU HAVE ALREADY CLICKED, CALL THE SERVICE DESK ON EXT 4400 NOW!!!",
    );
    expect(phishing).toContain('Do not click any links in emails about');
    // The reader's own password is no password to type back: "YOUR PASSWORD ANYWHERE" is said, lowered.
    expect(phishing).toContain('Do not enter your password anywhere.');
    const gate = rewriteAnyway(
      'ATTENTION CONCERT-GOERS!!! The MAIN ENTRANCE is CLOSED. Use the EAST GATE ONLY (off Lamar St). DO NOT line up at the main entrance. NOBODY will let you in there.',
    );
    expect(gate).toContain('Do not line up at the main entrance. Nobody will let you in there.');
  });

  it('keeps what a notice says will or will not be done, and drops a plea to share', () => {
    const bins = rewriteAnyway(
      'NOTICE: CHANGES TO WASTE COLLECTION SERVICE\n\nResidents must present bins at the kerbside by 6.30am. Side waste will not be collected under any circumstances.\n\nRevised calendars are available at www.harrowfield.example/bins. Hard copies will not be posted.\n\nHarrowfield District Council',
    );
    expect(bins).toContain('Hard copies will not be posted.');
    const award = rewriteAnyway(
      'Delighted to inform that I have been conferred with the award by Business Vision Magazine in Mumbai. 🙏\n\nRequest all my connections to share this with their network. Our next batch starts 5th Jan. Limited seats only. Register at wealthgyaan.example/batch',
    );
    expect(award).not.toMatch(/request all my connections/iu);
    expect(award).toContain('Our next batch starts 5th Jan.');
  });

  it('drops a bare order at the end of a sentence whole, not its "now" alone', () => {
    const door = rewriteAnyway(
      'Come to the door and say the password BANANA to get in!!! Tonight only, BUY NOW',
    );
    expect(door).toContain('password BANANA');
    expect(door).not.toMatch(/,\s*buy\b/iu);
  });
});

describe('press-release puffery the raters of sets 131 and 132 found kept', () => {
  it('drops a commitment the sender claims for itself, whole or as a clause, and keeps the news', () => {
    const subsidiary = rewriteAnyway(
      "Kessler GmbH, a world-leading manufacturer of CNC machining centres, today announced the establishment of Kessler Machine Tools Inc. in Charlotte. The move underscores Kessler's unwavering commitment to customer-centricity and operational excellence in key growth markets. The subsidiary will begin operations on 1 October with 18 employees.",
    );
    expect(subsidiary).toContain('Kessler GmbH, a manufacturer of CNC machining centres');
    expect(subsidiary).not.toContain('commitment');
    expect(subsidiary).toContain('The subsidiary will begin operations on 1 October with 18 employees.');
    const venue = rewriteAnyway(
      "Saffron Table, a leading restaurant operator, is delighted to announce the opening of its eleventh site at 18 Spinningfields Square, Manchester, on Thursday 16 October. The 180-cover venue represents a significant milestone in the Group's ambitious growth strategy and underscores its unwavering commitment to delivering best-in-class dining experiences to discerning guests across the UK.",
    );
    expect(venue).toContain('The 180-cover venue');
    expect(venue).not.toContain('commitment');
  });

  it('keeps the thing a ranking ranked, and the booking after "do the needful"', () => {
    const payroll = rewriteAnyway(
      'Proud to share that our HRMS platform PeopleNest has crossed 2,500+ clients pan-India!! 🇮🇳🙏\n\nWe are the most comprehensive, AI-enabled payroll & attendance solution in the market. Kindly do the needful and book a FREE demo for your organisation at peoplenest.example/demo.',
    );
    expect(payroll).not.toMatch(/most comprehensive|needful/u);
    expect(payroll).toContain('book a free demo for your organisation at peoplenest.example/demo');
    const shipped = rewriteAnyway(
      'After 14 months of building, our team has shipped what I honestly believe is the most powerful accounts-payable automation tool on the market. Beta customers cut AP time by 83%.',
    );
    expect(shipped).toContain('our team has shipped an accounts-payable automation tool.');
  });
});

describe('scolding the raters of sets 131 and 132 found kept', () => {
  it('drops a jab at the reader whatever figure it quotes, but not the hashtags run onto it', () => {
    const course = rewriteAnyway(
      'I turned $2,400 into $186,000 in 11 months. My 6-week Crypto Wealth Accelerator opens Monday. Only 25 seats.\n\nIf you\'re still working 9-5 next year, that\'s a choice.\n\nDM me "FREEDOM" 🚀💰',
    );
    expect(course).not.toContain("that's a choice");
    expect(course).toContain('DM me "FREEDOM"');
    const ward = rewriteAnyway(
      "Reminder to all ward staff: breaks are 30 mins. Not 40. Not 45. Some people seem to think the rules don't apply to them. We have noticed. - Ward Manager, 4 North",
    );
    expect(ward).toContain('breaks are 30 mins');
    expect(ward).not.toMatch(/rules don't apply|We have noticed/u);
  });

  it('drops the second half of a slogan cut from its first, and "For the last time:"', () => {
    const gym = rewriteAnyway(
      '6AM HIIT starts TOMORROW and there are ONLY 4 SPOTS LEFT.\n\nWeak people make excuses. Strong people make time.\n\nBook NOW → link in bio',
    );
    expect(gym).not.toMatch(/people make/u);
    expect(gym).toContain('6AM HIIT starts tomorrow');
    const group = rewriteAnyway(
      'ADMIN POST — PLEASE READ BEFORE POSTING!!!\n\nFor the LAST time: this group is for Westbrook Village residents ONLY. It is NOT a buy/sell group.',
    );
    expect(group).toContain('\n\nThis group is for Westbrook Village residents only.');
  });

  it('takes "But" off a sentence that now opens the post, in German too', () => {
    const brag = rewriteAnyway(
      "Ich poste sowas eigentlich nie. 🙏\n\nAber heute möchte ich etwas teilen: Unser Team bei Hanse Wohnkonzept hat im letzten Geschäftsjahr Immobilien im Wert von über 120 Mio. € vermittelt. Ein neuer Rekord. 🏆\n\nDemut. Dankbarkeit. Weiter geht's.",
    );
    expect(brag).toMatch(/^Heute möchte ich etwas teilen/u);
  });
});

describe('capitals the raters of sets 131 and 132 found', () => {
  it('writes the polite German "Ihre" and a lone "da" as German does', () => {
    const appeal = rewriteAnyway(
      'Ohne IHRE Spende können wir die Touren im Januar NICHT fortsetzen. Spenden Sie JETZT: hilfe.example/spenden',
    );
    expect(appeal).toMatch(/^Ohne Ihre Spende/u);
    const drop = rewriteAnyway(
      'Die neue WINTERKOLLEKTION von NORDFADEN ist DA!!! Jetzt shoppen 👉 nordfaden.example',
    );
    expect(drop).toContain('ist da.');
  });

  it('keeps the "¡" of an exclamation whose price holds a full stop', () => {
    const flat = rewriteAnyway('Ático en Sevilla con terraza. ¡¡SOLO 349.000€!! Llama al 654 321 098');
    expect(flat).toContain('¡Solo 349.000€!');
  });

  it('lowers an Italian "e" after a comma', () => {
    const menu = rewriteAnyway(
      'NUOVO MENÙ!!! 🍝\n\nDA QUESTA SETTIMANA TROVATE IN CARTA I NOSTRI NUOVI PIATTI!!! TAGLIATELLE AL RAGÙ, RISOTTO ZUCCA E TALEGGIO, E TANTO ALTRO!!! PRENOTATE SUBITO AL 051 234 5678',
    );
    expect(menu).toContain('Taleggio, e tanto altro');
  });

  it('keeps a service named after "contact" and a product code ending on a letter', () => {
    const reply = rewriteAnyway(
      'Thank you for your review. We would ask that reviewers consider the pressures our staff are under before posting online!!! If you wish to make a formal complaint, please contact PALS on 01632 960 447.',
    );
    expect(reply).toContain('please contact PALS on 01632 960 447');
    const line = rewriteAnyway(
      '🚀 Rivoluzione nel settore! Con la nuova linea FORMA-X, Bertolini Macchine ridefinisce gli standard: la confezionatrice più veloce MAI realizzata. Venite a scoprirla alla fiera Packtech Milano, Stand B14.',
    );
    expect(line).toContain('linea FORMA-X');
  });
});

describe('what a blind rating of sets 133 and 134 found', () => {
  it('takes out "and it\'s" left bare by a hype cut, and a "so" whose order went', () => {
    const course = rewriteAnyway(
      "Copy Empire 3.0 is LIVE and it's GAME-CHANGING.\n\n✅ 47 modules\n✅ 12 hours of swipe files\n\nPrice goes UP from $497 to $997 in 24 HOURS. ⏰\n\n👉 copyempire.example/enroll",
    );
    expect(course).toMatch(/^Copy Empire 3\.0 is live\.\n/u);
    const driver = rewriteAnyway(
      "Tradies listen up 🔨🔨 I've been using the new @GritLine X9 impact driver for 2 weeks and honestly it's the most powerful driver EVER MADE. Use code SPARKYSAM15 for 15% off at gritline.example 💥 Link in bio!!",
    );
    expect(driver).toContain('impact driver for 2 weeks.');
    expect(driver).not.toMatch(/it's a driver|it's\./u);
  });

  it('keeps the "please" of "Kindly do the needful and…", and "IT" outside English', () => {
    const hr = rewriteAnyway(
      'Dear All,\n\nThe office timings will be revised to 9:00 AM to 6:30 PM from 1st April. All employees are requested to adhere to the revised timings STRICTLY!!!\n\nKindly do the needful and acknowledge receipt of this mail.\n\nRegards,\nHR Department',
    );
    expect(hr).toContain('Please acknowledge receipt of this mail.');
    const award = rewriteAnyway(
      'Wir wurden zum dritten Mal als „TOP ARBEITGEBER IT" ausgezeichnet!!! Jetzt bewerben 👉 karriere.example',
    );
    expect(award).toContain('IT');
    expect(award).not.toMatch(/Arbeitgeber It\b/u);
  });
});

describe('what a blind rating of sets 137 and 138 found', () => {
  it('reads "Contact lenses…" as a noun, and a link on a .ca domain as a link', () => {
    const optician = rewriteAnyway(
      'ATTENTION!!! From Monday 10th we will NO LONGER accept payment by cheque. Contact lenses ordered and not collected within 30 days WILL BE DISPOSED OF without further notice. Benvenuti Opticians, 112 High Street, Stroud',
    );
    expect(optician).toContain('Contact lenses ordered and not collected');
    expect(optician).not.toContain('You can contact lenses');
    const webinar = rewriteAnyway(
      "⏳ 24 HOURS LEFT to register!!!\n\nSeats are LIMITED. Don't be the only CISO in your peer group who missed it.\n\nRegister now 👉 northguardcyber.ca/webinar\n\n#cybersecurity",
    );
    expect(webinar).toContain('northguardcyber.ca/webinar');
    expect(webinar).not.toMatch(/register northguardcyber/iu);
  });

  it('writes a shouted short day as a day beside another or after "by", and runs on after "pers."', () => {
    const deals = rewriteAnyway(
      "FRESHWAY: MEGA WEEKEND DEALS!!! HALF PRICE Prosecco. THIS SAT & SUN ONLY. Don't miss out!! Shop now: frshwy.co.uk/mega",
    );
    expect(deals).toContain('This Sat & Sun only.');
    const prom = rewriteAnyway(
      'Prom is SAT 5/17 — corsages are 20% OFF if you order by FRI. Only 25 pre-order slots left!!! Order at stemsandco.com/prom',
    );
    expect(prom).toContain('order by Fri.');
    const camping = rewriteAnyway(
      'CAMPING LES PINS DORÉS : DERNIÈRES DISPOS pour juillet !!! Mobil-home 4 pers. à partir de 89€/nuit. Réservez VITE sur pinsdores-vendee.fr.',
    );
    expect(camping).toContain('4 pers. à partir de 89€/nuit.');
  });

  it('ends a sentence whose emoji calmed away before the one the rewrite writes after it', () => {
    const tax = rewriteAnyway('Only $129 this week. Spots filling FAST ⏳ Link in bio or DM us "TAX" 📲');
    expect(tax).toMatch(/fast\. The link is in our bio/u);
  });

  it('takes out a swollen game-changer, the stamp on a claim and the vouching line after it', () => {
    const tutor = rewriteAnyway(
      'We just shipped the most advanced AI tutor on the market. 🤯 Not an exaggeration. Tutorly 3.0 is a complete game-changer for students. 10x faster learning. Try it FREE for 7 days → tutorly.ai 🚀🚀 #AI #EdTech',
    );
    expect(tutor).toContain('Tutorly 3.0 is for students.');
    expect(tutor).not.toMatch(/exaggeration|a complete for/u);
    const bike = rewriteAnyway(
      'The Kestrel AX-9 carbon gravel bike is THE most advanced gravel machine on the market, period. Was $3,899, NOW $2,999 this weekend ONLY. DM us or swing by 412 Alder St before Sunday 5pm!!',
    );
    expect(bike).not.toMatch(/period/u);
    // Someone's words, quoted, stay theirs.
    const quoted = rewriteAnyway(
      'AUSTIN, Texas — PawGuard today announced the launch of PawGuard Platinum, a revolutionary coverage tier. "This is a game-changer for pet parents," said CEO Brent Keller. It is available at pawguard.example.',
    );
    expect(quoted).toContain('"This is a game-changer for pet parents,"');
  });
});

describe('what a blind rating of sets 139 and 140 found', () => {
  it("writes shouted German words as German does: small, or with a noun's capital", () => {
    const notice = rewriteAnyway(
      'AUSHANG – BITTE UNBEDINGT BEACHTEN!\n\nSehr geehrte Mieterinnen und Mieter,\n\nwir weisen zum wiederholten Male darauf hin, dass das Abstellen von Kinderwagen im Treppenhaus STRENG VERBOTEN ist.\n\nMit freundlichen Grüßen\nHausverwaltung Krämer GmbH',
    );
    expect(notice).toContain('Bitte unbedingt beachten!');
    // The letter goes on after its greeting in small letters, without the sigh.
    expect(notice).toContain('wir weisen darauf hin, dass');
    expect(notice).toContain('streng verboten ist.');
    const booked = rewriteAnyway(
      'Jetzt Termin sichern bei Steuerberatung Hoffmann & Partner – unsere Kapazitäten sind FAST AUSGEBUCHT!!! ☎ 0221 555 30 90',
    );
    expect(booked).toContain('fast ausgebucht');
    const award = rewriteAnyway(
      'Die Kanzlei Eichenhof wurde zum DRITTEN MAL in Folge ausgezeichnet!!! Schreiben Sie mir JETZT eine DM',
    );
    expect(award).toContain('zum dritten Mal in Folge');
  });

  it('lets a reminder remind without the sigh, and a rule be a rule', () => {
    const bins = rewriteAnyway(
      'NOTICE TO ALL RESIDENTS: Once again we have to remind you that bins must NOT be left in the corridor. Smoking in the stairwell will not be tolerated. — Management',
    );
    expect(bins).toContain('A reminder that bins must not be left in the corridor.');
    expect(bins).toContain('Smoking in the stairwell will not be allowed.');
    const hall = rewriteAnyway(
      'AVIS: Nous vous rappelons une fois de plus que les vélos sont INTERDITS dans le hall !!! Le syndic',
    );
    expect(hall).toContain('Nous vous rappelons que les vélos sont interdits');
  });

  it('mends seams: an apostrophe, a lead-in left before a cut, a figure before a calmed emoji', () => {
    const salon = rewriteAnyway(
      'GLAMOUR STUDIO 💇‍♀️ 30% OFF ALL BALAYAGE THIS WEEK ONLY!!! Slots are going FAST so dont miss out - book NOW on 07700 900412 or glamourstudio.example.com/book. Reply STOP to opt out',
    );
    expect(salon).not.toMatch(/dont|miss out/u);
    expect(salon).toContain('07700 900412');
    const nails = rewriteAnyway(
      "The collection you've ALL been waiting for... our brand new range is officially LIVE and honestly?? It's a GAME CHANGER 🤯🤯\n\nThe shine. The colours. Nothing else comes close.\n\n📲 Booking link in bio",
    );
    expect(nails).toMatch(/officially live\./iu);
    expect(nails).not.toContain('honestly');
    const driving = rewriteAnyway(
      "Fed up of waiting?? At FastTrack Driving School our pass rate is an INSANE 94% 🔥🔥 Our instructors are patient and local. Message us NOW before they're gone 📩",
    );
    expect(driving).toContain('94%. Our instructors');
  });

  it('keeps "reply CANCEL to your reminder text" whole, "Order books open" a noun, and a sign-off apart', () => {
    const clinic = rewriteAnyway(
      "If you cannot attend, you MUST let us know. It is your responsibility.\n\nCall 01632 960 200 (Mon–Fri 8am–6pm) or reply CANCEL to your appointment reminder text.\n\nDon't be a no-show. #NHS",
    );
    expect(clinic).toContain('reply CANCEL to your appointment reminder text');
    expect(clinic).not.toContain("If you'd like to your");
    const car = rewriteAnyway(
      'Voltaris today revealed the all-new E7, a groundbreaking fully electric executive saloon. Order books open 1 October. UK pricing starts from £78,450 OTR.',
    );
    expect(car).toContain('Order books open 1 October.');
    const webinar = rewriteAnyway(
      "Seats are strictly limited and we WON'T be recording this session.\n\n👉 RESERVE MY SEAT NOW: cloudmetric.example.com/webinar\n\nDon't miss out,\nThe Cloudmetric Team",
    );
    expect(webinar).toMatch(/webinar\n\nThe Cloudmetric Team$/u);
  });
});

describe('what a blind rating of sets 141 and 142 found', () => {
  it('keeps a step list behind pointers as a list, and a pointer to the bio as a colon', () => {
    const giveaway = rewriteAnyway(
      '✨GEWINNSPIEL✨\n\nSo nimmst du teil:\n➡️ Folge @kraeuterliebe.manufaktur\n➡️ Like diesen Beitrag\n➡️ Markiere 3 Freundinnen in den Kommentaren (mehrfache Teilnahme erwünscht!!)\n\nTeilnahmeschluss: Sonntag, 18.05., 23:59 Uhr.',
    );
    expect(giveaway).toContain('• Folge @kraeuterliebe.manufaktur\n• Like diesen Beitrag\n• Markiere');
    const collection = rewriteAnyway(
      "La nuova linea 'Riviera' di Bottega Lunari è semplicemente STREPITOSA 😍\n\nScoprila ora 👉 link in bio\n\n#moda",
    );
    expect(collection).toContain('Scoprila ora: link nella nostra bio');
  });

  it("keeps a reference's letters, Atlantic time after a time of day, and an abbreviation's stop", () => {
    const order = rewriteAnyway(
      'Le informamos de que su pedido n.º 48211-ES sufre un retraso. ROGAMOS no envíe más correos!!!',
    );
    expect(order).toContain('48211-ES');
    const tickets = rewriteAnyway(
      "Tickets go on sale Friday, May 9 at 10:00 AM AT at harbourfest.example.ca. Don't miss it!!!",
    );
    expect(tickets).toContain('10:00 AM AT at harbourfest.example.ca');
    const code = rewriteAnyway(
      'NEW YEAR DEAL!!! Membership just £34.99 a month. Use code IRON50 AT ironworksgym.example/join. See you there!',
    );
    expect(code).toMatch(/IRON50 at ironworksgym/u);
    const subject = rewriteAnyway(
      'Oggetto: Opportunità ESCLUSIVA per Ferraro Distribuzione S.r.l.\n\nGentile Dott. Ferraro, la nostra piattaforma è la più avanzata sul mercato!!! Sarebbe disponibile per una call?',
    );
    expect(subject).toContain('Ferraro Distribuzione S.r.l.\n');
  });

  it('drops a condition left without its answer, and a scolding line in a notice or a reply', () => {
    const drop = rewriteAnyway(
      "The 'Nightshift' capsule is finally LIVE and honestly?? It's the best thing we've EVER made.\n\nOnly 200 pieces.\n\nLast drop sold out in 11 minutes so if you're thinking about it... stop thinking 😤\n\nLink in bio 🔗",
    );
    expect(drop).toContain('Last drop sold out in 11 minutes.');
    expect(drop).not.toContain('thinking about it');
    const dentist = rewriteAnyway(
      'IMPORTANT - PLEASE READ\n\nFrom 1 April, any patient who fails to attend will be charged £35.\n\nWe should not have to do this. Please show some respect for our team and for other patients.\n\nThe Practice Manager',
    );
    expect(dentist).not.toMatch(/respect|should not have to/u);
    const lettings = rewriteAnyway(
      'Dear Mr Ahmed,\n\nAs previously advised, a contractor has been instructed and will contact you directly to arrange access. Please note that repeated emails will not speed up the process and we would ask that you refrain from contacting the office by phone as this ties up lines for other clients.\n\nKind regards,\nCastlegate Lettings',
    );
    expect(lettings).toContain('We would ask that you refrain from contacting the office by phone');
    expect(lettings).not.toContain('speed up');
  });
});

describe('what the rewriter learned after sets 141 and 142', () => {
  it('drops a gatekeeping jab, and fixes the typos a careful editor would', () => {
    const drop = rewriteAnyway(
      "MERCH DROP IN 10 MINUTES 🔥🔥🔥 limited run, NO restocks EVER. if you dont cop you're not a real one 😤 shop.example.com/drop",
    );
    expect(drop).toContain('shop.example.com/drop');
    expect(drop).not.toMatch(/real one|cop/u);
    const typos = rewriteAnyway(
      'Bring a friend along, you will definately love it!!! Everyone who joins before 31 March will recieve 3 months FREE!!! Sign up NOW at gym.example.com',
    );
    expect(typos).toContain('definitely');
    expect(typos).toContain('receive');
  });
});

describe('what a blind rating of sets 143 and 144 found', () => {
  it('keeps a choice of days, codes listed together, and a giveaway step as its rule', () => {
    const recruiter = rewriteAnyway(
      "Hi Rachel!! I'm working on an exciting opportunity for an ITU Nurse — up to £48k + AMAZING benefits!! This role won't be around for long so are you free for a quick call today or tomorrow?? Chloe @ MedStaff",
    );
    expect(recruiter).toContain('a quick call today or tomorrow?');
    const vacancy = rewriteAnyway(
      '🚨 VACATURE ALERT 🚨\n\nWat vragen wij?\n✔️ Je bent flexibel & stressbestendig\n✔️ Je spreekt vloeiend NL, EN en DE\n\nSolliciteer NU via werkenbij@dezeemeeuw.example.nl !',
    );
    expect(vacancy).toContain('NL, EN en DE');
    const giveaway = rewriteAnyway(
      '🎁🎁 $500 GIFT CARD GIVEAWAY 🎁🎁\n\nTo enter:\n✔️ Like my page (Lisa Moreno Homes)\n✔️ Comment below with your dream home feature\n✔️ Share this post\n\nWinner drawn Friday June 28 at 6pm LIVE! 🎉',
    );
    expect(giveaway).toContain('✔️ Comment below with your dream home feature');
    expect(giveaway).not.toContain("If you're interested");
  });

  it("mends a tease, a handle's shouted article, a subject line's stop and news without its verb", () => {
    const collab = rewriteAnyway(
      "✨COLLAB ALERT✨ We are SO HYPED to announce our partnership with @lexi.lifts 🍑💪 Her leggings drop FRIDAY 9AM EST and trust us… you're gonna want to be ready 👀\n\nUse code LEXI20 for 20% off (first 500 orders ONLY) 🔥\n\n#activewear",
    );
    expect(collab).toContain('drop Friday 9AM EST.');
    expect(collab).not.toContain('trust us');
    const serum = rewriteAnyway(
      "OMG 😱💕 We've teamed up with THE @mayaglowsup (1.2M followers!!) on a LIMITED EDITION serum 💧 Drops Thursday 10am PT at dewdrop.example.com",
    );
    expect(serum).toContain('teamed up with @mayaglowsup');
    const news = rewriteAnyway(
      'Subject: BIG NEWS from Sprout & Spoon!!! 🎉🎉\n\nHello Sprout & Spoon Family! We hit 50,000 Instagram followers!!!',
    );
    expect(news).toMatch(/^Subject: Big news from Sprout & Spoon 🎉\n/u);
    const strategy = rewriteAnyway(
      'Colleagues,\n\nI am pleased to share with you today the launch of Ambition 2030, our bold new institutional strategy. The full strategy document (64pp) is available on the staff intranet.\n\nProfessor Jane Doe',
    );
    expect(strategy).toContain('Today marks the launch of Ambition 2030');
  });
});

describe('what the rewriter learned from the drafts sets 145 to 147 left without a version', () => {
  it('keeps "today only" as the offer\'s term, and a dial code closes its sentence', () => {
    const text = rewriteAnyway(
      'VoltMobile: Yebo! Get 10GB for only R99 TODAY ONLY!!! Dial *135*99# now before this deal is gone 🔥 Valid till 23:59. Ts&Cs apply. voltmobile.example.co.za Reply STOP to opt out',
    );
    expect(text).toContain('today only');
    expect(text).toContain('Dial *135*99#.');
    expect(text).not.toMatch(/before this deal is gone|TODAY ONLY|!!!/u);
  });

  it('a headline that loses a word between its names adds no name', () => {
    const text = rewriteAnyway(
      "MEDIA RELEASE\n\nGreenBasket Opens State-Of-The-Art Flagship Store In Parramatta\n\nSYDNEY, 3 March 2024 – GreenBasket, one of Australia's fastest-growing supermarket chains, is proud to announce the grand opening of its brand-new, state-of-the-art 4,200sqm flagship store at Parramatta Square on Saturday 9 March.\n\nMedia enquiries: press@greenbasket.example.com.au",
    );
    expect(text).toContain('Flagship Store In Parramatta');
    expect(text).not.toMatch(/State-Of-The-Art/u);
  });
});

describe('what a blind rating of sets 148 and 149 found', () => {
  it('says where the bio link is for an order sent "via link in bio", and keeps a second way to book', () => {
    const bread = rewriteAnyway(
      'Our sourdough is back, baked fresh from 7am. Pre-order via link in bio to guarantee yours!! 🔥🔥',
    );
    expect(bread).toContain('The link to pre-order is in our bio.');
    const salon = rewriteAnyway(
      'New client offer: 20% off your first balayage. Appointments fill FAST, so book via the link in bio or call 0161 555 0192',
    );
    expect(salon).toContain('You can book through the link in our bio or call 0161 555 0192');
  });

  it('never leaves a name and its verb with what it is cut away ("Taskfold 3.0 is.")', () => {
    const launch = rewriteAnyway(
      "🚨 IT'S FINALLY HERE 🚨\n\nTaskfold 3.0 is the ONLY productivity app you will EVER need. Period.\n\nDownload NOW 👉 taskfold.example.com\n\n#productivity #launch",
    );
    expect(launch).not.toMatch(/Taskfold 3\.0 is\./u);
    // What it is stays; "the only one you will ever need" goes.
    expect(launch).toContain('Taskfold 3.0 is a productivity app.');
    expect(launch).toContain('taskfold.example.com');
  });

  it('writes "and" between two letters small, and the Italian "ai" of a shouted heading', () => {
    const bins = rewriteAnyway(
      "TO THE RESIDENTS OF BLOCKS C AND D\n\nSomeone is STILL leaving bin bags next to the communal bins instead of inside them. This is DISGUSTING and we now have rats.\n\nHarrow Court Residents' Committee",
    );
    expect(bins).toContain('blocks C and D');
    const parish = rewriteAnyway(
      "AVVISO AI PARROCCHIANI\n\nSi ricorda per l'ennesima volta che è SEVERAMENTE VIETATO parcheggiare sul sagrato durante le funzioni.\n\nIl Parroco",
    );
    expect(parish).toMatch(/^Avviso ai /u);
  });
});

describe('an order calmed outside English', () => {
  it('is offered once its hurry is gone ("👉 Iscriviti SUBITO: …")', () => {
    const webinar = rewriteAnyway(
      'Il webinar è martedì 8 ottobre alle 18:30. 👉 Iscriviti SUBITO: crescitadigitale.example.it/webinar',
    );
    expect(webinar).toContain('Puoi iscriverti su crescitadigitale.example.it/webinar');
  });
});

describe('capitals that a calmer voice leaves on words that name nothing', () => {
  it('writes a time of day small after "by", and ends the name of a place at its verb', () => {
    const appeal = rewriteAnyway(
      "We are $18,400 short of our goal, and if we don't reach it by MIDNIGHT TONIGHT, we will lose our matching grant forever. Give at mapleridge.example.org/double",
    );
    expect(appeal).toContain('by midnight tonight');
    const burger = rewriteAnyway(
      '🔥🔥 THE BEST BURGER IN BRISTOL HAS ARRIVED 🔥🔥 Get down to @SmashShackBris NOW before it sells out!!! 🍔 #burger #bristol',
    );
    expect(burger).toContain('Bristol has arrived');
  });
});

describe("a keyword to send, offered on the reader's terms", () => {
  it('says what the keyword brings as the condition, not "If you\'re interested,"', () => {
    const nails = rewriteAnyway("Flash sale at Nina's Nails this week!!! Reply YES for 30% off.");
    expect(nails).toContain("Reply YES if you'd like 30% off.");
    expect(nails).not.toContain("If you're interested");
    const order = rewriteAnyway('Our spring menu is out. Reply YES to get 20% off your next order!');
    expect(order).toContain("Reply YES if you'd like to get 20% off your next order.");
    const give = rewriteAnyway(
      'Tonight 200 families in Tulsa will go to bed hungry. Text GIVE to 70331 to give $10 now. Reply STOP to unsubscribe.',
    );
    expect(give).toContain("if you'd like to give $10.");
  });
});

describe('credit to the people who did the work', () => {
  it('stays, in English and elsewhere, while the podium\'s "testament to our commitment" goes', () => {
    const award = rewriteAnyway(
      "🏆 AWARD WINNERS! 🏆\n\nWe are absolutely thrilled to announce that Cobalt Digital has been named 'Agency of the Year' at the 2025 Northern Marketing Awards!!! 🎉\n\nHuge congratulations to our amazing, talented, hardworking team. This is YOUR award.\n\n#AgencyOfTheYear #Winners #Proud #TeamCobalt #Marketing #Awards #Creative #Digital",
    );
    expect(award).toContain('This is your award.');
    const premio = rewriteAnyway(
      'Ieri sera Vinaria è stata premiata come "Migliore Startup Agritech dell\'Anno" al Premio Innovazione Italia 2025!!! 🏆\n\nSono immensamente orgoglioso di questa squadra di fuoriclasse.\n\n#orgoglio #startup #agritech #innovazione #premio #madeinitaly',
    );
    expect(premio).toContain('orgoglioso di questa squadra');
    const bank = rewriteAnyway(
      'Brightwell Consulting has been named a Top 50 Workplace for the THIRD consecutive year!!! This recognition is a testament to our people-first culture and unwavering commitment to excellence.',
    );
    expect(bank).not.toContain('testament');
  });

  it('keeps "you need not do anything" in a Dutch notice', () => {
    const notice = rewriteAnyway(
      'Beste klant,\n\nPer 1 januari 2026 wijzigen de tarieven van uw energiecontract. Uw nieuwe maandbedrag wordt automatisch aangepast. U hoeft hiervoor niets te doen.\n\nWij blijven ons onverminderd inzetten om u de beste service te bieden tegen een scherpe prijs.\n\nMet vriendelijke groet,\nKlantenservice Polderstroom',
    );
    expect(notice).toContain('U hoeft hiervoor niets te doen.');
  });
});

describe('a hedge that keeps a reply from accusing', () => {
  it('keeps "Our records show" before what the customer did', () => {
    const reply = rewriteAnyway(
      'Response from the owner: We are disappointed to read this review. Our records show that you arrived 25 minutes late for your booking, and as clearly stated on our website, tables are held for 15 minutes only. Our staff followed policy correctly.',
    );
    expect(reply).toContain('Our records show that you arrived 25 minutes late');
  });
});

describe('bait that asks for a number, in any language', () => {
  it('goes, with the count of friends to tag; a real question after "Agree?" stays', () => {
    const trattoria = rewriteAnyway(
      "🍝 CARBONARA O AMATRICIANA? 🍝\n\nScrivete 1 per la carbonara e 2 per l'amatriciana nei commenti! 👇👇\n\nMetti MI PIACE se sei un vero romano! ❤️ Condividi con chi ama la cucina romana e tagga 3 amici che ti devono una cena! 😂\n\nTrattoria Da Peppe, Testaccio 🇮🇹",
    );
    expect(trattoria).toContain("Scrivete 1 per la carbonara e 2 per l'amatriciana nei commenti.");
    expect(trattoria).not.toMatch(/tagga|mi piace/iu);
    const branch = rewriteAnyway(
      'Yesterday our Harrogate branch was named the #1 branch in the North East region for customer satisfaction for the THIRD year in a row. 🏆\n\nAgree? 👇 What does great customer service mean to you?\n\n#Banking',
    );
    expect(branch).toContain('What does great customer service mean to you?');
    expect(branch).not.toContain('Agree?');
  });

  it("keeps likes, shares and tags that are a draw's way in, where the paragraph names the draw", () => {
    const gewinnspiel = rewriteAnyway(
      '🚨 NUR HEUTE 🚨 Gewinne ein iPhone 15 Pro! Folge @techdeal_de, like diesen Post und markiere 3 Freunde. Zusätzlich: 30% Rabatt auf ALLES mit dem Code TECH30, nur bis Mitternacht! Schnell sein lohnt sich 🔥 #gewinnspiel #rabatt',
    );
    expect(gewinnspiel).toContain('markiere 3 Freunde');
    const kayak = rewriteAnyway(
      '🛶 KAYAK SEASON IS HERE 🛶 Easter weekend is going to be packed, book NOW! Only £20 an hour! Share this post and tag your paddle buddy to win a free hire 🌊',
    );
    expect(kayak).toContain('tag your paddle buddy to win a free hire');
  });
});

describe("a form letter's stock phrases", () => {
  it('are said the way a person at the desk would say them, and what is refused stays refused', () => {
    const bank = rewriteAnyway(
      'Dear Customer,\n\nThank you for contacting Harbour Bank. We acknowledge receipt of your complaint regarding the dishonoured payment on your account.\n\nPlease be advised that, as per clause 14.3 of our Account Terms and Conditions, a dishonour fee of $15 applies when insufficient funds are available at the time of processing. This fee has been applied correctly and cannot be reversed.\n\nShould you wish to escalate this matter, you may contact our Complaints Team during business hours.\n\nRegards,\nCustomer Resolutions\nHarbour Bank NZ',
    );
    expect(bank).toContain(
      'Thank you for contacting Harbour Bank, and for writing to us about the dishonoured payment on your account.',
    );
    expect(bank).toContain('Under clause 14.3 of our Account Terms and Conditions');
    expect(bank).toContain('cannot be reversed.');
    expect(bank).toContain("If you'd like to escalate this matter, you can contact our Complaints Team");
  });

  it('say "use" for "leverage" and "help" for "empower", never inside quoted words', () => {
    const launch = rewriteAnyway(
      'We leverage machine learning to match invoices in seconds. Our platform empowers finance teams to close the month 40% faster. "We empower organizations to unlock their data," said Marcus Hale, CEO. BOOK A DEMO TODAY!!!',
    );
    expect(launch).toContain('We use machine learning to match invoices in seconds.');
    expect(launch).toContain('Our platform helps finance teams to close the month 40% faster.');
    expect(launch).toContain('"We empower organizations to unlock their data," said Marcus Hale');
  });

  it('leaves a sentence the draft already ended on a preposition to the draft', () => {
    const draft =
      "Hi Sam, thanks for letting us know. Please don't hesitate to get in touch if there's anything else I can help with.";
    const rewrite =
      "Hi Sam, thanks for letting us know. Feel free to get in touch if there's anything else I can help with.";
    expect(grammarProblems(draft, rewrite, 'en')).toEqual([]);
  });
});

describe('pride said as the news', () => {
  it('keeps a subject named twice and its verb in the past', () => {
    const newsletter = rewriteAnyway(
      "Humbled and honoured to share that our newsletter, The Growth Memo, just crossed 100,000 subscribers. 🙏\n\nI don't say this to brag. I say it because if I can do it, so can you.\n\nAgree?",
    );
    expect(newsletter).toContain('Our newsletter, The Growth Memo, just crossed 100,000 subscribers.');
  });
});

describe('what is tacked on after the way in', () => {
  it('goes: the threat, the promised new life, the progress you will lose, the fear for a child', () => {
    const upgrade = rewriteAnyway(
      'URGENT: Your data is running low! Upgrade NOW to Unlimited for just £5 more a month. Offer expires in 24hrs. Reply UPGRADE or lose this deal. Vyntel',
    );
    expect(upgrade).toContain('reply UPGRADE.');
    expect(upgrade).not.toContain('lose this deal');
    const school = rewriteAnyway(
      "ADMISSIONS CLOSING!!! ⚠️\n\nOnly a FEW SEATS LEFT for Montessori & Class 1 at Crescent Grammar School, DHA Phase 6!\n\nDon't let your child fall behind. Parents who delay admission are putting their child's future at risk. The best schools fill up first. Will YOUR child be left out?\n\n✔ Cambridge curriculum\n✔ Air-conditioned classrooms\n\nLast date: 15 March. Call NOW: 0321 555 7740",
    );
    expect(school).not.toMatch(/at risk|left out/u);
    expect(school).toContain('You can call 0321 555 7740.');
    const gym = rewriteAnyway(
      "Hi Callum,\n\nYour trainer Sophie has been asking where you are.\n\nBook a session today before you lose all the progress you've made: forthfitness.example.co.uk/book\n\nDon't quit on yourself,\nThe Forth Fitness Team",
    );
    expect(gym).toContain('forthfitness.example.co.uk/book');
    expect(gym).not.toContain('before you lose');
  });

  it('goes when it names a rival: "or it will be offered to the next person in line"', () => {
    const unit = rewriteAnyway(
      'Re: your enquiry. We still have ONE unit left at the launch price!!! Reply YES within 2 hours to reserve it or it will be offered to the next person in line.',
    );
    expect(unit).toContain('reply YES within 2 hours to reserve it.');
    expect(unit).not.toContain('next person');
  });

  it('leaves "use it or lose it" and a polite request for help as they are', () => {
    expect(
      rewriteAnyway('Your 2024 leave days expire on 31 March. Use it or lose it! BOOK NOW!!!'),
    ).toContain('Use it or lose it');
    const reply = rewriteAnyway(
      "@dan_hollis We're sorry to hear about your experience. Please DM us your booking reference and a member of our team will look into this for you. Don't miss our SUMMER SALE!!! ^KR",
    );
    expect(reply).toContain(
      'Please DM us your booking reference and a member of our team will look into this',
    );
  });
});

describe('the hashtags that close a post', () => {
  it('lose the tags that only push or boast, and keep the topics', () => {
    const studio = rewriteAnyway(
      "LAST 3 SPOTS for Saturday's sunrise yoga at Pier 4!!! £12, mats provided. BOOK NOW before they're gone: bendandbreathe.example/book\n\n#yoga #brighton #BookNow #DontMissOut #winning",
    );
    expect(studio).toMatch(/#yoga #brighton\s*$/u);
    const german = rewriteAnyway(
      'ACHTUNG! LETZTE WARNUNG AN ALLE MIETER!\n\nAlle Gegenstände, die nach dem 20.09. noch im Treppenhaus stehen, werden entfernt.\n\nWir erwarten, dass sich ALLE an die Regeln halten.',
    );
    expect(german).toContain('an alle Mieter');
    expect(german).toContain('dass sich alle an die Regeln halten');
  });
});

describe('a taunt about excuses', () => {
  it('goes in English, Spanish, Portuguese and German, and the offer stays', () => {
    const gym = rewriteAnyway(
      "January membership: £19 a month, no joining fee, at Ironside Gym, Leith. What's your excuse? JOIN TODAY at ironside.example/join!!!",
    );
    expect(gym).not.toContain('excuse');
    expect(gym).toContain('£19 a month');
    const gimnasio = rewriteAnyway(
      '¡ÚLTIMA SEMANA! Cuota de 25 € al mes en Gimnasio Olivar, Sevilla. ¡No hay excusas! Apúntate en olivar.example/alta',
    );
    expect(gimnasio).not.toContain('excusas');
    expect(gimnasio).toContain('25 €');
  });
});

describe('what the set 154–157 raters found broken', () => {
  it('says a plural without an article once its ranking goes, and the news without "Here\'s"', () => {
    const stand = rewriteAnyway(
      "Proud to share that Orbitale is the Platinum Sponsor of CloudOps Summit Europe 2025! 🎉 Visit us at Stand A1 and see why the world's most innovative companies trust Orbitale. #DevOps",
    );
    expect(stand).toContain('see why companies trust Orbitale.');
    const coach = rewriteAnyway(
      "I'm humbled to share that my coaching business just crossed $1.2M in revenue this year. 🚀\n\nNo team. No ads. Just me, a laptop and a relentless work ethic.\n\n#coaching",
    );
    expect(coach).toContain('My coaching business just crossed $1.2M in revenue this year.');
  });

  it('offers no "News from …: the … of" fragment', () => {
    const council = rewriteAnyway(
      'Harrowfield District Council is pleased to announce the successful delivery of Phase 2 of its £4.2m Highways Resurfacing Programme, ahead of schedule and within budget. Further information is available at harrowfield.gov.example/highways.',
    );
    expect(council).not.toMatch(/News from [^:]+: the successful delivery of/u);
  });
});

describe('a cold e-mail signed by name, with the name in its link', () => {
  it('keeps the name that signs it, and says an arrow to a link as words', () => {
    const pitch = rewriteAnyway(
      "Hi Kevin,\n\nI took a look at your website and it's costing you clients.\n\nDo you have 15 minutes Thursday? If not, your competitors will.\n\nBest,\nRyan Cole\nGrowth Consultant | ryancolegrowth.example.com",
    );
    expect(pitch).toContain('Best,\nRyan Cole\nGrowth Consultant');
    const sale = rewriteAnyway(
      "Hey there,\n\nYour FINAL chance to grab up to 60% off tents at Northbound Outfitters.\n\nDon't be the one who waited. SHOP NOW ➜ northboundoutfitters.ca/blackfriday",
    );
    expect(sale).not.toContain('➜');
    expect(sale).toContain('northboundoutfitters.ca/blackfriday');
  });
});

describe('a closing question', () => {
  it('is not asked after an address the post ends on, whatever its country ending', () => {
    const lineup = rewriteAnyway(
      'THE LINEUP IS HERE 🔥🔥🔥 Three stages. 48 artists. ONE unforgettable weekend. #SunsetSoundFest 2025 is officially the BIGGEST festival Cape Town has EVER seen. Tickets drop Friday 10am — they WILL sell out. sunsetsound.co.za',
    );
    expect(lineup).not.toMatch(/sunsetsound\.co\.za\.? [^\n]*\?/u);
  });
});

describe('mends the raters of sets 158 to 160 asked for', () => {
  const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
  const in_ = (language: Language): SentenceContext => ({ ...en, language });
  it('asks no question inside a postscript, and points a bare "grab yours:" at its link', () => {
    const letter = rewriteAnyway(
      "Newsletter — June Edition\n\nHi there!\n\nBig month at Tidewater Candle Co. 🕯️ Our new Summer Collection just dropped and it's already our best-selling launch EVER. Seriously, we're running out. Grab yours before they're gone: tidewatercandle.example/summer\n\nP.S. Use SUMMER10 at checkout. Expires Sunday!",
    );
    expect(letter).toContain('You can grab yours here: tidewatercandle.example/summer');
    expect(letter.trimEnd().endsWith('P.S. Use SUMMER10 at checkout. Expires Sunday!')).toBe(true);
  });

  it('keeps a hook the author answers, and drops the answer with a shouted one', () => {
    const socks = rewriteAnyway(
      "Tired of boring socks? 🧦 Us too. That's why SockSmith makes the boldest, comfiest socks on the planet. Use code FEET25 for 25% off your first order. Link in bio! 👣 #socks",
    );
    expect(socks).toMatch(/^Tired of boring socks\? 🧦 Us too\. That's why SockSmith/u);
    const objection = rewriteAnyway(
      "P.S. Still on the fence? I get it. That's why the Blueprint comes with my 100% money-back guarantee. Enrol today: wealth.example/blueprint",
    );
    expect(objection).not.toMatch(/Still on the fence|I get it|That's why/u);
    expect(objection).toContain('The Blueprint comes with my 100% money-back guarantee');
  });

  it('cuts the words that only praise out of a run of describing words, not out of a list of things', () => {
    const spa = rewriteAnyway(
      'Prepare to experience the most luxurious, transformative, life-changing spa day of your ENTIRE LIFE at Serenova Day Spa! Book by Friday: serenova.example/book',
    );
    expect(spa).toContain('the most luxurious spa day');
    const serum = rewriteAnyway(
      'Introducing DEW REVIVAL SERUM 💧 the revolutionary, game-changing, holy-grail serum your skin has been waiting for. Launching Friday 9am EST at dewrevival.example',
    );
    expect(serum).toContain('the serum your skin has been waiting for');
    const thanks = rewriteAnyway(
      "We've raised $12M to build the data layer for AI!!! We'd like to thank our customers, partners, and incredible team for making this milestone possible. #funding",
    );
    expect(thanks).not.toContain('customers and partners team');
    expect(thanks).toContain('team for making this milestone possible');
  });

  it('drops the credit taken with the pride, and the loss the reader is told they suffer', () => {
    const hotel = rewriteAnyway(
      "I'm proud to share that under my leadership, The Wexley Hotel has achieved 94.2% average occupancy for Q3 — the highest in the property's 31-year history. #hospitality",
    );
    expect(hotel).toMatch(/^The Wexley Hotel has achieved 94\.2% average occupancy/u);
    expect(isPressure('Your progress is slipping away!', 'en')).toBe(true);
    expect(isPressure('Your flexibility is slipping, your stress is building.', 'en')).toBe(true);
    expect(isPressure('Our prices are slipping down this week.', 'en')).toBe(false);
  });

  it('offers a booking without the loss held over it, and with its number', () => {
    const dentist = rewriteAnyway(
      'Ridgeview Dental: Reminder — you are OVERDUE for your 6-month check-up. Book now to avoid losing your place on our patient list: 01632 960 441. Reply STOP to opt out.',
    );
    expect(dentist).toContain('You can book on 01632 960 441.');
    expect(dentist).not.toContain('avoid losing');
    expect(calm('Already 14 viewings booked, call to avoid disappointment.', en, false)).toContain(
      'call to avoid disappointment',
    );
  });

  it('mends seams: a half verb before "link in bio", a bar before a stop, "heel Utrecht", "Hier sichern:"', () => {
    expect(rewriteAnyway('Our new Hazy IPA lands FRIDAY. Pre-order NOW — link in bio 🔗')).toContain(
      'The link to pre-order is in our bio.',
    );
    expect(
      rewriteAnyway(
        'Book with the champs → @kingsandcrowns_barbers | link in bio\nWalk-ins welcome but you WILL wait.',
      ),
    ).not.toContain('|.');
    expect(
      rewriteAnyway(
        '🥐 DE LEKKERSTE APPELTAART VAN HEEL UTRECHT 🥐\n\nAlleen dit weekend: hele taart voor €18,50!',
      ),
    ).toContain('van heel Utrecht');
    expect(calm('Jetzt sichern ➡️ powerhouse-gym.de/deal', in_('de'), false)).toBe(
      'Hier sichern: powerhouse-gym.de/deal',
    );
    expect(tagAsQuestion('Tag someone who owes you tacos 👇')).toBe('Know someone who owes you tacos?');
  });
});

describe('a reply that says no', () => {
  it('closes on a word of regret, in the reply’s own language, before its sign-off', () => {
    const refusal = rewriteAnyway(
      'Hi Mr. Pearce,\n\nAs stated clearly in our Terms and Conditions (section 4.2), refunds are not available after 14 days. Your order #88213 was delivered on 2 May. We are therefore unable to process your request. Please review our policies before making future purchases.\n\nRegards,\nCustomer Service\nNorthwind Outdoor Gear',
    );
    expect(refusal).toContain(
      "So we can't process your request. We're sorry we don't have better news for you.\n\nRegards,",
    );
    const recusa = rewriteAnyway(
      'Prezado(a) cliente,\n\nInformamos que sua solicitação de reembolso foi negada conforme a cláusula 7.3 dos nossos Termos de Uso. Não cabe recurso desta decisão.\n\nAtenciosamente,\nEquipe de Atendimento TechNova',
    );
    expect(recusa).toContain('Lamentamos não poder dar uma resposta melhor.\n\nAtenciosamente,');
  });

  it('adds none where the reply already apologises, invites an answer, or says no to nothing asked', () => {
    const sorry = rewriteAnyway(
      "Hi Jess, thanks for your message. I'm sorry, but as per our returns policy sale items are non-refundable. We can't make an exception.\nKind regards, Bramble & Thread",
    );
    expect(sorry).not.toContain('better news');
    const questions = rewriteAnyway(
      'Hi Marcus, thanks for reaching out. Unfortunately refunds are not available after 14 days per our policy. Let us know if you have any other questions.',
    );
    expect(questions).not.toContain('better news');
    const launch = rewriteAnyway(
      "Hey friend,\n\nDoors to the Freelance Blueprint close TONIGHT and we WON'T reopen until 2026. Don't miss it: blueprint.example/join",
    );
    expect(launch).not.toContain('better news');
  });

  it('drops "This is not negotiable." and telling the customer where they may not speak', () => {
    const studio = rewriteAnyway(
      "Hello Marcus,\n\nClasses cancelled with less than 12 hours' notice are charged in full. This is not negotiable.\n\nThe $28 fee stands.\n\nWe'd also remind you that leaving public reviews about billing matters is not the appropriate channel.\n\nIron Republic Cycle Studio",
    );
    expect(studio).not.toMatch(/not negotiable|appropriate channel/u);
    expect(studio).toContain('The $28 fee stands.');
  });
});

describe('a shouted job ad', () => {
  it('keeps two shouted headings apart, and a list item whose order after a dash goes', () => {
    const ad = rewriteAnyway(
      "🚨 WE'RE HIRING NOW 🚨 WAREHOUSE OPERATIVES 🚨\n\n📍 Immingham DC\n💷 £12.60/hr + OVERTIME\n🕐 Days, nights, weekends — START THIS WEEK!!\n\nApply in 2 mins 👉 link in bio\n\nDon't miss out — positions filling FAST!! 🔥🔥\n\n#hiring #warehousejobs",
    );
    expect(ad).toMatch(/^We're hiring now\. Warehouse operatives\./u);
    expect(ad).toContain('🕐 Days, nights, weekends\n');
    expect(ad).not.toMatch(/start this week|filling fast/iu);
  });
});

describe('what the pride leaves behind', () => {
  it('says "its" of a company named as the subject once the pride before it goes', () => {
    const quarter = rewriteAnyway(
      'Proud to share that Calder Precision Components just delivered our strongest quarter in our 42-year history. Revenue up 38% YoY. Our competitors should be worried. 😎',
    );
    expect(quarter).toContain(
      'Calder Precision Components just delivered its strongest quarter in its 42-year history.',
    );
  });

  it('drops "I proved them wrong." with the sentence that said who they were', () => {
    const freelancer = rewriteAnyway(
      "Three years ago I quit my agency job. Today I've written copy for my 100th hospitality brand.\n\nPeople told me freelancing wasn't sustainable. I proved them wrong.\n\nMy calendar is open for Q3. Link in comments.",
    );
    expect(freelancer).not.toContain('I proved them wrong');
    expect(freelancer).toContain("Today I've written copy for my 100th hospitality brand.");
  });
});

describe('a time and a prize said plainly', () => {
  const en: SentenceContext = { language: 'en', intent: 'offer', singular: false, keep: new Set() };
  it('keeps "today" before a time, and lowers a shouted "A" before a price', () => {
    expect(calm('Can you jump on a call today at 4pm or tomorrow at 9am?', en, false)).toBe(
      'Can you jump on a call today at 4pm or tomorrow at 9am?',
    );
    expect(calm('Call us today on 0161 555 0192.', en, false)).toBe('Call us on 0161 555 0192.');
    expect(calm('WIN A $300 GLOW-UP!', en, false)).toBe('Win a $300 glow-up.');
    expect(calm('Plan A is ready', en, false)).toBe('Plan A is ready');
  });
});

describe('a slogan that orders a better life', () => {
  it('goes on its own', () => {
    expect(isPressure('Elevate your evenings.', 'en')).toBe(true);
    expect(isPressure('Elevate your life. 🥂', 'en')).toBe(true);
    expect(isPressure('Transform your business with our bookkeeping tools.', 'en')).toBe(false);
  });
});

describe("a release's dateline of two words", () => {
  it('stays in the capitals a wire writes it in', () => {
    const release = rewriteAnyway(
      'FOR IMMEDIATE RELEASE\n\nCalmCore Secures $14M Series A to Accelerate Its Mission of Democratizing Holistic Wellness\n\nSAN FRANCISCO — CalmCore, the AI-powered wellness platform revolutionizing how millions of people approach mental and physical wellbeing, today announced it has closed a $14 million Series A round led by Northfield Ventures, with participation from existing investors.\n\nThe funding will be used to scale CalmCore\'s proprietary personalization engine, expand into three new markets and grow its team of world-class engineers and wellness experts.\n\n"This investment validates our vision of a world where holistic wellness is accessible to everyone," said CalmCore co-founder and CEO Ava Lindqvist. "We\'re just getting started."\n\nAbout CalmCore: CalmCore is the leading holistic wellness platform, trusted by over 2 million users worldwide. Learn more at calmcore.app.',
    );
    expect(release).toContain('SAN FRANCISCO — CalmCore');
  });
});

describe('a form letter in the words of the person at the desk', () => {
  const reply = (language: Language): SentenceContext => ({ language, intent: 'reply' }) as SentenceContext;

  it.each([
    ['We note your comments.', 'en', 'Thank you for your comments.'],
    ['@jess_mcr We note your comments.', 'en', '@jess_mcr Thank you for your comments.'],
    [
      'Your enquiry (ref: CRM-2024-118872) has been received and logged.',
      'en',
      'Thank you for your enquiry (ref: CRM-2024-118872).',
    ],
    ['Your ticket #SV-48213 has been received.', 'en', "We've received your ticket #SV-48213."],
    [
      'We note your dissatisfaction with the cancellation fee of £45.',
      'en',
      "We understand you're unhappy with the cancellation fee of £45.",
    ],
    ['A technician will be scheduled in due course.', 'en', 'A technician will be scheduled.'],
    [
      'As stated in our Terms of Service (Section 4.2), which you agreed to at checkout, refunds are not available after 14 days.',
      'en',
      'Under our Terms of Service (Section 4.2), refunds are not available after 14 days.',
    ],
    [
      'Sehr geehrte Frau Schneider, wir bestätigen den Eingang Ihrer Beschwerde vom 4. März.',
      'de',
      'Sehr geehrte Frau Schneider, wir danken Ihnen für Ihre Beschwerde vom 4. März.',
    ],
    ['Madame, nous avons bien pris connaissance de votre avis.', 'fr', 'Madame, merci pour votre avis.'],
    [
      'Madame, Monsieur, nous accusons réception de votre courrier du 18 janvier.',
      'fr',
      'Madame, Monsieur, merci pour votre courrier du 18 janvier.',
    ],
    [
      'Nous accusons réception de votre réclamation et vous remercions de votre confiance.',
      'fr',
      'Nous accusons réception de votre réclamation et vous remercions de votre confiance.',
    ],
    ['We acknowledge receipt of your review dated 12/02.', 'en', 'Thank you for your review dated 12/02.'],
    [
      'We apologize for any inconvenience you may have experienced regarding the broken heater in Unit 3B.',
      'en',
      "We're sorry about the broken heater in Unit 3B.",
    ],
    [
      'However, as clearly stated in our Terms & Conditions (section 7.3), vehicles must be returned with a full tank.',
      'en',
      'However, under our Terms & Conditions (section 7.3), vehicles must be returned with a full tank.',
    ],
    [
      'However, as stated in our booking conditions, check-in is from 15:00.',
      'en',
      'However, check-in is from 15:00.',
    ],
    [
      'Gentile ospite, prendiamo atto della Sua recensione.',
      'it',
      'Gentile ospite, La ringraziamo per la Sua recensione.',
    ],
    [
      'Le recordamos que las tarifas de urgencias están publicadas en nuestra web.',
      'es',
      'Las tarifas de urgencias están publicadas en nuestra web.',
    ],
  ] as const)('"%s" (%s)', (sentence, language, said) => {
    expect(calm(sentence, reply(language), false)).toBe(said);
  });

  it('leaves a reminder whose clause runs on with "et que" as written', () => {
    const sentence =
      'Nous tenons à préciser que nos délais sont indiqués sur notre site et que le retard est imputable au transporteur.';
    expect(calm(sentence, reply('fr'), false)).toBe(sentence);
  });

  it('thanks the customer in a cold German letter, and keeps its reference', () => {
    const rewrite = rewriteAnyway(
      'Sehr geehrter Herr Brandt,\n\nwir bestätigen den Eingang Ihrer Beschwerde vom 04.03.2025 (Vorgangsnummer BS-2025-11873). Eine Erstattung ist daher nicht möglich.\n\nMit freundlichen Grüßen\nSparkasse Oberland-Mitte',
    );
    expect(rewrite).toContain(
      'wir danken Ihnen für Ihre Beschwerde vom 04.03.2025 (Vorgangsnummer BS-2025-11873).',
    );
    // The regret a refusal closes on is a whole sentence, not a subject cut from its verb.
    expect(rewrite).toContain('Es tut uns leid, dass wir Ihnen keine bessere Nachricht geben können.');
  });
});

describe('orders offered in Dutch and Portuguese', () => {
  it.each([
    [
      'Schrijf je nu in via fitlabhaarlem.nl/actie met code ZOMER59.',
      'nl',
      'Je kunt je inschrijven via fitlabhaarlem.nl/actie met code ZOMER59.',
    ],
    [
      'Schrijf je in via de link in onze bio of kom langs aan de Vredenburgkade 14.',
      'nl',
      'Je kunt je inschrijven via de link in onze bio of langskomen aan de Vredenburgkade 14.',
    ],
    [
      'Meld u aan via www.gemeente.example/aanmelden.',
      'nl',
      'U kunt zich aanmelden via www.gemeente.example/aanmelden.',
    ],
    ['Bel 033 456 7890 voor een afspraak!', 'nl', 'Je kunt bellen naar 033 456 7890 voor een afspraak.'],
    [
      'Marque já pelo 22 600 4871 ou em sorrisodoporto.pt.',
      'pt',
      'Pode marcar pelo 22 600 4871 ou em sorrisodoporto.pt.',
    ],
  ] as const)('"%s"', (sentence, language, said) => {
    expect(offeredElsewhere(sentence, language)).toBe(said);
  });

  it('leaves a Dutch order whose object stands before the place as written', () => {
    // "Boek je tickets via…" would need its object moved before the infinitive.
    expect(offeredElsewhere('Boek je tickets via de site.', 'nl')).toBe('Boek je tickets via de site.');
  });

  it('gives a Dutch text message a version, its way out as written', () => {
    const { rewrite } = reviewDraft(
      'FITLAB HAARLEM: LAATSTE KANS!!! Alleen vandaag: 3 maanden sporten voor €59 i.p.v. €99. OP=OP! Schrijf je nu in via fitlabhaarlem.nl/actie met code ZOMER59. Afmelden? Sms STOP naar 4411',
    );
    expect(rewrite).toContain('Je kunt je inschrijven via fitlabhaarlem.nl/actie met code ZOMER59.');
    expect(rewrite).not.toMatch(/OP ?= ?OP/iu);
    expect(rewrite).toContain('Sms STOP naar 4411');
  });

  it('does not count the way out of a text message against its version', () => {
    const { rewrite } = reviewDraft(
      "Cabinet Dentaire des Tilleuls : Vous n'avez pas consulté depuis plus de 12 mois !!! Ne laissez pas la situation s'aggraver. Prenez RDV dès maintenant pour votre détartrage au 03 88 21 47 90 ou sur dentaire-tilleuls.fr. STOP SMS au 36111",
    );
    expect(rewrite).toContain('Vous pouvez prendre RDV pour votre détartrage au 03 88 21 47 90');
    expect(rewrite).toContain('STOP SMS au 36111');
  });

  it('offers a DM to reserve and the link in bio together, and an order after a lead-in of purpose', () => {
    const { rewrite } = reviewDraft(
      "Mother's Day is THIS SUNDAY 30th March 💐💐 ONLY 3 luxury hand-tied bouquets left at £45!!! Once they're gone they're GONE 😱 DM us now to reserve or tap the link in bio 👆 Free delivery within Leith & Portobello.",
    );
    expect(rewrite).toContain('You can DM us to reserve, or use the link in our bio.');
    const sale = reviewDraft(
      '🎉🎉 WE DID IT!!! 🎉🎉 Our Excel for Beginners course just hit 25,000 STUDENTS!!! To celebrate, enrol this week for just $19 (normally $79) at sheetsmart.academy — but hurry, this deal ends Friday!!',
    ).rewrite;
    expect(sale).toContain(
      'To celebrate, you can enrol this week for $19 (normally $79) at sheetsmart.academy — this deal ends Friday.',
    );
    // How long the offer lasts is a lead-in too, and a fact kept.
    expect(
      reviewDraft(
        "Tonino's Pizza: Tuesday 2-for-1 large pies is BACK! 🍕 Today only, order by 9pm at toninos.example.com or call (555) 014-2290. Reply STOP to opt out.",
      ).rewrite,
    ).toContain('Today only, you can order by 9pm at toninos.example.com');
  });

  it('offers a seat after the crowd without the race for it, and calms an e-mail button', () => {
    const webinar = reviewDraft(
      "Hi Jordan,\n\nOur live session is this Thursday at 1:00 PM ET.\n\nOver 800 business owners have already registered, so grab your seat now before it's full:\nhttps://ledgerly.example.com/webinars/year-end\n\nSee you there!\nThe Ledgerly Team",
    ).rewrite;
    expect(webinar).toContain(
      'Over 800 business owners have already registered. You can grab your seat here:',
    );
    expect(webinar).not.toMatch(/full/u);
    const trial = reviewDraft(
      "Your Scheduloo free trial expires on Friday at 11:59pm. Upgrade now and get 30% off your first year — that's $13.30/month instead of $19.\n\n[UPGRADE NOW AND SAVE 30%]\n\nQuestions? Our team is standing by.",
    ).rewrite;
    expect(trial).toContain('[Upgrade and save 30%]');
  });
});

describe('seams the last four raters found', () => {
  it('keeps the Spanish hours as written', () => {
    const rewrite = rewriteAnyway(
      '¡Estamos orgullosos de anunciar que Café Altamira fue elegido entre los 10 mejores cafés de Medellín! ☕🏆\n\nVisítanos en la Carrera 37, de lunes a sábado de 7 a. m. a 8 p. m.',
    );
    expect(rewrite).toContain('de 7 a. m. a 8 p. m.');
  });

  it('opens the sentence after "@channel" with its capital once the form words went', () => {
    const rewrite = rewriteAnyway(
      '@channel Please be advised that effective immediately, all staff are required to complete the IPC-2025 module via LearnHub by Friday 21 March at 17:00. Non-compliance will be escalated to line managers.',
    );
    expect(rewrite).toMatch(/^@channel Effective immediately, all staff/u);
    const noted = rewriteAnyway(
      '@channel Please note: effective immediately, all erg bookings must be made through ClubHub. This decision is final.',
    );
    expect(noted).toMatch(/^@channel Effective immediately, all erg bookings/u);
  });

  it('takes a closing bracket out with the sentence that opened it, and leaves no line of stops', () => {
    expect(
      rewriteAnyway(
        'I analysed 1,200 SaaS landing pages. 97% make the same mistake. 🧵👇 (Retweet so other founders see this. Follow @landingdoc for more.)',
      ),
    ).not.toMatch(/\)\s*$/u);
    // A list's "1)" and a smile stay.
    expect(rewriteAnyway('BIG NEWS!!! Our café opens Monday 🎉 1) coffee 2) cake :)')).toMatch(
      /1\) .*2\) .*:\)/u,
    );
  });

  it('keeps the verb of a clause after "that"', () => {
    const rewrite = rewriteAnyway(
      'Pennywise just got even better! 🎉 Introducing Item Split — the game-changing feature that revolutionises how you split bills with friends. Live now on iOS.',
    );
    expect(rewrite).not.toMatch(/that how/u);
  });
});

describe('the credit and the brag in a post about an honour', () => {
  it("keeps the thanks to the team, brackets and all, and drops the sender's own testament", () => {
    const rewrite = rewriteAnyway(
      "I'm humbled and honoured to share that I've been named in the Top 50 Women in Fintech 2025 list by FinBiz Magazine. 🙏\n\nIt's a testament to my relentless commitment, my vision and my ability to drive transformational change at scale.\n\nOf course, none of this would be possible without my amazing team (you know who you are! 😉).\n\nI'll be speaking about my journey at FinTech Week London on 17 October.",
    );
    expect(rewrite).toContain('none of this would be possible without my amazing team (you know who you are');
    expect(rewrite).not.toContain('testament to my');
    expect(rewrite).not.toMatch(/^\)?\.$/mu);
  });

  it('reads "$0. 412 Main St" as a price and an address, not one sum', () => {
    const sheet = factSheet('Most insurance covers at $0. 412 Main St, Ames.');
    expect(sheet.facts.entities.join(' ')).not.toContain('$0. 412');
  });
});

describe('a wall of tags and a complaint thanked', () => {
  it('keeps three hashtags of a wall', () => {
    const rewrite = rewriteAnyway(
      'HUGE NEWS!!! Our summer menu is finally HERE 🍓🍦 Come try it this weekend at 14 Harbour Road! #food #foodie #summer #menu #brunch #cafe #local #eatlocal #yum #instafood #weekend #treats',
    );
    expect(rewrite.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0).toBeLessThanOrEqual(3);
  });

  it('thanks a complainant for writing about the thing, and keeps a date the receipt named', () => {
    const reply = (language: Language): SentenceContext =>
      ({ language, intent: 'reply', keep: new Set() }) as unknown as SentenceContext;
    expect(
      calm('We acknowledge receipt of your complaint regarding noise on the 4th floor.', reply('en'), false),
    ).toBe('Thank you for writing to us about noise on the 4th floor.');
    expect(
      calm(
        'We acknowledge receipt of your correspondence dated 3rd March regarding the damp.',
        reply('en'),
        false,
      ),
    ).toContain('dated 3rd March');
  });

  it('keeps SEPA and PTA in capitals', () => {
    const rewrite = rewriteAnyway(
      'LAST CHANCE!!! PTA RAFFLE tickets on sale NOW!!! Pay by SEPA transfer or cash at the school office. Draw on Friday 14 March!!!',
    );
    expect(rewrite).toContain('PTA');
    expect(rewrite).toContain('SEPA');
  });
});

describe('what a blind rating of set 171 found', () => {
  const notice = (text: string) =>
    calm(text, { language: 'en', intent: 'notice', keep: new Set() } as unknown as SentenceContext, false);

  it('keeps three tags of a wall that was most of the post, the post itself being short', () => {
    const rewrite = rewriteAnyway(
      'Good vibes only ✨☕🌴 Come and taste the BEST coffee in Canggu!!! 😍😍\n\n#bali #canggu #balicafe #coffee #coffeelover #coffeetime #cafe #brunch #foodie #instafood #baliisland #balilife #travel #wanderlust #digitalnomad #vibes #goodvibes #instagood #photooftheday #explorepage',
    );
    expect(rewrite).toContain('Canggu');
    expect(rewrite.match(/#[\p{L}\p{N}_]+/gu)?.length).toBe(3);
  });

  it("keeps the space between two of Slack's emoji codes", () => {
    expect(notice("Let's keep going together! :rocket: :muscle:")).toContain(':rocket: :muscle:');
    expect(notice('Doors open at 6pm: , bring a friend.')).not.toMatch(/: ,/u);
  });

  it('says "Request you to not reply" as the "please" it means', () => {
    const rewrite = rewriteAnyway(
      'Dear Customer,\n\nKindly allow 7-10 business days for resolution of Order #SK-88213074.\n\nRequest you to not reply to this email as this mailbox is not monitored.\n\nThanks & Regards,\nTeam ShopKart',
    );
    expect(rewrite).toContain("Please don't reply to this email as this mailbox is not monitored.");
  });

  it('says a refusal with regret rather than asking the reader to accept it', () => {
    const reply = (language: Language): SentenceContext =>
      ({ language, intent: 'reply', keep: new Set() }) as unknown as SentenceContext;
    expect(calm('Please understand that we cannot refund the delivery charge.', reply('en'), false)).toBe(
      'Unfortunately, we cannot refund the delivery charge.',
    );
    const explains = "Please understand that when you don't submit on time, others are affected.";
    expect(calm(explains, reply('en'), false)).toBe(explains);
    expect(
      calm(
        'Bitte haben Sie Verständnis dafür, dass eine Erstattung gemäß unseren AGB (§ 7 Abs. 3) nicht möglich ist.',
        reply('de'),
        false,
      ),
    ).toBe('Leider ist eine Erstattung gemäß unseren AGB (§ 7 Abs. 3) nicht möglich.');
  });

  it('runs a sentence on after "Abs.", "d.d." and "jl."', () => {
    expect(runsOnAfter('gemäß unseren AGB (§ 7 Abs.', ' 3) nicht möglich ist.')).toBe(true);
    expect(runsOnAfter('Wij hebben uw klacht d.d.', ' 12 februari')).toBe(true);
    expect(runsOnAfter('uw klacht van 12 februari jl.', ' in goede orde ontvangen.')).toBe(true);
    expect(runsOnAfter('We love modern art.', ' The rest stayed home.')).toBe(false);
  });

  it('keeps a shoutout to the team, whatever the line model makes of it', () => {
    const rewrite = rewriteAnyway(
      "I'm incredibly proud to share that LedgerLoop just crossed S$10M ARR — in under 24 months. 📈\n\nHuge shoutout to our rockstar team for crushing it every single day. This is just the beginning. 💪\n\nWe're building the future of finance ops in APAC.",
    );
    expect(rewrite).toContain('shoutout to our');
  });

  it('drops the rush on a role and the door shut on a customer', () => {
    expect(notice('Apply NOW at blitzscale.example/careers before this role is GONE!')).toBe(
      'Apply at blitzscale.example/careers.',
    );
    expect(notice('Please refer to our FAQ at brewbox.example/faq before contacting us again.')).toBe(
      'Please refer to our FAQ at brewbox.example/faq.',
    );
  });

  it("keeps the reader's name as a greeting when the push it opened goes", () => {
    const rewrite = rewriteAnyway(
      'Subject: LAST CHANCE: 60% OFF ENDS TONIGHT\n\nJessica, this is it.\n\nOur BIGGEST SALE OF THE YEAR ends at 11:59 PM. 😱\n\nUse code LASTCALL60 at checkout. Hurry!!!',
    );
    expect(rewrite).toMatch(/^Hi Jessica,$/mu);
    expect(
      rewriteAnyway('Friends, this is it.\n\nOur BIGGEST SALE ends at 11:59 PM!!! Hurry!!!'),
    ).not.toContain('Hi ');
  });

  it("says a public reply in a person's words after its @mention, its sign-off kept", () => {
    expect(
      rewriteAnyway(
        '@dan_whitford We apologize for any inconvenience this may have caused. Please DM us your order number and a member of our team will look into it.',
      ),
    ).toContain("@dan_whitford We're sorry for the trouble.");
    const rewrite = rewriteAnyway(
      "@jamie_builds We're sorry to hear about your experience. We're unable to discuss account matters on this channel. Please refer to northgatebank.example.com/help for information on complaints procedures. ^NB",
    );
    expect(rewrite).toContain("We can't discuss account matters");
    expect(rewrite).toContain('^NB');
    expect(notice('@bella_m This is covered in our FAQ: help.example.com/faq.')).toBe(
      "@bella_m You'll find this in our FAQ: help.example.com/faq.",
    );
    expect(notice('This topic has been locked.')).toBe("We've locked this topic.");
  });

  it('asks the question inside a vote for likes, and leaves an invitation to answer as it was', () => {
    expect(baitAsQuestion("RT if you're ready for Saturday!!! 🔴⚫")).toBe(
      'Are you ready for Saturday? 🔴⚫',
    );
    expect(notice("LIKE if you'd switch banks for $500 cash 👇🔥")).toBe(
      'Would you switch banks for $500 cash?',
    );
    expect(baitAsQuestion('Drop a 🔥 if you are coming to the watch party')).toBeNull();
    expect(baitAsQuestion("Like if you'd pick Bali, Love if you'd pick Fiji ❤️")).toBeNull();
    expect(baitAsQuestion('Comment YES if you love summer!!!')).toBeNull();
    expect(baitAsQuestion('Like if you love coffee')).toBe('Do you love coffee?');
    expect(baitAsQuestion('Double tap if you agree!')).toBeNull();
    expect(baitAsQuestion('Share if you have a heart.')).toBeNull();
    expect(baitAsQuestion('Reply if you have questions.')).toBeNull();
    expect(baitAsQuestion('Comment below if you can make it on Friday.')).toBeNull();
  });

  it('says a prize claim for an offer as what the reader gets', () => {
    expect(notice("Subject: 🔒 VIP ONLY: You've Been Selected")).not.toMatch(/selected/iu);
    expect(notice("Subject: EXCLUSIVE: You've Been Selected for VIP Access")).toContain('VIP Access');
    expect(
      notice(
        'As one of our valued customers, you have been hand-selected for early access to our Summer Collection.',
      ),
    ).toBe('As one of our valued customers, you get early access to our Summer Collection.');
    expect(notice('ACT NOW → aurelia.example/vip')).toBe("Here's the link: aurelia.example/vip");
    const sheet = factSheet("Subject: You've Been Selected\n\nCongratulations, VIP!");
    expect(sheet.facts.entities).not.toContain('Been Selected');
  });

  it('keeps the space between an emoji and the price after the loud one that went', () => {
    expect(notice('Burger Barn downtown 🍔🔥 $5 smash burgers all day.')).toBe(
      'Burger Barn downtown 🍔 $5 smash burgers all day.',
    );
  });

  it('says where the link is without the race, "before you regret it" too', () => {
    const rewrite = rewriteAnyway(
      'Our serum is back in stock. Tap the link in bio NOW before you regret it 🏃‍♀️💨',
    );
    expect(rewrite).toContain('The link is in our bio.');
    expect(rewrite).not.toMatch(/regret/u);
  });
});

describe('names, labels and acronyms in capitals', () => {
  it('writes a shouted name a sentence introduces as a name, and a sale introduced as a shout', () => {
    expect(
      rewriteAnyway(
        '¡Buenas! 💪 Desde GYM TITAN te recordamos que tu cuota de octubre está PENDIENTE DE PAGO. Gracias.',
      ),
    ).toContain('Desde Gym Titan te recordamos que tu cuota de octubre está pendiente de pago.');
    expect(
      rewriteAnyway(
        'Introducing THE ELEVATE EXPERIENCE at Aurelia Rooftop — a curated dining journey. Friday 12 September, £145pp. aurelia.example.com/elevate',
      ),
    ).toContain('The Elevate Experience at Aurelia Rooftop');
    expect(
      rewriteAnyway(
        'Introducing OUR BIGGEST SALE EVER!!! 50% off everything this weekend at shop.example.com',
      ),
    ).not.toMatch(/Biggest|Sale Ever/u);
  });

  it("keeps a dateline's state in the wire's capitals", () => {
    expect(
      rewriteAnyway(
        'BOSTON, MASS. (Jan. 5, 2026) — Corvid Labs, the industry-leading genomics firm, today announced a new lab.',
      ),
    ).toMatch(/^BOSTON, MASS\. \(Jan\. 5, 2026\)/u);
  });

  it('reads "PLEASE NOTE:" as a label, not a sender in capitals', () => {
    const notice = rewriteAnyway(
      'PLEASE NOTE: all collections will take place one day later this week. Bins presented late will not be collected.',
    );
    expect(notice).not.toMatch(/Please Note/u);
    expect(notice).toContain('collections will take place one day later this week');
  });

  it('keeps a German acronym with no vowel in it', () => {
    expect(
      rewriteAnyway('NUR HEUTE: 20% auf alle Teile nach § 33 SGB V!!! Jetzt kaufen: shop.example.de'),
    ).toContain('§ 33 SGB V');
  });
});

describe('boilerplate in a release', () => {
  it('cuts a sentence of claims whose names the release says elsewhere, and keeps its news and quote', () => {
    const release = rewriteAnyway(
      'FOR IMMEDIATE RELEASE\n\nLEEDS, 2 May 2026 — Corvel Bank plc today announced the launch of Corvel Save, a best-in-class savings app. The app represents a paradigm shift in how customers save and underscores Corvel\'s unwavering commitment to innovation, excellence and stakeholder value creation.\n\n"We are incredibly proud of this milestone," said Dana Reyes, Chief Executive.\n\nENDS',
    );
    expect(release).toContain('today launched Corvel Save');
    expect(release).not.toMatch(/paradigm|stakeholder value/u);
    expect(release).toContain('"We are incredibly proud of this milestone," said Dana Reyes');
  });

  it('keeps a sentence of claims that carries the only mention of a name', () => {
    const post = rewriteAnyway(
      'BIG NEWS!!! 🚀 Corvel Bank has launched Corvel Save. Working with Halden Insurance brings synergies, innovation and excellence to our stakeholders.',
    );
    expect(post).toContain('Halden Insurance');
  });
});

describe("a notice's formulas", () => {
  it('says "hereby", "in excess of", "the remainder of" and "you are hereby notified that" plainly', () => {
    const notice = rewriteAnyway(
      'NOTICE!!! Customers in Ashgrove are hereby notified that water will be off for the remainder of the day. Bills in excess of £200 can be paid in instalments. Notice is hereby given that the AGM is on 3 May.',
    );
    expect(notice).toContain(
      'Customers in Ashgrove are notified that water will be off for the rest of the day.',
    );
    expect(notice).toContain('Bills more than £200');
    expect(notice).toContain('Notice is hereby given that the AGM is on 3 May.');
    expect(
      rewriteAnyway('REMINDER!!! You are hereby notified that the gym closes at 6pm on Friday 4 April.'),
    ).toMatch(/(?:^|\s)The gym closes at 6pm on Friday 4 April\.$/u);
  });
});

describe('seams a cut or a calmer voice left', () => {
  it('keeps the noun a run of describing words was leading to', () => {
    const post = rewriteAnyway(
      "We're thrilled to announce that we've partnered with @Shopwell to bring seamless, best-in-class inventory sync to merchants everywhere. This is a huge milestone! 🎉",
    );
    expect(post).toContain('inventory sync to merchants everywhere');
  });

  it('leaves a hype verb in its clause rather than cut the verb out', () => {
    const post = rewriteAnyway(
      'Nimbus 4.0 delivers frictionless, hyper-personalised collaboration experiences that supercharge productivity!!! UPGRADE NOW!!!',
    );
    expect(post).not.toMatch(/experiences that productivity/u);
  });

  it('opens a sentence on "uPVC" as written, and keeps REST beside GraphQL', () => {
    expect(
      rewriteAnyway(
        'LOCKED OUT?? Fast response locksmith Croydon. uPVC door locksmith. CALL NOW: 020 8555 0163!!!',
      ),
    ).toContain('uPVC door locksmith');
    expect(
      rewriteAnyway('Connect data sources via our native connectors or the REST/GraphQL API. Sign up NOW!!!'),
    ).toContain('REST/GraphQL');
  });

  it('takes the "About" heading with the paragraph under it, and keeps the comma after "B.V."', () => {
    const release = rewriteAnyway(
      'FOR IMMEDIATE RELEASE\n\nOSLO, 14 March 2025 — Halvorsen Logistics ASA today announced a partnership with Brightpath Freight B.V., a best-in-class innovator in freight optimisation.\n\nFinancial terms were not disclosed.\n\nAbout Halvorsen Logistics\nHalvorsen Logistics ASA is a leading global provider of world-class logistics solutions, empowering customers to move what matters through unwavering commitment to excellence.\n\nMedia contact:\nSiri Moe, press@halvorsen.example.com',
    );
    expect(release).toContain('Brightpath Freight B.V., an innovator');
    expect(release).not.toContain('empowering customers');
    expect(release).not.toContain('About Halvorsen');
    expect(tidy('Brightpath Freight B.V., an innovator.', 'en')).toBe(
      'Brightpath Freight B.V., an innovator.',
    );
  });

  it("keeps a two-city dateline in the wire's capitals, and drops a last item that only named its praise", () => {
    expect(
      rewriteAnyway(
        'FOR IMMEDIATE RELEASE\n\nOSLO / ROTTERDAM, 14 March 2025 — Halvorsen Logistics ASA, a leading provider of logistics, today announced a partnership with Brightpath Freight. We are thrilled!!!',
      ),
    ).toContain('OSLO / ROTTERDAM, 14 March 2025');
    const ranking = rewriteAnyway(
      'We are incredibly proud to announce that Northgate University has climbed 14 places in the Global Universities Index 2026, cementing our position as one of the top 300 universities in the world and a truly world-leading institution!',
    );
    expect(ranking).toContain('one of the top 300 universities in the world.');
    expect(ranking).not.toMatch(/and an institution/u);
  });

  it('keeps the instruction not to reply under an automated message, asked politely, and a word of regret before the sign-off', () => {
    expect(
      rewriteAnyway(
        'WESTBROOK COUNCIL: Payment of £142.00 overdue. Pay immediately at westbrook.example.com/pay. This is an automated message. Do not reply.',
      ),
    ).toMatch(/This is an automated message\. Please don't reply\.$/u);
    const reply = rewriteAnyway(
      'Dear Mr Okafor,\n\nThank you for your email regarding order #RS-20931.\n\nCustom items are non-refundable and colour variation is covered in our Terms (section 4.1).\n\nWe consider this matter closed.\n\nRegards,\nCustomer Relations\nRoyal Sofa Co.',
    );
    expect(reply).toMatch(/\nRegards,\nCustomer Relations\nRoyal Sofa Co\.$/u);
  });

  it('ends a subject line without a stop, opens what follows a cut on a capital, and titles a label like its title', () => {
    expect(
      rewriteAnyway(
        "Subject: Welcome to Syncdeck! Let's get you activated 🎯\n\nHi Priya,\n\nComplete the onboarding milestones at syncdeck.example/start. Let's go!!! 🚀",
      ),
    ).not.toMatch(/^Subject: [^\n]*\.$/mu);
    expect(
      rewriteAnyway(
        "Hi Karen, it's been 6 weeks since your last SparkleClean visit 😢 We've noticed you haven't rebooked... is everything OK? Your home deserves better! Book in the next 48hrs and get £10 off: example.com/sparkle. Reply STOP to opt out",
      ),
    ).not.toMatch(/ is everything OK\?/u);
    expect(
      rewriteAnyway(
        'SERVICE ADVISORY: Planned Network Interruption\n\nCustomers in NR3 1 may have low pressure between 08:00 and 17:00 on 19 November. Affected customers are advised to make appropriate arrangements.',
      ),
    ).toMatch(/^Service Advisory: Planned Network Interruption/u);
  });

  it('ends a shouted place named by a hashtag at the small word after it', () => {
    expect(
      rewriteAnyway(
        'THERE HAS BEEN A SHARP RISE IN VEHICLE CRIME IN THE WESTFIELD AREA!!! LOCK YOUR CAR!!! #Westfield #VehicleCrime',
      ),
    ).toContain('in the Westfield area');
  });

  it('keeps two short capitals paired among small letters when one of them is no word', () => {
    expect(
      rewriteAnyway(
        'Deine Mission:\n– Ownership für den kompletten Funnel (TOFU bis BOFU)\n\nBewirb dich JETZT unter jobs@fluxbase.example.com!',
      ),
    ).toContain('(TOFU bis BOFU)');
    expect(
      rewriteAnyway('Own the whole funnel (TOFU to BOFU). Apply NOW at jobs@fluxbase.example.com!'),
    ).toContain('(TOFU to BOFU)');
    // "BIRRA A SOLI": Italian words, shouted, are lowered.
    expect(
      rewriteAnyway('Dal 3 ottobre: pizza + BIRRA A SOLI 12€!!! Prenota ORA al 055 123 4567'),
    ).not.toMatch(/BIRRA/u);
  });

  it("writes a street's name before its short form as a name", () => {
    expect(
      rewriteAnyway('FORGET THE PLACE ON ELM ST!!! COME TO 442 MAIN ST, FAIRVIEW THIS SATURDAY!!!'),
    ).toBe('Forget the place on Elm St. Come to 442 Main St, Fairview this Saturday.');
  });

  it('keeps the price a price rises to, and an instruction not to comment', () => {
    const text = rewriteAnyway(
      "IRONWORKS GYM: 🔥LAST CHANCE🔥 Our £0 JOINING FEE offer ENDS MIDNIGHT!! Only 7 spots left at this price. Lock in £24.99/mo before it goes UP to £34.99. Don't miss out!!! Join now: ironworks-gym.example.com/join Reply STOP to opt out",
    );
    expect(text).toContain('Lock in £24.99/mo before it goes up to £34.99.');
    const notice = rewriteAnyway(
      'IMPORTANT UPDATE FROM MEADOWBANK VETS\n\nFrom 1 March our consultation fee will increase to £68.\n\nPlease do not comment on this post with complaints as staff are not able to respond via social media.',
    );
    expect(notice).toContain('Please do not comment on this post with complaints');
  });

  it('reads "too late... again." as one sentence', () => {
    expect(
      segment(
        "Doors close Friday. Don't be the one who waits until it's too late... again. Comment IN below.",
      ).map((unit) => unit.text),
    ).toContain("Don't be the one who waits until it's too late... again.");
    // Words after the pause that say something of their own are a sentence of their own.
    expect(segment('We noticed you have not booked in a while… we miss you!').length).toBe(2);
  });

  it('drops a question that only set up the line that went, and an answer to a request that went', () => {
    const brag = rewriteAnyway(
      'Nach nur 18 Monaten hat mein Team das Jahresziel um 187 % übertroffen. 🚀\n\nWas ich daraus gelernt habe? Erfolg ist kein Zufall. Erfolg ist eine Entscheidung. 💪\n\nDanke an alle!',
    );
    expect(brag).not.toContain('Was ich daraus gelernt habe?');
    const policy = rewriteAnyway(
      'CANCELLATION POLICY!!!\n\n- Cancellations with less than 48hrs notice will be charged 100%. NO EXCEPTIONS.\n- Do not message us asking for exceptions. The answer is no.\n\nLuxe Lash & Brow Bar',
    );
    expect(policy).toContain('48hrs notice will be charged 100%');
    expect(policy).not.toContain('asking for exceptions');
    expect(policy).not.toContain('The answer is no');
  });
});

describe('what a blind rating of sets 190 to 194 found', () => {
  it('asks the question inside two prompts run together with only emoji between them', () => {
    const beer = rewriteAnyway(
      "RT if you think Friday should start at 3pm 🍺🙋 Like if you're already thinking about the weekend! Taproom open from 4pm today, £4 pints of Harbour Pale till 6. @seawallbrew #FridayFeeling #beer",
    );
    expect(beer).toContain(
      'Do you think Friday should start at 3pm? 🍺🙋 Are you already thinking about the weekend?',
    );
    const latte = rewriteAnyway(
      "Like if you agree: Mondays should be illegal 😂 RT if you're already dreaming of Friday! ☕☕☕ Brewed Awakening, 14 Kings Rd – buy one latte get one FREE today only with code MONDAY2",
    );
    expect(latte).toMatch(/^Mondays should be illegal 😂 Are you already dreaming of Friday\?/u);
    expect(latte).toContain('code MONDAY2');
  });

  it('asks "share with 3 friends who need a push" as a question', () => {
    expect(
      rewriteAnyway(
        'Parkrun this Saturday! Share with 3 friends who need a push! Meet at 8:40am by the café at Heaton Park. New runners always welcome, email hello@northsiderunners.org',
      ),
    ).toContain('Know someone who needs a push?');
  });

  it('says "book before Sunday and get…" as the condition it is', () => {
    const lessons = rewriteAnyway(
      'Block of 10 lessons only £320 – book before Sunday and get your FIRST LESSON FREE!! Call/text Steve NOW on 07812 446 009. Spaces filling FAST!!!',
    );
    expect(lessons).toContain("if you book before Sunday, you'll get your first lesson free.");
    expect(lessons).toContain('07812 446 009');
  });

  it('drops "before they vanish" after the way to book', () => {
    const boiler = rewriteAnyway(
      'Hartley Heating has just 12 slots left this month at £69 (usually £95). Book at hartleyheating.co.uk/service or call 01273 555 019 before they vanish.',
    );
    expect(boiler).toContain('01273 555 019');
    expect(boiler).not.toContain('vanish');
  });

  it('wants a place on a course, not a prize claimed', () => {
    expect(
      rewriteAnyway(
        "Our 6-Week Shred starts Monday 5 May at Iron Tribe CrossFit. Only 12 spots. DM us 'SHRED' NOW to claim yours before they're gone 🔥🔥🔥",
      ),
    ).toContain("If you'd like one, DM us 'SHRED'.");
  });

  it('takes a line that names the sale that went with it', () => {
    const reply = rewriteAnyway(
      "Hi Daniel,\n\nThanks for getting in touch. Your site went down for 47 minutes this morning. It's now back up and running.\n\nIf you upgrade to our Business Pro plan today (£24.99/mo, down from £34.99), you'll get dedicated resources.\n\nHere's the link to upgrade now: hostnest.example.com/upgrade\n\nThis discount is only valid for 72 hours, so I'd recommend acting quickly.\n\nBest,\nKieran",
    );
    expect(reply).toContain("It's now back up and running.");
    expect(reply).not.toContain('discount');
  });

  it("says an office's notice in the words a person uses, every fact kept", () => {
    const gas = rewriteAnyway(
      'To all tenants at 22–28 Fenwick Court. Be advised that the annual gas safety inspection will take place on Tuesday 9 April between 08:00 and 13:00. Access WILL be required to every flat. Questions to Harbour Lettings, 0114 496 0732. The Management.',
    );
    expect(gas).toContain('The annual gas safety inspection will take place on Tuesday 9 April');
    const school = rewriteAnyway(
      "NOTICE TO PARENTS/CARERS\n\nThe school will be closed to pupils on Friday 20 June 2025. Queries should be directed in writing to admin@stmarksprimary.org.uk. No telephone enquiries will be accepted.\n\nSt Mark's Primary School",
    );
    expect(school).toContain('Please send any questions in writing to admin@stmarksprimary.org.uk.');
    expect(school).toContain("We can't take questions by phone.");
    const refund = rewriteAnyway(
      'Dear Customer,\n\nYour plan renewed on 3 January 2025 and refunds are not available after 14 days. Therefore your request cannot be processed. This ticket will now be closed. Please do not reply to this email.\n\nCloudnest Support',
    );
    expect(refund).toMatch(/^Hello,\n/u);
    expect(refund).toContain("So we can't process your request.");
    expect(refund).toContain("Please don't reply to this email.");
  });

  it('speaks to the reader of a Spanish notice and drops an Italian jab at time-wasters', () => {
    const water = rewriteAnyway(
      'AVISO. Se comunica a los vecinos que el suministro de agua quedará interrumpido el jueves 10 de octubre de 8:00 a 14:00 h. El Ayuntamiento no se hace responsable de las molestias ocasionadas. Más información en el 976 55 10 20.',
    );
    expect(water).toContain('Les informamos de que el suministro de agua');
    expect(water).toContain('El Ayuntamiento lamenta las molestias.');
    const job = rewriteAnyway(
      'CERCASI addetti magazzino, zona Piacenza, 9,80 € lordi/h. NO perditempo!!! Inviare CV SOLO via mail a selezione@lavorapiu.it.',
    );
    expect(job).not.toMatch(/perditempo/iu);
    expect(job).toContain('selezione@lavorapiu.it');
  });

  it('takes the sale out of a reply in Dutch, Italian and Portuguese, and out of an answer to five stars', () => {
    const nl = rewriteAnyway(
      'Hoi Sanne,\n\nBedankt voor je bericht over bestelling 2024-11873. Vervelend dat de maat niet goed was! Je kunt de jas gratis retourneren via retour.jassenhuis.nl. Tip: bestel meteen je nieuwe maat én profiteer van 25% korting op onze NIEUWE winterlaarzen met code WINTER25 — alleen dit weekend!!! 👢🔥\n\nGroetjes,\nLotte van de klantenservice',
    );
    expect(nl).toContain('retour.jassenhuis.nl');
    expect(nl).not.toContain('WINTER25');
    const it = rewriteAnyway(
      'Gentile signora Bianchi,\n\nla ringraziamo per averci scritto. Ci dispiace che la lampada sia arrivata con il paralume rovinato: le spediremo un paralume nuovo entro giovedì, senza alcun costo. Nel frattempo, perché non approfitta della nostra IMPERDIBILE promozione? Con il codice LUCE15 ha il 15% di sconto su tutta la collezione autunno, solo fino a domenica!\n\nCordiali saluti,\nServizio Clienti Casa&Luce',
    );
    expect(it).toContain('le spediremo un paralume nuovo entro giovedì');
    expect(it).not.toMatch(/approfitta|LUCE15/u);
    const pt = rewriteAnyway(
      'Olá Inês, obrigado pelo contacto! Lamentamos que a sua encomenda #PT-20931 tenha chegado com atraso. Já reencaminhámos o pedido para a transportadora. Aproveitamos para lembrar que, com o plano Entrega Express+ (apenas 3,99€/mês), nunca mais terá atrasos! Ative já em lojaverde.pt/express.',
    );
    expect(pt).toContain('#PT-20931');
    expect(pt).not.toContain('Express+');
    const stars = rewriteAnyway(
      "Thanks for the 5 stars, Mark! Glad the boiler is running again. Don't forget our Annual Care Plan is just £12.99/month — sign up NOW at warmhomesheating.co.uk/care before prices go up on 1 September!! 🔥",
    );
    expect(stars).toContain('Glad the boiler is running again.');
    expect(stars).not.toContain('Care Plan');
  });

  it("takes a release's ranking out of its headline and of the sender's description, and the costume out of a job ad", () => {
    const release = rewriteAnyway(
      "FOR IMMEDIATE RELEASE\n\nLumaCart Launches World's Most Advanced AI Shopping Assistant\n\nLONDON, 3 March 2025 — LumaCart, the UK's leading and most innovative retail-tech company, today unveiled Juniper, a groundbreaking, best-in-class AI assistant. Juniper is available now to LumaCart's 1,200 retail partners.\n\nMedia contact: press@lumacart.io",
    );
    expect(release).toContain('LumaCart Launches AI Shopping Assistant');
    expect(release).toContain('LumaCart, a UK retail-tech company, today unveiled Juniper');
    const branch = rewriteAnyway(
      "FOR IMMEDIATE RELEASE\n\nHollingsworth Homes Opens Game-Changing New Branch in Keswick\n\nHollingsworth Homes, the Lake District's most innovative and trusted estate agent, today announced the grand opening of its revolutionary new flagship branch at 12 Main Street, Keswick. Free valuations: 017687 72100.",
    );
    expect(branch).toContain('Hollingsworth Homes Opens New Branch in Keswick');
    expect(branch).toContain('Hollingsworth Homes, a Lake District estate agent, today announced');
    // Plural, and a place that is no adjective: said as written.
    expect(inPlainWords("Smilewell Group, one of the UK's leading dental care providers.", 'en')).toBe(
      "Smilewell Group, one of the UK's leading dental care providers.",
    );
    expect(inPlainWords("Sunhaven, the North's leading solar installer, today", 'en')).toBe(
      "Sunhaven, the North's leading solar installer, today",
    );
    expect(
      inPlainWords('Are you a ninja-level Sales Development Rep who lives and breathes hustle?', 'en'),
    ).toBe('Are you a Sales Development Rep?');
  });

  it('writes the times, units, saint and greeting of a text shouted end to end as people write them', () => {
    expect(
      rewriteAnyway(
        "ST MARY'S PRIMARY: PARENTS ARE REMINDED THAT CHILDREN MUST NOT BE DROPPED OFF BEFORE 8.40AM. BREAKFAST CLUB MUST BE BOOKED BY 6PM THE DAY BEFORE. DO NOT REPLY TO THIS MESSAGE.",
      ),
    ).toBe(
      "St Mary's Primary: Children must not be dropped off before 8.40am. Breakfast Club must be booked by 6pm the day before. Please don't reply to this message.",
    );
    const cleaner = rewriteAnyway(
      'HI!! SPARKLE CLEANING HERE 🧽✨ WE HAVE 2 SPACES LEFT FOR WEEKLY CLEANS IN CHORLTON!!! £16/HR MIN 3 HRS. MESSAGE US ON 07456 301 988 NOW!!!',
    );
    expect(cleaner).toMatch(/^Hi! /u);
    expect(cleaner).toContain('£16/hr min 3 hrs.');
    // Beside a time zone, as the writer wrote it.
    expect(rewriteAnyway('Doors at 6:30 PM ET!!! JOIN US!!!')).toContain('6:30 PM ET');
  });

  it("owes a notice's reader an apology for the trouble, not a disclaimer of it, in every language it covers", () => {
    expect(
      inPlainWords('Northern Grid Networks accepts no liability for any inconvenience caused.', 'en'),
    ).toBe('Northern Grid Networks apologises for any inconvenience.');
    expect(inPlainWords('Greenacre Homes accepts no liability for inconvenience caused.', 'en')).toBe(
      'Greenacre Homes apologises for the inconvenience.',
    );
    // Damage to belongings is a term of the tenancy, not trouble caused: said as written.
    expect(
      inPlainWords('Keystone Lettings accepts no liability for damage to personal belongings.', 'en'),
    ).toBe('Keystone Lettings accepts no liability for damage to personal belongings.');
    expect(inPlainWords("L'Azienda declina ogni responsabilità per eventuali disagi.", 'it')).toBe(
      "L'Azienda si scusa per i disagi.",
    );
    expect(inPlainWords('A Junta de Freguesia não se responsabiliza por quaisquer transtornos.', 'pt')).toBe(
      'A Junta de Freguesia pede desculpa pelos transtornos.',
    );
    expect(
      inPlainWords('La direction décline toute responsabilité pour les désagréments occasionnés.', 'fr'),
    ).toBe("La direction s'excuse pour la gêne occasionnée.");
  });

  it('keeps "Dear Tenant," above "Yours faithfully", and takes a "Did you know our…" with the sale it opens', () => {
    const letter = rewriteAnyway(
      'Dear Tenant,\n\nRe: Flat 3, 27 Alderney Road\n\nYour rent will increase from £1,150 to £1,295 per calendar month from 1 June 2025. Failure to pay WILL result in action.\n\nYours faithfully,\nHarbour Lettings',
    );
    expect(letter).toMatch(/^Dear Tenant,\n/u);
    const review = rewriteAnyway(
      "Thanks for the 3-star review, Kerry! We're sorry the room was noisy. Did you know our Superior Garden Rooms are on the quiet side of the building? You can upgrade on your next stay for £35 extra per night — book direct at thehollybushinn.co.uk and quote REVIEW5 for 5% off.",
    );
    expect(review).toBe("Thanks for the 3-star review, Kerry! We're sorry the room was noisy.");
  });

  it('offers a version once a guilt question goes, though the appeal then asks nothing', () => {
    const review = reviewDraft(
      'Subject: Maya is still waiting\n\nWhile you scroll past this, Maya is walking 6km for dirty water. Can you really say no to her? Just £8 a month gives her family clean water for good. Every day you wait, another child goes without. Give now: wellspringwater.org/maya\n\nWellspring Water Trust, registered charity 1092834',
      {},
    );
    expect(review.rewrite).not.toBeNull();
    expect(review.rewrite).not.toContain('say no to her');
    expect(review.rewrite).toContain('wellspringwater.org/maya');
  });
});

describe('what a cut leaves behind it', () => {
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';

  it('takes a "But." on its own line with the line it led into, and the "And" after it', () => {
    const text = rewrite(
      "I fired my best client yesterday.\n\nThey paid on time. They were polite. They gave me great projects.\n\nBut.\n\nThey didn't align with my VALUES.\n\nAnd here's what I learned 👇\n\nYour energy is your most valuable asset.\nProtect it.\nAt all costs.\n\nAgree? 🤔\n\n💬 Comment \"VALUES\" and I'll send you my free Client Red Flags checklist",
    );
    expect(text).not.toBe('');
    expect(text).not.toMatch(/^But\.$/mu);
    expect(text.includes('align with my')).toBe(text.includes('But.'));
    if (!text.includes('align with my')) expect(text).toContain("Here's what I learned");
  });

  it('takes "If not, …" with the condition it answered', () => {
    const text = rewrite(
      "Only 3 spots left in my course \"Pinterest Profit Machine\". If you're serious about changing your life, you'll act now. If not, no worries — just don't DM me in 6 months asking why you're still stuck. 🤷‍♀️ Comment \"PROFIT\" and I'll send you the link!",
    );
    expect(text).not.toContain("If you're serious");
    expect(text).not.toContain('If not');
    expect(text).toContain('PROFIT');
  });

  it('drops "In the meantime" once what it followed is gone, and keeps it where it still follows something', () => {
    const reply = rewriteAnyway(
      "Hi Marcus,\n\nThank you for contacting SwiftNet Support. We apologise for the inconvenience regarding your broadband dropping out in the evenings.\n\nHave you considered upgrading to our SwiftNet Ultra 900 package? For just £12 more per month you'll get speeds up to 900Mbps PLUS a free Mesh Booster (worth £89)! This exclusive offer is only available until Friday, so upgrade today at swiftnet.example/ultra to avoid disappointment.\n\nIn the meantime please restart your router.\n\nKind regards,\nSwiftNet Customer Care Team",
    );
    expect(reply).not.toContain('Ultra 900');
    expect(reply).toContain('Please restart your router.');
    expect(reply).not.toContain('In the meantime');
    const notice = rewriteAnyway(
      "We are aware that some customers in the Northgate and Millbrook areas are experiencing intermittent connectivity issues. Our engineers are working to resolve this as quickly as possible. There is no need to contact us as we are already aware of the issue. In the meantime, we recommend restarting your router. While you're waiting, why not check out our new FibreMax 900 plans, now just £29.99/month for 24 months! Upgrade at lumenet.co.uk/upgrade.\n— LumeNet Support",
    );
    expect(notice).not.toContain('There is no need to contact us');
    expect(notice).toContain('as quickly as possible. In the meantime, we recommend restarting your router.');
  });

  it('reads "Order #…" and "Order ref:" as the order they name, not an order to buy', () => {
    const reply = rewriteAnyway(
      'Hi, as stated in our policy all sale items are final sale and cannot be returned or exchanged. Order #TF-48213 was dispatched on 2 May and marked as delivered. We are unable to assist further.',
    );
    expect(reply).toContain('Order #TF-48213 was dispatched');
    expect(reply).not.toContain('You can order');
    const letter = rewriteAnyway(
      'Dear Mr Hughes,\nThank you for your email. Refunds are not available on sale items. We consider this matter closed.\nOrder ref: TX-448192\nRegards,\nCustomer Services Team, HomeNest',
    );
    expect(letter).toContain('\nOrder ref: TX-448192');
  });

  it('says a line repeated word for word once', () => {
    const text = rewrite(
      'Right now, every £1 you give becomes £3 — but only until MIDNIGHT.\n\n👉 GIVE NOW: clearwater.example/triple\n👉 GIVE NOW: clearwater.example/triple\n👉 GIVE NOW: clearwater.example/triple\n\nWith thanks,\nThe ClearWater Trust',
    );
    expect(text.match(/clearwater\.example\/triple/gu)).toHaveLength(1);
    expect(text).not.toContain('•');
  });

  it('keeps the perks of a job ad without the chance to be part of something huge', () => {
    const text = rewrite(
      "📣 WE'RE HIRING: Growth Ninja 🧙‍♂️\n\nOur client, a Series A start-up in Shoreditch, is looking for a marketer.\n\nIn return: competitive salary (DOE), unlimited holiday, a ping pong table and the chance to be part of something HUGE.\n\nApply now — interviews happening THIS WEEK! 🔥",
    );
    expect(text).toContain('In return: competitive salary (DOE), unlimited holiday and a ping pong table.');
  });

  it('keeps "the less big news" as news, and writes "an IoT-enabled" where a cut leaves "a"', () => {
    const text = rewrite(
      "Subject: A new zine and a wobbly kiln\n\nHi all,\n\nThe big news: the autumn zine is finished. It's £8 and it's in the shop NOW: hannahdraws.example/shop. Grab yours before they're gone!\n\nThe less big news: I tried glazing some of the drawings onto mugs and the kiln at the community studio decided otherwise. Photos of the casualties at the bottom of this email.\n\nHannah",
    );
    expect(text).toContain('The less big news: I tried glazing');
    expect(
      rewriteAnyway(
        'PlantPal is proud to announce the launch of PlantPal One, a groundbreaking, best-in-class, IoT-enabled plant care device. Pre-order NOW at plantpal.example!!!',
      ),
    ).not.toMatch(/\ba IoT/u);
  });
});

describe('a reply after its upsell went, and a link in bio with an aside', () => {
  it('takes "Let me know which package…" with the sale it chose from, and keeps the help', () => {
    const reply = rewriteAnyway(
      "Hi Priya, thanks for your message!\n\nSorry to hear the headshot files didn't come through properly — I've re-sent the link: gallery.lenswork.example/priya-k\n\nWhile I have you! 😊 Did you know that for just £149 extra you can upgrade to my PREMIUM PERSONAL BRAND PACKAGE, which includes 10 extra retouched images? This offer is ONLY available to existing clients this week!\n\nLet me know which package you'd like to go for!\nSam",
    );
    expect(reply).toContain('gallery.lenswork.example/priya-k');
    expect(reply).not.toContain('PREMIUM');
    expect(reply).not.toContain('which package');
  });

  it('says what was received instead of thanking twice on two lines, and leaves one line of thanks as one', () => {
    const reply = rewriteAnyway(
      'Dear Customer,\n\nThank you for contacting Nook & Needle.\n\nWe acknowledge receipt of your complaint regarding order #NN-2291. Please be advised that all custom embroidery orders are final sale as per our policy.\n\nKind regards,\nCustomer Service Team',
    );
    expect(reply).toContain("We've received your message about order #NN-2291.");
    expect(reply.match(/Thank you/gu)).toHaveLength(1);
  });

  it('keeps the aside after "Link in bio for…" with the link', () => {
    expect(
      reviewDraft(
        "New reel is UP!!! 🎥✨ Go watch it NOW and don't forget to like, comment, save AND share!!! 💕💕 Link in bio for my preset pack (20% off with code GLOWUP20 🔥)",
      ).rewrite,
    ).toContain('The link for my preset pack is in my bio (20% off with code GLOWUP20).');
  });
});

describe('words stamped one by one, and what an upsell or a hurry leaves', () => {
  const rewrite = (text: string) => reviewDraft(text).rewrite ?? '';

  it('says "EVERY. SINGLE. DAY." as one phrase once calmed, and leaves two words said apart as they were', () => {
    expect(
      rewrite(
        'I give you free value EVERY. SINGLE. DAY. and this is how you repay me? Buy it NOW at gum.example',
      ),
    ).toContain('I give you free value every single day.');
    expect(rewrite('Right. READ. THE. RULES. They’re pinned. Post again and you’re OUT!!!')).toContain(
      'Read the rules.',
    );
    expect(
      rewrite('✨ JUST LISTED ✨ STUNNING. IMMACULATE. 3 beds in Leeds, call 0113 555 0100 NOW!!!'),
    ).not.toMatch(/stunning immaculate/iu);
  });

  it('keeps an apology for "the last few days" in Portuguese, and a German keyword in „…“ as typed', () => {
    const reply = rewriteAnyway(
      'Olá, Carlos! Agradecemos o seu contato!!! Sentimos muito pela instabilidade no seu sinal de internet nos últimos dias. Temos uma SUPER OFERTA para você!!! 🚀🚀 Protocolo de atendimento: 2024118834512',
    );
    expect(reply).toContain('Sentimos muito pela instabilidade');
    expect(rewrite('Schreib mir JETZT „ICH WILL“ in die DMs!!! Nur heute 50% Rabatt!!!')).toContain(
      '„ICH WILL“',
    );
  });

  it('takes "so 💨" with the run it pointed to, and offers a bare order left after a dash', () => {
    const text = rewrite(
      "Use my code JESSGLOWS for 30% off + a FREE shaker — only for the next 24 HOURS so RUN don't walk!!! 🏃‍♀️💨 Link in bio!!",
    );
    expect(text).toContain('only for the next 24 hours.');
    expect(text).not.toMatch(/\bso\b/u);
    expect(rewrite('Places for September 2025 are in HIGH DEMAND — apply NOW to avoid disappointment!')).toBe(
      'Places for September 2025 are in high demand — you can apply.',
    );
  });

  it('says "Here are" of upgrades coming, and drops "Good news:" from a cause whose fix was a sale', () => {
    expect(
      rewriteAnyway(
        'Dear Resident,\n\nWe are THRILLED to announce exciting upgrades coming to The Foundry Apartments! 🎉 A new monthly fee of $45 will be added to all leases effective September 1.',
      ),
    ).toContain('Here are exciting upgrades coming to The Foundry Apartments.');
    const reply = rewriteAnyway(
      "Hi Daniel,\n\nThanks for reaching out about your router dropping the connection every evening. We're sorry for the inconvenience!\n\nGood news: this is usually caused by network congestion on our Essential plan. The best way to fix this is to upgrade to FibreMax 500 for just £12 more per month — and for a limited time you'll get your first 3 months at HALF PRICE! 🚀\n\nYou can upgrade in seconds here: https://zipnet.example/upgrade?ref=CS4471\n\nKind regards,\nJordan",
    );
    expect(reply).toContain('This is usually caused by network congestion on our Essential plan.');
    expect(reply).not.toContain('Good news');
  });

  it('reads "le SS.LL." as an abbreviation an Italian letter runs on after', () => {
    expect(
      rewriteAnyway(
        "Si ribadisce che l'accesso è CONSENTITO ESCLUSIVAMENTE al personale autorizzato. Si diffidano le SS.LL. dal reiterare tali comportamenti.",
      ),
    ).not.toMatch(/(?:^|\. )Dal reiterare/u);
  });
});

describe('a Spanish reply that sells, and a reply that blames', () => {
  it('takes a subscription and a code brought up "aprovechando la ocasión" out of a Spanish reply', () => {
    const reply = rewriteAnyway(
      'Estimada Sra. Gutiérrez:\n\nLe agradecemos que se haya puesto en contacto con nosotros. Lamentamos que su pedido n.º 48213 haya llegado con retraso.\n\nComo muestra de nuestro compromiso con la excelencia, le informamos de que con nuestra suscripción PREMIUM EXPRESS (solo 4,99 €/mes) sus envíos llegarán en 24 horas garantizadas.\n\nAprovechamos la ocasión para recordarle que esta semana tenemos un 20 % de descuento en menaje de cocina con el código COCINA20.\n\nAtentamente,\nTiendaCasa',
    );
    expect(reply).toContain('Lamentamos que su pedido n.º 48213 haya llegado con retraso.');
    expect(reply).not.toMatch(/suscripción|COCINA20/u);
  });

  it('takes "Perhaps next time you could be clearer…" out of a reply to a review', () => {
    const reply = rewriteAnyway(
      "We're sorry you feel that way. The colour you received was EXACTLY what was discussed in the consultation. Perhaps next time you could be clearer about what you want. We do offer a corrective colour service from £85 if you'd like to rebook. — Salon Luxe",
    );
    expect(reply).toContain('£85');
    expect(reply).not.toContain('next time');
  });
});

describe('a shouted way to reply', () => {
  it('reads "COMMENT "ME" BELOW AND I\'LL SEND YOU THE LINK" as the reply path it is, and offers it', () => {
    const text = rewriteAnyway(
      'Free webinar this Thursday at 8pm. COMMENT "ME" BELOW AND I\'LL SEND YOU THE LINK!!! 👇👇👇',
    );
    expect(text).toBe(
      'Free webinar this Thursday at 8pm. Comment "ME" below if you\'d like me to send you the link.',
    );
  });

  it('keeps a shouted keyword as typed where the verb before it is calmed', () => {
    expect(
      rewriteAnyway(
        'MEGA SATURDAY BLOWOUT AT DUKE\'S AUTO MART!!! EVERYTHING MUST GO!!! COMMENT "DEAL" AND WE\'LL MESSAGE YOU!! 👇👇',
      ),
    ).toContain('Comment "DEAL" if you\'d like us to message you.');
  });
});

describe('seams of notices and launches', () => {
  it('runs a sentence on after "…Act 1985, please be advised that…" without the "that"', () => {
    expect(
      rewriteAnyway(
        'Dear Resident,\n\nFurther to Section 11 of the Landlord and Tenant Act 1985, please be advised that the Managing Agent has instructed contractors to undertake cladding works to Block B. Failure to clear balconies WILL result in action.',
      ),
    ).toContain('Act 1985, the Managing Agent has instructed contractors');
  });

  it('leaves no "at our" when a ranking after it goes', () => {
    const text = rewriteAnyway(
      "Nimbus — the AI writing assistant that's taking the internet by storm — is available at our LOWEST PRICE EVER, but only until 11:59pm PT TONIGHT. Grab it NOW: nimbuswrite.example/ltd",
    );
    expect(text).not.toMatch(/\bat our,? but\b/u);
    expect(text).toContain('11:59pm PT');
  });

  it('drops a question the calmer voice emptied, and keeps "my DMs are open" as the way in it is', () => {
    const ad = rewriteAnyway(
      "We're hiring a Senior Full-Stack Ninja 🥷 at Stackwise!\n\nAre you a rockstar developer who lives and breathes code?\n\nApply today at stackwise.example/careers — this role won't stay open long!",
    );
    expect(ad).toContain('stackwise.example/careers');
    expect(ad).not.toContain('Are you a developer?');
    const post = rewriteAnyway(
      "I only take on 3 new clients per quarter, and Q3 is already almost full. If you're a CEO who is serious about change, my DMs are open. Agree? ♻️ Repost to help someone in your network.",
    );
    expect(post).toContain('my DMs are open');
  });

  it('closes a German meter-reading notice without a regret for a no nobody asked for', () => {
    const notice = rewriteAnyway(
      'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nhiermit teilen wir Ihnen mit, dass gemäß § 11 Abs. 2 unserer Allgemeinen Versorgungsbedingungen vom 03.03. bis 14.03. die Ablesung der Messeinrichtungen durchgeführt wird. Sollte eine Ablesung nicht möglich sein, erfolgt eine Schätzung. Rückfragen sind AUSSCHLIESSLICH schriftlich zu richten.\n\nMit freundlichen Grüßen\nStadtwerke Ahrbach GmbH\nAbteilung Messwesen / Abrechnung',
    );
    expect(notice).toContain('Ablesung');
    expect(notice).not.toContain('tut uns leid');
  });

  it('reads "CONTACT THE COUNCIL" in a shouted heading as words, not a name', () => {
    expect(
      rewriteAnyway(
        'IMPORTANT: CHANGES TO HOW YOU CONTACT THE COUNCIL\n\nFrom 1 October, Eastmoor District Council will move ALL requests to the new portal. The Council thanks residents.',
      ),
    ).toMatch(/^Important: changes to how you contact the council\n/iu);
  });
});

describe('a company speaking of itself, stamped words, pauses, labels and shouted addresses', () => {
  it('reads a lead-in before "at Harbourline Logistics we\'re…" as the clause it is, not a thing handed over', () => {
    const text = rewriteAnyway(
      "Excited to share that at Harbourline Logistics we're doubling down on our mission to serve customers across the supply chain. Watch this space. 👀",
    );
    expect(text).toMatch(/^At Harbourline Logistics we're doubling down/u);
    expect(text).not.toContain("Here's at");
  });

  it('gives a foundation named as the subject "its" framework, not "our"', () => {
    const text = rewriteAnyway(
      'Hope Street Foundation is delighted to announce the launch of our 2025–2030 Strategic Framework, which will deliver transformational outcomes across our four key pillars. Read it at hopestreet.org/strategy',
    );
    expect(text).toContain('Hope Street Foundation is launching its 2025–2030 Strategic Framework');
    expect(text).toContain('across its four key pillars');
  });

  it('keeps "our" where a person, not a company, is the subject', () => {
    const text = rewriteAnyway(
      'Sarah Jones is delighted to announce the launch of our new podcast for first-time founders! Listen at podcast.example.com',
    );
    expect(text).not.toContain('its new podcast');
  });

  it('joins "Our BIGGEST. SALE. EVER. is HERE…" into one calm sentence', () => {
    const text = rewriteAnyway(
      'Our BIGGEST. SALE. EVER. is HERE at Outdoor Depot! Up to 70% off tents, boots, jackets and MORE. Shop now: outdoordepot.com/megasale',
    );
    expect(text).toContain('Our biggest sale ever is here at Outdoor Depot');
    expect(text).not.toMatch(/ever\. Is/u);
  });

  it('keeps the word a verb like "become" needs: "before they become life-changing", not "before they become."', () => {
    const text = rewriteAnyway(
      'At Apex Wellness Clinic, our full-body Health MOT (just £249, usually £399) could catch problems before they become life-changing. Spaces this month are almost gone. Book now: apexwellness.co.uk/mot',
    );
    expect(text).toContain('before they become life-changing');
  });

  it('drops "It takes 2 seconds." with the ask it was said of', () => {
    const text = rewriteAnyway(
      "I put 40+ hours into every single video and get nothing back. If you've ever enjoyed anything I've made, the least you can do is hit subscribe and turn on notifications. It takes 2 seconds. Is that really too much to ask?",
    );
    expect(text).toContain('I put 40+ hours into every single video');
    expect(text).not.toContain('It takes 2 seconds');
  });

  it('reads "Don\'t miss out!!!" after a link as a sentence of its own, and lets it go', () => {
    const text = rewriteAnyway(
      "GLOWBAR FLASH SALE!!! 💅 40% off ALL gel manis TODAY ONLY. Slots are going FAST — book NOW before they're gone: glowbar.co/book  Don't miss out!!! Reply STOP to opt out",
    );
    expect(text).toContain('glowbar.co/book');
    expect(text).toContain('Reply STOP to opt out');
    expect(text).not.toMatch(/miss out/iu);
    expect(
      segment("Book: glowbar.co/book  Don't miss out!!! Reply STOP to opt out").map((piece) => piece.text),
    ).toEqual(['Book: glowbar.co/book', "Don't miss out!!!", 'Reply STOP to opt out']);
    // "Reply STOP…" after a link already reads apart: the break is for a push.
    expect(segment('Shop: wkhs.co/flash Reply STOP to opt out')).toHaveLength(1);
  });

  it('keeps the pause a loud emoji made between two clauses, as a dash', () => {
    const text = rewriteAnyway(
      'Guys I literally cannot believe it 😱😱 my Glow Reset course is finally OPEN and there are only 50 spots!!! Link in bio.',
    );
    expect(text).toContain('cannot believe it — my Glow Reset course is finally open');
  });

  it('keeps "Start date: ASAP" as the value of its label, said in words', () => {
    const text = rewriteAnyway(
      "We're hiring a marketing lead at Pixel & Pine. Salary: competitive. Start date: ASAP. Send your CV to jobs@pixelandpine.co",
    );
    expect(text).toContain('Start date: as soon as possible.');
    expect(rewriteAnyway('Book your slot ASAP at glowbar.co/book!')).not.toMatch(
      /asap|as soon as possible/iu,
    );
  });

  it('lowers a shouted Italian "O" after a number and a currency after its figure, and keeps the town after an address', () => {
    const text = rewriteAnyway(
      '🍕🍕 OFFERTA PAZZESCA 🍕🍕 SOLO QUESTO WEEKEND: 2 PIZZE + 2 BIRRE A 18 EURO!!! PRENOTATE SUBITO AL 049 765 4321 O IN DIRETTA DA NOI, VIA ROMA 22, PADOVA!!!',
    );
    expect(text).toContain('2 birre a 18 euro');
    expect(text).toContain('049 765 4321 o in diretta');
    expect(text).toContain('Via Roma 22, Padova.');
  });

  it('offers a German order to one reader with "du", and drops the threat after the places left', () => {
    const text = rewriteAnyway(
      '🔥 Du willst 2024 endlich durchstarten? Dann hör auf zu zögern! Mein 8-Wochen-Mindset-Programm hat schon über 300 Menschen geholfen. Nur noch 5 Plätze frei – wer jetzt nicht handelt, bleibt stehen. Schreib mir „START“ per DM und wir legen los! 💪 #Coaching #Mindset',
    );
    expect(text).toContain('Nur noch 5 Plätze frei.');
    expect(text).toContain('Wenn du magst, schreib mir „START“ per DM und wir legen los.');
    expect(text).not.toContain('bleibt stehen');
  });

  it('drops "before slots are GONE" from an order it offers, and ends the sentence at a bare link before "Use code"', () => {
    const text = rewriteAnyway(
      'GLOWBAR: 💥FLASH SALE💥 ALL facials 40% OFF TODAY ONLY!!! Book NOW before slots are GONE ➡️ glowbar.example/book Use code GLOW40. Hurry!!! Reply STOP to opt out',
    );
    expect(text).toContain('You can book at glowbar.example/book. Use code GLOW40.');
    expect(text).not.toContain('before slots');
    expect(
      rewriteAnyway(
        "URGENT: Your FreshMart rewards of 2,450 pts (£24.50) EXPIRE TONIGHT!!! Claim NOW before they're LOST FOREVER ➡️ freshmart.example/claim?id=88231 Reply STOP to unsubscribe",
      ),
    ).toContain('You can claim at freshmart.example/claim?id=88231');
  });

  it('drops a rating asked for ("rate it 5 stars, subscribe, share it…") with its stars', () => {
    const text = rewriteAnyway(
      "New episode of The Long Table is OUT!! I'm honestly so proud of this one. Listen, rate it 5 stars, subscribe, share it with everyone you know and leave a review, the algorithm needs it! Available everywhere.",
    );
    expect(text).toContain('New episode of The Long Table is out.');
    expect(text).not.toContain('5 stars');
    expect(text).not.toContain('the algorithm needs it');
  });

  it('lowers "/A" and "(S)" with the shouted word they end, and keeps a numbered place a name', () => {
    expect(
      rewriteAnyway(
        'Buscamos PROFESOR/A NATIVO/A de inglés para nuestra academia en Valencia. ¡¡NO TE LO PIERDAS!! Envía tu CV a rrhh@academia.example.es',
      ),
    ).toContain('profesor/a nativo/a de inglés');
    expect(
      rewriteAnyway(
        'NOTICE TO THE TENANT(S) OF FLAT 4: AN INSPECTION WILL TAKE PLACE ON MONDAY 3 MARCH AT 10:00. ACCESS IS REQUIRED.',
      ),
    ).toContain('tenant(s) of Flat 4');
    expect(
      rewriteAnyway('LAST 24 HOURS!!! GET THE CRASH COURSE AT FLAT 70% OFF. CALL 080-4000-0000'),
    ).toContain('flat 70% off');
  });

  it("keeps a loud heading's business name, without its loud words", () => {
    const text = rewriteAnyway(
      '🚗🚗🚗 MASSIVE SALE WEEKEND AT KENNEDY MOTORS 🚗🚗🚗\n\nEVERY CAR MUST GO!!! WE ARE SLASHING PRICES LIKE NEVER BEFORE!!!\n\nCALL NOW 01632 960 772 OR JUST TURN UP – UNIT 4, CASTLE RETAIL PARK, NOTTINGHAM',
    );
    expect(text).toMatch(/^🚗 Sale weekend at Kennedy Motors 🚗\n/u);
    expect(text).toContain('Unit 4, Castle Retail Park, Nottingham');
    // A heading that names no one still goes with its push.
    expect(
      rewriteAnyway(
        '🔥 MASSIVE SALE THIS WEEKEND 🔥\n\n40% off all candles this weekend at wickhouse.example',
      ),
    ).toBe('40% off all candles this weekend at wickhouse.example');
  });

  it('drops a count of the times the reader was asked ("We\'ve emailed you four times now…")', () => {
    const text = rewriteAnyway(
      "Dear Friend,\n\nRight now, every £1 you give becomes £3 - but only until midnight.\n\nWe've emailed you four times now and we still haven't heard from you.\n\nGive here: clearwater.example/triple\n\nWith thanks,\nThe ClearWater Trust",
    );
    expect(text).toContain('every £1 you give becomes £3');
    expect(text).toContain('clearwater.example/triple');
    expect(text).not.toMatch(/four times|haven't heard/u);
  });
});

describe('names in capitals, pointers and the seams a cut leaves', () => {
  it('takes "or cry about it later" whole, and closes the sentence before the hashtags', () => {
    const text = rewriteAnyway(
      "🚨 LAST CHANCE 🚨 Our pumpkin spice cold brew is GONE after Sunday!!! Don't be the one who missed out. Get down to Bean & Barrel, 14 Mill Lane, before 3pm or cry about it later 😤☕ #coffee #pumpkinspice",
    );
    expect(text).toContain('Come down to Bean & Barrel, 14 Mill Lane, before 3pm.\n#coffee');
    expect(text).not.toContain('later');
  });

  it('offers a Dutch order with only an address after its colon "via" that address', () => {
    expect(
      rewriteAnyway(
        'FitPoint Utrecht: LAATSTE KANS! Nog maar 48 uur jouw lidmaatschap voor €19,95/mnd. Schrijf je nu in: fitpoint.nl/actie. Stoppen? Sms STOP naar 4411',
      ),
    ).toContain('Je kunt je inschrijven via fitpoint.nl/actie.');
  });

  it("keeps a king's I in a street, a pair of languages, an award's region and a name its handle starts", () => {
    expect(
      rewriteAnyway(
        'GRAN NOCHE DE SALSA en Academia Ritmo Latino (C/ Alfonso I 23, Zaragoza). ¡¡Reserva YA en ritmolatinozgz.es!!',
      ),
    ).toContain('(C/ Alfonso I 23, Zaragoza)');
    expect(
      rewriteAnyway(
        'Fière de partager mon bilan 2024 en tant que traductrice freelance EN>FR : 43 clients dans 11 pays. Prochaine étape : ouvrir mon agence en 2025 !!! Réservez VITE !',
      ),
    ).toContain('freelance EN>FR :');
    expect(
      rewriteAnyway(
        'I am incredibly honoured and humbled to announce that Ever After Events has been crowned WEDDING PLANNER OF THE YEAR – NORTH WEST at the 2025 Bridal Excellence Awards! 🏆',
      ),
    ).toContain('Wedding Planner of the Year – North West');
    expect(
      rewriteAnyway(
        "Subject: It's here — my Procreate Brush Mega Pack!\n\nI'm SO excited to finally share the INKWELL BRUSH MEGA PACK! 150+ brushes for $29.\n\nGrab yours now: gumroad.com/inkwellbymaya/megapack\n\nMaya\n@inkwellbymaya",
      ),
    ).toContain('the Inkwell Brush Mega Pack');
    expect(
      rewriteAnyway(
        '🍄🍄 TORNA LA 32ª SAGRA DEL PORCINO DI VALMORENA!!! 🍄🍄 Dal 13 al 15 settembre, stand gastronomici. NON MANCATE!!! Seguiteci su @sagraporcinovalmorena',
      ),
    ).toContain('Torna la 32ª Sagra del Porcino di Valmorena.');
  });

  it('reads short links as links and a pointer after a link as a dash, not a colon', () => {
    expect(
      rewriteAnyway(
        'This is your LAST CHANCE to get the Deluxe Edition for £69. Back us NOW 👉 kck.st/dragonhollow',
      ),
    ).toContain('Back us now: kck.st/dragonhollow');
    const stream = rewriteAnyway(
      'Special guests: @pixelpetra and @TheRealDunkin!! Donate: justgiving.com/page/kaiplays-24h 👉 twitch.tv/kaiplays SHARE THIS EVERYWHERE 🔁🔁',
    );
    expect(stream).toContain('justgiving.com/page/kaiplays-24h — twitch.tv/kaiplays. Share this everywhere');
  });

  it('takes out a pointing-back hand, and leaves no full stop after a link its emoji closed', () => {
    expect(
      rewriteAnyway('These WILL sell out (last drop went in 4 hours 😱) 👉 LINK IN BIO 👈'),
    ).not.toContain('👈');
    expect(
      rewriteAnyway(
        "Subject: ⚠️ LAST CHANCE!!! Your 40% OFF expires at MIDNIGHT ⏰\n\nHi Valued Customer,\n\nOur BIGGEST sale of the year ends TONIGHT at 11:59pm and we don't want you to miss out!!! Every candle is 40% OFF with code FLASH40.\n\n👉 SHOP NOW: https://emberandoak.example/sale 👈\n\nHurry!\nThe Ember & Oak Team",
      ),
    ).toMatch(/https:\/\/emberandoak\.example\/sale\n/u);
  });

  it('says where the link in bio is after a code, with French spacing, and keeps a capital that opened a sentence', () => {
    expect(
      rewriteAnyway(
        "Tu veux perdre 5 kg en 2 semaines ? -50% uniquement aujourd'hui avec le code DETOX50 👉 lien dans notre bio !!",
      ),
    ).toContain('code DETOX50 : lien dans notre bio');
    expect(
      rewriteAnyway(
        "Nouveau projet en ligne 😍✨ Refonte complète de l'identité visuelle de @maison_lefevre_notaires 🖋️ Swipez pour découvrir ➡️ Lien en bio !\n\n#branding #design",
      ),
    ).toContain('Swipez pour découvrir. Lien dans notre bio.');
  });

  it('cuts "as stated on our website" and "which you declined" without leaving a seam', () => {
    expect(
      rewriteAnyway(
        "Hi Sam, thanks for your message. The sofa is 210cm wide, as stated on our website, and delivery takes 3 weeks!!! Don't miss out, order NOW.",
      ),
    ).toContain('The sofa is 210cm wide, and delivery takes 3 weeks');
    expect(
      rewriteAnyway(
        "Hi Jess, we're sorry you weren't happy with your cut. However, our stylist Kayla followed your reference photo exactly and you said you loved it in the chair. Fine hair like yours doesn't always hold shape, which is why we recommended our Volume Treatment ($45) at the time, which you declined. — Mane Street Salon",
      ),
    ).toContain('our Volume Treatment ($45) at the time. — Mane Street Salon');
  });

  it("does not end a German sentence at an ordinal's full stop", () => {
    const texts = (text: string) => segment(text).map((piece) => piece.text);
    expect(texts('Beim Kauf von 5 Laugenbrezeln bekommt ihr die 6. GRATIS!!! Dazu unser Laib.')).toEqual([
      'Beim Kauf von 5 Laugenbrezeln bekommt ihr die 6. GRATIS!!!',
      'Dazu unser Laib.',
    ]);
    expect(texts('Wir feiern am 6. Mai unser Fest. Ab dem 3. Oktober sind wir da.')).toHaveLength(2);
    expect(texts('Open on the 6. New menu!')).toHaveLength(2);
  });
});

describe('sales inside replies, and small words a cut or a shout leaves wrong', () => {
  it("takes out the question that leads into an upsell, and keeps the agent's initials", () => {
    expect(
      rewriteAnyway(
        "@jamie_rowe1 Hi Jamie, so sorry your order #PH-448217 is running late! 😔 It's with our courier now and should reach you by Thursday. Want it faster next time? Upgrade to Parcelhive Plus for £3.99/month and get FREE next-day delivery on everything + 10% off! 👉 parcelhive.co.uk/plus ^KB",
      ),
    ).toBe(
      "@jamie_rowe1 Hi Jamie, so sorry your order #PH-448217 is running late. 😔 It's with our courier now and should reach you by Thursday.\n^KB",
    );
  });

  it('reads "Did you know SkyWest Plus members…" and "while your car is with us" as sales, and keeps the booking', () => {
    const flight = rewriteAnyway(
      'Dear Ms Henderson,\n\nThank you for contacting SkyWest Connect regarding flight SW4412, which was delayed by 4 hours 20 minutes. We are pleased to offer you a £75 travel voucher. Did you know that SkyWest Plus members enjoy priority boarding and 10% off all fares? Join today for just £49/year at skywestconnect.com/plus. We look forward to welcoming you on board again soon.\n\nRef: CX-00918273',
    );
    expect(flight).not.toMatch(/SkyWest Plus|£49/u);
    expect(flight).toContain('£75 travel voucher');
    const garage = rewriteAnyway(
      "Hi Mr Patel, thanks for your message about the warning light on your 2019 Sportage. We can book it in on Tuesday 8th at 8.30am for a diagnostic (£69 inc VAT). While it's with us, why not take advantage of our Winter Health Check for just £29.99! Plus ask about our 0% APR deals on the all-new Sportage, available NOW. Reply BOOK to confirm.",
    );
    expect(garage).not.toMatch(/Winter Health Check|APR/u);
    expect(garage).toContain("Reply BOOK if you'd like to confirm.");
  });

  it('keeps "We can\'t wait to see you again." after a sale it takes out of a reply', () => {
    expect(
      rewriteAnyway(
        "Hi Sam, thank you so much for the 5-star review! 🌟 We're so happy you enjoyed your stay at The Bayview Inn. Did you know that members of our Bayview Rewards program save 15% on every stay? You can sign up at bayviewinn.com/rewards and use code RETURN15 on your next booking. We can't wait to see you again.",
      ),
    ).toMatch(/We can't wait to see you again\.$/u);
  });

  it('drops "Most members who cancel regret it" from a cancellation reply', () => {
    expect(
      rewriteAnyway(
        "Hi Laura, we've received your request to cancel your FlexFit membership. Did you know you can FREEZE your membership for up to 3 months for just £5/month?? Most members who cancel regret it 💪 Your cancellation will take effect on 17 July.",
      ),
    ).not.toContain('regret');
  });

  it('asks about two new colleagues by their first names', () => {
    expect(
      rewriteAnyway(
        "Thrilled to announce that Kestrel Analytics has welcomed 14 new team members this quarter! 🚀 We're officially the fastest-growing data consultancy in the North West. Please join me in welcoming our new VP of Engineering, Hannah Brooke, and our new Head of Sales, Liam O'Connor. Exciting times ahead!!",
      ),
    ).toMatch(/ Hannah and Liam (?:in|for) their first (?:week|month)\?$/u);
  });

  it('writes "an" before "8…", "11" and "18,000", "Mar" after a day, and "Here\'s" only before a thing', () => {
    expect(
      rewriteAnyway(
        'FOR IMMEDIATE RELEASE\n\nLEICESTER, 3 April 2024 — Meridian Foods Ltd, a leading UK manufacturer of chilled ready meals, today announced the opening of a state-of-the-art 18,000 sq m distribution hub in Venlo, Netherlands. The investment is expected to create 140 jobs. "This is a landmark moment in our journey," said CEO Graham Whitfield.',
      ),
    ).toContain('an 18,000 sq m distribution hub');
    expect(
      rewriteAnyway(
        "PETALS & CO: Mother's Day is SUN 30 MAR 💐 Order by 2pm Fri 28th for guaranteed delivery. Bouquets from £29.99 + FREE chocolates with code MUM25. petalsandco.com/mum Reply STOP to unsubscribe",
      ),
    ).toContain("Mother's Day is Sun 30 Mar");
    expect(
      rewriteAnyway(
        "🌍 At Harrowgate Packaging, sustainability isn't just a buzzword – it's in our DNA. 💚 We're proud to share that in 2024 we: ♻️ Cut Scope 1 & 2 emissions by 34% 🌱 Switched 100% of our Telford and Corby sites to renewable electricity. Download our 2024 Impact Report now 👉 harrowgatepack.com/impact2024 #Sustainability",
      ),
    ).toContain('In 2024 we:');
  });

  it('keeps a phrase that says a word twice, and says a word shouted three times once', () => {
    expect(
      rewriteAnyway(
        "SLICE SLICE BABY 🍕 2 large pizzas + garlic bread for £19.99 TONIGHT ONLY at Vito's Walthamstow! Use code 2FOR19 at vitospizza.co.uk/order.",
      ),
    ).toMatch(/^Slice slice baby/u);
    expect(rewriteAnyway('SALE SALE SALE!!! 40% off everything this weekend at shop.example')).toMatch(
      /^Sale\b(?! sale)/u,
    );
  });

  it('offers a number to contact, not to write to', () => {
    expect(
      rewriteAnyway(
        'NOTICE TO ALL RESIDENTS\n\nPlease be advised that the water supply will be isolated on Wednesday 9 October between 09:00 and 16:00. Management accepts no liability for any inconvenience caused. Any queries should be directed to the managing agent, Parkgate Estates, on 020 8853 1170.',
      ),
    ).toContain('you can contact the managing agent, Parkgate Estates, on 020 8853 1170');
  });
});

describe('topic tags, free gifts and trade terms in a calmer voice', () => {
  it('reads a topic tag after "de" as a word, and a place after "na" as a name', () => {
    expect(
      rewriteAnyway(
        '¡¡REBAJAS DE VERANO!! Hasta un 50% en toda la tienda, solo este finde. Corre!!! #rebajas #verano',
      ),
    ).toMatch(/^¡Rebajas de verano!/u);
    expect(
      rewriteAnyway(
        '☀️ CHEGOU O VERÃO NA SURF SHACK! ☀️ Pranchas com até 40% de desconto. 👉 Link na bio! #surf #ericeira',
      ),
    ).toContain('Surf Shack');
    expect(
      rewriteAnyway(
        '✨NEW DROP✨ Our Glow Serum is finally BACK IN STOCK after selling out in 72 hours 😱 Only 500 bottles so be quick!! Tap the link in bio 👆 #skincare #backinstock',
      ),
    ).toContain('back in stock');
  });

  it('gives "CAFÉ OFFERT" as a free coffee, not a café\'s name', () => {
    expect(
      rewriteAnyway(
        'Pour fêter nos 5 ans, on vous fait gagner 1 AN DE CAFÉ OFFERT ☕️☕️☕️ !! Tirage au sort le 30 avril à 18h.',
      ),
    ).toContain('1 an de café offert');
  });

  it('keeps "Offers in excess of", lowers "GAME CHANGER", and asks no question about a shouted adjective', () => {
    expect(
      rewriteAnyway(
        "🏡 JUST LISTED 🏡 STUNNING 4 bed detached in Wilmslow! Offers in excess of £725,000. THIS WON'T LAST!!!",
      ),
    ).toContain('Offers in excess of £725,000.');
    expect(
      rewriteAnyway("📣 Release 7.2 is HERE and it's a GAME CHANGER! 🎉 Upgrade today at shiftwise.com"),
    ).toContain('a game changer');
    expect(
      rewriteAnyway(
        '📣 JOB OPPORTUNITY 📣 The Daily Grind Cafe, Truro is looking for an ENERGETIC, PASSIONATE and RELIABLE Barista to join our amazing team!!! £11.80/hr + tips. Apply with CV to hello@dailygrindtruro.co.uk by 28 Feb.',
      ),
    ).not.toContain('ENERGETIC');
  });

  it('leaves no dash after the sentence that says where the link is', () => {
    expect(
      rewriteAnyway(
        '📅 BOOKS OPEN 📅 My April & May books are officially OPEN!!! Deposit £50. Fill out the form via the LINK IN BIO — DMs will NOT be answered!! First come first served.',
      ),
    ).toContain('the link is in my bio. DMs will not be answered.');
  });
});

describe('conditions, taunts and seams a calmer voice left', () => {
  it('says "Plus book before…" and "upgrade to… before… and get…" as conditions, its joining word kept', () => {
    expect(
      rewriteAnyway(
        'Elmwood Dental Care is offering in-chair whitening for £299 (usually £450). PLUS book before 30 April and receive a FREE electric toothbrush worth £79! Call us on 01865 742 118.',
      ),
    ).toContain("Plus, if you book before 30 April, you'll receive a free electric toothbrush worth £79.");
    expect(
      rewriteAnyway(
        'We shipped 14 new features this month. And remember, upgrade to Ledgerly Pro before 31 March and get 3 months at 50% off with code SPRING50.',
      ),
    ).toContain(
      "And remember, if you upgrade to Ledgerly Pro before 31 March, you'll get 3 months at 50% off with code SPRING50.",
    );
  });

  it('takes "don\'t wait —" off the way to enquire, and leaves a reason after the dash alone', () => {
    expect(
      rewriteAnyway(
        "We've been named Wedding Photographer of the Year! If you want award-winning photography for your big day, don't wait — enquire via the link in bio or email hello@elliemarsh.photo",
      ),
    ).toContain('for your big day, you can enquire via the link in bio or email hello@elliemarsh.photo');
    expect(
      rewriteAnyway(
        "2025 wedding dates are now OPEN! If you're getting married next year, don't wait — summer Saturdays always book up first! DM me to check your date.",
      ),
    ).not.toContain('you can summer');
  });

  it('says whom a pleased sender informs only with the pleasure, and drops "or stay broke"', () => {
    const update = rewriteAnyway(
      'We are pleased to inform stakeholders that Q2 has been another period of strong performance across all business units. The full report is in the attached PDF.',
    );
    expect(update).toContain('Q2 has been another period of strong performance');
    expect(update).not.toMatch(/stakeholders that/iu);
    const taunt = rewriteAnyway(
      'I HAVE HELPED OVER 200 BUSINESSES TRIPLE THEIR SALES. ONLY 2 SPOTS LEFT THIS MONTH. DM ME "GROWTH" NOW OR STAY BROKE.',
    );
    expect(taunt).toContain('"GROWTH"');
    expect(taunt).not.toMatch(/stay broke/iu);
  });

  it('opens on a capital after an emoji once a hype word before the news went, and leaves an address as written', () => {
    const news = rewriteAnyway(
      '🚀 HUGE news from the team at Corvane Analytics! 🚀\n\nWe are thrilled to announce that Corvane has been named one of the Top 40 Fastest-Growing Data Platforms of the year.',
    );
    expect(news).toContain('🚀 News from the team at Corvane Analytics.');
    expect(
      rewriteAnyway(
        'Tickets for our Winter Star Party are ON SALE NOW — last year sold out in under a week!! Early bird £12 until 1 October.\n\n🔭 galloway-skies.example.org/events',
      ),
    ).toContain('🔭 galloway-skies.example.org/events');
  });

  it('offers the second way in of a Spanish order with the same modal ("o entrar en…")', () => {
    expect(
      rewriteAnyway(
        'Fibra 1Gb + móvil ilimitado por 19,90€/mes. Solo HOY. Llama YA al 900 123 456 o entra en conecta.example.com',
      ),
    ).toContain('Puedes llamar al 900 123 456 o entrar en conecta.example.com');
  });

  it('writes a shouted sender\'s small words and street abbreviation as a name does ("Brewhouse on Mill St")', () => {
    expect(
      rewriteAnyway(
        "BREWHOUSE ON MILL ST: 2-for-1 lattes TODAY ONLY until 11am!!! Show this text at the till. Don't miss out!! Reply STOP to opt out",
      ),
    ).toContain('Brewhouse on Mill St: 2-for-1 lattes today only until 11am.');
  });

  it('drops guilt and taunts that stand alone: "Surely you can spare…", "Wer jetzt nicht bucht…", fans sorted', () => {
    const appeal = rewriteAnyway(
      "Last month we had to turn 12 children away from Little Notes Music Studio. £10 covers a lesson. Surely you can spare the price of two coffees for a child's dream? You can give at littlenotes.example.com/give",
    );
    expect(appeal).not.toMatch(/surely/iu);
    expect(appeal).toContain('littlenotes.example.com/give');
    const heating = rewriteAnyway(
      'Sanitär Kowalski: Heizung noch nicht gewartet? Wer jetzt nicht bucht, sitzt im Winter im Kalten. Nur diese Woche 79 € statt 119 €. Termin: 0341 555 2190.',
    );
    expect(heating).not.toMatch(/im Kalten/u);
    expect(heating).toContain('79 € statt 119 €');
    // After a fact, only the jab's tail goes: the fact stays.
    const photos = rewriteAnyway(
      'Über 500 Fünf-Sterne-Bewertungen! Die Termine für Familienfotos im Dezember sind fast ausgebucht – wer jetzt nicht bucht, hat Pech gehabt!\n\nJetzt buchen: lichtblick-freiburg.de',
    );
    expect(photos).toContain('Die Termine für Familienfotos im Dezember sind fast ausgebucht');
    expect(photos).not.toMatch(/Pech/u);
    expect(
      rewriteAnyway(
        "We're 200 followers away from 5K!!! New single out Friday on all platforms. Real fans will share it. Fake fans will scroll. Which one are you??",
      ),
    ).not.toMatch(/fans|Which one/u);
  });

  it('names what "them" meant once the jab that asked about the tickets went', () => {
    const gig = rewriteAnyway(
      "ATTENTION!!! Our gig at The Albany on 14 March is 90% SOLD OUT. If you don't have tickets yet, what are you even doing?? Grab them NOW before it's too late 🎸 tickets.example.com/sundogs",
    );
    expect(gig).not.toMatch(/what are you even doing/iu);
    expect(gig).toContain('grab the tickets');
  });

  it('keeps a question about how the reader would feel, a fast-track booking, and "E-BIKES" a name after a joiner', () => {
    expect(
      rewriteAnyway(
        'New at Harbour Physio: how would you feel if you could book a session the same day? Book fast-track appointments online at harbourphysio.example.com. LIMITED SPOTS!!!',
      ),
    ).toMatch(/how would you feel if you could book a session the same day\?.*fast-track appointments/isu);
    // "E" is a joining word in Portuguese and Italian only when a space follows it.
    expect(rewriteAnyway('ZOOM E-BIKES: 25% OFF ENDS MIDNIGHT ⚡ Code ZAP25. STOP=opt out')).toContain(
      'Zoom E-Bikes:',
    );
  });
});

describe('sign-offs, headings and guilt a calmer voice left', () => {
  it('keeps the name and desk that sign a reply, and the close that leads into a name, when the upsell goes', () => {
    const support = rewriteAnyway(
      "Hi Sam, thanks for getting in touch! I've fixed the sync error on your account and your files should show up now. 🙂 While I have you, did you know that our Team plan gives you shared folders AND version history? Loads of people upgrade and love it! I can take 20% off your first year if you upgrade by Monday: example.com/team?code=SAM20. Let me know if there's anything else I can do!\nPriya, Filebox Support",
    );
    expect(support).toMatch(/\nPriya, Filebox Support$/u);
    const garage = rewriteAnyway(
      "Hi Marco,\nThanks for booking your service with Hillside Garage for Friday 9 May at 9:00. 🚗\nWhile it's with us, why not add our Premium Valet for just £25 extra? It's the best valet in town and most customers add it! Simply reply VALET to add it.\nSee you Friday,\nHillside Garage",
    );
    expect(garage).toMatch(/\nSee you Friday,\nHillside Garage$/u);
  });

  it('leaves a kiss in small letters and no "so" whose hurry went', () => {
    const text = rewriteAnyway(
      "Hi Jo, it's Kim from Studio Nine 😊 It's been 8 weeks since your last cut!!! We've got ONLY two slots left on Thursday, so HURRY! Reply YES and I'll book you in! x",
    );
    expect(text).toContain('two slots left on Thursday.');
    expect(text).toMatch(/ x$/u);
  });

  it("drops a question about a sentence that went, and a praise word's empty leftovers", () => {
    expect(
      rewriteAnyway(
        'Every minute you spend scrolling, another cat is left in the cold. 💔 Could you really ignore that?\n\nWhiskers Rescue is full and our vet bills are overdue. Give £5 today: example.org/cats',
      ),
    ).not.toMatch(/ignore that/u);
    expect(
      rewriteAnyway(
        'Our client, a market-leading company, is looking for a Sales Manager in Leeds. Apply now at example.com/jobs/12!',
      ),
    ).toMatch(/^Our client is looking for a Sales Manager in Leeds\./u);
    expect(
      rewriteAnyway(
        "Fernway serves over 500 of the world's most innovative retailers and was named a Top 50 Startup. Book a demo TODAY: example.com/demo",
      ),
    ).toContain('serves over 500 retailers');
  });

  it('says what the team will do, not the commitment a praise word left empty', () => {
    expect(
      rewriteAnyway(
        'Dear Valued Customer,\n\nThank you for contacting Brightdesk Support. We have received your ticket (#55120) regarding the login issue. Please be advised that our team is committed to delivering best-in-class service and will endeavour to respond within 2-4 business days.\n\nKind regards,\nThe Brightdesk Team',
      ),
    ).toContain('Our team will try to respond within 2-4 business days.');
  });

  it('takes out guilt and pressure said in other words and languages, and keeps an ordinal that is no day', () => {
    const cases: [string, RegExp][] = [
      [
        "💪 FINAL CALL 💪 Coach Amy's 4-Week Reset starts MONDAY. Last 2 places!! £99 → £79 today only. Stop making excuses, start making progress. Book: amyfit.example.com Reply STOP to opt out",
        /excuses/u,
      ],
      [
        "Just hit 10,000 subscribers 📈 Open rate: 58%. Not bad for something I started on a Tuesday. If you're not subscribed yet, you're seriously missing out. Link in bio.",
        /missing out/u,
      ],
      [
        "My newsletter just passed 40,000 readers 🤯 Grew it in 9 months, no ads. If you want to know how, my guide is 40% off for 24 hours. Link below 👇 (you're welcome)",
        /welcome/u,
      ],
      [
        "⏳ PLUS QUE 5 HEURES !!! C'est votre DERNIÈRE CHANCE : -40 % sur toute la collection chez Atelier Rose. Ne soyez pas celle qui regrettera demain ! 👉 example.fr/soldes Code : ROSE40",
        /regrettera/u,
      ],
      [
        '¡Hola! Este mes lanzamos el BONO a 39 € (antes 59 €). Solo hasta el viernes. Después, no habrá segunda oportunidad. Reserva YA en example.es/bono. ¡No dejes tu salud para mañana!',
        /oportunidad|para mañana/u,
      ],
      [
        '🍦 GELATERIA ROSSI RIAPRE!!! Sabato 24 gusti e cono GRATIS per i primi 50 clienti!!! Correte, non ce ne sarà per tutti! #gelato',
        /per tutti/u,
      ],
      [
        'LAATSTE KANS!!! Nog maar 5 winterjassen op voorraad. Wie niet snel is, grijpt ernaast. Bestel NU via example.nl',
        /ernaast/u,
      ],
    ];
    for (const [draft, gone] of cases) expect(rewriteAnyway(draft)).not.toMatch(gone);
    // "Até segunda": a Portuguese day is still a fact of the offer.
    expect(
      rewriteAnyway(
        'ÚLTIMA CHANCE!!! 20% de desconto em tudo até segunda na Loja Sol. Compra JÁ em loja.example.pt',
      ),
    ).toContain('até segunda');
  });

  it('writes a shouted name between its emoji in capitals, and what follows it as a sentence', () => {
    expect(
      rewriteAnyway(
        "🍕 MARIO'S PIZZA 🍕 TONIGHT ONLY: 2 large pizzas for £15!!! Order NOW on 0113 555 0101. Be quick, oven closes 11pm! Reply STOP to opt out",
      ),
    ).toMatch(/^🍕 Mario's Pizza 🍕 Tonight only: 2 large pizzas for £15\..*Oven closes 11pm/u);
    expect(
      rewriteAnyway(
        '🎉 PTA APPEAL 🎉 we are still £2,340 short of our target!!! Give NOW at example.org/pta',
      ),
    ).toMatch(/^🎉 PTA appeal 🎉 We are still/u);
    expect(
      rewriteAnyway(
        "✨ YOU'RE INVITED ✨ to the fundraising gala of the year!!! Saturday 8pm. Book NOW: example.org/gala",
      ),
    ).toContain('✨ to the fundraising gala');
  });
});

describe('joins a cut or an offered order used to leave', () => {
  it('says what the reader then gets to "je" in Dutch, and a bio link for a discount in one sentence', () => {
    expect(
      rewriteAnyway(
        'LAATSTE KANS!!! Nog maar 7 paar sneakers op voorraad. Bestel NU via de link in bio en krijg gratis verzending t/m vanavond 23:59 ⏰',
      ),
    ).toContain('Je kunt bestellen via de link in onze bio en krijgt gratis verzending');
    expect(
      rewriteAnyway(
        '🎉 GIVEAWAY TIME 🎉 To enter: follow @glowstudio and tag 2 friends!!! Winner announced Friday. Link in bio for 15% off while you wait ✨',
      ),
    ).toContain('The link for 15% off while you wait is in our bio.');
  });

  it('puts the stop before the emoji that closed a sentence, and joins two clauses once the notice\'s "that" went', () => {
    expect(
      rewriteAnyway(
        "Saturday mornings here look like this ☕ Slow coffee and our Fig & Cedar candle. P.S. It's 20% off this week, and it's our most-loved scent for a reason 😉 Tap the link in bio to bring it home. #slowliving",
      ),
    ).toContain('for a reason. 😉 The link to bring it home is in our bio.');
    expect(
      rewriteAnyway(
        'NOTICE TO ALL TENANTS: Bins MUST be out by 7am on Tuesday. Tenants are reminded that contaminated recycling will be rejected and that repeated failure to comply may lead to a charge under clause 12 of your lease.',
      ),
    ).toContain('Contaminated recycling will be rejected and repeated failure to comply');
  });
});

describe('who a post is about, what it offers, and the link said once', () => {
  it('keeps the sentence that introduces whom the next paragraph is about', () => {
    expect(
      rewriteAnyway(
        "This is Bruno. 💔\n\nHe was found tied to a post in the snow, starving. He's only 3 years old.\n\nOur shelter is FULL. If Bruno isn't fostered by MONDAY, we will have no choice. Please SHARE this post NOW. Give $10 before it's too late: example.org/bruno",
      ),
    ).toMatch(/^This is Bruno\./u);
  });

  it('offers the free service a "you have been selected" text was about, in English and Spanish', () => {
    expect(
      rewriteAnyway(
        "Brightway Dental: You've been SELECTED for a FREE teeth clean! 🦷 Valid until Friday only. Reply YES to book or call 020 7946 0011. Reply STOP to opt out.",
      ),
    ).toContain('You can have a free teeth clean.');
    expect(
      rewriteAnyway(
        'Clínica Dental Luz: ¡Has sido seleccionado para una limpieza dental GRATIS! 🦷 Solo válido hasta el viernes. Responde SÍ para reservar tu cita o llama al 91 555 2211. Para darte de baja, responde BAJA.',
      ),
    ).toContain('Tienes una limpieza dental gratis.');
  });

  it('says the link once where the same order was offered, leaves a one-of-a-kind thing announced, and drops "ahora o nunca"', () => {
    expect(
      rewriteAnyway(
        "Brightview Dental: Hi Sam, it's time for your 6-month checkup! 😁 Book now & get 15% OFF whitening — this month only! Only a few slots left. Book: example.com/bvd or call 555-0199. Reply STOP to unsubscribe.",
      ),
    ).toContain("Here's the link: example.com/bvd or call 555-0199.");
    expect(
      rewriteAnyway(
        "We're SO excited to announce brand new 24/7 access at FlexGym!! 🎉 Members can now train any time. New members join for $0 this month only — don't miss it!",
      ),
    ).not.toMatch(/Here's brand new/u);
    expect(
      rewriteAnyway(
        '¡¡ÚLTIMA OPORTUNIDAD!! Solo HOY te apuntas a FitSur SIN MATRÍCULA y el primer mes a 9,90 €.\n\n¿Vas a dejar que llegue el verano otra vez? ¡Ahora o nunca!\n\n👉 Apúntate ya: example.es/fitsur',
      ),
    ).not.toMatch(/nunca/u);
  });
});

describe('a short order with its day, and a lone word the review called shouting', () => {
  it('offers a three-word order that names its deadline instead of leaving it a hard sell', () => {
    const version = rewriteAnyway('Fresh sourdough is back on Saturday, £6 a loaf. Order NOW before Friday!');
    expect(version).toContain('You can order before Friday');
    expect(version).not.toMatch(/NOW/u);
  });

  it('lowers a lone shouted word the language knows, where the rest of the sentence is calm', () => {
    expect(
      rewriteAnyway(
        'Taller de cerámica en Valencia, 8 y 9 de marzo. Primera clase gratis.\n¡Cupos LIMITADOS!\nEscríbenos por DM o pincha en el link de la bio.',
      ),
    ).toContain('¡Cupos limitados!');
    expect(
      rewriteAnyway(
        '¿Estás CANSADA de cocinar cada noche? Nuestro menú semanal llega a tu puerta por 39 €. ¡Pídelo YA en comida.example.es!',
      ),
    ).toMatch(/^¿Estás cansada de cocinar/u);
  });

  it('drops the "!" of a short order once it is offered, and keeps "¡" with its "!" around an address', () => {
    expect(rewriteAnyway('Our weekly menu is back at £39. Order it NOW at food.example!')).toMatch(
      /You can order it at food\.example\.$/u,
    );
    expect(
      rewriteAnyway('Nuestro menú semanal llega a tu puerta por 39 €. ¡Pídelo YA en comida.example.es!'),
    ).toContain('¡Pídelo en comida.example.es!');
  });

  it('leaves a shouted name the dictionary does not know as a name', () => {
    expect(
      rewriteAnyway(
        'Wir sind stolz: Die NORDWERK Consulting GmbH wurde als Beratung des Jahres ausgezeichnet!!! Danke an unser Team!',
      ),
    ).toContain('NORDWERK Consulting GmbH');
  });
});

describe("a company's form in other languages, and an order with nowhere to go", () => {
  it('reads "S.r.l." and "S.p.A." as part of the name, so the pride that opens the sentence goes and the name stays', () => {
    const version = rewriteAnyway(
      'Siamo orgogliosi di annunciare che Lumera Design S.r.l. ha aperto il suo secondo studio a Torino, con 12 nuovi designer. #design #torino',
    );
    expect(version).toMatch(/^Lumera Design S\.r\.l\. ha aperto/u);
  });

  it('calms a sentence the writer carried on from an ellipsis in small letters, and leaves its small letter', () => {
    const version = rewriteAnyway(
      'Sleep matters SO much… which is why our new lavender pillow spray (£12) is the perfect gift for YOU. Order now before we sell out! #sleep',
    );
    expect(version).toContain(
      'so much… which is why our new lavender pillow spray (£12) is the perfect gift for you.',
    );
  });

  it('keeps the sentence a "Find out in…" goes on from, so the version says what there is to find out', () => {
    const version = rewriteAnyway(
      "Your pension could be losing you THOUSANDS. 😬 Most savers never check what fees they pay. Find out in 2 minutes with FeeCheck — it's free and anonymous. Don't wait until you retire: feecheck.example/start",
    );
    expect(version).toMatch(/Most savers never check what fees they pay\. Find out in 2 minutes/u);
  });

  it('drops an order offered bare where the post gives no way to act on it, and keeps it where a link is', () => {
    const bare = rewriteAnyway(
      "We're hiring a junior sound engineer for our Bristol studio. Four days a week, £26k. Apply NOW before this role is gone!",
    );
    expect(bare).not.toMatch(/You can apply\./u);
    expect(bare).toContain('£26k');
    expect(
      rewriteAnyway(
        'Our pottery course starts on 3 March, eight Tuesdays, £140. Register NOW before it fills up — link in comments.',
      ),
    ).toMatch(/register/iu);
  });
});

describe("an offer's condition and deadline, the people a thanks names, and labels over a sentence", () => {
  it('keeps "while stocks last" when the hurry in front of it goes', () => {
    const version = rewriteAnyway(
      'Swap your old kettle at Brightway Home and get UP TO £30 off a new one!!! Offer runs 1–14 March. Full terms at brightwayhome.example/swap. Hurry - while stocks last!',
    );
    expect(version).toMatch(/While stocks last\.$/u);
    expect(version).not.toMatch(/hurry/iu);
  });

  it('says when a deal ends instead of dropping the line that shouted it would be gone', () => {
    const version = rewriteAnyway(
      'Only 5 HOURS left to get the Tidyhaus planner bundle for $19 (normally $59)!!! After midnight EST this deal is GONE FOREVER. tidyhaus.example/bundle',
    );
    expect(version).toContain('This deal ends at midnight EST.');
    expect(version).not.toMatch(/forever/iu);
  });

  it('keeps the people a "never possible without…" thanks and drops the virtues the sender claimed', () => {
    const version = rewriteAnyway(
      "Thrilled to share I've been named Head of Partnerships at Corvel! This would never have been possible without my relentless drive, my commitment to excellence and, of course, my brilliant colleagues. Onwards! #career",
    );
    expect(version).toContain('This would never have been possible without my brilliant colleagues.');
    expect(version).not.toMatch(/drive|excellence/u);
    // Nothing to drop where the thanks names only people.
    const people = rewriteAnyway(
      'So proud to announce we just passed 10,000 members!!! None of this would have been possible without our volunteers, our partners and our wonderful community. Onwards and upwards! 🚀',
    );
    expect(people).toContain('our volunteers, our partners and our wonderful community');
  });

  it('names the way to give after an appeal\'s pressure goes, not "More at"', () => {
    const version = rewriteAnyway(
      "Our food bank shelves are EMPTY. We need to raise $9,000 by Friday to restock them. Please don't scroll past - DONATE NOW at eastsidefoodbank.example/give. Share this post!",
    );
    expect(version).toContain('You can donate at eastsidefoodbank.example/give.');
    expect(version).not.toContain('More at');
  });

  it('asks for people where the hype word was the object ("we need ROCKSTARS to join")', () => {
    const version = rewriteAnyway(
      'Fernbrook Labs is growing FAST and we need ROCKSTARS to join our world-class team! We are hiring two QA engineers in Leeds. Apply at fernbrook.example/jobs',
    );
    expect(version).toContain('we need people to join our team');
  });

  it('drops an order used as a label over the sentence that names what it is for', () => {
    const version = rewriteAnyway(
      '🎨 ENTER NOW: The Riverside Young Artists Prize 2025 is OPEN! Three winners will get £500 each. Enter at riversideprize.example by 30 May.',
    );
    expect(version).toMatch(/^🎨 The Riverside Young Artists Prize 2025 is open\./u);
  });

  it('does not turn an offer\'s deadline into one more option with "also"', () => {
    const version = rewriteAnyway(
      'Our Spring Getaway Sale is LIVE!!! Save up to 30% on cottages in Devon and Cornwall! Book by 31 March for stays 1 April–30 June. BOOK NOW at hedgerowstays.example!!!',
    );
    expect(version).toContain('You can book by 31 March for stays 1 April–30 June.');
  });

  it('keeps a capital that is part of a name ("Super Early Bird") when calming hype', () => {
    const version = rewriteAnyway(
      'Super Early Bird passes for DevNorth are just £99 but ONLY until 14 April. Grab yours NOW: devnorth.example',
    );
    expect(version).toMatch(/^Super Early Bird passes/u);
  });

  it('lowers a shouted phrase of newer words the dictionary lacked ("FUNDRAISING DRIVE")', () => {
    const version = rewriteAnyway(
      'The Oakfield PTA is launching our ANNUAL FUNDRAISING DRIVE!!! This year we hope to raise £4,000 for the library.',
    );
    expect(version).toContain('our annual fundraising drive');
  });

  it('drops a notice\'s "Please be advised that," after a heading\'s colon without leaving "that,"', () => {
    const version = rewriteAnyway(
      'IMPORTANT NOTICE TO ALL TENANTS: Please be advised that, effective 1 July 2025, the monthly parking fee for Block C will increase from £20 to £25.',
    );
    expect(version).toMatch(/tenants: effective 1 July 2025, the monthly parking fee/iu);
    expect(version).not.toMatch(/that,/u);
  });

  it('runs a sentence on after "Excl." in small print', () => {
    const version = rewriteAnyway(
      'MEGA SALE: 30% OFF all winter boots TODAY ONLY!!! Use code BOOTS30 at northtrail.example. Excl. sale items, 1 per customer.',
    );
    expect(version).toContain('Excl. sale items, 1 per customer');
  });
});

describe("a letter's formula in other languages, a sale's noun, and capitals a tag or a call explains", () => {
  it.each([
    [
      "Chers abonnés, nous vous informons qu'une coupure du service est prévue le jeudi 9 mai de 23h à 1h pour une mise à jour. Nous vous prions de nous excuser pour la gêne occasionnée. L'équipe Lumio",
      'Chers abonnés, une coupure du service est prévue le jeudi 9 mai',
    ],
    [
      'Gentile Cliente, siamo lieti di comunicarLe che dal 3 giugno il nostro negozio di Via Garibaldi 12 sarà aperto anche la domenica. Cordiali saluti, Ottica Ferri',
      'Gentile Cliente, dal 3 giugno il nostro negozio',
    ],
    [
      'Estimados socios: les informamos que a partir del 10 de enero la cuota mensual será de 35 €. Atentamente, Club Náutico Levante',
      'Estimados socios: a partir del 10 de enero la cuota mensual',
    ],
    [
      'Caros clientes, informamos que a partir de 2 de maio a nossa loja fecha às 20h. Obrigado, Livraria Ponte',
      'Caros clientes, a partir de 2 de maio a nossa loja fecha às 20h.',
    ],
  ])('says the notice without the formula that announces it: %s', (draft, expected) => {
    const version = rewriteAnyway(draft);
    expect(version).toContain(expected);
    // The sign-off, with the sender's name, stays.
    expect(version).toContain(draft.slice(draft.lastIndexOf('.') + 2));
  });

  it('keeps the sale when "BIGGEST … EVER" goes, and not a closed deal emptied to "our deal"', () => {
    expect(
      rewriteAnyway(
        'CYBER MONDAY IS HERE!!! Our BIGGEST sale EVER — up to 40% off EVERYTHING at Birch & Bramble! Use code CYBER40. 👉 birchandbramble.example',
      ),
    ).toContain('Our sale — up to 40% off everything at Birch & Bramble.');
    expect(
      rewriteAnyway('Just closed our biggest deal ever. 7 figures. 9 months of work. The team was unreal.'),
    ).not.toContain('closed our deal');
  });

  it('writes the verb of a German call small ("JETZT SPENDEN" → "Jetzt spenden")', () => {
    const version = rewriteAnyway(
      'JETZT SPENDEN!!! 🐴 Der Gnadenhof Birkenau braucht DRINGEND Heu für 60 Tiere! Jeder Euro hilft! Spendenkonto: IBAN DE12 5001 0517 0648 4898 90. Bitte teilen!!!',
    );
    expect(version).toMatch(/^Jetzt spenden! /u);
  });

  it('keeps the Dutch "i.c.m." inside its sentence', () => {
    const version = rewriteAnyway(
      'Alleen dit weekend: 20% KORTING op alle potgrond bij Tuincentrum Hof! Geldig t/m zo 17:00. Niet geldig i.c.m. andere acties. Afmelden? Sms STOP naar 4411',
    );
    expect(version).toContain('Niet geldig i.c.m. andere acties.');
  });

  it('lowers an everyday word that a longer hashtag holds ("IN BUSINESS" beside #smallbusiness)', () => {
    const version = rewriteAnyway(
      '5 YEARS IN BUSINESS! 🎉 From a market stall in Leeds to a shop of our own, Thistle & Thread has come a long way! #smallbusiness #leeds',
    );
    expect(version).toMatch(/^5 years in business!/u);
  });

  it('invites to the quiz night when "Don\'t miss … OF THE YEAR" goes', () => {
    const version = rewriteAnyway(
      "Don't miss the QUIZ NIGHT OF THE YEAR!!! Greenfield Cricket Club fundraiser, Saturday 9 November, 7pm at the clubhouse. £6 per person, teams of up to 5.",
    );
    expect(version).toMatch(/^Join us for the quiz night\./u);
  });
});

describe('a second way in, without "You can… You can also…"', () => {
  it('gives the number to reach the sender plainly after the offer', () => {
    const version = rewriteAnyway(
      'Kingsley Tyres: Your winter check is due. Book a tyre check + rotation for £25 (save £10) this month!!! Call 01904 555 218 or book at kingsleytyres.example NOW. Reply STOP to opt out.',
    );
    expect(version).toContain('Call 01904 555 218 or book at kingsleytyres.example.');
    expect(version).not.toMatch(/You can also|Or call/u);
  });

  it('says where to take the same step again instead of offering it "also"', () => {
    const version = rewriteAnyway(
      'Dear Residents, the Hillcrest CC family picnic is on Sun 21 Sep, 10am-2pm at Hillcrest Park. Register by 14 Sep. Limited to 150 pax only!!! Those who never register cannot join. Register at go.example/hillcrest-picnic or reply YES with name and no. of pax. Thank you.',
    );
    expect(version).toContain('Register at go.example/hillcrest-picnic');
    expect(version).not.toContain('You can also register');
  });
});

describe("a letter's opening on a line of its own, a Dutch season, and a sale brought up in passing", () => {
  it('opens the notice on its own words after "We are writing to inform you that" on the greeting\'s next line', () => {
    const version = rewriteAnyway(
      'Dear Valued Customer,\n\nWe are writing to inform you that on 12 June 2025, Northgate Savings experienced a service disruption affecting card payments between 01:00 and 06:30 BST.',
    );
    expect(version).toMatch(/^On 12 June 2025, Northgate Savings experienced/mu);
  });

  it('reads "VAN DE ZOMER" as "of the summer", not a family name', () => {
    const version = rewriteAnyway(
      '🎉 DE LEUKSTE MARKT VAN DE ZOMER IS TERUG!!! 🎉 Op 9 en 10 augustus in het Vondelpark, met 80 kramen. Gratis entree!',
    );
    expect(version).toContain('De leukste markt van de zomer is terug.');
  });

  it('takes a sale brought up with "Wist u trouwens" out of a reply, as one "by the way" is', () => {
    const version = rewriteAnyway(
      'Beste meneer Jansen,\n\nBedankt voor uw bericht. Het spijt ons dat uw pakket drie dagen te laat was; we hebben dit doorgegeven aan de vervoerder.\n\nWist u trouwens dat u met ons Plus-abonnement voor slechts €4,99 per maand altijd gratis verzendt?\n\nMet vriendelijke groet,\nTeam Groenhuis',
    );
    expect(version).not.toMatch(/Plus-abonnement|4,99/u);
    expect(version).toContain('Team Groenhuis');
  });

  it('keeps the people a "none of this would be possible without…" names, not "hard work (mine!)"', () => {
    const version = rewriteAnyway(
      'So proud to be named Young Engineer of the Year 2025! 🏆 Of course none of this would be possible without hard work (mine!) and my brilliant mentors at Carrow Rail. #engineering',
    );
    expect(version).toContain('none of this would be possible without my brilliant mentors at Carrow Rail.');
  });
});

describe('what makes good in a reply, a condition in every language, and words said twice for weight', () => {
  it('keeps a goodwill code after the sale it followed, and cuts the sale tacked onto one', () => {
    const coded = rewriteAnyway(
      'Hi Dana, thank you for reaching out regarding your order #48213. We apologize for any inconvenience caused by the delay. Your candles have now shipped and should arrive within 3-5 business days. While you wait, why not check out our NEW Autumn Collection? Use code SORRY10 for 10% off your next purchase at wickandember.com!\n\nBest regards,\nThe Wick & Ember Team',
    );
    expect(coded).toContain('SORRY10 for 10% off your next purchase at wickandember.com');
    expect(coded).not.toContain('Autumn Collection');
    const tacked = rewriteAnyway(
      'Dear Mr. Okafor, thank you for taking the time to share your feedback about your stay on 14 March. We sincerely apologize that the air conditioning in room 512 did not meet your expectations. As a token of our appreciation, we would like to offer you 20% off your next booking with code COMEBACK20 (valid until 30 June), and why not treat yourself to our Sunset Spa Package for just $89 extra per night? Warm regards, Priya Nandakumar, Guest Experience Manager',
    );
    expect(tacked).toContain('with code COMEBACK20 (valid until 30 June).');
    expect(tacked).not.toMatch(/Spa Package|\$89/u);
  });

  it("keeps what has been done about an Italian customer's case", () => {
    const version = rewriteAnyway(
      "Gentile Cliente,\n\nLa ringraziamo per averci contattato. Ci scusiamo per il disagio riscontrato con il Suo ordine n. 48213. La informiamo che la pratica è stata presa in carico dall'ufficio competente.\n\nCogliamo l'occasione per ricordarLe che fino al 30 novembre tutti gli accessori sono scontati del 20% con il codice GRAZIE20 su casabella-shop.it.\n\nDistinti saluti,\nServizio Clienti CasaBella",
    );
    expect(version).toMatch(/pratica è stata presa in carico dall'ufficio competente\./u);
  });

  it('keeps "while stocks last" in German and French when the hurry before it goes', () => {
    expect(
      rewriteAnyway(
        '30% auf alles im Shop! Jetzt zuschlagen, solange der Vorrat reicht!!! Code: WOLLE30 www.wollwerk.de',
      ),
    ).toContain('Solange der Vorrat reicht.');
    expect(
      rewriteAnyway(
        "30% sur tout le site avec le code HIVER30 ! Profitez-en vite, jusqu'à épuisement des stocks ! www.boutique.fr",
      ),
    ).toContain("Jusqu'à épuisement des stocks.");
  });

  it('drops "4 HOURS." said again after "sold out in 4 hours", and the second half of "We didn\'t just… We ARE…"', () => {
    expect(
      rewriteAnyway(
        "I'm opening 20 spots in my Watercolour course. Last round sold out in 4 hours. 4 HOURS. Doors open Monday at 7pm GMT, £149. Set an alarm. Link in bio.",
      ),
    ).not.toMatch(/4 hours\. 4 hours/iu);
    const bar = rewriteAnyway(
      "Lumetrics 3.0 is finally LIVE! 🚀 AI-powered forecasting for revenue teams.\n\nWe didn't just raise the bar. We ARE the bar.\n\nBook your demo 👉 lumetrics.io/demo",
    );
    expect(bar).not.toMatch(/the bar/iu);
  });

  it('does not leave "all at." when the praised prices go, nor "Book," when the hurry does', () => {
    const bulbs = rewriteAnyway(
      "We've got over 80 varieties of tulips, daffodils, alliums and more, all at AMAZING prices! Open every day 9–5, Mill Road, Sandford.",
    );
    expect(bulbs).toContain('alliums and more.');
    const salon = rewriteAnyway(
      '💖 25% OFF your first cut & colour at Salon Verde 💖\n\n💅 Book now, slots are going QUICK 💅\n\n📲 Book via link in bio or DM us',
    );
    expect(salon).not.toMatch(/Book, slots/u);
  });

  it('keeps "Buy 3, get the 4th free" as the offer\'s name, and the threat after an order goes', () => {
    expect(rewriteAnyway('Buy 3 bags, get the 4th FREE! 🎉 Shop at bulbs.example')).toMatch(
      /^Buy 3 bags, get the 4th free\./u,
    );
    const bread = rewriteAnyway(
      "Only 40 loaves this week!!! Pre-order NOW via link in bio or you'll be crying into a supermarket baguette 😂",
    );
    expect(bread).not.toMatch(/crying|baguette/u);
  });

  it('writes a shouted name the way its hashtag does, and a shouted first name as a name', () => {
    expect(
      rewriteAnyway('📣 ANNOUNCING DATACON 2025 📣 ExCeL London, 17–19 June. #DataCon2025 #AI'),
    ).toContain('DataCon 2025');
    expect(rewriteAnyway('BLOCKED DRAIN??? CALL PAUL NOW!!! 📞 07700 900 123')).toContain('Paul');
  });

  it('keeps what will not happen ("This will NOT be recorded.") as the fact it is', () => {
    const version = rewriteAnyway(
      "⏰ Spots are filling FAST! ⏰ Our free masterclass goes live THIS Thursday at 1pm EST. This will NOT be recorded. Once it's gone, it's gone. Grab your seat 👉 scaleup.example/masterclass",
    );
    expect(version).toContain('This will not be recorded.');
  });

  it('says a code and its link apart without a second colon', () => {
    expect(
      rewriteAnyway(
        '⚡ 24 HOURS ONLY ⚡ EVERY GAME 50% OFF AT PIXEL VAULT 🎮 CODE: VAULT50 👉 pixelvault.gg',
      ),
    ).toMatch(/[Cc]ode: VAULT50 — pixelvault\.gg/u);
  });
});

describe('what to book and where in French, a scarcity tail, a guilt question, and a reply keyword without its hurry', () => {
  it('offers "Réservez votre démo : link" with the preposition, not a colon after the modal', () => {
    expect(rewriteAnyway('Nouvelle offre ! 👉 Réservez votre démo : synaptia.fr/demo #IA')).toContain(
      'Vous pouvez réserver votre démo sur synaptia.fr/demo',
    );
    // A second order after "ou" is no thing to book: the sentence keeps its own shape.
    expect(
      rewriteAnyway(
        'ClimaPro : Évaluation gratuite cette semaine seulement. Appelez au 514-555-0193 ou réservez : climapro.example/subvention',
      ),
    ).not.toContain('ou réservez sur');
  });

  it('drops "and they\'re going fast" after the slots a sender has left', () => {
    const version = rewriteAnyway(
      "Hi James,\n\nI only have 3 onboarding slots left this quarter and they're going fast. Can we hop on a 15-min call tomorrow at 10am or 2pm?\n\nBest,\nKyle",
    );
    expect(version).toContain('I only have 3 onboarding slots left this quarter. Can we hop on');
  });

  it('drops the guilt questions of a French appeal, not the appeal', () => {
    const version = rewriteAnyway(
      "En ce moment même, des centaines de familles n'ont pas de quoi manger ce soir. Et vous, que faites-vous ?\n\nSans votre don, nous devrons fermer notre antenne de Roubaix. Est-ce vraiment ce que vous voulez ?\n\n👉 Donnez MAINTENANT sur restosduquartier.fr/don\n\nNe détournez pas le regard. Agissez.",
    );
    expect(version).not.toMatch(/que faites-vous|ce que vous voulez|détournez|Agissez/u);
    expect(version).toContain('nous devrons fermer notre antenne de Roubaix.');
  });

  it('keeps "reply WHITEN to book" without "Limited slots" before it or "now" after it', () => {
    const version = rewriteAnyway(
      'Hi Sarah, your check-up is on Thu 14 Nov at 3:15pm. Reply C to confirm. PS: Add teeth whitening for just £199 (usually £350), this month only! Limited slots, reply WHITEN to book now!',
    );
    expect(version).toContain('Reply WHITEN to book.');
  });
});

describe('a second step said with where to take it', () => {
  it('opens on its verb ("Sign up at …"), not "You can also sign up at …"', () => {
    const version = rewriteAnyway(
      'Join IronCore Fitness in January for just £1*!!! Only 50 memberships available at this price, and they will go FAST!!! Sign up at ironcorefit.co.uk/newyear or come see us at Unit 4, Castle Retail Park.\n\n*£1 for first month, then £44.99/month.',
    );
    expect(version).toContain('Sign up at ironcorefit.co.uk/newyear or come see us');
    expect(version).not.toContain('You can also sign up');
  });
});

describe('names a shout hid, a CV sent to apply, two ways in for one purpose, and a price that goes on', () => {
  it('writes given names that are also words as names, a title as a title, and a registration body as its letters', () => {
    const pizzeria = rewriteAnyway(
      'GRANDE INAUGURAZIONE!!! VI ASPETTANO GENNARO, SUO FIGLIO SALVATORE E IL NOSTRO PIZZAIOLO CAMPIONE DEL MONDO CIRO ESPOSITO!!! NON MANCATE!!!',
    );
    expect(pizzeria).toContain('suo figlio Salvatore');
    expect(pizzeria).toContain('Ciro Esposito');
    expect(
      rewriteAnyway("Okay so next month's pick is THE SEVEN MOONS OF MAALI ALMEIDA and I am SO excited!!!"),
    ).toContain('The Seven Moons of Maali Almeida');
    expect(
      rewriteAnyway(
        'Sam here from SJ Electrical!!! 11 years experience, NICEIC registered. Message me NOW or call 07700 900123',
      ),
    ).toContain('NICEIC registered');
  });

  it('says a shouted "MESSAGE US" small after the words that open the invitation', () => {
    const version = rewriteAnyway(
      'ATTENTION ALL HOMEOWNERS IN WOKINGHAM!!!! FIRST CLEAN ONLY £10 (NORMALLY £18). MESSAGE US NOW BEFORE SPACES GO!!!',
    );
    expect(version).toMatch(/, message us\./u);
  });

  it('says how to apply, and what two ways in are for, in place of "If you\'re interested,"', () => {
    expect(
      rewriteAnyway(
        "WE'RE HIRING a line cook at The Salt Room!!! Send CV to kitchen@thesaltroom.example NOW!",
      ),
    ).toContain('To apply, send CV to kitchen@thesaltroom.example.');
    expect(
      rewriteAnyway('Winter boiler check £49 this week only!!! Reply YES or call 0203 555 0117 NOW to book!'),
    ).toContain("If you'd like to book, reply YES or call 0203 555 0117.");
  });

  it('keeps a price with what follows it ("£450 🤩 + 3 PT sessions", "R$ 149,90 (de R$ 250)")', () => {
    expect(
      rewriteAnyway(
        '72 HOURS ONLY: annual membership £299 instead of £450!!! 🤩🤩 + 3 PT sessions FREE!!! Ends Sunday.',
      ),
    ).toContain('£450 🤩 + 3 PT sessions');
    expect(
      rewriteAnyway('Progressiva por APENAS R$ 149,90!!! 😱😱😱 (de R$ 250)\nVálido de segunda a quinta.'),
    ).toContain('R$ 149,90 (de R$ 250)');
  });
});

describe('a plug in passing, a name met, a label before the way to book, and a link right after "try it"', () => {
  it('drops "P.S. Have you tried our NEW…?" from a reply that opens on sorry, and the P.S. with it', () => {
    const version = rewriteAnyway(
      "Oh no, sorry to hear that, Dan! 😬 That's not the Burger Barn experience we want for our fans! DM us your order number and we'll sort you out 🍔 P.S. Have you tried our NEW Triple Stack Smash yet?? 👀🔥 #BurgerBarn",
    );
    expect(version).not.toMatch(/Triple Stack|P\.S\./u);
    expect(version).toContain('DM us your order number');
  });

  it('writes the one word met as a name ("MEET BISCUIT!!!" → "Meet Biscuit!")', () => {
    expect(
      rewriteAnyway(
        '🐶💕 MEET BISCUIT!!! 💕🐶 This GORGEOUS boy has been waiting 214 days for his forever home. Apply via link in bio',
      ),
    ).toContain('Meet Biscuit!');
  });

  it('says "Book NOW: Contact Gaz…" as the way to book', () => {
    expect(
      rewriteAnyway(
        'Tables of 10 for £550!!! Book NOW: Contact Gaz on 07700 900 318 or email dinner@oldfieldrfc.co.uk',
      ),
    ).toContain('To book, contact Gaz on 07700 900 318');
  });

  it('keeps a .so address a link, so its pointer is said', () => {
    expect(
      rewriteAnyway("It's live today for ALL plans!!! Go try it right now 👉 fieldnote.so/canvas"),
    ).not.toMatch(/try it fieldnote/u);
  });
});

describe('terms kept however loud, a formal invitation said plainly, a gloss in brackets, and a place wanted', () => {
  it('keeps a sentence that only says when or to whom something is open', () => {
    expect(
      rewriteAnyway(
        'SOLO PER OGGI!!! 🛍️ Sconto del 50% su tutta la collezione da Boutique Ginevra! Valido solo sopra 80 €. Via Roma 23, Bergamo',
      ),
    ).toMatch(/^Solo per oggi!/u);
    expect(
      rewriteAnyway(
        'Hartley & Vane LLP cordially requests the pleasure of your attendance at our Winter Client Evening on Friday 6 December from 18:30. Attendance is strictly by invitation only. RSVP is mandatory by 22 November via events@hartleyvane.example.',
      ),
    ).toBe(
      'Hartley & Vane LLP invites you to our Winter Client Evening on Friday 6 December from 18:30. Attendance is strictly by invitation only. Please RSVP by 22 November via events@hartleyvane.example.',
    );
  });

  it('cuts "Parents/Guardians are advised that", but not a reminder whose "their" needs its parents', () => {
    const version = rewriteAnyway(
      'Parents/Guardians are advised that Millbrook Primary will be CLOSED to pupils on Friday 8 November for a staff training (INSET) day. Parents are reminded that it is their responsibility to make other arrangements.',
    );
    expect(version).toMatch(/^Millbrook Primary will be closed/u);
    expect(version).toContain('staff training (INSET) day');
    expect(version).not.toMatch(/(?:^|\. )It is their responsibility/u);
  });

  it('writes a shouted German noun with its capital after "ist" ("ist PFLICHT" → "ist Pflicht")', () => {
    expect(rewriteAnyway('Die Teilnahme ist PFLICHT!!! Die Versammlung beginnt um 19 Uhr.')).toContain(
      'Die Teilnahme ist Pflicht',
    );
  });

  it('drops "or lose this offer forever" after the keyword to reply with', () => {
    const version = rewriteAnyway(
      'LAST CHANCE! Your 20% off at Corefit expires at MIDNIGHT. Reply JOIN or lose this offer forever.',
    );
    expect(version).toContain('reply JOIN.');
    expect(version).not.toMatch(/lose this offer/u);
  });

  it('says where to register after a dash, where "register NOW before it fills up:" left a bare colon', () => {
    expect(
      rewriteAnyway(
        'Thursday 23 Jan, 4pm GMT. Only 300 seats available — register NOW before it fills up: quillform.example/live',
      ),
    ).toContain('— you can register at quillform.example/live');
  });

  it('offers a place wanted with its count, for a keyword sent by DM after a dash', () => {
    expect(
      rewriteAnyway("Spring intake is nearly full — DM 'READY' to claim one of the last 6 spots!!!"),
    ).toBe("Spring intake is nearly full. DM 'READY' if you'd like one of the last 6 spots.");
    expect(rewriteAnyway("Follow for daily tips!!! DM 'GROWTH' for my free 5-day challenge!!!")).toContain(
      "DM 'GROWTH' if you'd like my free 5-day challenge.",
    );
  });
});

describe('the emoji that points at a number', () => {
  it('stays with the number when the push before it goes ("BOOK TODAY! 📞 01632 960884")', () => {
    const version = rewriteAnyway(
      "Vaccinations for JUST £39 this month!!! Don't risk your pet's health — BOOK TODAY! 📞 01632 960884",
    );
    expect(version).toContain('📞 01632 960884');
    expect(version).not.toMatch(/risk your pet/u);
  });
});

describe('a full stop before the hashtags, an .edu address, and a threat in text-speak', () => {
  it('ends a sentence whose emoji went with the shout before its hashtags', () => {
    expect(rewriteAnyway('Merch drops FRIDAY, 200 hoodies only, £45 each 🔥 #creator #100k #grind')).toBe(
      'Merch drops Friday, 200 hoodies only, £45 each.\n#creator #100k #grind',
    );
  });

  it('reads an .edu address as a link, so the order before it says where', () => {
    expect(
      rewriteAnyway(
        'Can YOUR class beat them?? 👀\n\nGive NOW 👉 givingday.hollins.edu\n\n#GivingDay #GoBears',
      ),
    ).toContain('You can give at givingday.hollins.edu');
  });

  it('drops "or lose ur spot" after the keyword to reply with', () => {
    expect(
      rewriteAnyway(
        'BIAB infills just £25 TODAY ONLY!!! Only 3 slots left!!! Reply NAILS now or lose ur spot',
      ),
    ).not.toMatch(/lose ur spot/u);
  });
});

describe('the claim after a dash that a thing is the only one you will need', () => {
  it('goes, and the thing stays', () => {
    expect(withoutRanking("Grab our FREE Renter's Guide — the ONLY guide you'll EVER need!! 🔑")).toBe(
      "Grab our FREE Renter's Guide!! 🔑",
    );
    expect(withoutRanking('The new planner — the only planner you will ever need.')).toBe('The new planner.');
  });
});

describe('a share asked for, and a hurry alone', () => {
  it('asks "SHARE SHARE SHARE!!" as "Please share."', () => {
    expect(
      rewriteAnyway('Bella needs a home by Friday. Text PAWS to 70085 to donate £5 NOW. SHARE SHARE SHARE!!'),
    ).toMatch(/Please share\.$/u);
  });

  it('drops "BE QUICK!!!" standing alone after the way to call', () => {
    const version = rewriteAnyway('Up to 70% OFF sofas this weekend!!! Call 0161 496 0732. BE QUICK!!!');
    expect(version).toContain('0161 496 0732');
    expect(version).not.toMatch(/quick/iu);
  });
});

describe('a jab at rivals or at the reader, and guilt in an ask', () => {
  it('drops a jab at rivals and keeps the news', () => {
    const version = rewriteAnyway(
      'Shortlisted in 5 categories at the Design Week Awards!!! Not bad for a 9-person studio. Competitors, take note. #design',
    );
    expect(version).toContain('5 categories');
    expect(version).not.toMatch(/take note/iu);
    const plumbers = rewriteAnyway(
      "We DON'T charge call-out fees and we actually TURN UP. Other salons in Leeds should be ashamed. Call Amy NOW on 0113 496 0021!!!",
    );
    expect(plumbers).toContain('0113 496 0021');
    expect(plumbers).not.toMatch(/ashamed/u);
  });

  it('drops the taunt in Spanish, Italian and Portuguese, and keeps the way to reply', () => {
    const es = rewriteAnyway(
      '¡¡PREMIADOS!! Más de 800 pisos vendidos en Valencia. ¿Aún no nos conoces? ¡Tú te lo pierdes! Escríbenos "PISO" por DM.',
    );
    expect(es).toContain('"PISO"');
    expect(es).not.toMatch(/pierdes/u);
    const it = rewriteAnyway(
      'ULTIMI POSTI!!! Corso di pasta fresca sabato 3 giugno, 90 €. Scrivi "PASTA" in DM ORA o resti fuori. Non dire che non te l\'avevamo detto 😏',
    );
    expect(it).toContain('"PASTA"');
    expect(it).not.toMatch(/resti fuori|avevamo detto/u);
    const pt = rewriteAnyway(
      'PROMOÇÃO SÓ HOJE!!! Limpeza dental por R$ 150. Mande "DENTE" no direct AGORA ou vai se arrepender 😱',
    );
    expect(pt).toContain('"DENTE"');
    expect(pt).not.toMatch(/arrepender/u);
  });

  it('keeps the number when it drops the scorn for anyone who would not call', () => {
    expect(
      rewriteAnyway("SOLD in 3 days!!! Thinking of moving? You'd be crazy not to call me: 07700 900 123."),
    ).toContain('Call me: 07700 900 123.');
  });

  it('asks for the sum without the guilt, and drops the sneer at those who do not give', () => {
    const version = rewriteAnyway(
      "We need £3,000 by Friday to keep the shelter open. Can you really not spare £10? Donate NOW at shelter.example.org — or at least share, if you don't care enough to give.",
    );
    expect(version).toContain('Could you spare £10?');
    expect(version).not.toMatch(/care enough/u);
  });
});

describe('a sale in a reply to a customer, however it is brought up', () => {
  const reply = (sale: string) =>
    rewriteAnyway(
      `Hi Sam, thanks for getting in touch! So sorry your parcel arrived three days late. ${sale}`,
    );

  it('drops "Did you know that with…" and the code for the plan\'s first month after it', () => {
    const version = reply(
      "Did you know that with Zipline Plus for just £3.99/month you'd get free next-day delivery? Use code SORRYSAM for your first month at half price!",
    );
    expect(version).toContain('three days late');
    expect(version).not.toMatch(/Zipline Plus|£3\.99|SORRYSAM/u);
  });

  it('drops an upgrade whose code happens to be called SORRY', () => {
    const version = reply(
      'BUT good news — you can upgrade to the TrailRunner X2 today for just $89 (normally $149) with code SORRY40!',
    );
    expect(version).not.toMatch(/TrailRunner|SORRY40/u);
  });

  it('drops a sale the reader is told not to forget, and a plan offered "however"', () => {
    expect(
      reply(
        "Please DM us your order number. In the meantime, don't forget our Winter Sale is on with 40% off!",
      ),
    ).not.toMatch(/Winter Sale/u);
    expect(
      reply('We would, however, like to offer you our Care Plan at the discounted rate of £49.'),
    ).not.toMatch(/Care Plan/u);
  });

  it('drops a room recommended at so much more a night, in Spanish', () => {
    const version = rewriteAnyway(
      'Hola Marta, gracias por tu reseña. Sentimos que la habitación fuera ruidosa. Para tu próxima visita te recomendamos nuestra Habitación Superior, ¡por solo 30 € más por noche!',
    );
    expect(version).toContain('ruidosa');
    expect(version).not.toMatch(/Superior|30 €/u);
  });

  it('keeps a code given to make good, and the name that signs the reply', () => {
    expect(
      reply(
        "Did you know that with Zipline Plus for just £3.99/month you'd get free next-day delivery? As a valued customer, you can get 15% off your next order with code SORRY15.",
      ),
    ).toContain('SORRY15');
    expect(
      reply(
        'Did you know that with our Unlimited Membership (£89/month) you get priority booking? You can sign up at lotus.example/join with code PRIORITY. Namaste 🙏 Jess @ The Lotus Room',
      ),
    ).toMatch(/Namaste 🙏 Jess @ The Lotus Room$/u);
  });
});

describe('names, keywords and abbreviations kept as written, and more guilt dropped', () => {
  it('keeps the second keyword of a reply list in capitals, in Portuguese too', () => {
    const version = rewriteAnyway(
      'Clínica Luz: Olá Rui, lembramos a sua consulta de higiene amanhã, 14/05, às 9h, com a Dra. Ana Reis. APROVEITE: clareamento com 30% de desconto apenas esta semana – só 99 €! Vagas limitadas! Responda SIM para confirmar a consulta e BRANCO para reservar o clareamento. Info: 21 340 0000',
    );
    expect(version).toContain('Responda SIM para confirmar a consulta e BRANCO para reservar');
  });

  it('keeps a brand in capitals that its own web address opens with', () => {
    const version = rewriteAnyway(
      'Sick of queueing for racks?? At ANVIL we have 20 racks and NO contracts. First week FREE!!! anvilfit.example',
    );
    expect(version).toContain('At ANVIL we have 20 racks');
  });

  it('runs "reg. charity no." on as one sentence', () => {
    expect(
      rewriteAnyway(
        "Please don't look away!!! Text MEALS to 70191 to give £3 NOW. Bright Plates Trust, reg. charity no. 1187700.",
      ),
    ).toContain('reg. charity no. 1187700');
  });

  it('drops what would be missed with the fear of missing it', () => {
    const version = rewriteAnyway(
      'Only 2 LEFT!!! Book your viewing TODAY before you miss out on your dream home 🏡 Call 01423 555 000',
    );
    expect(version).not.toMatch(/miss out|dream home/u);
    expect(version).toContain('01423 555 000');
  });

  it('drops pity for the reader, a guilt question and "your kids deserve better"', () => {
    const pity = rewriteAnyway(
      'If you paid full price for your racket, we feel sorry for you. Smart players shop at CourtDeals — up to 50% off. Shop NOW at courtdeals.example',
    );
    expect(pity).not.toMatch(/sorry for you/u);
    expect(pity).toContain('up to 50% off');
    const question = rewriteAnyway(
      'Are you REALLY going to let another summer go by without a family photo? Mini sessions £75. DM me "SUN" to book NOW!!',
    );
    expect(question).not.toMatch(/going to let/u);
    expect(question).toContain('£75');
    const kids = rewriteAnyway(
      '¿Otra vez pizza congelada? Tus hijos merecen algo mejor que eso. Con CocinaYa cocinas en 15 minutos. Primera caja a 19 € con el código CENA. ¡Solo hasta el domingo!',
    );
    expect(kids).not.toMatch(/merecen/u);
    expect(kids).toContain('CENA');
  });
});

describe('seams a blind rater found after the second round of mends', () => {
  it('keeps a title in title case once its shouted words are lowered', () => {
    expect(
      rewriteAnyway(
        'Subject: 🚨 The Masterclass That Will TRANSFORM Your Sales FOREVER\n\nHi {FirstName}, seats are LIMITED!!! Register NOW: salesvault.example/live',
      ),
    ).toContain('The Masterclass That Will Transform Your Sales Forever');
  });

  it('drops "forever" with "or miss out"', () => {
    const version = rewriteAnyway(
      'FLASH SALE!!! 30% OFF at Birch & Vale TODAY ONLY 🔥 Use code BIRCH30 at birchvale.example before MIDNIGHT or miss out FOREVER. Reply STOP to opt out',
    );
    expect(version).toContain('before midnight.');
    expect(version).not.toMatch(/forever/iu);
  });

  it('capitalises a Spanish question left opening a paragraph by a cut', () => {
    expect(
      rewriteAnyway(
        'Hola, Marta 👋\n\nHace 4 semanas que no vienes a GymNorte... Tu entrenadora Eva pregunta por ti 😔\n\nSabemos que estás ocupada, pero ¿de verdad vas a tirar todo el progreso que conseguiste?\n\nReserva en gymnorte.example/app o responde VUELVO.\n\n¡No te rindas ahora! 💪',
      ),
    ).not.toMatch(/¿de verdad/u);
  });

  it('drops "Not one of the best." with the boast it set up, and a postscript that counts the messages', () => {
    expect(
      rewriteAnyway(
        "We're the #1 rated payroll app in the UK. 🏆\n\nNot one of the best. THE best.\n\n4.8★ from 9,000+ reviews. Start free: payly.example",
      ),
    ).not.toMatch(/Not one of the best/u);
    const version = rewriteAnyway(
      "Hi Sam,\n\nWe've helped 30+ clinics cut no-shows by 25%. Do you have 15 minutes on Friday? Just reply YES and I'll send a link.\n\n(P.S. I've sent you 4 messages now - if I don't hear back I'll assume it's not a priority 😉)\n\nBest,\nMia Ford | Growth, Bookwell",
    );
    expect(version).not.toMatch(/messages now|\(\s*\n/u);
    expect(version).not.toMatch(/\n\n\n/u);
    expect(version).toContain('Best,\nMia Ford');
  });

  it('keeps what is on sale when it drops "GO GO GO" after a dash', () => {
    expect(
      rewriteAnyway(
        'MODA: FLASH SALE!!! 48HRS ONLY! EVERYTHING £10 OR UNDER! Jeans, shirts, jackets - GO GO GO! Shop now: moda.example/sale Text STOP to 60777 to opt out',
      ),
    ).toContain('Jeans, shirts, jackets.');
  });
});

describe('praise in a headline, a menu of answers and a door shut in advance', () => {
  it('takes a run of praise and a promise of the future out of a release headline', () => {
    const version = rewriteAnyway(
      "FOR IMMEDIATE RELEASE\n\nBrightwell Dynamics Announces Revolutionary, Industry-Leading AI-Powered Platform Set to Transform the Future of Facilities Management\n\nAUSTIN, TX – March 4, 2025 – Brightwell Dynamics, the world's leading innovator in next-generation smart building solutions, today proudly announced the launch of BrightCore 3.0, a game-changing, best-in-class platform.\n\nFor media inquiries, contact press@brightwelldynamics.com or call (512) 555-0148.",
    );
    expect(version).toContain('Brightwell Dynamics Announces AI-Powered Platform for Facilities Management');
    expect(version).toContain('press@brightwelldynamics.com');
    expect(
      rewriteAnyway(
        'FOR IMMEDIATE RELEASE\n\nLedgerloop Announces Revolutionary AI-Powered Reconciliation Platform, Set to Transform Finance Operations Forever\n\nMANCHESTER, UK – 3 June 2025 – Ledgerloop, the industry-leading provider of next-generation finance automation solutions, today announced the launch of Ledgerloop Match 3.0, a game-changing platform.',
      ),
    ).toContain('Reconciliation Platform for Finance Operations\n');
  });

  it('drops a self-given rank beside praise, and gives the article the sound of the word left after it', () => {
    expect(
      rewriteAnyway(
        'BIRMINGHAM, 12 March 2025 — Harwood Foods Ltd, a leading, market-defining producer of chilled ready meals, is thrilled to announce a partnership with FreshRoute Logistics. Contact media@harwoodfoods.co.uk.',
      ),
    ).toContain('Harwood Foods Ltd, a producer of chilled ready meals');
    expect(
      rewriteAnyway(
        'PRESS RELEASE\n\nThe breathtaking new Orangery, which can accommodate up to 180 guests, offers an unparalleled, once-in-a-lifetime experience of elegance.\n\nEnquiries: events@oakhurstbarn.co.uk | 01451 555 0210',
      ),
    ).toContain('offers a once-in-a-lifetime experience');
  });

  it('keeps a promise in a sentence as written: "set to" there is a clause of its own', () => {
    const version = rewriteAnyway(
      'JUST LISTED!!! The Residences at 4 Ferry Lane, Balmain East, set to redefine harbourside living forever. Inspect Saturday 10am. Call Jo on 0412 555 019 NOW!',
    );
    expect(version).not.toMatch(/Balmain East for/u);
  });

  it('leaves a menu of answers in a reminder without "If you\'re interested"', () => {
    const version = rewriteAnyway(
      'Reminder: your check-up at Parkview Dental is on Tue 17 June at 09:40. Reply C to confirm or R to reschedule. PLUS: ask about our clear aligners – £500 OFF this month ONLY!!',
    );
    expect(version).toContain('Reply C to confirm or R to reschedule.');
    expect(version).not.toMatch(/interested/u);
    // The way out beside an offer is no menu: the offer is still offered.
    expect(
      rewriteAnyway(
        'PPI, car finance or credit card claim? You could be owed £££. Our expert team has recovered over £40 million for customers like you. No win, no fee. Reply CLAIM to get started or STOP to opt out. Fees up to 30% + VAT.',
      ),
    ).toContain("If you're interested, reply CLAIM to get started or STOP to opt out.");
  });

  it('drops "This policy is non-negotiable." and refused excuses, in English and elsewhere', () => {
    const policy = rewriteAnyway(
      "Missed appointments policy\n\nFrom 1 September, patients who fail to attend an appointment or cancel with less than 24 hours' notice will be charged £35.\n\nPayment will be taken from the card on file. This policy is non-negotiable.\n\nCrestview Physiotherapy & Sports Clinic",
    );
    expect(policy).toContain('Payment will be taken from the card on file.');
    expect(policy).not.toMatch(/non-negotiable/u);
    expect(
      rewriteAnyway(
        'Dear Parents,\n\nThe school gates close at 8:50am. Pupils arriving after this time will be marked late. We will not be accepting excuses relating to traffic or parking.\n\nMr D. Harding\nHeadteacher',
      ),
    ).not.toMatch(/excuses/u);
    expect(
      rewriteAnyway(
        'AVVISO: il saldo della gita va versato entro il 15 febbraio in segreteria. Non saranno accettate scuse.',
      ),
    ).not.toMatch(/scuse/u);
  });
});

describe('a link left by its order, the words that led into a cut clause, and more blame dropped', () => {
  it('says what a link is for when the order before it goes', () => {
    expect(
      rewriteAnyway(
        "Spring update from Ravensbourne Riverkeepers\n\nThis winter, 48 volunteers pulled 312 bags of litter out of the river. Our next clean-up is Sunday 6 April, 10am, at the Ladywell Fields café.\n\nDONATE NOW – DON'T LET OUR RIVER DIE! ravensbourneriverkeepers.example.org/give",
      ),
    ).toContain('You can donate at ravensbourneriverkeepers.example.org/give');
    const bio = rewriteAnyway(
      "Thank you to the 140 runners who took part in the Brighton Seafront 10K for Hove Hospice on Sunday! Together you raised £21,600.\n\nIf you didn't run this year, no excuses next time — sign up NOW before places sell out! Link in bio 👆",
    );
    expect(bio).toMatch(/sign up[^.]*bio/u);
  });

  it('cuts the words that led into a pushing clause with it, not only the clause', () => {
    const version = rewriteAnyway(
      'New sauna sessions at Kelo, £15 each, book at kelosauna.example. Ends Sunday – honestly, you’d be mad to miss this.',
    );
    expect(version).toContain('Ends Sunday.');
    expect(version).not.toMatch(/honestly/u);
  });

  it('drops "if you\'re still …, you\'re already behind" with the name of the readers it is aimed at', () => {
    const version = rewriteAnyway(
      "🚀 Another record quarter for the Talentbridge team! 47 placements in Q3.\n\nHiring managers: if you're still relying on job boards in 2024, you're already behind. My calendar is filling up fast for Q4 — book a call NOW before it's gone: calendly.example/dan-talentbridge",
    );
    expect(version).not.toMatch(/job boards|already behind/u);
    expect(version).toContain('calendly.example/dan-talentbridge');
  });

  it('drops blame with nothing to act on, and asks where the draft laid a debt on the reader', () => {
    const appeal = rewriteAnyway(
      "Dear friend,\n\nBella is curled up in a cold kennel tonight. We can't do this without you. Honestly, we thought you cared.\n\nJust £8 a month feeds a rescue dog at Hollybank Dog Rescue. GIVE NOW: hollybank.example.org/bella\n\nWith hope,\nThe Hollybank Team",
    );
    expect(appeal).not.toMatch(/thought you cared/u);
    expect(
      rewriteAnyway(
        "‼️ ATTENTION DOG OWNERS ‼️\n\nWE ARE SICK AND TIRED OF STEPPING IN DOG MESS ON THE PATH BY THE PLAYGROUND. THIS IS DISGUSTING AND SELFISH. THERE ARE BINS. USE THEM.\n\n– Fernhill Residents' Association",
      ),
    ).not.toMatch(/disgusting/iu);
    expect(
      rewriteAnyway(
        'The Roundhouse Theatre in Frome could be DARK by autumn if we don’t hit our £30,000 target. If you’ve ever sat in our seats or laughed at our panto, you OWE it to this place to give something. Donate: crowdfund.example.org/roundhouse',
      ),
    ).toContain('laughed at our panto, please give something.');
  });

  it('drops "Clock-watchers need not apply" but keeps a list item that opens on the job\'s need', () => {
    expect(
      rewriteAnyway(
        'PixelForge is looking for a Senior Backend Engineer to join us in Manchester. Clock-watchers need not apply 😉\n\nApply now: pixelforge.example.io/careers',
      ),
    ).not.toMatch(/need not apply/u);
    expect(
      rewriteAnyway(
        'APPRENTICE PLUMBER WANTED\n\nWhat we need:\n- Full UK driving licence (essential)\n- Positive attitude – moaners need not apply\n\nSend your CV to jobs@hendryplumbing.example.co.uk NOW!',
      ),
    ).toContain('Positive attitude');
  });

  it('keeps a label that names its topic before a few words, and "Set to Revolutionise … Forever" goes', () => {
    expect(
      rewriteAnyway(
        'Kitchen policy update – effective immediately\n\nFood left in the fridge after Friday 5pm WILL be thrown away.\n\nWorkhive Management',
      ),
    ).toContain('Kitchen policy update – effective immediately');
    expect(
      rewriteAnyway(
        'FOR IMMEDIATE RELEASE\n\nVeridon Health Unveils Game-Changing AI Platform Set to Revolutionise Primary Care Forever\n\nLONDON, 12 March 2025 – Veridon Health today unveiled CareSense, a groundbreaking, best-in-class platform. Book your demo TODAY at veridon.example.com/caresense.',
      ),
    ).toContain('Veridon Health Unveils AI Platform for Primary Care\n');
    expect(
      rewriteAnyway(
        'Welcome to Tidyform, Marcus! Act now and unlock your full potential — start your FREE 14-day Business trial TODAY and never look back!',
      ),
    ).not.toMatch(/never look back/u);
  });
});

describe("the world's most … in a headline and a sentence", () => {
  it('takes the rank with its superlative, or leaves both', () => {
    expect(
      rewriteAnyway(
        "FOR IMMEDIATE RELEASE\n\nVoltra Unveils the World's Most Revolutionary E-Bike\n\nThe Glide is available to pre-order now from £2,499 at voltra.example.com. BUY NOW!",
      ),
    ).toContain('Voltra Unveils an E-Bike\n');
    expect(
      rewriteAnyway(
        "Voltra today unveiled the world's most revolutionary e-bike. The Glide is available to pre-order now from £2,499 at voltra.example.com. BUY NOW!",
      ),
    ).toContain('Voltra today unveiled the e-bike.');
    const kept = rewriteAnyway(
      "Acme, Britain's most revolutionary bank, opens today in Leeds. Accounts from £0 a month at acme.example. SIGN UP NOW!",
    );
    expect(kept).not.toMatch(/Britain['’]s (?:bank|most bank)/u);
  });
});

describe('a jab at the reader cut from a launch', () => {
  it('is not held against the version when the launch around it reads as all "we"', () => {
    const version = reviewDraft(
      "Today we are launching Ledgerly 3.0 for small agencies. If you're not using it yet, you're honestly leaving money on the table. Launch week only: 40% off annual plans with code LAUNCH40 at ledgerly.example.com/launch",
    ).rewrite;
    expect(version).toContain('Today we are launching Ledgerly 3.0 for small agencies.');
    expect(version).toContain('LAUNCH40');
    expect(version).not.toMatch(/money on the table/u);
  });
});

describe('a jab or a boast that quotes a figure', () => {
  it('goes with its figures when the line model, reading it without them, would surely cut it', () => {
    const version = reviewDraft(
      'Our new planner app is out today, with shared lists and calendar sync. Seriously, why are you still paying for 5 different apps? Download it at planr.example.com',
    ).rewrite;
    expect(version).toContain('Our new planner app is out today, with shared lists and calendar sync.');
    expect(version).toContain('planr.example.com');
    expect(version).not.toMatch(/5 different apps/u);
  });

  it('stays where the figure is a date, a sum, an account, a version or the news itself', () => {
    const kept = [
      [
        'Prices go up on the 1st.',
        'Our spring menu is here and we love it. Prices go up on the 1st. BOOK NOW at rosa.example.com!!!',
      ],
      [
        'your account is in arrears of R2,340.00',
        'Good day. As previously stated your account is in arrears of R2,340.00. Load shedding schedules are not our responsibility. PAY NOW!!! Regards, Tshwana Water & Power',
      ],
      [
        'Hiring 50+ people now.',
        'Walk-in interviews Mon-Fri 9am-3pm at 4400 Commerce Pkwy. Hiring 50+ people now. Apply TODAY!!!',
      ],
      [
        "If you're still on v4, you're missing out on everything.",
        "Our new planner app is out today, with shared lists and calendar sync. If you're still on v4, you're missing out on everything. Download it NOW at planr.example.com!!!",
      ],
    ] as const;
    for (const [sentence, draft] of kept) expect(rewriteAnyway(draft)).toContain(sentence);
  });
});

describe('what a cut leaves at the end of a reply or a sentence', () => {
  it('keeps a reply signed "Name – Desk, Company" after an upsell that went', () => {
    const version = reviewDraft(
      "Hi Lena,\nThanks for flagging this. Our engineers rolled out a fix an hour ago, so the export should include all 14,382 contacts.\nBy the way, if you upgraded to our Pro plan you'd never have to worry about limits like this again — upgrade today and get 2 months free!\nLet me know if anything still looks off.\nBest,\nOmar – Support, Listwise",
    ).rewrite;
    expect(version).not.toMatch(/upgrade/iu);
    expect(version).toMatch(/Best,\nOmar – Support, Listwise$/u);
  });

  it('takes the words after a dash that only led into the clause that went', () => {
    const version = reviewDraft(
      "You left something behind. Complete your order in the next 2 hours and we'll knock 15% off with code COMEBACK15 — after that, it's gone for good.\nFinish checkout: nordhome.example.com/cart",
    ).rewrite;
    expect(version).toContain('with code COMEBACK15.');
    expect(version).not.toMatch(/after that/u);
  });
});

describe('"save" in a notice and in a sale', () => {
  it('keeps "Please save your work" an instruction, not a choice', () => {
    const version = reviewDraft(
      'The VPN will be down tonight from 10pm to 2am for maintenance!!! Please save your work before 10pm.',
    ).rewrite;
    expect(version).toContain('Please save your work before 10pm.');
    expect(version).not.toMatch(/You can save/u);
  });

  it('still offers the seat an event keeps and the saving a sale gives', () => {
    expect(
      rewriteAnyway('Our free webinar is on 12 May at 4pm GMT. SAVE YOUR SEAT NOW at flowpath.io/webinar!!!'),
    ).toMatch(/You can save your seat at flowpath\.io\/webinar/u);
  });
});

describe("a team's initials signing a sentence", () => {
  it('keeps "– IT" as the team that wrote it, whatever is calmed before it', () => {
    expect(
      rewriteAnyway(
        'The VPN will be down tonight from 10pm to 2am for maintenance!!! Please save your work before 10pm. – IT',
      ),
    ).toMatch(/before 10pm\. – IT$/u);
  });
});

describe('a headline\'s "the World\'s Most …" taken out', () => {
  it('leaves "a" or "an" before what was unveiled, not "the" as if the reader knew it', () => {
    expect(
      rewriteAnyway(
        "FOR IMMEDIATE RELEASE\n\nStackwise Unveils the World's Most Advanced Warehouse Robot\n\nThe R2 is available to order now from £18,000 at stackwise.example.com. ORDER TODAY!",
      ),
    ).toContain('Stackwise Unveils a Warehouse Robot\n');
    expect(
      rewriteAnyway(
        "FOR IMMEDIATE RELEASE\n\nSkyLattice Unveils the World's Most Advanced Autonomous Drone\n\nThe SL-9 ships in May from €9,900 at skylattice.example. ORDER NOW!",
      ),
    ).toContain('SkyLattice Unveils an Autonomous Drone\n');
  });
});

describe('a headline superlative measured by "Ever …"', () => {
  it('keeps "the World\'s Most …" whole rather than leave "Ever Created" measuring nothing', () => {
    const version = rewriteAnyway(
      "FOR IMMEDIATE RELEASE\n\nNexora Unveils the World's Most Advanced AI Platform Ever Created\n\nThe platform is available now from £99 a month at nexora.example.com. BOOK A DEMO TODAY!",
    );
    expect(version).not.toMatch(/Unveils (?:an?|the) AI Platform Ever Created/u);
    expect(version).toContain('nexora.example.com');
  });
});

describe('a claim to beat every rival', () => {
  it('goes as a sentence of its own, the rivals or the place it names with it', () => {
    const version = rewriteAnyway(
      'Bloom & Stem won Florist of the Year at the Northern Flower Awards last night! No other florist in Yorkshire comes close. Huge thanks to Priya and Tom, who built the winning display. Order your spring bouquet at bloom.example.com',
    );
    expect(version).not.toContain('comes close');
    expect(version).toContain('Huge thanks to Priya and Tom');
    expect(version).toContain('bloom.example.com');
  });

  it('goes when the sender says it of itself, and stays as credit to the people a post thanks', () => {
    const fixers = rewriteAnyway(
      'Our fixers are simply the best. Cracked screen? Book a repair at fixit.example.com, from £30, most done within the hour.',
    );
    expect(fixers).not.toContain('simply the best');
    expect(fixers).toContain('from £30');
    expect(
      rewriteAnyway(
        'Thanks to everyone who came to the beach clean!!! Our volunteers are the best. Sign up for the next one at clean.example.org NOW!!!',
      ),
    ).toContain('Our volunteers are the best.');
  });

  it('takes its tail and the word that led into it, leaving no "— frankly." or "on price or quality"', () => {
    expect(
      rewriteAnyway(
        'We sold more homes in NW10 than any other agent, and our average time to sale is just 19 days — frankly, nobody else even comes close. Book your free valuation at harlowfinch.example.co.uk/valuation or call 020 7946 0555.',
      ),
    ).toContain('just 19 days. ');
    expect(
      rewriteAnyway(
        'We make the best roofs on the Sunny Coast, second to none on price or quality. Call 0400 123 456.',
      ),
    ).not.toContain('on price or quality');
  });

  it('offers "the undisputed leader" as "a leader", in a headline\'s capitals too', () => {
    expect(
      rewriteAnyway(
        'LONDON, 3 March 2026 — Lumen Robotics, the undisputed leader in warehouse automation, today announced a £40m Series B led by Northgate.',
      ),
    ).toContain('Lumen Robotics, a leader in warehouse automation,');
    expect(
      rewriteAnyway(
        'Acme Foods (Pty) Ltd, the UNDISPUTED LEADER in premium KwaZulu-Natal-grown macadamias, has opened a new plant in Durban.',
      ),
    ).toContain('a leader in premium');
  });
});

describe('what a cut claim or push leaves behind', () => {
  it('drops "I\'m not." once the jab it answered went', () => {
    const version = rewriteAnyway(
      "I'm officially open to new clients. 📢\n\nLet's be honest: most copywriters are mediocre. I'm not.\n\n12 years. 400+ clients.\n\nMy diary fills up FAST. DM me or book at ellacopy.example.com — don't say I didn't warn you. 😉",
    );
    expect(version).not.toContain("I'm not.");
    expect(version).toContain('400+ clients');
  });

  it('takes the season a full diary was counted to, and the hurry after a number', () => {
    expect(
      rewriteAnyway(
        'Sparks & Co: 25 years, 4,000+ happy customers. Call us TODAY on 01227 555 019 before our diary fills up for summer!!!',
      ),
    ).toMatch(/01227 555 019\.$/u);
    expect(
      rewriteAnyway(
        'Hi hun 💋 Lip filler at Luxe Aesthetics is £99 this wknd ONLY (normally £180)!! Text BOOK to 07912 345 678 quick!!!',
      ),
    ).toMatch(/07912 345 678\.$/u);
  });

  it('drops "or we cannot accept responsibility" from an order it offers', () => {
    expect(
      rewriteAnyway(
        "Bella's vaccinations are OVERDUE. Book immediately on 0161 496 0773 or we cannot accept responsibility. Reply STOP to opt out.",
      ),
    ).toContain('0161 496 0773. Reply STOP to opt out.');
  });
});

describe('a run of praise that opened its sentence', () => {
  it('goes with its joint and its measure, leaving no "And," or "By any competitor,"', () => {
    const version = rewriteAnyway(
      'BRISTOL, 4 March 2025 — Plateful Ltd today unveiled Plateful 2.0, an AI-powered meal-planning platform. Industry-leading, best-in-class and unmatched by any competitor, Plateful 2.0 plans a week of meals in a minute. It is available now at plateful.example.com.',
    );
    expect(version).toContain('platform. Plateful 2.0 plans a week of meals in a minute.');
  });
});

describe('a threat to give a place away', () => {
  it('goes with the someone it would go to, leaving the deadline', () => {
    expect(
      rewriteAnyway(
        'Existing members: renew by 31 January or lose your spot to someone who actually appreciates it. Full adult £895, couples £1,580. fairholmeltc.example.co.uk/renew #Exclusive #Elite',
      ),
    ).toContain('Existing members: renew by 31 January. Full adult £895');
  });
});

describe('"before we sell out" after an order', () => {
  it('goes as a countdown, and the bare order it leaves after a hyphen goes where the next sentence offers the ways', () => {
    const version = rewriteAnyway(
      "MARIO'S PIZZA 🍕 2 LARGE PIZZAS £15.99 TONITE ONLY!!! Use code HUNGRY2 - ORDER NOW before we SELL OUT!!! Call 0113 496 0021 or mariospizza.example.co.uk. Txt STOP to opt out",
    );
    expect(version).toContain('Use code HUNGRY2. You can call 0113 496 0021');
    expect(version).not.toMatch(/sell out/iu);
  });

  it('stays where an aside in brackets leans on it', () => {
    expect(
      rewriteAnyway(
        'Our Hydra Bottle 3.0 is HERE!!! 💧 Pre-order NOW before we sell out (again): hydra.example/v3 #Hydra #Hydration #Innovation #Launch #MustHave',
      ),
    ).not.toContain('pre-order (again)');
  });
});

describe('a door shut in advance on a notice or a refusal', () => {
  it('goes in English and in the other languages, the rule and the way to act on it staying (that a decision is final stays: it is news)', () => {
    const council = rewriteAnyway(
      'Residents are advised that garden waste collections will now be fortnightly and subject to an annual charge of £52. Subscriptions can be purchased at council.example.gov.uk/gardenwaste. The Council will not respond to individual queries about this change.',
    );
    expect(council).not.toContain('will not respond');
    expect(council).toContain('£52');
    expect(
      rewriteAnyway(
        'Geachte klant,\n\nPer 1 januari 2025 verhogen wij al onze tarieven met 12%. Deze verhoging is definitief. Over deze wijziging wordt niet gecorrespondeerd.\n\nMet vriendelijke groet,\nDe administratie',
      ),
    ).not.toMatch(/gecorrespondeerd/u);
    expect(
      rewriteAnyway(
        'Madame, Monsieur,\n\nÀ compter du 1er septembre, le tarif horaire passe de 9,20 € à 10,80 €. Cette décision est définitive. Aucune réclamation ne sera traitée par téléphone.\n\nLa Direction',
      ),
    ).not.toMatch(/réclamation/u);
  });
});

describe('a loss named as the other branch of an order', () => {
  it('goes whatever is lost, in every language, where a second way in stays', () => {
    expect(
      withoutJabTail('Complete your order now or lose the items in your basket: example.com/cart', 'en'),
    ).toBe('Complete your order now: example.com/cart');
    expect(withoutJabTail('Renew today or risk losing your member rate!', 'en')).toBe('Renew today!');
    expect(withoutJabTail('Claim at mobrewards.example b4 11:59pm or lose them forever.', 'en')).toBe(
      'Claim at mobrewards.example b4 11:59pm.',
    );
    expect(withoutJabTail('Sign up at example.com/yoga or miss out on the best class in town.', 'en')).toBe(
      'Sign up at example.com/yoga.',
    );
    expect(
      withoutJabTail(
        "Book before the winter rush or don't come crying to us when your boiler packs in.",
        'en',
      ),
    ).toBe('Book before the winter rush.');
    expect(withoutJabTail('Llama al 600 123 456 antes del viernes o pierdes tu plaza.', 'es')).toBe(
      'Llama al 600 123 456 antes del viernes.',
    );
    expect(withoutJabTail('Reserva por DM o te quedas sin hueco.', 'es')).toBe('Reserva por DM.');
    expect(withoutJabTail('Responda QUERO até sexta ou perde a vaga.', 'pt')).toBe(
      'Responda QUERO até sexta.',
    );
    expect(withoutJabTail('Jetzt anmelden, sonst verlierst du deinen Platz!', 'de')).toBe('Jetzt anmelden!');
    expect(withoutJabTail('Prenota entro venerdì o perdi il posto!', 'it')).toBe('Prenota entro venerdì!');
    expect(withoutJabTail('Inschrijven kan tot vrijdag, anders verlies je je plek.', 'nl')).toBe(
      'Inschrijven kan tot vrijdag.',
    );
    expect(withoutJabTail('Réservez avant jeudi ou perdez votre place.', 'fr')).toBe('Réservez avant jeudi.');
    // A second way in, a choice and a saying are not losses.
    expect(withoutJabTail('Call us on 0161 555 0199 or email hello@example.com.', 'en')).toBe(
      'Call us on 0161 555 0199 or email hello@example.com.',
    );
    expect(withoutJabTail('Your credits roll over monthly: use them or lose them.', 'en')).toBe(
      'Your credits roll over monthly: use them or lose them.',
    );
    expect(withoutJabTail('Llama o escríbenos por WhatsApp.', 'es')).toBe('Llama o escríbenos por WhatsApp.');
  });

  it('leaves the offered order whole in a rewrite', () => {
    const rewrite = rewriteAnyway(
      'LAST CHANCE!!! Your basket is waiting 🛒 Complete your order now or lose the items in your basket: example.com/cart',
    );
    expect(rewrite).toContain('example.com/cart');
    expect(rewrite).not.toMatch(/lose/iu);
  });
});

describe('a French order outside the first group, offered after another', () => {
  it('takes its own infinitive, not "-er" on its stem', () => {
    const rewrite = rewriteAnyway('OFFRE !!! Commandez avant jeudi et recevez votre colis lundi !');
    expect(rewrite).toContain('et recevoir votre colis lundi');
    expect(
      rewriteAnyway('OFFRE !!! Réservez avant jeudi ou choisissez votre créneau au 01 23 45 67 89 !'),
    ).toContain('ou choisir votre créneau');
  });
});

describe('a wall of tags on a post that says little else', () => {
  it('is cut to three where it rides on the post’s only line, and that is a version of its own', () => {
    const review = {
      rewrite: rewriteAnyway(
        'Quiz night Thursday 8pm 🍻 #quiz #pubquiz #quiznight #thursday #pub #beer #ale #craftbeer #manchester #didsbury #localpub #fun #friends #trivia #prizes #drinks #nightout #pubgrub #goodtimes #mcr #thingstodo',
      ),
    };
    expect(review.rewrite).toMatch(/^Quiz night Thursday 8pm 🍻\s+#quiz #thursday #manchester$/u);
    expect(review.rewrite).not.toContain('#thingstodo');
  });

  it('is no version on its own where the draft has more to mend', () => {
    const draft =
      "We're the #1 bakery in Leeds!!! Fresh bread daily. #bakery #bread #leeds #local #fresh #yum #food #breakfast";
    const judgement = judgeDraft(draft, {});
    expect(judgement.findings.map((finding) => finding.rule)).toContain('hashtag-emoji-stuffing');
    expect(
      notDraftPlusQuestion.check({
        draft,
        candidate: draft.replace(/ #local.*$/u, ''),
        language: 'en',
        sheet: factSheet(draft),
        options: {},
        original: judgement,
      }),
    ).toBe('the draft unchanged');
  });
});

describe('a joining word a cut left at the end of its sentence', () => {
  it('goes with the clause it joined', () => {
    const rewrite = rewriteAnyway(
      "Hi, it's Dave from DL Plumbing & Heating. Boiler service season is here and slots are going FAST. Only 3 left this month at £79. Book now before prices rise on 1 Oct: 07700 900412",
    );
    expect(rewrite).toContain('Boiler service season is here. Only 3 left this month at £79.');
    expect(rewrite).toContain('07700 900412');
    expect(
      rewriteAnyway(
        "Early-bird pricing of $129 (normally $199) ends Friday, and spots are going FAST. Don't let another month go by feeling stuck.\n\n👉 Claim your spot: stillwateryoga.com/30day",
      ),
    ).toContain('Early-bird pricing of $129 (normally $199) ends Friday.');
  });
});

describe('a claim over every rival in the other languages', () => {
  it('goes as a sentence, and "Punkt." after it, the figures staying', () => {
    const german = rewriteAnyway(
      'Wir sind Marktführer. Punkt. 💪\n\nMit über 3.000 Kunden in der DACH-Region und einem Umsatzwachstum von 68 % im letzten Jahr ist LagerLogic die Nr. 1 für Lagerverwaltungssoftware. Kein anderer Anbieter kommt auch nur annähernd an uns heran.\n\n#Marktführer #Logistik #SaaS #Wachstum #Erfolg #B2B #Digitalisierung',
    );
    expect(german).not.toMatch(/Punkt|heran|Wir sind Marktführer/u);
    expect(german).toContain('Mit über 3.000 Kunden in der DACH-Region');
  });

  it('goes as a clause after "and", the news before it staying', () => {
    expect(withoutJabTail('O melhor bacalhau de Lisboa está aqui e mais ninguém chega perto!!!', 'pt')).toBe(
      'O melhor bacalhau de Lisboa está aqui!!!',
    );
    expect(withoutJabTail('Il nostro tiramisù è fatto a mano e nessun altro ci arriva.', 'it')).toBe(
      'Il nostro tiramisù è fatto a mano.',
    );
    expect(withoutJabTail('Unser Brot backen wir selbst und niemand sonst kommt an uns heran.', 'de')).toBe(
      'Unser Brot backen wir selbst.',
    );
  });
});

describe('where a post is, when only a tag says it', () => {
  it('keeps that tag among the three a wall is cut to', () => {
    const rewrite = rewriteAnyway(
      "We've been up at 4am baking every single day for 11 years. Yesterday we sold 14 loaves. FOURTEEN.\n\nEveryone says they love Crumb & Co on Mill Street, but likes don't pay the rent.\n\n#supportlocal #shoplocal #bakery #sourdough #smallbusiness #bristol #bristolfood #realbread #useitorloseit #independent",
    );
    expect(rewrite).toMatch(/#supportlocal #shoplocal #bristol$/u);
  });

  it('reads "#pub" as a bar in English, not the French for an advert kept whatever goes', () => {
    const review = {
      rewrite: rewriteAnyway(
        'Quiz night Thursday 8pm 🍻 #quiz #pubquiz #quiznight #thursday #pub #beer #ale #craftbeer #manchester #didsbury #localpub #fun #friends #trivia #prizes #drinks #nightout #pubgrub #goodtimes #mcr #thingstodo',
      ),
    };
    expect(review.rewrite).toMatch(/#quiz #thursday #manchester$/u);
  });
});

describe('a tap with nothing named to tap, and taunts at rivals and haters', () => {
  it('leaves the link in the bio said once', () => {
    expect(
      rewriteAnyway(
        'You spent £4 on a latte this morning. A family in Malawi lives on less than that for a week. Think about that. Then tap the link in bio. #givingtuesday #charity',
      ),
    ).toContain('for a week. The link is in our bio.');
  });

  it('goes in English and German, the news staying', () => {
    const garage = rewriteAnyway(
      'Proud to announce Hendry Motors has hit £1.2 MILLION turnover this year 🚀 From one ramp in a rented unit to 3 sites and 18 staff. Hard work pays off. Haters take note. Book your MOT: 01632 960184',
    );
    expect(garage).not.toMatch(/Haters/u);
    expect(garage).toContain('3 sites and 18 staff');
    const brewery = rewriteAnyway(
      'GOLD at the Great Northern Beer Awards. Third year running. Honestly, at this point the competition should just give up 🍺🏆 #craftbeer #award',
    );
    expect(brewery).not.toMatch(/give up/u);
    expect(brewery).toContain('Third year running.');
    const salon = rewriteAnyway(
      'Über 2.000 Fünf-Sterne-Bewertungen, Termine bis August ausgebucht. Die Konkurrenz kann einpacken. Jetzt Termin sichern, solange es noch geht! #friseur #köln',
    );
    expect(salon).not.toMatch(/Konkurrenz/u);
    expect(salon).toContain('Über 2.000 Fünf-Sterne-Bewertungen');
  });
});

describe('names and codes a calmer voice writes as their owners do', () => {
  it('keeps a code used for an offer and an institution’s letters in capitals', () => {
    expect(
      rewriteAnyway(
        'New stock this Saturday from 10am. Newsletter folk get 10% off with SOULBOX until the end of the month. BUY NOW!',
      ),
    ).toContain('10% off with SOULBOX until');
    expect(
      rewriteAnyway(
        'COMUNICADO OFICIAL. El pago de la cuota (92 €) debe realizarse antes del día 5. La Dirección. CEIP Río Tajo.',
      ),
    ).toContain('CEIP Río Tajo');
  });

  it('still lowers a long shouted word the dictionary does not know, and a day', () => {
    const rewrite = rewriteAnyway('Results GUARENTEED. Book your FRIDAY slot now!');
    expect(rewrite).not.toMatch(/GUARENTEED|FRIDAY/u);
  });

  it('keeps the word a German or Dutch reader is asked to send, the verb after it', () => {
    expect(
      rewriteAnyway(
        'ACHTUNG ELTERN! Nur noch 3 Plätze im Mathe-Intensivkurs (ab 3.3., 8 Termine, 240 €). Wer jetzt zögert, hat später das Nachsehen. Jetzt mit JA antworten und Platz sichern! Abmelden: STOP',
      ),
    ).toContain('mit JA antworten');
  });

  it('names the venue and the band a placeholder link names, the square and the day', () => {
    expect(
      rewriteAnyway(
        'TONIGHT!!!! THE GRAVEL KINGS LIVE AT THE FOUNDRY!!!! DOORS 7PM!!! LAST 40 TICKETS!!!! example.com/foundry',
      ),
    ).toContain('at the Foundry');
    expect(
      rewriteAnyway(
        'ONLY 12 TICKETS LEFT!!!! THE DRIFTERS REUNION @ THE FOUNDRY, SAT 22 MARCH – THIS WILL SELL OUT ANY MINUTE!!! GRAB YOURS NOW 👉 thefoundry.example.com/drifters',
      ),
    ).toContain('The Drifters reunion');
    expect(
      rewriteAnyway(
        'WE ARE BACK!!!!!! 🌮 THE TACO TRUCK IS BACK AT HARBOUR SQUARE EVERY FRIDAY FROM 5PM!!!! GET DOWN HERE OR MISS OUT!!!!!! @lacocinamovil',
      ),
    ).toContain('at Harbour Square every Friday');
    expect(
      rewriteAnyway(
        'RECORD STORE DAY IS SATURDAY 18 APRIL!!!! QUEUE OPENS 5AM!!!! ONE OF EACH TITLE PER PERSON!!!! @spinningdiscsrecords',
      ),
    ).toContain('Record Store Day is Saturday 18 April');
  });

  it('leaves a page’s topic and a time of day small', () => {
    expect(
      rewriteAnyway(
        '🐝 SAVE THE BEES — ADOPT A HIVE TODAY! For just £35 you get a certificate and a jar of honey. ADOPT NOW! 👉 beetrust.example.org.uk/adopt',
      ),
    ).not.toMatch(/Adopt A|Adopt now/u);
    expect(
      rewriteAnyway(
        '🚨 LAST CHANCE 🚨 40% OFF EVERYTHING at Hazel & Thread ends at MIDNIGHT TONIGHT!!! Shop now 👉 hazelandthread.example.com #sale #flashsale #midnight #bristol',
      ),
    ).toContain('ends at midnight tonight');
  });
});

describe('a job ad without its costume and its gatekeeping', () => {
  it('names the job plainly and drops the boast figure with it', () => {
    const rewrite = rewriteAnyway(
      "🔥 WE'RE HIRING 🔥 Are you a ROCKSTAR full-stack NINJA who lives and breathes code? We're looking for a 10x engineer who isn't afraid of long hours. Competitive salary. Beer fridge 🍺. Only the best need apply. DM me NOW!",
    );
    expect(rewrite).toContain('Are you a full-stack developer?');
    expect(rewrite).toContain("looking for an engineer who isn't afraid of long hours");
    expect(rewrite).not.toMatch(/Only the best|10x/u);
    expect(rewriteAnyway('Apply now - we move fast and only hire the top 1%. #hiring')).not.toMatch(
      /top 1%/u,
    );
    const family = rewriteAnyway(
      "We're looking for a hungry Growth Hacker to join our family. Competitive salary (DOE). Free snacks. Only A-players need apply. #hiring",
    );
    expect(family).not.toMatch(/Only (?:people|A-players)/u);
    expect(family).toContain('Free snacks.');
  });

  it('drops a line that shuts out whoever is not the best, in English and Spanish', () => {
    const startup = rewriteAnyway(
      "Thrilled to announce we've just closed our $40M Series B! 🚀🚀 Now we're looking for 25 more A-players to join. If you're not ready to give 110% every single day, this isn't for you. DM me if you think you've got what it takes.",
    );
    expect(startup).not.toMatch(/110%|isn't for you/u);
    expect(startup).toContain('25 more people to join');
    const sales = rewriteAnyway(
      '¡¡BUSCAMOS UN CRACK!! En Ventix Soluciones queremos a los MEJORES. Sueldo a convenir + comisiones ILIMITADAS. Si no eres el mejor, no pierdas el tiempo. Envía tu CV ya a rrhh@ventix.example.com',
    );
    expect(sales).not.toMatch(/no pierdas el tiempo/u);
    expect(sales).toContain('rrhh@ventix.example.com');
  });
});

describe('a rule kept without the bark that comes with it', () => {
  it('keeps the rule and drops "under any circumstances", "strictly" and "without exception"', () => {
    const bins = rewriteAnyway(
      'IMPORTANT NOTICE. Residents are reminded that side waste will NOT be collected under any circumstances and that non-compliance may result in a fine of up to £80. Outside burning is strictly prohibited.',
    );
    expect(bins).toContain(
      'Side waste will not be collected and non-compliance may result in a fine of up to £80.',
    );
    expect(bins).toContain('Outside burning is prohibited.');
    const finance = rewriteAnyway(
      '@channel Effective immediately, all expense claims must be submitted via Concur no later than the 3rd working day of the following month. This policy is mandatory and applies to all staff without exception. Thank you for your compliance.',
    );
    expect(finance).toContain('applies to all staff.');
  });

  it('does the same in Spanish and German', () => {
    expect(
      rewriteAnyway(
        'COMUNICADO OFICIAL. A partir del 8 de enero queda terminantemente prohibido el acceso de los padres al recinto escolar. El pago de la cuota de comedor (92 €) debe realizarse antes del día 5 de cada mes sin excepción.',
      ),
    ).toMatch(/queda prohibido el acceso[\s\S]*antes del día 5 de cada mes\./u);
    expect(
      rewriteAnyway(
        'ACHTUNG! Das Rauchen auf dem gesamten Gelände ist ab sofort strengstens untersagt. Das gilt ohne Ausnahme. Fragen an info@example.de',
      ),
    ).toContain('auf dem gesamten Gelände ist ab sofort untersagt.');
  });
});

describe('a door shut after the rule, in the languages the rules cover', () => {
  it('drops the closing line that only says no more will be heard', () => {
    const reply = rewriteAnyway(
      'Hi Jason. As clearly stated in our Terms & Conditions (section 7.2), items purchased in the sale are non-refundable. We will not be offering a refund or exchange on this occasion and consider this matter closed. Regards, Customer Services',
    );
    expect(reply).toContain('We will not be offering a refund or exchange on this occasion.');
    const staff = rewriteAnyway(
      '@channel All staff are reminded that lesson plans MUST be uploaded to the shared drive by 8am Monday. There will be no further reminders. Please plan accordingly. — SLT',
    );
    expect(staff).not.toMatch(/no further reminders|plan accordingly/u);
    expect(staff).toContain('by 8am Monday');
  });

  it('does the same in German, Italian and Portuguese', () => {
    const shop = rewriteAnyway(
      'Sehr geehrte Kundinnen und Kunden, ab dem 1. April 2026 werden Bestellungen ausschließlich gegen Vorkasse bearbeitet. Rückfragen hierzu werden nicht beantwortet. Wir bitten um Kenntnisnahme. Die Geschäftsleitung',
    );
    expect(shop).not.toMatch(/Rückfragen|Kenntnisnahme/u);
    expect(shop).toContain('ausschließlich gegen Vorkasse');
    expect(
      rewriteAnyway(
        'ULTIME 24 ORE! Il programma "Estate Pronta" a 149 € CHIUDE STANOTTE. Da domani 249 €. Nessuna eccezione. Scrivimi in DM. @coach_marco_fit',
      ),
    ).not.toMatch(/eccezione/u);
    expect(
      rewriteAnyway(
        'AVISO: A partir de 15 de janeiro, o estacionamento na Rua Direita passa a ser pago. Não serão aceites reclamações.',
      ),
    ).not.toMatch(/reclamações/u);
  });
});

describe('a time or a condition left without the clause it hung from', () => {
  const checks = (draft: string, rewrite: string) =>
    grammarProblems(draft, rewrite, 'en').map((problem) => problem.check);

  it('reads "— once you\'ve worn it." and "and once these rooms are gone." as cut short', () => {
    expect(
      checks(
        "The Arden Parka — once you've worn it, you'll never look at another coat again.",
        "The Arden Parka — once you've worn it.",
      ),
    ).toContain('condition-without-clause');
    expect(
      checks(
        "The inn is almost fully booked for 14–16 February and once these rooms are gone, they're GONE.",
        'The inn is almost fully booked for 14–16 February and once these rooms are gone.',
      ),
    ).toContain('condition-without-clause');
    expect(checks('Call us when you are ready.', 'Call us when you are ready.')).toEqual([]);
    expect(
      checks(
        'Pop in — once you’ve tried it you’ll be back!',
        'Pop in — once you’ve tried it you’ll be back.',
      ),
    ).toEqual([]);
  });

  it('takes "once these rooms are gone, they\'re gone" out whole and keeps the dates', () => {
    const rewrite = rewriteAnyway(
      "Don't leave it too late! The Marlowe Inn is almost fully booked for 14–16 February and once these rooms are gone, they're GONE. Our Romance Package (£289 per night) is selling faster than ever. Book at example.com/marlowe",
    );
    expect(rewrite).toContain('The Marlowe Inn is almost fully booked for 14–16 February.');
    expect(rewrite).not.toMatch(/once these rooms/u);
  });
});

describe('a notice without the door it shut', () => {
  it('keeps the news and the rules and drops "complaints will not be answered", in three languages', () => {
    const lift = rewriteAnyway(
      'The lift at Carlton House will be out of service from 3 March for two weeks. Complaints will not be answered. We will not be discussing this over the phone.',
    );
    // The service taken away, the notice closes on a word of regret instead of the door it shut.
    expect(lift).toBe(
      "The lift at Carlton House will be out of service from 3 March for two weeks. We're sorry for the disruption.",
    );
    const ascensore = rewriteAnyway(
      "AVVISO AI CONDÒMINI: Si comunica che dal giorno 3 marzo l'ascensore sarà fuori servizio per lavori di manutenzione straordinaria, per una durata indicativa di due settimane. Non verranno accettati reclami. L'amministrazione declina ogni responsabilità. — L'Amministratore, Studio Ferri",
    );
    expect(ascensore).toContain('per una durata indicativa di due settimane.');
    expect(ascensore).toContain("L'Amministratore, Studio Ferri");
    expect(ascensore).not.toMatch(/reclami|responsabilità/u);
    const loja = rewriteAnyway(
      'Comunicado aos clientes\n\nA partir de 1 de março de 2025, a Loja Tavares deixará de aceitar trocas ou devoluções de artigos em promoção. Não serão abertas exceções. A gerência não se responsabiliza por reclamações posteriores.\n\nA Gerência',
    );
    expect(loja).toContain('deixará de aceitar trocas ou devoluções de artigos em promoção.');
    expect(loja).not.toMatch(/responsabiliza/u);
  });

  it('keeps a rule the reader must follow and a time they need', () => {
    const bins = rewriteAnyway(
      'NOTICE TO RESIDENTS\n\nFrom Monday 3 February, collections will move to fortnightly. Bins presented late will not be emptied. No further notification will be issued.\n\nWaste Services, Brindleton District Council',
    );
    expect(bins).toContain('Bins presented late will not be emptied.');
    expect(bins).not.toMatch(/notification/u);
  });

  it('says a change once without "and is not negotiable"', () => {
    expect(
      rewriteAnyway(
        'Dear customer,\n\nFrom 1 April 2025 your monthly subscription to Greenbox Meals will increase from £39.99 to £47.99. This change applies to all plans and is not negotiable.\n\nGreenbox Meals Billing Team',
      ),
    ).toContain('This change applies to all plans.\n');
  });
});

describe('the clock held over the reader, in the other languages', () => {
  it.each([
    [
      'LAATSTE KANS!!! Alleen VANDAAG 50% korting op ALLE matrassen bij SlaapWereld. Bestel nu via example.com/actie voordat het te laat is.',
      'example.com/actie.',
      /te laat/u,
    ],
    [
      'Nur bis heute 23:59 Uhr bekommst du mit dem Code HEUTE30 satte 30 % Rabatt auf unser komplettes Sortiment. Danach ist es zu spät!!! Jetzt zuschlagen: www.gartenglueck-shop.de',
      'HEUTE30',
      /zu spät/u,
    ],
    [
      "Réservez votre table au 04 72 00 00 34 avant qu'il ne soit trop tard !",
      '04 72 00 00 34',
      /trop tard/u,
    ],
    [
      'Reserva ya en www.example.es/brisa antes de que sea demasiado tarde.',
      'www.example.es/brisa',
      /tarde/u,
    ],
  ])('keeps the way in and drops the clock: %s', (draft, kept, gone) => {
    const rewrite = rewriteAnyway(draft);
    expect(rewrite).toContain(kept);
    expect(rewrite).not.toMatch(gone);
  });

  it('drops "you\'ll hate yourself if you miss this" and keeps the sale', () => {
    const rewrite = rewriteAnyway(
      "SALE ENDS TONIGHT!!!!! 🚨🚨🚨 Everything in store at Poppy & Pine is 40% OFF but ONLY until 8pm!!!! Once it's gone IT'S GONE!!!! Run don't walk 🏃‍♀️🏃‍♀️🏃‍♀️ You'll hate yourself if you miss this!!! 📍 22 High Street, Hebden Bridge",
    );
    expect(rewrite).toContain('40% off');
    expect(rewrite).toContain('22 High Street, Hebden Bridge');
    expect(rewrite).not.toMatch(/hate yourself/u);
  });
});

describe('the same offer said once, in every language', () => {
  it('gives the link alone where "Puoi prenotare" was said before', () => {
    const rewrite = rewriteAnyway(
      "Gentile ospite,\n\nl'Hotel Belvedere di Positano è quasi al completo. Prenota entro 24 ore per bloccare la tariffa di 340 € a notte, dopo sarà troppo tardi.\n\nPrenota ora: example.com/belvedere",
    );
    expect(rewrite).toContain('Puoi prenotare entro 24 ore per bloccare la tariffa di 340 € a notte.');
    expect(rewrite).toContain('Il link: example.com/belvedere');
    expect(rewrite.match(/Puoi prenotare/gu)).toHaveLength(1);
  });

  it('reads "After that it\'s £599." as a sentence of its own', () => {
    expect(
      grammarProblems("After that it's £599 and honestly? You'll regret it.", "After that it's £599.", 'en'),
    ).toEqual([]);
    expect(
      grammarProblems(
        'Tickets are £249. Doors open after the show.',
        'Tickets are £249. After the show.',
        'en',
      ).map((problem) => problem.check),
    ).toContain('no-main-clause');
  });
});

describe('a Dutch or German street before its house number, and a taunt about next year', () => {
  it('writes "DE OUDEGRACHT 112" as a street and "BAHNHOFSTRASSE 5" too', () => {
    expect(
      rewriteAnyway(
        'LAATSTE KANS!!! 🔥🔥 ALLES MOET WEG!!! TOT 70% KORTING MAAR ALLEEN VANDAAG!!! KOM NU NAAR DE OUDEGRACHT 112!!!',
      ),
    ).toContain('de Oudegracht 112');
    expect(
      rewriteAnyway(
        'HERBSTMARKT AM SAMSTAG IN DER BAHNHOFSTRASSE 5!!! Wir freuen uns auf euch, es gibt frischen Apfelkuchen.',
      ),
    ).toContain('in der Bahnhofstrasse 5.');
    // A word before a price is no street.
    expect(rewriteAnyway('Vandaag bij ons: GROTE KOFFIEWEG 3 EURO, kom langs!')).toContain('koffieweg 3');
  });

  it('drops "well, see you in the same place next year" with the line it answered', () => {
    const rewrite = rewriteAnyway(
      "My 6-week reset starts Monday. Doors close Sunday night. The people who join will be glad they did. The people who don't... well, see you in the same place next year.\n\nLink in bio.",
    );
    expect(rewrite).toContain('Doors close Sunday night.');
    expect(rewrite).not.toMatch(/same place/u);
  });
});

describe('a pronoun whose thing was named a few dropped sentences back', () => {
  it('says "the tickets" where "them" had only a dropped heading to point at', () => {
    const rewrite = rewriteAnyway(
      "MATCHDAY TICKETS ARE NEARLY GONE!!! 🔴⚪ SATURDAY 3PM v ASHDOWN ROVERS. IF YOU HAVEN'T GOT ONE YET WHAT ARE YOU DOING?!? GET THEM NOW BEFORE THEY'RE ALL SOLD OUT 👉 example.com/tickets #UpTheReds #COYR",
    );
    expect(rewrite).toContain('the tickets');
    expect(rewrite).not.toMatch(/\bget them\b/iu);
  });
});

describe('a notice that takes a service away', () => {
  it('closes on a word of regret, before whoever signs it', () => {
    const rewrite = rewriteAnyway(
      'NOTICE: The Riverside Craft Market is cancelled this Saturday. Stall fees will not be refunded. Management.',
    );
    expect(rewrite).toBe(
      "The Riverside Craft Market is cancelled this Saturday. We're sorry for the disruption. Stall fees will not be refunded. Management.",
    );
    const dutch = rewriteAnyway(
      'MEDEDELING: Vanaf maandag 4 november is de parkeergarage aan de Stationsstraat gesloten. Bewoners dienen hun voertuig vóór zondag 18:00 te verwijderen. Gemeente Zwolle',
    );
    expect(dutch).toMatch(/te verwijderen\. Excuses voor het ongemak\.\nGemeente Zwolle$/u);
  });

  it('adds none where the notice or its version already says sorry, or nothing is taken away', () => {
    const sorry = rewriteAnyway(
      'NOTICE: The pool is closed for repairs until further notice. Sorry for the inconvenience. Management.',
    );
    expect(sorry.match(/sorry/giu)).toHaveLength(1);
    const hours = rewriteAnyway(
      'NOTICE: The office is closed on Mondays. Do not call us on Mondays. Management.',
    );
    expect(hours).not.toMatch(/sorry|disruption/iu);
    // "declina ogni responsabilità per eventuali disagi" comes out as "si scusa per i disagi".
    const italian = rewriteAnyway(
      "AVVISO ALLA CITTADINANZA\n\nMercoledì 12 giugno, dalle ore 8.00 alle ore 18.00, verrà sospesa l'erogazione dell'acqua in Via Roma.\n\nL'Amministrazione declina ogni responsabilità per eventuali disagi.\n\nIl Responsabile del Servizio\nGeom. Luca Bernardi",
    );
    expect(italian).not.toMatch(/Ci scusiamo/u);
    expect(italian).toMatch(/Geom\. Luca Bernardi$/u);
  });
});

describe('a boast of being the best, on its own', () => {
  it('goes, and the facts around it stay', () => {
    const rewrite = rewriteAnyway(
      "BEST ROOFERS IN BRISTOL, HANDS DOWN. Nobody beats our prices, nobody beats our work. 100% guaranteed. Call Kingsley Roofing NOW on 0117 496 0777 - you won't find better!",
    );
    expect(rewrite).not.toMatch(/nobody beats|find better/iu);
    expect(rewrite).toContain('0117 496 0777');
    const podcast = rewriteAnyway(
      'Episode 100!!! 🎉🎉🎉 Over 2 million downloads, top 10 in the Apple Business charts in 14 countries. We are officially the best small business podcast out there. Period.',
    );
    expect(podcast).not.toMatch(/best small business podcast/u);
    expect(podcast).toContain('Over 2 million downloads');
  });

  it('takes the hype out of a product named the plain way ("Meet…")', () => {
    const rewrite = rewriteAnyway(
      'Introducing Ledgerly 3.0 - the most revolutionary accounting software ever built. 🔥 Try it free at example.com/ledgerly and tell us what your finance team thinks.',
    );
    expect(rewrite).toContain('Meet Ledgerly 3.0 - accounting software.');
  });
});

describe('a guilt trip or a scolding with nothing else in it', () => {
  it('goes, and the news, the code and the way to give stay', () => {
    const lapsed = rewriteAnyway(
      "Hi Mark,\n\nIt's been 60 days since your last order and honestly, we're a bit hurt. Here's 15% off with code MISSYOU15.\n\nLove, the team at Bean Box Coffee",
    );
    expect(lapsed).toContain("It's been 60 days since your last order.");
    expect(lapsed).toContain('MISSYOU15');
    const stream = rewriteAnyway(
      "I've been streaming for 12 hours for charity and we've only raised £140. I thought this community cared. Link in bio.",
    );
    expect(stream).not.toMatch(/community cared/u);
    expect(stream).toContain('£140');
    const concert = rewriteAnyway(
      "J'organise ce concert caritatif depuis des mois et seulement 20 personnes ont réservé. Je pensais pouvoir compter sur vous. Billets à 12 € sur example.com/concert, samedi 5 avril à 20h.",
    );
    expect(concert).not.toMatch(/compter sur vous/u);
    expect(concert).toContain('12 €');
  });

  it('says who came instead of who "bothered to show up"', () => {
    expect(
      rewriteAnyway(
        "Disappointing turnout at Sunday's litter pick. Only 6 of our 80 members bothered to show up. If you actually care about this club, you'll be at the next one.",
      ),
    ).toContain('Only 6 of our 80 members showed up.');
  });

  it('keeps a final decision and drops the door shut after it', () => {
    const rent = rewriteAnyway(
      'Dear Tenant, Please be advised that your rent will increase by 12% effective 1 January. This decision is final and not open to negotiation. Payment must be made by standing order.',
    );
    expect(rent).toContain('This decision is final.');
    expect(rent).not.toMatch(/negotiation/u);
    const closed = rewriteAnyway(
      'Dear Mr Hughes, Your complaint regarding noise from 8 Victoria Terrace has been logged. The council does not comment on individual cases. Case closed. Ref: ENV/24/3318.',
    );
    expect(closed).not.toMatch(/Case closed/u);
    expect(closed).toContain('ENV/24/3318');
  });
});

describe('a curt no with the door shut after it', () => {
  it('drops the door and closes on a word of regret, where it tells someone no', () => {
    expect(rewriteAnyway("No, we don't take bookings. Never have. Stop asking.")).toBe(
      "No, we don't take bookings. We're sorry we don't have better news for you.",
    );
    expect(
      rewriteAnyway(
        'Votre demande de remboursement est refusée. Les conditions générales sont claires. Nous ne répondrons plus à ce sujet.',
      ),
    ).toBe(
      'Votre demande de remboursement est refusée. Nous sommes désolés de ne pas pouvoir vous apporter une meilleure réponse.',
    );
    const ticket = rewriteAnyway(
      'As stated in our documentation, bulk export to CSV is not supported. Closing this ticket.',
    );
    expect(ticket).not.toMatch(/Closing this ticket/u);
    expect(ticket).toContain('bulk export to CSV is not supported.');
  });

  it('drops "maybe … next time" said to the reader, not a sentence that only mentions next time', () => {
    expect(
      rewriteAnyway('Your order was placed after the cut-off on Friday at 2pm. Maybe plan ahead next time.'),
    ).not.toMatch(/plan ahead/u);
    expect(isJab('Maybe plan ahead next time.', 'en')).toBe(true);
    expect(isJab("Maybe you told yourself you'd give next time.", 'en')).toBe(false);
  });

  it('takes "we consider this matter closed" out in other languages too', () => {
    const dutch = rewriteAnyway(
      'Geachte heer Jansen, conform onze voorwaarden komt u niet in aanmerking voor compensatie. Wij beschouwen deze kwestie hiermee als afgehandeld. Hoogachtend, Afdeling Klantrelaties',
    );
    expect(dutch).not.toMatch(/afgehandeld/u);
    expect(dutch).toContain('compensatie');
  });
});

describe('a milestone told as a boast', () => {
  it('closes on thanks to the people it names, once its pride is gone', () => {
    const rewrite = rewriteAnyway(
      "Thrilled to announce that Brightloop Studio has been named #1 Creative Agency in the North West for the THIRD year running 🏆 Revenue up 212%, 38 new clients onboarded. Proud doesn't even cover it. #agencylife #award #growth #winning",
    );
    expect(rewrite).toBe(
      'Brightloop Studio has been named #1 Creative Agency in the North West for the third year running 🏆 Revenue up 212%, 38 new clients onboarded. Thank you to our clients.\n#agencylife #award #growth',
    );
    expect(
      rewriteAnyway(
        "Nous sommes fiers d'annoncer que le Groupe Lavande a reçu le Prix de l'Innovation 2024 pour sa gamme de cosmétiques biologiques. Cette distinction récompense l'engagement de nos 300 collaborateurs.",
      ),
    ).toMatch(/Merci à nos collaborateurs\.$/u);
    // One person thanks their own team.
    expect(
      rewriteAnyway(
        "Humbled and honoured to announce that I've been named one of the Top 50 Sales Leaders in EMEA! When I started, my team was 3 people. Today it's 140. Onwards and upwards.",
      ),
    ).toMatch(/Thank you to my team\.$/u);
  });

  it("adds none where the draft names no one to thank, thanks someone, sells, hires, or is someone else's news", () => {
    for (const draft of [
      'Another record quarter 🚀 Revenue up 212% YoY, headcount doubled, and we just opened our fourth office. Onwards and upwards.',
      'Thrilled to share that we hit $10M ARR this week. Huge thanks to our customers. Onwards and upwards 🚀',
      'Award-winning Oakfield Academy is seeking an outstanding Teacher of Maths to join our team. Closing date: 20 May.',
      'Thrilled to share that our CEO, Rebecca Lang, has been named one of the 40 Under 40 Leaders in Social Impact! 🎉',
      'Our expert team has recovered over £40 million for customers like you. Reply CLAIM to get started or STOP to opt out.',
    ])
      expect(rewriteAnyway(draft)).not.toMatch(/Thank you to/u);
  });
});

describe('a notice that only warns of a suspension it may impose', () => {
  it('gets no word of regret for a disruption it does not announce', () => {
    expect(
      rewriteAnyway(
        'ATTENTION PARENTS. Anyone who yells at referees will be asked to leave and your child may be suspended from the next game. Westbrook Youth Soccer Board',
      ),
    ).not.toMatch(/disruption/u);
  });

  it("nor for a fee on the reader's own late cancelling", () => {
    expect(
      rewriteAnyway(
        "Brookside Physio — policy update. From 1 March, appointments cancelled with less than 24 hours' notice will be charged in full (£58). We do not make exceptions.",
      ),
    ).not.toMatch(/disruption/u);
  });
});

describe("a job ad's rules for applicants", () => {
  it('get no word of regret: they tell everyone how to apply, not someone no', () => {
    expect(
      rewriteAnyway(
        'Vacancy: Administrative Assistant, Greyfield Property Management. Applications received after 5pm on Friday 14 March will not be considered. CVs must not exceed one page. We do not provide feedback to unsuccessful candidates. Do not call or visit the office to enquire about your application. Only shortlisted candidates will be contacted.',
      ),
    ).not.toMatch(/better news/u);
  });
});

describe('a taunt, a rival claim or a shut door beside the news', () => {
  it('goes, and the news, the date and the way to reply stay', () => {
    const text = rewriteAnyway(
      "FINAL WARNING: your founding-member rate of £19.99/mo at IronWorks Gym ends Friday 11:59pm. After that it's £34.99 FOREVER. Don't come crying to us in January when your mates are paying less. Reply YES to lock it in. Reply STOP to opt out.",
    );
    expect(text).not.toMatch(/crying/u);
    expect(text).toMatch(/£34\.99/u);
    expect(text).toMatch(/Reply YES/u);
  });

  it('takes "real fans" out of a sale and keeps what is on sale', () => {
    const text = rewriteAnyway(
      "Real Vipers fans already own the 2025 jersey. 🐍 Still haven't ordered yours? Guess you're just a bandwagoner then. Drop closes Sunday 23:59 and it's NOT coming back. #ViperNation #RealFans #Esports #GG #Merch #ShowYourColours",
    );
    expect(text).not.toMatch(/Real Vipers fans/u);
    expect(text).toMatch(/Sunday 23:59/u);
  });

  it('keeps a notice without the silence it promises', () => {
    const text = rewriteAnyway(
      'NOTICE TO ALL TENANTS – BLOCK C\n\nWater will be shut off on Tuesday 8 October from 9:00 to 15:00. This is not negotiable.\n\nDo NOT call the office about this. Complaints will not be answered.\n\nCastlegate Property Management',
    );
    expect(text).not.toMatch(/negotiable|call the office/iu);
    expect(text).toMatch(/Tuesday 8 October from 9:00 to 15:00/u);
  });

  it('drops a claim over every rival that names nothing', () => {
    const text = rewriteAnyway(
      "Officially the best IPA ever brewed. Don't @ us. 🍺 Haze Machine just took Gold at the Great Northern Beer Awards — our 7th gold medal in 2 years. Other breweries: take notes. #craftbeer #IPA #award #gold #bestbeer #brewery #winning",
    );
    expect(text).not.toMatch(/ever brewed|take notes/u);
    expect(text).toMatch(/7th gold medal in 2 years/u);
  });
});

describe('a slogan stamped out one word at a time', () => {
  it('goes when its words only praise the sender or hurry the reader', () => {
    const text = rewriteAnyway(
      "THE WAIT IS OVER. Doors open 5pm SHARP at 22 Mare Street. First 50 people get a free margherita. After that, you're queuing like everyone else. DON'T. BE. LATE.",
    );
    expect(text).not.toMatch(/Be\. Late/iu);
    expect(text).toMatch(/22 Mare Street/u);
  });

  it('stays when it says who or what ("Teachers. Farmers. Nurses.")', () => {
    const text = rewriteAnyway(
      'Teachers. Farmers. Nurses. Our new scholarship is for anyone who works a long shift. Apply NOW at example.org/fund before it closes!!!',
    );
    expect(text).toMatch(/Teachers\. Farmers\. Nurses\./u);
  });
});

describe('thanks that end on a claim over every rival', () => {
  it('keep the thanks without the claim', () => {
    const text = rewriteAnyway(
      "We've been named Agency of the Year for the THIRD time!!! Huge thanks to the judges for recognising what our clients already know: nobody does it better. #AgencyLife #Awards",
    );
    expect(text).toMatch(/Huge thanks to the judges/u);
    expect(text).not.toMatch(/nobody does it better/iu);
  });
});

describe('seams a cut or a calmer voice left', () => {
  it('keeps "today\'s rate": a day\'s price, not a hurry', () => {
    const text = rewriteAnyway(
      "Switch to our new SmartSaver Plus fixed tariff before 30 November and lock in today's rate for 24 months – plus get a FREE smart thermostat worth £199! Switch today at example.com/smartsaver",
    );
    expect(text).toMatch(/lock in today's rate/u);
  });

  it('takes the comma with a run of cut describing words', () => {
    const text = rewriteAnyway(
      "The HydroMax Pro is the most advanced, revolutionary, insanely good bottle on the planet. Keeps drinks cold for 72 hours. Grab yours before they're gone forever → example.com/hydromax",
    );
    expect(text).not.toMatch(/advanced, bottle/u);
    expect(text).toMatch(/most advanced bottle/u);
  });

  it('keeps "even more" when the hype word after it goes', () => {
    const text = rewriteAnyway(
      'Our customers can now expect even more unmatched value. Book a demo today at example.com',
    );
    expect(text).toMatch(/even more value/u);
  });

  it('says a word shouted three times over once', () => {
    const text = rewriteAnyway(
      "OMG GUYS!!!! OUR NEW CHROME COLLECTION IS HERE!!! BOOK BOOK BOOK BEFORE WE'RE FULLY BOOKED FOR DECEMBER!!! LINK IN BIO!!!",
    );
    expect(text).not.toMatch(/book book/iu);
  });

  it('leaves a sentence that opens on its own capital after a cut heading', () => {
    const text = rewriteAnyway(
      'NOTICE TO ALL CUSTOMERS: From 1 March, Dean Price Plumbing & Heating will charge a £95 call-out fee on all visits, payable in advance. No exceptions. Quotes are no longer free.',
    );
    expect(text).not.toMatch(/find it/u);
    expect(text).toMatch(/^From 1 March/u);
  });
});

describe('what a version keeps as written and what it lets go', () => {
  it('keeps a code the reader types in its capitals', () => {
    const text = rewriteAnyway(
      'Our loyalty cards have gone digital 🎉 Get the app at beanthere.example.com/app and use WELCOME for a free pastry with your first order.',
    );
    expect(text).toMatch(/use WELCOME for/u);
  });

  it('lowers a small word or a possessive after the same verbs', () => {
    const text = rewriteAnyway('APPLY BY 28 FEBRUARY — INTERVIEWS THE FOLLOWING WEEK!!!');
    expect(text).toMatch(/apply by 28 February/u);
  });

  it('reads "Phone lines open" as the lines, not an order to ring', () => {
    const text = rewriteAnyway(
      'IMPORTANT - PLEASE READ\n\nPatients who are rude to staff will be removed from the practice list.\n\nPhone lines open at 8:00am. Calling before this time will not get you an appointment.',
    );
    expect(text).toMatch(/Phone lines open at 8:00am/u);
    expect(text).not.toMatch(/You can phone lines/u);
  });

  it('lowers a unit of time shouted after its figure, a German noun keeping its capital', () => {
    expect(
      rewriteAnyway(
        '🔥 LAATSTE KANS 🔥 Nog maar 24 UUR 30% korting op ALLE jassen in onze winkel aan de Oudegracht!',
      ),
    ).toMatch(/24 uur 30%/u);
    expect(
      rewriteAnyway(
        '⏳ NUR NOCH 3 TAGE ⏳ Unser Adventskalender ist FAST AUSVERKAUFT!!! 24 handgemachte Pralinen, nur 39,90 €.',
      ),
    ).toMatch(/3 Tage/u);
  });

  it('lets a taunt go with the date it quotes, on a line with other sentences', () => {
    const text = rewriteAnyway(
      "💅✨ DECEMBER BOOKINGS NOW OPEN ✨💅\nOnly 6 slots left!!! Don't be the one turning up to the Christmas party with bare nails 😱 Link in bio to book NOW 👆",
    );
    expect(text).not.toMatch(/Christmas party/u);
    expect(text).toMatch(/6 slots left/u);
  });

  it('lets a boast over a place go and keeps the hashtags after it', () => {
    const text = rewriteAnyway(
      "Now it's 3 sites, 46 staff and a second cookbook on the way. Honestly, we're the best brunch in Glasgow and we're not sorry for saying it 😎 #glasgowbrunch #glasgowfood #brunch",
    );
    expect(text).not.toMatch(/best brunch/u);
    expect(text).toMatch(/#glasgowbrunch/u);
    expect(text).toMatch(/46 staff/u);
  });

  it('lets "so don\'t say we didn\'t warn you" go and keeps what it followed', () => {
    const text = rewriteAnyway(
      "The BEST tacos in Brighton are back at Hove Lagoon this Saturday 12–8!!! Last year we sold out by 3pm EVERY SINGLE WEEKEND so don't say we didn't warn you 😤🔥",
    );
    expect(text).not.toMatch(/warn/u);
    expect(text).toMatch(/sold out by 3pm/u);
  });

  it('lets the blame in a reply go, and keeps what the reply explains', () => {
    const text = rewriteAnyway(
      'Dear Mr Ahmed,\n\nOur physiotherapist followed the correct clinical protocol throughout your treatment. The fact that your recovery has taken longer than you hoped is not evidence of poor care, and I would gently suggest that completing the home exercises as prescribed would have helped.\n\nRegards,\nPractice Manager, CorePhysio',
    );
    expect(text).not.toMatch(/gently suggest/u);
    expect(text).toMatch(/correct clinical protocol/u);
  });

  it('keeps #linkinbio with the three hashtags it keeps: it is the way to the shop', () => {
    const text = rewriteAnyway(
      "✨ IT'S HERE ✨ GlowLab Vitamin C Serum 2.0 is officially LIVE ✨ LAST CHANCE to grab launch pricing!!!\n\n#skincare #glowingskin #vitaminc #serum #glow #beauty #selfcare #linkinbio",
    );
    expect(text).toMatch(/#linkinbio/u);
    expect(text).not.toMatch(/#beauty/u);
  });

  it('tells a clause announced without "that" as the clause it is', () => {
    const text = rewriteAnyway(
      "So proud to announce my Year 11 class achieved a 94% pass rate in GCSE English Language this summer!!! 🏆 The highest in the school's history. #teaching #proud",
    );
    expect(text).toMatch(/^My Year 11 class achieved/u);
  });

  it('lets a threat at the end of an offer go, and keeps the offer', () => {
    const text = rewriteAnyway(
      "Vodaline: Great news! You've been selected for an EXCLUSIVE upgrade: unlimited data for just £5 more a month. This offer expires in 2 hours. Reply YES to accept - if you don't reply, you'll lose this offer forever. T&Cs apply. Text STOP to 60060 to opt out",
    );
    expect(text).not.toMatch(/lose this offer/u);
    expect(text).toMatch(/Reply YES/u);
  });

  it('lowers a shouted "MY" after a comma: only a state code after a town keeps its capitals', () => {
    expect(rewriteAnyway("IF YOU'RE STILL WAITING, MY SHRED IS OPEN. 5 SPOTS. £249.")).toMatch(
      /^If you're still waiting, my shred is open/u,
    );
  });

  it('reads an apostrophe inside a word as no quotation mark, and quoted speech as a sentence', () => {
    const text = rewriteAnyway(
      "NO MORE EXCUSES. NO MORE 'I'LL START AFTER CHRISTMAS'. My 8-Week Shred is OPEN. 5 SPOTS. £249. WE'VE GOT YOU!!!",
    );
    expect(text).toMatch(/'I'll start after Christmas'/u);
    expect(text).not.toMatch(/'Re|'Ve|'Ll/u);
  });

  it('lets "The least you can do is…" go and keeps the sentence after its emoji', () => {
    const text = rewriteAnyway(
      "Mum did EVERYTHING for you. The least you can do is send flowers 💐 Mother's Day is Sunday 30 March and orders close THURSDAY at 5pm. Order via link in bio NOW!!",
    );
    expect(text).not.toMatch(/least you can do/u);
    expect(text).toMatch(/Mother's Day is Sunday 30 March/u);
  });

  it('lets a bare order that needs its object go, and keeps a German order and its bio whole', () => {
    const beef = rewriteAnyway(
      '🥩 THE BEST BEEF YOU WILL EVER TASTE. 🥩 Our 28-day dry-aged Hereford is simply UNMATCHED. Boxes from £65 – ORDER NOW before we sell out AGAIN!! 🔥',
    );
    expect(beef).toContain('Boxes from £65.');
    expect(beef).not.toMatch(/you can order/u);
    expect(
      rewriteAnyway(
        'Bei FitWerk Köln zahlst du 0 € Anmeldegebühr – aber NUR bis Sonntag! Dein zukünftiges Ich wird es dir danken 💪 Jetzt sichern: example.com/fitwerk',
      ),
    ).toMatch(/Hier sichern: example\.com\/fitwerk/u);
    expect(
      rewriteAnyway(
        'Die Tische sind FAST AUSGEBUCHT! Reservierung NUR über den Link in der Bio. Nicht verpassen!!!',
      ),
    ).toContain('Reservierung nur über unsere Bio.');
  });

  it("keeps a complaint's outcome and its final response, and lets the door shut after them go", () => {
    const letter = rewriteAnyway(
      'Dear Customer,\n\nWe have completed our investigation into your complaint dated 14 March 2024 regarding your estimated bills. Our records show the charges were applied correctly. Your complaint is therefore not upheld.\n\nThis is our final response. No further correspondence on this matter will be entered into.\n\nIf you remain dissatisfied you may refer the matter to the Energy Ombudsman within 12 months of the date of this letter.\n\nCustomer Relations Team',
    );
    expect(letter).toContain('Your complaint is therefore not upheld.');
    expect(letter).toContain('This is our final response.');
    expect(letter).not.toMatch(/No further correspondence/u);
    const dealer = rewriteAnyway(
      'Dear Mr Hughes,\n\nAs we have explained, the scratch on the rear bumper was noted on the handover sheet you signed on 30 May. We are therefore unable to accept responsibility, and we consider this matter closed.\n\nRegards,\nAftersales Manager',
    );
    expect(dealer).toMatch(/accept responsibility/u);
    expect(dealer).not.toMatch(/matter closed/u);
    const fees = rewriteAnyway(
      '2024 was our most successful year ever. We grew fee income by 38%.\n\nFrom 1 May, fees will increase by 12% across all tiers.\n\nThis decision is final and we are unable to discuss individual circumstances.\n\nHarper Wells Accountants',
    );
    expect(fees).toContain('This decision is final.');
    expect(fees).not.toMatch(/individual circumstances|Thank you/u);
  });

  it('says sorry after the refusal, not after the pitch or the boast that came later', () => {
    const pitch = rewriteAnyway(
      "Hey Sam!\n\nI totally get it – but our 14-day refund window closed on 3 March, so I can't process a refund for The Copy Accelerator ($497).\n\nBUT here's the thing: the students who push through are the ones who see RESULTS. Sarah made $12K in her first month!\n\nTo your success,\nBrandon",
    );
    expect(pitch).not.toMatch(/sorry/iu);
    const closed = rewriteAnyway(
      'Hi,\n\nAs stated on our website, we DO NOT accept returns on sale items. Your order #48213 was bought in our Summer Sale on 8 July and is FINAL SALE. No refunds, no exchanges, no exceptions.\n\nThreadline Boutique',
    );
    expect(closed).toMatch(/No refunds, no exchanges\. We're sorry we don't have better news for you\./u);
  });

  it('tells news announced with "that" as a clause, and ranks no robotics company', () => {
    expect(
      rewriteAnyway(
        'Thrilled to announce that our SMS platform TextBlast sent 1 BILLION messages in 2024!!! Book your demo today 👉 example.com/textblast',
      ),
    ).toMatch(/^Our SMS platform TextBlast sent 1 billion messages in 2024\./u);
    expect(
      rewriteAnyway(
        "About Halden Robotics\nHalden Robotics is the world's most innovative robotics company.\n\nMedia contact: press@haldenrobotics.example.com",
      ),
    ).toContain('Halden Robotics is a robotics company.');
  });

  it('lets threats ride off the end of a sentence in four languages, and a lead-in with its jab', () => {
    expect(
      rewriteAnyway('This offer will NOT be repeated. Sign up on the day or pay full price all year.'),
    ).not.toMatch(/all year|full price/u);
    expect(
      rewriteAnyway(
        "Bouquets from £35. Orders close Thursday 5pm — after that, you're on your own 🤷‍♀️ Link in bio.",
      ),
    ).not.toMatch(/on your own/u);
    expect(
      rewriteAnyway(
        '🍕 PIZZERIA DA GINO 🍕 SOLO STASERA: 2 pizze + bibita a 15€!!! 🔥 Codice GINO15 ⏰ Scade alle 22:00!!! ORDINA SUBITO o te ne pentirai!!! example.com/dagino Per non ricevere più SMS rispondi STOP',
      ),
    ).not.toMatch(/pentirai/u);
    expect(
      rewriteAnyway(
        'De R$ 1.997 por apenas R$ 497. Só hoje. Amanhã o preço volta e você vai se arrepender.\n\n👉 investidorlivre.example.com/vagas',
      ),
    ).toContain('Amanhã o preço volta.');
    const launch = rewriteAnyway(
      'Hoy lanzamos algo que va a cambiar la contabilidad para siempre. 💥\n\nContaFácil IA es la primera y ÚNICA herramienta del mundo que automatiza el 100 % de la gestión fiscal de autónomos.\n\nLos 500 primeros usuarios tienen 3 meses gratis. Después… mala suerte. 🤷‍♀️\n\n👉 contafacil.example.com\n\n#Autónomos #IA #Fintech #Lanzamiento #Startup #Innovación',
    );
    expect(launch).toContain('Los 500 primeros usuarios tienen 3 meses gratis.');
    expect(launch).not.toMatch(/Después|suerte/u);
  });

  it('thanks no one after a shout-out or a fee rise', () => {
    expect(
      rewriteAnyway(
        "We've hit record turnover this quarter 📈 and we're opening a 2nd salon in Bath in September! Huge shoutout to the team. Watch this space 👀",
      ),
    ).not.toMatch(/Thank you/u);
  });

  it('keeps the word to DM when a jab before its emoji goes, and calls no price rise good news', () => {
    const gym = rewriteAnyway(
      "🔥 BIGGEST SALE OF THE YEAR 🔥 50% off annual membership — ENDS MIDNIGHT TONIGHT ⏰\nSummer bodies aren't made in summer. Every day you wait is a day you're going backwards 💪 DM 'JOIN' now!!!\n#gym #fitness #manchester #salford #fitfam #nopainnogain #transformation #gymlife #summerbody",
    );
    expect(gym).toContain("DM 'JOIN'");
    expect(gym).not.toMatch(/going backwards/u);
    expect(
      rewriteAnyway(
        'VoxMobile: Great news! Your monthly price will increase by £3.50 from 1 April in line with CPI+3.9%. Upgrade now & get 50GB extra: example.com/vox-up',
      ),
    ).toMatch(/^VoxMobile: Your monthly price will increase by £3\.50 from 1 April/u);
    expect(rewriteAnyway('GREAT NEWS!!! Our new menu launches Friday 🎉 Book now at example.com')).toMatch(
      /^Great news!/u,
    );
  });

  it("writes a model's name in capitals as it is named", () => {
    const text = rewriteAnyway(
      "FOR IMMEDIATE RELEASE\n\nHALDEN ROBOTICS UNVEILS AURA-X: THE WORLD'S MOST ADVANCED WAREHOUSE PICKING ROBOT\n\nManchester, UK – 19 May 2025 – Halden Robotics today announced the launch of AURA-X, a game-changing picking solution.\n\nMedia contact: press@haldenrobotics.example.com",
    );
    expect(text).toMatch(/unveils AURA-X/u);
    expect(text).not.toMatch(/aura-X/u);
    // A word joined to "A" or to a figure is no model: lowered with the shouting.
    expect(
      rewriteAnyway(
        "✨ FILL-A-BAG SATURDAY ✨ £5 a bag, all day at St Anne's Hospice Shop!!! Just saying 😇",
      ),
    ).toMatch(/Fill-A-bag Saturday/iu);
    expect(
      rewriteAnyway(
        '🚀🚀 $ORBX IS LISTING ON A TIER-1 EXCHANGE THIS FRIDAY!!! Presale ends in 48 HOURS. orbx-finance.io/presale',
      ),
    ).toMatch(/on a tier-1 exchange/u);
  });

  it('keeps an aside with the order it belongs to when the link goes to a line of its own', () => {
    expect(
      rewriteAnyway(
        "Hi Chloe, we've had to charge the £25 no-show fee for yesterday's 2pm appointment. The fee stands, sorry. Book again via link in bio (deposit now required).",
      ),
    ).toMatch(/Book again \(deposit now required\)[^()]*bio\.$/u);
  });

  it('points to the FAQs instead of ordering the reader to read them, and sends the word to DM bare', () => {
    expect(
      rewriteAnyway(
        '@jamesk_88 Hi James, transfers over £1,000 to new payees may be held for security checks. This is clearly stated in our terms. Please read the FAQs at example.com/help before contacting us. ^HB',
      ),
    ).toContain("You'll find more in our FAQs at example.com/help.");
    const text = rewriteAnyway(
      'New year, new you. January coaching spots open. Only 8 available. DM "JAN" now!!! 💪',
    );
    expect(text).toMatch(/DM "JAN"/u);
    expect(text).not.toMatch(/interested/u);
  });

  it("lets a shrug at the reader's goals ride off the end of a sentence that tells a fact", () => {
    const text = rewriteAnyway(
      "Hi Tom, it's been 23 days since your last visit to PulseFit Chester 😢 Your membership is still costing you £32.99/month and your goals won't wait forever. Don't let all that hard work go to waste! Book a class now: example.com/book",
    );
    expect(text).toContain('£32.99/month.');
    expect(text).not.toMatch(/wait forever|go to waste/u);
  });

  it('keeps the question a conditional answer needs, and lets a bare "Tap" before the bio go', () => {
    const text = rewriteAnyway(
      "Hey you! 👋 Just a friendly little reminder from all of us at Kingsbridge RFC that we love seeing your faces on the touchline every Saturday ❤️\n\nAnd you know what would make it even better? If you grabbed a 2025/26 Supporter Season Pass now — only £95 before it goes up to £120 on 1 August! 😉\n\nNo pressure… but the early-bird deal won't last forever 👀 Tap the link in bio before it's gone!",
    );
    expect(text).toContain('And you know what would make it even better? If you grabbed');
    expect(text).not.toMatch(/Tap\s*—/u);
    expect(text).toMatch(/The link is in our bio\.$/u);
  });

  it('says sorry for a no in Italian and for an appointment not rebooked, and lets a closed case go', () => {
    const reso = rewriteAnyway(
      "Gentile cliente,\n\nla sua richiesta di reso per l'ordine n. IT-558210 non può essere accettata: il termine di 14 giorni è scaduto il 3 aprile. La pratica è stata chiusa.\n\nSi prega di non rispondere a questa email.\n\nServizio Clienti CasaStile",
    );
    expect(reso).toContain('Ci dispiace non poterle dare una risposta migliore.');
    expect(reso).not.toMatch(/pratica è stata chiusa/u);
    expect(reso).toContain('IT-558210');
    expect(
      rewriteAnyway(
        'We cannot rebook your appointment. Cancellations with less than 48h notice incur a £35 fee per our policy. Payment is due within 7 days. Smile Dental Clinic.',
      ),
    ).toContain("Payment is due within 7 days. We're sorry we don't have better news for you.");
  });

  it('lets a reproach of the reader go, whole or riding after what a sentence tells', () => {
    const subs = rewriteAnyway(
      "ATTENTION ALL PARENTS!!!\n\nSubs for the autumn term (£65 per child) MUST be paid by Sunday 6th October. NO EXCEPTIONS. Any player whose subs are not paid WILL NOT be selected for matches. We are sick of chasing the same families every season.\n\nPay by bank transfer: Fernhill Juniors FC, sort code 20-45-77, acc 43098812. Use your child's name as reference.\n\nThe Committee",
    );
    expect(subs).not.toMatch(/sick of/u);
    expect(subs).toContain('sort code 20-45-77, acc 43098812');
    const agm = rewriteAnyway(
      "Only 11 people turned up to last month's AGM, out of 240 households.\n\nIf nobody steps forward as treasurer by 30 April the association will fold, and you'll only have yourselves to blame.",
    );
    expect(agm).toContain('If nobody steps forward as treasurer by 30 April the association will fold.');
    expect(agm).not.toMatch(/blame/u);
    const sold = rewriteAnyway(
      "SOLD in 48 hours, £35k over asking 💥 That's our 14th over-asking sale this month. Thinking of selling? You'd be mad to go anywhere else. DM us.",
    );
    expect(sold).not.toMatch(/mad to go/u);
    expect(sold).toContain('DM us');
  });

  it('says no word of regret after telling the reader not to reply, and shuts no door on comments', () => {
    const permit = rewriteAnyway(
      "Application Ref: RP/24/03318\n\nYour application for a Residents' Parking Permit (Zone C) has been refused.\n\nReason: Proof of residency not accepted. Mobile phone bills are not valid documents.\n\nThe £45 administration fee is non-refundable. You must submit a new application and pay a new fee.\n\nDo not reply to this email. This mailbox is not monitored.\n\nParking Services\nWestbury City Council",
    );
    expect(permit).toContain('This mailbox is not monitored.');
    expect(permit).not.toMatch(/not monitored\. We're sorry/u);
    const bins = rewriteAnyway(
      'NOTICE: Bin collections for Ward 4 will not take place on Monday 26 May (Bank Holiday).\n\nCollections will take place on Saturday 31 May instead. Bins presented after 7am will not be collected.\n\nThe Council will not respond to comments on this post.\nWaste Services, Harfield District Council',
    );
    expect(bins).not.toMatch(/will not respond to comments/u);
    expect(bins).toContain('Saturday 31 May');
  });

  it('thanks no one for a warning that names people in a meeting', () => {
    const text = rewriteAnyway(
      "Subject: Timesheets. Again.\n\nTeam,\n\nAs of 10am today, 9 of you still haven't submitted timesheets for last week. This is the fourth week in a row I've had to chase, and I'm done chasing.\n\nStarting next week, anyone who misses the Monday 12pm deadline will be named in the Friday all-hands.\n\nPriya\nOperations Director",
    );
    expect(text).not.toMatch(/Thank you/u);
    expect(text).not.toMatch(/done chasing/u);
    expect(text).toContain('Monday 12pm deadline');
  });

  it('keeps the outcome of an appeal however it is worded', () => {
    const text = rewriteAnyway(
      'Parking Charge Notice PCN-00418872 – Appeal Outcome\n\nDear Motorist,\n\nWe have considered your appeal and have decided to reject it. Signage at the car park clearly states that a valid ticket must be displayed at all times. Your claim that the payment machine was faulty is not supported by our records.\n\nThe charge of £100 remains payable. If paid within 14 days of this letter it will be reduced to £60.\n\nNo further appeals will be accepted by this office. Telephone enquiries will not be dealt with.\n\nSecurePark Enforcement Ltd',
    );
    expect(text).toContain('We have considered your appeal and have decided to reject it.');
    expect(text).toContain('£60');
  });

  it('writes a shouted value after its label with its first capital', () => {
    const text = rewriteAnyway(
      'Claim No: HM-2024-77310\nDecision: DECLINED\n\nDear Policyholder,\n\nYour claim has been declined under Section 4, Exclusion 12. NO payment will be made. This decision is final.\n\nClaims Department',
    );
    expect(text).toContain('Decision: Declined');
    expect(
      rewriteAnyway(
        'Resultado: DENEGADO\n\nEstimado cliente, su solicitud de reembolso ha sido denegada. No se admitirán más reclamaciones.',
      ),
    ).toContain('Resultado: Denegado');
  });

  it('lets the stamp on a claim go with the claim', () => {
    const text = rewriteAnyway(
      'The BEST burger you will EVER eat. Fact. 🍔🔥\n\nOur Smash Stack comes with triple cheese and house pickles, £11.50.\n\nGet down here NOW 🏃‍♂️',
    );
    expect(text).not.toMatch(/Fact|ever eat/u);
    expect(text).toContain('£11.50');
  });

  it('drops a sentence that only ranks the sender first, and keeps the figures around it', () => {
    const text = rewriteAnyway(
      "Another one bites the dust! That's 38 homes sold this year by Hartley & Rowe, more than any other agent in Clifton. We are officially the #1 estate agent in the area, and our sellers get the best prices, full stop.\n\nThinking of selling? Call us on 0117 496 0321.",
    );
    expect(text).not.toMatch(/#1 estate agent|full stop/u);
    expect(text).toContain('38 homes sold this year');
    expect(text).toContain('0117 496 0321');
  });

  it('says sorry right after the news, not after the rules that follow it', () => {
    const text = rewriteAnyway(
      'Dear Ms Patel,\n\nYour claim (CLM-20931) has been declined.\n\nAs stated in your policy wording, damage resulting from gradual leakage is excluded from cover. We are unable to discuss this decision by telephone.\n\nShould you wish to make a complaint, you must do so in writing to our Complaints Department, PO Box 4471, Bristol BS1 9XX.\n\nRegards,\nClaims Team, Sentinel Home Insurance',
    );
    expect(text).toContain(
      "Your claim (CLM-20931) has been declined. We're sorry we don't have better news for you.",
    );
    expect(text).toMatch(/PO Box 4471, Bristol BS1 9XX\.\n\nRegards,/u);
  });

  it('is sorry for a disruption to one reader in the singular, after the news', () => {
    const text = rewriteAnyway(
      'Estimado cliente:\n\nLe informamos de que, por obras en la red, el suministro de agua en su domicilio será interrumpido el 15/04 de 8:00 a 14:00. No se admitirán reclamaciones por esta vía.\n\nPara cualquier gestión deberá acudir a nuestra oficina de Calle Mayor 45.\n\nAguas del Valle',
    );
    expect(text).toContain('será interrumpido el 15/04 de 8:00 a 14:00. Disculpe las molestias.');
    expect(text).not.toContain('Disculpen');
  });

  it('leaves no comma between a policy and its verb when the reminder of signing it goes', () => {
    const text = rewriteAnyway(
      'Dear Guest,\n\nOur cancellation policy, which you agreed to at the time of booking, states that cancellations made less than 14 days prior to arrival are NON-REFUNDABLE. Your deposit of £160 will therefore be retained in full.\n\nRowan Cottage B&B',
    );
    expect(text).toContain('Our cancellation policy states that cancellations');
    expect(text).toContain('£160');
  });

  it('types a code of letters and figures as written, with the name of its kind', () => {
    const text = rewriteAnyway(
      'Estimado/a cliente:\n\nLe comunicamos que, a partir del 1 de mayo de 2025, las condiciones económicas de su contrato (CUPS ES0021000012345678AB) se modificarán según lo dispuesto en la cláusula 11.4. El nuevo precio será de 0,1894 €/kWh.\n\nAtentamente,\nEnergía Levante S.L.',
    );
    expect(text).toContain('(CUPS ES0021000012345678AB)');
  });

  it('writes a shouted product as the draft writes it, with its model letter', () => {
    const text = rewriteAnyway(
      "🚀 INTRODUCING PULSE X 🚀\n\nThe most powerful, most advanced fitness tracker EVER made. Pulse X doesn't just track your workouts, it REVOLUTIONISES your entire life.\n\nPre-order today 👉 example.com/pulsex",
    );
    expect(text).toContain('Introducing Pulse X');
    expect(text).not.toMatch(/pulse X/u);
  });

  it('is sorry for no service taken away for unpaid bills or a breach of the rules', () => {
    const text = rewriteAnyway(
      'Your account has been SUSPENDED effective immediately for violation of Section 7.3 of our Terms of Service. All workspace data will be deleted after 30 days. Further correspondence will not be entered into.',
    );
    expect(text).not.toMatch(/sorry/iu);
  });

  it('says sorry after the answer to the request, not after a rule quoted later', () => {
    const text = rewriteAnyway(
      'Your booking request for the Village Hall on Saturday 19 July has been declined. The hall is not available for private parties with amplified music after 9pm.\n\nHire rates: £18/hr weekdays, £25/hr weekends. Deposit £100, non-refundable if cancelled within 14 days.\n\nThe booking secretary will not respond to further requests for this date.',
    );
    expect(text).toMatch(/after 9pm\. We're sorry we don't have better news for you\.\n\nHire rates/u);
  });

  it('lowers two small words shouted side by side, and a state only where it ends an address', () => {
    expect(
      rewriteAnyway(
        'SERVERS ARE BACK UP!!! PLEASE STOP MESSAGING SUPPORT ABOUT IT, WE KNOW. PLAY ON!!! #Vortexa',
      ),
    ).toContain('about it, we know');
    const cafe = rewriteAnyway(
      'PLEASE NOTE: WE DO NOT ACCEPT CARD PAYMENTS UNDER £5. NO EXCEPTIONS.\n\nWE ALSO DO NOT GIVE OUT TAP WATER, LET NON-CUSTOMERS USE THE TOILET, OR ALLOW LAPTOPS AT WEEKENDS.\n\nThe Management, Bean There Café',
    );
    expect(cafe).toContain('use the toilet, or allow laptops');
    expect(rewriteAnyway('WE SPEAK EN, FR AND DE! VISIT US AT 12 HIGH ST, AUSTIN, TX.')).toContain(
      'EN, FR and DE',
    );
  });

  it('reads "We will not be issuing a refund" as the refusal its regret follows', () => {
    const text = rewriteAnyway(
      'Hi Mr Dawson,\n\nAs stated clearly in our terms, we do not accept returns after 14 days. Your order #48213 was delivered on 3 March. We will not be issuing a refund and consider this matter closed.\n\nHollow Oak Interiors',
    );
    expect(text).toContain("We will not be issuing a refund. We're sorry we don't have better news for you.");
  });

  it('asks about no field of praise alone', () => {
    const text = rewriteAnyway(
      "We're delighted to welcome Marco to the Little Fox Bakery family as our new Head Pastry Chef! Marco joins us from a Michelin-starred kitchen in London and brings 15 years of world-class experience. 🥐",
    );
    expect(text).not.toMatch(/years in world-class/u);
    expect(
      rewriteAnyway(
        "We're delighted to welcome Dana to the team! Dana brings 12 years of world-class private banking experience.",
      ),
    ).toContain('about their 12 years in private banking?');
  });

  it('keeps what happens every night in an appeal and drops only the reader’s delay', () => {
    const text = rewriteAnyway(
      "Dear friend,\n\nEvery night you don't give, another dog like Bella sleeps on a cold concrete floor. She's shivering right now as you read this. Can you really scroll past her?\n\nJust £10 could have saved her from another night alone. Please don't let her down. Donate now: example.com/bella\n\nPaws Rescue North",
    );
    expect(text).toContain('Every night, another dog like Bella sleeps on a cold concrete floor.');
    expect(text).not.toMatch(/you don't give|scroll past her/u);
    const kennel = rewriteAnyway(
      'Every second you spend scrolling past this post, another dog is shivering alone in the cold. 💔 Could you really live with that?\n\nGive £10: example.org/bella',
    );
    expect(kennel).toContain('another dog is shivering alone in the cold');
    expect(kennel).not.toMatch(/live with that/u);
  });

  it('keeps an e-mail signature typed on one line with a bar', () => {
    const text = rewriteAnyway(
      "Hi Daniel,\nWe help businesses like yours increase pipeline by 300%. Do you have 15 minutes on Thursday? If I don't hear back, I'll assume you're not interested in growing revenue.\nBest,\nKyle | Pipelinr",
    );
    expect(text).toMatch(/Best,\nKyle \| Pipelinr$/u);
  });

  it('drops a promise of no more replies, alone or after the decision it follows', () => {
    const text = rewriteAnyway(
      'Dear Mr Patel,\n\nAs per Section 7.2 of our Terms and Conditions, personalised items are non-refundable. Your request has therefore been declined. This decision is final and we will not respond to further correspondence on this matter.\n\nRegards,\nCustomer Services',
    );
    expect(text).toContain('This decision is final.');
    expect(text).not.toMatch(/further correspondence/u);
    const closed = rewriteAnyway(
      'Hi Sarah,\n\nAs stated clearly in our Terms & Conditions (section 7.2), personalised items are non-refundable. Your order #48213 was made to your specification and therefore does not qualify for a return.\n\nWe consider this matter closed and will not be responding to further emails on this subject.\n\nRegards,\nCustomer Services\nEngraved Moments Ltd',
    );
    expect(closed).not.toMatch(/will not be responding/u);
    expect(closed).toContain('does not qualify for a return');
  });

  it('says a word of regret after a long refusal that asked nothing before', () => {
    const text = rewriteAnyway(
      'Claim Number: HX-558201\n\nWe have reviewed your claim for water damage at 9 Orchard Close and it has been declined under Exclusion 7(b) of your policy (gradual leaks and seepage).\n\nNo payment will be made. If you disagree with this decision, you may refer your complaint to the Financial Ombudsman Service.\n\nClaims Department\nSentinel Home Insurance',
    );
    expect(text).toContain("(gradual leaks and seepage). We're sorry we don't have better news for you.");
  });

  it('asks for an appeal’s sum plainly, and is sorry for an appointment cancelled or a service down', () => {
    expect(
      rewriteAnyway(
        "Every minute you scroll past this, another dog is left alone in a cold kennel. Can you really say no to £5? Donate now before it's too late: example.com/pawsrescue",
      ),
    ).toContain('Every minute, another dog is left alone in a cold kennel. Could you spare £5?');
    expect(
      rewriteAnyway(
        'Mientras lees esto, un niño se va a dormir con hambre. ¿De verdad no puedes donar 10 €? Hazlo AHORA: example.com/dona. No mires hacia otro lado.',
      ),
    ).toContain('¿Puedes donar 10 €?');
    expect(
      rewriteAnyway(
        'Clínica Dental Sonrisa: Su cita del 22/05 a las 16:30 ha sido anulada. Para nueva cita llame al 912 555 014. No responda a este mensaje.',
      ),
    ).toMatch(/Disculpen? las molestias\./u);
    expect(
      rewriteAnyway(
        'Dear Customer, due to essential network upgrades, your broadband service may be unavailable between 00:00 and 06:00 on 15/08. No compensation will be provided for planned outages. Telnet Ltd.',
      ),
    ).toContain("on 15/08. We're sorry for the disruption.");
  });
});
