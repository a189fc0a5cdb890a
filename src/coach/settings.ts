import type { ReviewOptions } from '../review';
import type { ChannelSettings, SilencedPhrase, WorkspaceDefaults } from '../store/types';

/** A rule and phrase a team marked "not helpful" this many times is no longer flagged for that team. */
export const SILENCE_THRESHOLD = 3;

/**
 * The reaction on a draft that reads well. Not ✅: many social teams read a check mark as "approved by a manager".
 * A speech balloon says what the bot means: this reads like a conversation.
 */
export const DEFAULT_PASS_REACTION = 'speech_balloon';

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
