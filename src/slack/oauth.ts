import type { Installation as SlackInstallation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Store } from '../store/types';

export type OAuthConfig = Partial<
  Pick<Config, 'SLACK_CLIENT_ID' | 'SLACK_CLIENT_SECRET' | 'SLACK_STATE_SECRET'>
>;

/** The bot scopes an install asks for: the same list as manifest.json (test/slack/manifest.test.ts keeps them equal). */
export const BOT_SCOPES = [
  'channels:history',
  'channels:join',
  'channels:read',
  'chat:write',
  'commands',
  'groups:history',
  'groups:read',
  'reactions:write',
  'users:read',
];

/** Many workspaces: all three OAuth variables set. Anything less is single-workspace token mode (the default). */
export function isOAuthConfigured(config: OAuthConfig): boolean {
  return Boolean(config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET && config.SLACK_STATE_SECRET);
}

/**
 * Bolt's installation store over our Store: team installs are keyed by team, org-wide (Enterprise Grid)
 * installs by enterprise. The whole Bolt installation object is kept, tokens included, so nothing is
 * re-derived later; it is never logged.
 */
export function storeInstallationStore(store: Store, logger: Logger): InstallationStore {
  return {
    async storeInstallation<AuthVersion extends 'v1' | 'v2'>(
      installation: SlackInstallation<AuthVersion, boolean>,
    ): Promise<void> {
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      await store.saveInstallation({
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        isEnterpriseInstall,
        data: installation,
      });
      logger.info(
        {
          event: 'slack.installed',
          teamId: installation.team?.id,
          enterpriseId: installation.enterprise?.id,
          isEnterpriseInstall,
        },
        'app installed',
      );
    },
    async fetchInstallation(
      query: InstallationQuery<boolean>,
    ): Promise<SlackInstallation<'v1' | 'v2', boolean>> {
      const found = await store.findInstallation({
        teamId: query.teamId,
        enterpriseId: query.enterpriseId,
        isEnterpriseInstall: query.isEnterpriseInstall,
      });
      if (!found) {
        throw new Error(
          `no installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`,
        );
      }
      return found.data as SlackInstallation<'v1' | 'v2', boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
      await store.deleteInstallation({
        teamId: query.teamId,
        enterpriseId: query.enterpriseId,
        isEnterpriseInstall: query.isEnterpriseInstall,
      });
    },
  };
}

/**
 * The App options for the OAuth install flow: /slack/install (a direct redirect to Slack, with a signed state
 * in a cookie) and /slack/oauth_redirect (checks the state against that cookie, then oauth.v2.access).
 */
export function oauthAppOptions(config: OAuthConfig, store: Store, logger: Logger) {
  return {
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    scopes: BOT_SCOPES,
    installationStore: storeInstallationStore(store, logger),
    installerOptions: { directInstall: true, stateVerification: true },
  };
}

/** The bot token of a team's installation (for work no Slack request starts, like the weekly digest). */
export async function botTokenFor(store: Store, teamId: string): Promise<string | undefined> {
  const found = (await store.findInstallation({ teamId, isEnterpriseInstall: false })) ?? null;
  const data = found?.data as { bot?: { token?: string } } | undefined;
  return data?.bot?.token;
}
