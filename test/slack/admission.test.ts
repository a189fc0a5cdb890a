import pino from 'pino';
import { PendingWork } from '../../src/slack/pending-work';
import { MemoryStore } from '../../src/store';

describe('PendingWork admission', () => {
  const work = () => new PendingWork(new MemoryStore(), pino({ level: 'silent' }), 1);

  test('an event waits for a slot while another is reviewed', async () => {
    const pending = work();
    const order: string[] = [];
    let finishFirst!: () => void;
    const first = pending.admit(async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => (finishFirst = resolve));
      order.push('first ends');
    });
    const second = pending.admit(async () => {
      order.push('second starts');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['first starts']);
    finishFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });

  test('a reply on its way to Slack gives the slot back: the next event is reviewed meanwhile', async () => {
    const pending = work();
    const order: string[] = [];
    let slackAnswers!: () => void;
    const first = pending.admit(async (slot) => {
      order.push('first reviewed');
      await pending.released(slot, async () => {
        await new Promise<void>((resolve) => (slackAnswers = resolve));
        order.push('first replied');
      });
    });
    const second = pending.admit(async () => {
      order.push('second reviewed');
    });
    await second;
    expect(order).toEqual(['first reviewed', 'second reviewed']);
    // Still tracked: SIGTERM's drain waits for the reply under way.
    expect(pending.inFlight).toBe(1);
    slackAnswers();
    await first;
    expect(order).toEqual(['first reviewed', 'second reviewed', 'first replied']);
    expect(pending.inFlight).toBe(0);
  });
});
