import type { webApi } from '@slack/bolt';
import { renderHome } from './blocks/home';
import type { SlackDeps } from './deps';

type WebClient = webApi.WebClient;

/**
 * Workspace admins and owners may edit the workspace defaults. Asked of Slack (users.info) each time, not
 * cached: a demoted admin loses the button at once. Any error means "no": the safe answer.
 */
export async function isWorkspaceAdmin(client: WebClient, userId: string): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch {
    return false;
  }
}

/** Builds and publishes a person's App Home: trends for them and their team, silenced phrases, admin defaults. */
export async function publishHome(
  client: WebClient,
  deps: SlackDeps,
  teamId: string,
  userId: string,
): Promise<void> {
  const [watchedChannels, stats, silenced, isAdmin] = await Promise.all([
    deps.coach.watchedChannels(teamId),
    deps.coach.stats(teamId, userId),
    deps.coach.silenced(teamId),
    isWorkspaceAdmin(client, userId),
  ]);
  await client.views.publish({
    user_id: userId,
    view: renderHome({ watchedChannels, stats, silenced, isAdmin }),
  });
}
