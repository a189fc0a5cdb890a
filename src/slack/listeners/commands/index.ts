import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps';
import { COMMAND, etiquetteCommand } from './etiquette';

export function register(app: App, deps: SlackDeps): void {
  app.command(COMMAND, etiquetteCommand(deps));
}
