import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Coach } from '../../coach';
import type { Logger } from '../../logger';

/**
 * Exactly once per Events API event id. Slack retries (x-slack-retry-num, or retry_attempt over
 * Socket Mode) and may deliver the same event twice: the first delivery that reaches any replica
 * claims the id, every later one stops here. A retry whose first delivery never arrived claims it
 * and is handled: retries are never dropped wholesale.
 */
export function dedupeEvents(coach: Coach, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string' || eventId === '') {
      await next();
      return;
    }
    if (!(await coach.claimEvent(eventId))) {
      logger.debug(
        { event: 'slack.duplicate_event', eventId, retryNum: context.retryNum },
        'already handled',
      );
      return;
    }
    await next();
  };
}
