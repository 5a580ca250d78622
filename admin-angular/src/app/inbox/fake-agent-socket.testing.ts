import { Injectable } from '@angular/core';
import type { SessionDto } from '@parley/contracts';
import { AgentAck, AgentEventName, AgentPayload, AgentSocket, AgentSocketListener } from './agent-socket';

type Answer = (payload: unknown) => unknown;

/** Events whose success ack carries a session: without an answer set, the fake knows none. */
const SESSION_EVENTS: readonly AgentEventName[] = ['agent:join', 'agent:claim', 'agent:release', 'agent:close'];

/**
 * A stand-in for the `/agent` socket in tests: records what the store sends, answers with the
 * acks a test sets (default `{ ok: true }`), and lets the test play server events.
 */
@Injectable()
export class FakeAgentSocket extends AgentSocket {
  listener: AgentSocketListener | null = null;
  readonly sent: { event: AgentEventName; payload: unknown }[] = [];
  readonly answers = new Map<AgentEventName, Answer>();
  connects = 0;
  disconnects = 0;

  connect(listener: AgentSocketListener): void {
    this.connects++;
    this.listener = listener;
  }

  disconnect(): void {
    this.disconnects++;
  }

  send<E extends AgentEventName>(event: E, payload: AgentPayload<E>): Promise<AgentAck<E>> {
    this.sent.push({ event, payload });
    const answer = this.answers.get(event);
    const fallback = SESSION_EVENTS.includes(event) ? { ok: false, error: { code: 'NOT_FOUND', message: 'No such session' } } : { ok: true };
    return Promise.resolve((answer ? answer(payload) : fallback) as AgentAck<E>);
  }

  /** Plays a successful handshake. */
  open(): void {
    this.listener?.connection({ kind: 'connected' });
    this.listener?.connected();
  }

  /** Acks joins (and claims, releases, closes) with the given sessions, by id. */
  answerSessions(sessions: Record<string, SessionDto>, ...events: AgentEventName[]): void {
    for (const event of events) {
      this.answers.set(event, (payload) => {
        const session = sessions[(payload as { sessionId: string }).sessionId];
        return session ? { ok: true, session } : { ok: false, error: { code: 'NOT_FOUND', message: 'No such session' } };
      });
    }
  }

  sentOf(event: AgentEventName): unknown[] {
    return this.sent.filter((item) => item.event === event).map((item) => item.payload);
  }
}
