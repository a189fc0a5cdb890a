import type { DraftAnalysis, Intent } from '../analysis';
import { hash } from '../model/features';
import type { Language } from '../types';
import { PRAISE_ONLY } from './praise-runs';

/**
 * The closing question of a rewrite: one specific question built from the draft's own content (the
 * person, the event, the product, the tip), chosen by the draft's intent. No question where none
 * can be answered (a past event, a formal notice, a reply to a customer) and none when the draft
 * already invites a reply. Every intent has questions of its own: no two intents share one.
 */

type Asking = Exclude<Intent, 'reply'>;
type Planned = Exclude<Language, 'other'>;

/** What the draft names, for the questions that can use it. */
export interface Topic {
  person?: string;
  /** A common noun for the thing: "webinar", "guide", "app". */
  thing?: string;
  /** What the person brings, as the draft says it, with its pronoun: "her ten years in payments". */
  past?: string;
}

type Template = (topic: Topic) => string | null;

const withPerson =
  (make: (person: string) => string): Template =>
  ({ person }) =>
    person ? make(person) : null;
const withThing =
  (make: (thing: string) => string): Template =>
  ({ thing }) =>
    thing ? make(thing) : null;
const plain =
  (question: string): Template =>
  () =>
    question;

const firstName = (person: string): string => person.split(' ')[0] as string;

// Things you watch or listen to: asked about the next one, not what is missing from this one.
const MEDIA = /^(?:episode|podcast|video|livestream|series)$/u;
// Events with a speaker, where a reader can ask for a topic; the others are places to bring someone.
const TALKS =
  /^(?:webinar|workshop|conference|summit|session|talk|panel|livestream|class|q&a|ama|masterclass|bootcamp)$/u;

// Things with parts a reader picks from: "the new menu", not "the new flavour".
const TRIED_IN =
  /^(?:app|menu|collection|range|shop|store|website|site|dashboard|course|version|update|tool)$/u;

// English: the first template that can be filled wins its slot; slots per intent, picked by the
// draft. Every template names what the draft names (the person, the role, the thing): a question
// that could close any draft of its kind ("What would you try first?") reads like a template, and
// the rewrite is better ending on the draft's own words, so where nothing can be named there is none.
const EN: Record<Asking, Template[][]> = {
  giveaway: [[plain('Who would you share it with if you won?')], [plain('What would you do with it first?')]],
  offer: [
    [withThing((thing) => `What would you use the ${thing} for?`)],
    [withThing((thing) => `What would you want to know about the ${thing} before trying it?`)],
  ],
  fundraising: [
    [plain('What would you like to know about where the money goes?')],
    [plain('Which part of this work would you like to hear more about?')],
  ],
  // The role, as the draft writes it: "Who would you recommend for the Senior Talent Partner role?"
  hire: [[withThing((role) => `Who would you recommend for the ${role} role?`)]],
  // "What would you ask Dana about her ten years in payments?": the person's own past, when the draft says it.
  welcome: [
    [
      ({ person, past }) =>
        person && past ? `What would you ask ${firstName(person)} about ${past}?` : null,
      withPerson((person) => `What would you like to ask ${person} in their first week?`),
    ],
    [
      ({ person, past }) =>
        person && past ? `What would you ask ${firstName(person)} about ${past}?` : null,
      withPerson((person) => `What tip would you give ${person} for their first month?`),
    ],
  ],
  milestone: [[plain('What should we work on next?')], [plain('What would you like to see from us next?')]],
  launch: [
    [
      withThing((thing) =>
        TRIED_IN.test(thing)
          ? `What would you try first in the new ${thing}?`
          : `What would you like to know about the new ${thing}?`,
      ),
    ],
    [withThing((thing) => `What would you like to know about the new ${thing}?`)],
  ],
  event: [
    [
      withThing((thing) =>
        TALKS.test(thing)
          ? `What would you like the ${thing} to cover?`
          : `Who would you bring to the ${thing}?`,
      ),
    ],
    [
      withThing((thing) =>
        TALKS.test(thing)
          ? `What question would you bring to the ${thing}?`
          : `Who would you bring to the ${thing}?`,
      ),
    ],
  ],
  content: [
    [
      withThing((thing) =>
        MEDIA.test(thing)
          ? `Which topic should the next ${thing} cover?`
          : `What would you add to the ${thing}?`,
      ),
    ],
  ],
  thanks: [
    [
      withPerson((person) => `What would you like to say to ${person}?`),
      plain('Who would you like to thank this week?'),
    ],
    [plain('Who else deserves a thank-you?')],
  ],
  chat: [
    [plain("What's your take?")],
    [plain("Does this match what you've seen?")],
    [plain("What's been your experience?")],
  ],
  // A notice asks nothing of the reader; it offers to answer. A past event asks those who came.
  notice: [[plain('Questions about this? Just ask.')], [plain('If this affects your plans, let us know.')]],
  'event-past': [
    [
      withThing((thing) => `If you were at the ${thing}, what was your highlight?`),
      plain('If you were there, what was your highlight?'),
    ],
    [plain('If you were there, what stayed with you?')],
  ],
};

