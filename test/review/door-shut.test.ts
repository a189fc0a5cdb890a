import { shutsTheDoor } from '../../src/review/rewrite/door-shut';
import type { Language } from '../../src/review/types';

// Sentences that only shut the door on the reader, in each language the rewriter covers.
const SHUT: [Language, string][] = [
  ['en', 'Complaints will not be answered.'],
  ['en', 'Questions about this decision will not be taken.'],
  ['en', 'Telephone enquiries will not be accepted.'],
  ['en', 'Calls about this decision will not be accepted.'],
  [
    'en',
    'Calls to the office about the heating will not be accepted and emails will not be responded to individually.',
  ],
  ['en', 'The Council will not respond to comments on this post.'],
  ['en', 'Requests for extensions will not be considered.'],
  ['en', 'We will not be making any exceptions.'],
  ['en', 'We will not be discussing this over the phone.'],
  ['en', 'The council will not be responding to further comments on this post.'],
  ['en', 'No further reminders will be sent.'],
  ['en', 'The committee will not be discussing individual circumstances.'],
  ['en', 'This is not negotiable and the committee will not be discussing individual circumstances.'],
  ['en', 'Enquiries about this decision will not be responded to individually.'],
  ['en', 'We will not be entering into individual negotiations.'],
  ['nl', 'Vragen en klachten worden niet via Facebook in behandeling genomen.'],
  ['it', 'Non verranno accettati reclami.'],
  ['it', 'Eventuali reclami non saranno presi in considerazione.'],
  ['it', "L'amministrazione declina ogni responsabilità."],
  ['pt', 'A gerência não se responsabiliza por reclamações posteriores.'],
  ['pt', 'Reclamações sobre este assunto não serão consideradas.'],
  ['es', 'No se atenderán reclamaciones.'],
  ['es', 'La administración no se hace responsable.'],
  ['fr', 'Les réclamations ne seront pas traitées.'],
  ['fr', 'La direction décline toute responsabilité.'],
  ['de', 'Beschwerden werden nicht beantwortet.'],
  ['de', 'Rückfragen zu diesem Schreiben werden nicht beantwortet.'],
  ['de', 'Telefonische Rückfragen sind nicht möglich.'],
  ['nl', 'Klachten worden niet in behandeling genomen.'],
  ['nl', 'Hierover wordt niet gecorrespondeerd.'],
  // The case declared closed, in each language, and the way the reader wrote in shut.
  ['de', 'Der Vorgang ist damit abgeschlossen.'],
  ['it', 'La pratica è stata chiusa.'],
  ['it', 'La sua pratica è stata archiviata.'],
  ['de', 'Rückfragen zu dieser Nachricht werden nicht beantwortet.'],
  ['pt', 'O processo encontra-se encerrado.'],
  ['es', 'Este expediente queda cerrado.'],
  ['nl', 'Dit ticket is gesloten.'],
  ['fr', 'Le dossier est clos.'],
  ['en', 'Reports made via social media will not be actioned.'],
  // The reader told not to write back, or that it is no use.
  ['nl', 'Reageren op deze e-mail heeft geen zin.'],
  ['de', 'Wir bitten Sie, von weiteren Anfragen zu diesem Thema abzusehen.'],
  ['en', 'There is no point replying to this email.'],
  ['en', 'No further correspondence on this matter will be entered into.'],
  ['en', 'We will not be responding further to this matter and any further comments will be removed.'],
  // The matter declared closed, in each language: the reader's case, not the sender's to close.
  ['en', "I'm closing this ticket now."],
  ['en', 'We consider this matter closed.'],
  ['fr', 'Nous ne répondrons plus à ce sujet.'],
  ['nl', 'Wij beschouwen deze kwestie hiermee als afgehandeld.'],
  ['de', 'Wir betrachten die Angelegenheit hiermit als erledigt.'],
  ['es', 'Damos este asunto por cerrado.'],
  ['pt', 'Consideramos este assunto encerrado.'],
  ['it', 'Consideriamo la questione chiusa.'],
  // What the reader might write, answered in advance with silence; the terms declared beyond discussion.
  ['en', 'We will not be responding further on this matter.'],
  ['en', 'Further messages about this order will not receive a response.'],
  [
    'en',
    'We will not be entering into discussions about individual pricing, so please do not contact your account manager about this.',
  ],
  [
    'en',
    'The Council will not be responding to individual objections, petitions or social media comments on this matter.',
  ],
  ['en', 'This is not negotiable.'],
  ['en', 'Do not call the office about this.'],
  ['en', 'Please do not contact us again.'],
  // No more replies promised, read by shape: a negated future of answering and a word that it is about
  // anything still to come, with or without its subject after a case declared closed.
  ['en', 'We consider this matter closed and will not be responding to further emails on this subject.'],
  ['en', 'We will not respond further.'],
  ['en', 'I will no longer be responding to DMs about availability.'],
  ['de', 'Weitere Diskussionen hierzu werden wir nicht führen.'],
  [
    'de',
    'Wir betrachten die Angelegenheit als abgeschlossen und werden auf weitere Schreiben zu diesem Thema nicht mehr reagieren.',
  ],
  [
    'nl',
    'Wij beschouwen deze zaak als afgesloten en zullen niet verder reageren op e-mails over dit onderwerp.',
  ],
  ['fr', 'Nous ne répondrons plus à vos courriels sur ce sujet.'],
  ['es', 'No responderemos a más correos sobre este asunto.'],
  ['it', 'Non risponderemo a ulteriori email sulla questione.'],
  ['pt', 'Não responderemos a mais mensagens sobre este assunto.'],
];

