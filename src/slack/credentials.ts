import type { Config } from '../config';
import { isOAuthConfigured, type OAuthConfig } from './oauth';

export type SlackConfig = Pick<
  Config,
  'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL' | 'PORT'
> &
  OAuthConfig;

/**
 * The credentials Slack needs for the chosen mode, or the names of those missing. Kept apart from the
 * app (which loads Bolt) so `npm start` can say what is missing before it loads anything heavy.
 */
export function missingCredentials(config: SlackConfig): string[] {
  const missing: string[] = [];
  // In OAuth mode (many workspaces) each installation brings its own bot token.
  if (!config.SLACK_BOT_TOKEN && !isOAuthConfigured(config)) missing.push('SLACK_BOT_TOKEN');
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) missing.push('SLACK_SIGNING_SECRET');
  return missing;
}
