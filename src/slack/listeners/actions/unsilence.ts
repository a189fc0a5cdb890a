import { decodeSilencedValue } from '../../blocks/action-ids';
import type { SlackDeps } from '../../deps';
import { isWorkspaceAdmin, publishHome } from '../../home';
import type { ButtonArgs } from './button-context';

/**
 * App Home's "Flag … again" (an admin's ⋯ menu): the suggestion's old "not helpful" votes stop counting and it is
 * flagged for everyone from the next draft. Admins only, checked here: the menu alone proves nothing.
 */
export function unsilence(deps: SlackDeps) {
  return async ({ ack, action, body, context, client, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const raw = action.type === 'overflow' ? action.selected_option?.value : action.value;
    const target = decodeSilencedValue(raw);
    const teamId = context.teamId ?? body.team?.id;
    if (!target || !teamId || !(await isWorkspaceAdmin(client, body.user.id))) return;
    try {
      await deps.coach.unsilence(teamId, target.rule, target.phrase);
      await publishHome(client, deps, teamId, body.user.id);
    } catch (error) {
      logger.error('flagging a stopped suggestion again failed', error);
    }
  };
}
