import type { Review } from '../../src/review';
import type { Refiner } from '../../src/review/refiner';
import { IDS } from './fake-slack';
import {
  blockActionPayload,
  blocksOf,
  buttonsOf,
  editedEvent,
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
  type Harness,
} from './harness';

type Json = Record<string, unknown>;

/** Checks a message against Block Kit's limits the way Slack would reject it. */
function expectWithinBlockKitLimits(blocks: Json[]): void {
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const block of blocks) {
    const text = block.text as { text?: string } | undefined;
    if (block.type === 'section') expect((text?.text ?? '').length).toBeLessThanOrEqual(3000);
    const buttons = [
      ...(block.type === 'actions' ? (block.elements as Json[]) : []),
      ...(block.accessory ? [block.accessory as Json] : []),
    ];
    for (const button of buttons) {
      if (button.type === 'overflow') {
        const options = button.options as { text: { text: string }; value: string }[];
        expect(options.length).toBeLessThanOrEqual(5);
        for (const option of options) {
          expect(option.text.text.length).toBeLessThanOrEqual(75);
          expect(option.value.length).toBeLessThanOrEqual(150);
        }
        continue;
      }
      expect((button.text as { text: string }).text.length).toBeLessThanOrEqual(75);
      expect(String(button.value).length).toBeLessThanOrEqual(2000);
    }
    expect(buttons.filter((button) => button.type === 'button').length).toBeLessThanOrEqual(5);
    if (block.type === 'context') {
      for (const element of block.elements as { text: string }[])
        expect(element.text.length).toBeLessThanOrEqual(3000);
    }
  }
}

describe('Block Kit limits', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  test('a 40,000-character draft with many findings is summarised, never rejected', async () => {
    const paragraph = `${SALESY} `;
    // Slack trims a slash command's text, so the draft must not end in a space.
    const draft = `${paragraph.repeat(Math.ceil(40_000 / paragraph.length)).slice(0, 39_999)}.`;
    expect(draft).toHaveLength(40_000);
    const sent = await sendCommand(harness, draft);
    const [reply] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === sent.responseId,
    );
    const blocks = blocksOf(reply!);
    expectWithinBlockKitLimits(blocks);
    expect(String(reply!.body.text).length).toBeLessThanOrEqual(3000);
    const text = textOf(blocks);
    expect(text).toMatch(/\d+ more: \*All \d+ suggestions\* in the ⋯ menu/);

    // No full version of 40,000 characters passes its checks: the small changes are listed, a few
    // at a time, and there is nothing to copy.
    expect(text).toMatch(/Small changes to try[\s\S]*…and \d+ more small changes/);
    expect(buttonsOf(blocks).some((button) => button.action_id === 'copy_text')).toBe(false);
  });

  test('the same long draft in a watched channel: the thread reply and its unfolded details fit', async () => {
    await watchChannel(harness.store);
    const draft = `${SALESY} `.repeat(500).slice(0, 39_000);
    await sendEvent(harness, messageEvent({ text: draft, ts: '1700000080.000100' }));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    expectWithinBlockKitLimits(blocksOf(reply!));
    const details = buttonsOf(blocksOf(reply!)).find((button) => button.action_id === 'show_details')!;
    await sendInteraction(
      harness,
      blockActionPayload({
        actionId: 'show_details',
        value: details.value,
        userId: IDS.colleague,
        responseId: 'long-details',
        harness,
        container: { is_ephemeral: false, channel_id: IDS.drafts, message_ts: '1700000000.000001' },
      }),
    );
    const [unfolded] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === 'long-details',
    );
    expectWithinBlockKitLimits(blocksOf(unfolded!));
    // Details promises nothing it does not show: every distinct change, a repeated one said once with its places.
    const unfoldedText = textOf(blocksOf(unfolded!));
    expect(unfoldedText).toMatch(/Small changes to try[\s\S]*\(in \d+ places\)/);
    expect(unfoldedText).not.toMatch(/more small changes|⋯ menu/);
  });
});

describe('Slack answering 429 or 5xx', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness();
    await watchChannel(harness.store);
  });
  afterEach(async () => {
    await harness.close();
  });

  test('429 with Retry-After on chat.postMessage: the reply is retried and arrives once', async () => {
    harness.fake.failNext('chat.postMessage', 1, 429, 1);
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000090.000100' }));
    await harness.fake.waitFor('chat.postMessage');
    const attempts = harness.fake.calls.filter((call) => call.method === 'chat.postMessage');
    expect(attempts.map((call) => call.status)).toEqual([429, 200]);
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
  });

  test('500 then 503 on chat.postMessage: retried, arrives once', async () => {
    harness.fake.failNext('chat.postMessage', 1, 500);
    harness.fake.failNext('chat.postMessage', 1, 503);
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000091.000100' }));
    await harness.fake.waitFor('chat.postMessage');
    expect(
      harness.fake.calls.filter((call) => call.method === 'chat.postMessage').map((call) => call.status),
    ).toEqual([500, 503, 200]);
  });

  test('429 and 5xx on the response_url: the private review is retried and arrives once', async () => {
    const responseId = 'flaky-response-url';
    harness.fake.failNext('response_url', 1, 429, 1);
    harness.fake.failNext('response_url', 1, 500);
    await sendCommand(harness, SALESY, { response_id: responseId });
    await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === responseId);
    const attempts = harness.fake.calls.filter((call) => call.method === 'response_url');
    expect(attempts.map((call) => call.status)).toEqual([429, 500, 200]);
  });

  test('5xx on every attempt: the run does not hang, and the next draft is handled', async () => {
    harness.fake.failNext('chat.postMessage', 3, 500);
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000092.000100' }));
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000093.000100' }));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    expect(reply!.body.thread_ts).toBeDefined();
  });
});

