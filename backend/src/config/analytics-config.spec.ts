import { loadConfig } from './app-config';
import { ConfigError } from './config.error';

describe('analytics configuration', () => {
  it('has the documented defaults and reads every variable', () => {
    expect(loadConfig({}).analytics).toEqual({ cacheTtlSeconds: 60, cacheMaxEntries: 500 });
    expect(loadConfig({ ANALYTICS_CACHE_TTL_S: '0', ANALYTICS_CACHE_MAX_ENTRIES: '20' }).analytics).toEqual({ cacheTtlSeconds: 0, cacheMaxEntries: 20 });
    expect(loadConfig({ ANALYTICS_CACHE_TTL_S: '5m' }).analytics.cacheTtlSeconds).toBe(300);
  });

  it.each([
    ['ANALYTICS_CACHE_TTL_S', '-1'],
    ['ANALYTICS_CACHE_TTL_S', 'soon'],
    ['ANALYTICS_CACHE_TTL_S', '2d'],
    ['ANALYTICS_CACHE_MAX_ENTRIES', '0'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
