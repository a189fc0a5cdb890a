import { findProtectedSpans } from './draft';
import { detectLanguage } from './language';

/**
 * The invented-claims guard: what a rewrite says that its draft does not.
 *
 * A rewrite may reorder the draft, soften it, turn it toward the reader and ask a question built
 * from the draft's own content. It may not put words in the author's mouth: a name, a figure or
 * date, a first-person story ("we built it because…"), a claim about the product ("saves you
 * hours") or a descriptive detail the draft never gave. Pure text in, list out: no Slack, no store,
 * no model. The LLM guards and the rule rewriter both call it.
 */

export const CLAIM_REASONS = ['entity', 'figure', 'backstory', 'product-claim', 'descriptor'] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

export interface UnsupportedClaim {
  reason: ClaimReason;
  /** The words of the rewrite that carry the addition. */
  text: string;
  /** Offsets into the rewrite. */
  start: number;
  end: number;
}

export interface ClaimOptions {
  /** Extra words a caller's templates may add (lower case), on top of the conversational ones. */
  allow?: Iterable<string>;
}

/** What each reason means, in the words the model is told when its rewrite is sent back. */
export const CLAIM_REASON_TEXT: Record<ClaimReason, string> = {
  entity: 'a name the draft does not mention',
  figure: 'a number, amount or date the draft does not give',
  backstory: 'a first-person story the author never told',
  'product-claim': 'a claim about the product the draft does not make',
  descriptor: 'a detail or description the draft does not support',
};

// ---------------------------------------------------------------------------------------------
// Vocabulary a rewrite may add without adding a fact: function words of the seven languages the
// reviewer knows, and the words of turning toward the reader (asking, inviting, softening).

const FUNCTION_WORDS = `
a an the and or but nor so yet if then than that this these those there here where when while
what which who whom whose why how whether as at by for from in into of off on onto out over to
up with within without about above after again against all also am any anyway are aren around
be because been before being below between both can cannot could couldn did didn do does doesn
doing don down during each either else even ever every few further had hadn has hasn have haven
having he her hers herself him himself his i if im is isn it its itself just let lets ll me
might mine more most much must mustn my myself no not now of once only other our ours ourselves
own re s same shall she should shouldn some such t than that the their theirs them themselves
then there these they this those through too under until upon us ve very was wasn we were
weren what whatever will with won would wouldn you your yours yourself yourselves d m o y
via per etc ok okay yes yeah sure please hi hello hey oh well like really quite rather pretty
still already soon also too maybe perhaps probably possibly just simply actually honestly
something anything everything nothing someone anyone everyone somebody anybody one ones
people folks everybody thing things way ways bit lot lots little kind sort
el la los las lo un una unos unas y o u e ni pero que de del al a en con por para sin sobre
entre hasta desde es son era fue ser estar está están estamos estoy hay muy más menos ya aún
también tan tanto como cuando donde qué quién cuál cómo cuándo dónde su sus tu tus mi mis nuestro
nuestra nuestros nuestras vuestro os nos te se le les me yo tú él ella ellos ellas nosotros
vosotros usted ustedes este esta estos estas ese esa eso esto aquí si no sí hola gracias algo
alguien todo todos todas cada otro otra otros
le la les un une des et ou mais donc car ni que qui quoi de du au aux en dans par pour sur sous
avec sans chez est sont était être avoir a ont ai as avons avez ce cet cette ces mon ma mes ton
ta tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles me te se
lui y ne pas plus très aussi déjà encore ici là si oui non bonjour salut merci quelque quelqu
chose tout tous toutes comment pourquoi quand où quel quelle quels quelles c d j l m n s qu
der die das den dem des ein eine einen einem einer und oder aber denn dass wenn als wie was wer
wo warum wann mit von zu zum zur für auf aus bei nach über unter vor ohne um an in im am ist sind
war waren sein haben hat habt habe wir ihr sie er es ich du euch uns unser unsere euer eure dein
deine mein meine nicht kein keine auch schon noch sehr mehr hier da ja nein hallo danke etwas
jemand alles alle jeder jede dies diese dieser dieses man
il lo la i gli le un uno una e o ma che di del della dei delle al alla ai alle da dal in nel
nella con per su tra fra è sono era essere avere ha hanno ho abbiamo avete questo questa questi
quello quella mio mia nostro nostra nostri vostro vostra suo sua loro noi voi lui lei io tu ci
vi si non più molto anche già ancora qui qua sì no ciao grazie qualcosa qualcuno tutto tutti
come perché quando dove cosa chi quale
de het een en of maar want dat die dit deze wat wie waar wanneer waarom hoe met van voor naar
op in aan bij uit over onder om tot door is zijn was waren ben bent heeft hebben heb wij we
jullie ons onze jouw je jij u uw hun hij zij ze ik mij me mijn niet geen ook al nog heel meer
hier daar ja nee hallo hoi dank bedankt iets iemand alles alle elk elke er te dan sonst
o os as um uma uns umas e ou mas que de do da dos das no na nos nas em com por para sem sobre
entre até desde é são era foi ser estar está estão estamos há muito mais menos já ainda também
tão como quando onde seu sua seus suas meu minha nosso nossa nossos nossas você vocês eu ele
ela eles elas nós te se lhe me isto isso este esta esse essa aqui sim não olá oi obrigado
obrigada algo alguém tudo todos todas cada outro outra
`;

