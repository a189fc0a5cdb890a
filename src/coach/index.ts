export {
  Coach,
  type CoachDeps,
  type CoachedReview,
  type DraftRequest,
  type DraftOutcome,
  type ChannelReviewState,
} from './coach';
export {
  defaultChannelSettings,
  toReviewOptions,
  SILENCE_THRESHOLD,
  DEFAULT_PASS_REACTION,
} from './settings';
export {
  summariseStats,
  MIN_TEAM_AUTHORS,
  sparkline,
  ruleTitle,
  type Habit,
  type ReviewStats,
  type ReviewTally,
  type RecentReview,
  type NetworkTally,
} from './stats';
