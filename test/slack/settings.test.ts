import { visibleText } from '../../scripts/walkthrough';
import { IDS } from './fake-slack';
import { settingsValues, submitSettings, type Json } from './settings-helpers';
import {
  blocksOf,
  buttonsOf,
  eventEnvelope,
  eventually,
  FRIENDLY,
  messageEvent,
  SALESY,
  sendCommand,
  sendEvent,
  sendInteraction,
  startHarness,
  textOf,
  watchChannel,
  blockActionPayload,
  type Harness,
} from './harness';

/**
 * A draft that passes when gentle and is sent back when standard: one hype word in an otherwise
 * plain notice (score 32; gentle passes at 24, standard at 37).
 */
const HYPE = 'Our new oven is in and it is game-changing for our crusts. Loaves from 7am tomorrow.';
const LINK_ONLY = 'New post: https://example.com/blog';
const JARGON = 'Thanks for all the feedback on our synergy workshop! What did you take away from it?';

async function openChannelSettings(harness: Harness): Promise<Json> {
  const before = harness.fake.successful('views.open').length;
  await sendCommand(harness, 'settings');
  const opens = await harness.fake.waitFor('views.open', before + 1);
  return opens.at(-1)!.body.view as Json;
}

async function rulesOf(harness: Harness, ts: string): Promise<string[]> {
  const record = await eventually(() => harness.store.findReviewByMessage(IDS.team, IDS.drafts, ts));
  return record.rules;
}

/** A new reply mode is told to the channel in one line (consistency.test.ts); these tests look at what follows it. */
async function afterTheChannelIsTold(harness: Harness): Promise<void> {
  await harness.fake.waitFor(
    'chat.postMessage',
    1,
    (call) => call.body.channel === IDS.drafts && !call.body.thread_ts,
  );
  harness.fake.calls.splice(0);
}

