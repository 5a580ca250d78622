import { JwtService } from '@nestjs/jwt';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { connectAgent, connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { createStaff, loginRoot } from './staff';
import { TestApp, startTestApp } from './test-app';

const IDENTITY_SECRET = 'identity-secret-of-the-shop-at-least-32-chars';

describe.each(testDatabaseKinds())('chat settings on %s', (kind) => {
  describe('IDENTITY_SECRET with IDENTITY_REQUIRED', () => {
    let t: TestApp;
    const sign = (claims: object, secret = IDENTITY_SECRET) => new JwtService({ secret }).sign(claims, { algorithm: 'HS256' });

    beforeAll(async () => {
      t = await startTestApp(kind, { IDENTITY_SECRET, IDENTITY_REQUIRED: 'true' });
    });
    afterAll(() => t.close());

    it('binds the session to the customer of a valid token', async () => {
      const token = sign({ sub: 'cust-42', email: 'kim@shop.example', name: 'Kim' });
      const { sessionId } = (await t.http.post('/chat/sessions').send({ userToken: token }).expect(201)).body;
      const staff = await createStaff(t, ['viewer']);
      const session = await t.http.get(`/admin/sessions/${sessionId}`).auth(staff.accessToken, { type: 'bearer' }).expect(200);
      expect(session.body.customer).toEqual({ id: 'cust-42', email: 'kim@shop.example', name: 'Kim' });
      const found = await t.http.get('/admin/sessions?q=kim@shop').auth(staff.accessToken, { type: 'bearer' }).expect(200);
      expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([sessionId]);
    });

    it.each([
      ['no token', {}],
      ['a token signed with another secret', { userToken: sign({ sub: 'cust-42' }, 'x'.repeat(40)) }],
      ['a token without subject', { userToken: sign({ email: 'kim@shop.example' }) }],
      ['an expired token', { userToken: sign({ sub: 'cust-42', exp: Math.floor(Date.now() / 1000) - 60 }) }],
      ['garbage', { userToken: 'not.a.token' }],
    ])('refuses %s with a 401', async (_, body) => {
      expect((await t.http.post('/chat/sessions').send(body).expect(401)).body.code).toBe('UNAUTHORIZED');
    });
  });

  describe('TRUST_PROXY=true', () => {
    let t: TestApp;
    let url: string;

    beforeAll(async () => {
      t = await startTestApp(kind, { TRUST_PROXY: 'true' });
      url = await listen(t);
    });
    afterAll(() => t.close());

    it('audits what an agent does over the socket with the address the proxy forwarded, as over HTTP', async () => {
      const visitor = await startVisitorSession(t);
      const staff = await createStaff(t, ['agent'], 'Dana');
      const agent = await connectAgent(url, staff.accessToken, { 'x-forwarded-for': '203.0.113.9, 10.0.0.2' });
      ok(await agent.send('agent:claim', { sessionId: visitor.sessionId }));
      ok(await agent.send('agent:close', { sessionId: visitor.sessionId }));
      agent.close();
      const root = await loginRoot(t);
      const audit = await t.http.get(`/admin/audit?actorId=${staff.id}`).auth(root.accessToken, { type: 'bearer' }).expect(200);
      expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'session.close', target: visitor.sessionId, ip: '203.0.113.9' })]));
      await t.http.post('/auth/login').set('x-forwarded-for', '198.51.100.4').send({ email: staff.email, password: staff.password }).expect(200);
      const after = await t.http.get(`/admin/audit?actorId=${staff.id}`).auth(root.accessToken, { type: 'bearer' }).expect(200);
      expect(after.body.items.map((entry: { ip: string }) => entry.ip)).toContain('198.51.100.4');
    });
  });

  describe('REOPEN_WINDOW_MINUTES=0', () => {
    let t: TestApp;
    let url: string;

    beforeAll(async () => {
      t = await startTestApp(kind, { REOPEN_WINDOW_MINUTES: '0' });
      url = await listen(t);
    });
    afterAll(() => t.close());

    it('continues in a new session, with the same token, when the old one closed too long ago', async () => {
      const first = await startVisitorSession(t, { userMeta: { plan: 'pro' } });
      const widget = await connectWidget(url, first);
      await widget.waitFor('session');
      ok(await widget.send('visitor:request-human', {}));
      const staff = await createStaff(t, ['agent'], 'Dana');
      const agent = await connectAgent(url, staff.accessToken);
      ok(await agent.send('agent:claim', { sessionId: first.sessionId }));
      ok(await agent.send('agent:close', { sessionId: first.sessionId }));
      await widget.waitFor('session', (state) => state.status === 'closed');

      const sent = ok(await widget.send('visitor:message', { clientMessageId: 'later-1', text: 'Back again' }));
      const next = sent.message.sessionId;
      expect(next).not.toBe(first.sessionId);
      await widget.waitFor('session', (state) => state.sessionId === next);
      const created = await agent.waitFor('session:created', (session) => session.id === next);
      expect(created.userMeta).toEqual({ plan: 'pro' });
      // The socket moved over: what happens in the new session reaches it, and the token opens it.
      await widget.waitFor('session', (state) => state.sessionId === next && state.status === 'needs_human');
      const reconnected = await connectWidget(url, { sessionId: next, visitorToken: first.visitorToken });
      expect((await reconnected.waitFor('message')).text).toBe('Back again');
      [widget, agent, reconnected].forEach((client) => client.close());
    });
  });

  describe('AUTO_ASSIGN with MAX_CHATS_PER_AGENT=1', () => {
    let t: TestApp;
    let url: string;

    beforeAll(async () => {
      t = await startTestApp(kind, { AUTO_ASSIGN: 'true', MAX_CHATS_PER_AGENT: '1' });
      url = await listen(t);
    });
    afterAll(() => t.close());

    async function waiting(): Promise<string> {
      const session = await startVisitorSession(t);
      const widget = await connectWidget(url, session);
      await widget.waitFor('session');
      ok(await widget.send('visitor:request-human', {}));
      widget.close();
      return session.sessionId;
    }

    it('gives waiting sessions to online agents with room, longest waiting first, and skips away agents', async () => {
      const [dana, sam, lee] = await Promise.all([
        createStaff(t, ['agent'], 'Dana'),
        createStaff(t, ['agent'], 'Sam'),
        createStaff(t, ['agent'], 'Lee'),
      ]);
      const first = await connectAgent(url, dana.accessToken);
      const second = await connectAgent(url, sam.accessToken);
      const away = await connectAgent(url, lee.accessToken);
      ok(await away.send('agent:presence', { status: 'away' }));

      const a = await waiting();
      expect((await first.waitFor('session:updated', (s) => s.id === a && s.status === 'agent_assigned')).assignedAgent?.id).toBe(dana.id);
      // Dana is full, Lee is away: the next one goes to Sam, the third waits.
      const b = await waiting();
      expect((await second.waitFor('session:updated', (s) => s.id === b && s.status === 'agent_assigned')).assignedAgent?.id).toBe(sam.id);
      const c = await waiting();
      await first.waitFor('queue', (queue) => queue.sessions.some((entry) => entry.sessionId === c));
      // Lee comes online: the waiting session goes to Lee, who joined its room automatically.
      ok(await away.send('agent:presence', { status: 'online' }));
      const assigned = await away.waitFor('session:updated', (s) => s.id === c && s.status === 'agent_assigned');
      expect(assigned.assignedAgent?.id).toBe(lee.id);
      await away.waitFor('message', (message) => message.sessionId === c && message.text === 'You are now talking to Lee.');
      [first, second, away].forEach((client) => client.close());
    });
  });
});
