import { docsAnchor, type Rule } from '../rule';
import { compilePhrases, PhraseList } from '../text';
import { PLACEHOLDER } from '../draft';

/** "NOTICE TO ALL RESIDENTS" alone on its line, or before the place it is for ("– 14 HARTLEY ROAD"). */
function isNoticeHeading(text: string, match: { start: number; end: number; text: string }): boolean {
  if (!/^notice to\b/iu.test(match.text)) return false;
  const lineStart = text.lastIndexOf('\n', match.start - 1) + 1;
  const lineEnd = text.indexOf('\n', match.end);
  const before = text.slice(lineStart, match.start);
  const after = text.slice(match.end, lineEnd < 0 ? text.length : lineEnd);
  return /^[^\p{L}\p{N}]*$/u.test(before) && /^(?:[^\p{L}\p{N}]*$|\s+[—–-]\s+\S)/u.test(after);
}

const sentenceCase = (text: string): string => {
  const lower = text.toLocaleLowerCase();
  return lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
};

const PHRASES = compilePhrases({
  en: [
    'attention(?:,)? (?:all|everyone|everybody|customers|shoppers|clients|members|residents|followers|folks|friends)(?: (?:customers|clients|members|users|followers))?',
    'attention please',
    // "Dear all," opens any email to a team or a class; "Dear valued customers" speaks to a crowd.
    'dear (?:valued |loyal |all |esteemed )?(?:customers|clients|followers|fans|members|users|patrons|subscribers|community|sir or madam|sir/madam)',
    'to all (?:of )?our (?:valued |loyal )?(?:customers|clients|followers|fans|members|users|patrons|subscribers|partners|stakeholders)',
    'calling all',
    'ladies and gentlemen',
    'listen up',
    'public service announcement',
    'psa:',
    'notice to (?:all )?(?:customers|clients|members|residents|users)',
    'this is (?:a|an) (?:reminder|announcement|notice) (?:to|for) (?:all|everyone)',
    'all (?:customers|clients|members|users|residents) (?:are|should|must) (?:advised|reminded|informed)',
    'please be (?:advised|informed)',
    'kindly (?:be )?(?:note|informed|advised)',
    '(?:a )?reminder (?:to|for) all(?: (?:parents|members|customers|residents|staff|students|users|patients|visitors|guests))?',
  ],
  es: [
    'atención (?:a todos|clientes|a nuestros clientes)',
    '(?:estimados|queridos|apreciados) (?:clientes|seguidores|usuarios|socios)',
    'a todos nuestros (?:clientes|seguidores|usuarios)',
    'aviso (?:a todos|importante)',
  ],
  fr: [
    '(?:chers|chères) (?:clients|clientes|abonnés|membres|utilisateurs)',
    'avis à tous',
    'à tous nos (?:clients|abonnés|membres)',
    'attention à tous',
  ],
  de: [
    'liebe (?:kunden|kundinnen|kundschaft|follower|mitglieder|nutzer)',
    'sehr geehrte (?:kunden|damen und herren|kundinnen)',
    'an alle (?:kunden|mitglieder|nutzer)',
    'achtung,? (?:alle|an alle)',
  ],
  pt: [
    'atenção,? (?:a todos|clientes|pessoal)',
    '(?:caros|prezados|queridos) (?:clientes|seguidores|usuários|membros)',
    'a todos os nossos (?:clientes|seguidores)',
    'aviso (?:a todos|importante)',
  ],
  it: ['(?:gentili|cari) clienti', 'a tutti i nostri clienti', 'avviso (?:importante|a tutti)'],
  nl: ['(?:beste|geachte) klanten', 'aan al onze klanten'],
} satisfies PhraseList);

export const rule: Rule = {
  meta: {
    id: 'addressing-crowd',
    category: 'broadcast',
    principle: 'human',
    severity: 'error',
    shape: 'existence',
    description: 'Addressing a crowd: "attention all customers", "dear valued clients", "@channel".',
    why:
      'Nobody thinks of themselves as "all customers". Talking to a crowd makes each reader feel like ' +
      'one of many; talking to one person makes them feel like the one you meant.',
    docs: docsAnchor('addressing-crowd'),
    languages: PHRASES.languages,
    example: {
      bad: 'Attention all customers: our store hours are changing.',
      better:
        'Heads up if you usually pop in on Sunday mornings: from 3 March we open at 11. Does that work for you?',
    },
  },
  check(context) {
    for (const match of PHRASES.find(context.text, context.language)) {
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" talks to a crowd instead of to one reader.`,
        suggestion: 'Write to one person: "you", "if you usually…", "heads up if…".',
        // Formal notices ("please be advised") are stiff rather than a megaphone.
        severity: /advised|informed|kindly|note/i.test(match.text) ? 'warning' : 'error',
        // "NOTICE TO ALL RESIDENTS" heads a notice: who it is for is a fact the version keeps, said
        // quietly; the other phrases only clear their throat.
        replacement: isNoticeHeading(context.text, match) ? sentenceCase(match.text) : '',
      });
    }
    // <!channel> and <!everyone> in a social post are a megaphone; <!here> in a Slack draft is the
    // team's own business, so only the loudest two count.
    for (let i = 0; i < context.text.length; i++) {
      if (context.text[i] !== PLACEHOLDER.special) continue;
      const span = context.draft.protectedSpans.find((candidate) => {
        const at = context.draft.toOriginal(i, i + 1);
        return candidate.start === at.start;
      });
      if (!span || !/^!(?:channel|everyone)$/.test(span.value)) continue;
      context.report({
        start: i,
        end: i + 1,
        message: `Pinging ${span.value.replace('!', '@')} addresses everyone at once.`,
        suggestion: 'Write to the people who care, by name or by what they do.',
        severity: 'suggestion',
      });
    }
  },
};
