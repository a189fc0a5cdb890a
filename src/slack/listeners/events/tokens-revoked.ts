import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps';

type RevokedArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'tokens_revoked'>;

/** The bot token was revoked: the installation is unusable, forget it. User tokens we never hold. */
export function tokensRevoked(deps: SlackDeps) {
  return async ({ event, body, context }: RevokedArgs): Promise<void> => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await deps.coach.forgetInstallation(context.teamId ?? body.team_id, context.enterpriseId ?? undefined);
    deps.logger.info({ event: 'slack.tokens_revoked', teamId: body.team_id }, 'bot token revoked');
  };
}
