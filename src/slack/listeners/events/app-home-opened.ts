import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps';
import { publishHome } from '../../home';

type HomeArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** App Home: the principles, how to use the bot, the channels it watches, trends, silenced phrases. */
export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, body, context, client, logger }: HomeArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      await publishHome(client, deps, context.teamId ?? body.team_id, event.user);
    } catch (error) {
      logger.error('App Home not published', error);
    }
  };
}
