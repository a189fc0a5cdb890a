import { defendsInReply } from '../../src/review/rewrite/defensive-reply';
import { reviewDraft } from '../../src/review';
import { judgeDraft } from '../../src/review/judge';
import { rewriteDraft } from '../../src/review/rewrite';

/** The rewrite of a reply whether or not its review sends it back: what is tested is what it keeps. */
function rewriteAnyway(text: string): string {
  const judgement = judgeDraft(text, {});
  return rewriteDraft({ ...judgement, verdict: 'revise' }, {}).rewrite ?? '';
}

describe('what a reply says in its own defence', () => {
  it.each([
    'Our staff followed policy correctly.',
    'However, our kitchen team followed all procedures.',
    'Our chef has 25 years of experience.',
    'Our devices undergo rigorous quality testing and we have received very few reports of this problem.',
    'We served over 200 guests that evening and nobody else complained about the steak.',
    "In the vast majority of cases, connectivity issues are caused by the user's home Wi-Fi network, not our product.",
    'We also noticed that you did not raise any concerns with your server during the evening.',
    'We hope you find a restaurant more suited to your preferences.',
    'Perhaps medium-rare is simply not to your taste.',
    "We'd recommend reviewing our policies before making a purchase in the future.",
    'Please make sure you have followed all the steps in the setup guide before posting.',
    'This thread is now closed.',
    'Dear Guest, we find your review very unfair.',
    'We pride ourselves on our 4.7-star rating and stand behind our team 100%.',
    'Nous vous invitons à relire nos CGV.',
    'Nous ne pouvons donc être tenus responsables.',
    'Ningún otro cliente se ha quejado del servicio.',
    'Kein anderer Gast hat sich beschwert.',
    'Nenhum outro cliente se queixou.',
    'La invitiamo a rileggere le nostre condizioni di vendita.',
    'Geen enkele andere gast heeft geklaagd.',
    // A stock line that answers nothing the customer wrote about.
    'Your satisfaction is our top priority.',
    'We value your feedback.',
    'Your call is important to us.',
    'Delays are occasionally unavoidable.',
    'Votre satisfaction est notre priorité.',
    'We hope you understand our culture.',
    'At UrbanEats, customer satisfaction is our #1 priority.',
  ])('drops "%s"', (sentence) => {
    expect(defendsInReply(sentence)).toBe(true);
  });

  it.each([
    // An apology, however it is worded.
    'We are sorry to hear the room was not to your liking.',
    // What the reply tells or offers.
    'Sale items cannot be returned, but we can offer an exchange in store.',
    'The delay came from our courier, and we have asked them to explain.',
    "The sync issue you're describing is caused by your firewall settings, not by Relaylink.",
    'Our records show your appointment ran 15 minutes late because of an emergency.',
    // What was done for the customer, in the same sentence as the pride.
    'At The Marlowe, we pride ourselves on a five-star stay, and we have shared your comments with our Operations team.',
    'Could you send us your order number so we can look into it?',
    'Our team is working on it.',
    // What the delay was, told: not a stock line.
    'Delays on the A38 this morning held up two of our drivers.',
  ])('keeps "%s"', (sentence) => {
    expect(defendsInReply(sentence)).toBe(false);
  });

  it('takes the defence out of a reply, and keeps what it tells', () => {
    const { rewrite } = reviewDraft(
      "Hi Priya, we're sorry you feel that way. However, as stated in our terms and conditions, clearance items are final sale and cannot be returned. Our staff followed policy correctly. We'd recommend reviewing our policies before making a purchase in the future.\n\nRegards,\nThe Birchwood Home Team",
    );
    expect(rewrite).toContain('clearance items are final sale and cannot be returned');
    expect(rewrite).not.toContain('followed policy');
    expect(rewrite).not.toContain('before making a purchase');
    expect(rewrite).toContain('The Birchwood Home Team');
  });

  it('reads a letter to one person about their review as a reply, however it opens', () => {
    const rewrite = rewriteAnyway(
      "Hi @soggy_sprouts,\n\nWe've checked this and there is no fault with the BloomSense hub. In the vast majority of cases, pairing problems are caused by the user's router, not our product. This thread is now closed.\n\nIf it still won't pair, open a ticket at help.bloomsense.example.com.\n\n— BloomSense Community Team",
    );
    expect(rewrite).toContain('help.bloomsense.example.com');
    expect(rewrite).not.toContain('vast majority');
    expect(rewrite).not.toContain('thread is now closed');
  });
});

describe('a lesson for next time', () => {
  it('is read as defending the sender: reading the description, the size chart, the manual', () => {
    for (const lesson of [
      "We'd recommend reading product descriptions in full before ordering in future.",
      'We recommend reviewing our size chart in the future to avoid this kind of issue.',
      'Please double-check your information next time to avoid delays.',
      'Wij raden u dan ook aan eerst de handleiding te lezen voordat u opnieuw contact opneemt.',
      'Le rogamos que no vuelva a abrir nuevas incidencias sobre el mismo asunto.',
    ])
      expect(defendsInReply(lesson)).toBe(true);
    expect(defendsInReply('Please check your spam folder for the confirmation email.')).toBe(false);
  });
});