// The other languages: two plain questions per intent, in the register the rules' lexicons use.
const OTHERS: Record<Exclude<Planned, 'en'>, Record<Asking, [string, string]>> = {
  es: {
    giveaway: ['¿Con quién lo compartirías si ganas?', '¿Qué harías primero con él?'],
    offer: ['¿Para qué lo usarías?', '¿Qué parte te resultaría más útil?'],
    fundraising: [
      '¿Qué te gustaría saber sobre a dónde va el dinero?',
      '¿De qué parte de este trabajo te gustaría saber más?',
    ],
    hire: ['¿A quién conoces que encajaría aquí?', '¿Qué te gustaría saber del equipo antes de postularte?'],
    welcome: ['¿Qué le preguntarías en su primera semana?', '¿Qué debería saber para trabajar contigo?'],
    milestone: ['¿En qué deberíamos trabajar ahora?', '¿Qué te gustaría ver de nosotros después?'],
    launch: ['¿Qué probarías primero?', '¿Qué te gustaría que hiciera después?'],
    event: ['¿Qué te gustaría que tratáramos?', '¿Qué pregunta traerías?'],
    content: ['¿Qué añadirías?', '¿Qué parte coincide con tu experiencia?'],
    thanks: ['¿A quién te gustaría dar las gracias esta semana?', '¿Quién más merece un agradecimiento?'],
    chat: ['¿Tú qué opinas?', '¿Cómo te ha ido a ti?'],
    notice: ['¿Dudas sobre esto? Pregúntanos.', 'Si esto te afecta, cuéntanos.'],
    'event-past': ['Si estuviste, ¿qué fue lo mejor para ti?', 'Si viniste, ¿con qué te quedaste?'],
  },
  fr: {
    giveaway: ['Avec qui le partageriez-vous si vous gagniez ?', 'Qu’en feriez-vous en premier ?'],
    offer: ['À quoi cela vous servirait-il ?', 'Quelle partie vous serait la plus utile ?'],
    fundraising: [
      'Que voudriez-vous savoir sur l’usage des dons ?',
      'Sur quelle partie de ce travail voudriez-vous en savoir plus ?',
    ],
    hire: [
      'Qui connaissez-vous qui serait parfait pour ce poste ?',
      'Que voudriez-vous savoir sur l’équipe avant de postuler ?',
    ],
    welcome: [
      'Que lui demanderiez-vous pour sa première semaine ?',
      'Que devrait-on savoir pour bien travailler avec vous ?',
    ],
    milestone: [
      'Sur quoi devrions-nous travailler ensuite ?',
      'Qu’aimeriez-vous voir de notre part ensuite ?',
    ],
    launch: ['Qu’essaieriez-vous en premier ?', 'Que devrait-il faire ensuite, selon vous ?'],
    event: ['Quels sujets aimeriez-vous qu’on aborde ?', 'Quelle question apporteriez-vous ?'],
    content: ['Qu’ajouteriez-vous ?', 'Quelle partie rejoint votre expérience ?'],
    thanks: ['Qui aimeriez-vous remercier cette semaine ?', 'Qui d’autre mérite un merci ?'],
    chat: ['Et vous, qu’en pensez-vous ?', 'Comment ça s’est passé pour vous ?'],
    notice: ['Des questions ? Demandez-nous.', 'Si cela vous concerne, dites-le-nous.'],
    'event-past': [
      'Si vous étiez là, quel a été votre moment préféré ?',
      'Si vous étiez là, qu’en avez-vous retenu ?',
    ],
  },
  de: {
    giveaway: ['Mit wem würdet ihr es teilen, wenn ihr gewinnt?', 'Was würdet ihr zuerst damit machen?'],
    offer: ['Wofür würdet ihr es nutzen?', 'Welcher Teil wäre für euch am nützlichsten?'],
    fundraising: [
      'Was möchtet ihr darüber wissen, wohin das Geld geht?',
      'Über welchen Teil dieser Arbeit möchtet ihr mehr hören?',
    ],
    hire: [
      'Wen kennt ihr, der hier gut passen würde?',
      'Was möchtet ihr vor einer Bewerbung über das Team wissen?',
    ],
    welcome: [
      'Was würdet ihr in der ersten Woche fragen?',
      'Was sollte man über die Zusammenarbeit mit euch wissen?',
    ],
    milestone: ['Woran sollten wir als Nächstes arbeiten?', 'Was möchtet ihr als Nächstes von uns sehen?'],
    launch: ['Was würdet ihr zuerst ausprobieren?', 'Was sollte es als Nächstes können?'],
    event: ['Welche Themen sollen wir behandeln?', 'Welche Frage würdet ihr mitbringen?'],
    content: ['Was würdet ihr ergänzen?', 'Welcher Teil passt zu euren Erfahrungen?'],
    thanks: ['Wem möchtet ihr diese Woche danken?', 'Wer hat noch ein Dankeschön verdient?'],
    chat: ['Wie seht ihr das?', 'Wie war es bei euch?'],
    notice: ['Fragen dazu? Fragt uns einfach.', 'Wenn euch das betrifft, sagt uns Bescheid.'],
    'event-past': [
      'Wenn ihr dabei wart: Was war euer Highlight?',
      'Wenn ihr dabei wart: Was ist hängen geblieben?',
    ],
  },
  pt: {
    giveaway: ['Com quem você dividiria se ganhasse?', 'O que você faria primeiro com ele?'],
    offer: ['Para que você usaria?', 'Qual parte seria mais útil para você?'],
    fundraising: [
      'O que você gostaria de saber sobre para onde vai o dinheiro?',
      'Sobre qual parte desse trabalho você gostaria de ouvir mais?',
    ],
    hire: [
      'Quem você conhece que seria ótimo para isso?',
      'O que você gostaria de saber sobre o time antes de se candidatar?',
    ],
    welcome: ['O que você perguntaria na primeira semana?', 'O que é bom saber para trabalhar com você?'],
    milestone: ['No que devemos trabalhar agora?', 'O que você gostaria de ver da gente a seguir?'],
    launch: ['O que você testaria primeiro?', 'O que você gostaria que ele fizesse depois?'],
    event: ['Que temas você gostaria que a gente abordasse?', 'Que pergunta você levaria?'],
    content: ['O que você acrescentaria?', 'Qual parte combina com a sua experiência?'],
    thanks: ['A quem você gostaria de agradecer esta semana?', 'Quem mais merece um obrigado?'],
    chat: ['E você, o que acha?', 'Como foi para você?'],
    notice: ['Dúvidas sobre isso? É só perguntar.', 'Se isso afeta você, conta pra gente.'],
    'event-past': ['Se você esteve lá, qual foi o melhor momento?', 'Se você foi, o que ficou com você?'],
  },
  it: {
    giveaway: ['Con chi lo condivideresti se vincessi?', 'Cosa ci faresti per prima cosa?'],
    offer: ['Per cosa lo useresti?', 'Quale parte ti sarebbe più utile?'],
    fundraising: [
      'Cosa vorresti sapere su dove vanno i fondi?',
      'Di quale parte di questo lavoro vorresti sapere di più?',
    ],
    hire: [
      'Chi conosci che sarebbe perfetto per questo ruolo?',
      'Cosa vorresti sapere del team prima di candidarti?',
    ],
    welcome: ['Cosa chiederesti nella sua prima settimana?', 'Cosa è utile sapere per lavorare con te?'],
    milestone: ['Su cosa dovremmo lavorare adesso?', 'Cosa ti piacerebbe vedere da noi in seguito?'],
    launch: ['Cosa proveresti per primo?', 'Cosa vorresti che facesse in futuro?'],
    event: ['Di quali temi vorresti che parlassimo?', 'Quale domanda porteresti?'],
    content: ['Cosa aggiungeresti?', 'Quale parte rispecchia la tua esperienza?'],
    thanks: ['Chi vorresti ringraziare questa settimana?', 'Chi altro merita un grazie?'],
    chat: ['Tu cosa ne pensi?', 'Com’è andata per te?'],
    notice: ['Domande? Chiedeteci pure.', 'Se vi riguarda, fatecelo sapere.'],
    'event-past': ['Se c’eri, qual è stato il momento migliore?', 'Se c’eri, cosa ti è rimasto?'],
  },
  nl: {
    giveaway: ['Met wie zou je het delen als je wint?', 'Wat zou je er als eerste mee doen?'],
    offer: ['Waarvoor zou je het gebruiken?', 'Welk deel zou voor jou het nuttigst zijn?'],
    fundraising: [
      'Wat wil je weten over waar het geld naartoe gaat?',
      'Over welk deel van dit werk wil je meer horen?',
    ],
    hire: [
      'Wie ken jij die hier goed zou passen?',
      'Wat wil je over het team weten voordat je solliciteert?',
    ],
    welcome: [
      'Wat zou je in de eerste week willen vragen?',
      'Wat is goed om te weten als je met jou samenwerkt?',
    ],
    milestone: ['Waar moeten we hierna aan werken?', 'Wat zou je hierna van ons willen zien?'],
    launch: ['Wat zou je als eerste proberen?', 'Wat zou het hierna moeten kunnen?'],
    event: ['Welke onderwerpen moeten we behandelen?', 'Welke vraag zou je meenemen?'],
    content: ['Wat zou je toevoegen?', 'Welk deel past bij jouw ervaring?'],
    thanks: ['Wie zou jij deze week willen bedanken?', 'Wie verdient er nog een bedankje?'],
    chat: ['Hoe zie jij dat?', 'Hoe ging het bij jou?'],
    notice: ['Vragen hierover? Vraag het ons gerust.', 'Raakt dit jou? Laat het ons weten.'],
    'event-past': ['Was je erbij? Wat was je hoogtepunt?', 'Was je erbij? Wat is je bijgebleven?'],
  },
};

