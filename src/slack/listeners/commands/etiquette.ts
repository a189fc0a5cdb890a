import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderHelp } from '../../blocks/help';
import { plainText, section } from '../../blocks/limits';
import { renderSettingsModal } from '../../blocks/settings-modal';
import { renderStats } from '../../blocks/stats';
import { renderUnwatchNotice, renderWatchAnnouncement } from '../../blocks/watch';
import { DEFAULT_PASS_REACTION } from '../../../coach';
import type { SlackDeps } from '../../deps';
import { commandPendingId } from '../../pending-work';
import { sendPrivateReview } from '../../private-review';
import type { ResponseUrlMessage } from '../../respond';

export const COMMAND = '/etiquette';

// optout / optin (issue 5) let a person turn automatic review off and on for themselves.
const SUBCOMMANDS = ['help', 'watch', 'unwatch', 'settings', 'stats', 'optout', 'optin'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** `help`, `watch`… alone are subcommands; anything else, even "watch this space!", is a draft. */
export function parseCommandText(text: string): { subcommand: Subcommand } | { draft: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { subcommand: 'help' };
  const word = trimmed.toLowerCase();
  return (SUBCOMMANDS as readonly string[]).includes(word)
    ? { subcommand: word as Subcommand }
    : { draft: trimmed };
}

type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

function privately(message: { text: string; blocks: unknown[] }): ResponseUrlMessage {
  return { response_type: 'ephemeral', ...message };
}

function note(text: string): ResponseUrlMessage {
  return privately({ text: plainText(text), blocks: [section(text)] });
}

function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** Makes sure the bot can read the channel it is asked to watch; says why not when it cannot. */
async function ensureMembership(args: CommandArgs): Promise<string | null> {
  const { client, command } = args;
  const channel = command.channel_id;
  if (channel.startsWith('D')) {
    return 'I review channels, not direct messages. Run `/etiquette watch` in the channel where your team shares drafts.';
  }
  const invite = `This is a private channel I am not in yet. Invite me with \`/invite @Etiquette Coach\`, then run \`/etiquette watch\` again.`;
  try {
    const info = await client.conversations.info({ channel });
    const details = info.channel;
    if (details?.is_member) return null;
    if (details?.is_private || details?.is_group || details?.is_mpim) return invite;
    await client.conversations.join({ channel });
    return null;
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'channel_not_found' || code === 'method_not_supported_for_channel_type') return invite;
    if (code === 'is_archived') return 'This channel is archived, so there is nothing new to review here.';
    // Anything else (a missing scope, a Slack hiccup) should not block the watch itself: if the bot
    // cannot read the channel after all, the first draft simply gets no review, and we log why.
    args.logger.warn(`could not check membership of ${channel} before watching: ${code ?? String(error)}`);
    return null;
  }
}

async function watch(args: CommandArgs, deps: SlackDeps): Promise<ResponseUrlMessage> {
  const { command } = args;
  const problem = await ensureMembership(args);
  if (problem) return note(`:lock: ${problem}`);
  // The channel was told when watching started: a second `watch` changes nothing, so it posts nothing.
  if (await deps.coach.isWatched(command.team_id, command.channel_id))
    return note(
      `I am already reviewing <#${command.channel_id}>, and the channel was told when it started. Nothing changed.`,
    );
  const saved = await deps.coach.setWatched(command.team_id, command.channel_id, command.user_id, true);
  if (!saved)
    return note(':warning: I could not save that just now. Please try `/etiquette watch` again in a minute.');
  const settings = await deps.coach.channelSettings(command.team_id, command.channel_id);
  // Everyone in the channel learns that a bot now reads their posts, who sees what, and how to opt out.
  const announcement = renderWatchAnnouncement({
    replyMode: settings.replyMode,
    passReaction: settings.passReaction ?? DEFAULT_PASS_REACTION,
  });
  let announced = true;
  try {
    await args.client.chat.postMessage({
      channel: command.channel_id,
      text: announcement.text,
      blocks: announcement.blocks,
      unfurl_links: false,
    });
  } catch (error) {
    announced = false;
    args.logger.warn(
      `could not announce watching ${command.channel_id}: ${slackErrorCode(error) ?? String(error)}`,
    );
  }
  // Watching is saved in the store (PGlite or Postgres), so it holds across restarts until someone unwatches.
  return note(
    announced
      ? `Done: I posted a note in <#${command.channel_id}> so everyone knows what I will do there. I keep watching until someone types \`/etiquette unwatch\`.`
      : `I am reviewing new posts in <#${command.channel_id}> now, but I could not post a note to tell the channel: please let them know. \`/etiquette unwatch\` stops it.`,
  );
}

