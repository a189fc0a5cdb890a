import { compilePhrases, topLevelAlternatives } from './text';

// Phrases that open the door to a reply without a question mark. Shared by the rules that look for
// a missing invitation and by the signal that credits one, so both agree on what counts. One list
// serves every language: each language's phrases only occur in drafts written in it.
const INVITATION_PHRASES = topLevelAlternatives(
  "let (?:us|me) know|tell (?:us|me)|we'?d love to hear|i'?d love to hear|love to hear|we want to hear|reply (?:with|here|below)|share (?:your|yours)|drop (?:us|me) a (?:line|note|message)|(?:dm|message|ping) (?:me|us) (?:if|with|your)|leave a comment|comments? (?:welcome|are open)|thoughts welcome|curious (?:what|how|whether|if)|ping (?:me|us)|reach out|get in touch|give (?:us|me) a shout|(?:we'?d|i'?d) rather you (?:just )?ask|just ask|feel free to (?:ask|reach|share|reply|comment)|come (?:say|and say) hi|say hi|join (?:us|the conversation|in)|happy to (?:answer|help|chat|share|talk|compare)|ask (?:us|me) anything|questions welcome|cuéntanos|dinos|déjanos saber|dites-nous|racontez-nous|dis-nous|sagt uns|schreibt uns|erzählt uns|verrate uns|conta pra gente|contem pra gente|diga-nos|fateci sapere|diteci|scriveteci|raccontateci|fammi sapere|laat (?:ons|het ons|me) weten|vertel (?:ons|me)|reageer hieronder|deixe (?:seu|sua) (?:comentário|opinião)",
);
export const INVITATIONS = compilePhrases({ en: INVITATION_PHRASES });

/** True when the draft asks a question or explicitly invites a reply. */
export function asksSomething(text: string): boolean {
  return /[?？¿]/.test(text) || INVITATIONS.find(text, 'en').length > 0;
}
