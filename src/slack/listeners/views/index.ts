import type { App } from '@slack/bolt';
import { FEEDBACK_MODAL } from '../../blocks/action-ids';
import { DRAFT_MODAL } from '../../blocks/draft-modal';
import { SETTINGS_MODAL } from '../../blocks/settings-modal';
import type { SlackDeps } from '../../deps';
import { draftSubmitted } from './draft-submitted';
import { feedbackSubmitted } from './feedback-submitted';
import { settingsSubmitted } from './settings-submitted';

export function register(app: App, deps: SlackDeps): void {
  app.view(DRAFT_MODAL.callbackId, draftSubmitted(deps));
  app.view(FEEDBACK_MODAL, feedbackSubmitted(deps));
  app.view(SETTINGS_MODAL.channelCallbackId, settingsSubmitted(deps));
  app.view(SETTINGS_MODAL.workspaceCallbackId, settingsSubmitted(deps));
}
