import type { AgentRef, MessageDto, SessionDto, SessionStatus, StaffMessageDto } from './chat';
import type { ErrorInfo } from './errors';

/**
 * The Socket.IO protocol between the server, the widget (`/widget`) and the console (`/agent`).
 * docs/socket-protocol.md describes every event below with its payload, ack and error codes.
 */
export const WIDGET_NAMESPACE = '/widget';
export const AGENT_NAMESPACE = '/agent';

/** Events a visitor's widget sends; each takes an ack. */
export const VisitorEvents = {
  message: 'visitor:message',
  typing: 'visitor:typing',
  requestHuman: 'visitor:request-human',
  seen: 'visitor:seen',
  feedback: 'visitor:feedback',
} as const;

/** Events an agent's console sends; each takes an ack. */
export const AgentEvents = {
  join: 'agent:join',
  leave: 'agent:leave',
  message: 'agent:message',
  typing: 'agent:typing',
  claim: 'agent:claim',
  release: 'agent:release',
  close: 'agent:close',
  presence: 'agent:presence',
} as const;

/** Events the server sends. */
export const ServerEvents = {
  message: 'message',
  messageDelta: 'message:delta',
  typing: 'typing',
  seen: 'seen',
  session: 'session',
  sessionCreated: 'session:created',
  sessionUpdated: 'session:updated',
  queue: 'queue',
} as const;

// Handshake (`io(url + namespace, { auth })`)

export interface WidgetHandshakeAuth {
  sessionId: string;
  visitorToken: string;
  /** Replay only the visitor-visible messages after this one; omitted: the whole history. */
  lastMessageId?: string;
}

export interface AgentHandshakeAuth {
  /** The staff access JWT. */
  token: string;
}

/** `connect_error` data when a handshake is refused (the error's message says why). */
export interface HandshakeErrorData {
  code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'VALIDATION_FAILED' | 'INTERNAL';
}

// Client → server payloads

export interface VisitorMessagePayload {
  clientMessageId: string;
  text: string;
}
export interface TypingPayload {
  typing: boolean;
}
/** `visitor:request-human` takes an empty object. */
export type RequestHumanPayload = Record<string, never>;
export interface SeenPayload {
  messageId: string;
}
/** Thumbs up (`helpful: true`) or down on a bot answer of the visitor's session. */
export interface VisitorFeedbackPayload {
  messageId: string;
  helpful: boolean;
}

export interface SessionRefPayload {
  sessionId: string;
}
export interface AgentMessagePayload {
  sessionId: string;
  clientMessageId: string;
  text: string;
  /** An internal note: staff see it, the visitor never does. */
  internal?: boolean;
}
export interface AgentTypingPayload {
  sessionId: string;
  typing: boolean;
}
export const PRESENCE_STATUSES = ['online', 'away'] as const;
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];
export interface PresencePayload {
  status: PresenceStatus;
}

// Server → client events

export interface MessageDeltaEvent {
  messageId: string;
  delta: string;
}
export interface TypingEvent {
  sessionId: string;
  sender: 'visitor' | 'agent' | 'bot';
  typing: boolean;
}
/** To the agents of a session: the visitor has seen messages up to `messageId`. */
export interface SeenEvent {
  sessionId: string;
  messageId: string;
}
/**
 * What the visitor is told of its conversation's state. `sessionId` differs from the handshake's
 * when writing into a long-closed session started a new one: reconnect with the new id.
 */
export interface SessionStateEvent {
  sessionId: string;
  status: SessionStatus;
  /** 1 = next in line; only while status is needs_human. */
  queuePosition?: number;
  /** Only while status is agent_assigned. */
  agent?: AgentRef;
}
export interface QueueEntry {
  sessionId: string;
  waitingSince: string;
  position: number;
}
/** The waiting sessions in the order agents should take them. */
export interface QueueEvent {
  sessions: QueueEntry[];
}

// Acks

export type AckOk<T extends object = object> = { ok: true } & T;
export interface AckError {
  ok: false;
  error: ErrorInfo;
}
export type Ack<T extends object = object> = AckOk<T> | AckError;

export type MessageAck = Ack<{ message: MessageDto }>;
export type StaffMessageAck = Ack<{ message: StaffMessageDto }>;
export type SessionAck = Ack<{ session: SessionDto }>;
export type SessionStateAck = Ack<{ session: SessionStateEvent }>;
export type PresenceAck = Ack<{ status: PresenceStatus }>;
export type EmptyAck = Ack;

// Typed event maps for `Socket<ServerEvents, ClientEvents>` on either side.

type AckFn<A> = (answer: A) => void;

export interface WidgetServerToClient {
  message: (message: MessageDto) => void;
  'message:delta': (event: MessageDeltaEvent) => void;
  typing: (event: TypingEvent) => void;
  session: (event: SessionStateEvent) => void;
}
export interface WidgetClientToServer {
  'visitor:message': (payload: VisitorMessagePayload, ack: AckFn<MessageAck>) => void;
  'visitor:typing': (payload: TypingPayload, ack: AckFn<EmptyAck>) => void;
  'visitor:request-human': (payload: RequestHumanPayload, ack: AckFn<SessionStateAck>) => void;
  'visitor:seen': (payload: SeenPayload, ack: AckFn<EmptyAck>) => void;
  'visitor:feedback': (payload: VisitorFeedbackPayload, ack: AckFn<EmptyAck>) => void;
}

export interface AgentServerToClient {
  message: (message: StaffMessageDto) => void;
  'message:delta': (event: MessageDeltaEvent) => void;
  typing: (event: TypingEvent) => void;
  seen: (event: SeenEvent) => void;
  'session:created': (session: SessionDto) => void;
  'session:updated': (session: SessionDto) => void;
  queue: (event: QueueEvent) => void;
}
export interface AgentClientToServer {
  'agent:join': (payload: SessionRefPayload, ack: AckFn<SessionAck>) => void;
  'agent:leave': (payload: SessionRefPayload, ack: AckFn<EmptyAck>) => void;
  'agent:message': (payload: AgentMessagePayload, ack: AckFn<StaffMessageAck>) => void;
  'agent:typing': (payload: AgentTypingPayload, ack: AckFn<EmptyAck>) => void;
  'agent:claim': (payload: SessionRefPayload, ack: AckFn<SessionAck>) => void;
  'agent:release': (payload: SessionRefPayload, ack: AckFn<SessionAck>) => void;
  'agent:close': (payload: SessionRefPayload, ack: AckFn<SessionAck>) => void;
  'agent:presence': (payload: PresencePayload, ack: AckFn<PresenceAck>) => void;
}
