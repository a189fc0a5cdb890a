import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHome } from '../../blocks/home';
import type { SlackDeps } from '../../deps';

type HomeArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

/** App Home: the principles, how to use the bot, the channels it watches, the person's trend. */
export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, body, context, client, logger }: HomeArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    const teamId = context.teamId ?? body.team_id;
    try {
      const [watchedChannels, stats] = await Promise.all([
        deps.coach.watchedChannels(teamId),
        deps.coach.stats(teamId, event.user),
      ]);
      await client.views.publish({ user_id: event.user, view: renderHome({ watchedChannels, stats }) });
    } catch (error) {
      logger.error('App Home not published', error);
    }
  };
}
