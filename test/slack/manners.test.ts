import { auditMessage, visibleText } from '../../scripts/walkthrough';
import { RULES, type Finding, type Review } from '../../src/review';
import type { Refiner } from '../../src/review/refiner';
import { MemoryStore } from '../../src/store/memory';
import type { FeedbackRecord } from '../../src/store/types';
import { IDS } from './fake-slack';
import {
  blockActionPayload,
  blocksOf,
  buttonsOf,
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
 * The manners of a coach people keep installed, each checked on the wire (signed requests into the real Bolt app,
 * answers recorded by the Slack stand-in): no public grading, no button that is not the presser's to press, feedback
 * that does what its words say and nothing for the whole team, an announced and lasting watch, a "why" that is about
 * this draft, a lead fix the suggested version really makes, and App Home within 5 buttons.
 */

/** The welcome of a new trustee: a self-centred announcement with hashtag stuffing. */
const WELCOME =
  'We are delighted to welcome Mark Jones to our Board of Trustees! His experience will be invaluable as we grow. #nonprofit #board #leadership #community';

/** A store that also counts every feedback vote written, to see what a second press adds. */
class CountingStore extends MemoryStore {
  readonly votes: FeedbackRecord[] = [];
  override async recordFeedback(feedback: FeedbackRecord): Promise<void> {
    this.votes.push(feedback);
    return super.recordFeedback(feedback);
  }
}

const ruleMeta = (id: string) => RULES.find((rule) => rule.meta.id === id)!.meta;

describe('manners in a watched channel', () => {
  let harness: Harness;
  let store: CountingStore;
  beforeEach(async () => {
    store = new CountingStore();
    harness = await startHarness({ store });
    await watchChannel(store);
  });
  afterEach(async () => {
    await harness.close();
  });

  const responseTo = async (responseId: string) =>
    (await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === responseId))[0]!;

  /** The welcome posted in the watched channel: the public reply, where it is, and its buttons. */
  async function postWelcome(ts = '1700000900.000100') {
    await sendEvent(harness, messageEvent({ text: WELCOME, ts }));
    const [reply] = await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === ts);
    const replyTs = await eventually(
      async () => (await store.findReviewByMessage(IDS.team, IDS.drafts, ts))?.replyTs,
    );
    const container = { is_ephemeral: false, channel_id: IDS.drafts, message_ts: replyTs };
    return { reply: reply!, replyTs, container, blocks: blocksOf(reply!) };
  }

  /** "Details (only you see them)" pressed by `userId`: what opens for them. */
  async function openDetails(blocks: Json[], userId: string, responseId: string, container: Json) {
    const details = buttonsOf(blocks).find((button) => button.action_id === 'show_details')!;
    await sendInteraction(
      harness,
      blockActionPayload({
        actionId: 'show_details',
        value: details.value,
        userId,
        responseId,
        harness,
        container: container as { is_ephemeral: boolean; channel_id: string; message_ts?: string },
      }),
    );
    return responseTo(responseId);
  }

  const privately = { is_ephemeral: true, channel_id: IDS.drafts };

  function pick(blocks: Json[], text: string, userId: string, responseId: string) {
    const option = menuOf(blocks).find((each) => each.text === text);
    if (!option) throw new Error(`no “${text}” in ${menuOf(blocks).map((each) => each.text)}`);
    return sendInteraction(
      harness,
      menuActionPayload({ option, userId, responseId, harness, container: privately }),
    );
  }

  test('the public reply and its notification carry no count, score or grade; colleagues see no author-only button', async () => {
    const { reply, blocks } = await postWelcome();
    const text = String(reply.body.text);
    expect(text).toMatch(/^One idea before this goes out: /);
    expect(text).not.toMatch(/\d/);
    expect(textOf(blocks)).not.toMatch(/\d+ (more )?(ideas?|suggestions?|small changes?)|score/i);
    expect(auditMessage('channel', text, blocks).problems).toEqual([]);
    expect(menuOf(blocks).map((option) => option.text)).not.toEqual(expect.arrayContaining(['This helped']));
    expect(menuOf(blocks).map((option) => option.text)).not.toContain('Not helpful…');
  });

  test('Details opens privately for whoever presses it, phrased for them: the author gets “your draft” and the feedback, a colleague “this draft” and nothing to rate', async () => {
    const { blocks, container } = await postWelcome();
    const colleague = await openDetails(blocks, IDS.colleague, 'details-colleague', container);
    expect(colleague.body).toEqual(
      expect.objectContaining({ response_type: 'ephemeral', replace_original: false }),
    );
    expect(String(colleague.body.text)).toMatch(/^An idea for this draft: /);
    expect(textOf(blocksOf(colleague)) + String(colleague.body.text)).not.toContain('your draft');
    // One private message with the ideas in the channel's words and the version; the reasons, written about these
    // very words, are the author's alone.
    expect(textOf(blocksOf(colleague))).not.toContain('*Why these matter*');
    expect(menuOf(blocksOf(colleague)).map((option) => option.text)).toEqual(['Don’t review my posts']);

    const author = await openDetails(blocks, IDS.author, 'details-author', container);
    expect(String(author.body.text)).toMatch(/^An idea for your draft: /);
    expect(menuOf(blocksOf(author)).map((option) => option.text)).toEqual([
      'This helped',
      'Not helpful…',
      'Don’t review my posts',
    ]);
    // A forged "This helped" from the colleague (they are never shown one) records nothing and answers nothing.
    await pick(blocksOf(author), 'This helped', IDS.colleague, 'forged');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.votes).toEqual([]);
    expect(harness.fake.calls.filter((call) => call.body.response_id === 'forged')).toEqual([]);
    // The shared message was never edited by any of it.
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
  });

  test('“This helped” counts once per person and is acknowledged once, privately, in place', async () => {
    const { blocks, container } = await postWelcome();
    const details = await openDetails(blocks, IDS.author, 'details', container);
    await pick(blocksOf(details), 'This helped', IDS.author, 'helped-1');
    const first = await responseTo('helped-1');
    expect(first.body.replace_original).toBe(true);
    expect(first.body.response_type).toBe('ephemeral');
    expect(textOf(blocksOf(first))).toContain('✓ You marked this review helpful. Thanks!');
    expect(menuOf(blocksOf(first)).map((option) => option.text)).not.toContain('This helped');
    const recorded = store.votes.length;
    expect(recorded).toBeGreaterThan(0);
    expect(store.votes.every((vote) => vote.helpful && vote.userId === IDS.author)).toBe(true);

    // Pressed again from the older copy of the details: nothing more is recorded, and the same note stands.
    await pick(blocksOf(details), 'This helped', IDS.author, 'helped-2');
    const second = await responseTo('helped-2');
    expect(second.body.replace_original).toBe(true);
    expect(store.votes).toHaveLength(recorded);
    expect(textOf(blocksOf(second)).split('You marked this review helpful')).toHaveLength(2);
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
    expect(harness.fake.successful('chat.postEphemeral')).toHaveLength(0);
  });

  /** The author opens Details on the public reply and sends "Not helpful…" with this choice; returns the form. */
  async function notHelpfulFromDetails(
    blocks: Json[],
    container: Json,
    responseId: string,
    choice: string,
    opened = 1,
  ) {
    const details = await openDetails(blocks, IDS.author, `${responseId}-details`, container);
    await pick(blocksOf(details), 'Not helpful…', IDS.author, responseId);
    const open = (await harness.fake.waitFor('views.open', opened)).at(-1)!;
    const view = open.body.view as { private_metadata: string; blocks: Json[] };
    await submitFeedbackForm(harness, view, IDS.author, { choice, reason: 'wrong' });
    return view;
  }

  test('“Not helpful…” on the idea the public reply shows deletes that reply, puts no other criticism in its place, and the form says so first', async () => {
    harness.fake.answer('users.info', (body) => ({
      ok: true,
      user: { id: body.user, is_admin: true, is_owner: false },
    }));
    const { blocks, container, replyTs } = await postWelcome();
    const view = await notHelpfulFromDetails(blocks, container, 'not-helpful', '0');
    const form = textOf(view.blocks);
    expect(form).toContain(
      'My reply in your draft’s thread shows one idea, “We are delighted to welcome”: if you pick that one (or all of it), I delete that reply and put nothing in its place. Any other idea stays here, only for you.',
    );
    expect(form).not.toContain('Stop flagging');
    expect(form).toContain('/etiquette settings');

    const [removed] = await harness.fake.waitFor('chat.delete');
    expect(removed!.body).toEqual(expect.objectContaining({ channel: IDS.drafts, ts: replyTs }));
    // The author's details redraw in place, saying what happened in the same words; the other idea stays there.
    const redrawn = await responseTo('not-helpful');
    expect(redrawn.body.replace_original).toBe(true);
    const note = textOf(blocksOf(redrawn));
    expect(note).toContain(
      '✓ Noted: “We are delighted to welcome” was wrong about your draft. I left it out of this review. I deleted my reply in your draft’s thread, and put nothing in its place.',
    );
    expect(note).not.toContain('makes the post about you');
    expect(note).toContain('#leadership');
    // The channel saw no new criticism: nothing was posted or edited in public, only the one reply taken down.
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
    // Feedback only: the vote is kept with its reason, nothing is silenced for anyone, and the next draft is flagged.
    expect(store.votes).toEqual([
      expect.objectContaining({ helpful: false, reason: 'wrong', silence: 'no', userId: IDS.author }),
    ]);
    expect(await store.listSilenced(IDS.team, 1)).toEqual([]);
    const next = await sendCommand(harness, WELCOME);
    expect(textOf(blocksOf(await responseTo(next.responseId)))).toContain('We are delighted to welcome');
  });

  test('“Not helpful…” on an idea the public reply does not show leaves the reply alone, and says so', async () => {
    const { blocks, container } = await postWelcome();
    await notHelpfulFromDetails(blocks, container, 'other-idea', '1');
    const note = textOf(blocksOf(await responseTo('other-idea')));
    expect(note).toContain('My reply in your draft’s thread is unchanged: it shows another idea.');
    expect(note).not.toContain('hashtags in one post');
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
    expect(harness.fake.successful('chat.delete')).toHaveLength(0);
  });

  test('“Not helpful…” on all of it removes the reply from the thread, and says so', async () => {
    const { blocks, container, replyTs } = await postWelcome();
    await notHelpfulFromDetails(blocks, container, 'all-of-it', 'all');
    const [removed] = await harness.fake.waitFor('chat.delete');
    expect(removed!.body).toEqual(expect.objectContaining({ channel: IDS.drafts, ts: replyTs }));
    const note = textOf(blocksOf(await responseTo('all-of-it')));
    expect(note).toContain('I deleted my reply in your draft’s thread, and put nothing in its place.');
    expect(note).toContain('You set my suggestions on this draft aside.');
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
  });

  test('a second Details gives the author no second round: the same “Not helpful” or “This helped” records and deletes nothing more', async () => {
    const { blocks, container } = await postWelcome();
    const first = await openDetails(blocks, IDS.author, 'details-1', container);
    const second = await openDetails(blocks, IDS.author, 'details-2', container);
    // Two forms opened from the two copies before either is sent, both for the idea the public reply shows.
    await pick(blocksOf(first), 'Not helpful…', IDS.author, 'form-1');
    await pick(blocksOf(second), 'Not helpful…', IDS.author, 'form-2');
    const forms = await harness.fake.waitFor('views.open', 2);
    for (const form of forms)
      await submitFeedbackForm(harness, form.body.view as { private_metadata: string }, IDS.author, {
        choice: '0',
        reason: 'wrong',
      });
    await responseTo('form-1');
    const again = textOf(blocksOf(await responseTo('form-2')));
    expect(again).toContain('You already told me about “We are delighted to welcome”. Nothing more changed.');
    expect(store.votes).toHaveLength(1);
    expect(harness.fake.successful('chat.delete')).toHaveLength(1);
    // "This helped" from an older copy after that: nothing recorded, and nothing public.
    await pick(blocksOf(second), 'This helped', IDS.author, 'late-helped');
    await responseTo('late-helped');
    expect(store.votes).toHaveLength(1);
    expect(harness.fake.successful('chat.update')).toHaveLength(0);
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
  });

  test('when the reply in the thread cannot be deleted, the note says so instead of claiming it was', async () => {
    harness.fake.answer('chat.delete', () => ({ ok: false, error: 'cant_delete_message' }));
    const { blocks, container } = await postWelcome();
    await notHelpfulFromDetails(blocks, container, 'cannot-delete', '0');
    const note = textOf(blocksOf(await responseTo('cannot-delete')));
    expect(note).toContain('I could not delete my reply in your draft’s thread just now, though.');
    expect(note).not.toContain('I deleted my reply');
  });

  test('Details explains the finding that leads, in its own rule’s words, not one paragraph for every draft', async () => {
    const { blocks, container } = await postWelcome();
    const details = await openDetails(blocks, IDS.author, 'why', container);
    const text = textOf(blocksOf(details));
    const announcement = ruleMeta('self-announcement').why;
    expect(text.indexOf(announcement)).toBeGreaterThan(text.indexOf('*Why these matter*'));
    expect(text).toContain(ruleMeta('hashtag-emoji-stuffing').why);
    // The sales paragraph that every draft used to get is gone.
    expect(text).not.toContain('let the sale take care of itself');
  });

  test('a public reply whose idea is about hashtags says it without a count or a label', async () => {
    const ts = '1700000950.000100';
    await sendEvent(
      harness,
      messageEvent({ text: 'New linen shirts are in. #sale #shopping #deals #fashion #style #ootd', ts }),
    );
    const [reply] = await harness.fake.waitFor('chat.postMessage', 1, (call) => call.body.thread_ts === ts);
    const said = `${textOf(blocksOf(reply!))}\n${String(reply!.body.text)}`;
    expect(said).toMatch(/about “#\w+”/);
    expect(said).not.toMatch(/\d+ (hashtags?|tags?|emoji)|stuffing|more ideas/i);
    expect(auditMessage('channel', String(reply!.body.text), blocksOf(reply!)).problems).toEqual([]);
  });

  test('watching is announced without naming who turned it on, and a pass reaction is never ✅', async () => {
    // Not watched yet: a second `watch` announces nothing.
    await store.saveChannelSettings({
      ...(await store.getChannelSettings(IDS.team, IDS.drafts))!,
      watched: false,
    });
    const sent = await sendCommand(harness, 'watch');
    await responseTo(sent.responseId);
    const [note] = await harness.fake.waitFor('chat.postMessage');
    expect(textOf(blocksOf(note!)) + String(note!.body.text)).not.toMatch(/<@U/);
    expect(buttonsOf(blocksOf(note!)).map((button) => button.text)).toEqual(['Don’t review my posts']);
    await sendEvent(
      harness,
      messageEvent({
        text: 'Thanks Priya for the tip on shorter standups! What saved your team time?',
        ts: '1.5',
      }),
    );
    const [reaction] = await harness.fake.waitFor('reactions.add');
    expect(reaction!.body.name).not.toMatch(/check/);
  });
});

