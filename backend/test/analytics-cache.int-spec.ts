import type { AnalyticsOverview } from '@parley/contracts';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { sessions } from '../src/modules/sessions/sessions.schema';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

// Ranges of their own, so the sessions these tests add change no other figure.
const FAR = new URLSearchParams({ from: '2030-01-01T00:00:00Z', to: '2030-01-02T00:00:00Z' });
const addSession = (t: TestApp, createdAt: string) => t.db.insert(sessions).values({ createdAt: new Date(createdAt) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDatabaseKinds())('analytics access, validation and cache on %s', (kind) => {
  let t: TestApp;
  let viewer: Staff;
  const overview = async (app: TestApp, staff: Staff, params: URLSearchParams = FAR): Promise<AnalyticsOverview> =>
    (await app.http.get(`/admin/analytics/overview?${params}`).auth(staff.accessToken, { type: 'bearer' }).expect(200)).body as AnalyticsOverview;

  beforeAll(async () => {
    t = await startTestApp(kind);
    viewer = await createStaff(t, ['viewer']);
  });
  afterAll(() => t.close());

  it('lets every role read analytics and refuses anonymous callers', async () => {
    for (const report of ['overview', 'messages-over-time', 'confidence-histogram', 'response-times', 'agent-performance']) {
      await t.http.get(`/admin/analytics/${report}`).auth(viewer.accessToken, { type: 'bearer' }).expect(200);
      await t.http.get(`/admin/analytics/${report}`).expect(401);
    }
  });

  it.each([
    ['from=yesterday', /from must be an ISO 8601 date/],
    ['to=2025-02-30', /to must be an ISO 8601 date/],
    ['tz=Mars/Olympus_Mons', /tz must be an IANA time zone/],
    ['tz=%2B02:00', /tz must be an IANA time zone/],
    ['from=2025-03-02&to=2025-03-01', /from must be before to/],
    ['from=2025-03-01&to=2025-03-01', /from must be before to/],
    ['from=2020-01-01&to=2025-01-01', /at most 731 days/],
    ['interval=minute', /interval must be one of/],
    ['buckets=0', /buckets must not be less than 1/],
    ['buckets=101', /buckets must not be greater than 100/],
    ['buckets=ten', /buckets must be an integer/],
    ['from=2024-01-01&to=2025-01-01&interval=hour', /at most 5000/],
    ['sort=asc', /sort should not exist/],
  ])('refuses ?%s with a 400', async (params, message) => {
    const path = params.includes('interval=hour') ? 'messages-over-time' : 'overview';
    const response = await t.http.get(`/admin/analytics/${path}?${params}`).auth(viewer.accessToken, { type: 'bearer' }).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(message) });
  });

  it('accepts a year by day and 200 days by hour', async () => {
    for (const params of ['from=2024-01-01&to=2025-01-01&interval=day', 'from=2024-01-01&to=2024-07-19&interval=hour']) {
      await t.http.get(`/admin/analytics/response-times?${params}`).auth(viewer.accessToken, { type: 'bearer' }).expect(200);
    }
  });

  it('serves a repeated query from the cache, whatever spelling of the same range', async () => {
    expect((await overview(t, viewer)).sessions.total).toBe(0);
    await addSession(t, '2030-01-01T12:00:00Z');
    expect((await overview(t, viewer)).sessions.total).toBe(0);
    // The same instants spelled another way share the entry.
    expect((await overview(t, viewer, new URLSearchParams({ from: '2030-01-01', to: '2030-01-02', tz: 'utc' }))).sessions.total).toBe(0);
    // Other parameters are another entry.
    expect((await overview(t, viewer, new URLSearchParams({ from: '2030-01-01', to: '2030-01-03' }))).sessions.total).toBe(1);
  });

  /** Runs against an app of its own with these settings. */
  async function withApp(env: Record<string, string>, run: (app: TestApp, staff: Staff) => Promise<void>): Promise<void> {
    const app = await startTestApp(kind, env);
    try {
      await run(app, await createStaff(app, ['viewer']));
    } finally {
      await app.close();
    }
  }

  it('computes again once the TTL has passed', () =>
    withApp({ ANALYTICS_CACHE_TTL_S: '1' }, async (app, staff) => {
      expect((await overview(app, staff)).sessions.total).toBe(0);
      await addSession(app, '2030-01-01T12:00:00Z');
      expect((await overview(app, staff)).sessions.total).toBe(0);
      await sleep(1100);
      expect((await overview(app, staff)).sessions.total).toBe(1);
    }));

  it('computes every time with ANALYTICS_CACHE_TTL_S=0', () =>
    withApp({ ANALYTICS_CACHE_TTL_S: '0' }, async (app, staff) => {
      expect((await overview(app, staff)).sessions.total).toBe(0);
      await addSession(app, '2030-01-01T12:00:00Z');
      expect((await overview(app, staff)).sessions.total).toBe(1);
    }));

  const withRedis = process.env['TEST_REDIS_URL'] ? it : it.skip;
  withRedis('shares the cache through Redis, as JSON expiring with the TTL', async () => {
    const prefix = `parley-test-${randomBytes(4).toString('hex')}:`;
    const env = { REDIS_URL: process.env['TEST_REDIS_URL'] as string, REDIS_KEY_PREFIX: prefix };
    const first = await startTestApp(kind, env);
    const redis = new Redis(env.REDIS_URL);
    try {
      const staff = await createStaff(first, ['viewer']);
      const computed = await overview(first, staff);
      const keys = await redis.keys(`${prefix}analytics:*`);
      expect(keys).toHaveLength(1);
      expect(keys[0]).toContain('overview:2030-01-01T00:00:00.000Z|2030-01-02T00:00:00.000Z|UTC');
      expect(JSON.parse((await redis.get(keys[0] as string)) as string)).toEqual(computed);
      const ttl = await redis.pttl(keys[0] as string);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
      // Another process (here: the cache entry rewritten) is served the shared value.
      await redis.set(keys[0] as string, JSON.stringify({ ...computed, activeAgents: 42 }), 'PX', 60_000);
      expect((await overview(first, staff)).activeAgents).toBe(42);
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      await first.close();
    }
  });
});
