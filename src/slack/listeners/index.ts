import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps';
import { register as registerActions } from './actions';
import { register as registerCommands } from './commands';
import { register as registerEvents } from './events';
import { register as registerMessages } from './messages';
import { register as registerShortcuts } from './shortcuts';
import { register as registerViews } from './views';

export function registerListeners(app: App, deps: SlackDeps): void {
  registerActions(app, deps);
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerMessages(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);
}
