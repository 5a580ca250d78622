import type { SessionStatus } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';

/** What can happen to a session. Who may cause each event is decided by the services, not here. */
export type SessionEvent =
  | { type: 'request_human' }
  | { type: 'claim'; agentId: string }
  | { type: 'assign'; agentId: string }
  | { type: 'release' }
  | { type: 'close' }
  | { type: 'reopen' };

export type SessionEventType = SessionEvent['type'];

export interface SessionState {
  status: SessionStatus;
  assignedAgentId: string | null;
}

/** The new state plus the timestamps that move with it (undefined: leave the column as it is). */
export interface SessionPatch extends SessionState {
  queuedAt?: Date;
  assignedAt?: Date;
  closedAt?: Date | null;
}

function illegal(state: SessionState, event: SessionEvent, why: string): AppException {
  return new AppException('INVALID_STATE', `Cannot ${event.type.replace('_', ' ')} a session that is ${state.status}: ${why}`);
}

const OPEN: readonly SessionStatus[] = ['active', 'needs_human', 'agent_assigned'];

/**
 * The handoff state machine, the one place that knows which transitions are legal:
 * active → needs_human → agent_assigned → closed, release back to needs_human, reopen of a closed
 * session. An illegal transition throws INVALID_STATE.
 */
export function transition(state: SessionState, event: SessionEvent, now: Date): SessionPatch {
  switch (event.type) {
    case 'request_human':
      if (state.status !== 'active') throw illegal(state, event, 'only a session the bot is answering can be queued');
      return { status: 'needs_human', assignedAgentId: null, queuedAt: now };
    case 'claim':
      if (state.status === 'agent_assigned') throw illegal(state, event, 'an agent has it already');
      if (state.status === 'closed') throw illegal(state, event, 'it is closed');
      return { status: 'agent_assigned', assignedAgentId: event.agentId, assignedAt: now };
    case 'assign':
      if (state.status === 'closed') throw illegal(state, event, 'it is closed');
      if (state.assignedAgentId === event.agentId) throw illegal(state, event, 'that agent has it already');
      return { status: 'agent_assigned', assignedAgentId: event.agentId, assignedAt: now };
    case 'release':
      if (state.status !== 'agent_assigned') throw illegal(state, event, 'no agent has it');
      return { status: 'needs_human', assignedAgentId: null, queuedAt: now };
    case 'close':
      if (!OPEN.includes(state.status)) throw illegal(state, event, 'it is closed already');
      return { status: 'closed', assignedAgentId: state.assignedAgentId, closedAt: now };
    case 'reopen':
      if (state.status !== 'closed') throw illegal(state, event, 'it is still open');
      return { status: 'active', assignedAgentId: null, closedAt: null };
  }
}

/** A visitor writing into a closed session reopens it within the window; later a new session starts. */
export function mayReopen(closedAt: Date | null, now: Date, windowMinutes: number): boolean {
  return closedAt !== null && now.getTime() - closedAt.getTime() <= windowMinutes * 60_000;
}

/** Statuses in which the session waits in the queue, for the queue notifications. */
export function touchesQueue(before: SessionStatus, after: SessionStatus): boolean {
  return before === 'needs_human' || after === 'needs_human';
}
