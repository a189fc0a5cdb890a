/**
 * An office's words in the plain ones a person would use. A press release or a notice that says
 * "is pleased to announce the implementation of a revised collection model, with effect from
 * Monday" tells its reader one thing: the collections change on Monday. Raters left such
 * versions unsent ("only the header changed; the jargon is untouched") however calm the rest was.
 *
 * Each entry swaps a phrase for words that say the same, so no fact goes and none is added; the
 * sentence's own check (facts kept, grammar sane) still stands over the result. Someone's quoted
 * words are theirs and stay as said.
 */
import { quotationMap } from '../text';
import { replaceInTurn, replacementBlocks } from '../replacements';
import { capitalise } from './sentence';
import type { Language } from '../types';

type Swap = readonly [RegExp, string];

const ANNOUNCED_AS: ReadonlyArray<readonly [string, string]> = [
  ['implementation|introduction|roll-?out', 'introducing'],
  ['launch', 'launching'],
  ['opening', 'opening'],
  ['commencement|start', 'starting'],
];

const PLEASED = String.raw`(?:pleased|delighted|proud|excited|thrilled|happy|honou?red)`;

// The jobs a job ad boasts about: "a 10x engineer", "a 10x full-stack ninja".
const BOASTED_JOB = String.raw`(?:(?:full[- ]stack|front[- ]end|back[- ]end|software|senior|product|growth|data|sales) )?(?:engineers?|developers?|devs?|programmers?|designers?|marketers?|analysts?|ninjas?|rock ?stars?|gurus?|wizards?)\b`;
/**
 * A figure a job ad boasts with: "a 10x engineer", "we only hire the top 1%", "A-players". Where the
 * plain words take one out, it goes with the boast: no fact the version must keep.
 */
export const BOAST_FIGURE = new RegExp(
  String.raw`\b10x (?=${BOASTED_JOB})|\bonly hire the (?:top|best) \d+\s?%|\bA-players\b`,
  'giu',
);

// "set to completely transform the supply chain industry forever", "that will revolutionise how teams
// do timesheets": the promise of a revolution is the billboard's; what the thing is for is the news.
const LEADS_TO_CHANGE = String.raw`(?:that|which) (?:will|is (?:set|poised|going) to|promises to)|(?<!\b(?:is|are|was|were|be|been|am|it['’]s|we['’]re|they['’]re)\s)(?:set|poised|destined) to`;
const INTENSITY = String.raw`(?:completely |totally |truly |fundamentally |radically |forever )?`;
const GRAND_CHANGE = String.raw`(?:transform|revolutioni[sz]e|reinvent|redefine|disrupt)`;
const FOR_GOOD = String.raw`(?: forever| for good| for ever| once and for all)`;
const CHANGE_OBJECT = String.raw`((?:how|the way|the|every|your|our|home|\p{Ll}+ing)\b[^,.!?;:—–()\n]{1,60}?)`;

// "Only 6 of our 80 members bothered to show up": who came, without the scolding.
const BOTHERED_TO: ReadonlyArray<readonly [string, string]> = [
  ['show up', 'showed up'],
  ['turn up', 'turned up'],
  ['come', 'came'],
  ['reply', 'replied'],
  ['respond', 'responded'],
  ['vote', 'voted'],
];

