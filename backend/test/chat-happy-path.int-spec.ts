import type { SessionDto } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { connectAgent, connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

describe.each(testDatabaseKinds())('chat happy path on %s', (kind) => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    url = await listen(t);
  });
  afterAll(() => t.close());

  it('takes a visitor to a human, both talk, the agent closes, the visitor reopens', async () => {
    const dana = await createStaff(t, ['agent'], 'Dana');
    const agent = await connectAgent(url, dana.accessToken);
    const { sessionId, visitorToken } = await startVisitorSession(t, { userMeta: { plan: 'pro' } });
    const created = await agent.waitFor('session:created', (session) => session.id === sessionId);
    expect(created).toMatchObject({ status: 'active', userMeta: { plan: 'pro' }, assignedAgent: null });

    const widget = await connectWidget(url, { sessionId, visitorToken });
    expect(await widget.waitFor('session')).toEqual({ sessionId, status: 'active' });

    // While active, the message goes to the bot; with an empty knowledge base it says so and queues the visitor.
    const first = ok(await widget.send('visitor:message', { clientMessageId: 'v-1', text: 'Hello 👋 où est ma commande?' }));
    expect(first.message).toMatchObject({ sessionId, sender: 'visitor', text: 'Hello 👋 où est ma commande?', clientMessageId: 'v-1' });
    expect(await widget.waitFor('session', (state) => state.status === 'needs_human')).toEqual({
      sessionId,
      status: 'needs_human',
      queuePosition: 1,
    });
    await widget.waitFor('message', (message) => message.sender === 'system' && /queue/.test(message.text));
    await agent.waitFor('queue', (queue) => queue.sessions.some((entry) => entry.sessionId === sessionId && entry.position === 1));
    await agent.waitFor('session:updated', (session) => session.id === sessionId && session.status === 'needs_human');

    // Claiming joins the agent to the session and tells the visitor who answers.
    const claimed = ok(await agent.send('agent:claim', { sessionId }));
    expect(claimed.session).toMatchObject<Partial<SessionDto>>({ id: sessionId, status: 'agent_assigned', assignedAgent: { id: dana.id, name: 'Dana' } });
    expect(await widget.waitFor('session', (state) => state.status === 'agent_assigned')).toEqual({
      sessionId,
      status: 'agent_assigned',
      agent: { id: dana.id, name: 'Dana' },
    });
    await widget.waitFor('message', (message) => message.sender === 'system' && message.text === 'You are now talking to Dana.');
    await agent.waitFor('queue', (queue) => queue.sessions.every((entry) => entry.sessionId !== sessionId));

    // Both ways, each side getting exactly what the other stored.
    const question = ok(await widget.send('visitor:message', { clientMessageId: 'v-2', text: 'It is late' }));
    expect(await agent.waitFor('message', (message) => message.id === question.message.id)).toEqual({ ...question.message, internal: false });
    const answer = ok(await agent.send('agent:message', { sessionId, clientMessageId: 'a-1', text: 'Let me check that for you.' }));
    expect(answer.message).toMatchObject({ sender: 'agent', internal: false, agent: { id: dana.id, name: 'Dana' } });
    const { internal: _, ...visitorShape } = answer.message;
    expect(await widget.waitFor('message', (message) => message.id === answer.message.id)).toEqual(visitorShape);

    // Closing, then the visitor writing again within REOPEN_WINDOW_MINUTES, reopens the same session.
    expect(ok(await agent.send('agent:close', { sessionId })).session).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    await widget.waitFor('session', (state) => state.status === 'closed');
    const again = ok(await widget.send('visitor:message', { clientMessageId: 'v-3', text: 'One more thing' }));
    expect(again.message.sessionId).toBe(sessionId);
    await widget.waitFor('message', (message) => message.sender === 'system' && message.text === 'The conversation was reopened.');
    await widget.waitFor('session', (state) => state.status === 'active');
    await widget.waitFor('message', (message) => message.sender === 'system' && /queue/.test(message.text) && message.id > again.message.id);
    const last = () => widget.all('session').at(-1);
    await widget.waitFor('session', () => last()?.status === 'needs_human');
    expect(last()).toEqual({ sessionId, status: 'needs_human', queuePosition: 1 });

    const history = await t.http.get(`/admin/sessions/${sessionId}/messages`).auth(dana.accessToken, { type: 'bearer' }).expect(200);
    expect(history.body.items.map((message: { sender: string }) => message.sender)).toEqual([
      'visitor', 'bot', 'system', 'system', 'visitor', 'agent', 'system', 'system', 'visitor', 'bot', 'system',
    ]);
    widget.close();
    agent.close();
  });
});
