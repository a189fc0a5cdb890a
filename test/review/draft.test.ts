import { parseDraft, PLACEHOLDER } from '../../src/review/draft';
import { detectLanguage } from '../../src/review/language';
import { extractFacts, missingFacts, missingFactsAndPaths, addedFacts } from '../../src/review/facts';

describe('draft normalisation', () => {
  it('protects links, mentions, channels, pings, emoji and code, and maps text back to the input', () => {
    const input =
      '*BUY NOW* at <https://x.io/a?b=1|our shop> &amp; :tada: thanks <@U123ABC> in <#C01|social-drafts> <!here> `use code X` ```\nconst a = 1;\n```';
    const draft = parseDraft(input);
    expect(draft.protectedSpans.map((span) => [span.kind, span.value])).toEqual([
      ['url', 'https://x.io/a?b=1'],
      ['emoji', ':tada:'],
      ['mention', '@U123ABC'],
      ['channel', '#C01'],
      ['special', '!here'],
      ['code', '`use code X`'],
      ['code', '```\nconst a = 1;\n```'],
    ]);
    expect(draft.text).toBe(
      `BUY NOW at ${PLACEHOLDER.url} & ${PLACEHOLDER.emoji} thanks ${PLACEHOLDER.mention} in ${PLACEHOLDER.channel} ${PLACEHOLDER.special} ${PLACEHOLDER.code} ${PLACEHOLDER.code}`,
    );
    const buy = draft.toOriginal(0, 7);
    expect(input.slice(buy.start, buy.end)).toBe('BUY NOW');
    const amp = draft.text.indexOf('&');
    const ampRange = draft.toOriginal(amp, amp + 1);
    expect(input.slice(ampRange.start, ampRange.end)).toBe('&amp;');
  });

  it('finds bare URLs and domains without swallowing trailing punctuation', () => {
    const draft = parseDraft(
      'See https://example.com/a_(b)). Or www.acme.dev, or shop.example.com! Mail me at a@b.com',
    );
    expect(draft.protectedSpans.map((span) => span.value)).toEqual([
      'https://example.com/a_(b)',
      'www.acme.dev',
      'shop.example.com',
    ]);
  });

  it('keeps times and ratios as text, not emoji', () => {
    expect(parseDraft('Doors 10:30:45, ratio 3:2:1').protectedSpans).toEqual([]);
  });

  it('reviews prose that someone fenced to keep its line breaks, but never real code', () => {
    const prose = parseDraft('Draft tweet: ```\nOur sale ends tonight. Get yours now!\n```');
    expect(prose.text).toContain('Our sale ends tonight');
    const code = parseDraft('Try this: ```\nconst total = items.reduce((a, b) => a + b, 0);\n```');
    expect(code.text).not.toContain('reduce');
  });

  it('survives broken markup and odd characters', () => {
    for (const input of [
      '<https://unclosed',
      '<@',
      '*bold _nested ~strike* end_',
      '\u202Eevil\u202C',
      '\uD800 lone',
      '',
    ]) {
      const draft = parseDraft(input);
      expect(typeof draft.text).toBe('string');
      const range = draft.toOriginal(0, draft.text.length);
      expect(range.start).toBeGreaterThanOrEqual(0);
      expect(range.end).toBeLessThanOrEqual(input.length);
    }
  });
});