describe('what the sender did and what the customer said, held up as a defence', () => {
  it("reads a named stylist who followed the photo, and the customer's own words, as defending", () => {
    expect(
      defendsInReply(
        'However, our stylist Kayla followed your reference photo exactly and you said you loved it in the chair.',
      ),
    ).toBe(true);
    expect(defendsInReply('Our stylist Kayla will call you to book a free fix.')).toBe(false);
  });

  it('reads a reminder of what the website said as defending, in English and elsewhere', () => {
    expect(
      defendsInReply('Please note our Classic Double rooms measure 16m² as stated on our website.'),
    ).toBe(true);
    expect(
      defendsInReply(
        'Le ricordiamo che ha prenotato una camera Standard, come indicato chiaramente sul sito.',
      ),
    ).toBe(true);
    // The answer itself stays: the sale items' terms are what the customer asked about.
    expect(defendsInReply('All sale items are final and cannot be returned.')).toBe(false);
  });

  it('takes out a room upsold at a nightly price, and keeps the courtesy and the signature after it', () => {
    const rewrite = rewriteAnyway(
      'Dear Mr Haddad, Thank you for contacting SkyAtlas. We are sorry to hear that your seat on flight SA 417 from Lisbon to Toronto on 2 August was not as expected. Please be advised that seat comfort varies by aircraft and is not covered under our compensation policy. For a more comfortable experience on your next journey, why not upgrade to Premium Comfort from just CAD 219 each way? As a valued customer, enjoy 15% off your next upgrade with code COMFORT15 at skyatlas.com/upgrade (valid until 30 Sept). We look forward to welcoming you on board again soon. Kind regards, SkyAtlas Customer Relations, Ref: CR-5520931',
    );
    expect(rewrite).not.toContain('COMFORT15');
    expect(rewrite).toContain('We look forward to welcoming you on board again soon.');
    expect(rewrite).toMatch(/\nKind regards, SkyAtlas Customer Relations, Ref: CR-5520931$/u);
    const hotel = rewriteAnyway(
      'Dear Guest, thank you for taking the time to share your feedback regarding your recent stay at The Harbourlight Hotel, Whitby. We are sorry to learn the room was smaller than expected. Please note our Classic Double rooms measure 16m² as stated on our website. For your next visit, we would recommend our Sea View Suites, which offer stunning panoramic views over the harbour, from just £189 per night including breakfast. Book direct at harbourlighthotel.co.uk with code RETURN10 for 10% off. We hope to welcome you back soon. Kind regards, Guest Relations Team',
    );
    expect(hotel).not.toMatch(/Sea View|RETURN10|as stated/u);
    expect(hotel).toContain('We hope to welcome you back soon.');
  });

  it("keeps a German letter's close and its reference when the sale before it goes", () => {
    const rewrite = rewriteAnyway(
      'Sehr geehrter Herr Krämer, vielen Dank für Ihre Nachricht vom 04.03. bezüglich der langsamen Internetgeschwindigkeit. Wir haben Ihren Anschluss geprüft: Ihr aktueller Tarif FlinkNet 50 liefert bis zu 50 Mbit/s, die gemessenen Werte liegen im vertraglich vereinbarten Rahmen. Für ein deutlich besseres Surferlebnis empfehlen wir Ihnen unseren Tarif FlinkNet 250 für nur 39,99 €/Monat – jetzt die ersten 6 Monate für 19,99 €! Einfach unter flinknet.de/upgrade mit dem Aktionscode WECHSEL6 buchen. Mit freundlichen Grüßen, Ihr FlinkNet Kundenservice, Vorgangsnr. 2024-0388147',
    );
    expect(rewrite).not.toContain('WECHSEL6');
    expect(rewrite).toMatch(
      /\nMit freundlichen Grüßen, Ihr FlinkNet Kundenservice, Vorgangsnr\. 2024-0388147$/u,
    );
    const switching = rewriteAnyway(
      'Hallo Frau Brandt, danke für Ihre Nachricht. Dass der Akku Ihres Staubsaugers nach 14 Monaten nachlässt, ist bei intensiver Nutzung leider normal und kein Garantiefall. Unsere Empfehlung: Steigen Sie jetzt auf den neuen Vento X9 um – mit dem Code WECHSEL15 sparen Sie 15 % und erhalten zusätzlich unsere Premium-Garantie für nur 39,90 €. Das Angebot gilt nur bis Sonntag! Mit freundlichen Grüßen, Ihr Saugwerk-Team',
    );
    expect(switching).not.toMatch(/WECHSEL15|Angebot/u);
    expect(switching).toMatch(/Mit freundlichen Grüßen, Ihr Saugwerk-Team$/u);
  });

  it('does not take "The management thanks you…" for a signature', () => {
    const rewrite = rewriteAnyway(
      'NOTICE!!! The municipal swimming pool will be CLOSED from 1 to 15 August for scheduled maintenance works. The management thanks you for your understanding.',
    );
    expect(rewrite).toContain('works. The management thanks you for your understanding.');
  });
});
