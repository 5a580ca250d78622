import type { SessionStateEvent } from '@parley/contracts';
import type { SessionRecord } from '../sessions/sessions.service';

/** What the visitor is told of its session: the queue position while waiting, the agent once assigned. */
export function visitorState(session: SessionRecord, queuePosition?: number): SessionStateEvent {
  const state: SessionStateEvent = { sessionId: session.id, status: session.status };
  if (session.status === 'needs_human' && queuePosition !== undefined) state.queuePosition = queuePosition;
  if (session.status === 'agent_assigned' && session.agent) state.agent = session.agent;
  return state;
}
