import { chatHarness, codeOf } from './testing/chat-fakes';

async function setup() {
  const h = chatHarness();
  const dana = h.addStaff('Dana', ['agent']);
  const sam = h.addStaff('Sam', ['agent']);
  const vic = h.addStaff('Vic', ['viewer']);
  const { sessionId } = await h.visitors.createSession({});
  await h.handoff.requestHuman(sessionId);
  return { h, dana, sam, vic, sessionId };
}

describe('AgentChatService', () => {
  it('reads the staff member afresh and refuses one who is gone', async () => {
    const { h, dana } = await setup();
    expect(await h.agents.current(dana.id)).toEqual(dana);
    h.people.delete(dana.id);
    expect(await codeOf(h.agents.current(dana.id))).toBe('UNAUTHORIZED');
  });

  it('lets only the agent who has the session reply to the visitor', async () => {
    const { h, dana, sam, vic, sessionId } = await setup();
    const say = (who: typeof dana, id: string) => h.agents.send(who, { sessionId, clientMessageId: id, text: 'hi' });
    expect(await codeOf(say(dana, 'a1'))).toBe('INVALID_STATE');
    await h.agents.claim(dana, sessionId);
    expect(await codeOf(say(sam, 'a2'))).toBe('FORBIDDEN');
    expect(await codeOf(say(vic, 'a3'))).toBe('FORBIDDEN');
    const reply = await say(dana, 'a4');
    expect(reply).toMatchObject({ sender: 'agent', internal: false });
    expect(h.published.at(-1)).toEqual({ type: 'message', message: reply });
  });

  it('takes internal notes from anyone who may reply, on any session, without keeping it from going idle', async () => {
    const { h, sam, vic, sessionId } = await setup();
    const before = h.sessionsRepository.rows.get(sessionId)?.updatedAt;
    const note = await h.agents.send(sam, { sessionId, clientMessageId: 'n1', text: 'VIP', internal: true });
    expect(note).toMatchObject({ internal: true, sender: 'agent' });
    expect(h.sessionsRepository.rows.get(sessionId)?.updatedAt).toEqual(before);
    expect(await codeOf(h.agents.send(vic, { sessionId, clientMessageId: 'n2', text: 'x', internal: true }))).toBe('FORBIDDEN');
    expect(await h.agents.send(sam, { sessionId, clientMessageId: 'n1', text: 'VIP', internal: true })).toEqual(note);
  });

  it('shows agent typing to the visitor only from the agent who has the session', async () => {
    const { h, dana, sam, vic, sessionId } = await setup();
    expect((await h.agents.typing(dana, sessionId, true)).visitorSees).toBe(false);
    await h.agents.claim(dana, sessionId);
    expect(await h.agents.typing(dana, sessionId, true)).toEqual({ event: { sessionId, sender: 'agent', typing: true }, visitorSees: true });
    expect((await h.agents.typing(sam, sessionId, true)).visitorSees).toBe(false);
    expect(await codeOf(h.agents.typing(vic, sessionId, true))).toBe('FORBIDDEN');
  });

  it('lets viewers join to watch, and reports unknown sessions', async () => {
    const { h, vic, sessionId } = await setup();
    expect((await h.agents.join(vic, sessionId)).id).toBe(sessionId);
    expect(await codeOf(h.agents.join(vic, '0190a000-0000-7000-8000-000000000000'))).toBe('NOT_FOUND');
  });
});
