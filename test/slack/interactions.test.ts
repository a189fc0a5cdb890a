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
  SALESY,
  sendCommand,
  sendEvent,
  sendInteraction,
  startHarness,
  textOf,
  viewSubmissionPayload,
  watchChannel,
  type Harness,
} from './harness';
import { PRINCIPLES } from '../../src/review';

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

  test('"Use this rewrite" on a private review shows the rewrite ready to copy, privately', async () => {
    const { byId } = await privateReview();
    const response = await click(
      'use_rewrite',
      byId('use_rewrite').value,
      IDS.author,
      'rewrite-1',
      ephemeral,
    );
    expect(response.status).toBe(200);
    const answer = await responseTo('rewrite-1');
    expect(answer.body).toEqual(
      expect.objectContaining({ response_type: 'ephemeral', replace_original: false }),
    );
    expect(textOf(blocksOf(answer))).toContain('```');
    expect(textOf(blocksOf(answer))).toContain('https://shop.example.com');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(0);
  });

  test('"Use this rewrite" in a drafts thread: the author posts it for the team; a colleague only gets a copy', async () => {
    const { replyTs, byId } = await threadReview();
    const container = { is_ephemeral: false, channel_id: IDS.drafts, message_ts: replyTs };
    await click('use_rewrite', byId('use_rewrite').value, IDS.colleague, 'rewrite-colleague', container);
    const colleagueCopy = await responseTo('rewrite-colleague');
    expect(textOf(blocksOf(colleagueCopy))).toContain('ready to copy');
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);

    await click('use_rewrite', byId('use_rewrite').value, IDS.author, 'rewrite-author', container);
    const [, posted] = await harness.fake.waitFor('chat.postMessage', 2);
    expect(posted!.body).toEqual(
      expect.objectContaining({ channel: IDS.drafts, thread_ts: '1700000050.000100' }),
    );
    expect(textOf(blocksOf(posted!))).toContain(`<@${IDS.author}> is trying this version`);
    expect(textOf(blocksOf(await responseTo('rewrite-author')))).toContain(
      'posted the rewrite in the thread',
    );
  });

  test('"Why?" explains the principle in our own words, for one finding and for the whole review', async () => {
    const { buttons, byId } = await privateReview();
    const findingWhy = buttons.find(
      (button) => button.action_id === 'why' && JSON.parse(button.value).f === 0,
    )!;
    await click('why', findingWhy.value, IDS.author, 'why-finding', ephemeral);
    const answer = await responseTo('why-finding');
    const explanations = Object.values(PRINCIPLES).map((principle) => principle.explanation);
    expect(
      explanations.some((explanation) => textOf(blocksOf(answer)).includes(explanation.slice(0, 60))),
    ).toBe(true);

    await click('why', byId('why').value, IDS.author, 'why-all', ephemeral);
    expect(blocksOf(await responseTo('why-all')).length).toBeGreaterThanOrEqual(1);
  });

  test('"Helpful" / "Not helpful" are recorded per finding for the author; a colleague cannot vote', async () => {
    const { byId } = await privateReview();
    await click('feedback_not_helpful', byId('feedback_not_helpful').value, IDS.author, 'vote-1', ephemeral);
    expect(String((await responseTo('vote-1')).body.text)).toContain('Thanks for saying so');
    const silenced = await harness.store.listSilenced(IDS.team, 1);
    expect(silenced.length).toBeGreaterThan(0);

    await click('feedback_helpful', byId('feedback_helpful').value, IDS.author, 'vote-2', ephemeral);
    expect(String((await responseTo('vote-2')).body.text)).toContain('glad it helped');
    expect(await harness.store.listSilenced(IDS.team, 1)).toEqual([]);

    await click(
      'feedback_not_helpful',
      byId('feedback_not_helpful').value,
      IDS.colleague,
      'vote-3',
      ephemeral,
    );
    expect(String((await responseTo('vote-3')).body.text)).toContain(`Only <@${IDS.author}> can rate`);
    expect(await harness.store.listSilenced(IDS.team, 1)).toEqual([]);
  });

  test('phrases the team marked unhelpful three times are no longer flagged', async () => {
    for (const user of [IDS.author, IDS.colleague, 'U0THIRD001']) {
      const sent = await sendCommand(harness, 'Revolutionary bread, honestly. What do you bake on Sundays?', {
        user_id: user,
      });
      const reply = await responseTo(sent.responseId);
      const vote = buttonsOf(blocksOf(reply)).find((button) => button.action_id === 'feedback_not_helpful')!;
      await click('feedback_not_helpful', vote.value, user, `silence-${user}`, ephemeral);
      await responseTo(`silence-${user}`);
    }
    const silenced = await harness.store.listSilenced(IDS.team, 3);
    expect(silenced).toEqual([
      expect.objectContaining({ rule: 'hype-superlatives', phrase: 'revolutionary', votes: 3 }),
    ]);
    const sent = await sendCommand(harness, 'Revolutionary bread, honestly. What do you bake on Sundays?');
    const reply = await responseTo(sent.responseId);
    expect(textOf(blocksOf(reply))).not.toContain('hype-superlatives');
    expect(textOf(blocksOf(reply))).not.toContain('“Revolutionary”');
  });

  test('"Show details" unfolds a thread reply in place and "Hide details" folds it again', async () => {
    const { replyTs, byId } = await threadReview();
    const container = { is_ephemeral: false, channel_id: IDS.drafts, message_ts: replyTs };
    await click('show_details', byId('show_details').value, IDS.colleague, 'details', container);
    const [update] = await harness.fake.waitFor('chat.update');
    expect(update!.body.ts).toBe(replyTs);
    expect(textOf(blocksOf(update!))).toContain('A friendlier version');
    const hide = buttonsOf(blocksOf(update!)).find((button) => button.action_id === 'hide_details')!;
    await click('hide_details', hide.value, IDS.colleague, 'details-2', container);
    const [, folded] = await harness.fake.waitFor('chat.update', 2);
    expect(textOf(blocksOf(folded!))).not.toContain('A friendlier version');
  });

  test('a button on a review the bot no longer has says so instead of failing', async () => {
    await click('why', JSON.stringify({ r: 'gone' }), IDS.author, 'stale', ephemeral);
    expect(String((await responseTo('stale')).body.text)).toContain('no longer have that review');
  });

  test('the message shortcut reviews any message privately for the person who asked', async () => {
    const response = await sendInteraction(
      harness,
      messageShortcutPayload({ text: SALESY, userId: IDS.colleague, responseId: 'shortcut', harness }),
    );
    expect(response.status).toBe(200);
    const answer = await responseTo('shortcut');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(textOf(blocksOf(answer))).toContain('Worth another look');
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

  test('App Home shows the principles, how to use it and the watched channels', async () => {
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
    for (const principle of Object.values(PRINCIPLES)) expect(text).toContain(principle.title);
    expect(text).toContain(`<#${IDS.drafts}>`);
    expect(text).toContain('/etiquette watch');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
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
    expect(textOf(ackBody.view.blocks)).toContain('Worth another look');
    expect(textOf(ackBody.view.blocks)).toContain('A friendlier version');
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