async function unwatch(args: CommandArgs, deps: SlackDeps): Promise<ResponseUrlMessage> {
  const { command } = args;
  const wasWatched = await deps.coach.isWatched(command.team_id, command.channel_id);
  if (!wasWatched)
    return note(`I was not reviewing <#${command.channel_id}> automatically. Nothing changed.`);
  const saved = await deps.coach.setWatched(command.team_id, command.channel_id, command.user_id, false);
  if (!saved)
    return note(
      ':warning: I could not save that just now. Please try `/etiquette unwatch` again in a minute.',
    );
  // The channel was told when watching started; it is told when it stops.
  const notice = renderUnwatchNotice();
  let told = true;
  try {
    await args.client.chat.postMessage({
      channel: command.channel_id,
      text: notice.text,
      blocks: notice.blocks,
      unfurl_links: false,
    });
  } catch (error) {
    told = false;
    args.logger.warn(
      `could not tell ${command.channel_id} that watching stopped: ${slackErrorCode(error) ?? String(error)}`,
    );
  }
  return note(
    told
      ? `:wave: I stopped reviewing <#${command.channel_id}> and said so in the channel. \`/etiquette\` followed by a draft still works here, privately.`
      : `:wave: I stopped reviewing <#${command.channel_id}>, but I could not post a note to tell the channel: please let them know.`,
  );
}

/** Opens the channel's settings modal; a message only when it cannot (a DM, an expired trigger). */
async function openSettings(args: CommandArgs, deps: SlackDeps): Promise<ResponseUrlMessage | null> {
  const { client, command } = args;
  if (command.channel_id.startsWith('D')) {
    return note('Settings belong to a channel: run `/etiquette settings` in the channel you want to change.');
  }
  const settings = await deps.coach.channelSettings(command.team_id, command.channel_id);
  await client.views.open({
    trigger_id: command.trigger_id,
    view: renderSettingsModal(
      { scope: 'channel', teamId: command.team_id, channelId: command.channel_id },
      settings,
    ),
  });
  return null;
}

async function optOut(args: CommandArgs, deps: SlackDeps, optedOut: boolean): Promise<ResponseUrlMessage> {
  const { command } = args;
  const outcome = await deps.coach.setOptOut(command.team_id, command.user_id, optedOut);
  if (outcome === 'unchanged')
    return note(
      'You had already turned off automatic review of your posts, so nothing changed. `/etiquette optin` turns it back on.',
    );
  if (outcome === 'failed')
    return note(':warning: I could not save that just now. Please try again in a minute.');
  return note(
    optedOut
      ? ':zipper_mouth_face: Done: I will not review your posts in watched channels any more. `/etiquette` followed by a draft still works when you ask, and `/etiquette optin` turns automatic review back on.'
      : ':wave: Welcome back: I will review your posts in watched channels again. `/etiquette optout` turns it off.',
  );
}

async function answerSubcommand(
  subcommand: Subcommand,
  args: CommandArgs,
  deps: SlackDeps,
): Promise<ResponseUrlMessage | null> {
  const { command } = args;
  switch (subcommand) {
    case 'help':
      return privately(renderHelp());
    case 'watch':
      return watch(args, deps);
    case 'unwatch':
      return unwatch(args, deps);
    case 'settings':
      return openSettings(args, deps);
    case 'optout':
      return optOut(args, deps, true);
    case 'optin':
      return optOut(args, deps, false);
    case 'stats':
      return privately(
        renderStats(await deps.coach.stats(command.team_id, command.user_id), deps.coach.store.kind),
      );
  }
}

/** `/etiquette …`: ack at once, then answer privately through the response_url. */
export function etiquetteCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const { ack, command, logger } = args;
    await ack();
    try {
      const parsed = parseCommandText(command.text ?? '');
      if ('draft' in parsed) {
        const request = {
          teamId: command.team_id,
          channelId: command.channel_id || null,
          userId: command.user_id,
          text: parsed.draft,
          source: 'command' as const,
        };
        // Persisted before the reply (issue 6): a process killed now answers it at its next start.
        await deps.work.track(
          { ...request, id: commandPendingId(), messageTs: null, responseUrl: command.response_url },
          () => sendPrivateReview(deps, command.response_url, request),
        );
        return;
      }
      const answer = await answerSubcommand(parsed.subcommand, args, deps);
      if (answer) await deps.postToResponseUrl(command.response_url, answer);
    } catch (error) {
      logger.error('/etiquette failed', error);
      await deps
        .postToResponseUrl(
          command.response_url,
          note(':warning: Something went wrong on my side. Please try again.'),
        )
        .catch(() => undefined);
    }
  };
}