// Nouns a question can name, by intent, English only: "the webinar", "the guide", "the new app".
const THINGS: Partial<Record<Asking, RegExp>> = {
  'event-past':
    /(?<![\w-])(webinar|workshop|meetup|conference|summit|session|talk|panel|livestream|class|tasting|open day|festival|fair|masterclass|bootcamp|hackathon|retreat)s?\b/i,
  // "our webinar", "the free workshop", not "we need to talk".
  event:
    /\b(?:our|the|a|an|this|next|free|upcoming|online|monthly|weekly|annual)\s+(?:[\w&-]+\s+)?(webinar|workshop|meetup|conference|summit|session|talk|panel|livestream|class|tasting|open day|festival|fair|q&a|ama|masterclass|bootcamp|hackathon|retreat)\b/i,
  // Only the author's own guide or show: "the article" a magazine wrote about them takes no additions.
  content:
    /\b(?:our|my|new|free)\s+(?:[\w-]+\s+){0,2}?(guide|episode|podcast|video|checklist|e-?book|whitepaper|recipe|tutorial|playbook|template|series)s?\b/i,
  launch:
    /\bnew\s+(?:[a-z-]+\s+)?(app|feature|version|update|collection|menu|range|course|plan|tool|integration|dashboard|edition|release|service|book|album|product|shop|store|website|site|podcast|series)\b/i,
  offer: /(?<![\w-])(bundle|pack|course|box|subscription|kit|membership|workshop|class|plan|menu|set)\b/i,
};

