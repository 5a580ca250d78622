import type { ErrorResponse, LoginResponse, MeResponse } from '@parley/contracts';
import { permissionsFor } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { createStaff, login, loginRoot } from './staff';
import { ROOT_EMAIL, ROOT_PASSWORD, TestApp, startTestApp } from './test-app';

describe.each(testDatabaseKinds())('sign-in and tokens on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('signs the first super_admin in and describes it at /me', async () => {
    const session = await login(t, ROOT_EMAIL, ROOT_PASSWORD);
    expect(session.user).toMatchObject({ email: ROOT_EMAIL, roles: ['super_admin'], disabled: false });
    expect(JSON.stringify(session)).not.toMatch(/password|hash|scrypt/i);
    const me = await t.http.get('/me').auth(session.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body as MeResponse).toEqual({
      id: session.user.id,
      email: ROOT_EMAIL,
      name: 'Administrator',
      roles: ['super_admin'],
      permissions: permissionsFor(['super_admin']),
    });
  });

  it('gives a wrong password and an unknown e-mail the same 401', async () => {
    const wrongPassword = await t.http.post('/auth/login').send({ email: ROOT_EMAIL, password: 'not-the-password' }).expect(401);
    const unknownEmail = await t.http.post('/auth/login').send({ email: 'nobody@parley.test', password: 'not-the-password' }).expect(401);
    const strip = ({ requestId: _, ...rest }: ErrorResponse) => rest;
    expect(strip(wrongPassword.body)).toEqual(strip(unknownEmail.body));
    expect(wrongPassword.body.code).toBe('UNAUTHORIZED');
  });

  it('refuses requests without a token, with a forged one and with a garbage one', async () => {
    await t.http.get('/me').expect(401);
    await t.http.get('/me').auth('garbage', { type: 'bearer' }).expect(401);
    const session = await login(t, ROOT_EMAIL, ROOT_PASSWORD);
    const [header, , signature] = session.accessToken.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: session.user.id, typ: 'access', exp: 4102444800 })).toString('base64url');
    await t.http.get('/me').auth(`${header}.${forgedPayload}.${signature}`, { type: 'bearer' }).expect(401);
  });

  it('rotates refresh tokens and revokes the family when an old one comes back', async () => {
    const first = await login(t, ROOT_EMAIL, ROOT_PASSWORD);
    const second = (await t.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body as LoginResponse;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http.get('/me').auth(second.accessToken, { type: 'bearer' }).expect(200);

    const third = (await t.http.post('/auth/refresh').send({ refreshToken: second.refreshToken }).expect(200)).body as LoginResponse;
    // The first token again: someone copied it. The whole family dies, including the newest token.
    await t.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    await t.http.post('/auth/refresh').send({ refreshToken: third.refreshToken }).expect(401);
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const session = await login(t, ROOT_EMAIL, ROOT_PASSWORD);
    const results = await Promise.all([
      t.http.post('/auth/refresh').send({ refreshToken: session.refreshToken }),
      t.http.post('/auth/refresh').send({ refreshToken: session.refreshToken }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 401]);
  });

  it('ends the sign-in on logout', async () => {
    const session = await login(t, ROOT_EMAIL, ROOT_PASSWORD);
    await t.http.post('/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
    await t.http.post('/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await t.http.post('/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
  });

  it.each([
    ['a made-up token', 'abc.def'],
    ['a token with extra parts', 'a.b.c'],
    ['an empty token', ''],
  ])('refuses %s', async (_, refreshToken) => {
    const response = await t.http.post('/auth/refresh').send({ refreshToken });
    expect([400, 401]).toContain(response.status);
  });

  it('stops a deactivated user on the next request and refuses its refresh token', async () => {
    const agent = await createStaff(t, ['agent']);
    const root = await loginRoot(t);
    await t.http.get('/me').auth(agent.accessToken, { type: 'bearer' }).expect(200);
    await t.http.delete(`/admin/users/${agent.id}`).auth(root.accessToken, { type: 'bearer' }).expect(200);
    await t.http.get('/me').auth(agent.accessToken, { type: 'bearer' }).expect(401);
    await t.http.post('/auth/refresh').send({ refreshToken: agent.refreshToken }).expect(401);
    await t.http.post('/auth/login').send({ email: agent.email, password: agent.password }).expect(401);
  });

  it('signs a user out everywhere when an admin resets its password, even a token from the same second', async () => {
    const agent = await createStaff(t, ['agent']);
    const root = await loginRoot(t);
    await t.http
      .put(`/admin/users/${agent.id}`)
      .auth(root.accessToken, { type: 'bearer' })
      .send({ password: 'a-brand-new-password' })
      .expect(200);
    await t.http.get('/me').auth(agent.accessToken, { type: 'bearer' }).expect(401);
    await t.http.post('/auth/refresh').send({ refreshToken: agent.refreshToken }).expect(401);
    const fresh = await login(t, agent.email, 'a-brand-new-password');
    await t.http.get('/me').auth(fresh.accessToken, { type: 'bearer' }).expect(200);
  });

  it('audits successful and failed sign-ins without passwords', async () => {
    await t.http.post('/auth/login').send({ email: 'audited@parley.test', password: 'secret-attempt-123' }).expect(401);
    const root = await loginRoot(t);
    const failed = await t.http.get('/admin/audit').query({ action: 'auth.login_failed' }).auth(root.accessToken, { type: 'bearer' }).expect(200);
    expect(failed.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ target: 'audited@parley.test', ip: expect.any(String) })]));
    const succeeded = await t.http.get('/admin/audit').query({ action: 'auth.login', actorId: root.id }).auth(root.accessToken, { type: 'bearer' }).expect(200);
    expect(succeeded.body.items.length).toBeGreaterThan(0);
    expect(JSON.stringify([failed.body, succeeded.body])).not.toContain('secret-attempt-123');
  });
});