// A notice's own rules and what the reader needs to know: about what they do, or when, not a refusal
// to hear them.
const OPEN: [Language, string][] = [
  ['en', 'Late arrivals will not be admitted.'],
  ['en', 'Bins presented late will not be emptied.'],
  ['en', 'Emails sent after 5pm will not be answered until Monday.'],
  ['en', 'Questions will be answered at the meeting on 4 March.'],
  ['en', 'Requests received during the maintenance window will not be processed until Monday.'],
  ['en', 'The final decision is yours.'],
  // Where a customer stands after a claim is declined: news, not a door.
  ['en', 'This decision is final.'],
  ['de', 'Diese Entscheidung ist endgültig.'],
  ['nl', 'Bezwaar is niet mogelijk.'],
  ['en', 'We will not be open on Monday.'],
  ['en', 'Complaints will not be answered by email, so please call us on 0161 496 0000.'],
  ['de', 'Anfragen, die in diesem Zeitraum eingehen, werden nicht bearbeitet.'],
  ['it', 'Le richieste arrivate dopo il 3 marzo non saranno evase prima di aprile.'],
  ['fr', 'Les demandes reçues après le 3 mars ne seront pas traitées avant avril.'],
  ['es', 'Las consultas se atenderán de lunes a viernes.'],
  ['nl', 'Vragen worden binnen twee werkdagen beantwoord.'],
  ['pt', 'As dúvidas serão respondidas por e-mail.'],
  ['other', 'Complaints will not be answered.'],
  ['en', "Don't call the office to report an absence: use the app."],
  ['en', 'Please do not contact us before 9am.'],
  ['en', 'The price is negotiable for a quick sale.'],
  ['en', 'Bins will not be emptied and complaints will be answered within a week.'],
  ['en', 'Messages about this order will receive a reply within two working days.'],
  // When the reader can write again, or a promise with no word of anything further.
  ['en', "We won't answer calls again until 9 January."],
  ['en', 'We will not be able to respond to messages over the holidays.'],
  ['en', 'We will not respond to messages sent to this number.'],
  ['de', 'Wir werden am 24. Dezember nicht mehr antworten können.'],
  // The decision stays, however its door is shut after it (the door goes as a tail).
  ['en', 'This decision is final and we will not respond to further correspondence on this matter.'],
];

describe('a sentence that only shuts the door on the reader', () => {
  it.each(SHUT)('reads "%s: %s" as a door shut', (language, sentence) => {
    expect(shutsTheDoor(sentence, language)).toBe(true);
  });

  it.each(OPEN)('leaves "%s: %s" as the notice wrote it', (language, sentence) => {
    expect(shutsTheDoor(sentence, language)).toBe(false);
  });
});
