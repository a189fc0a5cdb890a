import type { DraftAnalysis } from '../analysis';
import { asksSomething } from '../invitation';
import type { Language } from '../types';
import { mask, unmask, ABBREVIATION_BEFORE } from './edits';
import { closingQuestion, isFormalNotice } from './questions';
import { revoice } from './voice';
import { findReplyPaths, type ReplyPath } from './reply-paths';

/**
 * The plan: what the rewrite keeps, drops, softens and asks, sentence by sentence, from the
 * draft's intent. It reads the text the targeted edits left (hype, countdowns and shouting already
 * gone) and decides the shape: the news first, every fact kept, pressure with nothing in it
 * dropped, orders that carry a reply path turned into invitations, one question that fits before
 * the sign-off and the hashtags.
 */

/** `frame`: what wraps the post for colleagues ("Draft tweet:", code fences): kept where it is. */
export type UnitRole = 'content' | 'pressure' | 'reply-path' | 'sign-off' | 'hashtags' | 'frame';

export interface Unit {
  text: string;
  role: UnitRole;
  /** Index of the line the unit sits on, so line breaks survive. */
  line: number;
  /** Whether the unit carries a fact (a figure, a link, a name, a date). */
  factual: boolean;
}

export interface Plan {
  language: Language;
  units: Unit[];
  question: string | null;
  /** A second question for the question-led variant. */
  altQuestion: string | null;
  /** The intent's other question, for a warm variant that closes differently. */
  otherQuestion: string | null;
}

const TOKEN = /[\uF000-\uF7FF]/u;
const SIGN_OFF =
  /^(?:[—–-]+\s*\S.{0,40}|(?:cheers|thanks|best|love|regards|warmly|xx|abrazos|saludos|bisous|grüße|liebe grüße|abraços|un abbraccio|groetjes)[,!.]?(?:\s+\S.{0,30})?)$/iu;
