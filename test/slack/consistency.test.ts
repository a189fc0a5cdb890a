import { visibleText } from '../../scripts/walkthrough';
import { MemoryStore } from '../../src/store/memory';
import { settingsValues, submitSettings } from './settings-helpers';
import { IDS } from './fake-slack';
import {
  blockActionPayload,
  blocksOf,
  buttonsOf,
  deletedEvent,
  editedEvent,
  eventEnvelope,
  eventually,
  menuActionPayload,
  menuOf,
  messageEvent,
  sendCommand,
  sendEvent,
  sendInteraction,
  startHarness,
  submitFeedbackForm,
  textOf,
  watchChannel,
  type Harness,
} from './harness';

type Json = Record<string, unknown>;

/**
 * What one person reads in one place agrees with what they read in another, and with what the bot did: a reply it
 * deleted is never pointed at again, a colleague's Details grade nobody, counts agree, settings changes are told.
 */

/** The welcome of a new trustee: a self-centred announcement with hashtag stuffing. */
const WELCOME =
  'We are delighted to welcome Mark Jones to our Board of Trustees! His experience will be invaluable as we grow. #nonprofit #board #leadership #community';

const privately = { is_ephemeral: true, channel_id: IDS.drafts };

function helpers(get: () => { harness: Harness; store: MemoryStore }) {
  const responseTo = async (responseId: string) =>
    (await get().harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === responseId))[0]!;

  async function postWelcome(ts = '1700000900.000100', text = WELCOME) {
    const { harness, store } = get();
    await sendEvent(harness, messageEvent({ text, ts }));
    const [reply] = await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === ts);
    const replyTs = await eventually(
      async () => (await store.findReviewByMessage(IDS.team, IDS.drafts, ts))?.replyTs,
    );
    const container = { is_ephemeral: false, channel_id: IDS.drafts, message_ts: replyTs };
    return { reply: reply!, replyTs: replyTs!, container, blocks: blocksOf(reply!) };
  }

  async function openDetails(blocks: Json[], userId: string, responseId: string, container: Json) {
    const details = buttonsOf(blocks).find((button) => button.action_id === 'show_details')!;
    await sendInteraction(
      get().harness,
      blockActionPayload({
        actionId: 'show_details',
        value: details.value,
        userId,
        responseId,
        harness: get().harness,
        container: container as { is_ephemeral: boolean; channel_id: string; message_ts?: string },
      }),
    );
    return responseTo(responseId);
  }

  function pick(blocks: Json[], text: string, userId: string, responseId: string) {
    const option = menuOf(blocks).find((each) => each.text === text);
    if (!option) throw new Error(`no “${text}” in ${menuOf(blocks).map((each) => each.text)}`);
    return sendInteraction(
      get().harness,
      menuActionPayload({ option, userId, responseId, harness: get().harness, container: privately }),
    );
  }

  return { responseTo, postWelcome, openDetails, pick };
}

/**
 * A fresh store and harness for every test of the block (the drafts channel watched unless `watched` is
 * false), handed to the block's own variables through `assign`; the helpers above, bound to them.
 */
function freshHarness(
  assign: (made: { harness: Harness; store: MemoryStore }) => void = () => undefined,
  { watched = true }: { watched?: boolean } = {},
) {
  let made: { harness: Harness; store: MemoryStore };
  beforeEach(async () => {
    const store = new MemoryStore();
    made = { store, harness: await startHarness({ store }) };
    if (watched) await watchChannel(store);
    assign(made);
  });
  afterEach(async () => {
    await made.harness.close();
  });
  /** Another process on the same store (a restart, a replica): the harness closed and started again. */
  async function restart() {
    await made.harness.close();
    made = { ...made, harness: await startHarness({ store: made.store }) };
    assign(made);
  }
  return { ...helpers(() => made), restart };
}

describe('a deleted reply is not pointed at again', () => {
  let harness: Harness;
  let store: MemoryStore;
  const { postWelcome, openDetails, pick, responseTo, restart } = freshHarness(
    (made) => ({ harness, store } = made),
  );

  test('after “Not helpful…” deletes the reply, the stored reply is cleared and a later edit (after a restart) posts afresh', async () => {
    const ts = '1700000910.000100';
    const { blocks, container, replyTs } = await postWelcome(ts);
    const details = await openDetails(blocks, IDS.author, 'details', container);
    await pick(blocksOf(details), 'Not helpful…', IDS.author, 'not-helpful');
    const [open] = await harness.fake.waitFor('views.open');
    await submitFeedbackForm(harness, open!.body.view as { private_metadata: string }, IDS.author, {
      choice: '0',
      reason: 'wrong',
    });
    await harness.fake.waitFor('chat.delete');
    await responseTo('not-helpful');
    expect((await store.findReviewByMessage(IDS.team, IDS.drafts, ts))?.replyTs).toBeNull();

    // Another process (a restart, a replica) knows only the store: the edit must not update the deleted reply.
    await restart();
    await sendEvent(
      harness,
      editedEvent({ ts, text: `${WELCOME} Say hello at the meetup.`, previousText: WELCOME }),
    );
    await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === ts);
    expect(harness.fake.successful('chat.update').filter((call) => call.body.ts === replyTs)).toEqual([]);
  });

  test('after the draft is deleted, the stored reply is cleared too', async () => {
    const ts = '1700000920.000100';
    await postWelcome(ts);
    await sendEvent(harness, deletedEvent(ts, WELCOME));
    await harness.fake.waitFor('chat.delete');
    await eventually(async () =>
      (await store.findReviewByMessage(IDS.team, IDS.drafts, ts))?.replyTs === null ? true : undefined,
    );
    expect((await store.findReviewByMessage(IDS.team, IDS.drafts, ts))?.replyTs).toBeNull();
  });
});