describe('channel settings from Slack', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
    await watchChannel(harness.store);
  });
  afterEach(async () => {
    await harness.close();
  });

  test('the modal is saved and the next draft uses it: strictness, a rule turned off, reject and accept phrases', async () => {
    // Before: standard strictness sends the hype draft back and flags the link drop.
    await sendEvent(harness, messageEvent({ text: HYPE, ts: '1700000100.000001' }));
    await harness.fake.waitFor('chat.postMessage', 1);
    expect(await rulesOf(harness, '1700000100.000001')).toContain('hype-superlatives');

    const view = await openChannelSettings(harness);
    expect(view.callback_id).toBe('channel_settings');
    const saved = await submitSettings(
      harness,
      view,
      settingsValues({
        strictness: 'gentle',
        disabledRules: ['link-only'],
        reject: 'synergy | Say what it does for them.\n\n',
        accept: 'game-changing',
        options: ['digest'],
      }),
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toBe('');
    const stored = await harness.store.getChannelSettings(IDS.team, IDS.drafts);
    expect(stored).toEqual(
      expect.objectContaining({
        watched: true,
        strictness: 'gentle',
        disabledRules: ['link-only'],
        rejectPhrases: [{ phrase: 'synergy', message: 'Say what it does for them.' }],
        acceptPhrases: ['game-changing'],
        digest: true,
        storeDraftText: false,
        updatedBy: IDS.author,
      }),
    );

    // Gentle: the same hype draft passes now (✅, no new thread reply); the accepted phrase is not flagged.
    await sendEvent(harness, messageEvent({ text: HYPE, ts: '1700000100.000002' }));
    await harness.fake.waitFor('reactions.add', 1, (call) => call.body.timestamp === '1700000100.000002');
    const review = await eventually(() =>
      harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000100.000002'),
    );
    expect(review.verdict).toBe('pass');

    // The rule turned off finds nothing; the team's reject phrase is flagged with the team's message.
    await sendEvent(harness, messageEvent({ text: LINK_ONLY, ts: '1700000100.000003' }));
    await sendEvent(harness, messageEvent({ text: JARGON, ts: '1700000100.000004' }));
    expect(await rulesOf(harness, '1700000100.000003')).not.toContain('link-only');
    expect(await rulesOf(harness, '1700000100.000004')).toContain('team-phrase');

    // The modal opens again pre-filled with what was saved.
    const again = await openChannelSettings(harness);
    const text = JSON.stringify(again);
    expect(text).toContain('synergy | Say what it does for them.');
    expect(text).toContain('"initial_option":{"text":{"type":"plain_text","text":"Gentle');
  });

  test('the accept list stops a phrase from being flagged', async () => {
    const view = await openChannelSettings(harness);
    await submitSettings(
      harness,
      view,
      settingsValues({ accept: 'revolutionary\ngame-changing\nbest-in-class' }),
    );
    await sendEvent(harness, messageEvent({ text: HYPE, ts: '1700000101.000001' }));
    expect(await rulesOf(harness, '1700000101.000001')).not.toContain('hype-superlatives');
  });

  test('invalid input stays in the modal with the error under its field, and nothing is saved', async () => {
    const view = await openChannelSettings(harness);
    const answer = await submitSettings(harness, view, settingsValues({ reject: 'x'.repeat(101) }));
    expect(JSON.parse(answer.body)).toEqual({
      response_action: 'errors',
      errors: { reject_phrases: 'Each phrase needs 1 to 100 characters.' },
    });
    expect((await harness.store.getChannelSettings(IDS.team, IDS.drafts))?.rejectPhrases).toEqual([]);
  });

  test('reply mode "privately to the author": chat.postEphemeral to the author, nothing in the thread', async () => {
    const view = await openChannelSettings(harness);
    await submitSettings(harness, view, settingsValues({ replyMode: 'ephemeral' }));
    await afterTheChannelIsTold(harness);
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000102.000001' }));
    const [ephemeral] = await harness.fake.waitFor('chat.postEphemeral');
    expect(ephemeral!.body).toEqual(expect.objectContaining({ channel: IDS.drafts, user: IDS.author }));
    expect(textOf(blocksOf(ephemeral!))).toContain('A version to try');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(0);
  });

  test('the settings explain each reply mode plainly and name rules, never their ids', async () => {
    const view = await openChannelSettings(harness);
    const text = visibleText(view.blocks as Json[]);
    expect(text).toContain('In the post’s thread: one short idea everyone sees');
    expect(text).toContain(
      'one kind line and a suggested version or small changes to try, visible to the channel',
    );
    expect(text).toContain('Only the author sees it, in the channel');
    expect(text).toContain('Asking people to buy or sign up');
    expect(text).not.toMatch(/hard-call-to-action|no-invitation/);
    expect(text).toContain('Reaction when I looked and have nothing to suggest');
  });

  test('the pass reaction is a setting: a wave instead, or none at all', async () => {
    let view = await openChannelSettings(harness);
    await submitSettings(harness, view, settingsValues({ passReaction: 'wave' }));
    await sendEvent(harness, messageEvent({ text: FRIENDLY, ts: '1700000104.000001' }));
    const [reaction] = await harness.fake.waitFor('reactions.add');
    expect(reaction!.body.name).toBe('wave');

    view = await openChannelSettings(harness);
    await submitSettings(harness, view, settingsValues({ passReaction: 'none' }));
    expect((await harness.store.getChannelSettings(IDS.team, IDS.drafts))?.passReaction).toBe('');
    await sendEvent(harness, messageEvent({ text: FRIENDLY, ts: '1700000105.000001' }));
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000106.000001' }));
    await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === '1700000106.000001');
    expect(harness.fake.successful('reactions.add')).toHaveLength(1);
  });

  test('reply mode "DM": chat.postMessage to the author’s user id; only "Post in thread" posts in the thread', async () => {
    const view = await openChannelSettings(harness);
    await submitSettings(harness, view, settingsValues({ replyMode: 'dm' }));
    await afterTheChannelIsTold(harness);
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000103.000001' }));
    const [dm] = await harness.fake.waitFor('chat.postMessage');
    expect(dm!.body.channel).toBe(IDS.author);
    expect(dm!.body.thread_ts).toBeUndefined();
    expect(String(dm!.body.text)).toContain(`<#${IDS.drafts}>`);
    const button = (id: string) => buttonsOf(blocksOf(dm!)).find((each) => each.action_id === id)!;
    const click = (id: string, responseId: string) =>
      sendInteraction(
        harness,
        blockActionPayload({
          actionId: id,
          value: button(id).value,
          userId: IDS.author,
          responseId,
          harness,
          container: {
            is_ephemeral: false,
            channel_id: 'D0AUTHORDM',
            message_ts: String(dm!.body.ts ?? '1'),
          },
        }),
      );
    await click('copy_text', 'dm-copy');
    await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === 'dm-copy');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
    await click('post_in_thread', 'dm-post');
    const [, posted] = await harness.fake.waitFor('chat.postMessage', 2);
    expect(posted!.body).toEqual(
      expect.objectContaining({ channel: IDS.drafts, thread_ts: '1700000103.000001' }),
    );
    const redrawn = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === 'dm-post',
    );
    expect(textOf(blocksOf(redrawn[0]!))).toContain('✓ You posted this version in the thread.');
  });

  test('optout: the person’s posts are no longer reviewed automatically, others’ are; optin brings it back', async () => {
    const out = await sendCommand(harness, 'optout');
    const [reply] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === out.responseId,
    );
    expect(String(reply!.body.text)).toContain('/etiquette optin');
    expect(await harness.store.isUserOptedOut(IDS.team, IDS.author)).toBe(true);

    // Asked again, it says nothing changed instead of claiming to have done it.
    const again = await sendCommand(harness, 'optout');
    const [second] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === again.responseId,
    );
    expect(String(second!.body.text)).toContain('You had already turned off automatic review');
    expect(String(second!.body.text)).not.toContain('Done');

    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000104.000001' }));
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000104.000002', user: IDS.colleague }));
    const [first] = await harness.fake.waitFor('chat.postMessage');
    expect(first!.body.thread_ts).toBe('1700000104.000002');

    await sendCommand(harness, 'optin');
    await eventually(async () => !(await harness.store.isUserOptedOut(IDS.team, IDS.author)));
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000104.000003' }));
    const replies = await harness.fake.waitFor('chat.postMessage', 2);
    expect(replies.map((call) => call.body.thread_ts)).toEqual(['1700000104.000002', '1700000104.000003']);
    expect(await harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000104.000001')).toBeNull();
  });
});

