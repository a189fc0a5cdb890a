import { rule } from '../../../src/review/rules/urgency-scarcity';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    "As my contract ends Friday, here's where everything lives.",
    'The workshop is on 14 May at 6pm. Who is coming?',
    'No hurry at all: reply whenever you have a moment.',
    "Just landed. Taxi now, home by 11. Don't wait up.",
    'We only have 3 ovens, so bakes take a while on Saturdays. Worth the wait, we think.',
    'Registration for the spring course is open until 30 April.',
    { text: 'Hoy probamos una receta nueva de pan. ¿Cuál es vuestra favorita?', language: 'es' },
  ],
  invalid: [
    { text: 'Registration closes Friday, so get your name down.', errors: [{ excerpt: 'closes Friday' }] },
    { text: "Don't wait: doors open at 9.", errors: [{ excerpt: "Don't wait" }] },
    { text: 'Only 3 left in stock!', errors: [{ excerpt: 'Only 3 left' }] },
    { text: 'Sale ends tonight, so be quick.', errors: [{ excerpt: 'Sale ends tonight' }] },
    {
      text: "Last chance! Don't miss out on the early-bird price.",
      errors: [{ excerpt: 'Last chance' }, { excerpt: "Don't miss out" }],
    },
    {
      text: 'Hurry, this is a limited-time offer while supplies last.',
      errors: [{ excerpt: 'Hurry' }, { excerpt: 'limited-time offer' }, { excerpt: 'while supplies last' }],
    },
    { text: 'Selling fast: today only.', errors: [{ excerpt: 'Selling fast' }, { excerpt: 'today only' }] },
    {
      text: '¡Solo hoy! No te lo pierdas.',
      language: 'es',
      errors: [{ excerpt: 'Solo hoy' }, { excerpt: 'No te lo pierdas' }],
    },
    {
      text: 'Dernière chance : il ne reste que 5 places.',
      language: 'fr',
      errors: [{ excerpt: 'Dernière chance' }, { excerpt: 'il ne reste que 5' }],
    },
    {
      text: 'Nur noch heute, solange der Vorrat reicht.',
      language: 'de',
      errors: [{ excerpt: 'Nur noch heute' }, { excerpt: 'solange der Vorrat reicht' }],
    },
    {
      text: 'Só hoje! Últimas unidades.',
      language: 'pt',
      errors: [{ excerpt: 'Só hoje' }, { excerpt: 'Últimas unidades' }],
    },
  ],
});
