/** Lifecycle of a visitor conversation: the bot answers while `active`. */
export const SESSION_STATUSES = ['active', 'needs_human', 'agent_assigned', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MESSAGE_SENDERS = ['visitor', 'bot', 'agent', 'system'] as const;
export type MessageSender = (typeof MESSAGE_SENDERS)[number];

/** The longest message text a visitor or agent may send, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;

/** A client's own id for a message it sends (retries reuse it): 1–100 of `A-Z a-z 0-9 . _ : -`. */
export const CLIENT_MESSAGE_ID_MAX_LENGTH = 100;
export const CLIENT_MESSAGE_ID_PATTERN = /^[A-Za-z0-9._:-]+$/;

/** The largest `userMeta` a widget may attach to a session, as JSON bytes. */
export const USER_META_MAX_BYTES = 4096;

export interface MessageSource {
  articleId: string;
  title: string;
  url?: string;
}

/** A message as a visitor sees it. Internal notes never take this shape. */
export interface MessageDto {
  id: string;
  sessionId: string;
  sender: MessageSender;
  text: string;
  createdAt: string;
  clientMessageId?: string;
  confidence?: number;
  sources?: MessageSource[];
  /** Set on agent messages so the visitor sees who answered. */
  agent?: AgentRef;
}

/** A message as staff see it: also carries internal notes, flagged. */
export interface StaffMessageDto extends MessageDto {
  internal: boolean;
  /** The stored text or metadata could not be decrypted (damaged or tampered): `text` is `[unreadable]`. */
  unreadable?: boolean;
}

export interface AgentRef {
  id: string;
  name: string;
}

/** The known customer a session is bound to by a verified identity token (claims sub, email, name). */
export interface CustomerRef {
  id: string;
  email?: string;
  name?: string;
}

/** A session as staff see it. `updatedAt` moves with every message (idle sessions are closed by it). */
export interface SessionDto {
  id: string;
  status: SessionStatus;
  assignedAgent: AgentRef | null;
  userMeta: Record<string, unknown> | null;
  customer: CustomerRef | null;
  /** The visitor's language tag as the widget or integrator gave it; null if none was given. */
  language: string | null;
  /** When it last entered the queue (status needs_human); null if it never did. */
  queuedAt: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The stored visitor meta or customer could not be decrypted: they are null. */
  unreadable?: boolean;
}

/** Filters of `GET /admin/sessions`, besides `limit` and `cursor`; newest sessions first. */
export interface SessionListQuery {
  status?: SessionStatus;
  agentId?: string;
  /** ISO date-times: sessions created at or after `from` and before `to`. */
  from?: string;
  to?: string;
  /** Case-insensitive text searched in the visitor's userMeta and customer identity. */
  q?: string;
}

export interface AssignSessionRequest {
  agentId: string;
}

export interface CreateChatSessionRequest {
  userMeta?: Record<string, unknown>;
  /**
   * The visitor's language as a BCP 47 tag (LANGUAGE_TAG_PATTERN): the bot's and system lines come in
   * its desk language (DESK_LANGUAGES), English for any other. The widget sends the language it shows.
   */
  language?: string;
  /** HS256 JWT signed with the desk's IDENTITY_SECRET (claims sub, email, name). */
  userToken?: string;
}

export interface CreateChatSessionResponse {
  sessionId: string;
  visitorToken: string;
}
