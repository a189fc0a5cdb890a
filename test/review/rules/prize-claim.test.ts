import { rule } from '../../../src/review/rules/prize-claim';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    {
      text: 'The bouquet arrived at 11:52, well within the 9am–1pm window you selected.',
      note: "the reader's own choice, not a selection made for them",
    },
    { text: "Thanks for choosing us, and we hope you've chosen well.", note: 'no prize in a choice' },
    'We won the pub quiz on Thursday, mostly thanks to Sam knowing every capital in Africa.',
    'Did you see who won the match last night?',
    'Thanks for the raffle tickets, fingers crossed for the hamper!',
    { text: "Unlimited PTO (you won't want to take it). Competitive salary.", note: "won't is no win" },
    {
      text: 'Ganamos el torneo de pádel del barrio, ¡qué nervios!',
      language: 'es',
      note: 'the sender won, not the reader',
    },
    {
      text: 'Studio Ferraresi Architetti ha vinto il Premio Design Urbano 2025!',
      language: 'it',
      note: 'a studio that won an award: "ha vinto" after a name is the third person',
    },
    {
      text: 'La Panadería Olmo ha ganado el premio al mejor roscón de Madrid.',
      language: 'es',
      note: 'the bakery won, not the reader addressed as usted',
    },
  ],
  invalid: [
    { text: 'You are pre-approved for a £5,000 loan!', errors: [{ excerpt: 'You are pre-approved' }] },
    {
      text: "Congratulations! You've been selected for a £500 voucher. Claim your prize now.",
      errors: [
        { excerpt: 'Congratulations' },
        { excerpt: "You've been selected" },
        { excerpt: 'Claim your prize' },
      ],
    },
    {
      text: 'URGENT: your mobile number has been selected in our prize draw. Call 09061 701 461 to claim.',
      errors: [{ excerpt: 'your mobile number has been selected' }, { excerpt: 'to claim' }],
    },
    {
      text: 'You have won a FREE cruise for two!',
      errors: [{ excerpt: 'You have won' }, { excerpt: 'FREE cruise for' }],
    },
    {
      text: 'Felicidades, has ganado un iPhone 16.',
      language: 'es',
      errors: [{ excerpt: 'Felicidades' }, { excerpt: 'has ganado' }],
    },
    {
      text: 'Félicitations, vous avez gagné un bon de 200 €.',
      language: 'fr',
      errors: [{ excerpt: 'Félicitations' }, { excerpt: 'vous avez gagné' }],
    },
    {
      text: 'Congratulazioni, ha vinto un buono da 500 €!',
      language: 'it',
      errors: [{ excerpt: 'ha vinto' }],
    },
    {
      text: 'Tu línea ha sido seleccionada para recibir 50GB gratis.',
      language: 'es',
      errors: [{ excerpt: 'ha sido seleccionada' }],
    },
  ],
});