/** A refiner that answers at once with a review the test wrote, to put a known version beside known findings. */
class ScriptedRefiner implements Refiner {
  readonly name = 'scripted';
  constructor(private readonly make: (text: string, ruleReview: Review) => Review) {}
  async refine(text: string, ruleReview: Review): Promise<Review | null> {
    return this.make(text, ruleReview);
  }
}

function finding(text: string, excerpt: string, fields: Partial<Finding> & { rule: string }): Finding {
  const start = text.indexOf(excerpt);
  const meta = ruleMeta(fields.rule);
  return {
    principle: meta.principle,
    category: meta.category,
    severity: meta.severity,
    start,
    end: start + excerpt.length,
    excerpt,
    message: `"${excerpt}" is flagged.`,
    suggestion: `Fix for ${fields.rule}.`,
    ...fields,
  };
}

describe('the fix a message leads with is one its suggested version makes', () => {
  const DRAFT = 'BUY NOW: our new mugs are here! #deal #sale #shop #mugs #new';
  let harness: Harness;
  afterEach(async () => {
    await harness.close();
  });

  async function refinedPrivateReview(rewrite: string): Promise<string> {
    harness = await startHarness({
      refiner: new ScriptedRefiner((text, ruleReview) => ({
        ...ruleReview,
        verdict: 'revise',
        reviewer: 'llm',
        summary: '',
        findings: [
          finding(text, 'BUY NOW', {
            rule: 'hard-call-to-action',
            severity: 'error',
            suggestion: 'Invite them in instead of ordering them to buy.',
          }),
          finding(text, '#deal #sale #shop #mugs #new', {
            rule: 'hashtag-emoji-stuffing',
            severity: 'warning',
            suggestion: 'Keep the one or two tags people really follow.',
          }),
        ],
        rewrite,
        edits: undefined,
        alternatives: undefined,
      })),
    });
    const sent = await sendCommand(harness, DRAFT);
    const replies = await harness.fake.waitFor(
      'response_url',
      2,
      (call) => call.body.response_id === sent.responseId,
    );
    return textOf(blocksOf(replies[1]!));
  }

  test('when the version keeps the most severe finding’s words, the fix it does make leads', async () => {
    const text = await refinedPrivateReview(
      'BUY NOW: our new mugs are here. Which colour would you pick? #mugs',
    );
    expect(text).toContain('Try this first: *Keep the one or two tags people really follow.*');
    expect(text).toContain('*A version to try*\\n');
    expect(text).not.toContain('does not change');
  });

  test('when the version makes none of the fixes, it says which change it does not make', async () => {
    const text = await refinedPrivateReview(
      'BUY NOW: our new mugs are here! #deal #sale #shop #mugs #new Which one?',
    );
    expect(text).toContain('Try this first: *Invite them in instead of ordering them to buy.*');
    expect(text).toContain('*A version to try* (it does not change “BUY NOW” yet)');
  });
});

