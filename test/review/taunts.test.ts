import { isJab, isPressure } from '../../src/review/rewrite/sentence';
import { claimsOverRivals, ranksOverAPlace, tauntsTheReader } from '../../src/review/rewrite/taunts';
import type { Language } from '../../src/review/types';

// Readers sorted into real and fake fans, told not to come crying, warned what waiting costs, or
// valued by whether they buy: in each language the rewriter covers.
const TAUNTS: [Language, string][] = [
  ['en', 'Real Vipers fans already own the 2025 jersey.'],
  ['en', 'Real supporters show up.'],
  ['en', "Don't come crying to us in January when your mates are paying less."],
  ['en', "Couples who 'wait and see' end up with whoever's left."],
  ['en', 'Buyers who waited in 2021 are still kicking themselves.'],
  ['en', 'Most people will close this email and stay stuck.'],
  ['en', 'The only question is: will you be the one left behind?'],
  ['en', "If you're not in the stand on Saturday, don't call yourself a supporter."],
  ['en', "If you're not running with us, you're running with second best 😎"],
  ['de', 'Echte Fans lassen ihren Verein nicht im Stich!'],
  ['es', 'Los verdaderos fans ya tienen mi libro.'],
  ['es', '¿Tú todavía no?'],
  ['es', 'Después no vengas llorando.'],
  ['pt', 'Quem deixar pra depois vai se arrepender — e não adianta pedir desconto amanhã.'],
  ['pt', 'Fã de verdade apoia.'],
  ['it', "Chi non l'ha fatto, non sa cosa si perde."],
  ['it', 'Chi non partecipa resterà indietro.'],
  ['fr', 'Les vrais fans ont déjà leur maillot.'],
  ['nl', 'Wie nu niet boekt, blijft achter.'],
];

// The same words telling the reader something: a wink, a way forward, a booking rule with its date.
const NOT_TAUNTS: [Language, string][] = [
  ['en', 'Real fans of the show will know the voice.'],
  ['en', 'Parents who wait until September can still apply.'],
  ['en', "Don't call us, we'll call you."],
  ['pt', 'Quem não marcar até quarta-feira fica de fora.'],
  ['it', 'Chi non prenota rimane fuori.'],
  ['de', 'Wer nicht kommen kann, sagt bitte kurz Bescheid.'],
  ['nl', 'Wie niet kan komen, laat het even weten.'],
  // The sentence after the emoji is not the taunt's: its address stays.
  ['it', 'Non venite a piangere dopo 😉 Correte in negozio, Via Garibaldi 21, Parma.'],
];

describe('a sentence that only taunts the reader', () => {
  it.each(TAUNTS)('reads "%s: %s" as a taunt, dropped even where it quotes a date', (language, sentence) => {
    expect(tauntsTheReader(sentence, language)).toBe(true);
    expect(isJab(sentence, language)).toBe(true);
  });

  it.each(NOT_TAUNTS)('leaves "%s: %s" alone', (language, sentence) => {
    expect(tauntsTheReader(sentence, language)).toBe(false);
  });
});

const OVER_RIVALS = [
  'There simply is no better mattress.',
  'Nothing on the market compares.',
  'Other breweries: take notes.',
  'Everyone else is playing for second.',
  'Officially the best IPA ever brewed.',
  "Honestly, I don't think there's a better bookkeeping product on the market.",
  'Anywhere.',
];
const NOT_OVER_RIVALS = [
  "There's no better time to visit.",
  'We deliver anytime, anywhere.',
  'anywhere.',
  'Nothing to report this week.',
];

describe('a claim over every rival with nothing else in it', () => {
  it.each(OVER_RIVALS)('reads "%s" as pressure, cut where it carries no fact', (sentence) => {
    expect(claimsOverRivals(sentence, 'en')).toBe(true);
    expect(isPressure(sentence, 'en')).toBe(true);
  });

  it.each(NOT_OVER_RIVALS)('leaves "%s" alone', (sentence) => {
    expect(claimsOverRivals(sentence, 'en')).toBe(false);
  });
});