/** A refiner that answers when told to, so the test controls when the "LLM" review lands. */
class FakeRefiner implements Refiner {
  readonly name = 'fake-llm';
  readonly calls: { input: string; ruleReview: Review }[] = [];
  private resolvers: ((review: Review | null) => void)[] = [];

  refine(input: string, ruleReview: Review): Promise<Review | null> {
    this.calls.push({ input, ruleReview });
    return new Promise((resolve) => this.resolvers.push(resolve));
  }

  async waitForCall(count = 1): Promise<void> {
    await eventually(() => this.calls.length >= count);
  }

  answer(index: number, review: Review | null): void {
    this.resolvers[index]!(review);
  }
}

/** What "Details" on a thread reply opens for the draft's author, as text. */
async function detailsText(harness: Harness, blocks: Record<string, unknown>[], responseId: string) {
  const details = buttonsOf(blocks).find((button) => button.action_id === 'show_details')!;
  await sendInteraction(
    harness,
    blockActionPayload({
      actionId: 'show_details',
      value: details.value,
      // The author: the model's coaching line is written for them (a colleague reads the ideas only).
      userId: IDS.author,
      responseId,
      harness,
      container: { is_ephemeral: false, channel_id: IDS.drafts, message_ts: '1700000000.000001' },
    }),
  );
  const [opened] = await harness.fake.waitFor(
    'response_url',
    1,
    (call) => call.body.response_id === responseId,
  );
  return textOf(blocksOf(opened!));
}

function refinedFrom(ruleReview: Review, summary: string): Review {
  return { ...ruleReview, reviewer: 'llm', summary, promptVersion: 'abc123def456' };
}

describe('progressive refinement', () => {
  let harness: Harness;
  let refiner: FakeRefiner;
  beforeEach(async () => {
    refiner = new FakeRefiner();
    harness = await startHarness({ refiner });
    await watchChannel(harness.store);
  });
  afterEach(async () => {
    for (let i = 0; i < refiner.calls.length; i += 1) refiner.answer(i, null);
    await harness.close();
  });

  test('a private review is posted at once, then replaced in place by the refined one, with its coaching line', async () => {
    const sent = await sendCommand(harness, SALESY);
    const [first] = await harness.fake.waitFor(
      'response_url',
      1,
      (call) => call.body.response_id === sent.responseId,
    );
    expect(textOf(blocksOf(first!))).toContain('Try this first');
    await refiner.waitForCall();
    refiner.answer(0, refinedFrom(refiner.calls[0]!.ruleReview, 'Lead with what the reader gets.'));
    const [, second] = await harness.fake.waitFor(
      'response_url',
      2,
      (call) => call.body.response_id === sent.responseId,
    );
    expect(second!.body.replace_original).toBe(true);
    expect(textOf(blocksOf(second!))).toContain('In short: Lead with what the reader gets.');
    expect(textOf(blocksOf(second!))).not.toMatch(/LLM|score/);
  });

  test('when the refiner has nothing better (null) the first message stands', async () => {
    const sent = await sendCommand(harness, SALESY);
    await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === sent.responseId);
    await refiner.waitForCall();
    refiner.answer(0, null);
    const second = await sendCommand(harness, FRIENDLY);
    await harness.fake.waitFor('response_url', 1, (call) => call.body.response_id === second.responseId);
    expect(
      harness.fake.successful('response_url').filter((call) => call.body.response_id === sent.responseId),
    ).toHaveLength(1);
  });

  test('a thread reply is updated with chat.update when the refined review lands', async () => {
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000100.000100' }));
    await harness.fake.waitFor('chat.postMessage');
    const replyTs = await eventually(
      async () =>
        (await harness.store.findReviewByMessage(IDS.team, IDS.drafts, '1700000100.000100'))?.replyTs,
    );
    await refiner.waitForCall();
    refiner.answer(0, refinedFrom(refiner.calls[0]!.ruleReview, 'Ask people what they would cook with it.'));
    const [update] = await harness.fake.waitFor('chat.update');
    expect(update!.body.ts).toBe(replyTs);
    // The model's own line is coaching for the author: it is in Details, not in the channel's reply.
    expect(textOf(blocksOf(update!))).not.toContain('In short:');
    expect(await detailsText(harness, blocksOf(update!), 'refined-details')).toContain(
      'In short: Ask people what they would cook with it.',
    );
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(1);
  });

  test('a refinement that arrives after the draft was edited is dropped: the newer review wins', async () => {
    await sendEvent(harness, messageEvent({ text: SALESY, ts: '1700000101.000100' }));
    await harness.fake.waitFor('chat.postMessage');
    await refiner.waitForCall();
    const edited = `${SALESY} Only today!`;
    await sendEvent(harness, editedEvent({ ts: '1700000101.000100', text: edited, previousText: SALESY }));
    const [again] = await harness.fake.waitFor('chat.update');
    expect(textOf(blocksOf(again!))).toContain('Thanks for the edit. One more idea');
    await refiner.waitForCall(2);
    refiner.answer(0, refinedFrom(refiner.calls[0]!.ruleReview, 'STALE refinement'));
    refiner.answer(1, refinedFrom(refiner.calls[1]!.ruleReview, 'Fresh refinement of the edit.'));
    const updates = await harness.fake.waitFor('chat.update', 2);
    const details = await detailsText(harness, blocksOf(updates[1]!), 'fresh-details');
    expect(details).toContain('Fresh refinement of the edit.');
    expect(details).not.toContain('STALE');
  });
});
