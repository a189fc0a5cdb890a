import { auditMessage, runWalkthrough } from '../../scripts/walkthrough';

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
      '10. /etiquette stats (a colleague)',
      '10. the weekly digest in the watched channel',
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
    // Two people posted in the watched channel: no view shows team figures, the digest neither.
    for (const payload of payloads.filter((each) => /^(9|10)\./.test(each.step)))
      expect(payload.preview).not.toMatch(/Your team, the last|people shared \d/);
    expect(payloads.find((payload) => payload.step.startsWith('10. the weekly digest'))?.preview).toContain(
      'Figures for the week appear once 5 or more people',
    );
    // No notification text counts suggestions.
    for (const payload of payloads) expect(payload.text).not.toMatch(/\d+ suggestions? on/);
    // The channel is told when watching stops.
    expect(
      payloads.find((payload) => payload.step.startsWith('12.') && payload.audience === 'channel')?.preview,
    ).toContain('This channel is no longer watched');
  }, 60_000);

  test('the audit flags team figures about fewer than five people, and team figures that count private reviews', () => {
    const blocks = [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*Your team, the last 30 days*\n3 drafts reviewed; 1 needed no suggestion (33%).',
        },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*What came up most*\n• *Hard calls to action*, once' },
      },
    ];
    expect(
      auditMessage('home', 'App Home', blocks, { viewer: 'U0COLLEAG1', teamAuthors: 2, teamDrafts: 2 })
        .problems,
    ).toEqual([
      'team figures about 2 people shown to U0COLLEAG1',
      'team figures count 3 drafts, only 2 posted in watched channels',
    ]);
    expect(
      auditMessage('home', 'App Home', blocks, { viewer: 'U0COLLEAG1', teamAuthors: 5, teamDrafts: 3 })
        .problems,
    ).toEqual([]);
    const withheld = [
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: 'Your team: figures appear once 5 or more people have drafts reviewed.' },
        ],
      },
    ];
    expect(auditMessage('home', 'App Home', withheld, { teamAuthors: 1, teamDrafts: 1 }).problems).toEqual(
      [],
    );
    const digest = [
      { type: 'section', text: { type: 'mrkdwn', text: '2 people shared 3 drafts last week' } },
    ];
    expect(auditMessage('channel', 'digest', digest, { teamAuthors: 2 }).problems).toEqual([
      'team figures about 2 people shown to the channel',
    ]);
  });
});
