import { IDS } from './fake-slack';
import { settingsValues, submitSettings, type Json } from './settings-helpers';
import {
  blockActionPayload,
  blocksOf,
  buttonsOf,
  eventually,
  FRIENDLY,
  messageEvent,
  sendCommand,
  sendEvent,
  sendInteraction,
  startHarness,
  textOf,
  watchChannel,
  type Harness,
} from './harness';

/** A pharmacy notice a little over X's 280: fine anywhere else, too long for one post on X. */
const NOTICE =
  'Reminder from the Pharmacy team: if you collect repeat prescriptions, please order at least 7 working ' +
  'days before you run out over the Easter weekend. We will be closed Good Friday and Easter Monday. ' +
  'If you get stuck, the pharmacy at Tesco on the ring road is open both days, 10–4. Questions? Ask <@U0SAM> ' +
  'or see <https://example.org/easter-hours|our Easter hours> for the full list.';

describe('where posts are going, in Slack', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  const responseTo = async (responseId: string) =>
    (await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === responseId))[0]!;

  async function openChannelSettings(): Promise<Json> {
    const before = harness.fake.successful('views.open').length;
    await sendCommand(harness, 'settings');
    const opens = await harness.fake.waitFor('views.open', before + 1);
    return opens.at(-1)!.body.view as Json;
  }

  const recorded = (ts: string) =>
    eventually(() => harness.store.findReviewByMessage(IDS.team, IDS.drafts, ts));

  test('"Posts here are for" is saved from the settings modal, and the channel’s drafts are checked for that network', async () => {
    await watchChannel(harness.store);
    const view = await openChannelSettings();
    expect(JSON.stringify(view)).toContain('Posts here are for');
    expect(JSON.stringify(view)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Any network',
    );
    const saved = await submitSettings(harness, view, settingsValues({ network: 'x' }));
    expect(saved.body).toBe('');
    expect(await harness.store.getChannelSettings(IDS.team, IDS.drafts)).toMatchObject({
      network: 'x',
      watched: true,
    });

    await sendEvent(harness, messageEvent({ text: NOTICE, ts: '1700000300.000001' }));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    const text = textOf(blocksOf(reply!));
    expect(text).toContain('Checked as a post for X.');
    expect(text).toContain('Too long for one post on X: as a thread');
    expect(text).not.toMatch(/score|\d+\/100/);
    const record = await recorded('1700000300.000001');
    expect(record).toMatchObject({ network: 'x', verdict: 'revise' });
    expect(record.rules).toContain('network-over-limit');

    // The modal opens again on what was saved.
    expect(JSON.stringify(await openChannelSettings())).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"X"',
    );
  });

  test('a leading tag in a watched channel wins over the channel’s setting', async () => {
    await watchChannel(harness.store);
    const settings = await harness.store.getChannelSettings(IDS.team, IDS.drafts);
    await harness.store.saveChannelSettings({ ...settings!, network: 'x' });
    await sendEvent(harness, messageEvent({ text: `linkedin: ${NOTICE}`, ts: '1700000301.000001' }));
    const record = await recorded('1700000301.000001');
    expect(record.network).toBe('linkedin');
    expect(record.rules).not.toContain('network-over-limit');
  });

  test('/etiquette x: <draft> reviews it for X, says so in plain words, and offers the thread to copy', async () => {
    const sent = await sendCommand(harness, `x: ${NOTICE}`);
    const reply = await responseTo(sent.responseId);
    const blocks = blocksOf(reply);
    const text = textOf(blocks);
    expect(text).toContain('Checked as a post for X.');
    expect(text).toMatch(/as a thread\* \(2 posts, each within 280 weighted characters\)/);
    expect(text).toContain('*1/2*');
    expect(text).toContain('*2/2*');
    const [review] = await harness.store.listReviews({ teamId: IDS.team, since: new Date(0) });
    expect(review).toMatchObject({ source: 'command', network: 'x' });

    const copy = buttonsOf(blocks).find((button) => button.action_id === 'copy_text')!;
    await sendInteraction(
      harness,
      blockActionPayload({
        actionId: 'copy_text',
        value: copy.value,
        userId: IDS.author,
        responseId: 'copy-thread',
        harness,
        container: { is_ephemeral: true, channel_id: IDS.drafts },
      }),
    );
    const copied = textOf(blocksOf(await responseTo('copy-thread')));
    expect(copied).toContain('as a thread (2 posts');
    expect(copied).toMatch(/1\/2\\n```[^`]+```/);
    expect(copied).toContain('https://example.org/easter-hours');
  });

  test('the workspace default applies where a channel has no setting; an untagged draft for no network says nothing of one', async () => {
    const plain = await sendCommand(harness, FRIENDLY);
    expect(textOf(blocksOf(await responseTo(plain.responseId)))).not.toContain('Checked as a post');

    const defaults = await harness.store.getWorkspaceDefaults(IDS.team);
    await harness.store.saveWorkspaceDefaults({
      ...(defaults ?? {
        teamId: IDS.team,
        replyMode: 'thread',
        strictness: 'standard',
        disabledRules: [],
        rejectPhrases: [],
        acceptPhrases: [],
        digest: false,
        storeDraftText: false,
      }),
      network: 'bluesky',
    });
    const sent = await sendCommand(harness, FRIENDLY);
    expect(textOf(blocksOf(await responseTo(sent.responseId)))).toContain('Checked as a post for Bluesky.');
  });

  test('/etiquette stats breaks the drafts down by network once any draft named one', async () => {
    for (const text of [`x: ${NOTICE}`, `linkedin: ${FRIENDLY}`, `x: ${FRIENDLY}`]) {
      const sent = await sendCommand(harness, text);
      await responseTo(sent.responseId);
    }
    const stats = await sendCommand(harness, 'stats');
    const text = textOf(blocksOf(await responseTo(stats.responseId)));
    expect(text).toContain('By network: X: 2 drafts, 1 needed no suggestion');
    expect(text).toContain('LinkedIn: 1 draft, 1 needed no suggestion');
  });
});
