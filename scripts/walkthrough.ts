/**
 * The designer's walkthrough, through the real app against the local Slack stand-in: help → a private review →
 * watch → a broadcast and a good draft in the watched channel → every button and menu option on every review, and on
 * the details a thread reply opens → App Home → stats → settings → unwatch. It runs on the embedded database the bot
 * uses in production (PGlite, in a temporary folder), so what it says about remembering is what a team would get. Every payload the bot sent is dumped, with a preview in words and an audit of what
 * a channel must never see (scores, rule ids, category tags, principle labels, ✅, counts, promises of more, more than
 * 5 buttons) and of promises no view keeps.
 *
 *   npm run walkthrough              writes docs/walkthrough/after.md and after.json
 *   npm run walkthrough -- before    the same under another name (used for the pre-change run)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { RULES } from '../src/review';
import { DigestScheduler } from '../src/slack/digest-scheduler';
import { createStore } from '../src/store';
import { IDS, loadFixture, type RecordedCall } from '../test/slack/fake-slack';
import { settingsValues } from '../test/slack/settings-helpers';
import {
  blockActionPayload,
  eventEnvelope,
  messageEvent,
  sendCommand,
  sendEvent,
  sendInteraction,
  sleep,
  startHarness,
  viewSubmissionPayload,
  type Harness,
} from '../test/slack/harness';

type Json = Record<string, unknown>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The drafts of the walkthrough: a 25-word welcome that reads like a press release, and a good one. */
export const WALKTHROUGH_DRAFTS = {
  broadcast:
    'We are delighted to welcome Mark Jones to our Board of Trustees! His experience will be invaluable as we grow. #nonprofit #board #leadership #community',
  good: 'Thanks <@U0COLLEAG1> for the tip on shorter standups. What is one meeting habit that saved your team time?',
  private:
    'BIG NEWS!!! Our new app is the best-in-class solution. Sign up today, offer ends tonight! #app #tech #startup #deal #sale',
};

export interface Payload {
  step: string;
  /** Who sees it: the channel, one person, or a view. */
  audience: 'channel' | 'private' | 'modal' | 'home' | 'reaction';
  method: string;
  text: string;
  blocks: Json[];
  preview: string;
  audit: Audit;
}

export interface Audit {
  buttons: number;
  blocks: number;
  characters: number;
  problems: string[];
}

const RULE_IDS = RULES.map((rule) => rule.meta.id);

/** Every interactive element of some blocks: buttons and overflow menus (section accessories and actions). */
function elementsOf(blocks: readonly Json[]): Json[] {
  const found: Json[] = [];
  for (const block of blocks) {
    if (block.type === 'actions') found.push(...(block.elements as Json[]));
    if (block.accessory) found.push(block.accessory as Json);
  }
  return found.filter((element) => element.type === 'button' || element.type === 'overflow');
}

/** "4 hashtags", "3 exclamation marks", "2 emoji": a number of something wrong with the post. */
const PROBLEM_COUNT =
  /\b\d+ (more )?(hashtags?|tags?|emoji|exclamation marks?|capitals?|capital words|links?|words|mentions?|suggestions?|ideas?|small changes?|changes?|problems?|issues?|findings?|mistakes?|times)\b/i;

/** The words of every overflow menu option in some blocks. */
function optionsOf(blocks: readonly Json[]): string[] {
  return elementsOf(blocks)
    .filter((element) => element.type === 'overflow')
    .flatMap((element) => (element.options as Json[]).map((option) => plainOf(option.text)));
}

function plainOf(object: unknown): string {
  return typeof object === 'object' && object !== null ? String((object as Json).text ?? '') : '';
}

function elementInWords(element: Json): string {
  if (element.type === 'button') return `[${plainOf(element.text)}]`;
  if (element.type === 'overflow') {
    const options = (element.options as Json[]).map((option) => plainOf(option.text));
    return `[⋯ ${options.join(' | ')}]`;
  }
  if (
    ['radio_buttons', 'static_select', 'multi_static_select', 'checkboxes'].includes(String(element.type))
  ) {
    const options = ((element.options as Json[] | undefined) ?? []).map((option) => plainOf(option.text));
    return `(${element.type}: ${options.join(' / ')})`;
  }
  return `(${String(element.type)})`;
}

