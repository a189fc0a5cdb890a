import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

describe('PendingWork acks first', () => {
  test('an admitted event waits while the receiver still has a request to answer', async () => {
    // A long cap: only the answer lets the event through in this test, never the clock.
    const pending = new PendingWork(new MemoryStore(), pino({ level: 'silent' }), 4, 60_000);
    let answer!: () => void;
    const server = createServer((_request, response) => {
      answer = () => response.end('ok');
    });
    pending.watchAcks(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const request = fetch(`http://127.0.0.1:${port}/`).then((response) => response.text());
      while (!answer) await new Promise((resolve) => setImmediate(resolve));
      const order: string[] = [];
      const event = pending.admit(async () => {
        order.push('event handled');
      });
      for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(order).toEqual([]);
      answer();
      expect(await request).toBe('ok');
      await event;
      expect(order).toEqual(['event handled']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
