import { PLACEHOLDER, type Draft } from '../draft';
import { execAll } from '../regex';

/** Things a post names: what a rewrite must keep, and what tells a pitch from a chat. */
export type EntityKind =
  | 'money'
  | 'percent'
  | 'number'
  | 'phone'
  | 'shortcode'
  | 'date'
  | 'person'
  | 'organisation'
  | 'url'
  | 'mention'
  | 'channel'
  | 'email'
  | 'hashtag'
  | 'code';

/** Offsets into `draft.text`, like every span of the analysis. */
export interface Entity {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
}

const CURRENCY = String.raw`(?:[£$€¥₹]|R\$|US\$|CHF|EUR|USD|GBP)`;
// "1,250", "12 500", "3.2m": no full stop or comma followed by a space inside ("$0. 412 Main St" is
// two things), and a suffix only where no word goes on after it.
const AMOUNT_SUFFIX = String.raw`(?:\s?(?:k|m|bn|mil|millones|millions|million|billion|mio\.?|mrd\.?)(?![\p{L}]))?`;
const AMOUNT = String.raw`\d(?:[\d']|[.,](?=\d)|\s(?=\d{3}(?!\d)))*\d${AMOUNT_SUFFIX}|\d${AMOUNT_SUFFIX}`;
const SHOUTED_AMOUNT_WORD = /\s?(?:MILLIONS?|BILLIONS?|MILLONES|MIL|MIO|MRD)\.?$/u;
const MONEY = new RegExp(
  String.raw`${CURRENCY}\s?(?:${AMOUNT})|(?:${AMOUNT})\s?(?:€|£|\$|eur|euros?|usd|dollars?|bucks|pounds?|quid|gbp|reais|chf|p\b)(?![\p{L}])|\b(?:free|gratis|gratuit|gratuita|gratuito|kostenlos|gratuitement)\b`,
  'giu',
);
const PERCENT =
  /\d+(?:[.,]\d+)?\s?%|\b\d+(?:[.,]\d+)?\s?(?:per ?cent|por ciento|pour cent|prozent|procent|per cento)\b/giu;
// Nine or more digits with the separators people type ("0800 123 4567", "+44 (0)20 7946 0958").
const PHONE = /(?<![\w\d])\+?\(?\d[\d\s().-]{7,}\d(?![\w\d])/gu;
// "Text WIN to 80080", "send STOP to 61234", "SMS JA an 12345".
const SHORTCODE =
  /\b(?:text|txt|sms|send|reply|envía|envie|manda|mande|envoyez|envoie|schick|sende|stuur|invia)\b[^.!?\n]{0,30}?\b(?:to|al|a|au|an|naar|para|para o)\s+(\d{4,6})\b/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** A hashtag as the analysis reads it; the rewrite counts and measures tags with the same pattern. */
export const HASHTAG = /(?<![\p{L}\p{N}&])#[\p{L}\p{N}_]+/gu;
const NUMBER = /(?<![\p{L}\p{N}])\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|x|k|m|bn|b)?(?![\p{L}\p{N}])/giu;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus';
/**
 * Nouns a Portuguese day name numbers instead ("segunda oportunidad", "quinta edição"): there it is an
 * ordinal, no day.
 */
export const ORDINAL_NOUNS =
  'oportunidad|oportunidade|vez|chance|parte|edición|edição|mano|mão|temporada|ronda|rodada|fase|época|clase|classe|categoría|categoria|generación|geração|opción|opção';
const DAYS = `mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tonight|tomorrow|yesterday|this weekend|next week|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|mañana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|demain|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|(?:segunda|terça|quarta|quinta|sexta)(?!\\s+(?:${ORDINAL_NOUNS})\\b)|hoje|amanhã|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|oggi|domani|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag`;
const DATE = new RegExp(
  String.raw`\b(?:(?:${DAYS})\b|(?:\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:${MONTHS})\b|(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?\b)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|q[1-4]\b|(?:19|20)\d\d\b)`,
  'giu',
);
// Capitalised words in a row, not at a sentence start: names of people and organisations.
const NAME =
  /(?<![\p{L}\p{N}'’&])(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2,5}(?=\s\p{Lu}))(?:\s(?:de |van |von |da |di |del |la )?\p{Lu}[\p{L}\p{M}'’&-]*){0,3}/gu;
const ORG_SUFFIX =
  /\s(?:Inc|Ltd|LLC|GmbH|AG|SA|S\.A|SAS|SL|BV|NV|PLC|Plc|Corp|Co|Group|Labs|Bank|Foundation|Trust|Council|University|College|Hospital|Society|Association|Club|Ventures|Partners|Capital|Studios?)\.?$/u;
