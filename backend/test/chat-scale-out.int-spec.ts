import request from 'supertest';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';
import { DatabaseHandle, openDatabase } from '../src/database/database.client';
import { DATABASE, Database } from '../src/database/database.types';
import { TestDatabase, createTestDatabase, testDatabaseKinds } from '../src/database/testing/test-database';
import { connectAgent, connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { AgentPresence } from '../src/modules/chat/agent-presence';
import { createStaff } from './staff';
import { ROOT_EMAIL, ROOT_PASSWORD, TestApp } from './test-app';

const REDIS_URL = process.env['TEST_REDIS_URL'];

/** Two embedded-database apps must share one PGlite: the handle closes when the last app closes. */
function sharedHandle(handle: DatabaseHandle, users: number): DatabaseHandle {
  let open = users;
  return { ...handle, close: async () => (--open === 0 ? handle.close() : undefined) };
}

/** One instance of the backend, as a second process of the same desk would run it. */
async function startInstance(database: TestDatabase, handle: DatabaseHandle | undefined): Promise<TestApp> {
  const env = {
    NODE_ENV: 'test',
    REDIS_URL: REDIS_URL as string,
    JWT_SECRET: 'scale-out-secret-shared-by-both-instances',
    PARLEY_ADMIN_EMAIL: ROOT_EMAIL,
    PARLEY_ADMIN_PASSWORD: ROOT_PASSWORD,
    LOGIN_IP_LIMIT: '10000',
    MESSAGE_RATE_LIMIT: '6',
    MESSAGE_RATE_WINDOW: '60',
  };
  const config = { ...loadConfig(env), database: database.config };
  const app = await createApp(config, handle);
  await app.init();
  return { app, http: request(app.getHttpServer()), db: app.get<Database>(DATABASE), config, close: () => app.close() };
}

const describeWithRedis = REDIS_URL ? describe.each(testDatabaseKinds()) : describe.skip.each(testDatabaseKinds());

describeWithRedis('two instances on one Redis (TEST_REDIS_URL) on %s', (kind) => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  let urlB: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const embedded = kind === 'pglite' ? sharedHandle(await openDatabase(database.config), 2) : undefined;
    a = await startInstance(database, embedded);
    b = await startInstance(database, embedded);
    [urlA, urlB] = [await listen(a), await listen(b)];
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.dispose();
  });

  it('lets a visitor on instance A and an agent on instance B talk both ways', async () => {
    const staff = await createStaff(b, ['agent'], 'Dana');
    const agent = await connectAgent(urlB, staff.accessToken);
    const session = await startVisitorSession(a);
    await agent.waitFor('session:created', (created) => created.id === session.sessionId);

    const widget = await connectWidget(urlA, session);
    await widget.waitFor('session');
    ok(await widget.send('visitor:message', { clientMessageId: 'x-1', text: 'Hello from A' }));
    await agent.waitFor('queue', (queue) => queue.sessions.some((entry) => entry.sessionId === session.sessionId));

    ok(await agent.send('agent:claim', { sessionId: session.sessionId }));
    await widget.waitFor('session', (state) => state.status === 'agent_assigned' && state.agent?.name === 'Dana');

    const fromVisitor = ok(await widget.send('visitor:message', { clientMessageId: 'x-2', text: 'Are you on B?' }));
    expect((await agent.waitFor('message', (message) => message.id === fromVisitor.message.id)).text).toBe('Are you on B?');
    const fromAgent = ok(await agent.send('agent:message', { sessionId: session.sessionId, clientMessageId: 'y-1', text: 'Yes, answering from B' }));
    expect((await widget.waitFor('message', (message) => message.id === fromAgent.message.id)).text).toBe('Yes, answering from B');

    ok(await agent.send('agent:typing', { sessionId: session.sessionId, typing: true }));
    await widget.waitFor('typing', (event) => event.sender === 'agent' && event.typing);
    ok(await widget.send('visitor:typing', { typing: true }));
    await agent.waitFor('typing', (event) => event.sender === 'visitor' && event.typing);

    const note = ok(await agent.send('agent:message', { sessionId: session.sessionId, clientMessageId: 'y-2', text: 'note from B', internal: true }));
    await widget.settle(300);
    expect(widget.all('message').some((message) => message.id === note.message.id)).toBe(false);
    widget.close();
    agent.close();
  });

  it('shares presence and the message rate limit across instances', async () => {
    const staff = await createStaff(a, ['agent'], 'Sam');
    const agentOnB = await connectAgent(urlB, staff.accessToken);
    const session = await startVisitorSession(a);
    const widget = await connectWidget(urlA, session);
    await widget.waitFor('session');
    // Presence lives with the connections: instance A sees the agent connected to instance B.
    const online = await a.app.get(AgentPresence).onlineAgents();
    expect(online.map((agent) => agent.id)).toContain(staff.id);
    ok(await agentOnB.send('agent:presence', { status: 'away' }));
    expect((await a.app.get(AgentPresence).onlineAgents()).map((agent) => agent.id)).not.toContain(staff.id);

    // The same visitor on both instances shares one message budget (6 per minute).
    const widgetOnB = await connectWidget(urlB, session);
    await widgetOnB.waitFor('session');
    const answers = [];
    for (let n = 0; n < 7; n += 1) {
      const via = n % 2 === 0 ? widget : widgetOnB;
      answers.push(await via.send('visitor:message', { clientMessageId: `r-${n}`, text: `n${n}` }));
    }
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true, true, true, true, false]);
    expect(answers[6]).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    [widget, widgetOnB, agentOnB].forEach((client) => client.close());
  });
});