describe('workspace defaults in App Home', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  async function openHome(userId: string = IDS.author): Promise<Json[]> {
    const before = harness.fake.successful('views.publish').length;
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', { user: userId, channel: 'D0HOME0001', tab: 'home', event_ts: '1.2' }),
    );
    const published = await harness.fake.waitFor('views.publish', before + 1);
    return (published.at(-1)!.body.view as { blocks: Json[] }).blocks;
  }

  function isAdmin(admin: boolean): void {
    harness.fake.answer('users.info', (body) => ({
      ok: true,
      user: { id: body.user, is_admin: admin, is_owner: false, tz: 'Europe/Amsterdam' },
    }));
  }

  test('an admin edits the defaults; channels without settings of their own use them', async () => {
    isAdmin(true);
    const blocks = await openHome();
    const edit = buttonsOf(blocks).find((button) => button.action_id === 'open_workspace_settings');
    expect(edit).toBeDefined();
    await sendInteraction(
      harness,
      blockActionPayload({
        actionId: 'open_workspace_settings',
        value: edit!.value,
        userId: IDS.author,
        responseId: 'unused',
        harness,
        container: { is_ephemeral: false, channel_id: 'D0HOME0001', message_ts: '1.1' },
      }),
    );
    const [open] = await harness.fake.waitFor('views.open');
    const view = open!.body.view as Json;
    expect(view.callback_id).toBe('workspace_settings');
    const saved = await submitSettings(
      harness,
      view,
      settingsValues({ replyMode: 'dm', strictness: 'gentle', disabledRules: ['hype-superlatives'] }),
    );
    expect(saved.body).toBe('');
    expect(await harness.store.getWorkspaceDefaults(IDS.team)).toEqual(
      expect.objectContaining({
        replyMode: 'dm',
        strictness: 'gentle',
        disabledRules: ['hype-superlatives'],
      }),
    );

    // A private review in a channel without settings of its own uses the defaults.
    const sent = await sendCommand(harness, HYPE, { channel_id: IDS.other });
    await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === sent.responseId);
    const [review] = await harness.store.listReviews({ teamId: IDS.team, since: new Date(0) });
    expect(review!.rules).not.toContain('hype-superlatives');

    // A channel watched from now on starts from them too: its review arrives by DM.
    await sendCommand(harness, 'watch', { channel_id: IDS.other });
    await eventually(async () => (await harness.store.listWatchedChannels(IDS.team)).includes(IDS.other));
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000200.000001', channel: IDS.other }));
    const [dm] = await harness.fake.waitFor(
      'chat.postMessage',
      1,
      (call) => call.body.channel === IDS.author,
    );
    expect(dm!.body.thread_ts).toBeUndefined();
  });

  test('someone who is not an admin sees no defaults button, and a forged submission is refused', async () => {
    isAdmin(false);
    const blocks = await openHome();
    expect(buttonsOf(blocks).map((button) => button.action_id)).not.toContain('open_workspace_settings');
    const answer = await submitSettings(
      harness,
      {
        callback_id: 'workspace_settings',
        private_metadata: JSON.stringify({ scope: 'workspace', teamId: IDS.team }),
      },
      settingsValues({ strictness: 'strict' }),
    );
    expect(JSON.parse(answer.body).response_action).toBe('errors');
    expect(await harness.store.getWorkspaceDefaults(IDS.team)).toBeNull();
  });
});
