import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { defaultChannelSettings } from '../../src/coach';
import type { Logger } from '../../src/logger';
import type { Refiner } from '../../src/review/refiner';
import { createApp, startApp, type EtiquetteApp } from '../../src/slack/app';
import type { SlackRetryPolicy } from '../../src/slack/respond';
import { MemoryStore } from '../../src/store/memory';
import type { Store } from '../../src/store/types';
import { FakeSlack, IDS, loadFixture } from './fake-slack';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** Fast retries so a fake 429/5xx cannot hang a run (Retry-After is still honoured). */
export const TEST_RETRY_POLICY: SlackRetryPolicy = {
  retries: 2,
  minTimeoutMs: 10,
  maxTimeoutMs: 50,
  maxRetryAfterMs: 5_000,
};

export const SALESY = 'BUY NOW!!! Only 3 left, 50% off ends TONIGHT. Order now at https://shop.example.com';
export const FRIENDLY =
  'Thanks <@U0123ABCD> for the tip on sourdough hydration yesterday! What flour do you all use?';

export interface Harness {
  fake: FakeSlack;
  bot: EtiquetteApp;
  store: Store;
  baseUrl: string;
  close(): Promise<void>;
}

export async function startHarness(
  options: { refiner?: Refiner; store?: Store; retryPolicy?: SlackRetryPolicy; logger?: Logger } = {},
): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const store = options.store ?? new MemoryStore();
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  // SLACK_API_URL must point at the stand-in before the App exists: Bolt calls auth.test at once.
  const bot = createApp({
    config: {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: fake.apiUrl,
      PORT: 0,
    },
    store,
    logger,
    refiner: options.refiner,
    retryPolicy: options.retryPolicy ?? TEST_RETRY_POLICY,
  });
  const server = (await startApp(bot, { port: 0, host: '127.0.0.1' }))!;
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    fake,
    bot,
    store,
    baseUrl,
    async close() {
      await bot.app.stop();
      await fake.close();
    },
  };
}

export async function watchChannel(store: Store, channelId: string = IDS.drafts): Promise<void> {
  await store.saveChannelSettings({ ...defaultChannelSettings(IDS.team, channelId), watched: true });
}

export function sign(rawBody: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  signature?: string | null;
  retryNum?: number;
}

/** POSTs to the bot's HTTP receiver with a real v0 signature (unless told to forge or omit it). */
export async function sendSigned(
  harness: Harness,
  rawBody: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SendOptions = {},
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
  };
  const signature =
    options.signature === undefined ? sign(rawBody, timestamp, options.secret) : options.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const response = await fetch(`${harness.baseUrl}/slack/events`, { method: 'POST', headers, body: rawBody });
  return { status: response.status, body: await response.text() };
}

let eventCounter = 0;
export function nextEventId(): string {
  eventCounter += 1;
  return `Ev0TEST${String(eventCounter).padStart(6, '0')}`;
}

type Json = Record<string, unknown>;

