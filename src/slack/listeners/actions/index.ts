import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/action-ids';
import type { SlackDeps } from '../../deps';
import { feedback } from './feedback';
import { openDraftModal } from './open-draft-modal';
import { openWorkspaceSettings } from './open-workspace-settings';
import { toggleDetails } from './toggle-details';
import { unsilence } from './unsilence';
import { useRewrite } from './use-rewrite';
import { why } from './why';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.useRewrite, useRewrite(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.why, why(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.helpful, feedback(deps, true));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.notHelpful, feedback(deps, false));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showDetails, toggleDetails(deps, true));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.hideDetails, toggleDetails(deps, false));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.openDraftModal, openDraftModal());
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.unsilence, unsilence(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.openWorkspaceSettings, openWorkspaceSettings(deps));
}
