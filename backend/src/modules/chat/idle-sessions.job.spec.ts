import { IdleSessionsJob } from './idle-sessions.job';
import { chatHarness } from './testing/chat-fakes';

describe('IdleSessionsJob', () => {
  it('closes open sessions without activity for SESSION_IDLE_MINUTES, and only those', async () => {
    const h = chatHarness({ SESSION_IDLE_MINUTES: '30' });
    const job = new IdleSessionsJob(h.config, h.sessions, h.handoff);
    const idle = (await h.visitors.createSession({})).sessionId;
    const fresh = (await h.visitors.createSession({})).sessionId;
    const row = h.sessionsRepository.rows.get(idle);
    if (!row) throw new Error('missing');
    h.sessionsRepository.rows.set(idle, { ...row, updatedAt: new Date(Date.now() - 31 * 60_000) });

    expect(await job.closeIdle()).toBe(1);
    expect(h.sessionsRepository.rows.get(idle)?.status).toBe('closed');
    expect(h.sessionsRepository.rows.get(fresh)?.status).toBe('active');
    expect(await job.closeIdle()).toBe(0);
    expect(await job.closeIdle(new Date(Date.now() + 31 * 60_000))).toBe(1);
  });
});
