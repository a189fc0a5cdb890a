import { docsAnchor, type Rule } from '../rule';
import { compilePhrases } from '../text';

// The small print of a campaign: trial terms, promo codes, subscription and opt-out boilerplate.
// Friendly posts rarely carry it; a mass mailing almost always does.
const PHRASES = compilePhrases({
  en: [
    "t ?& ?c'?s? apply",
    '(?:terms|t&cs|conditions|exclusions|excess|fees) (?:and conditions )?(?:may )?apply',
    '(?:reply|text|send|txt) (?:stop|end|unsub(?:scribe)?|optout|opt out)(?: to (?:opt[ -]?out|unsubscribe|cancel|end|stop))?',
    '(?:to )?(?:opt[ -]?out|unsubscribe|stop receiving)(?: (?:from|of) (?:these|future|our) (?:messages|texts|emails|offers))?',
    'no (?:credit card|card|commitment|contract|strings) (?:required|needed|attached)',
    'free for (?:\\d+|one|two|three|seven|fourteen|thirty) (?:days?|weeks?|months?)',
    '(?:\\d+|seven|fourteen|thirty)[- ]day free trial',
    'free (?:trial|forever|shipping on orders|delivery on orders)',
    '(?:use|with|enter|apply) (?:the )?(?:promo |discount |coupon |voucher )?code:? [\\p{Lu}\\d]{3,}',
    'cancel (?:any ?time|at any time)',
    'new (?:customers|members|subscribers) only',
    'while (?:stocks?|supplies) last',
    // "I'll be there in 5 min. Order me a latte": after a figure, "min." is minutes.
    '(?:minimum|(?<!\\d\\s?)min\\.?) (?:spend|order|purchase)',
    'per (?:month|year|week)|/mo(?:nth)?|a month',
    'std (?:msg|txt) rates apply|msg (?:&|and) data rates may apply|standard (?:network |message )?rates apply',
    // "£1.50/msg", "150p/min", "£3 per wk": what a premium-rate text or call costs, said in its own shorthand.
    '(?<![\\p{L}\\p{N}])(?:[£$€]\\d+(?:[.,]\\d{2})?|\\d+p) ?(?:/|per ) ?(?:msg|txt|text|sms|min|minute|call|wk|week)(?![\\p{L}])',
    'subject to (?:availability|status|approval|terms)',
  ],
  es: [
    'aplican (?:tyc|t&c|términos|condiciones)',
    'consulta (?:las )?condiciones',
    'responde (?:baja|no|stop)',
    'código [\\p{Lu}\\d]{3,}',
    'prueba gratis',
    'sin permanencia',
    'hasta agotar (?:existencias|stock)',
  ],
  fr: [
    'voir conditions',
    'conditions en magasin',
    'stop (?:au|sms) \\d+',
    'code [\\p{Lu}\\d]{3,}',
    'essai gratuit',
    'sans engagement',
    'dans la limite des stocks',
  ],
  de: [
    'es gelten die agb',
    'abmelden',
    'stop an \\d+',
    'code [\\p{Lu}\\d]{3,}',
    'kostenlos testen',
    'ohne (?:vertragsbindung|abo)',
    'solange der vorrat reicht',
  ],
  pt: [
    'consulte (?:o )?regulamento',
    'responda (?:sair|pare|stop)',
    'cupom [\\p{Lu}\\d]{3,}',
    'teste grátis',
    'sem fidelidade',
    'enquanto durarem os estoques',
  ],
  it: [
    'si applicano (?:i )?termini',
    'rispondi stop',
    'codice [\\p{Lu}\\d]{3,}',
    'prova gratuita',
    'senza vincoli',
    'fino a esaurimento scorte',
  ],
  nl: [
    'voorwaarden van toepassing',
    'stuur stop',
    'code [\\p{Lu}\\d]{3,}',
    'gratis proberen',
    'zolang de voorraad strekt',
  ],
});

export const rule: Rule = {
  meta: {
    id: 'offer-terms',
    category: 'salesy',
    principle: 'party',
    severity: 'warning',
    shape: 'occurrence',
    description: 'Campaign small print: trial terms, promo codes, "T&Cs apply", "reply STOP to opt out".',
    why:
      'Small print tells the reader they are one of thousands on a list. A person writing to people states an ' +
      'offer plainly, if at all, and does not need an opt-out footer.',
    docs: docsAnchor('offer-terms'),
    languages: PHRASES.languages,
    example: {
      bad: 'Get 20% off all plans with code SPRING20. Free for 14 days, no credit card required. T&Cs apply.',
      better:
        'A few of you asked whether the yearly plan ever goes on sale: it is 20% off this month (SPRING20 at checkout). What made you wait?',
    },
  },
  check(context) {
    const found = PHRASES.find(context.text, context.language);
    // One finding, with every place it occurs: a footer of five terms is one problem, not five.
    const first = found[0];
    if (!first) return;
    const list = found
      .slice(0, 3)
      .map((match) => `"${match.text}"`)
      .join(', ');
    context.report({
      start: first.start,
      end: first.end,
      message:
        found.length === 1
          ? `${list} is campaign small print: it tells the reader they are on a list.`
          : `${list}${found.length > 3 ? ' and more' : ''}: campaign small print tells the reader they are on a list.`,
      suggestion:
        'State the offer once, plainly, in a sentence a person would say; keep the code if it matters.',
    });
    for (const match of found.slice(1)) {
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" is more campaign small print.`,
        suggestion: 'State the offer once, plainly.',
        severity: 'suggestion',
      });
    }
  },
};
