import type { Rule } from '../rule';
import { rule as addressingCrowd } from './addressing-crowd';
import { rule as discountPush } from './discount-push';
import { rule as engagementBait } from './engagement-bait';
import { rule as guiltTrip } from './guilt-trip';
import { rule as hardCallToAction } from './hard-call-to-action';
import { rule as hashtagEmojiStuffing } from './hashtag-emoji-stuffing';
import { rule as hypeSuperlatives } from './hype-superlatives';
import { rule as linkOnly } from './link-only';
import { rule as noInvitation } from './no-invitation';
import { rule as numbersBrag } from './numbers-brag';
import { rule as offerTerms } from './offer-terms';
import { rule as pitchQuestion } from './pitch-question';
import { rule as pressReleaseRegister } from './press-release-register';
import { rule as prizeClaim } from './prize-claim';
import { rule as selfAnnouncement } from './self-announcement';
import { rule as selfFocus } from './self-focus';
import { rule as shouting } from './shouting';
import { rule as socialProof } from './social-proof';
import { rule as urgencyScarcity } from './urgency-scarcity';

/** Every rule the engine runs. Add a rule: one file here, one test, one docs entry. */
export const RULES: Rule[] = [
  hardCallToAction,
  urgencyScarcity,
  prizeClaim,
  offerTerms,
  socialProof,
  guiltTrip,
  discountPush,
  hypeSuperlatives,
  shouting,
  engagementBait,
  hashtagEmojiStuffing,
  pitchQuestion,
  selfAnnouncement,
  selfFocus,
  numbersBrag,
  pressReleaseRegister,
  addressingCrowd,
  noInvitation,
  linkOnly,
];
