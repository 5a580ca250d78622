import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { loginRoot } from './staff';
import { ROOT_EMAIL, ROOT_PASSWORD, TestApp, startTestApp } from './test-app';

const LIMITS = { LOGIN_MAX_FAILURES: '3', LOGIN_FAILURE_WINDOW: '15m', LOGIN_IP_LIMIT: '8', LOGIN_IP_WINDOW: '1m' };

async function failLogin(t: TestApp, email: string) {
  return t.http.post('/auth/login').send({ email, password: 'wrong-password' });
}

describe('login throttling in one process', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp('pglite', LIMITS);
  });
  afterEach(() => t.close());

  it('blocks an e-mail after LOGIN_MAX_FAILURES failures, even with the right password, with Retry-After', async () => {
    for (let n = 0; n < 3; n += 1) expect((await failLogin(t, ROOT_EMAIL)).status).toBe(401);
    const blocked = await t.http.post('/auth/login').send({ email: ROOT_EMAIL, password: ROOT_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ code: 'RATE_LIMITED' });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another account from the same address is not affected.
    expect((await failLogin(t, 'someone-else@parley.test')).status).toBe(401);
  });

  it('resets the e-mail counter on a successful sign-in', async () => {
    for (let n = 0; n < 2; n += 1) await failLogin(t, ROOT_EMAIL);
    await t.http.post('/auth/login').send({ email: ROOT_EMAIL, password: ROOT_PASSWORD }).expect(200);
    for (let n = 0; n < 2; n += 1) expect((await failLogin(t, ROOT_EMAIL)).status).toBe(401);
    await t.http.post('/auth/login').send({ email: ROOT_EMAIL, password: ROOT_PASSWORD }).expect(200);
  });

  it('limits all attempts per address with a standard Retry-After', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 9; n += 1) statuses.push((await failLogin(t, `user${n}@parley.test`)).status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401));
    expect(statuses[8]).toBe(429);
    const blocked = await failLogin(t, 'another@parley.test');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.body.code).toBe('RATE_LIMITED');
  });
});

const redisUrl = process.env['TEST_REDIS_URL'];
(redisUrl ? describe : describe.skip)('login throttling shared through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;

  const prefix = `parley-test-${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    redis = new Redis(redisUrl as string);
    // Both processes share one Redis (and a key prefix of their own): a database each, one e-mail to attack.
    const env = { ...LIMITS, REDIS_URL: redisUrl as string, REDIS_KEY_PREFIX: prefix };
    a = await startTestApp('pglite', env);
    b = await startTestApp('pglite', env);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.quit();
  });

  it('counts failures made on two processes together', async () => {
    const email = `shared-${randomBytes(4).toString('hex')}@parley.test`;
    expect((await failLogin(a, email)).status).toBe(401);
    expect((await failLogin(b, email)).status).toBe(401);
    expect((await failLogin(a, email)).status).toBe(401);
    expect((await failLogin(b, email)).status).toBe(429);
    expect((await failLogin(a, email)).status).toBe(429);
    expect(await redis.exists(`${prefix}rl:login-failures:${email}`)).toBe(1);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  });
});

describe('starting chat sessions', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp('pglite', { SESSION_START_LIMIT: '3', SESSION_START_WINDOW: '10m' });
  });
  afterEach(() => t.close());

  it('limits the sessions one address may start, with Retry-After, and keeps the sessions already started', async () => {
    const started: string[] = [];
    for (let n = 0; n < 3; n += 1) started.push((await t.http.post('/chat/sessions').send({}).expect(201)).body.sessionId);
    const refused = await t.http.post('/chat/sessions').send({});
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('chat sessions') });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(9 * 60);
    const root = await loginRoot(t);
    const listed = await t.http.get('/admin/sessions').set('Authorization', `Bearer ${root.accessToken}`).expect(200);
    expect(listed.body.items.map((session: { id: string }) => session.id).sort()).toEqual([...started].sort());
  });
});

