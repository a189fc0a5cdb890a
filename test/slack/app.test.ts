import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { missingCredentials } from '../../src/slack/app';
import { sendSigned, startHarness, type Harness } from './harness';

describe('the HTTP receiver', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  test('GET /healthz answers 200 without a signature', async () => {
    const response = await fetch(`${harness.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  test('the Web API client went to SLACK_API_URL (auth.test at start)', () => {
    expect(harness.fake.successful('auth.test')).toHaveLength(1);
  });

  test('Slack’s URL verification (saving the Request URL in HTTP mode) gets its challenge back', async () => {
    const body = JSON.stringify({
      token: 'legacy',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const response = await sendSigned(harness, body, 'application/json');
    expect(response.status).toBe(200);
    expect(response.body).toContain('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
  });

  test('an unknown path is not found', async () => {
    const response = await fetch(`${harness.baseUrl}/nope`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

describe('credentials', () => {
  test('HTTP mode needs the bot token and the signing secret; Socket Mode the bot token and the app token', () => {
    expect(missingCredentials({ PORT: 3000 } as never)).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    expect(missingCredentials({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: 3000 } as never)).toEqual([
      'SLACK_SIGNING_SECRET',
    ]);
    expect(
      missingCredentials({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: 3000 } as never),
    ).toEqual([]);
    expect(
      missingCredentials({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 3000 } as never),
    ).toEqual([]);
  });

  test('npm start without credentials: one friendly message naming the variables, manifest.json and the CLI; exit non-zero', () => {
    const root = join(__dirname, '../..');
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/main.ts')],
      {
        cwd: '/tmp',
        env: { PATH: process.env.PATH ?? '', HOME: '/tmp', NODE_OPTIONS: '' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    // cwd /tmp: no .env file is picked up from the repository.
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('SLACK_BOT_TOKEN');
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET');
    expect(result.stderr).toContain('SLACK_APP_TOKEN');
    expect(result.stderr).toContain('manifest.json');
    expect(result.stderr).toContain('npx etiquette-coach review');
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(6);
    expect(result.stdout).toBe('');
  });
});
