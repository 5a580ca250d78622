import { chatHarness, codeOf } from '../chat/testing/chat-fakes';

async function waitingSession(h: ReturnType<typeof chatHarness>) {
  const session = await h.sessions.create({ userMeta: null, customer: null, visitorTokenHash: 'hash' });
  await h.handoff.requestHuman(session.id);
  return session.id;
}

describe('HandoffService', () => {
  it('stores a system line for each transition and publishes the state before the line', async () => {
    const h = chatHarness();
    const dana = h.addStaff('Dana', ['agent']);
    const id = await waitingSession(h);
    h.published.length = 0;
    const session = await h.handoff.claim(id, dana);
    expect(session).toMatchObject({ status: 'agent_assigned', assignedAgentId: dana.id, agent: { id: dana.id, name: 'Dana' } });
    expect(h.published.map((event) => event.type)).toEqual(['session', 'message']);
    expect(h.published[0]).toMatchObject({ previousStatus: 'needs_human', session: { status: 'agent_assigned' } });
    expect(h.published[1]).toMatchObject({ message: { sender: 'system', text: 'You are now talking to Dana.', internal: false } });
  });

  it('names the agent who left when a session is released, also when an admin releases it', async () => {
    const h = chatHarness();
    const dana = h.addStaff('Dana', ['agent']);
    const ada = h.addStaff('Ada', ['admin']);
    const id = await waitingSession(h);
    await h.handoff.claim(id, dana);
    const released = await h.handoff.release(id, ada);
    expect(released).toMatchObject({ status: 'needs_human', assignedAgentId: null, queuedAt: expect.any(Date) });
    expect(h.messagesRepository.rows.at(-1)?.text).toBe('Dana has left the conversation. You are back in the queue.');
  });

  it('checks who may act: claim needs sessions:claim, only the holder or an admin releases or closes', async () => {
    const h = chatHarness();
    const [dana, sam, vic, ada] = [
      h.addStaff('Dana', ['agent']),
      h.addStaff('Sam', ['agent']),
      h.addStaff('Vic', ['viewer']),
      h.addStaff('Ada', ['admin']),
    ];
    const id = await waitingSession(h);
    expect(await codeOf(h.handoff.claim(id, vic))).toBe('FORBIDDEN');
    await h.handoff.claim(id, dana);
    expect(await codeOf(h.handoff.release(id, sam))).toBe('FORBIDDEN');
    expect(await codeOf(h.handoff.close(id, { user: sam, ip: null }))).toBe('FORBIDDEN');
    expect(await codeOf(h.handoff.close(id, { user: vic, ip: null }))).toBe('FORBIDDEN');
    expect((await h.handoff.close(id, { user: ada, ip: '10.0.0.1' })).status).toBe('closed');
    expect(h.audit.record).toHaveBeenCalledWith({ action: 'session.close', actorId: ada.id, target: id, ip: '10.0.0.1' });
  });

  it('assigns only to active staff who may reply, and audits it', async () => {
    const h = chatHarness();
    const [dana, vic, ada] = [h.addStaff('Dana', ['agent']), h.addStaff('Vic', ['viewer']), h.addStaff('Ada', ['admin'])];
    const id = await waitingSession(h);
    expect(await codeOf(h.handoff.assign(id, dana.id, { user: dana, ip: null }))).toBe('FORBIDDEN');
    expect(await codeOf(h.handoff.assign(id, vic.id, { user: ada, ip: null }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(h.handoff.assign(id, '0190a000-0000-7000-8000-000000000000', { user: ada, ip: null }))).toBe('NOT_FOUND');
    expect(await codeOf(h.handoff.assign('0190a000-0000-7000-8000-000000000001', dana.id, { user: ada, ip: null }))).toBe('NOT_FOUND');
    expect((await h.handoff.assign(id, dana.id, { user: ada, ip: null })).agent).toEqual({ id: dana.id, name: 'Dana' });
    expect(h.audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'session.assign', target: id, details: { agentId: dana.id } }));
  });

  it('judges again once when someone else changed the session meanwhile, then gives up with INVALID_STATE', async () => {
    const h = chatHarness();
    const dana = h.addStaff('Dana', ['agent']);
    const id = await waitingSession(h);
    h.sessionsRepository.loseRaces = 1;
    expect((await h.handoff.claim(id, dana)).status).toBe('agent_assigned');
    const other = await waitingSession(h);
    h.sessionsRepository.loseRaces = 2;
    expect(await codeOf(h.handoff.claim(other, dana))).toBe('INVALID_STATE');
    expect(h.sessionsRepository.rows.get(other)?.status).toBe('needs_human');
  });

  it('closes idle sessions with a line naming the idle time, and reopens closed ones', async () => {
    const h = chatHarness({ SESSION_IDLE_MINUTES: '45' });
    const id = await waitingSession(h);
    await h.handoff.closeIdle(id);
    expect(h.messagesRepository.rows.at(-1)?.text).toBe('This conversation was closed after 45 minutes without messages.');
    expect((await h.handoff.reopen(id)).status).toBe('active');
    expect(await codeOf(h.handoff.reopen(id))).toBe('INVALID_STATE');
  });
});