/** Turning toward the reader: asking, inviting, thanking, pointing at the link. Adds no fact. */
const CONVERSATIONAL_WORDS = `
ask asking asked answer answers reply replies replying comment comments message messages
send write drop ping tell telling share sharing hear hearing know knowing let see seeing look
looking looks have take try trying check find found use using curious wonder wondering
think thinking thought thoughts idea ideas view views opinion opinions feedback question
questions interested interest want wanted would love like liked prefer pick choose mind
welcome glad happy excited pleased thanks thank grateful appreciate hope hoping feel
details detail info information link links page post here below above update note
get gets got getting need needs next add across available disponible disponibles disponível
verfügbar disponibile beschikbaar tiene tienen tener tenemos interesa interesse interessa
news read reading more go going come coming join talk chat say said hi
curiosa curioso cuéntanos cuéntame dinos opinas piensas parece gustaría gusta quieres
quieras probar mira mirar echa vistazo pregunta preguntas comentario comentarios enlace
aquí cuál cuáles ideas compartir comparte escríbenos avísanos
dites racontez pensez avis aimeriez aimez voulez essayer regardez question questions
commentaire commentaires lien envie curieux curieuse
sagt erzählt schreibt meint denkt findet frage fragen kommentar kommentare link lust
gerne gern neugierig ausprobieren schaut
diteci raccontateci scriveteci pensate piacerebbe piace volete provare guardate domanda
domande commento commenti curiosi curioso
laat weten vertel vertellen denken vinden vraag vragen reactie reageer benieuwd proberen
kijk kijken
conta contem diga acham pensam gostariam gosta querem experimentar olha veja pergunta
perguntas comentário comentários curiosos curioso opinião
`;

/** Words that support each other: a draft with one of a group lets the rewrite use another. */
const GROUPS: readonly (readonly string[])[] = [
  ['buy', 'order', 'purchase', 'shop', 'get', 'grab', 'pick', 'try'],
  ['sign', 'signup', 'join', 'register', 'enrol', 'enroll', 'subscribe', 'spot', 'seat', 'place'],
  ['dm', 'message', 'write', 'email', 'text', 'contact', 'reach'],
  ['launch', 'announce', 'introduce', 'release', 'unveil', 'ship', 'new', 'out', 'live', 'available', 'open'],
  ['event', 'session', 'webinar', 'meetup', 'workshop', 'talk', 'call', 'stream', 'livestream'],
  ['hire', 'hiring', 'job', 'role', 'position', 'opening', 'apply', 'application', 'candidate'],
  ['giveaway', 'contest', 'win', 'winner', 'prize', 'raffle', 'enter', 'entry'],
  ['follow', 'follower', 'followers', 'like', 'share', 'retweet', 'repost'],
  ['video', 'watch', 'clip', 'recording'],
  ['article', 'blog', 'post', 'piece', 'read', 'write-up', 'guide'],
];

/** Words a price, a percentage or a currency in the draft supports. */
const PRICE_WORDS = [
  'price',
  'cost',
  'costs',
  'discount',
  'sale',
  'off',
  'deal',
  'pay',
  'less',
  'cuesta',
  'coûte',
  'kostet',
  'costa',
  'kost',
  'custa',
  'descuento',
  'oferta',
  'precio',
  'remise',
  'réduction',
  'prix',
  'rabatt',
  'preis',
  'sconto',
  'prezzo',
  'korting',
  'prijs',
  'desconto',
  'preço',
];