describe('a private review opens its reasons and its full list in place', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  // A blast the rule reviewer answers with small changes rather than a full version (the rewriter now makes one of
  // the older "Our new app is the best-in-class solution" blast).
  const NOISY =
    'BIG NEWS!!! We are proud to announce our best-in-class app. Sign up today! Offer ends tonight!!! #app #tech #startup #deal #sale';

  const responseTo = async (responseId: string) =>
    (await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === responseId))[0]!;

  function pick(blocks: Json[], text: string | RegExp, responseId: string) {
    const option = menuOf(blocks).find((each) =>
      typeof text === 'string' ? each.text === text : text.test(each.text),
    );
    if (!option) throw new Error(`no “${text}” in ${menuOf(blocks).map((each) => each.text)}`);
    return sendInteraction(
      harness,
      menuActionPayload({
        option,
        userId: IDS.author,
        responseId,
        harness,
        container: { is_ephemeral: true, channel_id: IDS.drafts },
      }),
    );
  }

  test('“Why this matters” and “All N suggestions” redraw the same message, keep each other, and promise nothing unseen', async () => {
    const sent = await sendCommand(harness, NOISY);
    const review = blocksOf(await responseTo(sent.responseId));
    expect(textOf(review)).toMatch(
      /…and \d+ more small changes: \*All \d+ suggestions\* in the ⋯ menu shows them/,
    );

    await pick(review, 'Why this matters', 'why');
    const why = await responseTo('why');
    expect(why.body.replace_original).toBe(true);
    expect(textOf(blocksOf(why))).toContain('*Why these matter*');
    expect(textOf(blocksOf(why))).toContain('Try this first');
    expect(menuOf(blocksOf(why)).map((option) => option.text)).not.toContain('Why this matters');

    await pick(blocksOf(why), /^All \d+ suggestions$/, 'all');
    const all = await responseTo('all');
    expect(all.body.replace_original).toBe(true);
    const text = textOf(blocksOf(all));
    // The reasons stay open, every change is listed, and nothing says there is more somewhere else.
    expect(text).toContain('*Why these matter*');
    expect(text).not.toMatch(/more small changes?|\d+ more|in the ⋯ menu/);
    expect(text).toContain('“#sale”');
    expect(menuOf(blocksOf(all)).map((option) => option.text)).toEqual(['This helped', 'Not helpful…']);
    // Nothing was added beside the review: every answer replaced the message it came from.
    expect(
      harness.fake
        .successful('response_url')
        .filter((call) => call.body.response_id !== sent.responseId)
        .map((call) => call.body.replace_original),
    ).toEqual([true, true]);
  });
});

