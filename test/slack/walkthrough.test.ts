import { runWalkthrough } from '../../scripts/walkthrough';

/**
 * The designer's walkthrough (scripts/walkthrough.ts, `npm run walkthrough`) through the real app against the
 * Slack stand-in: every payload the bot sends on the way is audited for public grading and button counts.
 */
describe('the walkthrough: help → private review → watch → drafts in the channel → every button → App Home → stats → settings', () => {
  test('no payload shows a score, rule id, category tag, principle label, ✅ or engine words; none has more than 5 buttons', async () => {
    const { payloads, problems } = await runWalkthrough();
    expect(problems).toEqual([]);
    const steps = new Set(payloads.map((payload) => payload.step.split(':')[0]));
    for (const step of [
      '1. /etiquette help',
      '3. /etiquette watch',
      '4. a broadcast draft posted in the watched channel',
      '9. App Home',
      '10. /etiquette stats',
      '11. /etiquette settings',
    ])
      expect(steps).toContain(step);
    // Watching is announced in the channel, with the opt-out.
    const announcement = payloads.find(
      (payload) => payload.step.startsWith('3.') && payload.audience === 'channel',
    );
    expect(announcement?.preview).toContain('[Don’t review my posts]');
    // The good draft gets a reaction that is not ✅; the broadcast draft one short public reply.
    expect(payloads.find((payload) => payload.step.startsWith('5.'))?.preview).toContain(':speech_balloon:');
    const publicReplies = payloads.filter(
      (payload) => payload.audience === 'channel' && payload.step.startsWith('4.'),
    );
    expect(publicReplies).toHaveLength(1);
    // Clicking anything on the public reply never edits it or posts in the channel.
    const afterClicks = payloads.filter((payload) => /^[78]\./.test(payload.step));
    expect(afterClicks.length).toBeGreaterThan(5);
    expect(afterClicks.filter((payload) => payload.audience === 'channel')).toEqual([]);
  }, 60_000);
});