// ---------------------------------------------------------------------------------------------
// What an addition looks like.

const NUMBER_WORDS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  hundred: '100',
  thousand: '1000',
  million: '1000000',
  billion: '1000000000',
  dozen: '12',
  dozens: 'dozens',
  hundreds: 'hundreds',
  thousands: 'thousands',
  millions: 'millions',
  half: 'half',
  double: 'double',
  twice: 'twice',
  triple: 'triple',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  diez: '10',
  cien: '100',
  mil: '1000',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  dix: '10',
  cent: '100',
  zwei: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  zehn: '10',
  hundert: '100',
  tausend: '1000',
  due: '2',
  quattro: '4',
  cinque: '5',
  dieci: '10',
  twee: '2',
  drie: '3',
  vijf: '5',
  tien: '10',
  duas: '2',
  três: '3',
  quatro: '4',
  dez: '10',
};

/** Dates and times: an invented "this week" or "since 2019" is a fact the author did not state. */
const AMBIGUOUS_DATES = new Set(['may', 'march', 'fall', 'mar', 'mes', 'ano', 'mai']);
const DATE_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday weekend weekday today tonight tomorrow
  yesterday morning afternoon evening week weeks month months year years decade decades january
  february march april may june july august september october november december spring summer
  autumn fall winter season quarter hoy mañana semana mes año aujourd demain semaine mois année
  heute morgen woche monat jahr oggi domani settimana mese anno vandaag morgen week maand jaar
  amanhã semana mês ano`.split(/\s+/),
);

/** Words that praise or promise: unsupported, they are a product claim rather than a detail. */
const CLAIM_WORDS = new Set(
  `best better easy easier easiest simple simpler simplest fast faster fastest quick quicker
  quickest effortless effortlessly powerful reliable secure safe affordable cheap cheaper cheapest
  unique only proven guaranteed guarantee trusted loved popular favourite favorite perfect
  perfectly ideal amazing great awesome incredible innovative smart smarter seamless seamlessly
  beautiful beautifully premium quality handmade handcrafted organic sustainable eco natural
  award awards winning award-winning leading top first unlimited instant instantly free save
  saves saving help helps helping boost boosts improve improves transform transforms
  game-changer love-it
  mejor mejores fácil rápido único gratis perfecto meilleur meilleure facile rapide unique
  gratuit parfait beste besser einfach schnell einzig kostenlos perfekt migliore facile veloce
  unico gratuito perfetto beste beter makkelijk snel enige gratis perfect melhor fácil rápido
  único grátis perfeito`.split(/\s+/),
);

/** Words that only praise in a statement: in a question ("which do you like best?") they ask. */
const QUESTION_OK = new Set([
  'best',
  'better',
  'favourite',
  'favorite',
  'first',
  'quick',
  'great',
  'easy',
  'easier',
]);

const CLAIM_PATTERNS: readonly RegExp[] = [
  /\byou(?:'ll|’ll| will| are going to|'re going to)\s+(?:love|like|enjoy|adore|never|always|wonder|be amazed)\b/giu,
  /\b(?:it|this|that|they|the \w+)\s+(?:helps|lets|saves|makes|keeps|gives|works|fixes|solves|brings|turns)\b/giu,
  /\b(?:helps?|saves?|lets?)\s+you\b/giu,
  /\b(?:trusted|loved|used|chosen|rated|recommended)\s+by\b/giu,
  /\b(?:more|less)\s+\p{L}+\s+than\b/giu,
  /\b\p{L}{3,}er\s+than\b/giu,
  /\bworks?\s+(?:with|on|offline|anywhere|everywhere|for)\b/giu,
];

/** First-person story: "we built", "I have been working on", "we started this because…". */
const BACKSTORY_VERB =
  /(?<![\p{L}])(?:we|i)(?:\s*(?:'ve|’ve|'d|’d|\s+have|\s+had|\s+'ve))?(?:\s+(?:just|finally|always|never|first|all|both|really|actually|recently|once|originally))?(?:\s+been)?\s+(\p{L}+)/giu;
const PAST_VERBS = new Set(
  `built made began begun started spent grew grown thought knew felt wrote written took taken
  found saw seen came went kept got gotten won brought ran set fell learned learnt left lost
  met heard told gave given had did done sold taught caught fought bought paid said meant
  tried worked working building making spending trying struggling dreaming thinking`.split(/\s+/),
);
const MOTIVE =
  /(?<![\p{L}])(?:because|since|ever since|after years|after months|so that|that's why|that is why|the reason|our own|my own|from scratch|for years|for months|porque|parce que|weil|perché|omdat|porquê)(?![\p{L}])/giu;

// ---------------------------------------------------------------------------------------------

const fold = (word: string) =>
  word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");

/** A light, language-blind stem: plural, tense and common derivations off, doubled ending undone. */
function stem(word: string): string {
  let w = fold(word).replace(/'s$/, '');
  for (const suffix of [
    'ations',
    'ation',
    'ments',
    'ment',
    'ings',
    'ing',
    'edly',
    'ers',
    'ies',
    'ied',
    'ed',
    'er',
    'es',
    'ly',
    's',
  ]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      break;
    }
  }
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

const wordSet = (text: string) => new Set(text.split(/\s+/).filter(Boolean).map(fold));
const FUNCTION_SET = wordSet(FUNCTION_WORDS);
const CONVERSATIONAL_SET = wordSet(CONVERSATIONAL_WORDS);
const CONVERSATIONAL_STEMS = new Set([...CONVERSATIONAL_SET].map(stem));
const GROUP_OF = new Map<string, number>();
GROUPS.forEach((group, index) => group.forEach((word) => GROUP_OF.set(stem(word), index)));
const PRICE_STEMS = new Set(PRICE_WORDS.map(stem));

interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts a sentence, a line or a clause after a colon: capitals there say nothing. */
  initial: boolean;
  capitalised: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*|\d+(?:[.,:/]\d+)*/gu;

/** Letters and digits of `text` with Slack tokens, links, code and emoji blanked out (offsets kept). */
function blankProtected(text: string): string {
  let out = text;
  for (const span of findProtectedSpans(text)) {
    out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
  }
  // Bare domains and e-mail addresses ("acme.com", "hi@acme.io") are links too.
  return out.replace(
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|app|ai|uk|nl|it|de|fr|es|pt|br|eu|shop|store)\b\S*/giu,
    (m) => ' '.repeat(m.length),
  );
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let i = start - 1;
    while (i >= 0 && /[\s"'“‘«(*_~•\-–—>]/u.test(text[i] as string)) i--;
    const before = i < 0 ? '' : (text[i] as string);
    const initial = before === '' || !/[\p{L}\p{N},;]/u.test(before) || /\n/.test(text.slice(i, start));
    out.push({
      text: match[0],
      start,
      end: start + match[0].length,
      initial,
      capitalised: /^\p{Lu}/u.test(match[0]),
    });
  }
  return out;
}

const normaliseNumber = (n: string) => n.replace(/[.,\s](?=\d{3}(?:\D|$))/g, '').replace(/^0+(?=\d)/, '');

interface Support {
  words: Set<string>;
  stems: Set<string>;
  byPrefix: Map<string, string[]>;
  numbers: Set<string>;
  groups: Set<number>;
  hasPrice: boolean;
  language: ReturnType<typeof detectLanguage>;
}

function support(draft: string): Support {
  const words = new Set<string>();
  const stems = new Set<string>();
  const byPrefix = new Map<string, string[]>();
  const numbers = new Set<string>();
  const groups = new Set<number>();
  // Every word the author wrote counts, link text and URL paths included ("/planner" supports "planner").
  for (const match of draft.matchAll(/\p{L}[\p{L}\p{M}]*|\d+(?:[.,:/]\d+)*/gu)) {
    const raw = match[0];
    if (/^\d/.test(raw)) {
      numbers.add(normaliseNumber(raw));
      for (const part of raw.split(/[.,:/]/)) numbers.add(part.replace(/^0+(?=\d)/, ''));
      continue;
    }
    const word = fold(raw);
    words.add(word);
    const number = NUMBER_WORDS[word];
    if (number) numbers.add(number);
    const s = stem(word);
    stems.add(s);
    const group = GROUP_OF.get(s);
    if (group !== undefined) groups.add(group);
    if (word.length >= 5) {
      const key = word.slice(0, 4);
      byPrefix.set(key, [...(byPrefix.get(key) ?? []), word]);
    }
  }
  for (const [word, digits] of Object.entries(NUMBER_WORDS)) if (numbers.has(digits)) words.add(fold(word));
  const hasPrice =
    /[%$€£¥₹]|\d\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b|\b(?:off|discount|sale|price|cost)\b/iu.test(
      draft,
    ) || [...PRICE_STEMS].some((price) => stems.has(price));
  return { words, stems, byPrefix, numbers, groups, hasPrice, language: detectLanguage(draft) };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function supported(word: string, s: Support, allow: Set<string>): boolean {
  const w = fold(word);
  if (s.words.has(w) || allow.has(w)) return true;
  const st = stem(w);
  if (s.stems.has(st) || allow.has(st)) return true;
  const group = GROUP_OF.get(st);
  if (group !== undefined && s.groups.has(group)) return true;
  if (s.hasPrice && PRICE_STEMS.has(st)) return true;
  // A derivation of a word the draft has: "announce" → "announcement", "lanzamos" → "lanzamiento".
  if (w.length >= 5) {
    for (const candidate of s.byPrefix.get(w.slice(0, 4)) ?? []) {
      if (commonPrefix(w, candidate) >= Math.max(5, Math.min(w.length, candidate.length) - 2)) return true;
    }
  }
  return false;
}

/** Words of conversation and grammar that carry no fact of their own. */
function glue(word: string, inQuestion: boolean): boolean {
  const w = fold(word);
  const base = w.replace(/'.*$/, '');
  if (FUNCTION_SET.has(w) || FUNCTION_SET.has(base)) return true;
  if (CONVERSATIONAL_SET.has(w) || CONVERSATIONAL_SET.has(base) || CONVERSATIONAL_STEMS.has(stem(base)))
    return true;
  return inQuestion && QUESTION_OK.has(w);
}

function sentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const match of text.matchAll(/(?:[^.!?\n ]| (?! {2}))+(?:[.!?]+|\n| {3,}|$)/gu)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const start = match.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

/**
 * What `rewrite` adds that `draft` does not support, each with its reason, in reading order.
 * An empty list means the rewrite only reorders, softens and turns the draft toward the reader.
 */
export function unsupportedClaims(
  draft: string,
  rewrite: string,
  options: ClaimOptions = {},
): UnsupportedClaim[] {
  const allow = new Set([...(options.allow ?? [])].flatMap((word) => [fold(word), stem(word)]));
  const s = support(draft);
  const text = blankProtected(rewrite);
  const claims: UnsupportedClaim[] = [];
  const covered = (start: number, end: number) => claims.some((c) => c.start < end && start < c.end);
  const add = (reason: ClaimReason, start: number, end: number) => {
    if (covered(start, end)) return;
    claims.push({ reason, text: rewrite.slice(start, end), start, end });
  };
  const parts = sentences(text);

  // 1. Stories: a first-person past the draft does not tell, or a motive it never gave.
  for (const sentence of parts) {
    const firstPerson = /(?<![\p{L}])(?:we|i|our|my|us|me)(?![\p{L}])/iu.test(sentence.text);
    let story = false;
    for (const match of sentence.text.matchAll(BACKSTORY_VERB)) {
      const verb = (match[1] ?? '').toLowerCase();
      const past = PAST_VERBS.has(verb) || /\p{L}{2,}ed$/u.test(verb);
      if (past && !supported(verb, s, allow)) story = true;
    }
    if (firstPerson) {
      for (const match of sentence.text.matchAll(MOTIVE)) {
        const phrase = fold(match[0]);
        if (!phrase.split(/\s+/).every((word) => s.words.has(word))) story = true;
      }
    }
    if (story) add('backstory', sentence.start, sentence.end);
  }

  // 2. Claims about the product that take a whole phrase to make.
  for (const pattern of CLAIM_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const words = match[0].match(/\p{L}+/gu) ?? [];
      const content = words.filter((word) => !FUNCTION_SET.has(fold(word)));
      if (content.length > 0 && content.every((word) => supported(word, s, allow))) continue;
      add('product-claim', match.index, match.index + match[0].length);
    }
  }

  // 3. Handles and hashtags written as plain text ("@acme", "#launchday") are names.
  for (const match of text.matchAll(/(?<![\w<])[@#][\p{L}\p{N}_]{2,}/gu)) {
    if (!draft.toLowerCase().includes(match[0].toLowerCase()))
      add('entity', match.index, match.index + match[0].length);
  }

  // 4. Word by word: names, figures, dates, praise, details.
  const list = tokens(text);
  const capitalNouns = s.language === 'de';
  for (let i = 0; i < list.length; i++) {
    const token = list[i] as Token;
    if (covered(token.start, token.end)) continue;
    const sentence = parts.find((p) => p.start <= token.start && token.end <= p.end);
    const inQuestion = Boolean(sentence && /\?$/.test(sentence.text));
    if (/^\d/.test(token.text)) {
      const value = normaliseNumber(token.text);
      const ok =
        s.numbers.has(value) ||
        token.text.split(/[.,:/]/).every((p) => s.numbers.has(p.replace(/^0+(?=\d)/, '')));
      if (!ok) add('figure', token.start, token.end);
      continue;
    }
    const word = fold(token.text);
    // A date: "on Friday", "in May", "this week" (asked about in a question, it is the reader's).
    const dateWord =
      DATE_WORDS.has(word) && (!AMBIGUOUS_DATES.has(word) || (token.capitalised && !token.initial));
    if (dateWord) {
      if (!supported(token.text, s, allow) && !inQuestion) add('figure', token.start, token.end);
      continue;
    }
    // A name: capitals mid-sentence, a run of capitalised words, or inner capitals (iPhone, HubSpot).
    // German capitalises every noun, so there only runs and inner capitals count.
    const innerCaps = /\p{Ll}\p{Lu}/u.test(token.text) || /^\p{Lu}{2,}\p{Ll}*$/u.test(token.text);
    let j = i + 1;
    let end = token.end;
    while (j < list.length) {
      const following = list[j] as Token;
      if (!following.capitalised || following.initial || !/^ +$/.test(text.slice(end, following.start)))
        break;
      end = following.end;
      j++;
    }
    const run = list.slice(i, j);
    const named =
      token.text !== 'I' &&
      (innerCaps ||
        (token.capitalised && ((!token.initial && !capitalNouns) || (run.length > 1 && !capitalNouns))));
    if (named) {
      const unknown = run.filter(
        (t) => !supported(t.text, s, allow) && !glue(t.text, inQuestion) && !DATE_WORDS.has(fold(t.text)),
      );
      const first = unknown[0];
      if (
        first &&
        !(run.length === 1 && innerCaps && /^\p{Lu}+$/u.test(token.text) && token.text.length > 4)
      ) {
        // The whole name ("Acme Labs"), without a capitalised opener ("Thanks Maria" → "Maria").
        const from = run.find((t) => !glue(t.text, inQuestion)) ?? first;
        add('entity', from.start, end);
        i = j - 1;
        continue;
      }
      if (run.length > 1 && unknown.length === 0) {
        i = j - 1;
        continue;
      }
    }
    if (supported(token.text, s, allow)) continue;
    if (NUMBER_WORDS[word] !== undefined) {
      add('figure', token.start, token.end);
      continue;
    }
    if (DATE_WORDS.has(stem(word))) {
      if (!inQuestion) add('figure', token.start, token.end);
      continue;
    }
    if (glue(token.text, inQuestion)) continue;
    if (word === 'free' && /feel\s+$/i.test(text.slice(Math.max(0, token.start - 6), token.start))) continue;
    add(CLAIM_WORDS.has(word) ? 'product-claim' : 'descriptor', token.start, token.end);
  }

  return claims.sort((a, b) => a.start - b.start);
}

/** One line per reason for the model: what it added, quoted, and what that kind of addition is. */
export function describeClaims(claims: readonly UnsupportedClaim[]): string[] {
  const lines: string[] = [];
  for (const reason of CLAIM_REASONS) {
    const ofReason = claims.filter((claim) => claim.reason === reason);
    if (ofReason.length === 0) continue;
    const quoted = [...new Set(ofReason.map((claim) => claim.text))]
      .slice(0, 4)
      .map((text) => `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`);
    lines.push(
      `the rewrite adds ${CLAIM_REASON_TEXT[reason]}: ${quoted.join(', ')}; use only what the draft says`,
    );
  }
  return lines;
}
