import { BloomFilter } from '../../src/review/bloom';
import { germanCase, isKnownWord, withoutAcutes } from '../../src/review/known-words';

describe('known words: a shouted word or a name', () => {
  it.each([
    ['REBAJAS', 'es'],
    ['RELÁMPAGO', 'es'],
    ['OBLIGATORIO', 'es'],
    ['SOLDES', 'fr'],
    ["JUSQU'À", 'fr'],
    ['LIVRAISON', 'fr'],
    ['ANTECIPADA', 'pt'],
    ['DESCONTO', 'pt'],
    ['STAMPA', 'it'],
    ['SCORTE', 'it'],
    // The lists write "menu" and "caffe" without the final accent.
    ['MENÙ', 'it'],
    // Shop talk borrowed from English.
    ['OUTLET', 'es'],
  ])('%s is a word of %s', (word, language) => {
    expect(isKnownWord(word, language as 'es')).toBe(true);
  });

  it.each([
    ['PREAPROBADO', 'es', 'a prefix before a known word'],
    ['ANUNCIAROS', 'es', 'an infinitive with its pronoun'],
    ['LIMITADÍSSIMAS', 'pt', 'a superlative'],
    ['RIMBORSABILE', 'it', 'a verb made into "can be done"'],
    ['FINANÇABLE', 'fr', 'the same in French'],
  ])('%s is a word of %s (%s)', (word, language) => {
    expect(isKnownWord(word, language as 'es')).toBe(true);
  });

  it.each([
    ['MÉRIDA', 'es'],
    ['MÉNDEZ', 'es'],
    ['ALPUJARRA', 'es'],
    ['DUVERGER', 'fr'],
    ['VERNEUIL', 'fr'],
    ['GENNARO', 'it'],
    ['BELLINI', 'it'],
    ['NUAGEFLOW', 'fr'],
  ])('%s is a name in %s', (word, language) => {
    expect(isKnownWord(word, language as 'es')).toBe(false);
  });

  it('takes a word of any of the four languages, since a line may be guessed as another', () => {
    expect(isKnownWord('STAMPA', 'es')).toBe(true);
  });

  it('asks the English dictionary in English, and takes every word of a language without a list', () => {
    expect(isKnownWord('CLEANING', 'en')).toBe(true);
    expect(isKnownWord('DENVER', 'en')).toBe(false);
    expect(isKnownWord('UITVERKOOP', 'nl')).toBe(true);
    expect(isKnownWord('ANYTHING', 'other')).toBe(true);
  });

  it('reads Spanish without acute accents, as its list is written', () => {
    expect(withoutAcutes('relámpago')).toBe('relampago');
    expect(withoutAcutes('niño')).toBe('niño');
  });
});

describe('the Bloom filter under the word lists', () => {
  it('keeps what was added, through its file, and rarely claims what was not', () => {
    const filter = BloomFilter.sized(2000, 0.01);
    for (let index = 0; index < 2000; index++) filter.add(`word-${index}`);
    const read = BloomFilter.from(filter.serialise());
    for (let index = 0; index < 2000; index++) expect(read.has(`word-${index}`)).toBe(true);
    let claimed = 0;
    for (let index = 0; index < 10000; index++) if (read.has(`other-${index}`)) claimed++;
    // Sized for 1%: well under 3% of keys never added answer "maybe".
    expect(claimed).toBeLessThan(300);
  });

  it('refuses a file that is not one', () => {
    expect(() => BloomFilter.from(new Uint8Array(16))).toThrow(/not a Bloom filter/u);
  });
});

describe('how German writes a word inside a sentence', () => {
  it.each([
    ['VERBOTEN', 'small', 'a participle its frequent words write small'],
    ['STRENG', 'small', '"streng" far more often than "Streng" (a sentence\'s first word)'],
    ['JETZT', 'small', 'an adverb'],
    ['AUSGEBUCHT', 'small', 'a participle neither list holds, by its form'],
    ['KOSTENLOS', 'small', 'an adjective by its ending'],
    ['HAUSFLUR', 'capital', 'a noun'],
    ['FAHRZEUGE', 'capital', 'a plural noun'],
    ['ANGEBOT', 'capital', 'a noun of shop talk'],
  ])('%s is written %s (%s)', (word, kind) => {
    expect(germanCase(word)).toBe(kind);
  });

  it('gives no answer where German writes both ("morgen", "Morgen") or nothing says', () => {
    expect(germanCase('MORGEN')).toBeNull();
    expect(germanCase('XQZVTR')).toBeNull();
  });
});
