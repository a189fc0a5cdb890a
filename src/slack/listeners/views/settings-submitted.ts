import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { parseSettingsSubmission, parseTarget } from '../../blocks/settings-modal';
import { renderSettingsNotice } from '../../blocks/watch';
import type { SlackDeps } from '../../deps';
import { DEFAULT_PASS_REACTION } from '../../../coach';
import type { ChannelSettings } from '../../../store/types';
import { isWorkspaceAdmin, publishHome } from '../../home';

type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The channel settings or workspace defaults modal was saved. Invalid input stays in the modal with the
 * error under its field; a save that fails says so in the modal too, nothing is lost silently. Saved
 * settings live in the store only, so the next draft on any replica uses them.
 */
export function settingsSubmitted(deps: SlackDeps) {
  return async ({ ack, view, body, context, client, logger }: SubmitArgs): Promise<void> => {
    const target = parseTarget(view.private_metadata);
    const parsed = parseSettingsSubmission(
      view.state.values as Parameters<typeof parseSettingsSubmission>[0],
    );
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const teamId = context.teamId ?? body.team?.id ?? target?.teamId;
    if (!target || !teamId || target.teamId !== teamId) {
      await ack({
        response_action: 'errors',
        errors: { reply_mode: 'This form is out of date; open it again.' },
      });
      return;
    }
    const userId = body.user.id;
    const updatedAt = new Date();
    let saved: boolean;
    let current: ChannelSettings | null = null;
    if (target.scope === 'workspace') {
      if (!(await isWorkspaceAdmin(client, userId))) {
        await ack({
          response_action: 'errors',
          errors: { reply_mode: 'Only workspace admins and owners can change the defaults.' },
        });
        return;
      }
      saved = await deps.coach.saveWorkspaceDefaults({
        teamId,
        ...parsed.settings,
        updatedBy: userId,
        updatedAt,
      });
    } else {
      const channelId = target.channelId ?? '';
      // `watched` is not on the form: keep what the channel has (watch/unwatch own it).
      current = await deps.coach.channelSettings(teamId, channelId);
      saved = await deps.coach.saveChannelSettings({
        ...current,
        ...parsed.settings,
        teamId,
        channelId,
        updatedBy: userId,
        updatedAt,
      });
    }
    if (!saved) {
      await ack({
        response_action: 'errors',
        errors: { reply_mode: 'I could not save these settings just now. Please try again in a minute.' },
      });
      return;
    }
    await ack();
    logger.info(`settings saved (${target.scope})`);
    if (current && target.channelId) {
      // One person's change to what everyone here sees is told to the channel, in one line (never a strictness or a
      // phrase list: those shape suggestions, not who sees them).
      const notice = renderSettingsNotice(current, parsed.settings, DEFAULT_PASS_REACTION);
      if (notice)
        await client.chat
          .postMessage({ channel: target.channelId, ...notice, unfurl_links: false })
          .catch((error: unknown) => logger.warn('the channel was not told of its new settings', error));
    }
    if (target.scope === 'workspace') {
      await publishHome(client, deps, teamId, userId).catch((error: unknown) =>
        logger.error('App Home not refreshed', error),
      );
    }
  };
}