/** A message or view as a person would read it: one line per block, buttons in brackets. */
export function previewInWords(blocks: readonly Json[], text: string): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'header':
        lines.push(`# ${plainOf(block.text)}`);
        break;
      case 'section': {
        const body = plainOf(block.text);
        const fields = ((block.fields as Json[] | undefined) ?? []).map(plainOf).join(' · ');
        const accessory = block.accessory ? `  ${elementInWords(block.accessory as Json)}` : '';
        lines.push(`${body}${fields ? ` ${fields}` : ''}${accessory}`);
        break;
      }
      case 'context':
        lines.push(`(small grey) ${(block.elements as Json[]).map(plainOf).join(' ')}`);
        break;
      case 'divider':
        lines.push('────');
        break;
      case 'actions':
        lines.push((block.elements as Json[]).map(elementInWords).join(' '));
        break;
      case 'input':
        lines.push(
          `${plainOf(block.label)}: ${elementInWords(block.element as Json)}${block.hint ? ` — ${plainOf(block.hint)}` : ''}`,
        );
        break;
      default:
        lines.push(`(${String(block.type)})`);
    }
  }
  if (lines.length === 0) lines.push(text);
  return lines.join('\n');
}

/** The words a person can see in some blocks (texts of plain_text and mrkdwn objects; not ids or values). */
export function visibleText(node: unknown): string {
  if (Array.isArray(node)) return node.map(visibleText).join('\n');
  if (typeof node !== 'object' || node === null) return '';
  const object = node as Json;
  if ((object.type === 'plain_text' || object.type === 'mrkdwn') && typeof object.text === 'string')
    return object.text;
  return Object.entries(object)
    .filter(
      ([key]) => !['value', 'action_id', 'block_id', 'callback_id', 'private_metadata', 'url'].includes(key),
    )
    .map(([, value]) => visibleText(value))
    .filter(Boolean)
    .join('\n');
}

/**
 * Who sees a payload and what the records say about the team, so the audit can tell when a view shows one person
 * numbers about others. `teamAuthors`: different people with drafts reviewed in watched channels in the period;
 * `teamDrafts`: those drafts.
 */
export interface AuditContext {
  viewer?: string;
  teamAuthors?: number;
  teamDrafts?: number;
}

/** The smallest group a team figure may be about (a smaller one lets people subtract their own numbers). */
const MIN_GROUP = 5;

/**
 * The team's part of a view or message: what follows "Your team" (App Home, stats) up to the next part, or a
 * digest's week ("N people shared…"). The sentence that says figures come later is not a figure.
 */
function teamFigures(visible: string): string | null {
  const at = visible.search(/Your team|people shared \d/);
  if (at < 0) return null;
  const end = visible.indexOf('Channels I watch', at);
  const part = visible.slice(at, end < 0 ? undefined : end).replace(/once \d+ or more people/g, '');
  return /\d+ drafts? (reviewed|last week)|\d+ times\b|, once\b|\(\d+%\)|\d+ of \d+/.test(part) ? part : null;
}