const EN: Swap[] = [
  ...BOTHERED_TO.map(([verb, past]): Swap => [
    new RegExp(String.raw`(?<!\bcould )\bbothered to ${verb}\b`, 'gu'),
    past,
  ]),
  [
    new RegExp(
      String.raw`\b(?:${LEADS_TO_CHANGE}) ${INTENSITY}${GRAND_CHANGE} ${CHANGE_OBJECT}${FOR_GOOD}?(?=[,.!?;]|$)`,
      'gu',
    ),
    'for $1',
  ],
  [
    new RegExp(
      String.raw`\b(?:${LEADS_TO_CHANGE}) (?:(?:completely|totally|forever) change ${CHANGE_OBJECT}${FOR_GOOD}?|change ${CHANGE_OBJECT}${FOR_GOOD})(?=[,.!?;]|$)`,
      'gu',
    ),
    'for $1$2',
  ],
  // "…will not be refunded under any circumstances", "…is strictly prohibited": the rule stays, the bark
  // that comes with it goes. Not "Under no circumstances…", which is the rule itself, nor the words a
  // short sentence says nothing else with ("This applies without exception.").
  [/(?<=(?:\S+\s+){4,}\S+),? (?:under|in) any circumstances\b/gu, ''],
  [/(?<=(?:\S+\s+){4,}\S+),? (?:and )?without exception\b/gu, ''],
  // "…on this occasion and consider this matter closed": the answer stays, the door shut after it goes.
  [
    /,? and (?:we )?consider (?:this|the) (?:matter|case|complaint) (?:closed|resolved|concluded)(?=[.!]?$)/gu,
    '',
  ],
  [/\bstrictly (?=(?:prohibited|forbidden|not permitted|not allowed)\b)/gu, ''],
  // "The Council is pleased to announce the implementation of a revised model" → "is introducing".
  ...ANNOUNCED_AS.map(([noun, verb]): Swap => [
    new RegExp(String.raw`\b(is|are) ${PLEASED} to announce the (?:${noun}) of\b`, 'gu'),
    `$1 ${verb}`,
  ]),
  [/\bannounced the launch of\b/gu, 'launched'],
  [/\bannounces the launch of\b/gu, 'launches'],
  [/\bthe commencement of\b/gu, 'the start of'],
  [/\bcommenced\b/gu, 'started'],
  [/\bCommenced\b/gu, 'Started'],
  [/\bcommence(s?)\b/gu, 'start$1'],
  [/\bCommence(s?)\b/gu, 'Start$1'],
  [/\bWith effect from\b/gu, 'From'],
  [/\bwith effect from\b/gu, 'from'],
  [/\bin accordance with\b/gu, 'in line with'],
  [/\bat (?:this point in time|the present time)\b/gu, 'now'],
  [/\bin the event that\b/gu, 'if'],
  [/\bon a (daily|weekly|monthly|yearly) basis\b/gu, '$1'],
  [/\bon a regular basis\b/gu, 'regularly'],
  [/\bin a timely (?:manner|fashion)\b/gu, 'promptly'],
  [/\b(?:is|are|may be|will be|could be) subject to change\b/gu, 'may change'],
  [/\b(?:will |shall )?endeavou?r to\b/gu, 'will try to'],
  [/\bascertain\b/gu, 'find out'],
  [/\bregarding\b/gu, 'about'],
  // "Residents are advised to store water" → "Residents may want to store…": advice stays advice;
  // "Members are invited to vote" → "Members can vote".
  [
    /\b(residents|customers|members|parents|guests|users|patients|tenants|visitors|passengers|students|staff) are (?:advised|encouraged) to\b/giu,
    '$1 may want to',
  ],
  [
    /\b(residents|customers|members|parents|guests|users|patients|tenants|visitors|passengers|students|staff) are invited to\b/giu,
    '$1 can',
  ],
  // "Residents are kindly requested to remove…" → "Please remove…": the request, made to the reader.
  [
    /^(?:All )?(?:residents|customers|members|parents|guests|users|patients|tenants|visitors|passengers|students|staff|employees|colleagues) are (?:kindly |politely |respectfully )?(?:requested|asked) to\s+(?=\p{Ll})/giu,
    'Please ',
  ],
  // …and "their belongings" are now the reader's: "Please remove your belongings".
  [/^(Please (?:[\p{Ll}-]+ ){1,3}?)their\b/gu, '$1your'],
  [/^(Please (?:[\p{Ll}-]+ ){1,3}?)themselves\b/gu, '$1yourselves'],
  [/\bto consult (the|our)\b/gu, 'to check $1'],
  [/\bcan consult (the|our)\b/gu, 'can check $1'],
  // "…brings a wealth of experience and a proven track record of success": the experience, plainly.
  [
    /\ba wealth of (experience|knowledge|expertise)(?: and (?:a proven|an impressive|a strong) track record(?: of (?:success|delivery))?)?/gu,
    'a lot of $1',
  ],
  // "…to better use cross-functional synergies and drive operational excellence": what the goal
  // words add is nothing a reader can check; the change itself stays.
  [
    /,?\s+(?:and|to) (?:drive|deliver|achieve) (?:operational excellence|(?:sustainable|improved|better|positive|meaningful) (?:outcomes|success|results|growth|value)(?: for (?:residents|customers|members|the community|our clients)(?: across [^,.;!?]+)?)?)(?=[\s,.;!?]|$)/gu,
    '',
  ],
  // "You'd be crazy not to call me: 07700 912 384" → "Call me: 07700 912 384": the way to reach
  // the sender stays; the scorn for anyone who doesn't goes.
  [
    /^You(?:['’]d be| would be|['’]re| are) (?:crazy|mad|nuts|silly|insane|foolish|a fool) not to\s+(?=\p{Ll})/gu,
    '',
  ],
  // "Can you really not spare £5?" → "Could you spare £5?": the ask and its sum stay; the guilt goes.
  [
    /^(?:(?:But|And|So),? )?(?:[Cc]an(?:['’]t|not) you (?:really |honestly |seriously )?|[Cc]an you (?:really |honestly |seriously )(?:not )?|[Cc]an you not )spare\b/gu,
    'Could you spare',
  ],
  // "Can you really say no to £5?" → "Could you spare £5?": the same ask put as a test of the reader.
  [
    /^(?:(?:But|And|So),? )?(?:[Cc]an|[Cc]ould|[Ww]ould) you (?:really |honestly |seriously )(?:say no to|refuse|turn down) (?=(?:just |only )?[£$€]\s?\d)/gu,
    'Could you spare ',
  ],
  // "You are cordially invited to attend the Roundtable" → "You're invited to the Roundtable".
  [/^You are cordially invited to (?:attend |join us (?:at|for) )?/gu, "You're invited to "],
  // "Meridian Legal cordially requests the pleasure of your attendance at our Evening" → "invites
  // you to our Evening": the same invitation, as a person would send it.
  [
    /\b(?:cordially )?requests? the (?:pleasure|honou?r) of your (?:company|attendance|presence) at\b/gu,
    'invites you to',
  ],
  // "RSVP is mandatory by 20 November" → "Please RSVP by 20 November": the date stands, asked.
  [/^RSVP (?:is|are) (?:mandatory|required|essential|compulsory)\b/gu, 'Please RSVP'],
  [/^Kindly (?=RSVP\b)/gu, 'Please '],
  [/\bkindly (?=RSVP\b)/gu, 'please '],
  // "Residents are advised that collection days may change." → "Collection days may change."
  [
    /^(?:All )?(?:Residents|Customers|Members|Parents(?:\s*(?:\/|and|&)\s*(?:[Cc]arers|[Gg]uardians))?|Guests|Users|Patients|Tenants|Visitors|Passengers|Students|Staff|Policyholders) (?:are|will be) (?:(?:kindly|politely|again) )?(?:advised|reminded|informed|notified) that\s+(?=\p{Ll}|\p{Lu}\p{Ll})(?![^.!?\n]*\b(?:they|their|them|themselves)\b)/gu,
    '',
  ],
  // "Be advised that the inspection will take place…", "Please note that the office closes…": the
  // notice's throat-clearing; what it says is said.
  [/^(?:Please (?:be advised|note|be aware)|Be advised|Be aware|Note) that\s+(?=\p{Ll})/gu, ''],
  // "Your complaint … will be processed in line with our standard procedures": the procedure is the
  // office's, and tells the reader nothing.
  [
    /,?\s+in (?:line|accordance) with (?:our|the) (?:standard|usual|normal|internal) (?:procedures?|process(?:es)?|policy|policies)(?=[\s,.;!?]|$)/gu,
    '',
  ],
  // "We are therefore unable to offer a refund." → "So we can't offer a refund.": the refusal stays,
  // said as a person says it.
  [/^We are therefore unable to\b/gu, "So we can't"],
  [/^We are unable to\b/gu, "We can't"],
  [/\bwe are unable to\b/gu, "we can't"],
  [
    /^Therefore,? your (request|application|claim|order|refund request) cannot be (process|accept)ed\b/gu,
    "So we can't $2 your $1",
  ],
  [
    /^Therefore,? your (request|application|claim|order|refund request) cannot be (approv|complet)ed\b/gu,
    "So we can't $2e your $1",
  ],
  // "Queries should be directed in writing to admin@…" → "Please send any questions in writing to…".
  [
    /^(?:Any (?:queries|questions|enquiries|inquiries)|Queries|Questions|Enquiries|Inquiries) should be (?:directed|addressed|sent|submitted) (in writing )?to\b/gu,
    'Please send any questions $1to',
  ],
  // "No telephone enquiries will be accepted." → "We can't take questions by phone."
  [
    /^No (?:telephone|phone) (?:enquiries|inquiries|queries|calls) will be (?:accepted|taken|answered)(?=[.!]*$)/gu,
    "We can't take questions by phone",
  ],
  // "Do not reply to this message." → "Please don't reply to this message.": the same instruction, asked.
  [
    /^(?:Please )?[Dd]o not reply to this (email|e-mail|message|text|SMS|address)\b/gu,
    "Please don't reply to this $1",
  ],
  [/^(?:Please )?[Dd]o not reply(?=[.!]*$)/gu, "Please don't reply"],
  // "LumaCart, the UK's leading and most innovative retail-tech company," → "a UK retail-tech
  // company": where it is from stays, the ranking goes ("an" before a vowel's sound). Only a place
  // that reads as a word before a noun: an abbreviation or a name of two or three words ("the Lake
  // District's" → "a Lake District"); "the North's" would be "a North", and "one of the UK's leading
  // providers" is plural.
  [
    /(?<!\bone of )\bthe ((?:[AIO]|E(?!u))(?:[A-Z]{1,2}|[\p{L}-]+(?: \p{Lu}[\p{L}-]*){1,2}))['’]s (?:leading|best|top|number one|No\.? ?1|#1|most (?:innovative|trusted|advanced|respected|popular|loved|successful))(?:,? (?:and )?(?:the )?(?:leading|most (?:innovative|trusted|advanced|respected|popular|loved|successful)|innovative|trusted|advanced|respected|popular|loved|successful))* (?=\p{Ll})/gu,
    'an $1 ',
  ],
  [
    /(?<!\bone of )\bthe ((?!(?:[AIO]|E(?!u)))(?:[A-Z]{2,3}|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,2}))['’]s (?:leading|best|top|number one|No\.? ?1|#1|most (?:innovative|trusted|advanced|respected|popular|loved|successful))(?:,? (?:and )?(?:the )?(?:leading|most (?:innovative|trusted|advanced|respected|popular|loved|successful)|innovative|trusted|advanced|respected|popular|loved|successful))* (?=\p{Ll})/gu,
    'a $1 ',
  ],
  // A headline's ranking and hype in title case: "Launches World's Most Advanced AI Shopping
  // Assistant", "Opens Game-Changing New Branch in Keswick", "Unveils the World's Most Revolutionary
  // E-Bike" (an e-bike: not "the World's Most E-Bike", and "Unveils the E-Bike" reads as one the reader
  // should know already).
  // The article is made to agree with its new neighbour where the plan reads these words. Not before
  // "… Ever Created", "… Yet", "… of All Time": what measured the superlative would be left with
  // nothing to measure (as the hype step leaves "the most revolutionary burger ever created").
  [
    /\b[Tt]he [Ww]orld['’]s [Mm]ost \p{L}+ (?=\p{Lu})(?!(?:[\p{L}-]+ ){1,3}(?:Ever|Yet|[Oo]f All Time)\b)/gu,
    'a ',
  ],
  [/\b[Ww]orld['’]s [Mm]ost \p{L}+ (?=\p{Lu})(?!(?:[\p{L}-]+ ){1,3}(?:Ever|Yet|[Oo]f All Time)\b)/gu, ''],
  [
    /(?<=\p{L} )(?<![Mm]ost )(?:Game-Changing|Groundbreaking|Ground-Breaking|Revolutionary|Cutting-Edge|Best-in-Class|Industry-Leading|World-Class) (?=\p{Lu})/gu,
    '',
  ],
  // "Are you a ninja-level Sales Development Rep who lives and breathes hustle?": the job, without
  // the costume.
  [/\b(?:ninja|rockstar|rock-star|guru|superstar)-level\s+/gu, ''],
  [
    // "…who lives and breathes marketing 24/7?": the hours go with the cliché they belonged to.
    /\s+who (?:lives and breathes|eats,? sleeps,? and breathes|eats and breathes) (?:hustle|sales|growth|marketing|code)\b(?:\s+24\/7)?/gu,
    '',
  ],
  [/,?\s+and (?:we )?only hire the (?:top|best) \d+\s?%/gu, ''],
  // "a 10x engineer", "25 more A-players", "a full-stack ninja": the job and the people, without the
  // boast about them (the plan makes "a engineer" agree with its new neighbour, as for every swap).
  [new RegExp(String.raw`\b10x (?=${BOASTED_JOB})`, 'giu'), ''],
  // Not "Only A-players need apply": without the boast that line says nothing, and goes as a whole.
  [/(?<!\b[Oo]nly )\bA-players\b/gu, 'people'],
  [
    /\b((?:[Ff]ull|FULL)[- ](?:[Ss]tack|STACK)|(?:[Ff]ront|FRONT)[- ](?:[Ee]nd|END)|(?:[Bb]ack|BACK)[- ](?:[Ee]nd|END)) (?:Ninja|Rock ?[Ss]tar|Guru|Wizard|Unicorn|Jedi|NINJA|ROCKSTAR)\b/gu,
    '$1 Developer',
  ],
  [
    /\b(full[- ]stack|front[- ]end|back[- ]end) (?:ninja|rock ?star|guru|wizard|unicorn|jedi)\b/giu,
    '$1 developer',
  ],
  // "Northern Grid Networks accepts no liability for any inconvenience caused": a notice's reader is
  // owed an apology for the trouble, not a disclaimer of it. Who speaks stays; so does "any".
  [
    /^We (?:accept no|do not accept any|cannot accept any|are not|will not be|can't accept any) (?:liability|responsibility|responsible|liable) for (any |the |)(inconvenience|disruption|delays?)(?: (?:caused|this may cause|that this may cause|arising)\b[^.!?]*)?(?=[.!]?$)/gu,
    'We apologise for $1$2',
  ],
  [
    /^((?:The |Our )?\p{Lu}[\p{L}&'’.-]*(?: (?:&|of|and|\p{Lu}[\p{L}&'’.-]*)){0,5}) (?:accepts no|does not accept any|cannot accept any|is not|will not be) (?:liability|responsibility|responsible|liable) for (any |the )(inconvenience|disruption|delays?)(?: (?:caused|this may cause|that this may cause|arising)\b[^.!?]*)?(?=[.!]?$)/gu,
    '$1 apologises for $2$3',
  ],
  [
    /^((?:The |Our )?\p{Lu}[\p{L}&'’.-]*(?: (?:&|of|and|\p{Lu}[\p{L}&'’.-]*)){0,5}) (?:accepts no|does not accept any|cannot accept any|is not|will not be) (?:liability|responsibility|responsible|liable) for (inconvenience|disruption|delays?)(?: (?:caused|this may cause|that this may cause|arising)\b[^.!?]*)?(?=[.!]?$)/gu,
    '$1 apologises for the $2',
  ],
  [/^Going forward,\s*/gu, ''],
  [/,\s*going forward(?=[.!?]|$)/gu, ''],
];

const FRENCH_ANNOUNCES = String.raw`\b(?:a le plaisir|a l['’]honneur|(?:est|sont) (?:fier|fière|fiers|fières|heureux|heureuse|heureuses|ravi|ravie|ravis|ravies)|se réjouit|annonce)(?: d['’]annoncer)? le lancement `;

const FR: Swap[] = [
  [/ strictement (?=interdit)/gu, ' '],
  [/(?<=(?:\S+\s+){4,}\S+),? sans (?:aucune )?exception(?![\p{L}])/gu, ''],
  // "La Mairie décline toute responsabilité pour la gêne occasionnée": the apology the reader is owed.
  [
    /\bdécline toute responsabilité (?:pour|quant à|en cas de) (?:la |les |toute |tout )?(gêne|désagréments?|perturbations?)(?: occasionnée?s?)?(?=[.!]?$)/gu,
    "s'excuse pour la gêne occasionnée",
  ],
  // "La Société informe son aimable clientèle qu'une coupure…", "remercie sa clientèle pour sa
  // compréhension": the company speaks to the reader, not of them.
  [
    /\binforme (?:son aimable|sa fidèle|son honorable|sa chère|sa) clientèle (qu['’]|que )/gu,
    'vous informe $1',
  ],
  [
    /\bremercie (?:son aimable|sa fidèle|sa chère|sa) clientèle (?:pour|de) sa compréhension\b/gu,
    'vous remercie de votre compréhension',
  ],
  // "La Ville a le plaisir d'annoncer le lancement de sa démarche" → "La Ville lance sa démarche".
  ...(
    [
      ["de (la |l['’]|sa |son |ses |leur |leurs )", 'lance $1'],
      ['du ', 'lance le '],
      ['des ', 'lance les '],
    ] as const
  ).map(([article, said]): Swap => [new RegExp(`${FRENCH_ANNOUNCES}${article}`, 'gu'), said]),
  // "le Groupe Assurvia a le plaisir de vous annoncer la fusion…", "nous sommes fiers de vous
  // annoncer l'ouverture…": the news, told; who is pleased goes.
  [
    /\b(?:a le plaisir|a l['’]honneur|est (?:fier|fière|heureux|heureuse|ravi|ravie)) (?:de vous|d['’]) ?annoncer (?=\p{Ll})/gu,
    'annonce ',
  ],
  [
    /\b(?:ont le plaisir|ont l['’]honneur|sont (?:fiers|fières|heureux|heureuses|ravis|ravies)) (?:de vous|d['’]) ?annoncer (?=\p{Ll})/gu,
    'annoncent ',
  ],
  [
    /\b([Nn])ous (?:avons le plaisir|avons l['’]honneur|sommes (?:fiers|fières|heureux|heureuses|ravis|ravies)) (?:de vous|d['’]) ?annoncer (?=\p{Ll})/gu,
    '$1ous annonçons ',
  ],
];

const ES: Swap[] = [
  // "¿De verdad no puedes donar 10 €?" → "¿Puedes donar 10 €?": the ask and its sum stay; the guilt goes.
  ...(['puedes', 'podéis', 'puede', 'pueden'] as const).map((can): Swap => [
    new RegExp(
      `^¿(?:De verdad|En serio|Realmente) no ${can} (?=(?:donar|dar|aportar) (?:solo |sólo )?\\d)`,
      'gu',
    ),
    `¿${can.charAt(0).toUpperCase()}${can.slice(1)} `,
  ]),
  [/ terminantemente (?=prohibid)/gu, ' '],
  [/(?<=(?:\S+\s+){4,}\S+),? sin (?:ninguna )?excepci[oó]n(?:es)?(?![\p{L}])/gu, ''],
  // "Se les comunica que…", "El Ayuntamiento no se hace responsable de las molestias": the notice
  // speaks to its reader, and owns the trouble it causes.
  [
    /^Se (?:les |os )?(?:comunica|informa) (?:a los vecinos |a las familias |a los usuarios )?(?:de )?que\b/gu,
    'Les informamos de que',
  ],
  [
    /\bno se hace(?:n)? responsable(?:s)? de las molestias(?: ocasionadas| que (?:esto|ello) pueda ocasionar)?/gu,
    'lamenta las molestias',
  ],
  // "Grupo Alba se complace en anunciar el lanzamiento…": the news, told.
  [
    /\b(?:se complace en|tiene el (?:placer|gusto|honor) de|se enorgullece de) anunciar (?=\p{Ll})/gu,
    'anuncia ',
  ],
  // "pone en marcha un innovador Plan…", "un impulso sin precedentes para": the plan and the push.
  // "Desde Grupo Innovalia nos enorgullece anunciar la apertura…": "anunciamos la apertura".
  [
    /\b(?:[Nn]os (?:complace|enorgullece|alegra)|[Tt]enemos el (?:placer|gusto|honor|orgullo) de) anunciar(?:les|os)? (?=\p{Ll})/gu,
    'anunciamos ',
  ],
  [/\b(un|una) (?:innovador|innovadora|novedos[oa]|pioner[oa]) (?=\p{L})/gu, '$1 '],
  [/\s+sin precedentes\b/gu, ''],
  // "referente indiscutible del mercado", "seguimos creciendo a un ritmo imparable", "nuestro firme
  // compromiso": the praise goes, what is said stays.
  [/\b(referente|líder|lider) (?:indiscutible|indiscutido|absoluto)\b/gu, '$1'],
  [/\s+a un ritmo (?:imparable|vertiginoso|sin igual|frenético)\b/gu, ''],
  [/\b(compromiso) (?:firme|inquebrantable)\b/gu, '$1'],
  [/\b(nuestro|su) (?:firme|inquebrantable) (compromiso)\b/gu, '$1 $2'],
];

const IT: Swap[] = [
  [/ (?:rigorosamente|severamente|assolutamente) (?=vietat)/gu, ' '],
  [/(?<=(?:\S+\s+){4,}\S+),? senza (?:alcuna )?eccezion[ei](?![\p{L}])/gu, ''],
  // "Il Comune declina ogni responsabilità per eventuali disagi": the apology the reader is owed.
  [
    /\b(?:declina|declinano) ogni responsabilità per (?:eventuali |gli |i )?(disagi|inconvenienti|ritardi)\b(?: [^.!?]*)?(?=[.!]?$)/gu,
    'si scusa per i $1',
  ],
  // "Il Gruppo, …, è lieto di annunciare il perfezionamento…", "annuncia con grande entusiasmo
  // l'acquisizione": the news, told; who is pleased goes.
  [
    /(?<![\p{L}])(?:è|e') (?:lieto|lieta|felice|orgoglioso|orgogliosa|fiero|fiera) di annunciare (?=\p{Ll})/gu,
    'annuncia ',
  ],
  [/\b(?:ha il piacere|ha l['’]onore|si pregia) di annunciare (?=\p{Ll})/gu, 'annuncia '],
  [
    /\bsono (?:lieti|liete|felici|orgogliosi|orgogliose|fieri|fiere) di annunciare (?=\p{Ll})/gu,
    'annunciano ',
  ],
  [
    /\b(annuncia|annunciano) con (?:grande |enorme |immenso )?(?:entusiasmo|orgoglio|piacere|soddisfazione|gioia) /gu,
    '$1 ',
  ],
  [/\b(punto di riferimento) indiscusso\b/gu, '$1'],
];

const PT: Swap[] = [
  [/ (?:estritamente|terminantemente|expressamente) (?=proibid)/gu, ' '],
  [/(?<=(?:\S+\s+){4,}\S+),? sem (?:qualquer )?exce[çc][ãa]o(?![\p{L}])/gu, ''],
  // "A Junta não se responsabiliza por quaisquer transtornos": the apology the reader is owed.
  [
    /\bnão se responsabiliza(?:m)? por (?:quaisquer|eventuais|os) (transtornos|incómodos|incômodos|inconvenientes)\b(?: [^.!?]*)?(?=[.!]?$)/gu,
    'pede desculpa pelos $1',
  ],
  // "Informa-se que…": the notice speaks to its reader.
  [/^Informa-se (?:os|as) [\p{L}]+ (?:de )?que\b/gu, 'Informamos que'],
  [/^Informa-se que\b/gu, 'Informamos que'],
  // "O Banco tem o prazer de anunciar o lançamento da aplicação Índico+" → "O Banco lança a
  // aplicação Índico+"; "uma solução de vanguarda" and "inovadora" are the sender's praise.
  [/\btem o (?:prazer|orgulho|gosto|privilégio) de anunciar o lançamento d(a|o|as|os) /gu, 'lança $1 '],
  [/\btem o (?:prazer|orgulho|gosto|privilégio) de anunciar (?=\p{Ll})/gu, 'anuncia '],
  [/\b[Tt]emos o (?:prazer|orgulho|gosto|privilégio) de (?:vos |lhes )?anunciar (?=\p{Ll})/gu, 'anunciamos '],
  [/\b(?:está|fica) (?:feliz|orgulhos[oa]|satisfeit[oa]) (?:em|por) anunciar (?=\p{Ll})/gu, 'anuncia '],
  // After its noun only: "mais completa e inovadora", "inovador e disruptivo" would lose their grammar.
  [
    /(?<=(?<![\p{L}])(?!(?:mais|muito|tão|bem|menos)(?![\p{L}]))\p{L}{3,}) (?:inovador|inovadora|inovadores|inovadoras|de vanguarda|de classe mundial)(?= *[,.;:!?)]| +(?!e |ou )\p{L}|$)/gu,
    '',
  ],
  [/\b(compromisso) inabalável\b/gu, '$1'],
];

const NL: Swap[] = [
  [/ ten strengste (?=verboden)/gu, ' '],
  [/(?<=(?:\S+\s+){4,}\S+),? zonder (?:enige )?uitzondering(?![\p{L}])/gu, ''],
  // "De gemeente is niet aansprakelijk voor eventuele overlast": the apology the reader is owed.
  [
    /\b(?:is|zijn) niet aansprakelijk voor (?:eventuele |enige |de )?(overlast|ongemak|hinder)\b(?: [^.!?]*)?(?=[.!]?$)/gu,
    'biedt excuses aan voor de $1',
  ],
  // "Naar aanleiding hiervan delen wij u mede dat…", "Er is derhalve geen aanleiding…": the
  // office's Dutch in the words people say ("laten wij u weten dat", "daarom").
  [/\bdelen wij u mede dat\b/gu, 'laten wij u weten dat'],
  [/\bderhalve\b/gu, 'daarom'],
  [/\bin goede orde ontvangen\b/gu, 'ontvangen'],
  [/\bteneinde\b/gu, 'om'],
];

const DE: Swap[] = [
  [/ strengstens (?=(?:untersagt|verboten))/gu, ' '],
  [/(?<=(?:\S+\s+){4,}\S+),? ohne (?:jede )?Ausnahme(?![\p{L}])/gu, ''],
  // "Die Stadtwerke übernehmen keine Haftung für Unannehmlichkeiten": the apology the reader is owed.
  [
    /\bübernimmt keine (?:Haftung|Verantwortung) für (?:etwaige |eventuelle |die )?(?:Unannehmlichkeiten|Störungen|Verzögerungen)(?: [^.!?]*)?(?=[.!]?$)/gu,
    'bittet um Entschuldigung für die Unannehmlichkeiten',
  ],
  [
    /\bübernehmen keine (?:Haftung|Verantwortung) für (?:etwaige |eventuelle |die )?(?:Unannehmlichkeiten|Störungen|Verzögerungen)(?: [^.!?]*)?(?=[.!]?$)/gu,
    'bitten um Entschuldigung für die Unannehmlichkeiten',
  ],
  // "Wir teilen Ihnen hiermit mit, dass…", "Wir setzen Sie hiermit in Kenntnis, dass…": the form
  // letter's throat; what follows is said as it was.
  [/\b([Ww])ir teilen Ihnen (?:hiermit |hierdurch )?mit, dass\b/gu, '$1ir möchten Ihnen sagen, dass'],
  [/\bdiesbezüglich\b/gu, 'dazu'],
];

const SWAPS: Partial<Record<Language, readonly Swap[]>> = {
  en: EN,
  fr: FR,
  es: ES,
  it: IT,
  pt: PT,
  nl: NL,
  de: DE,
};
const BLOCKS = new Map<Language, ReturnType<typeof replacementBlocks>>();

// A quotation mark of any kind: a sentence without one has no one's words in it.
const QUOTE_MARK = /["“”«»„]/u;

/**
 * The swaps run over the sentence outside what it quotes: someone's words in quotation marks are
 * theirs to say, and a title in «guillemets» is no reason to leave the rest of the sentence as it was.
 */
function outsideQuotes(sentence: string, blocks: ReturnType<typeof replacementBlocks>): string {
  if (!QUOTE_MARK.test(sentence)) return replaceInTurn(sentence, blocks);
  const quoted = quotationMap(sentence);
  let out = '';
  let from = 0;
  for (let at = 1; at <= sentence.length; at++) {
    if (at < sentence.length && quoted[at] === quoted[from]) continue;
    const piece = sentence.slice(from, at);
    out += quoted[from] === 1 ? piece : replaceInTurn(piece, blocks);
    from = at;
  }
  return out;
}

/** The sentence in plain words, or as written when none of its phrases has a plainer one. */
export function inPlainWords(sentence: string, language: Language): string {
  const swaps = SWAPS[language];
  if (!swaps) return sentence;
  let blocks = BLOCKS.get(language);
  if (!blocks) BLOCKS.set(language, (blocks = replacementBlocks(swaps)));
  let text = outsideQuotes(sentence, blocks);
  // "…are reminded that contaminated recycling will be rejected and that repeated failure…": with the
  // first "that" gone, the second joins two plain clauses.
  // The opening is what went before the words the text now starts with (a later swap may have taken
  // words out further on, "…will NOT be collected under any circumstances and that…").
  const start = sentence.toLowerCase().indexOf(text.slice(0, 20).toLowerCase());
  const opening = start > 0 ? sentence.slice(0, start) : '';
  if (language === 'en' && /\bthat\s+$/u.test(opening))
    text = text.replace(/^((?:(?!\bthat\b)[^,;:.!?])*?) and that (?=\p{Ll})/u, '$1 and ');
  // "Residents are advised that collection days…": what is left opens the sentence with its capital.
  return /^\p{Lu}/u.test(sentence) && /^\p{Ll}/u.test(text) ? capitalise(text) : text;
}