const ROLE =
  /\b(?:looking for|hiring|seeking|recruiting)\s+(?:an?\s+|our\s+(?:next|first|new)\s+)(\p{Lu}[\p{L}&/-]*(?:\s+(?:\p{Lu}[\p{L}&/-]*|of|and|&)){0,5})/u;

/** A stable number from a text, so the same draft always gets the same question. */
export const seedOf = hash;

const WELCOME = /\b(?:welcome|meet our new|say hello to)\b/iu;
const PERSON_CUE =
  /\b(?:welcome|welcoming|meet|say hi to|thanks?|thank you|shout-?out|congrat\w*|kudos|bienvenid[oa]s?|bienvenue|willkommen|bem-vind[oa]|benvenut[oa]|welkom|gracias|merci|danke|obrigad[oa]|grazie|bedankt)\b(?:\s+(?:[\p{Ll}'’-]+|\p{Lu}{2,4}),?){0,4}[\s,:]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s*)?$/iu;
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame)\.?\s+/u;
// "Meet our new Head of Sales, Yusuf Bello": the name after the title.
// "welcoming our new VP of Engineering, Hannah Brooke, and our new Head of Sales, Liam O'Connor":
// each name after its title.
const TITLED = /\b(?:meet|welcome|welcoming|and)\s+(?:our|my)\s+new\s+[^,.!?\n]{1,40},\s*$/iu;
// "Dana", "Smith-Jones", "O'Connor", "D'Souza".
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u;

/** The person and the thing the draft names, when it names them plainly enough to ask about. */
export function topicOf(analysis: DraftAnalysis, intent: Intent = analysis.intent): Topic {
  const topic: Topic = {};
  const text = analysis.draft.text;
  // The person the post is about: named right after a welcome, a thank-you or a credit. Two such
  // people make "them" ambiguous, so then none is picked.
  const credited = analysis.entities.filter((entity) => {
    if (entity.kind !== 'person' || /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame)\.?$/u.test(entity.text)) return false;
    if (!NAME_WORD.test(entity.text.replace(TITLE, '').split(/\s+/)[0] as string)) return false;
    const before = text.slice(Math.max(0, entity.start - 40), entity.start);
    // "Welcome to Orchard House" welcomes the reader to a place, not a person to the team.
    return (PERSON_CUE.test(before) || TITLED.test(before)) && !/\b(?:the|to)\s*$/iu.test(before);
  });
  // "Meet our new Head of Sales, Yusuf Bello": the name after the title, not the title's words.
  const titled = credited.filter((entity) =>
    TITLED.test(text.slice(Math.max(0, entity.start - 60), entity.start)),
  );
  // The name's own words: "Priya Nair" of "Priya Nair ACA", at most three.
  const nameOf = (entity: { text: string }): string => {
    const words: string[] = [];
    for (const word of entity.text.replace(TITLE, '').split(/\s+/)) {
      if (!NAME_WORD.test(word) || words.length === 3) break;
      words.push(word);
    }
    return words.join(' ');
  };
  const person = titled.length === 1 ? titled[0] : credited.length === 1 ? credited[0] : undefined;
  const personName = person ? nameOf(person) : '';
  if (personName) topic.person = personName;
  // Two new colleagues, each with a title: asked about together by first name ("Hannah and Liam").
  const pair = titled.length === 2 ? titled.map((entity) => nameOf(entity).split(' ')[0] ?? '') : [];
  if (pair.every(Boolean) && pair.length === 2) topic.person = pair.join(' and ');
  const thing = THINGS[intent as Asking]?.exec(analysis.draft.text)?.[1];
  if (thing) topic.thing = thing.toLowerCase();
  // A hiring post names the role as a title: "looking for a Senior Talent Partner to join…".
  // "a ROCKSTAR Unity dev": the role without the cliché the rewrite took out.
  const role =
    intent === 'hire'
      ? ROLE.exec(text)?.[1]
          ?.replace(/\s+(?:of|and|&)$/u, '')
          .split(' ')
          .filter((word) => !/^(?:rock ?stars?|ninjas?|gurus?|unicorns?|wizards?|superstars?)$/iu.test(word))
          .join(' ')
          // "an ENERGETIC, PASSIONATE and RELIABLE Barista": shouted praise, not the role's name.
          .replace(/^(?:\p{Lu}{4,}(?:,|\s+and)?\s*)+$/u, '')
      : undefined;
  if (role) topic.thing = role;
  if (topic.person && pair.length !== 2) {
    // "bringing 12 years of private banking experience", "after ten years in payments".
    const years =
      /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\+? years (?:of ([\p{Ll} -]{3,30}?) experience\b|of experience in ([\p{Ll} -]{3,30}?)(?=[.,;!?\n]|$)|in ([\p{Ll} -]{3,30}?)(?=[.,;!?\n]|\s+(?:at|with|for|across|in)\b|$))/u.exec(
        text,
      );
    // "15 years of world-class experience": a field of praise alone is no field to ask about.
    const field = (years?.[2] ?? years?.[3] ?? years?.[4])
      ?.split(' ')
      .filter((word) => !PRAISE_ONLY.has(word.toLowerCase()))
      .join(' ');
    if (years && field) {
      const she = (text.match(/\b(?:she|her)\b/giu) ?? []).length;
      const he = (text.match(/\b(?:he|his|him)\b/giu) ?? []).length;
      const pronoun = she > he ? 'her' : he > she ? 'his' : 'their';
      topic.past = `${pronoun} ${years[1]} years in ${field.trim()}`;
    }
  }
  return topic;
}

/** Intents whose drafts take no closing question: nothing a reader could answer, or a reply already. */
export function asksNothing(intent: Intent, text: string): boolean {
  return intent === 'reply' || isFormalNotice(text);
}

/** Formal notices to investors or members: a question, or a chatty opener, has no place there. */
export function isFormalNotice(text: string): boolean {
  return /\b(?:dividends?|shareholders?|investors?|trading update|interim results|annual report|annual general meeting|AGM|notice is hereby|terms and conditions|recall|regulatory|aktionäre|hauptversammlung|accionistas|actionnaires|acionistas|azionisti|aandeelhouders|trimestre|quartal|kwartaal)\b/i.test(
    text,
  );
}

/** The closing question for a draft, or null when its intent takes none. `variant` picks a second slot. */
// An offer question only where there is an offer: a price in a refurbishment story is not one.
const OFFER_CUE =
  /[£$€]\s?\d+(?:[.,]\d+)?(?!\s?(?:m|bn|k|million|billion)\b)|\b(?:sale|discount|\d+\s?% off|off\b|promo|coupon|code|deal|offer|save|bundle|trial|per month|a month|\/mo|from [£$€]|only [£$€]|price|descuento|oferta|réduction|rabatt|angebot|sconto|offerta|desconto|korting)/iu;

export function closingQuestion(analysis: DraftAnalysis, variant = 0, named = false): string | null {
  const { language } = analysis;
  const intent =
    analysis.intent === 'offer' && !OFFER_CUE.test(analysis.draft.text) ? 'chat' : analysis.intent;
  if (language === 'other' || asksNothing(intent, analysis.draft.text)) return null;
  const asking = intent as Asking;
  const seed = seedOf(analysis.draft.original) + variant;
  if (language === 'en') {
    const slots = EN[asking];
    const slot = slots[seed % slots.length] as Template[];
    const topic = topicOf(analysis, intent);
    if (named && !topic.person && !topic.thing) return null;
    for (const template of slot) {
      const question = template(topic);
      if (question) return question;
    }
    return null;
  }
  if (named) return null;
  const pair = OTHERS[language][asking];
  return pair[seed % 2] as string;
}

const PAST_CUE =
  /\b(?:last (?:week|night|month|weekend|year|saturday|sunday|friday)|yesterday|was held|took place|thank(?:s| you) (?:to everyone|for coming|to all who|all who)|what a (?:night|day|week|weekend))\b/iu;

// Where a question fits only when it can name what it asks about: the role ("the Senior Talent
// Partner role"), the person ("Dana"), the event ("the webinar"), the new thing ("the new menu"),
// the author's own guide or show. A milestone, a thank-you, a notice, a chat, an offer, a giveaway,
// an appeal or a past event gets none: what could be asked there is a stock question that reads
// like a template (or cannot be answered), and the draft is better ending on its own words.
const FITS_WITH_TOPIC = new Set<Intent>(['hire', 'welcome', 'event', 'launch', 'content']);

/** The question a rewrite may close on, or null: one that names the draft's own topic. */
// Someone joining a team, the only welcome a first week or month can be asked about.
const JOINS =
  /\b(?:join(?:s|ed|ing)?|(?:as|is) (?:our|the) new|to (?:the|our) (?:team|firm|practice|company|board|partnership|faculty|staff|crew|family)|as (?:our |the |a |an )?(?:new )?(?:\p{Lu}[\p{L}-]+ ){0,3}(?:Manager|Director|Head|Lead|Officer|Engineer|Partner|Associate|Coordinator|Designer|Developer|Analyst|Chef|Teacher|Nurse|Consultant|Advis[eo]r|President|VP|Vet|Dentist)|new (?:hire|colleague|team ?mate|team member|starter|head|manager|director|lead|partner|ceo|cfo|cto|coo)|on ?board|first day|start(?:s|ed|ing)? (?:as|today|on|this|next|in)|appoint(?:ed|ment)|promot(?:ed|ion))\b/iu;

export function fittingQuestion(analysis: DraftAnalysis): string | null {
  // Only English builds questions from the draft's words; elsewhere a stock question is all there is.
  if (analysis.language !== 'en' || isFormalNotice(analysis.draft.text)) return null;
  const text = analysis.draft.text;
  // "Meet our new Head of Sales, Yusuf Bello": a welcome, whatever else the words suggested.
  const intent = analysis.intent === 'chat' && WELCOME.test(text) ? 'welcome' : analysis.intent;
  if (!FITS_WITH_TOPIC.has(intent)) return null;
  // An event the draft says is over cannot be come to, nor asked about by most readers.
  if (intent === 'event' && PAST_CUE.test(text)) return null;
  // "We're excited to welcome local author Maeve Gallagher to the shop on Thursday": a guest, not a
  // colleague, so no question about their first week.
  if (intent === 'welcome' && !JOINS.test(text)) return null;
  return closingQuestion({ ...analysis, intent }, 0, true);
}

/** Every closing question a language can produce for an intent (for the tests' uniqueness check). */
export function questionsFor(language: Planned, intent: Asking, topic: Topic): string[] {
  if (language !== 'en') return [...OTHERS[language][intent]];
  return EN[intent].flatMap((slot) =>
    slot.map((template) => template(topic)).filter((q): q is string => q !== null),
  );
}

export const ASKING_INTENTS: readonly Asking[] = Object.keys(EN) as Asking[];
