import { renderSettingsModal } from '../../blocks/settings-modal';
import type { SlackDeps } from '../../deps';
import { isWorkspaceAdmin } from '../../home';
import type { ButtonArgs } from './button-context';

/** App Home's "Edit defaults" (admins only; checked again here, the button alone proves nothing). */
export function openWorkspaceSettings(deps: SlackDeps) {
  return async ({ ack, body, context, client, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const teamId = context.teamId ?? body.team?.id;
    if (!teamId || !(await isWorkspaceAdmin(client, body.user.id))) return;
    try {
      const defaults = await deps.coach.workspaceDefaults(teamId);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: renderSettingsModal({ scope: 'workspace', teamId }, defaults),
      });
    } catch (error) {
      logger.error('workspace defaults modal not opened', error);
    }
  };
}
