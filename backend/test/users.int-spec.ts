import type { AuditEntryDto, Page, RoleChangeDto, UserDto } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { Staff, createStaff, loginRoot } from './staff';
import { TestApp, startTestApp } from './test-app';

const bearer = (staff: Staff) => ({ type: 'bearer' as const, token: staff.accessToken });

describe.each(testDatabaseKinds())('staff accounts on %s', (kind) => {
  let t: TestApp;
  let root: Staff;
  let admin: Staff;

  beforeAll(async () => {
    t = await startTestApp(kind);
    root = await loginRoot(t);
    admin = await createStaff(t, ['admin'], 'Ada Admin');
  });
  afterAll(() => t.close());

  const as = (staff: Staff) => ({
    get: (url: string) => t.http.get(url).auth(bearer(staff).token, { type: 'bearer' }),
    post: (url: string, body: object) => t.http.post(url).auth(bearer(staff).token, { type: 'bearer' }).send(body),
    put: (url: string, body: object) => t.http.put(url).auth(bearer(staff).token, { type: 'bearer' }).send(body),
    delete: (url: string) => t.http.delete(url).auth(bearer(staff).token, { type: 'bearer' }),
  });

  it('creates a user (super_admin only) and answers 409 for a duplicate e-mail in any case', async () => {
    const body = { email: 'Case.Test@Parley.test', name: 'Case Test', password: 'long-enough-pw', roles: ['agent'] };
    const created = await as(root).post('/admin/users', body).expect(201);
    expect(created.body as UserDto).toMatchObject({ email: 'Case.Test@Parley.test', roles: ['agent'], disabled: false });
    expect(Object.keys(created.body).sort()).toEqual(['createdAt', 'disabled', 'email', 'id', 'name', 'roles', 'updatedAt']);
    const duplicate = await as(root).post('/admin/users', { ...body, email: 'case.test@parley.TEST' }).expect(409);
    expect(duplicate.body.code).toBe('CONFLICT');
    await as(admin).post('/admin/users', { ...body, email: 'other@parley.test' }).expect(403);
  });

  it('lists users with keyset pages, a role filter and a search', async () => {
    for (let n = 0; n < 3; n += 1) await createStaff(t, ['viewer'], `Viewer Number ${n}`);
    const firstPage = (await as(admin).get('/admin/users').query({ limit: 2 }).expect(200)).body as Page<UserDto>;
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    const secondPage = (await as(admin).get('/admin/users').query({ limit: 2, cursor: firstPage.nextCursor }).expect(200)).body as Page<UserDto>;
    expect(secondPage.items.map((user) => user.id)).not.toContain(firstPage.items[0]?.id);

    const viewers = (await as(admin).get('/admin/users').query({ role: 'viewer', limit: 100 }).expect(200)).body as Page<UserDto>;
    expect(viewers.items.length).toBeGreaterThanOrEqual(3);
    expect(viewers.items.every((user) => user.roles.includes('viewer'))).toBe(true);
    expect(viewers.nextCursor).toBeNull();

    const searched = (await as(admin).get('/admin/users').query({ q: 'number 1' }).expect(200)).body as Page<UserDto>;
    expect(searched.items.map((user) => user.name)).toEqual(['Viewer Number 1']);
    const wildcard = (await as(admin).get('/admin/users').query({ q: '%' }).expect(200)).body as Page<UserDto>;
    expect(wildcard.items).toEqual([]);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await as(admin).get('/admin/users/0190b7a4-0000-7000-8000-000000000000').expect(404);
    const malformed = await as(admin).get('/admin/users/not-a-uuid').expect(400);
    expect(malformed.body.message).toBe('userId must be a UUID');
  });

  it('changes roles with a reason and keeps the history, naming who changed whom', async () => {
    const agent = await createStaff(t, ['agent'], 'Agnes Agent');
    await as(admin).put(`/admin/users/${agent.id}/roles`, { roles: ['viewer'], reason: 'moved to reporting' }).expect(200);
    const history = (await as(admin).get(`/admin/users/${agent.id}/role-changes`).expect(200)).body as Page<RoleChangeDto>;
    expect(history.items).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        actorName: 'Ada Admin',
        targetId: agent.id,
        targetName: 'Agnes Agent',
        fromRoles: ['agent'],
        toRoles: ['viewer'],
        reason: 'moved to reporting',
      }),
    ]);
    const audit = (await as(admin).get('/admin/audit').query({ action: 'user.roles', actorId: admin.id }).expect(200)).body as Page<AuditEntryDto>;
    expect(audit.items[0]).toMatchObject({ actorName: 'Ada Admin', target: agent.id, details: { from: ['agent'], to: ['viewer'] } });
  });

  it('names audit actors, and gives null for entries without one and for actors that no longer exist', async () => {
    await t.http.post('/auth/login').send({ email: 'nobody@parley.test', password: 'not-a-password' }).expect(401);
    const failed = (await as(admin).get('/admin/audit').query({ action: 'auth.login_failed' }).expect(200)).body as Page<AuditEntryDto>;
    expect(failed.items.find((entry) => entry.target === 'nobody@parley.test')).toMatchObject({ actorId: null, actorName: null });

    const gone = await createStaff(t, ['viewer'], 'Gone Soon');
    const byGone = (await as(admin).get('/admin/audit').query({ action: 'auth.login', actorId: gone.id }).expect(200)).body as Page<AuditEntryDto>;
    expect(byGone.items.map((entry) => entry.actorName)).toEqual(['Gone Soon']);
    await t.db.execute(sql`delete from users where id = ${gone.id}::uuid`);
    const logins = (await as(admin).get('/admin/audit').query({ action: 'auth.login', limit: 100 }).expect(200)).body as Page<AuditEntryDto>;
    expect(logins.items.some((entry) => entry.actorName === 'Gone Soon')).toBe(false);
    expect(logins.items.every((entry) => (entry.actorId === null) === (entry.actorName === null))).toBe(true);
    expect(logins.items.find((entry) => entry.actorId === admin.id)?.actorName).toBe('Ada Admin');
  });

  it('keeps admins from granting or removing admin roles and everyone from changing their own', async () => {
    const agent = await createStaff(t, ['agent']);
    await as(admin).put(`/admin/users/${agent.id}/roles`, { roles: ['admin'] }).expect(403);
    await as(admin).put(`/admin/users/${root.id}/roles`, { roles: ['agent'] }).expect(403);
    await as(admin).put(`/admin/users/${admin.id}/roles`, { roles: ['agent'] }).expect(403);
    await as(root).put(`/admin/users/${root.id}/roles`, { roles: ['admin'] }).expect(403);
    await as(admin).put(`/admin/users/${root.id}`, { name: 'Renamed' }).expect(403);
    await as(admin).delete(`/admin/users/${root.id}`).expect(403);
    await as(root).put(`/admin/users/${agent.id}/roles`, { roles: ['admin'], reason: 'promotion' }).expect(200);
  });

  it('lets a super_admin demote another while one active super_admin remains', async () => {
    const second = await createStaff(t, ['super_admin']);
    await as(second).put(`/admin/users/${root.id}/roles`, { roles: ['super_admin', 'agent'] }).expect(200);
    await as(root).put(`/admin/users/${second.id}/roles`, { roles: ['admin'], reason: 'one is enough' }).expect(200);
    await as(root).delete(`/admin/users/${root.id}`).expect(403);
    const superAdmins = (await as(root).get('/admin/users').query({ role: 'super_admin', limit: 100 }).expect(200)).body as Page<UserDto>;
    expect(superAdmins.items.filter((user) => !user.disabled).map((user) => user.id)).toEqual([root.id]);
  });

  it('keeps one active super_admin when the last two demote each other at the same instant', async () => {
    const second = await createStaff(t, ['super_admin']);
    const answers = await Promise.all([
      as(root).put(`/admin/users/${second.id}/roles`, { roles: ['admin'], reason: 'a race' }),
      as(second).put(`/admin/users/${root.id}/roles`, { roles: ['admin'], reason: 'a race' }),
    ]);
    // One wins; the other is refused as the last super_admin (409) when both passed their checks before
    // either wrote (PostgreSQL), else because the winner took its role first (403).
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const superAdmins = (await as(admin).get('/admin/users').query({ role: 'super_admin', limit: 100 }).expect(200)).body as Page<UserDto>;
    const active = superAdmins.items.filter((user) => !user.disabled).map((user) => user.id);
    expect(active).toHaveLength(1);
    // When the second won, it gives the root its role back for the tests after this one.
    if (active[0] === second.id) await as(second).put(`/admin/users/${root.id}/roles`, { roles: ['super_admin'] }).expect(200);
  });

  it.each([
    ['missing fields', {}],
    ['wrong types', { email: 42, name: [], password: true, roles: 'agent' }],
    ['a 10 KB e-mail', { email: `${'a'.repeat(10 * 1024)}@x.io`, name: 'x', password: 'long-enough-pw', roles: ['agent'] }],
    ['a short password', { email: 'short@parley.test', name: 'x', password: 'short', roles: ['agent'] }],
    ['an unknown role', { email: 'role@parley.test', name: 'x', password: 'long-enough-pw', roles: ['root'] }],
    ['no roles', { email: 'none@parley.test', name: 'x', password: 'long-enough-pw', roles: [] }],
    ['an unknown field', { email: 'extra@parley.test', name: 'x', password: 'long-enough-pw', roles: ['agent'], isAdmin: true }],
    ['a prototype key', JSON.parse('{"__proto__": {"roles": ["super_admin"]}, "email": "p@parley.test"}')],
    ['naughty strings', { email: "'; DROP TABLE users;--@x.io", name: '\u0000\u202e', password: '😀'.repeat(3), roles: ['agent'] }],
  ])('answers %s with a 400 that says what is wrong', async (_, body) => {
    const response = await as(root).post('/admin/users', body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String) });
    expect(response.body.message.length).toBeGreaterThan(0);
  });

  it('answers bad login input with 400, not 500', async () => {
    for (const body of [{}, { email: ['x'], password: 1 }, { email: 'x'.repeat(10 * 1024), password: 'y' }]) {
      const response = await t.http.post('/auth/login').send(body);
      expect(response.status).toBe(400);
    }
  });
});
