/**
 * Ways a reader can answer a post: "Reply YES", "DM us the word GROWTH", "link in bio", "call us",
 * "comment below", a code to quote. A rewrite exists to invite answers, so it must never remove one.
 * Links, phone numbers, e-mail addresses and short codes are facts of their own (facts.ts); this
 * module finds the wording around them that tells the reader how to respond.
 */

import { escapeRegExp, execAll } from '../regex';
import { letterCounts } from '../text';

export type ReplyPathKind = 'reply-word' | 'dm' | 'bio' | 'call' | 'comment' | 'code' | 'email-us';

export interface ReplyPath {
  kind: ReplyPathKind;
  start: number;
  end: number;
  text: string;
  /** Words that must still be in a rewrite (case-insensitive, whole words) for the path to survive. */
  keys: string[];
}

interface PathPattern {
  kind: ReplyPathKind;
  pattern: RegExp;
  /** The keys of one match: the verb and the keyword the reader has to send, usually. */
  keys: (match: RegExpMatchArray) => string[];
}

const lower = (text: string | undefined): string => (text ?? '').toLowerCase();

const PATTERNS: PathPattern[] = [
  {
    // "Reply YES", "comment GUIDE", "text WIN to 80080", "responde SÍ", "antworte mit JA",
    // "envía SALIR al 85432", "envoyez STOP au 36111". Not "comment CONGRATULATIONS" or "type AMEN":
    // a cheer asked for gets the reader nothing, so it is bait, not a way to answer.
    kind: 'reply-word',
    pattern:
      /\b([Rr]eply|[Rr]espond|[Cc]omment|[Aa]nswer|[Tt]ext|[Tt]xt|[Ss]end|[Tt]ype|[Ee]nv[ií]a|[Ee]nv[ií]e|[Ee]scribe|[Ee]scriba|[Ee]screva|[Dd]igite|[Dd]igita|[Ee]nvoyez|[Ee]nvoie|[Mm]anda|[Mm]ande|[Ss]ende|[Ss]endet|[Ii]nvia|[Ss]tuur|[Rr]esponde|[Rr]esponda|[Cc]omenta|[Cc]omente|[Rr]épondez|[Rr]éponds|[Cc]ommentez|[Aa]ntworte|[Aa]ntwortet|[Kk]ommentiere|[Kk]ommentiert|[Ss]chreib|[Rr]ispondi|[Rr]ispondendo|[Rr]espondiendo|[Rr]espondendo|[Cc]ommenta|[Ss]crivi|[Rr]eageer|[Aa]ntwoord|[Tt]yp)\s+(?:with\s+|con\s+|avec\s+|mit\s+|com\s+|met\s+|the word\s+|la palabra\s+|le mot\s+|das wort\s+|a palavra\s+|la parola\s+|het woord\s+)?["“'‘«]?(?!(?:CONGRATULATIONS|CONGRATS|AMEN|FELICIDADES|FÉLICITATIONS|PARABÉNS|AUGURI|GEFELICITEERD)(?![\p{L}\p{N}]))(\p{Lu}[\p{Lu}\p{N}]+(?: (?!(?:NOW|TODAY|AGORA|YA|AHORA|HOY|HOJE|JETZT|HEUTE|MAINTENANT|ORA|SUBITO|NU|STOP)(?![\p{L}\p{N}]))\p{Lu}[\p{Lu}\p{N}]+(?=["”'’»]|\s+(?:que|y|e|and|et|und|en)\b))?|\p{N}{1,3}|\p{Lu}\p{Ll}+(?=["”'’»])|(?<=["“'‘«])\p{Ll}{2,15}(?=["”'’»]))(?![\p{L}\p{N}])["”'’»]?/gu,
    keys: (match) => [lower(match[1]), lower(match[2])],
  },
  {
    // "Jetzt mit JA antworten", "met JA reageren": in German and Dutch the verb comes after the word to send.
    kind: 'reply-word',
    pattern:
      /\b(?:mit|met)\s+["“„'‘«]?(\p{Lu}[\p{Lu}\p{N}]+)["”“'’»]?\s+(?:antworten|antwortet|antwortest|zurückschreiben|antwoorden|reageren|beantwoorden)\b/gu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "DM us", "send us a DM", "in our DMs", "message us", "escríbenos por DM", "manda DM".
    kind: 'dm',
    pattern:
      /\b(?:(dm|pm|message|inbox)\s+(?:us|me)\b|(?:send|drop|shoot)\s+(?:us|me)\s+an?\s+(dm|pm|message|note|line)\b|(?:in|into|to|slide into)\s+(?:our|my|the)\s+(dms|inbox)\b|(?:por|en|via|par|per|por|no|in|via)\s+(dm|md|direct|directo|privado)\b|manda(?:-nos| pra gente)?\s+(?:uma\s+)?(dm|direct|mensagem)\b|(escríbenos|escribinos|écrivez-nous|écris-nous|schreibt uns|schreib uns|scrivici|scriveteci|stuur ons)\b|(?:my|our)\s+(dms|inbox)\s+(?:is|are)\s+(?:always\s+)?open\b)/giu,
    // "…my DMs are open": an open door, said, is a way in as much as "DM me".
    keys: (match) => [
      lower(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7]),
    ],
  },
  {
    // "Reply C to confirm, R to reschedule or WHITE to add whitening": each key of the list, with what it does;
    // "Responda SIM para confirmar e BRANCO para reservar" the same in the other languages.
    kind: 'reply-word',
    pattern:
      /(?<=\b(?:[Rr]eply|[Tt]ext|[Tt]xt|[Rr]esponda|[Rr]esponde|[Rr]épondez|[Rr]ispondi|[Aa]ntworte|[Aa]ntwoord)\b[^.!?\n]{0,80}?(?:,|\b(?:or|and|e|y|et|und|en|o|ou|oder|of))\s+["“'‘«]?)((?!STOP(?![\p{L}\p{N}]))\p{Lu}[\p{Lu}\p{N}]*)["”'’»]?\s+(?:to|para|pour|per|um|om|al|a)\s+\p{Ll}/gu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "reply FREEZE or OFFPEAK", "text YES or NO to 80080": the second word is as much a way to answer.
    kind: 'reply-word',
    pattern:
      /\b([Rr]eply|[Tt]ext|[Tt]xt|[Cc]omment|[Ss]end|[Rr]esponde|[Rr]esponda|[Rr]épondez|[Aa]ntworte)\s+["“'‘«]?\p{Lu}[\p{Lu}\p{N}]+["”'’»]?\s+(?:or|o|ou|oder|of)\s+["“'‘«]?((?!STOP(?![\p{L}\p{N}]))\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}])/gu,
    keys: (match) => [lower(match[1]), lower(match[2])],
  },
  {
    // "DM me DATE", "message us GLOW": the word to send in a direct message ("DM us NOW" is hurry).
    kind: 'reply-word',
    pattern:
      /\b(DM|dm|[Mm]essage)\s+(?:me|us)\s+["“'‘«]?((?!(?:NOW|TODAY|ASAP|PLEASE)(?![\p{L}\p{N}]))\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}])/gu,
    keys: (match) => [lower(match[1]), lower(match[2])],
  },
  {
    // "DM 'READY' to claim a spot", "DM “GLOW” for the guide", "DM 'JOIN' now!!!": the word in quotation
    // marks, with no "us" before it, is the word to send. Unquoted ("DM JOIN to 85050"), only where
    // what follows says what it is for.
    kind: 'reply-word',
    pattern:
      /\b(DM|dm)\s+(?:["“'‘«]((?!(?:NOW|TODAY|ASAP|PLEASE|US|ME)["”'’»])\p{Lu}[\p{Lu}\p{N}]+)["”'’»]|((?!(?:NOW|TODAY|ASAP|PLEASE|US|ME|FOR|TO)(?![\p{L}\p{N}]))\p{Lu}[\p{Lu}\p{N}]+)(?=\s+(?:to|for)\s))/gu,
    keys: (match) => [lower(match[1]), lower(match[2] ?? match[3])],
  },
  {
    // "DM us the word GROWTH", "send the keyword START": the word is what the reader sends.
    kind: 'reply-word',
    pattern:
      /\b(?:[Ww]ord|[Kk]eyword|palabra|mot|Wort|palavra|parola|woord)\s+["“'‘«]?(\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}])/gu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "link in bio", "link en la bio", "lien en bio", "Link in der Bio", "link na bio".
    kind: 'bio',
    pattern:
      /\b(?:link|links|lien|enlace)(?:['’]s)?\s+(?:is\s+|está\s+|est\s+|ist\s+)?(?:in|en|na|dans|im|in der|in de|nella|de la|de)\s+(?:our\s+|my\s+|the\s+|la\s+|nuestra\s+|notre\s+|la\s+|unserer\s+|nossa\s+)?bio\b/giu,
    keys: () => ['bio'],
  },
  {
    // "call us", "give us a call", "ring us", "llámanos", "appelez-nous", "ruft uns an", "bel ons".
    kind: 'call',
    pattern:
      /\b(?:(call|ring|phone|whatsapp|text)\s+(?:us|me)\b|give\s+(?:us|me)\s+a\s+(call|ring)\b|(llámanos|llamanos|appelez-nous|appelle-nous|chiamaci|ligue-nos|liga pra gente|bel ons)\b|(ruft|ruf)\s+(?:uns|mich)\s+an\b)/giu,
    keys: (match) => [lower(match[1] ?? match[2] ?? match[3] ?? match[4])],
  },
  {
    // "comment below", "in the comments", "drop a comment", "déjalo en los comentarios".
    kind: 'comment',
    pattern:
      /\b(?:comment\s+below|(?:in|into)\s+the\s+comments|(?:drop|leave)\s+(?:us\s+)?a\s+comment|en\s+(?:los\s+)?comentarios|dans\s+les\s+commentaires|en\s+commentaires?|in\s+den\s+kommentaren|nos\s+comentários|nos\s+comentarios|nei\s+commenti|in\s+de\s+reacties|in\s+(?:een|de)\s+comments?|in\s+een\s+reactie)\b/giu,
    keys: (match) => [
      /comment|coment|comment|kommentar|comment|reactie/i.exec(match[0])?.[0].toLowerCase() ?? 'comment',
    ],
  },
  {
    // "use code SPRING20", "código BIENVENIDA", "cupom DOBRO", "mit dem Code HALLO": the code is the reader's way in.
    kind: 'code',
    pattern:
      /\b(?:[Cc]odes?|[Cc]oupon|[Cc]upom|[Cc]up[oó]n|[Cc][oó]digo|[Cc]odice|[Gg]utscheincode|[Kk]ortingscode)\s*:?\s+["“'‘«]?(\p{Lu}[\p{Lu}\p{N}]{2,})(?![\p{L}\p{N}])/gu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "Quote MOVESMART for 10% off": a code to quote, where an order opens on it.
    kind: 'code',
    pattern:
      /(?<=^|[.!?]\s+|\b(?:just|simply|please)\s+)[Qq]uote\s+["“'‘«]?(\p{Lu}[\p{Lu}\p{N}]{2,})(?![\p{L}\p{N}])/gu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "Use SOPHIEGLOW for 15% off", "Usa VERANO10 para…": a code to type, named by what it is for.
    kind: 'code',
    pattern:
      /\b(?:[Uu]se|[Ee]nter|[Aa]pply|[Uu]sa|[Uu]tiliza|[Uu]tilisez|[Gg]ebruik|[Nn]utze|[Uu]tilizza)\s+["“'‘«]?(\p{Lu}[\p{Lu}\p{N}]{3,})["”'’»]?\s+(?:for|to get|at checkout|and (?:get|save)|per|para|pour|voor|für)\b/gu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "fale a senha PATINHA", "di la contraseña OTOÑO", "code word: SPRING": a password to say is typed back.
    // Not the reader's own ("DO NOT ENTER YOUR PASSWORD ANYWHERE"): that one is never written down.
    kind: 'reply-word',
    pattern:
      /(?<![\p{L}])(?<!\b(?:your|my|our|their|tu|su|votre|ton|ta|dein|deine|ihr|ihre|seu|sua|tuo|tua|je|uw)\s)(?:senha|contraseña|clave|password|passwort|kennwort|wachtwoord|mot de passe|mot-clé|parola d['’]ordine|code ?word)\s*:?\s*["“'‘«]?(\p{Lu}[\p{Lu}\p{N}]+)(?![\p{L}\p{N}])/giu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "Baja: NO al 22123", "STOP au 36111", "STOP SMS au 36111": a word in capitals sent to a short
    // code, verb or not.
    kind: 'reply-word',
    pattern:
      /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]+)(?:\s+SMS)?\s+(?:al|au|an|to|naar|ao|allo|para o)\s+\d{4,6}(?![\p{N}])/gu,
    keys: (match) => [lower(match[1])],
  },
  {
    // "email us", "drop us an email", "mail us", "écrivez-nous un e-mail".
    kind: 'email-us',
    pattern: /\b(?:(email|e-mail|mail)\s+(?:us|me)\b|(?:send|drop)\s+(?:us|me)\s+an?\s+(email|e-mail))/giu,
    keys: (match) => [lower(match[1] ?? match[2])],
  },
  {
    // "Reply to this email to grab one": the message itself is the way to answer.
    // Not "Please do not reply to this email", which says the opposite.
    kind: 'email-us',
    pattern:
      /(?<!\b(?:not|n['’]t|never|no)\s+)\b(reply)\s+to\s+(?:this|our|my)\s+(?:email|e-mail|message|text|newsletter|note)\b/giu,
    keys: (match) => [lower(match[1])],
  },
];

// The rewrite asks about the same sentences several times while it plans and checks them.
const RECENT = new Map<string, ReplyPath[]>();
const RECENT_MAX = 256;

/** Every reply path in a text, in order (overlaps kept: "Reply YES" inside "DM us and reply YES"). */
export function findReplyPaths(text: string): ReplyPath[] {
  const cached = RECENT.get(text);
  if (cached) return cached.map((path) => ({ ...path, keys: [...path.keys] }));
  const paths = scan(text);
  // "COMMENT "ME" BELOW AND I'LL SEND YOU THE LINK!!!": shouted, the same ways in, read in small
  // letters; what it quotes ("ME") is the keyword, typed as written.
  if (paths.length === 0 && shouted(text)) {
    const calm = inSmallLetters(text);
    for (const path of scan(calm)) paths.push({ ...path, text: text.slice(path.start, path.end) });
  }
  if (RECENT.size >= RECENT_MAX) RECENT.clear();
  RECENT.set(text, paths);
  return paths.map((path) => ({ ...path, keys: [...path.keys] }));
}

/** Whether most of a text's letters are capitals ("CALL NOW ON 0800…"). */
function shouted(text: string): boolean {
  const { letters, capitals } = letterCounts(text);
  return capitals >= 8 && capitals > 3 * (letters - capitals);
}

/** The text in small letters, letter for letter (so every offset stays), but what it quotes. */
function inSmallLetters(text: string): string {
  let quoted = false;
  let said = '';
  for (const letter of text) {
    if (/["“”«»„]/u.test(letter)) quoted = !quoted;
    const small = letter.toLowerCase();
    said += quoted || small.length !== letter.length ? letter : small;
  }
  return said;
}

// Words every pattern above needs one of: a text without any has no reply path, and is not scanned.
const TRIGGER =
  /reply|antwoord|respon|comment|coment|answer|text|txt|send|type|typ|antwort|kommentier|kommentar|schreib|rispond|scriv|reageer|word|palabra|mot|palavra|parola|woord|dm|pm|md|message|mensag|inbox|escrib|écri|stuur|manda|mande|env[ií]|envoi|envoy|invia|direct|privado|bio|call|ring|phone|whatsapp|llam|appel|chiam|lig|bel|ruf|code|coupon|cupom|\b(?:use|enter|apply|usa|utiliza|utilisez|gebruik|nutze|utilizza)\s|cup[oó]n|c[oó]digo|codice|quote|mail|reactie|(?:al|au|an|to|naar|ao|allo|para o)\s+\d{4}|senha|contrase|clave|passw|kennw|wachtw|mot de passe|mot-cl|parola/iu;

// "Please don't DM me about this", "no need to call us": the way in is refused, not offered.
const REFUSAL_BEFORE =
  /(?:\b(?:don['’]t|do not|never|no need to|there['’]s no need to|you don['’]t need to|no hace falta|no es necesario|inutile de|pas besoin de|nicht nötig|bitte nicht|non serve|não precisa|niet nodig)\s+)$/iu;

/** Whether the reply path found at `start` is one the text asks the reader not to take. */
export function refused(text: string, start: number): boolean {
  return REFUSAL_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

function scan(text: string): ReplyPath[] {
  if (!TRIGGER.test(text)) return [];
  const paths: ReplyPath[] = [];
  for (const { kind, pattern, keys } of PATTERNS) {
    // `execAll`, not `matchAll`: the same matches without a copy of each pattern per call.
    for (const match of execAll(text, pattern)) {
      const start = match.index;
      if (refused(text, start)) continue;
      paths.push({
        kind,
        start,
        end: start + match[0].length,
        text: match[0],
        keys: keys(match).filter((key) => key.length > 0),
      });
    }
  }
  return paths.sort((a, b) => a.start - b.start);
}

// A key's whole-word pattern, built once: the plan and the checks ask about the same keys many times.
const KEY_PATTERNS = new Map<string, RegExp>();
const KEY_PATTERNS_MAX = 256;

// "Call us at (704) 555-0139", offered as "reach us at (704) 555-0139": the same way in, the number kept.
// A comment's stem stands for its word in every form: "in the comments", "nos comentários", "in den
// Kommentaren".
const SAID_OTHERWISE: Record<string, string> = {
  call: 'call|reach',
  comment: 'comment\\p{L}*',
  coment: 'coment\\p{L}*',
  kommentar: 'kommentar\\p{L}*',
  reactie: 'reactie\\p{L}*',
};

function keyPattern(key: string): RegExp {
  let pattern = KEY_PATTERNS.get(key);
  if (!pattern) {
    const words = SAID_OTHERWISE[key] ?? escapeRegExp(key);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'iu');
    if (KEY_PATTERNS.size >= KEY_PATTERNS_MAX) KEY_PATTERNS.clear();
    KEY_PATTERNS.set(key, pattern);
  }
  return pattern;
}

/** Whether `text` still holds every key of a path, as whole words. */
export function keepsPath(path: ReplyPath, text: string): boolean {
  return path.keys.every((key) => keyPattern(key).test(text));
}

/** The reply paths of `draft` that `candidate` lost, by their wording in the draft. */
export function lostReplyPaths(paths: readonly ReplyPath[], candidate: string): string[] {
  return [...new Set(paths.filter((path) => !keepsPath(path, candidate)).map((path) => path.text))];
}
