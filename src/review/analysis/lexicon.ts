import type { Language } from '../types';

/**
 * Closed-class words and verb stems per language: the small vocabulary the analysis needs to tell
 * who a sentence is about (we / you), whether it asks, and whether it orders the reader to act.
 * Grammar words change slowly and are shared by every writer, unlike the phrases of one campaign,
 * which is why the reviewer leans on them.
 */
export type KnownLanguage = Exclude<Language, 'other'>;

export interface Lexicon {
  /** I, me, my… */
  firstSingular: readonly string[];
  /** we, us, our… */
  firstPlural: readonly string[];
  /** you, your… */
  second: readonly string[];
  /** Words that open a question without a question mark ("how", "what", "do"…). */
  questionOpeners: readonly string[];
  /** Softeners that may precede an imperative: "please", "so", "just", "now"… */
  imperativeLead: readonly string[];
  /**
   * Verbs that, as an order to the reader, ask for money, data or a commitment: buy, book, call,
   * text, claim, subscribe… Written as the forms an imperative takes in that language.
   */
  transactional: readonly string[];
  /** Other imperatives aimed at the reader (discover, check out, follow, share…). */
  imperative: readonly string[];
  /** Negation words. */
  negation: readonly string[];
  /** Markers of the future ("will", "next", "tomorrow"…). */
  future: readonly string[];
  /** Markers of the past ("was", "yesterday", "last"…). */
  past: readonly string[];
  /** Superlative and absolute markers ("most", "best", "#1", "leading"…). */
  superlative: readonly string[];
}

