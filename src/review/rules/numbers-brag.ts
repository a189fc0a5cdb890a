import type { SentenceAnalysis } from '../analysis';
import { docsAnchor, type Rule } from '../rule';
import type { Language } from '../types';
import { quotationMap } from '../text';

// Verbs of the sender's own achievements, by language: hiring, raising, growing, reaching, winning.
const ACHIEVEMENT: Record<Exclude<Language, 'other'>, RegExp> = {
  en: /\b(?:hired|raised|grew|grown|reached|hit|crossed|passed|surpassed|exceeded|closed|processed|shipped|onboarded|signed|doubled|tripled|quadrupled|won|ranked|named|recogni[sz]ed|awarded|expanded|scaled|broke|smashed|served|sold|welcomed|opened|celebrat(?:e|es|ed|ing)|record|milestone|growth|revenue|arr|mrr|valuation|headcount|unicorn|onwards and upwards)\b/i,
  es: /\b(?:contratamos|alcanzamos|superamos|crecimos|cerramos|facturamos|ganamos|vendimos|duplicamos|abrimos|hemos (?:contratado|alcanzado|superado|crecido|cerrado|ganado|vendido|abierto)|récord|hito|facturación|crecimiento)\b/i,
  fr: /\b(?:avons (?:recruté|atteint|dépassé|levé|franchi|gagné|vendu|doublé|ouvert)|recruté|atteint|dépassé|levé|franchi|record|cap|chiffre d'affaires|croissance)\b/i,
  de: /\b(?:haben (?:\S+ )*(?:eingestellt|erreicht|übertroffen|gewonnen|verkauft|verdoppelt|eröffnet)|eingestellt|erreicht|übertroffen|gewachsen|rekord|meilenstein|umsatz|wachstum)\b/i,
  pt: /\b(?:contratamos|alcançamos|superamos|crescemos|batemos|fechamos|faturamos|ganhamos|vendemos|dobramos|abrimos|recorde|marco|faturamento|crescimento)\b/i,
  it: /\b(?:abbiamo (?:assunto|raggiunto|superato|chiuso|vinto|venduto|raddoppiato|aperto)|assunto|raggiunto|superato|cresciuti|record|traguardo|fatturato|crescita)\b/i,
  nl: /\b(?:hebben (?:\S+ )*(?:aangenomen|bereikt|overschreden|gewonnen|verkocht|verdubbeld|geopend)|bereikt|gegroeid|record|mijlpaal|omzet|groei)\b/i,
};
const FIGURES = new Set(['number', 'money', 'percent']);
// "We're closed Mon 3 – Wed 5", "the office is open from 9": a state the reader needs, no deed done.
const OPEN_OR_CLOSED =
  /\b(?:are|'re|’re|is|be|been|being|remain|remains|stay|stays|were|was)\s+(?:now\s+|still\s+|temporarily\s+)?(?:closed|open(?:ed)?)\b/giu;
// "El martes abrimos a las 9", "open from 8am", "ab 10 Uhr": a figure on the clock is no achievement.
const CLOCK_BEFORE =
  /(?:\b(?:at|from|until|till|til|a las|a la|às|as|à|um|ab|bis|alle|dalle|om|van|tot|de|desde|hasta|até)\s*|[–-]\s*)$/iu;
const CLOCK_AFTER = /^(?:\s?(?:am|pm|a\.m\.|p\.m\.|h\b|uhr|u\b|horas|hrs?)|[:.h]\d{2}|\s*[–-]\s*\d)/iu;

function onTheClock(text: string, start: number, end: number): boolean {
  return (
    CLOCK_AFTER.test(text.slice(end, end + 8)) ||
    CLOCK_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}
/** The sentence with what stands inside quotation marks blanked out. */
function unquoted(text: string, start: number, end: number): string {
  const quoted = quotationMap(text);
  let out = '';
  for (let i = start; i < end; i++) out += quoted[i] === 1 ? ' ' : (text[i] as string);
  return out;
}

// Verbs conjugated for "we", for languages that drop the pronoun ("hemos superado", "crescemos").
const WE_VERB: Partial<Record<Language, RegExp>> = {
  es: /\b(?:hemos|\p{L}+(?:amos|emos|imos))\b/iu,
  pt: /\b(?:temos|\p{L}+(?:amos|emos|imos))\b/iu,
  it: /\b(?:abbiamo|\p{L}+iamo)\b/iu,
  fr: /\b(?:avons|sommes)\b/iu,
};

export const rule: Rule = {
  meta: {
    id: 'numbers-brag',
    category: 'broadcast',
    principle: 'value',
    severity: 'warning',
    shape: 'structure',
    description:
      "All about us: the sender's own figures, hires, awards or growth, with nothing for the reader and no way in.",
    why:
      'A post made of our numbers asks the reader to applaud and nothing else. The same news lands when it says ' +
      'what it means for the people reading, thanks the people who made it, and leaves room for a reply.',
    docs: docsAnchor('numbers-brag'),
    languages: Object.keys(ACHIEVEMENT) as Exclude<Language, 'other'>[],
    example: {
      bad: "We've hired 40 engineers this quarter and our platform now processes 2B events a day. Onwards and upwards.",
      better:
        'Forty engineers joined us this quarter, which is why your dashboards now load in under a second. If you have noticed a difference, what changed for you?',
    },
  },
  check(context) {
    const { analysis, language } = context;
    if (language === 'other') return;
    // A post that talks to the reader or asks them something is not only about the sender.
    if (analysis.counts.second > 0 || analysis.counts.questions > 0) return;
    const pattern = ACHIEVEMENT[language];
    const brags: SentenceAnalysis[] = [];
    const { text } = analysis.draft;
    for (const sentence of analysis.sentences) {
      // A title in quotes ("…Without Scaling Headcount") names a talk, not a deed of ours.
      if (!pattern.test(unquoted(text, sentence.start, sentence.end).replace(OPEN_OR_CLOSED, ' '))) continue;
      const aboutUs =
        sentence.firstPerson > 0 ||
        analysis.counts.firstPlural + analysis.counts.firstSingular > 0 ||
        (WE_VERB[language]?.test(sentence.text) ?? false);
      const figure = analysis.entities.some(
        (entity) =>
          FIGURES.has(entity.kind) &&
          entity.start >= sentence.start &&
          entity.end <= sentence.end &&
          !(entity.kind === 'number' && onTheClock(text, entity.start, entity.end)),
      );
      if (
        aboutUs &&
        (figure || /record|milestone|onwards|récord|rekord|recorde|mijlpaal|traguardo/i.test(sentence.text))
      )
        brags.push(sentence);
    }
    const first = brags[0];
    if (!first) return;
    context.report({
      start: first.start,
      end: first.end,
      message:
        brags.length > 1
          ? `${brags.length} sentences of our own figures and nothing for the reader to take or answer.`
          : 'Our own figures, with nothing for the reader to take or answer.',
      suggestion: 'Say what the news means for the reader, thank who made it happen, and ask them something.',
    });
  },
};