describe('language detection', () => {
  it.each([
    ['Thanks for coming yesterday, what should we cook next week?', 'en'],
    ['Gracias a todos por venir ayer, ¿qué cocinamos la próxima semana?', 'es'],
    ['Merci à tous pour votre visite, que voulez-vous goûter la semaine prochaine ?', 'fr'],
    ['Danke an alle, die gestern da waren. Was sollen wir nächste Woche kochen?', 'de'],
    ['Obrigado a todos que vieram ontem, o que vocês querem provar na próxima semana?', 'pt'],
    ['Grazie a tutti per essere venuti ieri, cosa volete assaggiare la prossima settimana?', 'it'],
    ['Bedankt voor jullie komst gisteren, wat willen jullie volgende week proeven?', 'nl'],
    // Italian and French that share "la", "de", "un" with Spanish: their own small words decide.
    [
      "Scrivete 1 per la carbonara e 2 per l'amatriciana nei commenti! Condividi con chi ama la cucina romana",
      'it',
    ],
    [
      "Communiqué de presse : la société Lumière Énergie inaugure aujourd'hui sa troisième usine de panneaux solaires à Lyon, avec 150 nouveaux emplois.",
      'fr',
    ],
    [
      'Dziękujemy wszystkim, którzy przyszli wczoraj, i nie możemy się doczekać następnego spotkania',
      'other',
    ],
    ['Tack till alla som kom igår, vi ses nästa vecka och det är alltid roligt att träffa er', 'other'],
    ['昨日はありがとうございました。来週は何を作りましょうか？', 'other'],
    ['🎉🎉', 'en'],
    // French full of "de" and "en", Italian full of "la", "un" and "da": not Spanish, not French.
    [
      "Fière de partager mon bilan 2024 en tant que traductrice freelance : 43 clients dans 11 pays. Rien de tout cela n'aurait été possible sans une discipline de fer. Prochaine étape : ouvrir mon agence en 2025 !",
      'fr',
    ],
    [
      'Ragazzi, qualcuno ha provato la nuova pizzeria in via Mazzini? Volevo portarci i miei genitori sabato ma non so se ne vale la pena.',
      'it',
    ],
    ['Oltre 10.000 coperti serviti quest’estate. Un traguardo importante per tutta la brigata.', 'it'],
    // A wall of tags is no language's words: the line it closes is what the post says.
    [
      'Quiz night Thursday 8pm 🍻 #quiz #pubquiz #quiznight #thursday #pub #beer #ale #craftbeer #manchester #didsbury #localpub #fun #friends #trivia #prizes #drinks #nightout #pubgrub #goodtimes #mcr #thingstodo',
      'en',
    ],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('facts a rewrite must keep', () => {
  it('collects links, mentions, channels and numbers, not numbers inside links', () => {
    expect(extractFacts('Join <@U1> in <#C2|x> on 12 May at 6:30, $49: https://x.io/2026')).toEqual({
      urls: ['https://x.io/2026'],
      mentions: ['@U1'],
      channels: ['#C2'],
      numbers: ['12', '6:30', '49'],
      entities: ['12 May', '$49'],
      replyPaths: [],
      exact: [],
      terms: [],
    });
  });

  it('counts names, prices, dates, terms and reply paths among the facts, not "today" or "free"', () => {
    const draft =
      'Free today only: signed copies from Priya Nair on Friday for £12. Reply YES and we will hold one, or DM us.';
    expect(extractFacts(draft)).toMatchObject({
      entities: ['Priya Nair', 'Friday', '£12'],
      replyPaths: ['Reply YES', 'DM us'],
      terms: ['today only'],
    });
    expect(
      missingFactsAndPaths(
        draft,
        'Signed copies from Priya Nair on Friday for £12. Tell us if you want one.',
      ),
    ).toEqual(['Reply YES', 'DM us', 'today only']);
    expect(
      missingFactsAndPaths(
        draft,
        "Today only: signed copies from Priya Nair on Friday for £12. Reply YES if you'd like one, or DM us.",
      ),
    ).toEqual([]);
    // "Today" and "free" alone are pressure a calmer rewrite may drop.
    expect(missingFactsAndPaths('Free signed copies today, £12.', 'Signed copies, £12.')).toEqual([]);
  });

  it('keeps what is typed letter for letter, the terms of an offer and the occasion', () => {
    const lost = (draft: string, candidate: string) => missingFactsAndPaths(draft, candidate);
    expect(lost('See CHANGELOG.md for details.', 'See changelog.md for details.')).toEqual(['CHANGELOG.md']);
    expect(
      lost(
        'AUSTIN, TX, March 4, 2024 — Brightwell Analytics has appointed Karen Osei.',
        'Austin, TX, March 4, 2024 — Brightwell Analytics has appointed Karen Osei.',
      ),
    ).toEqual(['AUSTIN, TX']);
    expect(lost('Antwoord JA om door te gaan.', 'Antwoord ja om door te gaan.')).toEqual(['JA']);
    expect(
      lost("Want one box first? Reply 'trial' and I'll set it up.", 'Want one box first? Tell me.'),
    ).toEqual(["Reply 'trial'"]);
    expect(lost('Gel mani $45 this week only.', 'Gel mani $45.')).toEqual(['this week only']);
    expect(lost("Mother's Day is coming. Order by Thursday.", 'Order by Thursday.')).toEqual([
      "Mother's Day",
    ]);
    expect(lost('Bella Nails: Gel mani $45.', 'Gel mani $45.')).toContain('Bella Nails:');
    // Kept: the same facts in a calmer voice; a link on a newer ending; shouted words that are no names.
    expect(
      lost('Bella Nails: Gel mani $45 THIS WEEK ONLY!!', 'Bella Nails: Gel mani $45 this week only.'),
    ).toEqual([]);
    expect(lost('Order now at roccos.pizza/deal.', 'You can order at roccos.pizza/deal')).toEqual([]);
    expect(
      lost(
        'Please SHARE this post. Like, comment AND reshare.',
        'Please share this post. Like, comment and reshare.',
      ),
    ).toEqual([]);
    expect(lost('FLASH SALE: 2 pies for $19.99.', 'Flash sale: 2 pies for $19.99.')).toEqual([]);
  });

  it('names what a candidate lost and what it added', () => {
    expect(missingFacts('Only 3 left at https://x.io, ask <@U1>', 'Ask us at https://x.io')).toEqual([
      '@U1',
      '3',
    ]);
    expect(addedFacts('See https://x.io', 'See https://x.io and https://evil.example, cc <@U9>')).toEqual([
      'https://evil.example',
      '@U9',
    ]);
  });
});
