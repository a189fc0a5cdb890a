import { docsAnchor, type Rule } from '../rule';
import { compilePhrases } from '../text';

// Prize and "you were chosen" claims: the grammar of a lottery letter (the reader has already won,
// been selected, or holds something to claim). Phrase data apart from the matching code.
const PHRASES = compilePhrases({
  en: [
    // "You've been selected", "you won": a selection is news only when it was done to the reader
    // ("the window you selected" is the reader's own choice).
    "you(?:'ve| have)? (?:just )?(?:won(?!['’]t)|been (?:selected|chosen|picked|pre-?approved|shortlisted)|are (?:pre-?approved|selected))(?! (?:the|our) (?:vote|election|debate|argument|toss))",
    "you(?:'re| are) (?:our|a|the) (?:lucky )?(?:winner|grand prize winner)",
    '(?:claim|collect|redeem) (?:your|ur|the) (?:[\\p{L}£$€\\d]+ ){0,3}(?:prize|reward|voucher|gift ?card|bonus|cash|payout|winnings|refund|gift|spins?)',
    'congratulations?(?=[!,.]* (?:you|your|ur)(?![\\p{L}]))',
    '(?:guaranteed|cash|mystery|grand) (?:prize|reward|gift)',
    '(?:to|and) claim(?: now| today| it)?',
    'your (?:mobile |phone )?(?:number|mobile|account|entry|email(?: address)?) (?:has been|was) (?:selected|chosen|drawn)',
    '(?:free|complimentary) (?:entry|spins?|cruise|holiday|iphone|gift card) (?:to|into|worth|for)',
    'winner(?:s)? (?:will be )?(?:drawn|announced|notified)',
    'enter (?:the|our) (?:draw|prize draw|giveaway|competition|sweepstakes?)',
    '(?:to|and) (?:be )?enter(?:ed)? (?:into )?(?:the|our|a) (?:draw|giveaway|competition)',
  ],
  es: [
    '(?:has|ha) (?:sido seleccionad[oa]|ganado)',
    'reclama (?:tu|su) (?:premio|regalo|bono)',
    'felicidades(?=,? (?:has|ha) )',
    'participa (?:en el sorteo|y gana)',
  ],
  fr: [
    'vous avez (?:été sélectionné(?:e)?|gagné)',
    'réclamez (?:votre|vos) (?:prix|cadeau|gain)',
    'félicitations(?=,? vous )',
    'participez (?:au tirage|et gagnez|au concours)',
  ],
  de: [
    'sie haben (?:gewonnen|ausgewählt)',
    'du hast gewonnen',
    'sie wurden ausgewählt',
    'gewinn (?:abholen|einlösen)',
    'herzlichen glückwunsch(?=,? sie )',
    'am gewinnspiel teilnehmen',
  ],
  pt: [
    'você (?:foi selecionad[oa]|ganhou)',
    'resgate (?:seu|o seu|sua) (?:prêmio|brinde|bônus)',
    'parabéns(?=,? você )',
    'participe do sorteio',
  ],
  it: [
    '(?:hai|ha) vinto',
    'sei stat[oa] selezionat[oa]',
    'riscatta (?:il tuo|il) premio',
    'congratulazioni(?=,? (?:hai|sei) )',
    'partecipa al concorso',
  ],
  nl: [
    'je hebt gewonnen',
    'u heeft gewonnen',
    'je bent geselecteerd',
    'claim je prijs',
    'gefeliciteerd(?=,? (?:je|u) )',
    'doe mee (?:aan de|met de) (?:winactie|loting)',
  ],
});

// "Ha ganado", "ha vinto" are "you have won" to a reader addressed formally, and "it has won" after a
// name ("Studio Ferraresi Architetti ha vinto il Premio Design Urbano"): the reader's only at a
// sentence's start, after a greeting ("Congratulazioni, ha vinto") or with the formal pronoun.
const FORMAL_YOU_BEFORE = /(?:^|[.!?¡¿,:;]\s*|\b(?:usted|lei)\s+)$/iu;
const THIRD_OR_FORMAL = /^ha (?:vinto|ganado)\b/iu;

function saidOfSomeoneElse(text: string, match: { start: number; text: string }): boolean {
  return (
    THIRD_OR_FORMAL.test(match.text) &&
    !FORMAL_YOU_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))
  );
}

export const rule: Rule = {
  meta: {
    id: 'prize-claim',
    category: 'salesy',
    principle: 'human',
    severity: 'error',
    shape: 'existence',
    description: 'Prize and selection claims: "you have won", "you\'ve been selected", "claim your reward".',
    why:
      "Telling a stranger they have won or been chosen is the oldest line in a scammer's book. Even when the prize " +
      'is real, the reader hears a con before they hear you, and the trust is gone.',
    docs: docsAnchor('prize-claim'),
    languages: PHRASES.languages,
    example: {
      bad: "Congratulations! You've been selected for a £500 voucher. Claim your prize at https://win.example.com",
      better:
        'We are drawing one name from everyone who came to the shop this month for a £500 voucher. Who should we thank first?',
    },
  },
  check(context) {
    for (const match of PHRASES.find(context.text, context.language)) {
      if (saidOfSomeoneElse(context.text, match)) continue;
      context.report({
        start: match.start,
        end: match.end,
        message: `"${match.text}" reads like a prize letter, which readers have learned to distrust.`,
        suggestion: 'Say plainly what you are giving away, to whom and why, with no pressure to claim it.',
      });
    }
  },
};
