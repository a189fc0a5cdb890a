import { decodeSilencedValue } from '../../blocks/action-ids';
import type { SlackDeps } from '../../deps';
import { publishHome } from '../../home';
import type { ButtonArgs } from './button-context';

/** App Home's Undo on a silenced phrase: its "not helpful" votes stop counting, and it is flagged again. */
export function unsilence(deps: SlackDeps) {
  return async ({ ack, action, body, context, client, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const target = decodeSilencedValue(action.type === 'button' ? action.value : undefined);
    const teamId = context.teamId ?? body.team?.id;
    if (!target || !teamId) return;
    try {
      await deps.coach.unsilence(teamId, target.rule, target.phrase);
      await publishHome(client, deps, teamId, body.user.id);
    } catch (error) {
      logger.error('undo of a silenced phrase failed', error);
    }
  };
}
