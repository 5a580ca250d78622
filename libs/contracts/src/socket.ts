import type { AgentRef, MessageDto, SessionDto, SessionStatus, StaffMessageDto } from './chat';
import type { ErrorInfo } from './errors';

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
  session: 'session',
  sessionCreated: 'session:created',
  sessionUpdated: 'session:updated',
  queue: 'queue',
} as const;

export interface WidgetHandshakeAuth {
  sessionId: string;
  visitorToken: string;
  lastMessageId?: string;
}

export interface AgentHandshakeAuth {
  token: string;
}

/** `connect_error` data when a handshake is refused. */
export interface HandshakeErrorData {
  code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'VALIDATION_FAILED';
}

export interface VisitorMessagePayload {
  clientMessageId: string;
  text: string;
}
export interface TypingPayload {
  typing: boolean;
}
export interface SeenPayload {
  messageId: string;
}
export interface FeedbackPayload {
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
  internal?: boolean;
}
export interface AgentTypingPayload {
  sessionId: string;
  typing: boolean;
}
export type PresenceStatus = 'online' | 'away';
export interface PresencePayload {
  status: PresenceStatus;
}

export interface MessageDeltaEvent {
  messageId: string;
  delta: string;
}
export interface TypingEvent {
  sessionId?: string;
  sender: 'visitor' | 'agent' | 'bot';
  typing: boolean;
}
/** What the visitor is told of its conversation's state. */
export interface SessionStateEvent {
  status: SessionStatus;
  queuePosition?: number;
  agent?: AgentRef;
}
export interface QueueEntry {
  sessionId: string;
  waitingSince: string;
  position: number;
}
export interface QueueEvent {
  sessions: QueueEntry[];
}

export type AckOk<T extends object = object> = { ok: true } & T;
export interface AckError {
  ok: false;
  error: ErrorInfo;
}
export type Ack<T extends object = object> = AckOk<T> | AckError;

export type MessageAck = Ack<{ message: MessageDto }>;
export type StaffMessageAck = Ack<{ message: StaffMessageDto }>;
export type SessionAck = Ack<{ session: SessionDto }>;
