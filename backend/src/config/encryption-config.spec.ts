import { loadConfig } from './app-config';
import { ConfigError } from './config.error';

const A = 'a1'.repeat(32);
const B = 'b2'.repeat(32);

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/parley');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('encryption and TLS config', () => {
  it('encrypts by default; MASTER_KEY is the key "default" and the active one', () => {
    const { encryption, tls } = loadConfig({ MASTER_KEY: A });
    expect(encryption).toMatchObject({ enabled: true, activeKeyId: 'default', dekCacheTtlSeconds: 600, batchSize: 500 });
    expect([...encryption.masterKeys.keys()]).toEqual(['default']);
    expect(tls).toEqual({ enforce: false, certFile: undefined, keyFile: undefined });
  });

  it('reads several master keys and the active one', () => {
    const { encryption } = loadConfig({ MASTER_KEYS: `old:${A}, new:${B}`, ACTIVE_MASTER_KEY_ID: 'new' });
    expect(encryption.activeKeyId).toBe('new');
    expect(encryption.masterKeys.get('old')?.toString('hex')).toBe(A);
  });

  it.each([
    [{ MASTER_KEYS: `a:${A},b:${B}` }, 'ACTIVE_MASTER_KEY_ID'],
    [{ MASTER_KEYS: `a:${A}`, ACTIVE_MASTER_KEY_ID: 'c' }, 'ACTIVE_MASTER_KEY_ID'],
    [{ MASTER_KEYS: `a:${A},a:${B}`, ACTIVE_MASTER_KEY_ID: 'a' }, 'MASTER_KEYS'],
    [{ MASTER_KEYS: `${A}` }, 'MASTER_KEYS'],
    [{ MASTER_KEYS: 'a:abcd' }, 'MASTER_KEYS'],
    [{ TLS_CERT_FILE: '/etc/cert.pem' }, 'TLS_KEY_FILE'],
  ])('refuses %j, naming %s and never a key', (env, variable) => {
    const error = errorOf(env);
    expect(error.message).toContain(variable);
    expect(error.message).not.toContain(A);
  });

  it('refuses production without a master key and enforces TLS there', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(errorOf(production).message).toMatch(/MASTER_KEY or MASTER_KEYS must be set when NODE_ENV=production/);
    expect(loadConfig({ ...production, MASTER_KEY: A }).tls.enforce).toBe(true);
    expect(loadConfig({ ...production, MASTER_KEY: A, TLS_ENFORCE: 'false' }).tls.enforce).toBe(false);
  });
});