const HASHTAG_LINE = /^(?:\s*(?:#[\p{L}\p{N}_]+|\p{Extended_Pictographic}|\uFE0F|\u200D)\s*)+$/u;

// Pressure with nothing in it: said without a fact, the sentence only pushes.
const PRESSURE: Record<Exclude<Language, 'other'>, RegExp> = {
  en: /\b(?:don'?t be the one|if you'?re serious about|you deserve (?:it|this|better)|treat yourself|don'?t miss(?: out)?|hurry|act (?:now|fast)|last chance|limited (?:time|spots|stock|edition)|while (?:stocks?|supplies) last|before (?:it'?s|they'?re|they are|it is) gone|grab (?:yours|one|it)|get (?:yours|it) (?:now|today|while)|order (?:now|today)|buy (?:now|today)|shop (?:now|today)|sign up (?:now|today)|what are you waiting for|don'?t wait|you (?:won'?t|will not) (?:regret|want to miss)|run,? don'?t walk|snap (?:it|them|one) up|go go go|selling fast|almost gone|now or never|tag (?:a friend|someone|your)|like and share|smash (?:that|the)|follow (?:us|me) for|click (?:the )?link)\b/iu,
  es: /\b(?:no te lo pierdas|date prisa|corre|última oportunidad|por tiempo limitado|hasta agotar|compra ya|reserva ya|no esperes|etiqueta a)\b/iu,
  fr: /\b(?:ne (?:le )?manquez pas|dépêchez-vous|vite|dernière chance|durée limitée|jusqu'à épuisement|achetez maintenant|n'attendez pas|identifiez)\b/iu,
  de: /\b(?:nicht verpassen|beeilt euch|schnell sein|letzte chance|nur für kurze zeit|solange der vorrat reicht|jetzt kaufen|jetzt bestellen|worauf wartet ihr|markiert)\b/iu,
  pt: /\b(?:não perca|corre que|corra|última chance|por tempo limitado|enquanto durarem|compre já|garanta já|não espere|marque)\b/iu,
  it: /\b(?:non perdere|non perdetevi|affrettati|ultima occasione|per tempo limitato|fino a esaurimento|compra ora|non aspettare|tagga)\b/iu,
  nl: /\b(?:mis het niet|snel zijn|laatste kans|voor korte tijd|op is op|koop nu|bestel nu|wacht niet|tag)\b/iu,
};

// Self-praise with nothing in it: the reader learns nothing from it, an editor cuts it.
const SELF_PRAISE: Record<Exclude<Language, 'other'>, RegExp> = {
  en: /\b(?:proud doesn'?t (?:even )?cover it|our people are our greatest asset|(?:a )?(?:huge|big|proud) moment for (?:us|our|the team)|watch this space|stay tuned|exciting times ahead|(?:this is )?just the beginning|fingers crossed|couldn'?t be prouder|we did it|onwards and upwards|more to come|big things (?:are )?coming|(?:a )?(?:recognition|testament) (?:of|to) our|we'?re just getting started|the best is yet to come|dreams do come true|hard work pays off|reflects? our (?:continued |ongoing |long-standing )?commitment|testament to (?:our|the)|(?:is|are|remains?) our (?:highest|top|number one|first) priority|committed to (?:excellence|quality|innovation|delivering)|our (?:people|team) (?:are|is) (?:our|the) (?:greatest|biggest|most)|proud (?:of|to be part of) (?:our|this) (?:team|journey))\b/iu,
  es: /\b(?:esto recién empieza|esto es solo el comienzo|estamos muy orgullosos|lo mejor está por venir|seguimos creciendo)\b/iu,
  fr: /\b(?:ce n'est que le début|nous sommes (?:très )?fiers|le meilleur reste à venir)\b/iu,
  de: /\b(?:das ist erst der anfang|wir sind (?:sehr )?stolz|das beste kommt noch)\b/iu,
  pt: /\b(?:isso é só o começo|estamos muito orgulhosos|o melhor ainda está por vir)\b/iu,
  it: /\b(?:è solo l'inizio|siamo (?:molto )?orgogliosi|il meglio deve ancora venire)\b/iu,
  nl: /\b(?:dit is pas het begin|we zijn (?:erg )?trots|het beste moet nog komen)\b/iu,
};

// The words that open an invitation in place of an order, per language and per kind of reply path.
const IF_YOU_LIKE: Record<Exclude<Language, 'other'>, { talk: string; interested: string }> = {
  en: { talk: "If you'd like to talk", interested: "If you're interested" },
  es: { talk: 'Si quieres hablar', interested: 'Si te interesa' },
  fr: { talk: 'Si vous voulez en parler', interested: 'Si ça vous intéresse' },
  de: { talk: 'Wenn ihr reden möchtet', interested: 'Wenn ihr mögt' },
  pt: { talk: 'Se quiser conversar', interested: 'Se tiver interesse' },
  it: { talk: 'Se vuoi parlarne', interested: 'Se ti interessa' },
  nl: { talk: 'Als je wilt praten', interested: 'Als je wilt' },
};
const BIO_LINE: Record<Exclude<Language, 'other'>, string> = {
  en: 'The link is in our bio.',
  es: 'El enlace está en nuestra bio.',
  fr: 'Le lien est dans notre bio.',
  de: 'Der Link ist in unserer Bio.',
  pt: 'O link está na nossa bio.',
  it: 'Il link è nella nostra bio.',
  nl: 'De link staat in onze bio.',
};

// A sentence that opens on an order (after any emoji or "Please").
const OPENS_ON_VERB =
  /^(?:please\s+|just\s+|👉\s*|➡️\s*)?(?:reply|respond|comment|answer|text|txt|send|type|dm|pm|message|call|ring|phone|whatsapp|email|e-mail|mail|drop|tap|click|visit|head|go|check|grab|get|use|enter|book|order|buy|shop|sign|register|join|follow|responde|responda|escríbenos|escribe|llámanos|llama|envía|manda|comenta|répondez|écrivez|appelez|envoyez|commentez|antworte|antwortet|schreibt|schreib|ruft|ruf|schickt|kommentiert|responda|escreva|ligue|mande|comente|rispondi|scrivici|scrivi|chiamaci|manda|commenta|reageer|stuur|bel|typ)\b/iu;

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
function decapitalise(text: string): string {
  if (/^dm\b/u.test(text)) return `DM${text.slice(2)}`;
  // "DM us" and names keep their capitals; an ordinary opening word does not.
  if (/^(?:\p{Lu}{2}|\p{Lu}\p{Ll}*\s+\p{Lu})/u.test(text) || /^I\b/.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

const CONTACT_VERB =
  /^(?:please\s+)?(?:dm|pm|message|call|text|email|e-mail|whatsapp|ring|phone)\s+(?:us|me)\b/iu;

/** An order that carries a reply path, said as an invitation: "Reply YES if you'd like us to set it up." */
export function asInvitation(sentence: string, paths: readonly ReplyPath[], language: Language): string {
  if (language === 'other') return sentence;
  const body = sentence.replace(/[.!]+$/u, '').trim();
  const end = '.';
  if (paths.every((path) => path.kind === 'bio') && body.replace(/[^\p{L}]/gu, '').length <= 12)
    return BIO_LINE[language];
  if (!OPENS_ON_VERB.test(body)) return sentence.replace(/!+$/u, '.');
  if (language === 'en') {
    // An order's hurry goes: "DM us today" is "DM us".
    const calm = body.replace(/\s+(?:today|now|right now|asap|immediately|straight away)\b/giu, '');
    // "Reply YES and we'll set it up" → "Reply YES if you'd like us to set it up".
    const promise = /^(.+?)\s+and\s+(we|I)(?:'ll|’ll| will)\s+(.+)$/u.exec(calm);
    if (promise) {
      const who = promise[2] === 'I' ? 'me' : 'us';
      // "Message us and we'll…" opens on the condition; "Reply YES and we'll…" keeps its keyword first.
      return CONTACT_VERB.test(promise[1] as string)
        ? `If you'd like ${who} to ${promise[3]}, ${decapitalise(promise[1] as string)}${end}`
        : `${promise[1]} if you'd like ${who} to ${promise[3]}${end}`;
    }
    // "DM us to book" → "If you'd like to book, DM us": the way to reply, offered instead of ordered.
    const purpose =
      /^((?:please\s+)?(?:dm|pm|message|call|text|email|e-mail|whatsapp|ring|phone)\s+(?:us|me)\b.*?)\s+to\s+(.+)$/iu.exec(
        calm,
      );
    if (purpose) {
      const contact = (purpose[1] as string).replace(/^please\s+/iu, '');
      return `If you'd like to ${purpose[2]}, ${decapitalise(contact)}${end}`;
    }
    if (calm !== body) return asInvitation(calm, paths, language);
  }
  // "Comment YES if you want access": already conditional, only calmer.
  if (/\b(?:if|si|wenn|se|als)\b/iu.test(body)) return `${body}${end}`;
  const lead = paths.some((path) => path.kind === 'call')
    ? IF_YOU_LIKE[language].talk
    : IF_YOU_LIKE[language].interested;
  const rest = body.replace(/^(?:please\s+|just\s+)/iu, '');
  return `${lead}, ${decapitalise(rest)}${end}`;
}

interface RawUnit {
  text: string;
  line: number;
}

/** Lines, then sentences inside each line, on masked text (links and mentions are one character). */
function splitUnits(masked: string): RawUnit[] {
  const units: RawUnit[] = [];
  masked.split(/\n+/).forEach((line, index) => {
    let current = '';
    for (const piece of line.split(/(?<=[.!?…])\s+/u)) {
      current = current ? `${current} ${piece}` : piece;
      if (ABBREVIATION_BEFORE.test(current)) continue;
      if (current.trim()) units.push({ text: current.trim(), line: index });
      current = '';
    }
    if (current.trim()) units.push({ text: current.trim(), line: index });
  });
  return units;
}

const FENCE = /^```[\w-]*$|^```$/u;
// "Draft tweet:", "Draft for LinkedIn:", "For X pls @sam:": a note to colleagues before the post.
const PREAMBLE =
  /^(?:[\uF000-\uF7FF]\s*)?(?:(?:here'?s\s+(?:the|my|a|our)\s+)?(?:draft|copy|caption|tweet|post)\b[^:\n.!?]{0,40}|for (?:linkedin|x|twitter|instagram|insta|facebook|fb|threads|bluesky|tiktok|mastodon|the newsletter)\b[^:\n.!?]{0,40}):[ \t]*/iu;

function factual(text: string, names: readonly string[]): boolean {
  return (
    /\p{N}/u.test(text) || TOKEN.test(text) || names.some((name) => text.includes(name)) || /@|#/.test(text)
  );
}

/**
 * Plans a rewrite of `edited` (the draft after the targeted edits) for a draft read as `analysis`.
 * The plan keeps the order of the draft; it only drops, softens and adds.
 */
export function planRewrite(analysis: DraftAnalysis, edited: string, pitchQuestion = false): Plan {
  const { language } = analysis;
  const { masked, tokens } = mask(edited);
  const names = analysis.entities
    .filter((entity) => entity.kind === 'person' || entity.kind === 'organisation' || entity.kind === 'date')
    .map((entity) => entity.text);
  const raw = splitUnits(masked);
  const preamble = raw[0] ? PREAMBLE.exec(raw[0].text) : null;
  if (preamble && raw[0]) {
    const rest = raw[0].text.slice(preamble[0].length);
    raw.splice(
      0,
      1,
      { text: preamble[0].trim(), line: raw[0].line },
      ...(rest ? [{ text: rest, line: raw[0].line }] : []),
    );
  }
  const lastLine = raw.length > 0 ? (raw[raw.length - 1] as RawUnit).line : 0;
  const units: Unit[] = raw.map(({ text, line }, index) => {
    const plainText = unmask(text, tokens);
    const isFactual = factual(text, names);
    const paths = findReplyPaths(plainText);
    let role: UnitRole = 'content';
    if ((index === 0 && preamble) || FENCE.test(text)) role = 'frame';
    else if (HASHTAG_LINE.test(text)) role = 'hashtags';
    else if (
      line === lastLine &&
      index === raw.length - 1 &&
      index > 0 &&
      SIGN_OFF.test(text) &&
      !paths.length
    )
      role = 'sign-off';
    else if (paths.length > 0) role = 'reply-path';
    else if (
      language !== 'other' &&
      !isFactual &&
      (PRESSURE[language].test(text) || SELF_PRAISE[language].test(text))
    )
      role = 'pressure';
    const written = role === 'reply-path' ? asInvitation(plainText, paths, language) : plainText;
    return { text: written, role, line, factual: isFactual };
  });
  // A sign-off can sit before trailing hashtags too: "— The team\n#coffee".
  for (let index = units.length - 1; index > 0; index--) {
    const unit = units[index] as Unit;
    if (unit.role === 'hashtags' || unit.role === 'frame') continue;
    if (unit.role === 'content' && SIGN_OFF.test(unit.text) && unit.text.length < 45 && !unit.factual)
      unit.role = 'sign-off';
    break;
  }
  const formal = isFormalNotice(analysis.draft.text);
  const firstContent = units.find((unit) => unit.role === 'content');
  for (const unit of units) {
    if (unit.role !== 'content') continue;
    unit.text = revoice(unit.text, {
      intent: analysis.intent,
      language,
      first: unit === firstContent,
      formal,
    });
  }
  const kept = units.filter((unit) => unit.role !== 'pressure');
  const body = kept.map((unit) => unit.text).join(' ');
  // A reply path is a way to answer, not yet an invitation to talk: only a question or an
  // explicit invitation ("tell us", "happy to help") makes the closing question redundant.
  // A sales question ("Still haven't filed?") is not an invitation either.
  const invites = asksSomething(body) && !pitchQuestion;
  const question = invites ? null : closingQuestion(analysis, 0);
  // A question can lead the post only when it names what it asks about ("the webinar", "Dana").
  const altQuestion = invites ? null : closingQuestion(analysis, 1, true);
  const otherQuestion = invites ? null : closingQuestion(analysis, 1);
  return { language, units, question, altQuestion, otherQuestion };
}

/** Joins units back into text, one line per original line (blank lines between paragraphs kept simple). */
function join(units: readonly Unit[]): string {
  const lines: string[] = [];
  let currentLine = -1;
  for (const unit of units) {
    if (unit.line !== currentLine || lines.length === 0) {
      lines.push(unit.text);
      currentLine = unit.line;
    } else lines[lines.length - 1] += ` ${unit.text}`;
  }
  return lines.join('\n').trim();
}

function closing(text: string): string {
  if (!text) return text;
  return /[.!?…)"”»:]$/u.test(text) ||
    /\p{Extended_Pictographic}$/u.test(text) ||
    /[\uF000-\uF7FF]$/u.test(text)
    ? text
    : `${text}.`;
}

const TAIL_ROLES = new Set<UnitRole>(['sign-off', 'hashtags', 'frame']);

/** Places a question after the body and before the sign-off, the hashtags and a closing fence. */
function withQuestionAt(units: readonly Unit[], question: string | null, first = false): string {
  let from = 0;
  while (from < units.length && (units[from] as Unit).role === 'frame') from++;
  let to = units.length;
  while (to > from && TAIL_ROLES.has((units[to - 1] as Unit).role)) to--;
  const head = join(units.slice(0, from));
  const body = units.slice(from, to);
  const tail = units.slice(to);
  let text = closing(join(body));
  if (question)
    text = first
      ? `${question} ${capitalise(text)}`
      : endsOnLink(text)
        ? `${text}\n\n${question}`
        : `${text} ${question}`;
  const after = join(tail);
  const fenced = tail[0]?.role === 'frame';
  const withTail = after ? `${text}${fenced ? '\n' : '\n\n'}${after}` : text;
  return head ? `${head}${/```/.test(head) ? '\n' : ' '}${withTail}` : withTail;
}

function endsOnLink(text: string): boolean {
  return /(?:https?:\/\/\S+|<[^>]+>)$/u.test(text);
}

export type VariantName = 'warm' | 'short' | 'question-led' | 'warm-other';

export interface Variant {
  name: VariantName;
  text: string;
}

/** The variants a plan can be written as, most complete first; duplicates dropped. */
export function writeVariants(plan: Plan): Variant[] {
  const kept = plan.units.filter((unit) => unit.role !== 'pressure');
  if (!kept.some((unit) => unit.role === 'content' || unit.role === 'reply-path')) return [];
  const variants: Variant[] = [{ name: 'warm', text: withQuestionAt(kept, plan.question) }];
  // Short: the news, the units that carry facts, the reply paths.
  const firstContent = kept.findIndex((unit) => unit.role === 'content');
  const short = kept.filter(
    (unit, index) => index === firstContent || unit.role !== 'content' || unit.factual,
  );
  variants.push({ name: 'short', text: withQuestionAt(short, plan.question) });
  if (plan.altQuestion && plan.altQuestion !== plan.question)
    variants.push({ name: 'question-led', text: withQuestionAt(kept, plan.altQuestion, true) });
  else if (plan.otherQuestion && plan.otherQuestion !== plan.question)
    variants.push({ name: 'warm-other', text: withQuestionAt(kept, plan.otherQuestion) });
  const seen = new Set<string>();
  return variants.filter((variant) => {
    const key = variant.text.trim();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
