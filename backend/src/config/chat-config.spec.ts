import { loadConfig } from './app-config';
import { ConfigError } from './config.error';

describe('chat configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({}).chat).toEqual({
      reopenWindowMinutes: 60,
      sessionIdleMinutes: 30,
      autoAssign: false,
      maxChatsPerAgent: 5,
      identitySecret: undefined,
      identityRequired: false,
      messageRateLimit: 20,
      messageRateWindowSeconds: 10,
      sessionStartLimit: 60,
      sessionStartWindowSeconds: 600,
    });
  });

  it('reads every variable', () => {
    const chat = loadConfig({
      REOPEN_WINDOW_MINUTES: '5',
      SESSION_IDLE_MINUTES: '90',
      AUTO_ASSIGN: 'true',
      MAX_CHATS_PER_AGENT: '3',
      IDENTITY_SECRET: 's'.repeat(32),
      IDENTITY_REQUIRED: 'yes',
      MESSAGE_RATE_LIMIT: '4',
      MESSAGE_RATE_WINDOW: '1m',
      SESSION_START_LIMIT: '7',
      SESSION_START_WINDOW: '1h',
    }).chat;
    expect(chat).toEqual({
      reopenWindowMinutes: 5,
      sessionIdleMinutes: 90,
      autoAssign: true,
      maxChatsPerAgent: 3,
      identitySecret: 's'.repeat(32),
      identityRequired: true,
      messageRateLimit: 4,
      messageRateWindowSeconds: 60,
      sessionStartLimit: 7,
      sessionStartWindowSeconds: 3600,
    });
  });

  it.each([
    [{ REOPEN_WINDOW_MINUTES: '-1' }, 'REOPEN_WINDOW_MINUTES'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ AUTO_ASSIGN: 'sometimes' }, 'AUTO_ASSIGN'],
    [{ MAX_CHATS_PER_AGENT: '0' }, 'MAX_CHATS_PER_AGENT'],
    [{ IDENTITY_SECRET: 'short' }, 'IDENTITY_SECRET'],
    [{ IDENTITY_REQUIRED: 'true' }, 'IDENTITY_REQUIRED'],
    [{ MESSAGE_RATE_LIMIT: 'many' }, 'MESSAGE_RATE_LIMIT'],
    [{ MESSAGE_RATE_WINDOW: '10 seconds' }, 'MESSAGE_RATE_WINDOW'],
    [{ SESSION_START_LIMIT: '0' }, 'SESSION_START_LIMIT'],
    [{ SESSION_START_WINDOW: 'forever' }, 'SESSION_START_WINDOW'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
    }
  });

  it('never echoes an identity secret it refuses', () => {
    expect(() => loadConfig({ IDENTITY_SECRET: 'tiny-secret' })).toThrow(/IDENTITY_SECRET must be at least 32 characters long \(got 11\)/);
  });
});