// Words people shout in capitals: not acronyms of organisations.
const SHOUTED = new Set(
  'WIN WON FREE NOW SALE OFF NEW STOP YES NO HELP INFO CALL TEXT TXT REPLY URGENT TODAY LAST BIG HOT WOW OMG LOL ASAP FYI DM PS BOGO VIP ALL OUT GO BUY SHOP ONLY FINAL HURRY DEAL DEALS CASH PRIZE'.split(
    ' ',
  ),
);
const CAPITALISED_FUNCTION_WORDS = new Set(
  'I The A An We Our You Your My This That These Those It Its He She They Their And But Or So If When What Why How Who Where Which Thanks Thank Hi Hey Hello Dear Happy Congrats Congratulations Join Meet Welcome Please Just New Big Today Tomorrow Yesterday Last Next All Every Each No Not Yes Ok OK PS Re Fwd Get Buy Shop Order Book Call Text Free Sale Only Now Here There Also Then Don Do Does Did Is Are Was Were Will Can Could Would Should Let Check See Read'.split(
    ' ',
  ),
);

// Cheap pre-checks: the full patterns only run on drafts that could contain what they find.
const FREE_WORD = /free|gratis|gratuit|kostenlos|grátis/i;
const FOUR_DIGITS = /\d{4}/;
const DATE_WORD = new RegExp(String.raw`(?:${DAYS})|(?:${MONTHS})`, 'i');

function collect(into: Entity[], text: string, pattern: RegExp, kind: EntityKind, group = 0): void {
  for (const match of execAll(text, pattern)) {
    const value = match[group];
    if (!value) continue;
    const start = (match.index ?? 0) + (group === 0 ? 0 : match[0].indexOf(value));
    into.push({ kind, start, end: start + value.length, text: value });
  }
}

function overlaps(entity: Entity, taken: readonly Entity[]): boolean {
  return taken.some((other) => entity.start < other.end && other.start < entity.end);
}

/** Names, figures, dates and ways to reply, found once per draft; more specific kinds win overlaps. */
export function findEntities(draft: Draft, sentenceStarts: ReadonlySet<number>): Entity[] {
  const { text } = draft;
  const found: Entity[] = [];
  let index = 0;
  for (const span of draft.protectedSpans) {
    // Protected spans sit in `text` as one placeholder character each, in order.
    const at = text.indexOf(PLACEHOLDER[span.kind], index);
    if (at === -1) continue;
    index = at + 1;
    const kind: EntityKind | null =
      span.kind === 'url'
        ? span.value.startsWith('mailto:')
          ? 'email'
          : 'url'
        : span.kind === 'mention' || span.kind === 'special'
          ? 'mention'
          : span.kind === 'channel'
            ? 'channel'
            : span.kind === 'code'
              ? 'code'
              : null;
    if (kind) found.push({ kind, start: at, end: at + 1, text: span.value });
  }
  // Cheap checks first: most drafts have no '@', '#' or digits, and their patterns need not run.
  const digits = /\d/.test(text);
  const layers: [RegExp, EntityKind, number?][] = [];
  if (text.includes('@')) layers.push([EMAIL, 'email']);
  // A short code is four to six digits in a row.
  if (FOUR_DIGITS.test(text)) layers.push([SHORTCODE, 'shortcode', 1]);
  if (digits) layers.push([PHONE, 'phone']);
  if (digits || FREE_WORD.test(text)) layers.push([MONEY, 'money']);
  if (digits) layers.push([PERCENT, 'percent']);
  if (digits || DATE_WORD.test(text)) layers.push([DATE, 'date']);
  if (text.includes('#')) layers.push([HASHTAG, 'hashtag']);
  if (digits) layers.push([NUMBER, 'number']);
  for (const [pattern, kind, group] of layers) {
    const layer: Entity[] = [];
    collect(layer, text, pattern, kind, group);
    for (const entity of layer) {
      if (kind === 'phone' && entity.text.replace(/\D/g, '').length < 9) continue;
      // "$2.4 MILLION RED PANDA HABITAT": a shouted headline's word is the calmer voice's to lower;
      // the sum is its figure.
      const shouted = kind === 'money' ? SHOUTED_AMOUNT_WORD.exec(entity.text) : null;
      if (shouted) {
        entity.text = entity.text.slice(0, shouted.index);
        entity.end -= shouted[0].length;
      }
      if (!overlaps(entity, found)) found.push(entity);
    }
  }
  const names: Entity[] = [];
  collect(names, text, NAME, 'person');
  for (const name of names) {
    let { start, text: value } = name;
    // A capitalised word that opens a sentence is usually just the first word, unless a name follows.
    const words = value.split(/\s+/);
    while (
      words.length > 0 &&
      (sentenceStarts.has(start) || CAPITALISED_FUNCTION_WORDS.has(words[0] as string))
    ) {
      const dropped = words.shift() as string;
      start += dropped.length + 1;
      while (text[start] === ' ') start++;
      if (
        !sentenceStarts.has(start) &&
        words.length > 0 &&
        !CAPITALISED_FUNCTION_WORDS.has(words[0] as string)
      )
        break;
    }
    if (words.length === 0) continue;
    value = words.join(' ');
    if (value.length < 2 || (/^\p{Lu}+$/u.test(value) && (value.length > 5 || SHOUTED.has(value)))) continue;
    const entity: Entity = {
      kind: ORG_SUFFIX.test(value) || /^\p{Lu}{2,5}$/u.test(value) ? 'organisation' : 'person',
      start,
      end: start + value.length,
      text: value,
    };
    if (!overlaps(entity, found)) found.push(entity);
  }
  return found.sort((a, b) => a.start - b.start);
}
