import { compilePhrases, memoise, topLevelAlternatives, type Match } from './text';

// Phrases that open the door to a reply without a question mark. Shared by the rules that look for
// a missing invitation and by the signal that credits one, so both agree on what counts. One list
// serves every language: each language's phrases only occur in drafts written in it.
const INVITATION_PHRASES = topLevelAlternatives(
  "let (?:us|me) know|tell (?:us|me)|we'?d love to hear|i'?d love to hear|love to hear|we want to hear|reply (?:with|here|below)|(?:just )?reply to (?:this|my|our) (?:email|e-mail|message|text|note)|(?:just )?hit reply|share (?:your|yours)|drop (?:us|me) a (?:line|note|message)|(?:dm|message|ping) (?:me|us) (?:if|with|your)|leave a comment|comments? (?:welcome|are open)|thoughts welcome|curious (?:what|how|whether|if)|ping (?:me|us)|reach out|get in touch|give (?:us|me) a shout|(?:we'?d|i'?d) rather you (?:just )?ask|just ask|feel free to (?:ask|reach|share|reply|comment)|come (?:say|and say) hi|say hi|join (?:us|the conversation|in)|happy to (?:answer|help|chat|share|talk|compare)|ask (?:us|me) anything|questions welcome|cuéntanos|dinos|déjanos saber|dites-nous|racontez-nous|dis-nous|sagt uns|schreibt uns|erzählt uns|verrate uns|conta pra gente|contem pra gente|diga-nos|fateci sapere|diteci|scriveteci|raccontateci|fammi sapere|laat (?:ons|het ons|me) weten|vertel (?:ons|me)|reageer hieronder|deixe (?:seu|sua) (?:comentário|opinião)",
);
const INVITATION_INDEX = compilePhrases({ en: INVITATION_PHRASES });

/**
 * What the reader may want ("if you'd like…", "if you're interested…"), as a condition before an order:
 * after it, "DM us "FIT"" or "tap the link in bio" is a way to reply offered on the reader's terms, not
 * a command. A pattern source for the rules' leading lookbehinds.
 */
export const READER_WISH = "(?:you(?:'d| would) like|you(?:'re| are) interested)";
export const ON_READERS_TERMS = `if ${READER_WISH}[^.!?\\n]{0,60},`;

/**
 * The same wish anywhere in a sentence, in the languages the analysis reads ("Text GLOW to 55123 if
 * you'd like 20% off", "si vous le souhaitez", "se quiser", "wenn Sie möchten", "als je wilt"): the
 * order in it is the reader's to take.
 */
export const READER_CHOOSES = new RegExp(
  String.raw`\bif (?:${READER_WISH}|you’d like|you’re interested|you (?:want|wish|fancy|prefer|can))\b|\bsi (?:vous (?:le )?souhaitez|tu (?:le )?veux|quieres|lo desea|le interesa|te interesa)\b|\bse (?:quiser|desejar|vuoi|preferisci|ti interessa)\b|\bwenn (?:du|sie) (?:möchtest|möchten|magst|mögen|willst|wollen)\b|\bals (?:je|u) (?:wilt|wil)\b`,
  'iu',
);

/** Invitations in a draft; asked for by several rules and a signal, so found once per draft. */
export const findInvitations: (text: string) => Match[] = memoise((text) =>
  INVITATION_INDEX.find(text, 'en'),
);

/** True when the draft asks a question or explicitly invites a reply. */
export function asksSomething(text: string): boolean {
  return /[?？¿]/.test(text) || findInvitations(text).length > 0;
}
