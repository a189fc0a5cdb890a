import { rule } from '../../../src/review/rules/numbers-brag';
import { testRule } from '../rule-tester';

testRule(rule, {
  valid: [
    'We hired 40 engineers this quarter. If your dashboards feel faster, that is them: what have you noticed?',
    'You helped us raise £12,000 for the food bank this winter. Thank you.',
    'The river was 2 metres higher than last year, so the walk is postponed.',
    // Opening hours and closures are what the reader needs to know, not the sender's deeds.
    "Hi, it's Parkside Pharmacy. We're closed Mon 3 – Wed 5 March for a refit. Prescriptions will be ready again Thursday.",
    {
      text: 'Aviso rápido: el lunes cerramos por la fiesta local. El martes abrimos a las 9 como siempre.',
      language: 'es',
    },
    'Last Saturday we opened at 8am for the early dog walkers, and it was lovely.',
    // A talk's title in quotes is not the sender's news.
    'Seats for our free live webinar "Scaling Customer Success Without Scaling Headcount" are almost gone.',
  ],
  invalid: [
    {
      text: "We've hired 40 engineers this quarter and our platform now processes 2B events a day. Onwards and upwards.",
      errors: [
        { excerpt: "We've hired 40 engineers this quarter and our platform now processes 2B events a day." },
      ],
    },
    {
      text: 'Record quarter for us: revenue up 38% and 1,200 new customers.',
      errors: [{ excerpt: 'Record quarter for us: revenue up 38% and 1,200 new customers.' }],
    },
    {
      text: 'This year we opened 3 new stores and served 40,000 customers.',
      errors: [{ excerpt: 'This year we opened 3 new stores and served 40,000 customers.' }],
    },
    {
      text: 'Este año hemos superado los 2 millones de euros de facturación.',
      language: 'es',
      errors: [{ excerpt: 'Este año hemos superado los 2 millones de euros de facturación.' }],
    },
  ],
});