describe('the same shapes in more words and languages', () => {
  it.each<[Language, string]>([
    ['en', "Don't be the team that paid 3x more because you waited."],
    ['en', "Every day you wait is money you're literally setting on fire."],
    ['en', 'Where were you?'],
    ['en', "If you'd rather work with everyone else... good luck. 😉"],
    ['en', "If you scroll past this, you've made your choice."],
  ])('reads "%s: %s" as a taunt', (language, sentence) => {
    expect(tauntsTheReader(sentence, language)).toBe(true);
  });

  it.each<[Language, string]>([
    ['it', 'Le altre pizzerie del quartiere possono solo prendere appunti.'],
    ['nl', 'Alle andere bakkers in de Jordaan mogen aantekeningen maken.'],
    ['pt', 'As outras barbearias da Vila Madalena que anotem.'],
    ['nl', 'De beste appeltaart van Amsterdam.'],
    ['es', 'El MEJOR gimnasio de Madrid.'],
    ['fr', 'Le meilleur bistrot de Bordeaux, sans discussion.'],
    ['it', 'La pizza più buona di Napoli.'],
    ['nl', 'Geen discussie.'],
    ['en', 'To our competitors: take notes.'],
    ['en', 'Proud. Humbled. Unstoppable.'],
    ['en', 'The best burger you will ever eat.'],
    ['en', 'Fact.'],
    ['en', 'No debate.'],
    ['en', 'Not up for debate.'],
    ['it', 'La pizza più buona che proverete mai.'],
    ['es', 'El mejor café que vas a probar nunca.'],
    ['pt', 'O melhor café que você vai provar na vida.'],
    ['de', 'Der beste Kaffee, den du je getrunken hast.'],
    ['it', 'Siamo i migliori di Torino, punto.'],
    ['pt', 'Somos os melhores do Porto.'],
    ['de', 'Wir sind der unangefochtene Marktführer in Bayern.'],
  ])('reads "%s: %s" as a claim over every rival', (language, sentence) => {
    expect(claimsOverRivals(sentence, language)).toBe(true);
  });

  it.each<[Language, string]>([
    ['de', 'Beste Grüße aus Hamburg.'],
    ['es', 'La mejor manera de aprender inglés.'],
    ['de', 'Das beste E-Bike der Welt ist da.'],
    ['pt', 'O melhor estúdio de pilates de Lisboa está com inscrições abertas.'],
    ['en', 'Thank. You. All.'],
    ['it', 'Il miglior capo che abbia mai avuto.'],
    ['es', 'El mejor jefe que he tenido nunca.'],
    ['pt', 'O melhor professor que já tive na vida.'],
    ['de', 'Die beste Zeit, die wir je hatten.'],
    ['nl', 'De beste collega die ik ooit had.'],
    ['en', 'The best way to reach us is by email.'],
  ])('leaves "%s: %s" alone', (language, sentence) => {
    expect(claimsOverRivals(sentence, language)).toBe(false);
  });
});

describe('a taunt about the reader later, or their rivals now', () => {
  it.each<[Language, string]>([
    ['en', "But I can tell you that future-you is going to wish you'd started today."],
    ['en', "Your future self won't thank you."],
    ['en', 'Why not you?'],
    ['nl', 'Waarom jij nog niet?'],
    ['it', 'Chi arriva tardi resta a mani vuote 💃'],
  ])('reads "%s: %s" as a taunt', (language, sentence) => {
    expect(tauntsTheReader(sentence, language)).toBe(true);
  });

  // "…either going to thank you... or wonder why you didn't.": the sentence goes on past the dots,
  // and cutting its first half would leave "Wonder why you didn't."
  it('leaves a sentence that goes on past its dots', () => {
    expect(tauntsTheReader('Your future self is either going to thank you...', 'en')).toBe(false);
  });
});

describe('the reader pictured missing out, and the sender ranked first over a place', () => {
  it.each<[Language, string]>([
    ['en', "Don't be the one turning up to the Christmas party with bare nails 😱"],
    ['en', 'Don\'t be the person still saying "I\'ll start Monday" in June 😬'],
    ['en', "Next January you'll wish you'd started today."],
    ['en', "Don't leave it to the last minute and end up at a Harvester 😬"],
    ['en', "Don't say we didn't warn you."],
  ])('reads "%s: %s" as a taunt', (language, sentence) => {
    expect(tauntsTheReader(sentence, language)).toBe(true);
    expect(isJab(sentence, language)).toBe(true);
  });

  it.each<[Language, string]>([
    ['en', "Honestly, we're the best brunch in Glasgow and we're not sorry for saying it 😎"],
    ['en', 'Our sourdough is simply the best in Yorkshire, no contest.'],
    ['es', 'Somos la mejor heladería artesanal de Valencia y lo seguiremos siendo.'],
  ])('reads "%s: %s" as a boast over a place, a jab', (language, sentence) => {
    expect(ranksOverAPlace(sentence, language)).toBe(true);
    expect(isJab(sentence, language)).toBe(true);
  });

  it.each<[Language, string]>([
    ['en', 'We were voted the best bakery in Leeds.'],
    ['en', 'The view is the best in the Lake District.'],
    ['en', 'This is the best time of year in Cornwall.'],
    ['en', 'Next week you will find us at the market.'],
    ['en', "Don't be shy."],
  ])('leaves "%s: %s" alone', (language, sentence) => {
    expect(ranksOverAPlace(sentence, language)).toBe(false);
    expect(tauntsTheReader(sentence, language)).toBe(false);
  });
});

