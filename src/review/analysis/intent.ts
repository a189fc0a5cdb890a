import type { Entity } from './entities';

/** What a draft is for: the rewrite plans from it, the verdict weighs it. */
export const INTENTS = [
  'giveaway',
  'offer',
  'fundraising',
  'hire',
  'welcome',
  'milestone',
  'launch',
  'event',
  'event-past',
  'notice',
  'content',
  'reply',
  'thanks',
  'chat',
] as const;
export type Intent = (typeof INTENTS)[number];

// Word stems per intent, across the languages the rules cover. Order in INTENTS breaks ties.
const CUES: Record<Exclude<Intent, 'chat' | 'event-past'>, RegExp> = {
  giveaway:
    /\b(?:giveaway|give-away|win(?:ner|ners|ning)?|prize|sorteo|sorteio|concours|gewinnspiel|verlosung|concorso|winactie|premio|prêmio|gagner|gewinnen|gewinne|gewinner|vinci|vincere|vincitori|ganhe|ganhar|ganar|ganadores?|gagnants?|vencedor(?:es)?|winnaars?|weggeven|you(?:'ve| have) (?:been selected|won)|selected|claim your|(?:prize|our|free|monthly|weekly|in the|into the|into our) draw|entered into)\b/gi,
  offer:
    /\b(?:sale|discount|off|promo|coupon|code|deal|offer|save|bundle|free (?:trial|shipping|delivery)|trial|subscribe|subscription|per month|\/mo|descuento|oferta|rebajas|réduction|soldes|promo|rabatt|angebot|sconto|offerta|desconto|promoção|korting|aanbieding|actie)\b/gi,
  fundraising:
    /\b(?:donat(?:e|ion|ions)|fundrais\w*|appeal|match(?:ed|ing)? (?:gift|donation)|raise[ds]?|pledge|crowdfund\w*|dona(?:ción|r|tivo)|don(?:ner|s)|spende\w*|doa(?:ção|r))\b/gi,
  hire: /\b(?:hiring|we're hiring|job|role|vacanc\w*|apply|position|open roles?|careers?|recruit\w*|contratando|empleo|vacante|recrutons|recrutement|stelle|stellen|bewerb\w*|vaga|vagas|assunzion\w*|vacature)\b/gi,
  welcome:
    /\b(?:welcome|welcoming|(?:joins|joined|is joining|has joined) (?:us|the team|our)|new (?:colleague|hire|member|trustee|director)|bienvenid\w*|bienvenue|willkommen|bem-vind\w*|benvenut\w*|welkom)\b/gi,
  milestone:
    /\b(?:milestone|award(?:ed|s)?|won|winner of|named|ranked|anniversary|years? (?:in business|ago)|celebrat\w*|reached|hit|surpass\w*|record|raised|funding|series [a-d]|revenue|growth|grew|customers|users|downloads|premio|prix|auszeichnung|prêmio|premiato|mijlpaal)\b/gi,
  launch:
    /\b(?:launch\w*|introduc\w*|unveil\w*|release[ds]?|now available|available now|new (?:feature|product|app|version|collection|menu)|just dropped|drop|lanza\w*|lançamento|lançamos|lance\w*|lancement|nouveau|nouvelle|neu(?:e|es)?|nuovo|nuova|nieuw\w*)\b/gi,
  event:
    /\b(?:event|webinar|workshop|meetup|conference|summit|session|talk|panel|live|join us|tickets?|rsvp|register|evento|taller|atelier|conférence|veranstaltung|workshop|palestra|incontro|evenement)\b/gi,
  notice:
    /\b(?:outage|maintenance|downtime|closed|closure|clos(?:ing|es)|delay(?:ed|s)?|reminder|notice|update|changes? to|schedule|incident|resolved|restored|dividend|shareholders?|terms|policy|cerrado|cierre|aviso|fermé|fermeture|avis|geschlossen|wartung|hinweis|aviso|fechado|chiuso|avviso|gesloten|storing)\b/gi,
  content:
    /\b(?:blog|post|article|guide|podcast|episode|video|read|watch|listen|newsletter|report|whitepaper|e-?book|thread|wrote|written|artículo|artigo|article|artikel|articolo|episodio|folge)\b/gi,
  reply:
    /(?:^|\n)(?:@|\uE001|hi |hey |hello |thanks for (?:reaching|getting|letting|your)|sorry (?:to hear|about|for)|we're sorry|so sorry|hola |bonjour |hallo |olá |ciao |hoi )/gi,
  thanks:
    /\b(?:thank(?:s| you)|grateful|shout-?out|kudos|gracias|merci|danke|obrigad[oa]|grazie|bedankt)\b/gi,
};

// All cues in one pattern, one named group per intent: the draft is scanned once, not once per intent.
// Every cue but `reply` opens with a word boundary. Tried at each position of the draft, twelve
// cues would test it twelve times; here it is tested once, before the cues, in the same order
// (so the same cue wins wherever two match), and `reply`, which needs no boundary, is tried again
// where there is none. The draft is lower-cased first and every cue is written in lower case, so
// the scan needs no case folding, which would make this large alternation several times slower.
const AFTER_ANY_CHARACTER = 'replyWithoutBoundary';
const ALL_CUES = (() => {
  const entries = Object.entries(CUES);
  const bounded = entries.every(
    ([intent, pattern]) => intent === 'reply' || pattern.source.startsWith('\\b'),
  );
  const groups = entries.map(([intent, pattern]) =>
    bounded && intent !== 'reply'
      ? `(?<${intent}>${pattern.source.slice(2)})`
      : `(?<${intent}>${pattern.source})`,
  );
  if (!bounded) return new RegExp(groups.join('|'), 'g');
  return new RegExp(`\\b(?:${groups.join('|')})|(?<${AFTER_ANY_CHARACTER}>${CUES.reply.source})`, 'g');
})();
const GROUPS = Object.keys(CUES) as Intent[];

/**
 * The draft's main purpose, from its wording and what it names. A count of cue words per intent
 * is crude, but it only has to pick a plan and a feature; the verdict never rests on it alone.
 */
export function detectIntent(
  text: string,
  entities: readonly Entity[],
  tense: { past: number; future: number },
): Intent {
  const lower = text.toLowerCase();
  const scores = new Map<Intent, number>();
  ALL_CUES.lastIndex = 0;
  for (let match = ALL_CUES.exec(lower); match !== null; match = ALL_CUES.exec(lower)) {
    const groups = match.groups ?? {};
    const intent =
      groups[AFTER_ANY_CHARACTER] !== undefined
        ? 'reply'
        : GROUPS.find((group) => groups[group] !== undefined);
    if (intent) scores.set(intent, (scores.get(intent) ?? 0) + 1);
  }
  const money = entities.some((entity) => entity.kind === 'money' || entity.kind === 'percent');
  if (money) scores.set('offer', (scores.get('offer') ?? 0) + 1);
  if (entities.some((entity) => entity.kind === 'shortcode'))
    scores.set('giveaway', (scores.get('giveaway') ?? 0) + 1);
  let best: Intent = 'chat';
  let bestScore = 0;
  for (const [intent, score] of scores) {
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  if (best === 'event' && tense.past > tense.future) return 'event-past';
  return best;
}
