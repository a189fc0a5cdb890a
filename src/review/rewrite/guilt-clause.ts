import type { Language } from '../types';

/**
 * An appeal that ties what happens to the reader's delay: "Every night you don't give, another dog
 * like Bella sleeps on a cold concrete floor.", "Every minute you scroll past this, another dog is
 * left alone in a cold kennel." The clause about the reader is the guilt; what happens every night is
 * the appeal's news, and often its only word on who the money is for. Blind raters marked versions
 * that cut such a sentence whole as having lost the cause ("dogs and kennels are gone entirely", "lost
 * Bella's name"), and ones that kept it as still a guilt trip. So the clause goes and the news
 * stays: "Every night, another dog like Bella sleeps on a cold concrete floor."
 *
 * Read by shape in each language: a time that repeats ("every night", "cada día", "jeden Tag"), a
 * short clause whose subject is the reader, then the main clause, which must not speak to the reader
 * itself ("Every day you wait, you lose money" is a threat, not news, and is left to the other cuts).
 */

interface GuiltShape {
  /** The repeating time, its clause about the reader, and the main clause after them. */
  pattern: RegExp;
  /** Words of the main clause that speak to the reader: such a clause is no news of the appeal's. */
  reader: RegExp;
  /**
   * How the main clause's subject opens: someone or something more ("another dog", "un niño", "ein
   * Hund"), not "it" or "the situation", whose news is only that waiting makes things worse.
   */
  someone: RegExp;
  /** Whether the main clause follows without a comma: German and Dutch put the verb right after the time. */
  verbSecond: boolean;
}

// The clause about the reader: a few words, no comma, no full stop.
const CLAUSE = String.raw`[^,.;:!?]{1,45}`;
// The main clause: a few words of its own, to the sentence's end.
const MAIN = String.raw`(\p{L}[^]{10,})`;

// Someone named in the main clause ("another dog like Bella"), a word in capitals after its first.
const NAMED = /\s\p{Lu}\p{Ll}/u;

// A main clause that ends on how bad things are, not on what happens: "…goes without", "…suffers".
const VAGUE_END =
  /(?<![\p{L}])(?:without|suffers?|struggles?)[.!…]*(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D))*\s*$/iu;

const SHAPES: Partial<Record<Language, GuiltShape>> = {
  en: {
    pattern: new RegExp(
      String.raw`^((?:every|each) (?:single )?(?:night|day|minute|hour|second|week|month|year|morning|evening|winter))(?: that)? you(?!['’]re)${CLAUSE},\s+${MAIN}$`,
      'iu',
    ),
    reader: /\b(?:you|your|yours|yourself)\b/iu,
    someone: /^(?:(?:yet )?another|an?|one|more|some|\d[\d,]*) /iu,
    verbSecond: false,
  },
  es: {
    pattern: new RegExp(
      String.raw`^((?:por )?cada (?:día|noche|minuto|hora|segundo|semana|mes|año|invierno))(?: en el)? que (?:no )?(?:tú )?\p{L}+(?:as|es)(?![\p{L}])[^,.;:!?]{0,40},\s+${MAIN}$`,
      'iu',
    ),
    reader: /(?<![\p{L}])(?:tú|tu|tus|te|ti|usted|ustedes|su|sus|vosotros)(?![\p{L}])/iu,
    someone: /^(?:otr[oa]s?|una?|unos|unas|más|\d[\d.]*) /iu,
    verbSecond: false,
  },
  fr: {
    pattern: new RegExp(
      String.raw`^(chaque (?:jour|nuit|minute|heure|seconde|semaine|mois|année|hiver))(?: où| que) (?:vous|tu) ${CLAUSE},\s+${MAIN}$`,
      'iu',
    ),
    reader: /(?<![\p{L}])(?:vous|votre|vos|tu|ton|ta|tes|toi)(?![\p{L}])/iu,
    someone: /^(?:(?:encore )?une?|plus de|des|\d[\d ]*) /iu,
    verbSecond: false,
  },
  de: {
    pattern: new RegExp(
      String.raw`^(jede[nrs]? (?:Tag|Nacht|Minute|Stunde|Sekunde|Woche|Monat|Jahr|Winter)),\s+(?:den|die|das|an dem|in der) (?:du|ihr|Sie) ${CLAUSE},\s+${MAIN}$`,
      'iu',
    ),
    reader: /(?<![\p{L}])(?:du|dich|dir|dein|deine|deinen|ihr|euch|euer|eure|Sie|Ihnen|Ihr|Ihre)(?![\p{L}])/u,
    someone: /^\p{L}+ (?:(?:noch |wieder )?(?:ein|eine|einer)|mehr|\d[\d.]*) /iu,
    verbSecond: true,
  },
  pt: {
    pattern: new RegExp(
      String.raw`^((?:a )?cada (?:dia|noite|minuto|hora|segundo|semana|mês|ano|inverno))(?: em)? que (?:não )?(?:(?:você|vocês|tu) ${CLAUSE}|\p{L}+(?:as|es)(?![\p{L}])[^,.;:!?]{0,40}),\s+${MAIN}$`,
      'iu',
    ),
    reader: /(?<![\p{L}])(?:você|vocês|tu|te|ti|seu|sua|seus|suas|teu|tua)(?![\p{L}])/iu,
    someone: /^(?:outr[oa]s?|uma?|mais|\d[\d.]*) /iu,
    verbSecond: false,
  },
  it: {
    pattern: new RegExp(
      String.raw`^(ogni (?:giorno|notte|minuto|ora|secondo|settimana|mese|anno|inverno))(?: in cui| che) (?:non )?(?:tu |voi )?\p{L}+(?:i|ate)(?![\p{L}])[^,.;:!?]{0,40},\s+${MAIN}$`,
      'iu',
    ),
    reader: /(?<![\p{L}])(?:tu|ti|te|tuo|tua|tuoi|tue|voi|vi|vostro|vostra)(?![\p{L}])/iu,
    someone: /^(?:(?:altr[oaie]|un|uno|una|più|\d[\d.]*) |un['’])/iu,
    verbSecond: false,
  },
  nl: {
    pattern: new RegExp(
      String.raw`^(elke (?:dag|nacht|minuut|uur|seconde|week|maand|jaar|winter))(?: dat| die| waarop) (?:je|jij|u) ${CLAUSE},\s+${MAIN}$`,
      'iu',
    ),
    reader: /(?<![\p{L}])(?:je|jij|jou|jouw|u|uw)(?![\p{L}])/iu,
    someone: /^\p{L}+ (?:(?:nog |weer )?een|meer|\d[\d.]*) /iu,
    verbSecond: true,
  },
};

/**
 * The sentence without its clause about the reader ("Every night, another dog like Bella sleeps on a
 * cold concrete floor."), or null when it is no such sentence.
 */
export function withoutGuiltClause(sentence: string, language: Language): string | null {
  const shape = SHAPES[language];
  if (!shape) return null;
  const match = shape.pattern.exec(sentence.trim());
  if (!match) return null;
  const [, time, main] = match as unknown as [string, string, string];
  if (shape.reader.test(main) || !(shape.someone.test(main) || NAMED.test(main))) return null;
  // "another animal goes without", "another child suffers": too little said to be the appeal's news.
  if (!NAMED.test(main) && (main.split(/\s+/u).length < 4 || VAGUE_END.test(main))) return null;
  return shape.verbSecond ? `${time} ${main}` : `${time}, ${main}`;
}
