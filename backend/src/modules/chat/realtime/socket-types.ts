import type {
  AgentClientToServer,
  AgentServerToClient,
  PresenceStatus,
  WidgetClientToServer,
  WidgetServerToClient,
} from '@parley/contracts';
import type { Namespace, Socket } from 'socket.io';

/** Set by the widget handshake: the one session this socket may act on. */
export interface WidgetSocketData {
  sessionId: string;
  lastMessageId?: string;
}

/** Set by the agent handshake; presence is per connection (see AgentPresence). */
export interface AgentSocketData {
  userId: string;
  /** Whether the roles at connect allowed taking sessions; actions re-check the current roles. */
  mayTakeSessions: boolean;
  presence: PresenceStatus;
  /** Epoch ms of the last switch to online. */
  onlineSince: number;
  ip: string | null;
}

type NoServerEvents = Record<string, never>;

export type WidgetNamespace = Namespace<WidgetClientToServer, WidgetServerToClient, NoServerEvents, WidgetSocketData>;
export type WidgetSocket = Socket<WidgetClientToServer, WidgetServerToClient, NoServerEvents, WidgetSocketData>;
export type AgentNamespace = Namespace<AgentClientToServer, AgentServerToClient, NoServerEvents, AgentSocketData>;
export type AgentSocket = Socket<AgentClientToServer, AgentServerToClient, NoServerEvents, AgentSocketData>;

/** Rooms: a session's visitor sockets (/widget) and watching agents (/agent) share one name. */
export const sessionRoom = (sessionId: string): string => `session:${sessionId}`;
/** Every staff socket, for the queue and session lists. */
export const AGENTS_ROOM = 'agents';
/** All sockets of one staff member, so an assignment reaches each of its consoles. */
export const staffRoom = (userId: string): string => `staff:${userId}`;
