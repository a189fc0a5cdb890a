import { Writable } from 'node:stream';
import { loadConfig, ConfigError } from '../src/config';
import { createLogger } from '../src/logger';

describe('configuration from the environment', () => {
  it('has working defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      LOG_LEVEL: 'info',
      REVIEW_RETENTION_DAYS: 30,
    });
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: expected a whole number from 1 to 65535$/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ SLACK_BOT_TOKEN: 'abc' }, /^SLACK_BOT_TOKEN: expected a bot token \(xoxb-…\) starting with "xox"$/],
    [{ SLACK_APP_TOKEN: 'xoxb-1' }, /^SLACK_APP_TOKEN: expected an app-level token starting with "xapp-"$/],
    [
      { SLACK_API_URL: 'slack.com/api' },
      /^SLACK_API_URL: expected .* starting with http:\/\/ or https:\/\/$/,
    ],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: expected a Postgres URL/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent$/],
  ])('explains a bad value in one line naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('the logger', () => {
  it('writes JSON lines and never the secrets it is handed', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().trim().split('\n'));
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      {
        token: 'xoxb-secret-1',
        config: { SLACK_SIGNING_SECRET: 'sig-secret-2', OPENAI_API_KEY: 'sk-secret-3' },
        headers: { authorization: 'Bearer sk-secret-4' },
      },
      'hello',
    );
    const output = lines.join('\n');
    expect(JSON.parse(lines[0] as string)).toMatchObject({ msg: 'hello', level: 30 });
    for (const secret of ['xoxb-secret-1', 'sig-secret-2', 'sk-secret-3', 'sk-secret-4'])
      expect(output).not.toContain(secret);
  });
});