/** What a message shown in a channel (or anywhere) must not carry, per the designer's review. */
export function auditMessage(
  audience: Payload['audience'],
  text: string,
  blocks: readonly Json[],
  context: AuditContext = {},
): Audit {
  const visible = visibleText(blocks);
  const buttons = elementsOf(blocks).filter((element) => element.type === 'button').length;
  const problems: string[] = [];
  const perBlockButtons = Math.max(
    0,
    ...blocks.map((block) =>
      block.type === 'actions' ? (block.elements as Json[]).filter((e) => e.type === 'button').length : 0,
    ),
  );
  if (audience !== 'home' && audience !== 'modal' && buttons > 5) problems.push(`${buttons} buttons (max 5)`);
  if (perBlockButtons > 5) problems.push(`${perBlockButtons} buttons in one row`);
  if (/score \d+\/100/i.test(visible)) problems.push('shows a score');
  for (const rule of RULE_IDS) {
    // "shouting" is also an English word: a one-word id counts only in code style.
    const id = rule.includes('-') ? rule : `\`${rule}\``;
    if (visible.includes(id) || text.includes(id)) problems.push(`rule id ${rule}`);
  }
  if (/_(broadcast|salesy)_/.test(visible)) problems.push('category tag');
  if (audience === 'channel' && /\b(broadcast|salesy)\b/i.test(visible))
    problems.push('category word in public');
  if (/Principle:/.test(visible)) problems.push('principle label');
  if (/white_check_mark|✅/.test(visible + text)) problems.push('✅');
  if (/Reviewed by the rules|LLM reviewer|passed first time/i.test(visible)) problems.push('engine words');
  if (audience !== 'reaction' && /[*_~`]/.test(text)) problems.push('mrkdwn in the notification text');
  // A count of suggestions in public reads as a grade ("7 suggestions on your draft").
  if (
    audience === 'channel' &&
    /\d+ (more )?(suggestions?|ideas?|small changes?)\b/i.test(`${visible}\n${text}`)
  )
    problems.push('a count in public');
  // A count of what is wrong in public ("4 hashtags", "3 exclamation marks") reads as a grade, whatever the noun.
  if (audience === 'channel' && PROBLEM_COUNT.test(`${visible}\n${text}`))
    problems.push('a count of problems in public');
  // Telling the channel there is more wrong with a post is grading it, even without a number.
  if (
    audience === 'channel' &&
    /more (ideas|suggestions|small changes)|\d+ more\b/i.test(`${visible}\n${text}`)
  )
    problems.push('a promise of more in public');
  // In private, "…and N more" must come with the way to see them: a menu option that opens all of them.
  if (
    audience === 'private' &&
    /\d+ more\b|more (ideas|suggestions|small changes)/i.test(visible) &&
    !/do not fit in one message/.test(visible) &&
    !optionsOf(blocks).some((option) => /^All /.test(option))
  )
    problems.push('a promise of more with nothing showing it');
  // A button that answers "only the author can…" was offered to someone it is not for.
  if (/only the author (of the draft )?can/i.test(`${visible}\n${text}`))
    problems.push('a button not for the presser');
  // Team figures about fewer than five people: anyone who knows their own numbers can subtract them and read a
  // colleague's. Figures counting more drafts than were posted in watched channels include private reviews.
  const team = context.teamAuthors === undefined ? null : teamFigures(visible);
  if (team && (context.teamAuthors ?? 0) < MIN_GROUP)
    problems.push(
      `team figures about ${context.teamAuthors} ${context.teamAuthors === 1 ? 'person' : 'people'} shown to ${context.viewer ?? 'the channel'}`,
    );
  const counted = team?.match(/(\d+) drafts? (reviewed|last week)/);
  if (counted && context.teamDrafts !== undefined && Number(counted[1]) > context.teamDrafts)
    problems.push(
      `team figures count ${counted[1]} drafts, only ${context.teamDrafts} posted in watched channels`,
    );
  return { buttons, blocks: blocks.length, characters: visible.length, problems };
}

function audienceOf(call: RecordedCall): Payload['audience'] {
  if (call.method === 'views.open' || call.method === 'views.update' || call.method === 'views.push')
    return 'modal';
  if (call.method === 'views.publish') return 'home';
  if (call.method.startsWith('reactions.')) return 'reaction';
  if (call.method === 'response_url' || call.method === 'chat.postEphemeral') return 'private';
  if (call.method === 'chat.postMessage' && String(call.body.channel).startsWith('U')) return 'private';
  return 'channel';
}

function payloadOf(step: string, call: RecordedCall, context: AuditContext): Payload {
  const audience = audienceOf(call);
  const view = (call.body.view ?? null) as Json | null;
  const blocks = ((view?.blocks ?? call.body.blocks) as Json[] | undefined) ?? [];
  const text =
    audience === 'reaction'
      ? `:${String(call.body.name)}: on the draft`
      : view
        ? plainOf(view.title)
        : String(call.body.text ?? '');
  const flags = [
    call.body.replace_original === true ? 'replaces the message it came from' : '',
    call.body.delete_original === true ? 'deletes the message it came from' : '',
    call.body.thread_ts ? 'in the draft’s thread' : '',
    call.method === 'chat.update' ? 'edits a message in place' : '',
    call.method === 'chat.delete' ? 'deletes the bot’s reply in the draft’s thread' : '',
  ].filter(Boolean);
  const preview =
    audience === 'reaction'
      ? `reaction :${String(call.body.name)}: ${call.method === 'reactions.remove' ? 'removed from' : 'added to'} the draft`
      : previewInWords(blocks, text);
  return {
    step,
    audience,
    method: call.method,
    text,
    blocks,
    preview: flags.length > 0 ? `(${flags.join('; ')})\n${preview}` : preview,
    audit: auditMessage(audience, text, blocks, {
      ...context,
      viewer: audience === 'home' ? String(call.body.user_id ?? context.viewer) : context.viewer,
    }),
  };
}

/** A click on a button or an overflow option, as Slack sends it. */
function clickPayload(
  harness: Harness,
  element: Json,
  option: Json | null,
  userId: string,
  container: { is_ephemeral: boolean; channel_id: string; message_ts?: string },
  responseId: string,
): Json {
  const payload = blockActionPayload({
    actionId: String(element.action_id),
    value: String(element.value ?? ''),
    userId,
    responseId,
    harness,
    container,
  });
  if (option) {
    (payload.actions as Json[])[0] = {
      action_id: element.action_id,
      block_id: 'review:block',
      type: 'overflow',
      selected_option: option,
      action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
    };
  }
  return payload;
}

/** Picks the first choice of every input in a modal, as a person who clicks through would. */
function firstChoices(view: Json): Json {
  const values: Json = {};
  for (const block of (view.blocks as Json[] | undefined) ?? []) {
    if (block.type !== 'input') continue;
    const element = block.element as Json;
    const options = (element.options as Json[] | undefined) ?? [];
    const actionId = String(element.action_id);
    let value: Json;
    if (element.type === 'radio_buttons')
      value = { type: 'radio_buttons', selected_option: options[0] ?? null };
    else if (element.type === 'static_select')
      value = { type: 'static_select', selected_option: options[0] ?? null };
    else if (element.type === 'checkboxes')
      value = { type: 'checkboxes', selected_options: options.slice(0, 1) };
    else if (element.type === 'plain_text_input') value = { type: 'plain_text_input', value: '' };
    else continue;
    values[String(block.block_id)] = { [actionId]: value };
  }
  return values;
}

export interface WalkthroughResult {
  payloads: Payload[];
  problems: { step: string; audience: string; problem: string }[];
}

/** Runs the walkthrough against a fresh app and stand-in; resolves with every payload the bot sent. */
export async function runWalkthrough(): Promise<WalkthroughResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'etiquette-walkthrough-'));
  const store = await createStore({ DATA_DIR: dataDir, DATABASE_URL: undefined }, pino({ level: 'silent' }));
  const harness = await startHarness({ store });
  // Only the author is a workspace admin; the colleague is not.
  harness.fake.answer('users.info', (body) => {
    const sample = loadFixture<Json>('api-examples/users.info.json');
    const user = sample.user as Json;
    const admin = body.user === IDS.author;
    return { ...sample, user: { ...user, id: body.user, is_admin: admin, is_owner: false } };
  });
  const payloads: Payload[] = [];
  let seen = 0;
  let clickCounter = 0;
  const settle = async () => {
    // Every listener acks first and answers after: wait for the first answer (the database's first query can take
    // a moment), then until the stand-in has been quiet for a moment. On a machine busy with other tests, a step's
    // last answer (the channel's announcement after a watch is stored) can come more than 150 ms after the one
    // before it: the quiet moment is long enough that it is not counted as the next step's.
    for (let waited = 0; harness.fake.calls.length === seen && waited < 15_000; waited += 50) await sleep(50);
    let last = -1;
    while (harness.fake.calls.length !== last) {
      last = harness.fake.calls.length;
      await sleep(400);
    }
  };
  /** Who can see what the step sent, and what the records say the team's figures may be about. */
  const teamNow = async (viewer: string): Promise<AuditContext> => {
    const reviews = await store.listReviews({ teamId: IDS.team, since: new Date(Date.now() - 30 * DAY_MS) });
    const posted = reviews.filter((review) => review.source === 'channel');
    return {
      viewer,
      teamAuthors: new Set(posted.map((review) => review.userId)).size,
      teamDrafts: new Set(posted.map((review) => `${review.channelId}:${review.messageTs}`)).size,
    };
  };
  const collect = async (step: string, viewer: string = IDS.author): Promise<RecordedCall[]> => {
    await settle();
    const fresh = harness.fake.calls.slice(seen).filter((call) => call.status === 200);
    seen = harness.fake.calls.length;
    const shown = fresh.filter((call) =>
      [
        'response_url',
        'chat.postMessage',
        'chat.postEphemeral',
        'chat.update',
        'chat.delete',
        'reactions.add',
        'reactions.remove',
        'views.open',
        'views.update',
        'views.push',
        'views.publish',
      ].includes(call.method),
    );
    const context = await teamNow(viewer);
    for (const call of shown) payloads.push(payloadOf(step, call, context));
    return shown;
  };

  /**
   * Clicks every button and overflow option of a message as `userId`, then submits any modal a click opened. What
   * "Details" opens (only for the clicker) is clicked through too, once.
   */
  const clickEverything = async (
    label: string,
    call: RecordedCall,
    userId: string,
    who: string,
    depth = 0,
  ): Promise<void> => {
    const blocks = ((call.body.blocks as Json[] | undefined) ?? []).slice();
    const answer = (call.answer ?? {}) as Json;
    const container =
      call.method === 'chat.postMessage'
        ? {
            is_ephemeral: false,
            channel_id: String(answer.channel ?? call.body.channel),
            message_ts: String(answer.ts),
          }
        : { is_ephemeral: true, channel_id: IDS.drafts, message_ts: String(answer.message_ts ?? '') };
    for (const element of elementsOf(blocks)) {
      const options = element.type === 'overflow' ? (element.options as Json[]) : [null];
      for (const option of options) {
        const name = option ? `⋯ ${plainOf(option.text)}` : plainOf(element.text);
        clickCounter += 1;
        await sendInteraction(
          harness,
          clickPayload(harness, element, option, userId, container, `click-${clickCounter}`),
        );
        const opened = await collect(`${label}: ${who} clicks “${name}”`, userId);
        const details = opened.find((each) => each.method === 'response_url');
        if (depth === 0 && element.action_id === 'show_details' && details)
          await clickEverything(`${label}, in the details`, details, userId, who, depth + 1);
        for (const modal of opened.filter((each) => each.method === 'views.open')) {
          const view = modal.body.view as Json;
          const callbackId = String(view.callback_id ?? '');
          if (callbackId.includes('settings') || !callbackId) continue;
          const submission = viewSubmissionPayload({ callbackId, userId, values: firstChoices(view) });
          (submission.view as Json).private_metadata = view.private_metadata ?? '';
          await sendInteraction(harness, submission);
          await collect(`${label}: ${who} submits “${plainOf(view.title)}” with the first choices`, userId);
        }
      }
    }
  };

  try {
    await sendCommand(harness, 'help');
    await collect('1. /etiquette help');

    await sendCommand(harness, WALKTHROUGH_DRAFTS.private);
    const [privateReview] = await collect('2. /etiquette <draft> (private review)');

    await sendCommand(harness, 'watch');
    await collect('3. /etiquette watch');

    await sendEvent(harness, messageEvent({ text: WALKTHROUGH_DRAFTS.broadcast, ts: '1700001000.000100' }));
    const broadcastCalls = await collect('4. a broadcast draft posted in the watched channel');

    await sendEvent(
      harness,
      messageEvent({ text: WALKTHROUGH_DRAFTS.good, ts: '1700001001.000100', user: IDS.colleague }),
    );
    await collect('5. a good draft posted in the watched channel');

    if (privateReview) await clickEverything('6. private review', privateReview, IDS.author, 'the author');
    const threadReply = broadcastCalls.find((call) => call.method === 'chat.postMessage');
    if (threadReply) {
      await clickEverything('7. thread reply', threadReply, IDS.colleague, 'a colleague');
      await clickEverything('8. thread reply', threadReply, IDS.author, 'the author');
    }

    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'home',
        event_ts: '1700002000.000100',
      }),
    );
    await collect('9. App Home');

    // The same App Home for the colleague, who is not a workspace admin: no workspace defaults.
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.colleague,
        channel: 'D0HOME0002',
        tab: 'home',
        event_ts: '1700002001.000100',
      }),
    );
    await collect('9. App Home (a colleague, not an admin)', IDS.colleague);

    await sendCommand(harness, 'stats');
    await collect('10. /etiquette stats');

    await sendCommand(harness, 'stats', { user_id: IDS.colleague });
    await collect('10. /etiquette stats (a colleague)', IDS.colleague);

    // The weekly digest, turned on for the channel, posted the next Monday morning: it is read by everyone there.
    const settings = await store.getChannelSettings(IDS.team, IDS.drafts);
    if (settings) await store.saveChannelSettings({ ...settings, digest: true, updatedBy: IDS.author });
    // The coming Monday, 17:30 UTC (morning in the admin's time zone, Los Angeles): within a week of the drafts above.
    const today = new Date();
    let monday = new Date(
      Date.UTC(
        today.getUTCFullYear(),
        today.getUTCMonth(),
        today.getUTCDate() + ((8 - today.getUTCDay()) % 7),
        17,
        30,
      ),
    );
    if (monday <= today) monday = new Date(monday.getTime() + 7 * DAY_MS);
    await new DigestScheduler({
      store,
      client: harness.bot.app.client,
      logger: pino({ level: 'silent' }),
      now: () => monday,
    }).tick();
    await collect('10. the weekly digest in the watched channel', 'the channel');

    await sendCommand(harness, 'settings');
    const [settingsModal] = await collect('11. /etiquette settings');
    // Saved with suggestions going privately to each author: the channel is told, in one line.
    if (settingsModal?.method === 'views.open') {
      const view = settingsModal.body.view as Json;
      const submission = viewSubmissionPayload({
        callbackId: String(view.callback_id),
        userId: IDS.author,
        values: settingsValues({ replyMode: 'ephemeral', options: ['digest'] }),
      });
      (submission.view as Json).private_metadata = view.private_metadata ?? '';
      await sendInteraction(harness, submission);
      await collect('11. /etiquette settings: saved, suggestions now go privately to each author');
    }

    await sendCommand(harness, 'unwatch');
    await collect('12. /etiquette unwatch');
  } finally {
    await harness.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const problems = payloads.flatMap((payload) =>
    payload.audit.problems.map((problem) => ({ step: payload.step, audience: payload.audience, problem })),
  );
  return { payloads, problems };
}

export function walkthroughMarkdown(label: string, result: WalkthroughResult): string {
  const lines = [
    `# Walkthrough: ${label}`,
    '',
    'Generated by `npm run walkthrough` (scripts/walkthrough.ts): the real app against the local Slack stand-in.',
    'Each payload the bot sent, as a person would read it. `audience` says who sees it.',
    '',
  ];
  let step = '';
  for (const payload of result.payloads) {
    if (payload.step !== step) {
      step = payload.step;
      lines.push(`## ${step}`, '');
    }
    const audit = payload.audit;
    lines.push(
      `**${payload.method}** · seen by: ${payload.audience} · ${audit.blocks} blocks, ${audit.buttons} buttons, ${audit.characters} characters of visible text`,
      '',
      `Notification text: ${payload.text ? `“${payload.text}”` : '(none)'}`,
      '',
      '```text',
      payload.preview,
      '```',
      '',
    );
    if (audit.problems.length > 0) lines.push(`⚠️ ${audit.problems.join('; ')}`, '');
  }
  lines.push(
    '## Audit',
    '',
    result.problems.length === 0
      ? 'No payload shows a score, a rule id, a category tag, a principle label, ✅, engine words, mrkdwn in its notification text, a count in public (of suggestions or of anything wrong), a promise of more in public, a promise of more in private with no way to see it, a button that is not for the presser, more than 5 buttons, team figures about fewer than 5 people, or team figures that count private reviews.'
      : result.problems.map((each) => `- ${each.step} (${each.audience}): ${each.problem}`).join('\n'),
    '',
  );
  return lines.join('\n');
}

/** Review ids are random UUIDs: numbered in order of appearance, so two runs of the same code dump the same bytes. */
export function stableIds(text: string): string {
  const seen = new Map<string, string>();
  return text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!seen.has(id)) seen.set(id, `review-${seen.size + 1}`);
    return seen.get(id)!;
  });
}

async function main(): Promise<void> {
  const label = process.argv[2] ?? 'after';
  const result = await runWalkthrough();
  const dir = join(__dirname, '..', 'docs', 'walkthrough');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${label}.md`), stableIds(walkthroughMarkdown(label, result)));
  writeFileSync(
    join(dir, `${label}.json`),
    stableIds(
      `${JSON.stringify(
        result.payloads.map(({ step, audience, method, text, blocks }) => ({
          step,
          audience,
          method,
          text,
          blocks,
        })),
        null,
        1,
      )}\n`,
    ),
  );
  console.log(
    `${result.payloads.length} payloads written to docs/walkthrough/${label}.md and .json; ${result.problems.length} problems.`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