/** A sales blast whose small changes overlap: "BIG NEWS!" is both an announcement and shouting. */
const BLAST =
  'BIG NEWS!!! We are proud to announce our best-in-class app. Sign up today! Offer ends tonight!!! #app #tech #startup #deal #sale';

/** The "this → that" and "remove this" lines of a message's small changes, as [excerpt, replacement]. */
function editLines(text: string): [string, string][] {
  const lines: [string, string][] = [];
  for (const line of text.split('\n')) {
    const removed = /^• remove “(.+)”$/.exec(line);
    const changed = /^• “(.+)” → “(.*)”/.exec(line);
    if (removed) lines.push([removed[1]!, '']);
    else if (changed) lines.push([changed[1]!, changed[2]!]);
  }
  return lines;
}

describe('a private review and App Home agree with themselves and each other', () => {
  let harness: Harness;
  const { pick, responseTo } = freshHarness((made) => (harness = made.harness), { watched: false });

  test('the list of small changes never proposes a change another line undoes', async () => {
    const sent = await sendCommand(harness, BLAST);
    const review = await responseTo(sent.responseId);
    await pick(
      blocksOf(review),
      menuOf(blocksOf(review)).find((o) => /^All \d+ suggestions$/.test(o.text))!.text,
      IDS.author,
      'all',
    );
    const all = visibleText(blocksOf(await responseTo('all')));
    const edits = editLines(all);
    expect(edits.length).toBeGreaterThan(3);
    // No line changes words another line already removes or changes ("remove “BIG NEWS!”" beside "“BIG NEWS” → …"):
    // two lines clash when every place the one's words appear is inside or across the other's.
    const places = (words: string) =>
      [...BLAST.matchAll(new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => [
        m.index,
        m.index + words.length,
      ]);
    const clash = (a: string, b: string) =>
      places(a).every(([start, end]) => places(b).some(([from, to]) => start! < to! && from! < end!));
    for (const [index, [excerpt]] of edits.entries())
      for (const [other] of edits.slice(index + 1))
        expect([excerpt, other, clash(excerpt, other) && clash(other, excerpt)]).toEqual([
          excerpt,
          other,
          false,
        ]);
    expect(all).toContain('remove “BIG NEWS!”');
    expect(all).not.toContain('“BIG NEWS” → “big news”');
  });

  test('App Home counts a draft’s suggestions no differently from the review the person read', async () => {
    const sent = await sendCommand(harness, BLAST);
    const review = textOf(blocksOf(await responseTo(sent.responseId)));
    const inReview = /All (\d+) suggestions/.exec(review)?.[1];
    expect(inReview).toBeDefined();
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'home',
        event_ts: '1.2',
      }),
    );
    const [published] = await harness.fake.waitFor('views.publish');
    const home = textOf((published!.body.view as { blocks: Json[] }).blocks);
    const recent = home.split('*Your recent drafts*')[1]!.split('*Your last')[0]!;
    expect(recent).toContain('you asked privately');
    for (const [, count] of recent.matchAll(/(\d+) suggestions/g)) expect(count).toBe(inReview);
    expect(recent).toContain('what came up: announcing rather than talking');
  });
});

describe('a colleague’s Details grade nobody', () => {
  const { postWelcome, openDetails } = freshHarness();

  test('a colleague reads the ideas in the channel’s words and a version, never the words written for the author', async () => {
    const { blocks, container } = await postWelcome();
    const details = await openDetails(blocks, IDS.colleague, 'colleague', container);
    const text = visibleText(blocksOf(details));
    const notification = String(details.body.text);
    expect(notification).toBe(
      'An idea for this draft: open with what changes for the reader, then share the news (about “We are delighted to welcome”)',
    );
    expect(text).toContain(
      '*Open with what changes for the reader, then share the news* (about “We are delighted to welcome”).',
    );
    expect(text).toContain(
      '• Keep the tags and emoji that mean something to the reader (about “#leadership”, “#community”).',
    );
    expect(text).toContain('*A version to try*');
    // Nothing that grades the author: no message or reason written for them, no count, no label, nothing to rate.
    for (const said of [text, notification]) {
      expect(said).not.toMatch(
        /stuffing|about you rather than|puts you at the centre|reach-hunting|\d+ hashtags/i,
      );
      expect(said).not.toContain('Why these matter');
    }
    expect(menuOf(blocksOf(details)).map((option) => option.text)).toEqual(['Don’t review my posts']);

    // The author still reads everything, the reasons included.
    const own = visibleText(blocksOf(await openDetails(blocks, IDS.author, 'author', container)));
    expect(own).toContain('makes the post about you rather than the reader');
    expect(own).toContain('*Why these matter*');
  });
});

