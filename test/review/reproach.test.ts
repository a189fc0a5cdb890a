import { reproachesTheReader, withoutReproachTail } from '../../src/review/rewrite/reproach';
import { isJab, isPressure } from '../../src/review/rewrite/sentence';
import type { Language } from '../../src/review/types';

// The sender fed up with the reader, blame foretold, scorn for any other choice, disbelief of a
// customer's account: whole sentences, in each language the rewriter covers.
const REPROACHES: [Language, string][] = [
  ['en', "We are tired of patients wasting our clinicians' time."],
  ['en', 'We are sick of chasing the same families every season.'],
  ['en', "I'm honestly sick of deleting the same posts every day."],
  ['en', 'We are frankly fed up with customers who never submit meter readings and then complain.'],
  ['en', "We've had enough of people leaving bikes in the hallway."],
  ['en', "We shouldn't have to keep repeating this."],
  ['en', 'You only have yourselves to blame.'],
  ['en', "If the hall closes, you'll only have yourselves to blame."],
  ['en', "Honestly, you'd be mad to go anywhere else."],
  ['en', "You'd be crazy to go with anyone else."],
  ['en', "If you're thinking of selling and you're not calling us first, you'd be mad."],
  ['en', 'Why would you go anywhere else?'],
  ['en', 'We find it hard to believe your claims about the room.'],
  ['en', 'We find your account hard to believe.'],
  ['en', "We find it genuinely baffling that after last month's break-in this is still happening."],
  ['en', 'Perhaps a budget hostel would have better suited your expectations.'],
  ['en', 'We know who some of you are.'],
  ['en', 'Next time maybe double-check your address before ordering?'],
  ['en', 'In future, please read the booking terms before you pay.'],
  ['en', 'Please stop shouting at our staff.'],
  ['de', 'Wir haben es langsam satt, jede Woche dieselben Eltern zu erinnern.'],
  ['de', 'Mal ehrlich: Sie wären verrückt, Ihre Kfz-Versicherung woanders abzuschließen.'],
  ['de', 'Dann seid ihr selbst schuld.'],
  ['fr', 'On en a vraiment marre de ramasser les déchets des autres.'],
  ['fr', "Vous ne pourrez vous en prendre qu'à vous-mêmes."],
  ['es', 'Estamos hartos de recordar lo mismo cada semana.'],
  ['es', 'La culpa será vuestra.'],
  ['it', 'Siamo stanchi di ricevere segnalazioni sui rifiuti abbandonati nel cortile.'],
  ['it', "Diciamocelo: sareste matti ad andare in un'altra palestra."],
  ['pt', 'Estamos fartos de pedir sempre a mesma coisa.'],
  ['nl', 'We zijn het eerlijk gezegd zat.'],
  ['nl', 'Dan heb je het aan jezelf te danken.'],
];

// The same words where no one is reproached: a founder's story, shared frustration, a wink, a fact.
const NOT_REPROACHES: [Language, string][] = [
  ['en', "We're tired of paying too much for software, so we built Ledgerly."],
  ['en', 'We were tired of spreadsheets.'],
  ['en', 'We are tired of waiting for the council to fix the road, and we know you are too.'],
  ['en', 'We are so excited to see you all.'],
  ['en', "You'd be crazy not to call me: 07700 912 384"],
  ['en', 'We find it hard to say goodbye after 12 years.'],
  ['en', 'We are tired but happy after the 10k.'],
  ['en', 'Next time you visit, check out our new garden room.'],
  ['en', 'In future, all bookings will be made online.'],
  ['de', 'Wir sind es gewohnt, früh aufzustehen.'],
  ['fr', 'Nous sommes fatigués mais heureux.'],
  ['es', 'Estamos cansados pero felices después de la carrera.'],
  ['it', 'Siamo felici di rivedervi.'],
  ['pt', 'Estamos prontos para receber vocês.'],
  ['nl', 'We zijn het met je eens.'],
];

describe('a sentence in which the sender reproaches the reader', () => {
  it.each(REPROACHES)('reads "%s: %s" as a reproach, dropped whole', (language, sentence) => {
    expect(reproachesTheReader(sentence, language)).toBe(true);
    expect(isJab(sentence, language)).toBe(true);
    expect(isPressure(sentence, language)).toBe(true);
  });

  it.each(NOT_REPROACHES)('leaves "%s: %s" alone', (language, sentence) => {
    expect(reproachesTheReader(sentence, language)).toBe(false);
  });
});

describe('a reproach riding after what a sentence tells', () => {
  it.each<[Language, string, string]>([
    [
      'en',
      "If nobody steps forward as treasurer by 30 April the association will fold, and you'll only have yourselves to blame.",
      'If nobody steps forward as treasurer by 30 April the association will fold.',
    ],
    [
      'en',
      "This is the third reminder and I shouldn't have to send a fourth.",
      'This is the third reminder.',
    ],
    [
      'en',
      "This is the fourth week in a row I've had to chase, and I'm done chasing.",
      "This is the fourth week in a row I've had to chase.",
    ],
    ['es', 'El plazo acaba el viernes y la culpa será vuestra.', 'El plazo acaba el viernes.'],
    ['it', 'Il termine è il 30 maggio, e la colpa sarà vostra.', 'Il termine è il 30 maggio.'],
  ])('keeps what "%s: %s" tells, without the reproach', (language, sentence, told) => {
    expect(withoutReproachTail(sentence, language)).toBe(told);
  });

  it('leaves a sentence with no reproach at its end as it was', () => {
    const sentence = 'The hall closes on 30 April, and you can collect your things until then.';
    expect(withoutReproachTail(sentence, 'en')).toBe(sentence);
  });
});
