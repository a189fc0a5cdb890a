import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_IDS, SHORTCUT_CALLBACK_ID } from '../../src/slack/blocks/action-ids';
import { COMMAND } from '../../src/slack/listeners/commands/etiquette';
import { BOT_SCOPES } from '../../src/slack/oauth';
import { FIXTURES_DIR } from './fake-slack';

// ajv 6 (a dev dependency; eslint uses the same major) reads the draft-07 manifest schema Slack publishes (slackapi/manifest-schema).
const Ajv = require('ajv') as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null };
};

const manifest = JSON.parse(readFileSync(join(__dirname, '../../manifest.json'), 'utf8')) as {
  features: {
    slash_commands: { command: string }[];
    shortcuts: { callback_id: string; type: string }[];
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
};

describe('manifest.json', () => {
  test('is a valid v1 app manifest according to Slack’s schema', () => {
    const schema = JSON.parse(
      readFileSync(join(FIXTURES_DIR, 'manifest/schemas/manifest.schema.1.0.0.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, schemaId: 'auto' }).compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('declares what the code listens to: the command, the shortcut, App Home, events, interactivity, Socket Mode', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([COMMAND]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ callback_id: SHORTCUT_CALLBACK_ID, type: 'message' }),
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining([
        'message.channels',
        'message.groups',
        'app_home_opened',
        'app_uninstalled',
        'tokens_revoked',
      ]),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(Object.values(ACTION_IDS).length).toBeGreaterThan(0);
  });

  test('asks for the scopes the bot uses, and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'channels:history', // message.channels
        'channels:join', // /etiquette watch in a public channel
        'channels:read', // conversations.info before joining
        'chat:write', // thread replies, updates, deletions
        'commands', // /etiquette and the shortcut
        'groups:history', // message.groups
        'groups:read', // conversations.info in private channels
        'reactions:write', // ✅ on a draft that passes
        'users:read', // users.info: admins edit workspace defaults; the digest's time zone
      ].sort(),
    );
    // The OAuth install flow asks for exactly the same scopes.
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });
});
