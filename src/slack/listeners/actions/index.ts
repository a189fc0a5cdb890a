import type { App, BlockAction, ButtonAction, OverflowAction } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/action-ids';
import type { SlackDeps } from '../../deps';
import { copyText } from './copy-text';
import { moreMenu } from './more-menu';
import { openDraftModal, openHowItWorks } from './open-draft-modal';
import { openWorkspaceSettings } from './open-workspace-settings';
import { optOutButton } from './opt-out';
import { postInThread } from './post-in-thread';
import { showDetails } from './show-details';
import { unsilence } from './unsilence';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.copyText, copyText(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.postInThread, postInThread(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showDetails, showDetails(deps));
  app.action<BlockAction<OverflowAction>>(ACTION_IDS.more, moreMenu(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.optOut, optOutButton(deps, true));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.optIn, optOutButton(deps, false));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.openDraftModal, openDraftModal());
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.openHowItWorks, openHowItWorks());
  app.action<BlockAction<ButtonAction | OverflowAction>>(ACTION_IDS.unsilence, unsilence(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.openWorkspaceSettings, openWorkspaceSettings(deps));
}
