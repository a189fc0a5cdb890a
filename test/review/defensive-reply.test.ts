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
