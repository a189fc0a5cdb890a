import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps';

type UninstalledArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>;

/** The workspace removed the app: forget its installation. */
export function appUninstalled(deps: SlackDeps) {
  return async ({ body, context }: UninstalledArgs): Promise<void> => {
    await deps.coach.forgetInstallation(context.teamId ?? body.team_id, context.enterpriseId ?? undefined);
    deps.logger.info({ event: 'slack.app_uninstalled', teamId: body.team_id }, 'app uninstalled');
  };
}
