import { loadConfig } from './app-config';
import { ConfigError } from './config.error';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/parley');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs on the embedded database with the documented defaults', () => {
    const config = loadConfig({}, '/srv/parley');
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/srv/parley/data',
      database: { kind: 'pglite', directory: '/srv/parley/data/pglite' },
      allowedOrigins: ['*'],
      nodeEnv: 'development',
    });
    expect(config.encryption.masterKeys.size).toBe(0);
  });

  it('switches to PostgreSQL with a pool when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db:5432/parley', DB_POOL_SIZE: '25' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://app@db:5432/parley', poolSize: 25 });
  });

  it('reads lists, booleans and keys', () => {
    const key = 'ab'.repeat(32);
    const config = loadConfig({ ALLOWED_ORIGINS: 'https://a.example, https://b.example', TRUST_PROXY: 'yes', MASTER_KEY: key });
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.trustProxy).toBe(true);
    expect(config.encryption.masterKeys.get('default')?.toString('hex')).toBe(key);
    expect(config.encryption.activeKeyId).toBe('default');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://db/parley' }, 'DATABASE_URL'],
    [{ MASTER_KEY: 'abc123' }, 'MASTER_KEY'],
    [{ MASTER_KEY: 'zz'.repeat(32) }, 'MASTER_KEY'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %j naming %s on one line', (env, variable) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect(error.message).not.toContain('\n');
  });

  it('never echoes a key it refuses', () => {
    const secretish = 'f'.repeat(63);
    expect(errorOf({ MASTER_KEY: secretish }).message).not.toContain(secretish);
  });
});
