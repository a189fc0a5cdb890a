import type { App } from '@slack/bolt';
import { DRAFT_MODAL } from '../../blocks/draft-modal';
import type { SlackDeps } from '../../deps';
import { draftSubmitted } from './draft-submitted';

export function register(app: App, deps: SlackDeps): void {
  app.view(DRAFT_MODAL.callbackId, draftSubmitted(deps));
}
