/** Lifecycle of a visitor conversation: the bot answers while `active`. */
export const SESSION_STATUSES = ['active', 'needs_human', 'agent_assigned', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MESSAGE_SENDERS = ['visitor', 'bot', 'agent', 'system'] as const;
export type MessageSender = (typeof MESSAGE_SENDERS)[number];

/** The longest message text a visitor or agent may send, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;

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
}

export interface AgentRef {
  id: string;
  name: string;
}

export interface SessionDto {
  id: string;
  status: SessionStatus;
  assignedAgent: AgentRef | null;
  userMeta: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CreateChatSessionRequest {
  userMeta?: Record<string, unknown>;
  /** HS256 JWT signed with the desk's IDENTITY_SECRET (claims sub, email, name). */
  userToken?: string;
}

export interface CreateChatSessionResponse {
  sessionId: string;
  visitorToken: string;
}
