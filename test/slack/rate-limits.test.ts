import { channelPacedFetch, rateLimitKey } from '../../src/slack/rate-limits';
import { DEFAULT_RETRY_POLICY } from '../../src/slack/respond';

const API = 'http://slack.test/api/';

function post(method: string, body: Record<string, string>, token = 'xoxb-one'): [string, RequestInit] {
  return [
    `${API}${method}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: new URLSearchParams(body).toString(),
    },
  ];
}

/** A Slack stand-in as a fetch: answers 429 (Retry-After: seconds) to the calls `limit` picks, once each. */
function flakyFetch(limit: (channel: string | null) => string | null) {
  const calls: string[] = [];
  const limited = new Set<string>();
  const fake: typeof fetch = async (input, init) => {
    const channel = new URLSearchParams(String(init?.body)).get('channel');
    calls.push(channel ?? '');
    const retryAfter = limit(channel);
    if (retryAfter !== null && !limited.has(channel ?? '')) {
      limited.add(channel ?? '');
      return new Response('{"ok":false,"error":"ratelimited"}', {
        status: 429,
        headers: { 'retry-after': retryAfter },
      });
    }
    return new Response(`{"ok":true,"channel":"${channel}"}`, { status: 200 });
  };
  return { fake, calls };
}

describe('channelPacedFetch', () => {
  test('a 429 is retried after its Retry-After and the caller only sees the answer that followed', async () => {
    const { fake, calls } = flakyFetch((channel) => (channel === 'C1' ? '0' : null));
    const paced = channelPacedFetch(DEFAULT_RETRY_POLICY, fake);
    const response = await paced(...post('chat.postMessage', { channel: 'C1', text: 'hi' }));
    expect(response.status).toBe(200);
    expect(calls).toEqual(['C1', 'C1']);
  });

  test('a rate-limited channel holds back only its own posts: another channel is answered meanwhile', async () => {
    const { fake, calls } = flakyFetch((channel) => (channel === 'C1' ? '1' : null));
    const paced = channelPacedFetch(DEFAULT_RETRY_POLICY, fake);
    const order: string[] = [];
    const first = paced(...post('chat.postMessage', { channel: 'C1', text: 'a' })).then(() =>
      order.push('C1'),
    );
    // Let the first call meet its 429 before the second starts.
    await new Promise((resolve) => setImmediate(resolve));
    await paced(...post('chat.postMessage', { channel: 'C2', text: 'b' })).then(() => order.push('C2'));
    await first;
    expect(order).toEqual(['C2', 'C1']);
    expect(calls).toEqual(['C1', 'C2', 'C1']);
  });

  test('past the policy’s retries the 429 goes back to the Web API client', async () => {
    const always: typeof fetch = async () =>
      new Response('{"ok":false}', { status: 429, headers: { 'retry-after': '0' } });
    const paced = channelPacedFetch({ ...DEFAULT_RETRY_POLICY, retries: 2 }, always);
    const response = await paced(...post('chat.postMessage', { channel: 'C1', text: 'a' }));
    expect(response.status).toBe(429);
  });

  test('a Retry-After longer than the policy waits for is not waited for', async () => {
    let calls = 0;
    const slow: typeof fetch = async () => {
      calls += 1;
      return new Response('{"ok":false}', { status: 429, headers: { 'retry-after': '120' } });
    };
    const paced = channelPacedFetch(DEFAULT_RETRY_POLICY, slow);
    expect((await paced(...post('chat.postMessage', { channel: 'C1', text: 'a' }))).status).toBe(429);
    expect(calls).toBe(1);
  });
});

describe('rateLimitKey', () => {
  test('chat calls share a limit per workspace token and channel; other methods per token and method', () => {
    const key = (method: string, body: Record<string, string>, token?: string) =>
      rateLimitKey(...post(method, body, token));
    expect(key('chat.postMessage', { channel: 'C1' })).toBe(key('chat.postMessage', { channel: 'C1' }));
    expect(key('chat.postMessage', { channel: 'C1' })).not.toBe(key('chat.postMessage', { channel: 'C2' }));
    expect(key('chat.postMessage', { channel: 'C1' })).not.toBe(
      key('chat.postMessage', { channel: 'C1' }, 'xoxb-two'),
    );
    expect(key('reactions.add', { channel: 'C1' })).toBe(key('reactions.add', { channel: 'C2' }));
  });
});
