import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { defaultChannelSettings } from '../../src/coach';
import { createApp, missingCredentials, startApp } from '../../src/slack/app';
import { MemoryStore } from '../../src/store/memory';
import { FakeSlack, IDS, loadFixture } from './fake-slack';
import {
  eventEnvelope,
  eventually,
  humanMessage,
  SALESY,
  sendEvent,
  SIGNING_SECRET,
  TEST_RETRY_POLICY,
  type Harness,
} from './harness';

/** The team and enterprise of the documented oauth.v2.access example the stand-in answers with. */
const oauthAnswer = loadFixture<{ team: { id: string }; enterprise: { id: string }; access_token: string }>(
  'api-examples/oauth.v2.access.json',
);
const INSTALLED_TEAM = oauthAnswer.team.id;

const OAUTH = {
  SLACK_CLIENT_ID: '1234567890.0987654321',
  SLACK_CLIENT_SECRET: 'test-client-secret',
  SLACK_STATE_SECRET: 'test-state-secret-0123456789',
};

/** An app in OAuth mode (no bot token at all) against the stand-in, with the Harness shape sendEvent wants. */
async function startOAuthApp(): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const store = new MemoryStore();
  const bot = createApp({
    config: {
      SLACK_BOT_TOKEN: undefined,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: fake.apiUrl,
      PORT: 0,
      ...OAUTH,
    },
    store,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    retryPolicy: TEST_RETRY_POLICY,
  });
  const server = (await startApp(bot, { port: 0, host: '127.0.0.1' }))!;
  return {
    fake,
    bot,
    store,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await bot.app.stop();
      await fake.close();
    },
  };
}

/** /slack/install: a redirect to Slack's authorize page, with the state in the URL and in a cookie. */
async function beginInstall(harness: Harness): Promise<{ state: string; cookie: string; location: URL }> {
  const response = await fetch(`${harness.baseUrl}/slack/install`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') ?? '');
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { state: location.searchParams.get('state') ?? '', cookie, location };
}

function teamEvent(fixture: string, event: Record<string, unknown>) {
  const envelope = eventEnvelope(fixture, event);
  return {
    ...envelope,
    team_id: INSTALLED_TEAM,
    authorizations: [
      {
        enterprise_id: null,
        team_id: INSTALLED_TEAM,
        user_id: 'U0KRQLJ9H',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
  };
}

describe('many workspaces: the OAuth install flow', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await startOAuthApp();
  });
  afterEach(async () => {
    await harness.close();
  });

  test('with the three OAuth variables no bot token is needed; without them it is', () => {
    const base = {
      SLACK_SIGNING_SECRET: 's',
      SLACK_APP_TOKEN: undefined,
      SLACK_API_URL: undefined,
      PORT: 3000,
    };
    expect(missingCredentials({ ...base, SLACK_BOT_TOKEN: undefined, ...OAUTH })).toEqual([]);
    expect(missingCredentials({ ...base, SLACK_BOT_TOKEN: undefined, SLACK_CLIENT_ID: 'x' })).toEqual([
      'SLACK_BOT_TOKEN',
    ]);
  });

  test('install, then the redirect with a valid state stores the installation; its token answers events; uninstall forgets it', async () => {
    const { state, cookie, location } = await beginInstall(harness);
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe(OAUTH.SLACK_CLIENT_ID);
    expect(location.searchParams.get('scope')).toContain('users:read');
    expect(state).not.toBe('');
    expect(cookie).toMatch(/^slack-app-oauth-state=/);

    const redirect = await fetch(
      `${harness.baseUrl}/slack/oauth_redirect?code=granted-code-123&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(redirect.status).toBe(200);
    const [exchange] = harness.fake.successful('oauth.v2.access');
    expect(exchange!.body).toEqual(
      expect.objectContaining({ code: 'granted-code-123', client_id: OAUTH.SLACK_CLIENT_ID }),
    );
    const installation = await harness.store.findInstallation({
      teamId: INSTALLED_TEAM,
      isEnterpriseInstall: false,
    });
    expect(installation).toEqual(
      expect.objectContaining({
        teamId: INSTALLED_TEAM,
        enterpriseId: oauthAnswer.enterprise.id,
        isEnterpriseInstall: false,
      }),
    );
    expect((installation!.data as { bot: { token: string } }).bot.token).toBe(oauthAnswer.access_token);

    // An event from the installed workspace is authorized with the stored installation and answered.
    await harness.store.saveChannelSettings({
      ...defaultChannelSettings(INSTALLED_TEAM, IDS.drafts),
      watched: true,
    });
    const message = { ...humanMessage({ text: SALESY, ts: '1700000400.000001' }), team: INSTALLED_TEAM };
    await sendEvent(harness, teamEvent('message', message));
    const [reply] = await harness.fake.waitFor('chat.postMessage');
    expect(reply!.body.thread_ts).toBe('1700000400.000001');

    // app_uninstalled: the installation is deleted.
    await sendEvent(harness, teamEvent('app_uninstalled', { type: 'app_uninstalled' }));
    await eventually(
      async () =>
        !(await harness.store.findInstallation({ teamId: INSTALLED_TEAM, isEnterpriseInstall: false })),
    );
    expect(
      await harness.store.findInstallation({ teamId: INSTALLED_TEAM, isEnterpriseInstall: false }),
    ).toBeNull();
  });

  test('a redirect whose state is not this browser’s is refused, and nothing is stored', async () => {
    const { state } = await beginInstall(harness);
    const forged = await fetch(
      `${harness.baseUrl}/slack/oauth_redirect?code=c&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie: 'slack-app-oauth-state=somebody-elses' },
      },
    );
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(harness.fake.successful('oauth.v2.access')).toHaveLength(0);
    expect(
      await harness.store.findInstallation({ teamId: INSTALLED_TEAM, isEnterpriseInstall: false }),
    ).toBeNull();
  });

  test('an event from a workspace that never installed the app gets no answer', async () => {
    await harness.store.saveChannelSettings({
      ...defaultChannelSettings(INSTALLED_TEAM, IDS.drafts),
      watched: true,
    });
    const message = { ...humanMessage({ text: SALESY, ts: '1700000401.000001' }), team: INSTALLED_TEAM };
    const sent = await sendEvent(harness, teamEvent('message', message));
    // Bolt's authorize finds no installation: it acks only after deciding that no listener runs.
    expect(sent.status).toBe(200);
    expect(harness.fake.successful('chat.postMessage')).toHaveLength(0);
  });
});