describe('each count says what it counts', () => {
  let harness: Harness;
  const { postWelcome, responseTo } = freshHarness((made) => (harness = made.harness));

  test('personal stats and App Home tell posts in watched channels from private reviews', async () => {
    await postWelcome();
    await responseTo((await sendCommand(harness, BLAST)).responseId);
    const stats = visibleText(blocksOf(await responseTo((await sendCommand(harness, 'stats')).responseId)));
    expect(stats).toContain(
      '2 drafts reviewed, each with a suggestion. 1 was posted in a watched channel, 1 was a private review you asked for.',
    );
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'home',
        event_ts: '1.2',
      }),
    );
    const [published] = await harness.fake.waitFor('views.publish');
    const home = visibleText((published!.body.view as { blocks: Json[] }).blocks);
    expect(home).toContain('1 was posted in a watched channel, 1 was a private review you asked for.');
    expect(home).toMatch(/in <#C0DRAFTS01> \(you asked privately\)/);
  });
});

describe('a change one person makes to what everyone sees is told to the channel', () => {
  let harness: Harness;
  const { responseTo } = freshHarness((made) => (harness = made.harness));

  async function saveSettings(values: Json) {
    const before = harness.fake.successful('views.open').length;
    await sendCommand(harness, 'settings');
    const view = (await harness.fake.waitFor('views.open', before + 1)).at(-1)!.body.view as Json;
    await submitSettings(harness, view, values);
  }

  const channelNotes = () =>
    harness.fake
      .successful('chat.postMessage')
      .filter((call) => call.body.channel === IDS.drafts && !call.body.thread_ts);

  test('where suggestions go and the digest are announced in one short line, naming nobody', async () => {
    await saveSettings(settingsValues({ replyMode: 'dm', options: ['digest'] }));
    const [note] = await harness.fake.waitFor(
      'chat.postMessage',
      1,
      (call) => call.body.channel === IDS.drafts,
    );
    const text = String(note!.body.text);
    expect(text).toBe(
      'This channel’s settings changed. My suggestions on new posts now go to the author as a direct message. A short weekly digest of the team’s posts here will appear on Monday mornings. /etiquette settings shows them all.',
    );
    expect(visibleText(blocksOf(note!))).not.toMatch(/<@U/);
    expect(blocksOf(note!)).toHaveLength(1);
  });

  test('a save that changes nothing the channel sees posts nothing', async () => {
    await saveSettings(settingsValues({ strictness: 'strict', reject: 'synergy' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(channelNotes()).toEqual([]);
  });

  test('a second `watch` changes nothing, so it does not announce watching again', async () => {
    const sent = await sendCommand(harness, 'watch');
    const said = visibleText(blocksOf(await responseTo(sent.responseId)));
    expect(said).toContain('already reviewing');
    expect(channelNotes()).toEqual([]);
  });
});

describe('one habit, one name', () => {
  let harness: Harness;
  const { responseTo } = freshHarness((made) => (harness = made.harness), { watched: false });

  test('the settings name a habit as stats and App Home do', async () => {
    await responseTo((await sendCommand(harness, BLAST)).responseId);
    const stats = visibleText(blocksOf(await responseTo((await sendCommand(harness, 'stats')).responseId)));
    await sendCommand(harness, 'settings');
    const [open] = await harness.fake.waitFor('views.open');
    const settings = visibleText((open!.body.view as { blocks: Json[] }).blocks);
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'home',
        event_ts: '1.2',
      }),
    );
    const [published] = await harness.fake.waitFor('views.publish');
    const home = visibleText((published!.body.view as { blocks: Json[] }).blocks);
    for (const name of [
      'Many hashtags or emoji',
      'Asking people to buy or sign up',
      'Big claims and superlatives',
    ]) {
      expect(stats).toContain(`*${name}*`);
      expect(settings).toContain(name);
      expect(home.toLowerCase()).toContain(name.toLowerCase());
    }
    // The reviewers' own names for the rules are not a second set of names in front of the person.
    for (const other of ['Hashtag and emoji stuffing', 'Hard calls to action', 'Hype superlatives'])
      expect(`${stats}\n${settings}\n${home}`).not.toContain(other);
  });
});
