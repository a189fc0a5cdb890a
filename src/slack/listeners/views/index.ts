import type { App } from '@slack/bolt';
import { DRAFT_MODAL } from '../../blocks/draft-modal';
import { SETTINGS_MODAL } from '../../blocks/settings-modal';
import type { SlackDeps } from '../../deps';
import { draftSubmitted } from './draft-submitted';
import { settingsSubmitted } from './settings-submitted';

export function register(app: App, deps: SlackDeps): void {
  app.view(DRAFT_MODAL.callbackId, draftSubmitted(deps));
  app.view(SETTINGS_MODAL.channelCallbackId, settingsSubmitted(deps));
  app.view(SETTINGS_MODAL.workspaceCallbackId, settingsSubmitted(deps));
}
