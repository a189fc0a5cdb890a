import { IDS } from '../slack/fake-slack';
import {
  blockActionPayload,
  sendSigned,
  sign,
  sleep,
  startHarness,
  viewSubmissionPayload,
  type Harness,
  type SendOptions,
} from '../slack/harness';

/**
 * test/slack/channel.test.ts covers events and slash commands; the same four refusals for the
 * interactive payloads (buttons, modal submissions) that also arrive at /slack/events.
 */
describe('interactions that are not from Slack are refused (401) and nothing is processed', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  const cases: [string, (raw: string) => SendOptions][] = [
    ['forged signature', () => ({ signature: `v0=${'0'.repeat(64)}` })],
    ['signed with another secret', () => ({ secret: 'not-the-signing-secret' })],
    ['no signature', () => ({ signature: null })],
    [
      'stale timestamp (6 minutes old)',
      (raw) => {
        const timestamp = Math.floor(Date.now() / 1000) - 360;
        return { timestamp, signature: sign(raw, timestamp) };
      },
    ],
  ];

  test.each(cases)('%s', async (_name, options) => {
    const payloads = [
      blockActionPayload({
        actionId: 'why',
        value: JSON.stringify({ r: 'whatever' }),
        userId: IDS.author,
        responseId: 'forged-click',
        harness,
        container: { is_ephemeral: true, channel_id: IDS.drafts },
      }),
      viewSubmissionPayload({ callbackId: 'draft_review', userId: IDS.author, values: {} }),
    ];
    for (const payload of payloads) {
      const raw = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const response = await sendSigned(harness, raw, 'application/x-www-form-urlencoded', options(raw));
      expect(response.status).toBe(401);
    }
    await sleep(50);
    expect(harness.fake.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
  });
});
