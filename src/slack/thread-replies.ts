import type { webApi } from '@slack/bolt';
import type { ChannelReviewState, CoachedReview } from '../coach';
import { renderReview, threadLead } from './blocks/review';
import { reviewState } from './listeners/actions/review-state';
import type { SlackDeps } from './deps';
import type { AdmissionSlot } from './pending-work';

type WebClient = webApi.WebClient;

/** Adds or removes the channel's pass reaction on a draft; none when the channel turned it off. */
async function react(
  client: WebClient,
  coached: CoachedReview,
  change: 'add' | 'remove',
  channel: string,
  messageTs: string,
): Promise<void> {
  const name = coached.passReaction;
  if (!name) return;
  await tolerate(() =>
    change === 'add'
      ? client.reactions.add({ channel, timestamp: messageTs, name })
      : client.reactions.remove({ channel, timestamp: messageTs, name }),
  );
}

/** Slack errors that mean "already done": a second attempt of the same change must not fail the flow. */
const HARMLESS_ERRORS = new Set(['already_reacted', 'no_reaction', 'message_not_found']);

function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

async function tolerate(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (!HARMLESS_ERRORS.has(slackErrorCode(error) ?? '')) throw error;
  }
}

/**
 * Shows a watched channel's review in the draft's thread and reconciles it with what was there:
 * a pass gets the channel's pass reaction ("seen, nothing to suggest") (or turns an existing reply into "Looks good now"); a revise gets a short reply
 * (or updates the existing one in place). Edits and refinements go through here too.
 */