describe('App Home with many stopped suggestions', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
    // Suggestions stopped for the team before feedback stopped doing that (three votes each).
    for (const [index, phrase] of ['one', 'two', 'three', 'four', 'five', 'six', 'seven'].entries())
      for (const user of ['U1', 'U2', 'U3'])
        await harness.store.recordFeedback({
          teamId: IDS.team,
          userId: user,
          reviewId: `r${index}`,
          rule: 'hype-superlatives',
          phrase,
          helpful: false,
          silence: 'vote',
        });
  });
  afterEach(async () => {
    await harness.close();
  });

  async function openHome(admin: boolean): Promise<Json[]> {
    harness.fake.answer('users.info', (body) => ({
      ok: true,
      user: { id: body.user, is_admin: admin, is_owner: false },
    }));
    const before = harness.fake.successful('views.publish').length;
    await sendEvent(
      harness,
      eventEnvelope('app_home_opened', {
        user: IDS.author,
        channel: 'D0HOME0001',
        tab: 'home',
        event_ts: '1.2',
      }),
    );
    const published = await harness.fake.waitFor('views.publish', before + 1);
    return (published.at(-1)!.body.view as { blocks: Json[] }).blocks;
  }

  test('“Edit defaults” (the whole workspace’s settings) is shown to admins and owners only, and checked again on click', async () => {
    const admins = await openHome(true);
    expect(buttonsOf(admins).map((button) => button.text)).toContain('Edit defaults');
    expect(textOf(admins)).toContain('Only workspace admins and owners see this');
    const others = await openHome(false);
    expect(buttonsOf(others).map((button) => button.text)).not.toContain('Edit defaults');
    expect(textOf(others)).not.toContain('Workspace defaults');
    // A click from someone who is no longer an admin (an old App Home, or forged) opens nothing.
    const edit = buttonsOf(admins).find((button) => button.action_id === 'open_workspace_settings')!;
    await sendInteraction(
      harness,
      blockActionPayload({
        actionId: 'open_workspace_settings',
        value: edit.value,
        userId: IDS.colleague,
        responseId: 'unused',
        harness,
        container: { is_ephemeral: false, channel_id: 'D0HOME0001', message_ts: '1.1' },
      }),
    );
    await harness.fake.waitFor('users.info', 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.fake.successful('views.open')).toHaveLength(0);
  });

  test('at most 5 buttons in all, one “Flag again” menu of at most 5 for admins, none for others', async () => {
    const blocks = await openHome(true);
    expect(buttonsOf(blocks).length).toBeLessThanOrEqual(5);
    expect(buttonsOf(blocks).map((button) => button.text)).not.toContain('Undo');
    const flagAgain = menuOf(blocks).filter((option) => option.action_id === 'unsilence_phrase');
    expect(flagAgain).toHaveLength(5);
    expect(flagAgain[0]!.text).toMatch(/^Flag “.+” again$/);
    expect(textOf(blocks)).toContain('“seven” · Big claims and superlatives: no longer flagged');
    expect(visibleText(blocks)).not.toContain('hype-superlatives');

    const others = await openHome(false);
    expect(menuOf(others).filter((option) => option.action_id === 'unsilence_phrase')).toEqual([]);
    expect(textOf(others)).toContain('A workspace admin can flag these again');

    // "Flag again" by someone who is not an admin changes nothing; by an admin it flags the phrase again.
    const pickAs = (userId: string, responseId: string) =>
      sendInteraction(
        harness,
        menuActionPayload({
          option: flagAgain[0]!,
          userId,
          responseId,
          harness,
          container: { is_ephemeral: false, channel_id: 'D0HOME0001' },
        }),
      );
    const before = (await harness.store.listSilenced(IDS.team, 3)).length;
    await pickAs(IDS.colleague, 'not-admin');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await harness.store.listSilenced(IDS.team, 3)).toHaveLength(before);
    harness.fake.answer('users.info', (body) => ({ ok: true, user: { id: body.user, is_admin: true } }));
    await pickAs(IDS.author, 'admin');
    await eventually(
      async () => (await harness.store.listSilenced(IDS.team, 3)).length === before - 1 || null,
    );
  });
});
