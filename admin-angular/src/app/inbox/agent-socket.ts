import type {
  AgentClientToServer,
  ErrorInfo,
  MessageDeltaEvent,
  QueueEvent,
  SessionDto,
  StaffMessageDto,
  TypingEvent,
} from '@parley/contracts';

/** What the inbox header says about the `/agent` connection. */
export type ConnectionState =
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting' }
  | { kind: 'error'; message: string };

/** The server events the inbox reacts to (`session:created` and `session:updated` both land in `session`). */
export interface AgentSocketListener {
  connection(state: ConnectionState): void;
  /** After every successful (re)connect: a new socket is in no session room yet. */
  connected(): void;
  queue(event: QueueEvent): void;
  session(session: SessionDto): void;
  message(message: StaffMessageDto): void;
  delta(event: MessageDeltaEvent): void;
  typing(event: TypingEvent): void;
}

export type AgentEventName = keyof AgentClientToServer;
export type AgentPayload<E extends AgentEventName> = Parameters<AgentClientToServer[E]>[0];
/** The ack answer of an agent event, e.g. `{ ok: true, session }` or `{ ok: false, error }`. */
export type AgentAck<E extends AgentEventName> = Parameters<Parameters<AgentClientToServer[E]>[1]>[0];

/**
 * The `/agent` connection as the inbox store sees it. The Socket.IO implementation lives in
 * agent-socket.service.ts; tests give the store a fake.
 */
export abstract class AgentSocket {
  abstract connect(listener: AgentSocketListener): void;
  abstract disconnect(): void;
  /** Sends an event and resolves with its ack; never rejects (a lost ack becomes an error ack). */
  abstract send<E extends AgentEventName>(event: E, payload: AgentPayload<E>): Promise<AgentAck<E>>;
}

/** An ack failure the client makes up itself (no connection, no answer in time). */
export function localFailure(message: string): { ok: false; error: ErrorInfo } {
  return { ok: false, error: { code: 'SERVICE_UNAVAILABLE', message } };
}
