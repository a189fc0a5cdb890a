import type { App, MessageShortcut } from '@slack/bolt';
import { SHORTCUT_CALLBACK_ID } from '../../blocks/action-ids';
import type { SlackDeps } from '../../deps';
import { reviewMessage } from './review-message';

export function register(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUT_CALLBACK_ID, type: 'message_action' },
    reviewMessage(deps),
  );
}