export const LEXICONS: Record<KnownLanguage, Lexicon> = {
  en: {
    firstSingular: ['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'mine', 'myself'],
    firstPlural: ['we', "we're", "we've", "we'll", "we'd", 'us', 'our', 'ours', 'ourselves'],
    second: ['you', "you're", "you've", "you'll", "you'd", 'your', 'yours', 'yourself', 'yourselves', 'ya', 'u', 'ur'],
    questionOpeners: ['who', 'what', 'when', 'where', 'why', 'how', 'which', 'anyone', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'should', 'will', 'have', 'has', 'any'],
    imperativeLead: ['please', 'pls', 'plz', 'so', 'just', 'now', 'go', 'and', 'then', 'quick', 'hurry', 'simply', 'today', 'don’t', "don't", 'ps', 'p.s.'],
    transactional: ['buy', 'order', 'shop', 'purchase', 'book', 'reserve', 'grab', 'snag', 'claim', 'redeem', 'download', 'install', 'subscribe', 'register', 'enrol', 'enroll', 'sign', 'join', 'apply', 'call', 'text', 'sms', 'send', 'reply', 'dial', 'ring', 'phone', 'dm', 'message', 'email', 'e-mail', 'contact', 'visit', 'click', 'tap', 'upgrade', 'switch', 'secure', 'enter', 'donate', 'pledge', 'pre-order', 'preorder', 'get', 'start', 'try', 'request', 'schedule', 'save', 'act', 'hurry', 'invest', 'unlock', 'activate', 'renew', 'collect', 'win', 'stock', 'add', 'use', 'pick', 'head', 'swing', 'come', 'rsvp', 'vote'],
    imperative: ['discover', 'check', 'see', 'learn', 'find', 'explore', 'follow', 'like', 'share', 'tag', 'comment', 'retweet', 'repost', 'watch', 'listen', 'read', 'meet', 'experience', 'enjoy', 'treat', 'transform', 'boost', 'supercharge', 'skyrocket', 'level', 'elevate', 'take', 'make', 'don’t', "don't", 'stop', 'imagine', 'say', 'give', 'let', 'turn', 'tune', 'stay', 'keep', 'remember', 'mark', 'save', 'help', 'spread', 'support'],
    negation: ['not', 'no', 'never', "don't", "doesn't", "didn't", "won't", "can't", "isn't", "aren't", "wasn't", 'nothing', 'none', 'without'],
    future: ['will', "'ll", 'tomorrow', 'next', 'upcoming', 'soon', 'tonight', 'coming', 'going'],
    past: ['was', 'were', 'had', 'yesterday', 'last', 'ago', 'did', 'recap'],
    superlative: ['most', 'best', 'greatest', 'biggest', 'fastest', 'leading', 'ultimate', 'unbeatable', 'unmatched', 'unrivalled', 'unrivaled', 'unparalleled', 'number one', 'no. 1', '#1', 'world-class', 'best-in-class', 'top', 'finest', 'lowest', 'cheapest', 'only'],
  },
  es: {
    firstSingular: ['yo', 'me', 'mi', 'mis', 'mío', 'mía'],
    firstPlural: ['nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
    second: ['tú', 'tu', 'tus', 'te', 'ti', 'usted', 'ustedes', 'vosotros', 'os', 'vuestro', 'vuestra', 'su'],
    questionOpeners: ['qué', 'quién', 'cómo', 'cuándo', 'dónde', 'por qué', 'cuál', 'alguien'],
    imperativeLead: ['ya', 'ahora', 'no', 'hoy', 'corre', 'y'],
    transactional: ['compra', 'compre', 'cómpralo', 'cómprala', 'pide', 'pida', 'pídelo', 'reserva', 'reserve', 'resérvalo', 'consigue', 'consiga', 'regístrate', 'inscríbete', 'suscríbete', 'descarga', 'descargue', 'llama', 'llame', 'llámanos', 'escribe', 'escríbenos', 'envía', 'envíe', 'manda', 'responde', 'responda', 'únete', 'visita', 'visite', 'haz', 'contrata', 'contrate', 'aprovecha', 'aproveche', 'canjea', 'activa', 'solicita', 'solicite', 'dona', 'apúntate', 'encarga', 'prueba', 'pruebe', 'ahorra', 'gana', 'participa', 'accede', 'hazte'],
    imperative: ['descubre', 'descubra', 'sigue', 'síguenos', 'comparte', 'etiqueta', 'comenta', 'mira', 'conoce', 'disfruta', 'no te pierdas', 'lee', 'dale', 'transforma', 'vive'],
    negation: ['no', 'nunca', 'nada', 'sin', 'ni'],
    future: ['mañana', 'próximo', 'próxima', 'pronto', 'será', 'vamos a'],
    past: ['ayer', 'pasado', 'pasada', 'fue', 'hace'],
    superlative: ['el mejor', 'la mejor', 'los mejores', 'las mejores', 'el más', 'la más', 'líder', 'número 1', 'nº1', 'único', 'única', 'insuperable'],
  },
  fr: {
    firstSingular: ['je', "j'", 'moi', 'mon', 'ma', 'mes'],
    firstPlural: ['nous', 'notre', 'nos', 'on'],
    second: ['vous', 'votre', 'vos', 'tu', 'toi', 'ton', 'ta', 'tes', "t'"],
    questionOpeners: ['qui', 'quoi', 'comment', 'quand', 'où', 'pourquoi', 'quel', 'quelle', 'est-ce'],
    imperativeLead: ['vite', 'alors', 'et', "n'"],
    transactional: ['achetez', 'achète', 'commandez', 'commande', 'réservez', 'réserve', 'inscrivez-vous', 'inscris-toi', 'abonnez-vous', 'abonne-toi', 'téléchargez', 'télécharge', 'appelez', 'appelle', 'appelez-nous', 'écrivez-nous', 'envoyez', 'envoie', 'répondez', 'réponds', 'rejoignez', 'rejoins', 'visitez', 'cliquez', 'clique', 'profitez', 'profite', 'obtenez', 'demandez', 'essayez', 'essaie', 'donnez', 'souscrivez', 'participez', 'économisez', 'gagnez', 'activez', 'contactez-nous', 'contactez'],
    imperative: ['découvrez', 'découvre', 'suivez', 'suivez-nous', 'partagez', 'partage', 'identifiez', 'commentez', 'regardez', 'venez', 'viens', 'ne manquez pas', 'offrez', 'transformez', 'lisez'],
    negation: ['ne', 'pas', 'jamais', 'rien', 'sans', "n'"],
    future: ['demain', 'prochain', 'prochaine', 'bientôt', 'sera'],
    past: ['hier', 'dernier', 'dernière', 'était', 'a été'],
    superlative: ['le meilleur', 'la meilleure', 'les meilleurs', 'le plus', 'la plus', 'leader', 'numéro 1', 'n°1', 'unique', 'imbattable', 'inégalé'],
  },
  de: {
    firstSingular: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner'],
    firstPlural: ['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer'],
    second: ['du', 'dich', 'dir', 'dein', 'deine', 'ihr', 'euch', 'euer', 'eure', 'sie', 'ihnen', 'ihre', 'ihren'],
    questionOpeners: ['wer', 'was', 'wie', 'wann', 'wo', 'warum', 'welche', 'welcher', 'habt', 'hast', 'kennt', 'kennst'],
    imperativeLead: ['jetzt', 'gleich', 'schnell', 'einfach', 'und', 'nicht'],
    transactional: ['kaufen', 'kauf', 'kauft', 'bestellen', 'bestell', 'bestellt', 'buchen', 'buch', 'bucht', 'sichern', 'sichert', 'sichere', 'hol', 'holt', 'holen', 'registrieren', 'registriere', 'abonnieren', 'abonniere', 'anmelden', 'melde', 'meldet', 'ruf', 'ruft', 'rufen', 'schreib', 'schreibt', 'schreiben', 'sende', 'sendet', 'senden', 'antworte', 'antwortet', 'besuch', 'besucht', 'besuchen', 'klick', 'klicken', 'klickt', 'lade', 'ladet', 'laden', 'spare', 'spart', 'sparen', 'teste', 'testet', 'testen', 'gewinne', 'gewinnen', 'spende', 'spenden', 'vereinbaren', 'fordern', 'nutze', 'nutzt', 'nutzen', 'greif', 'greift', 'zugreifen', 'zuschlagen', 'mach', 'macht'],
    imperative: ['entdecke', 'entdeckt', 'entdecken', 'folge', 'folgt', 'folgen', 'teile', 'teilt', 'teilen', 'markiere', 'kommentiere', 'schau', 'schaut', 'verpasse', 'verpasst', 'lies', 'erlebe', 'erleben', 'gönn'],
    negation: ['nicht', 'kein', 'keine', 'nie', 'niemals', 'ohne', 'nichts'],
    future: ['morgen', 'nächste', 'nächsten', 'bald', 'wird', 'werden'],
    past: ['gestern', 'letzte', 'letzten', 'war', 'waren', 'hatten'],
    superlative: ['der beste', 'die beste', 'das beste', 'am besten', 'marktführer', 'führende', 'führender', 'nummer 1', 'nr. 1', 'einzigartig', 'unschlagbar'],
  },
  pt: {
    firstSingular: ['eu', 'me', 'meu', 'minha', 'meus', 'minhas', 'mim'],
    firstPlural: ['nós', 'nos', 'nosso', 'nossa', 'nossos', 'nossas', 'a gente'],
    second: ['você', 'vocês', 'voce', 'vc', 'vcs', 'seu', 'sua', 'seus', 'suas', 'te', 'tu', 'teu', 'tua'],
    questionOpeners: ['quem', 'que', 'o que', 'como', 'quando', 'onde', 'por que', 'qual', 'alguém'],
    imperativeLead: ['já', 'agora', 'não', 'hoje', 'corre', 'e'],
    transactional: ['compre', 'compra', 'peça', 'pede', 'garanta', 'garante', 'reserve', 'reserva', 'inscreva-se', 'assine', 'baixe', 'baixa', 'adquira', 'encomende', 'ligue', 'liga', 'mande', 'manda', 'envie', 'responda', 'responde', 'visite', 'clique', 'aproveite', 'aproveita', 'resgate', 'ative', 'solicite', 'doe', 'participe', 'experimente', 'economize', 'ganhe', 'acesse', 'cadastre-se', 'chame', 'fale'],
    imperative: ['descubra', 'conheça', 'siga', 'compartilhe', 'marque', 'comente', 'veja', 'assista', 'confira', 'não perca', 'curta', 'transforme', 'leia'],
    negation: ['não', 'nunca', 'nada', 'sem', 'nem'],
    future: ['amanhã', 'próximo', 'próxima', 'em breve', 'será', 'vamos'],
    past: ['ontem', 'passado', 'passada', 'foi', 'há'],
    superlative: ['o melhor', 'a melhor', 'os melhores', 'o mais', 'a mais', 'líder', 'número 1', 'nº 1', 'único', 'única', 'imbatível'],
  },
  it: {
    firstSingular: ['io', 'mi', 'mio', 'mia', 'miei', 'mie', 'me'],
    firstPlural: ['noi', 'ci', 'nostro', 'nostra', 'nostri', 'nostre'],
    second: ['tu', 'ti', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vi', 'vostro', 'vostra', 'lei', 'suo', 'sua'],
    questionOpeners: ['chi', 'che', 'cosa', 'come', 'quando', 'dove', 'perché', 'quale', 'qualcuno'],
    imperativeLead: ['subito', 'ora', 'adesso', 'non', 'oggi', 'e'],
    transactional: ['compra', 'acquista', 'ordina', 'prenota', 'iscriviti', 'abbonati', 'scarica', 'chiama', 'chiamaci', 'scrivi', 'scrivici', 'invia', 'manda', 'rispondi', 'visita', 'clicca', 'approfitta', 'ottieni', 'richiedi', 'prova', 'dona', 'partecipa', 'risparmia', 'vinci', 'attiva', 'riscatta', 'accedi', 'unisciti'],
    imperative: ['scopri', 'segui', 'seguici', 'condividi', 'tagga', 'commenta', 'guarda', 'non perdere', 'leggi', 'vieni', 'trasforma', 'regalati'],
    negation: ['non', 'mai', 'niente', 'nulla', 'senza', 'né'],
    future: ['domani', 'prossimo', 'prossima', 'presto', 'sarà'],
    past: ['ieri', 'scorso', 'scorsa', 'era', 'fa'],
    superlative: ['il migliore', 'la migliore', 'i migliori', 'il più', 'la più', 'leader', 'numero 1', 'n. 1', 'unico', 'unica', 'imbattibile'],
  },
  nl: {
    firstSingular: ['ik', 'mij', 'me', 'mijn'],
    firstPlural: ['wij', 'we', 'ons', 'onze'],
    second: ['jij', 'je', 'jou', 'jouw', 'u', 'uw', 'jullie'],
    questionOpeners: ['wie', 'wat', 'hoe', 'wanneer', 'waar', 'waarom', 'welke', 'heeft', 'hebben', 'weet', 'kent'],
    imperativeLead: ['nu', 'snel', 'gewoon', 'en', 'niet'],
    transactional: ['koop', 'bestel', 'boek', 'reserveer', 'schrijf', 'abonneer', 'download', 'bel', 'stuur', 'sms', 'antwoord', 'bezoek', 'klik', 'profiteer', 'vraag', 'probeer', 'doneer', 'doe', 'meld', 'scoor', 'bespaar', 'win', 'activeer', 'claim', 'pak', 'haal', 'sluit'],
    imperative: ['ontdek', 'volg', 'deel', 'tag', 'kijk', 'lees', 'mis', 'kom', 'geniet', 'transformeer'],
    negation: ['niet', 'geen', 'nooit', 'niets', 'zonder'],
    future: ['morgen', 'volgende', 'binnenkort', 'zal', 'gaan'],
    past: ['gisteren', 'vorige', 'was', 'waren', 'geleden'],
    superlative: ['de beste', 'het beste', 'de meest', 'het meest', 'marktleider', 'toonaangevende', 'nummer 1', 'nr. 1', 'uniek', 'onverslaanbaar'],
  },
};
