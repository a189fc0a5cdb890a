import type { ReviewOptions } from '../review';
import type { ChannelSettings, SilencedPhrase, WorkspaceDefaults } from '../store/types';

/** A rule and phrase a team marked "not helpful" this many times is no longer flagged for that team. */
export const SILENCE_THRESHOLD = 3;

/**
 * The reaction on a draft the bot looked at and has nothing to suggest for. Not ✅ or 👍, and not a word like "reads
 * well": a team reads those as "approved", and a missing one as "failed". Eyes say only "seen".
 */
export const DEFAULT_PASS_REACTION = 'eyes';

/** What a channel gets before anyone changed anything: thread replies, standard strictness. */
export function defaultChannelSettings(
  teamId: string,
  channelId: string,
  workspace?: WorkspaceDefaults | null,
): ChannelSettings {
  return {
    teamId,
    channelId,
    watched: false,
    replyMode: workspace?.replyMode ?? 'thread',
    strictness: workspace?.strictness ?? 'standard',
    disabledRules: [...(workspace?.disabledRules ?? [])],
    rejectPhrases: [...(workspace?.rejectPhrases ?? [])],
    acceptPhrases: [...(workspace?.acceptPhrases ?? [])],
    digest: workspace?.digest ?? false,
    storeDraftText: workspace?.storeDraftText ?? false,
    passReaction: workspace?.passReaction ?? DEFAULT_PASS_REACTION,
    silenceBy: workspace?.silenceBy ?? 'vote',
    network: workspace?.network ?? 'any',
  };
}

/** The reviewer's options for a channel's settings and the team's silenced phrases. */
export function toReviewOptions(
  settings: ChannelSettings,
  silenced: readonly SilencedPhrase[],
): ReviewOptions {
  return {
    strictness: settings.strictness,
    disabledRules: settings.disabledRules,
    rejectPhrases: settings.rejectPhrases,
    acceptPhrases: settings.acceptPhrases,
    silenced: silenced.map(({ rule, phrase }) => ({ rule, phrase })),
    network: settings.network ?? 'any',
  };
}
