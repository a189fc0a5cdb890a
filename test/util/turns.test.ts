import { TurnQueue } from '../../src/util/turns';

describe('TurnQueue', () => {
  test('runs jobs in order and resolves each with its result', async () => {
    const turns = new TurnQueue();
    const ran: number[] = [];
    const results = await Promise.all([1, 2, 3].map((n) => turns.run(() => (ran.push(n), n * 10))));
    expect(results).toEqual([10, 20, 30]);
    expect(ran).toEqual([1, 2, 3]);
  });

  test('a job that throws rejects its own promise only', async () => {
    const turns = new TurnQueue();
    const failing = turns.run(() => {
      throw new Error('broken');
    });
    const next = turns.run(() => 'fine');
    await expect(failing).rejects.toThrow('broken');
    await expect(next).resolves.toBe('fine');
  });

  test('between two jobs, a callback queued meanwhile (like an incoming request) runs', async () => {
    const turns = new TurnQueue();
    const order: string[] = [];
    const first = turns.run(() => {
      order.push('job 1');
      setImmediate(() => order.push('request'));
    });
    const second = turns.run(() => order.push('job 2'));
    await Promise.all([first, second]);
    expect(order).toEqual(['job 1', 'request', 'job 2']);
  });
});
