import { AgentPresence, OnlineAgent } from './agent-presence';
import { AutoAssignService } from './auto-assign.service';
import { chatHarness } from './testing/chat-fakes';

class FakePresence extends AgentPresence {
  online: OnlineAgent[] = [];
  async onlineAgents(): Promise<OnlineAgent[]> {
    return this.online;
  }
}

async function setup(env: Record<string, string>) {
  const h = chatHarness(env);
  const presence = new FakePresence();
  const service = new AutoAssignService(h.config, h.sessions, h.handoff, presence, h.events);
  service.onModuleInit();
  const waiting = async () => {
    const { sessionId } = await h.visitors.createSession({});
    await h.handoff.requestHuman(sessionId);
    await service.drain();
    return sessionId;
  };
  return { h, presence, service, waiting };
}

describe('AutoAssignService', () => {
  it('does nothing unless AUTO_ASSIGN is on', async () => {
    const { h, presence, waiting } = await setup({});
    presence.online = [{ id: h.addStaff('Dana', ['agent']).id, onlineSince: new Date() }];
    const id = await waiting();
    expect(h.sessionsRepository.rows.get(id)?.status).toBe('needs_human');
  });

  it('fills the least busy agent, the longest waiting first, up to MAX_CHATS_PER_AGENT', async () => {
    const { h, presence, service, waiting } = await setup({ AUTO_ASSIGN: 'true', MAX_CHATS_PER_AGENT: '1' });
    const dana = h.addStaff('Dana', ['agent']);
    const sam = h.addStaff('Sam', ['agent']);
    presence.online = [
      { id: sam.id, onlineSince: new Date(Date.now() - 1000) },
      { id: dana.id, onlineSince: new Date(Date.now() - 5000) },
    ];
    const first = await waiting();
    const second = await waiting();
    const third = await waiting();
    expect(h.sessionsRepository.rows.get(first)?.assignedAgentId).toBe(dana.id);
    expect(h.sessionsRepository.rows.get(second)?.assignedAgentId).toBe(sam.id);
    expect(h.sessionsRepository.rows.get(third)?.status).toBe('needs_human');

    // Dana closes her session: the waiting one goes to her.
    await h.handoff.close(first, { user: dana, ip: null });
    await service.drain();
    expect(h.sessionsRepository.rows.get(third)?.assignedAgentId).toBe(dana.id);
    service.onModuleDestroy();
  });
});