export async function publishChannelReview(
  client: WebClient,
  deps: SlackDeps,
  coached: CoachedReview,
  previous: ChannelReviewState | null,
  { edited }: { edited: boolean },
): Promise<void> {
  const channel = coached.request.channelId;
  const messageTs = coached.request.messageTs;
  if (!channel || !messageTs) return;
  if (coached.replyMode !== 'thread') {
    await publishPrivately(client, deps, coached, previous, { edited });
    return;
  }
  // What the author set aside (Not helpful…) stays out of the reply, also when a refinement redraws it: once its one
  // idea is set aside the reply says nothing more in public (no next idea takes its place).
  const state = reviewState(coached.id);
  const message = renderReview(coached, 'thread', { edited, state });
  const leadSetAside = (state.dismissed ?? []).length > 0 && threadLead(coached, state) === null;

  if (leadSetAside) {
    await deps.coach.setReply(coached, previous?.replyTs ?? null);
  } else if (previous?.replyTs) {
    await client.chat.update({ channel, ts: previous.replyTs, text: message.text, blocks: message.blocks });
    await deps.coach.setReply(coached, previous.replyTs);
  } else if (coached.review.verdict === 'revise') {
    const posted = await client.chat.postMessage({
      channel,
      thread_ts: messageTs,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    await deps.coach.setReply(coached, posted.ts ?? null);
  } else {
    await deps.coach.setReply(coached, null);
  }

  if (coached.review.verdict === 'pass' && previous?.verdict !== 'pass') {
    await react(client, coached, 'add', channel, messageTs);
  } else if (coached.review.verdict === 'revise' && previous?.verdict === 'pass') {
    await react(client, coached, 'remove', channel, messageTs);
  }
}

/**
 * Reply modes "ephemeral" (chat.postEphemeral, only the author sees it, in the channel) and "dm" (chat.postMessage
 * to the author's user id, which lands in the bot's DM with them). Neither can be found again later, so an edit
 * sends a fresh private review instead of updating one, and only when there is something to say: a revise, or
 * a revise that now passes. The pass reaction still marks a draft the bot looked at and has nothing to suggest for: it says nothing about the person.
 */
async function publishPrivately(
  client: WebClient,
  deps: SlackDeps,
  coached: CoachedReview,
  previous: ChannelReviewState | null,
  { edited }: { edited: boolean },
): Promise<void> {
  const channel = coached.request.channelId as string;
  const messageTs = coached.request.messageTs as string;
  const author = coached.request.userId;
  const passed = coached.review.verdict === 'pass';
  // A private message cannot be replaced later: an LLM refinement that keeps the verdict is not sent a second time.
  if (coached.refined && previous?.verdict === coached.review.verdict) return;
  const worthSaying = !passed || previous?.verdict === 'revise';
  if (worthSaying) {
    const message = renderReview(coached, 'private', { edited });
    if (coached.replyMode === 'ephemeral') {
      await client.chat.postEphemeral({
        channel,
        user: author,
        text: message.text,
        blocks: message.blocks,
      });
    } else {
      await client.chat.postMessage({
        channel: author,
        text: `About your post in <#${channel}>: ${message.text}`,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
  }
  await deps.coach.setReply(coached, null);
  if (passed && previous?.verdict !== 'pass') {
    await react(client, coached, 'add', channel, messageTs);
  } else if (!passed && previous?.verdict === 'pass') {
    await react(client, coached, 'remove', channel, messageTs);
  }
}

/** Removes the bot's reply to a deleted draft. */
export async function removeChannelReview(
  client: WebClient,
  deps: SlackDeps,
  teamId: string,
  channel: string,
  messageTs: string,
): Promise<boolean> {
  const state = await deps.coach.channelReviewOf(teamId, channel, messageTs);
  deps.coach.forgetMessage(teamId, channel, messageTs);
  if (!state?.replyTs) return false;
  const replyTs = state.replyTs;
  await tolerate(() => client.chat.delete({ channel, ts: replyTs }));
  await deps.coach.replyDeleted(state.reviewId);
  return true;
}

/**
 * Reviews a message of a watched channel (new or edited) and publishes the review, then lets the
 * refiner improve it in the background: the rule review is never held back for the LLM.
 */
export async function reviewChannelMessage(
  client: WebClient,
  deps: SlackDeps,
  input: {
    teamId: string;
    channel: string;
    userId: string;
    text: string;
    messageTs: string;
    /**
     * A new message's event, claimed here for the first time: no replica can have reviewed it yet, so
     * the store is not asked for an earlier review (one database round trip per draft saved).
     * Redeliveries and edits leave it unset.
     */
    firstDelivery?: boolean;
    /** The event's admission slot, given back before the reply goes to Slack (PendingWork.released). */
    slot?: AdmissionSlot;
  },
): Promise<void> {
  // A person who ran `/etiquette optout` is left alone in every watched channel (read per message: any replica).
  if (await deps.coach.isOptedOut(input.teamId, input.userId)) {
    deps.logger.debug({ event: 'channel.skip', reason: 'opted_out' }, 'author opted out');
    return;
  }
  const previous = input.firstDelivery
    ? deps.coach.rememberedReviewOf(input.teamId, input.channel, input.messageTs)
    : await deps.coach.channelReviewOf(input.teamId, input.channel, input.messageTs);
  const outcome = await deps.coach.reviewDraft(
    {
      teamId: input.teamId,
      channelId: input.channel,
      userId: input.userId,
      text: input.text,
      source: 'channel',
      messageTs: input.messageTs,
    },
    previous,
  );
  if (!outcome.ok) {
    deps.logger.info({ event: 'channel.skip', reason: outcome.problem.code }, 'draft not reviewable');
    return;
  }
  const { coached } = outcome;
  await deps.work.released(input.slot, () =>
    publishChannelReview(client, deps, coached, previous, { edited: previous !== null }),
  );
  if (deps.coach.canRefine) void refineChannelReview(client, deps, coached, previous !== null);
}

async function refineChannelReview(
  client: WebClient,
  deps: SlackDeps,
  coached: CoachedReview,
  edited: boolean,
): Promise<void> {
  try {
    const before: ChannelReviewState = {
      reviewId: coached.id,
      replyTs: coached.replyTs,
      verdict: coached.review.verdict,
    };
    const refined = await deps.coach.refine(coached);
    if (!refined) return;
    await publishChannelReview(client, deps, refined, { ...before, replyTs: refined.replyTs }, { edited });
  } catch (error) {
    deps.logger.warn({ event: 'refine.publish_error', err: error }, 'refined review not published');
  }
}
