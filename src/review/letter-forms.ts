/**
 * The words a letter or a post opens and closes on, in the covered languages: where the line model
 * reads a greeting, the rewrite plan a sign-off, the calmer voice a form letter's opening formula, and
 * where the grammar check lets a sentence end on its comma ("Hello,", "Kind regards,").
 */

// A greeting's first word ("Sehr geehrte Frau Schneider,", "Dear Tenant,", "Hola Marta,"): the rest of
// it runs to the comma.
export const GREETING_WORDS = (
  'dear hi hello sehr liebe lieber hallo guten bonjour madame monsieur cher chère chers gentile gentili ' +
  'egregio egregia caro cara cari care caros caras estimado estimada estimados estimadas querido querida ' +
  'queridos queridas prezado prezada prezados prezadas beste geachte'
).split(' ');

// A letter's formal close.
export const CLOSING_WORDS = String.raw`(?:kind|best|warm|warmest) regards|regards|best wishes|(?:yours )?sincerely|yours faithfully|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|(?:bien )?cordialement|cordiali saluti|distinti saluti|(?:muy )?atentamente|saludos cordiales|un saludo|atenciosamente|(?:com os melhores )?cumprimentos|(?:met )?vriendelijke groet(?:en)?|hartelijke groet(?:en)?`;

// "Hey everyone!!", "Bonjour à tous", "Moin": how a post greets its readers, whatever its tone.
export const SPOKEN_GREETINGS = String.raw`hi|hey|hello|hiya|dear|morning|good (?:morning|afternoon|evening)|hola|buenos días|buenas|bonjour|bonsoir|salut|coucou|hallo|guten (?:morgen|tag|abend)|moin|servus|ciao|buongiorno|buonasera|salve|olá|oi|bom dia|boa tarde|hoi|goedemorgen|goedemiddag|dag`;
