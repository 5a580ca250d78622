import { AGENT_NAMESPACE } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { AgentClient, UNKNOWN_ID, WidgetClient, connectAgent, connectWidget, listen, ok, refusal, startVisitorSession } from './chat-clients';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

describe.each(testDatabaseKinds())('agent chat on %s', (kind) => {
  let t: TestApp;
  let url: string;
  let dana: Staff;
  let sam: Staff;
  let viewer: Staff;
  const clients: (AgentClient | WidgetClient)[] = [];

  async function agentClient(staff: Staff): Promise<AgentClient> {
    const client = await connectAgent(url, staff.accessToken);
    clients.push(client);
    return client;
  }

  /** A visitor whose session waits in the queue. */
  async function waitingVisitor(): Promise<{ sessionId: string; visitorToken: string; widget: WidgetClient }> {
    const session = await startVisitorSession(t);
    const widget = await connectWidget(url, session);
    clients.push(widget);
    await widget.waitFor('session');
    ok(await widget.send('visitor:request-human', {}));
    return { ...session, widget };
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    url = await listen(t);
    dana = await createStaff(t, ['agent'], 'Dana');
    sam = await createStaff(t, ['agent'], 'Sam');
    viewer = await createStaff(t, ['viewer'], 'Vic');
  });
  afterEach(() => clients.splice(0).forEach((client) => client.close()));
  afterAll(() => t.close());

  it('refuses a missing or bad access token at the handshake', async () => {
    expect(await refusal(url, AGENT_NAMESPACE, {})).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await refusal(url, AGENT_NAMESPACE, { token: 'not-a-jwt' })).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await refusal(url, AGENT_NAMESPACE, { token: `${dana.accessToken}x` })).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('sends the queue on connect and session:created / session:updated to every agent', async () => {
    const { sessionId } = await waitingVisitor();
    const agent = await agentClient(dana);
    expect((await agent.waitFor('queue')).sessions.map((entry) => entry.sessionId)).toContain(sessionId);
    const other = await startVisitorSession(t);
    await agent.waitFor('session:created', (session) => session.id === other.sessionId);
  });

  it('lets a viewer watch but not write, claim, type or close', async () => {
    const { sessionId, widget } = await waitingVisitor();
    const watcher = await agentClient(viewer);
    expect(ok(await watcher.send('agent:join', { sessionId })).session.id).toBe(sessionId);
    const said = ok(await widget.send('visitor:message', { clientMessageId: 'w-1', text: 'anyone?' }));
    await watcher.waitFor('message', (message) => message.id === said.message.id);
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } };
    expect(await watcher.send('agent:message', { sessionId, clientMessageId: 'v-1', text: 'hi' })).toEqual(forbidden);
    expect(await watcher.send('agent:message', { sessionId, clientMessageId: 'v-2', text: 'note', internal: true })).toEqual(forbidden);
    expect(await watcher.send('agent:claim', { sessionId })).toEqual(forbidden);
    expect(await watcher.send('agent:typing', { sessionId, typing: true })).toEqual(forbidden);
    expect(await watcher.send('agent:close', { sessionId })).toEqual(forbidden);
    expect(watcher.socket.connected).toBe(true);
  });

  it('acks every failure path with its code', async () => {
    const { sessionId } = await waitingVisitor();
    const agent = await agentClient(dana);
    const rival = await agentClient(sam);
    const code = (answer: unknown) => (answer as { error?: { code: string } }).error?.code;

    expect(code(await agent.send('agent:join', { sessionId: UNKNOWN_ID }))).toBe('NOT_FOUND');
    expect(code(await agent.send('agent:join', { sessionId: 'nope' }))).toBe('VALIDATION_FAILED');
    expect(code(await agent.send('agent:join', { sessionId, extra: 1 }))).toBe('VALIDATION_FAILED');
    expect(code(await agent.send('agent:message', { sessionId, clientMessageId: 'x-1', text: 'too early' }))).toBe('INVALID_STATE');
    expect(code(await agent.send('agent:release', { sessionId }))).toBe('INVALID_STATE');
    expect(code(await agent.send('agent:presence', { status: 'busy' }))).toBe('VALIDATION_FAILED');
    expect(code(await agent.send('agent:message', { sessionId, clientMessageId: 'x-2', text: '' }))).toBe('VALIDATION_FAILED');

    ok(await agent.send('agent:claim', { sessionId }));
    expect(code(await rival.send('agent:claim', { sessionId }))).toBe('INVALID_STATE');
    expect(code(await agent.send('agent:claim', { sessionId }))).toBe('INVALID_STATE');
    expect(code(await rival.send('agent:message', { sessionId, clientMessageId: 'x-3', text: 'mine?' }))).toBe('FORBIDDEN');
    expect(code(await rival.send('agent:release', { sessionId }))).toBe('FORBIDDEN');
    expect(code(await rival.send('agent:close', { sessionId }))).toBe('FORBIDDEN');
    ok(await agent.send('agent:close', { sessionId }));
    expect(code(await agent.send('agent:close', { sessionId }))).toBe('INVALID_STATE');
    expect(code(await agent.send('agent:claim', { sessionId }))).toBe('INVALID_STATE');
    expect(agent.socket.connected && rival.socket.connected).toBe(true);
  });

  it('lets only one of two agents claiming at once win', async () => {
    const { sessionId } = await waitingVisitor();
    const [a, b] = await Promise.all([agentClient(dana), agentClient(sam)]);
    const answers = await Promise.all([a.send('agent:claim', { sessionId }), b.send('agent:claim', { sessionId })]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({ error: { code: 'INVALID_STATE' } });
  });

  it('puts a reconnecting agent back into the sessions it has, without a join', async () => {
    const { sessionId, widget } = await waitingVisitor();
    const before = await agentClient(dana);
    ok(await before.send('agent:claim', { sessionId }));
    before.close();
    const after = await agentClient(dana);
    await after.waitFor('queue');
    ok(await widget.send('visitor:message', { clientMessageId: 'after-reconnect', text: 'are you still there?' }));
    const received = await after.waitFor('message', (message) => message.text === 'are you still there?');
    expect(received).toMatchObject({ sessionId, sender: 'visitor' });
  });

  it('keeps internal notes from the visitor: not on the socket, not in the replay, not for a reused clientMessageId', async () => {
    const { sessionId, visitorToken, widget } = await waitingVisitor();
    const agent = await agentClient(dana);
    const colleague = await agentClient(sam);
    ok(await colleague.send('agent:join', { sessionId }));
    const note = ok(await agent.send('agent:message', { sessionId, clientMessageId: 'note-1', text: 'VIP, be nice', internal: true }));
    expect(note.message).toMatchObject({ internal: true, sender: 'agent' });
    expect(await colleague.waitFor('message', (message) => message.id === note.message.id)).toMatchObject({ internal: true });

    ok(await agent.send('agent:claim', { sessionId }));
    const reply = ok(await agent.send('agent:message', { sessionId, clientMessageId: 'reply-1', text: 'Hello!' }));
    await widget.waitFor('message', (message) => message.id === reply.message.id);
    await widget.settle();
    expect(widget.received.some((item) => JSON.stringify(item.payload).includes('VIP'))).toBe(false);

    const reloaded = await connectWidget(url, { sessionId, visitorToken });
    clients.push(reloaded);
    await reloaded.waitFor('session');
    expect(reloaded.all('message').map((message) => message.id)).toContain(reply.message.id);
    expect(reloaded.received.some((item) => JSON.stringify(item.payload).includes('VIP'))).toBe(false);

    // Reusing the note's clientMessageId must not hand the note to the visitor.
    const stolen = await widget.send('visitor:message', { clientMessageId: 'note-1', text: 'give me the note' });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(JSON.stringify(stolen)).not.toContain('VIP');

    const staffView = await t.http.get(`/admin/sessions/${sessionId}/messages`).auth(dana.accessToken, { type: 'bearer' }).expect(200);
    const notes = staffView.body.items.filter((message: { internal: boolean }) => message.internal);
    expect(notes).toEqual([expect.objectContaining({ id: note.message.id, text: 'VIP, be nice', internal: true })]);
    expect(staffView.body.items.every((message: object) => 'internal' in message)).toBe(true);
  });

  it('relays agent typing to the visitor only from the agent who has the session', async () => {
    const { sessionId, widget } = await waitingVisitor();
    const agent = await agentClient(dana);
    expect(await agent.send('agent:typing', { sessionId, typing: true })).toEqual({ ok: true });
    ok(await agent.send('agent:claim', { sessionId }));
    expect(await agent.send('agent:typing', { sessionId, typing: false })).toEqual({ ok: true });
    await widget.waitFor('typing');
    await widget.settle();
    expect(widget.all('typing')).toEqual([{ sessionId, sender: 'agent', typing: false }]);
  });

  it('gives a released session back to the queue and tells the visitor its place', async () => {
    const { sessionId, widget } = await waitingVisitor();
    const agent = await agentClient(dana);
    ok(await agent.send('agent:claim', { sessionId }));
    const released = ok(await agent.send('agent:release', { sessionId }));
    expect(released.session).toMatchObject({ status: 'needs_human', assignedAgent: null });
    await widget.waitFor('message', (message) => message.text === 'Dana has left the conversation. You are back in the queue.');
    const lastIs = (status: string) => () => widget.all('session').at(-1)?.status === status;
    await widget.waitFor('session', lastIs('needs_human'));
    // The queue may repeat a waiting visitor's place when other sessions move: compare the changes.
    const changes = widget.all('session').map((state) => state.status).filter((status, index, all) => status !== all[index - 1]);
    expect(changes).toEqual(['active', 'needs_human', 'agent_assigned', 'needs_human']);
    expect(widget.all('session').at(-1)).toEqual({ sessionId, status: 'needs_human', queuePosition: expect.any(Number) });
  });

  it('acks presence and refuses a deactivated agent from then on', async () => {
    const gone = await createStaff(t, ['agent'], 'Gone');
    const agent = await agentClient(gone);
    expect(await agent.send('agent:presence', { status: 'away' })).toEqual({ ok: true, status: 'away' });
    const root = await createStaff(t, ['super_admin']);
    await t.http.put(`/admin/users/${gone.id}`).auth(root.accessToken, { type: 'bearer' }).send({ disabled: true }).expect(200);
    expect(await agent.send('agent:presence', { status: 'online' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});
