import { subtype, type App } from '@slack/bolt';
import type { SlackDeps } from '../../deps';
import { draftDeleted } from './draft-deleted';
import { draftEdited } from './draft-edited';
import { draftPosted } from './draft-posted';

export function register(app: App, deps: SlackDeps): void {
  app.message(draftPosted(deps));
  app.message(subtype('message_changed'), draftEdited(deps));
  app.message(subtype('message_deleted'), draftDeleted(deps));
}