describe('blame in a reply, and a boast asked as a question', () => {
  it.each([
    'Had you read the documentation or attended the free onboarding webinar, this would have been clear.',
    'I would gently suggest that completing the home exercises as prescribed would have helped.',
    'We also note that you did not raise this with reception during your stay, which would have been the appropriate course of action.',
    'Why settle for less when you can have the best?',
    'Stop putting everyone else first and BOOK.',
  ])('reads "%s" as a jab, pressure with no fact of its own', (sentence) => {
    expect(isJab(sentence, 'en')).toBe(true);
    expect(isPressure(sentence, 'en')).toBe(true);
  });

  it.each([
    "Had you been with us last year, you'd know the drill.",
    'Why not bring a friend? The second ticket is half price.',
    'Our free onboarding webinar runs every Tuesday.',
  ])('leaves "%s" alone', (sentence) => {
    expect(isJab(sentence, 'en')).toBe(false);
    expect(isPressure(sentence, 'en')).toBe(false);
  });
});

describe('more blame, boasts and threats, whole sentences', () => {
  it.each<[Language, string]>([
    ['en', "Is your coffee really worth more than Bella's life?"],
    ['en', 'If you want to work with an award-winning team, you know where to find us.'],
    ['en', 'Please read the terms before purchasing next time.'],
    ['en', "If you're still using spreadsheets in 2025, that's on you."],
    ['en', "We'd suggest you find another practice that better suits your budget."],
    ['en', "If the show disappears next month, you'll know why."],
    ['en', 'Our competitors simply cannot compete.'],
    ['en', 'We are groomers, not miracle workers.'],
    ['en', 'The changing rooms are NOT a salon.'],
    ['en', "Don't @ us."],
    ['en', 'The least you can do is order her a proper bouquet.'],
    ['en', "If you're STILL 'waiting for Monday' you've already lost."],
    ['en', 'Best electrician in Bristol, hands down.'],
  ])('reads "%s: %s" as a jab', (language, sentence) => {
    expect(isJab(sentence, language)).toBe(true);
  });

  it.each<[Language, string]>([
    ['en', 'Best croissants in Bristol.'],
    ['en', 'Best wishes to everyone in Leeds.'],
    ['en', 'This is not a drill.'],
    ['en', "We're a small team, not a call centre."],
  ])('leaves "%s: %s" to the other passes', (language, sentence) => {
    expect(isJab(sentence, language)).toBe(false);
  });

  it.each([
    'Fastest, cheapest, most reliable.',
    'Our stylists are literally the most talented in the north and our clients NEVER go anywhere else!!',
  ])('reads "%s" as a claim over every rival', (sentence) => {
    expect(claimsOverRivals(sentence, 'en')).toBe(true);
  });

  it('leaves a sentence with a superlative about something else alone', () => {
    expect(claimsOverRivals('My favourite part is the walk in the park.', 'en')).toBe(false);
    expect(claimsOverRivals('Honest, modest, kind.', 'en')).toBe(false);
  });
});

describe('snark, shame and a shrug at the reader, whole sentences', () => {
  it.each<[Language, string]>([
    ['en', "We don't know how to make that any clearer."],
    ['en', 'Still making excuses?'],
    ['en', "Don't let yourself go 😉"],
    ['en', "Don't message us in April crying 😂"],
    ['en', "Don't leave it till your boiler packs in and then ring us crying."],
    ['fr', 'Ne soyez pas les prochains !'],
    ['es', 'Después… mala suerte. 🤷‍♀️'],
    ['en', 'We are not a charity.'],
    ['en', 'But are they really that hard?'],
    ['en', "Is a coffee worth more than a child's life?"],
    ['en', 'Or will you still be saying "someday" this time next year?'],
    ['en', "Every day you wait is a day you're going backwards 💪"],
    ['en', "Don't let all that hard work go to waste!"],
    ['en', 'Do you want to be the reason a child gets hurt??'],
    ['en', "I can see who's viewed my story."],
    ['en', 'I know a lot of you spent more than £10 on drinks last weekend. 🙃'],
    ['en', "If you scroll past, that's your choice, but don't pretend you care about animals."],
    ['en', 'Bold.'],
    ['en', 'Not our problem.'],
    ['en', 'Cool story.'],
    ['en', 'Next time book in advance like everyone else.'],
    ['en', 'See you at 9:45 next time, champ 🍕'],
    ['en', "We don't control the fog."],
    ['it', 'Forse la prossima volta è meglio che scelga una catena.'],
    ['es', 'Tú sabrás.'],
    ['es', 'Cada día que esperas es un día que pierdes.'],
    ['es', 'Mientras tú pones excusas, nuestros socios ya llevan 3 meses entrenando y viendo resultados.'],
  ])('reads "%s: %s" as a jab', (language, sentence) => {
    expect(isJab(sentence, language)).toBe(true);
  });

  it.each<[Language, string]>([
    ['en', "Don't let your deposit go: it's refundable until Friday."],
    ['en', "Don't message us before 9am, the phones aren't staffed."],
    ['es', '¡Qué mala suerte con el tiempo este fin de semana!'],
  ])('leaves "%s: %s" to the other passes', (language, sentence) => {
    expect(isJab(sentence, language)).toBe(false);
  });
});
