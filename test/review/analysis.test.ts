import { analyse } from '../../src/review/analysis';
import { parseDraft } from '../../src/review/draft';
import type { Language } from '../../src/review/types';

const read = (text: string, language?: Language) => analyse(parseDraft(text), language);
const kinds = (text: string) => read(text).entities.map((entity) => `${entity.kind}:${entity.text}`);

describe('the shared analysis of a draft', () => {
  it('splits sentences and keeps token offsets into the draft text', () => {
    const text = 'Thanks Dana! What would you try first?';
    const analysis = read(text);
    expect(analysis.sentences.map((sentence) => sentence.text)).toEqual([
      'Thanks Dana!',
      'What would you try first?',
    ]);
    for (const token of analysis.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(analysis.sentences[1]?.question).toBe(true);
  });

  it('ends no sentence on a full stop inside a price, a handle or a version', () => {
    const analysis = read('Mince pies are £3.75. Follow @copperkettle.eastleigh for more! v2.1 ships today.');
    expect(analysis.sentences.map((sentence) => sentence.text)).toEqual([
      'Mince pies are £3.75.',
      'Follow @copperkettle.eastleigh for more!',
      'v2.1 ships today.',
    ]);
  });

  it('finds imperatives aimed at the reader and tells transactional ones apart', () => {
    const analysis = read(
      'Text WIN to 80080 now. Check out the photos from Saturday. Call 0800 123 4567 to claim.',
    );
    expect(
      analysis.sentences.map(
        (sentence) => sentence.imperative && [sentence.imperative.verb, sentence.imperative.transactional],
      ),
    ).toEqual([
      ['Text', true],
      ['Check', false],
      ['Call', true],
    ]);
  });

  it('reads an order that opens a clause with "please"', () => {
    const analysis = read(
      "It's on Steam now for $14.99, please buy it. We met at 9, pleased to see everyone. If it keeps whistling, please call us on 01632 960 418.",
    );
    expect(analysis.sentences.map((sentence) => sentence.imperative?.verb ?? null)).toEqual([
      'buy',
      null,
      null,
    ]);
  });

  it('does not read a noun or a statement as an order', () => {
    const analysis = read('Book club meets on Tuesday. We booked the room. Do you want to come?');
    expect(analysis.sentences.every((sentence) => sentence.imperative === null)).toBe(true);
  });

  it('reads imperatives in the other covered languages', () => {
    expect(read('Compra ya tu entrada para el sábado.', 'es').sentences[0]?.imperative?.verb).toBe('Compra');
    expect(read('Kaufen Sie jetzt und sparen Sie 20 %.', 'de').sentences[0]?.imperative?.transactional).toBe(
      true,
    );
    expect(read('Réservez votre table dès maintenant.', 'fr').sentences[0]?.imperative?.verb).toBe(
      'Réservez',
    );
  });

  it('counts who is addressed: the sender or the reader', () => {
    const us = read("We've hired 40 engineers and our platform now processes 2B events a day.");
    expect(us.counts.firstPlural).toBe(2);
    expect(us.counts.second).toBe(0);
    const you = read('Your photos from the fair are up. Which one is yours?');
    expect(you.counts.second).toBe(2);
    expect(you.counts.questions).toBe(1);
  });

  it('finds money, percentages, phone numbers, short codes, dates, links and names', () => {
    expect(kinds('Text WIN to 80080 for a £500 voucher, 20% off until Friday. Call 0800 123 4567.')).toEqual([
      'shortcode:80080',
      'money:£500',
      'percent:20%',
      'date:Friday',
      'phone:0800 123 4567',
    ]);
    expect(
      kinds('Huge thanks to Dana Okafor and the team at Acme Inc for https://example.com/report'),
    ).toEqual(['person:Dana Okafor', 'organisation:Acme Inc', 'url:https://example.com/report']);
  });

  it('reads the tense of a sentence and the intent of the draft', () => {
    const past = read(
      'Thank you to everyone who came to the meetup last night. We had 80 people and three great talks.',
    );
    expect(past.sentences[0]?.tense).toBe('past');
    expect(read('Join our webinar next Thursday at 4pm: we will walk through the new API.').intent).toBe(
      'event',
    );
    expect(read('Congratulations! You have won a prize. Text WIN to 80080 to claim.').intent).toBe(
      'giveaway',
    );
    expect(read('Welcome to the team, Mark! He joins us from Lisbon.').intent).toBe('welcome');
    expect(read('Spring sale: 30% off everything with code SPRING.').intent).toBe('offer');
  });

  it('counts superlatives and shouting', () => {
    const analysis = read('The FASTEST and most reliable tool on the market. BUY NOW!!!');
    expect(analysis.counts.superlatives).toBeGreaterThanOrEqual(2);
    expect(analysis.counts.capsWords).toBe(3);
    expect(analysis.counts.exclamations).toBe(3);
  });

  it('keeps its spans within the draft text for awkward input', () => {
    for (const text of [
      '',
      '   ',
      '🎉',
      '<@U123> <https://x.y|link> :wave:',
      'a'.repeat(5000),
      '¿¡?!',
      '\u200f\u202e',
    ]) {
      const analysis = read(text);
      for (const token of analysis.tokens) expect(token.end).toBeLessThanOrEqual(analysis.draft.text.length);
      for (const entity of analysis.entities)
        expect(entity.end).toBeLessThanOrEqual(analysis.draft.text.length);
    }
  });
});
