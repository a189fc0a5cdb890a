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
      '12. /etiquette unwatch',
    ])
      expect(steps).toContain(step);
    // Watching is announced in the channel, with the opt-out.
    const announcement = payloads.find(
      (payload) => payload.step.startsWith('3.') && payload.audience === 'channel',
    );
    expect(announcement?.preview).toContain('[Don’t review my posts]');
    // The good draft gets a reaction that is not ✅; the broadcast draft one short public reply.
    expect(payloads.find((payload) => payload.step.startsWith('5.'))?.preview).toContain(':eyes:');
    const publicReplies = payloads.filter(
      (payload) => payload.audience === 'channel' && payload.step.startsWith('4.'),
    );
    expect(publicReplies).toHaveLength(1);
    // Clicking anything on the public reply never posts in the channel. The only change the channel sees is the
    // author's own "Not helpful…" on the reply's one idea taking the reply down: no other idea takes its place.
    const afterClicks = payloads.filter((payload) => /^[78]\./.test(payload.step));
    expect(afterClicks.length).toBeGreaterThan(5);
    expect(
      afterClicks
        .filter((payload) => payload.audience === 'channel')
        .map((payload) => `${payload.step} ${payload.method}`),
    ).toEqual([
      '8. thread reply, in the details: the author submits “Not helpful” with the first choices chat.delete',
    ]);
    // Colleagues are never offered what only the author may use; nothing answers "only the author can…".
    const colleague = payloads.filter((payload) => payload.step.startsWith('7.'));
    for (const payload of colleague) {
      expect(payload.preview).not.toMatch(/This helped|Not helpful/);
      expect(payload.preview + payload.text).not.toMatch(/your draft|Only the author/i);
    }
    // Only admins see the workspace defaults on App Home.
    const homes = payloads.filter((payload) => payload.step.startsWith('9.'));
    expect(homes.map((home) => home.preview.includes('[Edit defaults]'))).toEqual([true, false]);
    // No notification text counts suggestions.
    for (const payload of payloads) expect(payload.text).not.toMatch(/\d+ suggestions? on/);
    // The channel is told when watching stops.
    expect(
      payloads.find((payload) => payload.step.startsWith('12.') && payload.audience === 'channel')?.preview,
    ).toContain('This channel is no longer watched');
  }, 60_000);
});
