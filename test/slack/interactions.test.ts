import { IDS } from './fake-slack';
import {
  blockActionPayload,
  blocksOf,
  buttonsOf,
  eventEnvelope,
  eventually,
  messageEvent,
  messageShortcutPayload,
  FRIENDLY,
  menuActionPayload,
  menuOf,
  SALESY,
  sendCommand,
  sendEvent,
  sendInteraction,
  startHarness,
  submitFeedbackForm,
  textOf,
  viewSubmissionPayload,
  watchChannel,
  type Harness,
} from './harness';
import { PRINCIPLES, RULES } from '../../src/review';

const ONE_HYPE = 'Revolutionary bread, honestly. What do you bake on Sundays?';

describe('buttons, the message shortcut and App Home', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  const responseTo = async (responseId: string, count = 1) =>
    (await harness.fake.waitFor('response_url', count, (call) => call.body.response_id === responseId))[
      count - 1
    ]!;

  /** A private review from /etiquette, and its buttons by action id. */
  async function privateReview(text = SALESY) {
    const sent = await sendCommand(harness, text);
    const reply = await responseTo(sent.responseId);
    const buttons = buttonsOf(blocksOf(reply));
    const byId = (actionId: string) => buttons.find((button) => button.action_id === actionId)!;
    return { reply, buttons, byId };
  }

  /** A thread reply in a watched channel, and its buttons. */
  async function threadReview() {
    await watchChannel(harness.store);
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000050.000100' }));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    const replyTs = await eventually(
      async () =>
        (await harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000050.000100'))?.replyTs,
    );
    const buttons = buttonsOf(blocksOf(reply!));
    const byId = (actionId: string) => buttons.find((button) => button.action_id === actionId)!;
    return { reply: reply!, replyTs, byId };
  }

  function click(
    actionId: string,
    value: string,
    userId: string,
    responseId: string,
    container: { is_ephemeral: boolean; channel_id: string; message_ts?: string },
  ) {
    return sendInteraction(
      harness,
      blockActionPayload({ actionId, value, userId, responseId, harness, container }),
    );
  }

  const ephemeral = { is_ephemeral: true, channel_id: IDS.drafts };

  /** Picks an option of a review's "⋯" menu. */
  function pick(
    blocks: Record<string, unknown>[],
    text: string,
    userId: string,
    responseId: string,
    container: { is_ephemeral: boolean; channel_id: string; message_ts?: string },
    message?: Record<string, unknown>,
  ) {
    const option = menuOf(blocks).find((each) => each.text === text);
    if (!option)
      throw new Error(
        `no menu option ${text} in ${menuOf(blocks)
          .map((each) => each.text)
          .join(', ')}`,
      );
    return sendInteraction(
      harness,
      menuActionPayload({ option, userId, responseId, harness, container, message }),
    );
  }

  /** A private review of a watched post (reply mode "privately to the author"), and where it landed. */
  async function ephemeralChannelReview() {
    await harness.store.saveChannelSettings({
      ...(await harness.bot.coach.channelSettings(IDS.team, IDS.drafts)),
      watched: true,
      replyMode: 'ephemeral',
    });
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000070.000100' }));
    const [posted] = await harness.fake.waitFor('chat.postEphemeral');
    const blocks = blocksOf(posted!);
    const byId = (actionId: string) => buttonsOf(blocks).find((button) => button.action_id === actionId)!;
    return { blocks, byId };
  }

  test('"Text to copy" on a private review shows the version ready to copy, privately, and posts nothing', async () => {
    const { byId } = await privateReview();
    const response = await click('copy_text', byId('copy_text').value, IDS.author, 'copy-1', ephemeral);
    expect(response.status).toBe(200);
    const answer = await responseTo('copy-1');
    expect(answer.body).toEqual(
      expect.objectContaining({ response_type: 'ephemeral', replace_original: false }),
    );
    expect(textOf(blocksOf(answer))).toContain('```');
    expect(textOf(blocksOf(answer))).toContain('https://shop.example.com');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(0);
  });

  test('on a thread reply nobody posts by clicking: "Text to copy" answers the clicker only', async () => {
    const { replyTs, byId } = await threadReview();
    const container = { is_ephemeral: false, channel_id: IDS.drafts, message_ts: replyTs };
    for (const user of [IDS.colleague, IDS.author]) {
      await click('copy_text', byId('copy_text').value, user, `copy-${user}`, container);
      expect(textOf(blocksOf(await responseTo(`copy-${user}`)))).toContain('ready to copy');
    }
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
  });

  test('"Post in thread" posts the version without @-mentioning anyone, then the review says so and the button retires', async () => {
    const { byId } = await ephemeralChannelReview();
    const post = byId('post_in_thread');
    expect(post.text).toBe('Post in thread');
    await click('post_in_thread', post.value, IDS.colleague, 'post-colleague', ephemeral);
    expect(String((await responseTo('post-colleague')).body.text)).toContain('Only the author');

    await click('post_in_thread', post.value, IDS.author, 'post-1', ephemeral);
    const [posted] = await harness.fake.waitFor('chat.postMessage');
    expect(posted!.body).toEqual(
      expect.objectContaining({ channel: IDS.drafts, thread_ts: '1700000070.000100' }),
    );
    expect(textOf(blocksOf(posted!))).not.toContain('<@');
    const redrawn = await responseTo('post-1');
    expect(redrawn.body.replace_original).toBe(true);
    expect(textOf(blocksOf(redrawn))).toContain('✓ You posted this version in the thread.');
    expect(buttonsOf(blocksOf(redrawn)).map((button) => button.action_id)).not.toContain('post_in_thread');

    // An old copy of the button cannot post twice.
    await click('post_in_thread', post.value, IDS.author, 'post-2', ephemeral);
    expect(String((await responseTo('post-2')).body.text)).toContain('already in the thread');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
  });

  test('"Why this matters" adds the idea behind each suggestion to the private review itself, in place', async () => {
    const { reply } = await privateReview();
    await pick(blocksOf(reply), 'Why this matters', IDS.author, 'why', ephemeral);
    const answer = await responseTo('why');
    // The same message, redrawn with the reasons: pressing it again adds no second copy.
    expect(answer.body.replace_original).toBe(true);
    expect(textOf(blocksOf(answer))).toContain('Try this first');
    expect(textOf(blocksOf(answer))).toContain('*Why these matter*');
    expect(menuOf(blocksOf(answer)).map((option) => option.text)).not.toContain('Why this matters');
    // Each reason is the reason of the rule that found it, about this draft; not one principle paragraph for all.
    const text = textOf(blocksOf(answer));
    expect(
      RULES.filter((rule) => text.includes(JSON.stringify(rule.meta.why).slice(1, -1))).length,
    ).toBeGreaterThan(0);
    expect(Object.values(PRINCIPLES).some((principle) => text.includes(principle.explanation))).toBe(false);
  });

  test('"Details" on a thread reply opens the whole review privately for the clicker; the shared message is untouched', async () => {
    const { replyTs, byId } = await threadReview();
    const container = { is_ephemeral: false, channel_id: IDS.drafts, message_ts: replyTs };
    await click('show_details', byId('show_details').value, IDS.colleague, 'details', container);
    const details = await responseTo('details');
    expect(details.body).toEqual(
      expect.objectContaining({ response_type: 'ephemeral', replace_original: false }),
    );
    const text = textOf(blocksOf(details));
    expect(text).toContain('A version to try');
    expect(text.split('• ').length).toBeGreaterThanOrEqual(3);
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
    expect(buttonsOf(blocksOf(details)).length).toBeLessThanOrEqual(5);
  });

  test('"This helped" is recorded for the author and the private review says so in place; a forged vote changes nothing', async () => {
    const { reply } = await privateReview();
    // A private review is only ever shown to its author: a colleague's click can only be forged, and does nothing.
    await pick(blocksOf(reply), 'This helped', IDS.colleague, 'vote-colleague', ephemeral);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.fake.calls.filter((call) => call.body.response_id === 'vote-colleague')).toEqual([]);

    await pick(blocksOf(reply), 'This helped', IDS.author, 'vote-1', ephemeral);
    const redrawn = await responseTo('vote-1');
    expect(redrawn.body.replace_original).toBe(true);
    expect(textOf(blocksOf(redrawn))).toContain('✓ You marked this review helpful');
    expect(menuOf(blocksOf(redrawn)).map((option) => option.text)).not.toContain('This helped');
    expect(await harness.store.listSilenced(IDS.team, 1)).toEqual([]);
  });

  test('"Not helpful…" asks which suggestion and why; the suggestion leaves the review at once; nothing stops for the team', async () => {
    const { reply } = await privateReview(ONE_HYPE);
    await pick(blocksOf(reply), 'Not helpful…', IDS.author, 'nh-1', ephemeral);
    const [open] = await harness.fake.waitFor('views.open');
    const view = open!.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: Record<string, unknown>[];
    };
    expect(view.callback_id).toBe('review_feedback');
    const form = textOf(view.blocks);
    expect(form).toContain('“Revolutionary”');
    for (const reason of [
      'It is wrong about my draft',
      'Fine for this kind of post',
      'It is our brand voice',
    ])
      expect(form).toContain(reason);
    // Stopping a suggestion for everyone is a setting, changed on purpose: the form says where, and offers no box.
    expect(form).not.toContain('Stop flagging');
    expect(form).toContain('turn its rule off or add the phrase to *Never flag* in `/etiquette settings`');

    const missing = await submitFeedbackForm(harness, view, IDS.author, { choice: '0' });
    expect(JSON.parse(missing.body)).toEqual(
      expect.objectContaining({ response_action: 'errors', errors: { reason: 'Pick a reason.' } }),
    );

    await submitFeedbackForm(harness, view, IDS.author, { choice: '0', reason: 'fine_here' });
    const redrawn = await responseTo('nh-1');
    expect(redrawn.body.replace_original).toBe(true);
    const text = textOf(blocksOf(redrawn));
    expect(text).toContain(
      '✓ Noted: “Revolutionary” is fine for this kind of post. I left it out of this review.',
    );
    expect(text).not.toContain('Try this first');
    // Feedback only: nothing is silenced for the team.
    expect(await harness.store.listSilenced(IDS.team, 1)).toEqual([]);
  });

  test('a button on a review the bot no longer has says so instead of failing', async () => {
    await click('copy_text', JSON.stringify({ r: 'gone' }), IDS.author, 'stale', ephemeral);
    expect(String((await responseTo('stale')).body.text)).toContain('no longer have that review');
  });

  test('no review message has more than 5 buttons, private or in a thread', async () => {
    const { reply } = await privateReview('BUY NOW!!! ' + 'AMAZING DEAL!!! #a #b #c #d #e #f '.repeat(20));
    expect(buttonsOf(blocksOf(reply)).length).toBeLessThanOrEqual(5);
    const thread = await threadReview();
    expect(buttonsOf(blocksOf(thread.reply)).length).toBeLessThanOrEqual(5);
  });

  test('the message shortcut reviews any message privately for the person who asked', async () => {
    const response = await sendInteraction(
      harness,
      messageShortcutPayload({ text: SALESY, userId: IDS.colleague, responseId: 'shortcut', harness }),
    );
    expect(response.status).toBe(200);
    const answer = await responseTo('shortcut');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(textOf(blocksOf(answer))).toContain('Try this first');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(0);
    const [record] = await harness.store.listReviews({ teamId: IDS.team, since: new Date(0) });
    expect(record).toEqual(
      expect.objectContaining({ source: 'shortcut', userId: IDS.colleague, channelId: IDS.other }),
    );
  });

  test('the shortcut on a message without text says there is nothing to review', async () => {
    await sendInteraction(
      harness,
      messageShortcutPayload({ text: '', userId: IDS.colleague, responseId: 'empty', harness }),
    );
    expect(String((await responseTo('empty')).body.text)).toContain('no text');
  });

  test('App Home shows the watched channels; the principles and how to use it are behind "How it works"', async () => {
    await watchChannel(harness.store);
    await sendCommand(harness, FRIENDLY);
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'home',
        event_ts: '1700000060.000100',
      }),
    );
    const [publish] = await harness.fake.waitFor('views.publish');
    expect(publish!.body.user_id).toBe(IDS.author);
    const view = publish!.body.view as { type: string; blocks: Record<string, unknown>[] };
    expect(view.type).toBe('home');
    const text = textOf(view.blocks);
    expect(text).toContain(`<#${IDS.drafts}>`);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const how = buttonsOf(view.blocks).find((button) => button.action_id === 'open_how_it_works')!;
    expect(how.text).toBe('How it works');
    await click('open_how_it_works', how.value, IDS.author, 'how', {
      is_ephemeral: false,
      channel_id: 'D0HOME0001',
    });
    const [modal] = await harness.fake.waitFor('views.open');
    const modalText = textOf((modal!.body.view as { blocks: Record<string, unknown>[] }).blocks);
    for (const principle of Object.values(PRINCIPLES)) expect(modalText).toContain(principle.title);
    expect(modalText).toContain('/etiquette watch');
  });

  test('App Home is not published for the Messages tab', async () => {
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'messages',
        event_ts: '1700000061.000100',
      }),
    );
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.colleague,
        channel: 'D0HOME0002',
        tab: 'home',
        event_ts: '1700000062.000100',
      }),
    );
    const published = await harness.fake.waitFor('views.publish');
    expect(published.map((call) => call.body.user_id)).toEqual([IDS.colleague]);
  });

  test('App Home "Review a draft" opens a modal; submitting it shows the review in the modal', async () => {
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'home',
        event_ts: '1700000063.000100',
      }),
    );
    const [publish] = await harness.fake.waitFor('views.publish');
    const homeBlocks = (publish!.body.view as { blocks: Record<string, unknown>[] }).blocks;
    const open = buttonsOf(homeBlocks).find((button) => button.action_id === 'open_draft_modal')!;
    await click('open_draft_modal', open.value, IDS.author, 'home-click', {
      is_ephemeral: false,
      channel_id: 'D0HOME0001',
    });
    const [opened] = await harness.fake.waitFor('views.open');
    const modal = opened!.body.view as {
      callback_id: string;
      blocks: { block_id: string; element: { action_id: string } }[];
    };
    expect(modal.callback_id).toBe('review_draft');
    const input = modal.blocks[0]!;

    const submitted = await sendInteraction(
      harness,
      viewSubmissionPayload({
        callbackId: modal.callback_id,
        userId: IDS.author,
        values: {
          [input.block_id]: { [input.element.action_id]: { type: 'plain_text_input', value: SALESY } },
        },
      }),
    );
    expect(submitted.status).toBe(200);
    const ackBody = JSON.parse(submitted.body) as {
      response_action: string;
      view: { type: string; blocks: Record<string, unknown>[] };
    };
    expect(ackBody.response_action).toBe('update');
    expect(ackBody.view.type).toBe('modal');
    expect(textOf(ackBody.view.blocks)).toContain('Tell them what it does for them');
    expect(textOf(ackBody.view.blocks)).toContain('A version to try');
    expect(buttonsOf(ackBody.view.blocks)).toEqual([]);
    const [record] = await harness.store.listReviews({ teamId: IDS.team, since: new Date(0) });
    expect(record).toEqual(expect.objectContaining({ source: 'home', channelId: null }));
  });

  test('app_uninstalled forgets the installation', async () => {
    await harness.store.saveInstallation({
      teamId: IDS.team,
      enterpriseId: null,
      isEnterpriseInstall: false,
      data: { bot: 'x' },
    });
    await sendEvent(
      harness,
      eventEnvelope('app_uninstalled', { type: 'app_uninstalled', event_ts: '1700000070.000100' }),
    );
    await eventually(
      async () =>
        (await harness.store.findInstallation({ teamId: IDS.team, isEnterpriseInstall: false })) === null,
    );
  });

  test('tokens_revoked for the bot token forgets the installation', async () => {
    await harness.store.saveInstallation({
      teamId: IDS.team,
      enterpriseId: null,
      isEnterpriseInstall: false,
      data: {},
    });
    await sendEvent(
      harness,
      eventEnvelope('tokens_revoked', {
        type: 'tokens_revoked',
        tokens: { bot: [IDS.botUser] },
        event_ts: '1700000071.000100',
      }),
    );
    await eventually(
      async () =>
        (await harness.store.findInstallation({ teamId: IDS.team, isEnterpriseInstall: false })) === null,
    );
  });
});
