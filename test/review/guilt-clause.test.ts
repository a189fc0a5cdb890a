import { withoutGuiltClause } from '../../src/review/rewrite/guilt-clause';
import type { Language } from '../../src/review/types';

// An appeal's news tied to the reader's delay: the clause about the reader goes, what happens stays.
const UNTIED: [Language, string, string][] = [
  [
    'en',
    "Every night you don't give, another dog like Bella sleeps on a cold concrete floor.",
    'Every night, another dog like Bella sleeps on a cold concrete floor.',
  ],
  [
    'en',
    'Every minute you scroll past this post, another child in Kisumu goes to bed hungry.',
    'Every minute, another child in Kisumu goes to bed hungry.',
  ],
  [
    'en',
    'Each day you wait, a family in Leeds goes without heating.',
    'Each day, a family in Leeds goes without heating.',
  ],
  ['es', 'Cada día que esperas, otro niño se queda sin comer.', 'Cada día, otro niño se queda sin comer.'],
  ['fr', 'Chaque jour où vous attendez, un enfant dort dehors.', 'Chaque jour, un enfant dort dehors.'],
  ['de', 'Jeden Tag, den du wartest, friert ein Hund im Zwinger.', 'Jeden Tag friert ein Hund im Zwinger.'],
  ['pt', 'Cada dia que você espera, uma criança passa fome.', 'Cada dia, uma criança passa fome.'],
  ['it', 'Ogni giorno che aspetti, un cane resta al freddo.', 'Ogni giorno, un cane resta al freddo.'],
  [
    'it',
    "Ogni notte che non doni, un'altra famiglia resta senza riscaldamento.",
    "Ogni notte, un'altra famiglia resta senza riscaldamento.",
  ],
  ['nl', 'Elke dag dat je wacht, slaapt een hond in de kou.', 'Elke dag slaapt een hond in de kou.'],
];

// Threats to the reader, news of waiting alone, too little said, and time that is no one's delay.
const LEFT: [Language, string][] = [
  ['en', 'Every day you wait, you lose money.'],
  ['en', 'Every day you wait, your competitors pull further ahead.'],
  ['en', 'Every second you scroll, it gets harder to start again.'],
  ['en', 'Every minute you wait, another animal goes without.'],
  ['en', 'Every hour you ignore this, another child suffers.'],
  ['en', 'Every week you join us, we learn something new.'],
  ['en', 'Every night, another dog sleeps outside.'],
  ['es', 'Cada día que pasa, otro niño se queda sin comer.'],
  ['it', 'Ogni giorno che aspetti, unico rimedio resta la donazione.'],
  ['de', 'Jeden Tag, den du wartest, verlierst du Geld.'],
  ['other', "Every night you don't give, another dog like Bella sleeps on a cold concrete floor."],
];

describe('an appeal whose news is tied to the reader’s delay', () => {
  it.each(UNTIED)('unties "%s: %s"', (language, sentence, untied) => {
    expect(withoutGuiltClause(sentence, language)).toBe(untied);
  });

  it.each(LEFT)('leaves "%s: %s" to the other cuts', (language, sentence) => {
    expect(withoutGuiltClause(sentence, language)).toBeNull();
  });
});