/** An Events API envelope from Slack's sample, with the scrubbed values filled in. */
export function eventEnvelope(fixture: string, event: Json, eventId = nextEventId()): Json {
  const sample = loadFixture<Json>(`events/${fixture}.json`);
  return {
    ...sample,
    token: 'legacy-verification-token',
    type: 'event_callback',
    team_id: IDS.team,
    enterprise_id: undefined,
    api_app_id: IDS.appId,
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event_context: 'EC0TEST',
    authed_users: undefined,
    authed_teams: undefined,
    authorizations: [
      {
        enterprise_id: null,
        team_id: IDS.team,
        user_id: IDS.botUser,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    event: { ...(sample.event as Json), ...event },
  };
}

/** A person's top-level message: the sample with bot fields, subtype and thread fields removed. */
export function humanMessage(fields: {
  text: string;
  ts: string;
  user?: string;
  channel?: string;
  thread_ts?: string;
}): Json {
  const sample = loadFixture<Json>('events/message.json').event as Json;
  const {
    bot_id: _botId,
    bot_profile: _botProfile,
    parent_user_id: _parent,
    thread_ts: _thread,
    edited: _edited,
    metadata: _metadata,
    ...rest
  } = sample;
  return {
    ...rest,
    type: 'message',
    team: IDS.team,
    channel: fields.channel ?? IDS.drafts,
    user: fields.user ?? IDS.author,
    text: fields.text,
    ts: fields.ts,
    event_ts: fields.ts,
    channel_type: 'channel',
    client_msg_id: `msg-${fields.ts}`,
    blocks: [],
    ...(fields.thread_ts ? { thread_ts: fields.thread_ts, parent_user_id: IDS.colleague } : {}),
  };
}

export function messageEvent(fields: Parameters<typeof humanMessage>[0], eventId?: string): Json {
  return eventEnvelope('message', humanMessage(fields), eventId);
}

export function editedEvent(fields: { ts: string; text: string; previousText: string; user?: string }): Json {
  const user = fields.user ?? IDS.author;
  return eventEnvelope('message_changed', {
    channel: IDS.drafts,
    channel_type: 'channel',
    ts: `${fields.ts}9`,
    event_ts: `${fields.ts}9`,
    hidden: true,
    message: {
      type: 'message',
      user,
      text: fields.text,
      ts: fields.ts,
      edited: { user, ts: `${fields.ts}9` },
    },
    previous_message: { type: 'message', user, text: fields.previousText, ts: fields.ts },
  });
}

export function deletedEvent(ts: string, previousText = 'whatever it said'): Json {
  return eventEnvelope('message_deleted', {
    channel: IDS.drafts,
    channel_type: 'channel',
    deleted_ts: ts,
    ts: `${ts}8`,
    event_ts: `${ts}8`,
    hidden: true,
    previous_message: { type: 'message', user: IDS.author, text: previousText, ts },
  });
}

export async function sendEvent(harness: Harness, envelope: Json, options: SendOptions = {}) {
  return sendSigned(harness, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command as Slack sends it: the sample's fields, form-encoded. */
export function slashCommandBody(text: string, overrides: Record<string, string> = {}): string {
  const sample = loadFixture<Record<string, string | boolean>>('commands/slash_command.json');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(sample)) fields[key] = String(value);
  Object.assign(fields, {
    token: 'legacy-verification-token',
    api_app_id: IDS.appId,
    team_id: IDS.team,
    team_domain: 'coach-test',
    enterprise_id: '',
    enterprise_name: '',
    channel_id: IDS.drafts,
    channel_name: 'social-drafts',
    user_id: IDS.author,
    user_name: 'author',
    command: '/etiquette',
    text,
    response_url: `http://127.0.0.1:0/response/unset`,
    trigger_id: '1234567890.123456.abcdef',
    is_enterprise_install: 'false',
    ...overrides,
  });
  return new URLSearchParams(fields).toString();
}

export async function sendCommand(
  harness: Harness,
  text: string,
  overrides: Record<string, string> = {},
  options: SendOptions = {},
) {
  const responseId = overrides.response_id ?? `cmd-${nextEventId()}`;
  const { response_id: _ignored, ...rest } = overrides;
  const body = slashCommandBody(text, { response_url: harness.fake.responseUrl(responseId), ...rest });
  const result = await sendSigned(harness, body, 'application/x-www-form-urlencoded', options);
  return { ...result, responseId };
}

/** Interactive payloads arrive as one form field, payload=<JSON>. */
export async function sendInteraction(harness: Harness, payload: Json, options: SendOptions = {}) {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return sendSigned(harness, body, 'application/x-www-form-urlencoded', options);
}

export function blockActionPayload(input: {
  actionId: string;
  value: string;
  userId: string;
  responseId: string;
  harness: Harness;
  container: { is_ephemeral: boolean; channel_id: string; message_ts?: string };
}): Json {
  const sample = loadFixture<Json>('interactive/block_actions.json');
  const {
    view: _view,
    app_unfurl: _unfurl,
    function_data: _function,
    interactivity: _interactivity,
    bot_access_token: _token,
    enterprise: _enterprise,
    ...rest
  } = sample;
  return {
    ...rest,
    type: 'block_actions',
    team: { id: IDS.team, domain: 'coach-test' },
    user: { id: input.userId, username: 'someone', name: 'someone', team_id: IDS.team },
    api_app_id: IDS.appId,
    token: 'legacy-verification-token',
    container: { type: 'message', ...input.container },
    trigger_id: '1234567890.123456.abcdef',
    channel: { id: input.container.channel_id, name: 'social-drafts' },
    message: input.container.is_ephemeral
      ? undefined
      : { type: 'message', ts: input.container.message_ts, text: 'review' },
    response_url: input.harness.fake.responseUrl(input.responseId),
    state: { values: {} },
    is_enterprise_install: false,
    actions: [
      {
        action_id: input.actionId,
        block_id: 'review:block',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: input.value,
        type: 'button',
        action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      },
    ],
  };
}

export function messageShortcutPayload(input: {
  text: string;
  userId: string;
  responseId: string;
  harness: Harness;
  authorId?: string;
}): Json {
  const sample = loadFixture<Json>('interactive/message_action.json');
  const { enterprise: _enterprise, ...rest } = sample;
  return {
    ...rest,
    type: 'message_action',
    callback_id: 'review_message',
    trigger_id: '1234567890.123456.abcdef',
    message_ts: '1700000100.000100',
    response_url: input.harness.fake.responseUrl(input.responseId),
    team: { id: IDS.team, domain: 'coach-test' },
    user: { id: input.userId, name: 'someone', team_id: IDS.team },
    channel: { id: IDS.other, name: 'marketing' },
    token: 'legacy-verification-token',
    action_ts: '1700000100.000200',
    is_enterprise_install: false,
    message: {
      type: 'message',
      user: input.authorId ?? IDS.colleague,
      text: input.text,
      ts: '1700000100.000100',
    },
  };
}

/** The review blocks a response_url post or Web API call carried. */
export function blocksOf(call: { body: Record<string, unknown> }): Json[] {
  const blocks = call.body.blocks;
  return Array.isArray(blocks) ? (blocks as Json[]) : [];
}

/** Every button in some blocks (actions blocks and section accessories). */
export function buttonsOf(blocks: Json[]): { action_id: string; value: string; text: string }[] {
  const buttons: { action_id: string; value: string; text: string }[] = [];
  const collect = (element: Json | undefined) => {
    if (element?.type === 'button') {
      buttons.push({
        action_id: String(element.action_id),
        value: String(element.value),
        text: String((element.text as Json).text),
      });
    }
  };
  for (const block of blocks) {
    if (block.type === 'actions') for (const element of block.elements as Json[]) collect(element);
    collect(block.accessory as Json | undefined);
  }
  return buttons;
}

/** The options of every "⋯" menu in some blocks, with the menu's action id. */
export function menuOf(blocks: Json[]): { action_id: string; value: string; text: string }[] {
  const options: { action_id: string; value: string; text: string }[] = [];
  for (const block of blocks) {
    const elements =
      block.type === 'actions' ? (block.elements as Json[]) : [block.accessory as Json | undefined];
    for (const element of elements) {
      if (element?.type !== 'overflow') continue;
      for (const option of element.options as Json[]) {
        options.push({
          action_id: String(element.action_id),
          value: String(option.value),
          text: String((option.text as Json).text),
        });
      }
    }
  }
  return options;
}

/** A pick in a "⋯" menu, as Slack sends it: a block_actions payload whose action is an overflow. */
export function menuActionPayload(
  input: Omit<Parameters<typeof blockActionPayload>[0], 'actionId' | 'value'> & {
    option: { action_id: string; value: string; text: string };
    message?: Json;
  },
): Json {
  const payload = blockActionPayload({ ...input, actionId: input.option.action_id, value: '' });
  (payload.actions as Json[])[0] = {
    action_id: input.option.action_id,
    block_id: 'review:block',
    type: 'overflow',
    selected_option: {
      text: { type: 'plain_text', text: input.option.text, emoji: true },
      value: input.option.value,
    },
    action_ts: `${Math.floor(Date.now() / 1000)}.000300`,
  };
  if (input.message && payload.message) payload.message = { ...(payload.message as Json), ...input.message };
  return payload;
}

/** Every interactive element of a message: buttons and "⋯" menus, for the 5-button limit. */
export function buttonCount(blocks: Json[]): number {
  return buttonsOf(blocks).length;
}

export function textOf(blocks: Json[]): string {
  return JSON.stringify(blocks);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `read` returns something truthy (state written just after a reply reached the stand-in). */
export async function eventually<T>(
  read: () => Promise<T | null | undefined> | T | null | undefined,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

/** A modal submission as Slack sends it (the view_submission sample, filled in). */
export function viewSubmissionPayload(input: { callbackId: string; userId: string; values: Json }): Json {
  const sample = loadFixture<Json>('interactive/view_submission.json');
  const {
    enterprise: _enterprise,
    function_data: _function,
    interactivity: _interactivity,
    bot_access_token: _token,
    ...rest
  } = sample;
  const view = sample.view as Json;
  return {
    ...rest,
    type: 'view_submission',
    team: { id: IDS.team, domain: 'coach-test' },
    user: { id: input.userId, username: 'someone', name: 'someone', team_id: IDS.team },
    api_app_id: IDS.appId,
    token: 'legacy-verification-token',
    trigger_id: '1234567890.123456.abcdef',
    is_enterprise_install: false,
    view: {
      ...view,
      id: 'V0MODAL001',
      team_id: IDS.team,
      type: 'modal',
      callback_id: input.callbackId,
      state: { values: input.values },
      app_id: IDS.appId,
      bot_id: IDS.botId,
      blocks: [],
    },
    response_urls: [],
  };
}

/** Sends the "Not helpful…" form that views.open showed: which suggestion, why, and the "stop flagging" box. */
export async function submitFeedbackForm(
  harness: Harness,
  view: { private_metadata?: unknown },
  userId: string,
  answer: { choice?: string; reason?: string },
): Promise<{ status: number; body: string }> {
  const values: Json = {};
  if (answer.choice !== undefined)
    values.which = { which: { type: 'radio_buttons', selected_option: { value: answer.choice } } };
  if (answer.reason !== undefined)
    values.reason = { reason: { type: 'radio_buttons', selected_option: { value: answer.reason } } };
  const payload = viewSubmissionPayload({ callbackId: 'review_feedback', userId, values });
  (payload.view as Json).private_metadata = view.private_metadata;
  return sendInteraction(harness, payload);
}
