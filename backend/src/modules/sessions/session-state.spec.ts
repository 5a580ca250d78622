import { SESSION_STATUSES, SessionStatus } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { SessionEvent, SessionEventType, SessionState, mayReopen, touchesQueue, transition } from './session-state';

const NOW = new Date('2026-03-01T10:00:00Z');
const DANA = 'agent-dana';
const SAM = 'agent-sam';

const EVENTS: Record<SessionEventType, SessionEvent> = {
  request_human: { type: 'request_human' },
  claim: { type: 'claim', agentId: SAM },
  assign: { type: 'assign', agentId: SAM },
  release: { type: 'release' },
  close: { type: 'close' },
  reopen: { type: 'reopen' },
};

/** Where each (status, event) leads; null: refused. Dana holds the agent_assigned sessions. */
const EXPECTED: Record<SessionStatus, Record<SessionEventType, SessionStatus | null>> = {
  active: { request_human: 'needs_human', claim: 'agent_assigned', assign: 'agent_assigned', release: null, close: 'closed', reopen: null },
  needs_human: { request_human: null, claim: 'agent_assigned', assign: 'agent_assigned', release: null, close: 'closed', reopen: null },
  agent_assigned: { request_human: null, claim: null, assign: 'agent_assigned', release: 'needs_human', close: 'closed', reopen: null },
  closed: { request_human: null, claim: null, assign: null, release: null, close: null, reopen: 'active' },
};

function stateOf(status: SessionStatus): SessionState {
  return { status, assignedAgentId: status === 'agent_assigned' ? DANA : null };
}

describe('session state machine', () => {
  const pairs = SESSION_STATUSES.flatMap((status) =>
    (Object.keys(EVENTS) as SessionEventType[]).map((event) => [status, event, EXPECTED[status][event]] as const),
  );

  it('covers every (status, event) pair', () => {
    expect(pairs).toHaveLength(SESSION_STATUSES.length * Object.keys(EVENTS).length);
  });

  it.each(pairs)('%s + %s → %s', (status, event, expected) => {
    const run = () => transition(stateOf(status), EVENTS[event], NOW);
    if (expected === null) {
      expect(run).toThrow(AppException);
      try {
        run();
      } catch (error) {
        expect((error as AppException).code).toBe('INVALID_STATE');
        expect((error as AppException).message).toContain(status);
      }
    } else {
      expect(run().status).toBe(expected);
    }
  });

  it('queues with a time and without an agent', () => {
    expect(transition(stateOf('active'), EVENTS.request_human, NOW)).toEqual({ status: 'needs_human', assignedAgentId: null, queuedAt: NOW });
    expect(transition(stateOf('agent_assigned'), EVENTS.release, NOW)).toEqual({ status: 'needs_human', assignedAgentId: null, queuedAt: NOW });
  });

  it('records who got the session and when', () => {
    expect(transition(stateOf('needs_human'), EVENTS.claim, NOW)).toEqual({ status: 'agent_assigned', assignedAgentId: SAM, assignedAt: NOW });
    expect(transition(stateOf('agent_assigned'), EVENTS.assign, NOW)).toEqual({ status: 'agent_assigned', assignedAgentId: SAM, assignedAt: NOW });
  });

  it('refuses assigning a session to the agent who has it', () => {
    expect(() => transition(stateOf('agent_assigned'), { type: 'assign', agentId: DANA }, NOW)).toThrow(/has it already/);
  });

  it('keeps the agent on close, for the record, and clears it on reopen', () => {
    expect(transition(stateOf('agent_assigned'), EVENTS.close, NOW)).toEqual({ status: 'closed', assignedAgentId: DANA, closedAt: NOW });
    expect(transition({ status: 'closed', assignedAgentId: DANA }, EVENTS.reopen, NOW)).toEqual({
      status: 'active',
      assignedAgentId: null,
      closedAt: null,
    });
  });
});

describe('mayReopen', () => {
  const closedAt = new Date(NOW.getTime() - 10 * 60_000);

  it('reopens within the window, including its last moment', () => {
    expect(mayReopen(closedAt, NOW, 15)).toBe(true);
    expect(mayReopen(closedAt, NOW, 10)).toBe(true);
  });

  it('starts anew after the window, or with no window at all', () => {
    expect(mayReopen(closedAt, NOW, 9)).toBe(false);
    expect(mayReopen(closedAt, NOW, 0)).toBe(false);
    expect(mayReopen(null, NOW, 60)).toBe(false);
  });
});

describe('touchesQueue', () => {
  it('is true when a session enters or leaves the queue', () => {
    expect(touchesQueue('active', 'needs_human')).toBe(true);
    expect(touchesQueue('needs_human', 'agent_assigned')).toBe(true);
    expect(touchesQueue('agent_assigned', 'closed')).toBe(false);
  });
});
