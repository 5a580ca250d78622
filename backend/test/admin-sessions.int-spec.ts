import type { Page, SessionDto } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { IdleSessionsJob } from '../src/modules/chat/idle-sessions.job';
import { UNKNOWN_ID, connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

describe.each(testDatabaseKinds())('staff sessions API on %s', (kind) => {
  let t: TestApp;
  let url: string;
  let admin: Staff;
  let agent: Staff;
  let viewer: Staff;
  const ids: string[] = [];

  const as = (staff: Staff) => ({
    get: (path: string) => t.http.get(path).auth(staff.accessToken, { type: 'bearer' }),
    put: (path: string, body: object = {}) => t.http.put(path).auth(staff.accessToken, { type: 'bearer' }).send(body),
  });

  beforeAll(async () => {
    t = await startTestApp(kind);
    url = await listen(t);
    admin = await createStaff(t, ['admin'], 'Ada');
    agent = await createStaff(t, ['agent'], 'Dana');
    viewer = await createStaff(t, ['viewer'], 'Vic');
    for (const plan of ['free', 'pro', 'team', 'pro-plus', 'free']) {
      ids.push((await startVisitorSession(t, { userMeta: { plan, email: `${plan}@shop.example` } })).sessionId);
    }
  });
  afterAll(() => t.close());

  it('lists sessions newest first as { items, nextCursor }, page by page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await as(viewer).get(`/admin/sessions?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      const page = response.body as Page<SessionDto>;
      expect(Object.keys(page).sort()).toEqual(['items', 'nextCursor']);
      seen.push(...page.items.map((session) => session.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    const first = (await as(viewer).get(`/admin/sessions/${ids[0]}`).expect(200)).body as SessionDto;
    expect(Object.keys(first).sort()).toEqual(
      ['assignedAgent', 'closedAt', 'createdAt', 'customer', 'id', 'language', 'queuedAt', 'status', 'updatedAt', 'userMeta'].sort(),
    );
    expect(JSON.stringify(first)).not.toMatch(/hash|token/i);
  });

  it('filters by status, agent, time and visitor text', async () => {
    const list = async (query: string) =>
      ((await as(viewer).get(`/admin/sessions?limit=100&${query}`).expect(200)).body as Page<SessionDto>).items.map((session) => session.id);
    expect(await list('q=PRO')).toEqual([ids[3], ids[1]]);
    expect(await list('q=100%25')).toEqual([]);
    const created = (await as(viewer).get(`/admin/sessions/${ids[2]}`).expect(200)).body as SessionDto;
    expect(await list(`from=${encodeURIComponent(created.createdAt)}&q=shop`)).toEqual([ids[4], ids[3], ids[2]]);
    expect(await list(`to=${encodeURIComponent(created.createdAt)}&q=shop`)).toEqual([ids[1], ids[0]]);
    await as(admin).put(`/admin/sessions/${ids[1]}/assign`, { agentId: agent.id }).expect(200);
    expect(await list(`agentId=${agent.id}`)).toEqual([ids[1]]);
    expect(await list('status=agent_assigned')).toEqual([ids[1]]);
  });

  it.each([
    ['status=lost', /status must be one of/],
    ['agentId=42', /agentId must be a UUID/],
    ['from=yesterday', /from must be a Date/],
    ['limit=101', /limit/],
    ['sort=asc', /sort should not exist/],
  ])('refuses ?%s with a 400', async (query, message) => {
    const response = await as(viewer).get(`/admin/sessions?${query}`).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(message) });
  });

  it('answers 404 for unknown session ids and 400 for malformed ones, 401 without a token', async () => {
    for (const path of [`/admin/sessions/${UNKNOWN_ID}`, `/admin/sessions/${UNKNOWN_ID}/messages`]) {
      expect((await as(viewer).get(path).expect(404)).body.code).toBe('NOT_FOUND');
    }
    await as(admin).put(`/admin/sessions/${UNKNOWN_ID}/close`).expect(404);
    await as(admin).put(`/admin/sessions/${UNKNOWN_ID}/assign`, { agentId: agent.id }).expect(404);
    expect((await as(viewer).get('/admin/sessions/not-a-uuid').expect(400)).body.code).toBe('VALIDATION_FAILED');
    await as(admin).put('/admin/sessions/not-a-uuid/close').expect(400);
    await t.http.get('/admin/sessions').expect(401);
  });

  it('lets admins assign to agents only, and audits assignments and closes', async () => {
    const sessionId = ids[0] as string;
    expect((await as(agent).put(`/admin/sessions/${sessionId}/assign`, { agentId: agent.id }).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await as(admin).put(`/admin/sessions/${sessionId}/assign`, { agentId: viewer.id }).expect(400)).body.message).toMatch(/not an agent|may not reply/);
    await as(admin).put(`/admin/sessions/${sessionId}/assign`, { agentId: UNKNOWN_ID }).expect(404);
    await as(admin).put(`/admin/sessions/${sessionId}/assign`, { agentId: 'x' }).expect(400);
    const assigned = (await as(admin).put(`/admin/sessions/${sessionId}/assign`, { agentId: agent.id }).expect(200)).body as SessionDto;
    expect(assigned).toMatchObject({ status: 'agent_assigned', assignedAgent: { id: agent.id, name: 'Dana' } });
    expect((await as(admin).put(`/admin/sessions/${sessionId}/assign`, { agentId: agent.id }).expect(409)).body.code).toBe('INVALID_STATE');
    await as(viewer).put(`/admin/sessions/${sessionId}/close`).expect(403);
    const closed = (await as(agent).put(`/admin/sessions/${sessionId}/close`).expect(200)).body as SessionDto;
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect((await as(agent).put(`/admin/sessions/${sessionId}/close`).expect(409)).body.code).toBe('INVALID_STATE');

    const root = await createStaff(t, ['super_admin']);
    const audit = (await as(root).get('/admin/audit?limit=100').expect(200)).body.items as { action: string; target: string; actorId: string }[];
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'session.assign', target: sessionId, actorId: admin.id }),
        expect.objectContaining({ action: 'session.close', target: sessionId, actorId: agent.id }),
      ]),
    );
  });

  it('lists messages oldest first with internal flags, paginated', async () => {
    const sessionId = ids[0] as string;
    const page = (await as(viewer).get(`/admin/sessions/${sessionId}/messages?limit=1`).expect(200)).body;
    expect(page).toEqual({ items: [expect.objectContaining({ sender: 'system', internal: false })], nextCursor: expect.any(String) });
    const rest = (await as(viewer).get(`/admin/sessions/${sessionId}/messages?cursor=${page.nextCursor}`).expect(200)).body;
    expect(rest.items.map((message: { text: string }) => message.text)).toEqual(['This conversation was closed.']);
    expect(rest.nextCursor).toBeNull();
  });

  it('closes sessions idle for SESSION_IDLE_MINUTES and tells the visitor', async () => {
    const session = await startVisitorSession(t);
    const widget = await connectWidget(url, session);
    await widget.waitFor('session');
    ok(await widget.send('visitor:message', { clientMessageId: 'idle-1', text: 'Do you sell standing desks?' }));
    // The bot answers and hands over asynchronously, touching the session: let it finish first.
    await widget.waitFor('message', (message) => message.sender === 'system' && /queue/.test(message.text));
    const job = t.app.get(IdleSessionsJob);
    expect(await job.closeIdle()).toBe(0);
    await t.db.execute(sql`update sessions set updated_at = now() - interval '31 minutes' where id = ${session.sessionId}`);
    expect(await job.closeIdle()).toBeGreaterThanOrEqual(1);
    await widget.waitFor('session', (state) => state.status === 'closed');
    await widget.waitFor('message', (message) => message.text === 'This conversation was closed after 30 minutes without messages.');
    widget.close();
  });
});
