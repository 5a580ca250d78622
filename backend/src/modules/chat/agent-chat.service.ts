import { Injectable } from '@nestjs/common';
import type { AgentMessagePayload, Permission, TypingEvent } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { AuthenticatedUser } from '../auth/auth.types';
import type { MessageRow } from '../messages/messages.schema';
import { MessageAuthor, MessagesService } from '../messages/messages.service';
import { ChatEvents } from '../sessions/chat-events';
import { HandoffService, StaffActor } from '../sessions/handoff.service';
import { SessionRecord, SessionsService } from '../sessions/sessions.service';
import { UsersService } from '../users/users.service';

function requirePermission(user: AuthenticatedUser, permission: Permission): void {
  if (!user.permissions.includes(permission)) throw new AppException('FORBIDDEN', `This needs the ${permission} permission`);
}

/** What staff do on the agent socket: watch, write, take, give back and close sessions. */
@Injectable()
export class AgentChatService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly messages: MessagesService,
    private readonly handoff: HandoffService,
    private readonly events: ChatEvents,
  ) {}

  /**
   * The staff member as of now: a socket lives for hours, so roles and deactivation are read again
   * for each action rather than trusted from the handshake.
   */
  async current(userId: string): Promise<AuthenticatedUser> {
    const user = await this.users.findStaff(userId);
    if (!user) throw new AppException('UNAUTHORIZED', 'This account is no longer active');
    return user;
  }

  async join(user: AuthenticatedUser, sessionId: string): Promise<SessionRecord> {
    requirePermission(user, 'sessions:read');
    return this.sessions.getRecord(sessionId);
  }

  /**
   * Stores an agent message. Visitor-facing replies need the session to be the agent's own; internal
   * notes may be left on any session by anyone who may reply.
   */
  async send(user: AuthenticatedUser, input: AgentMessagePayload): Promise<MessageRow> {
    requirePermission(user, 'sessions:reply');
    const session = await this.sessions.get(input.sessionId);
    const author: MessageAuthor = { sender: 'agent', agent: { id: user.id, name: user.name } };
    const retry = await this.messages.findRetry(session.id, input.clientMessageId, author);
    if (retry) return retry;
    const internal = input.internal ?? false;
    if (!internal) {
      if (session.status !== 'agent_assigned') {
        throw new AppException('INVALID_STATE', `Cannot reply to a session that is ${session.status}: claim it first`);
      }
      if (session.assignedAgentId !== user.id) throw new AppException('FORBIDDEN', 'Another agent has this session');
    }
    await this.messages.assertWithinRate(session.id, 'staff');
    const { message, created } = await this.messages.store({
      sessionId: session.id,
      author,
      text: input.text,
      clientMessageId: input.clientMessageId,
      internal,
    });
    if (created) {
      // Notes are staff talk: they do not keep the visitor's conversation from going idle.
      if (!internal) await this.sessions.touch(session.id);
      this.events.publish({ type: 'message', message });
    }
    return message;
  }

  /** Staff typing reaches the other agents; the visitor sees it only from the agent it talks to. */
  async typing(user: AuthenticatedUser, sessionId: string, typing: boolean): Promise<{ event: TypingEvent; visitorSees: boolean }> {
    requirePermission(user, 'sessions:reply');
    const session = await this.sessions.get(sessionId);
    const visitorSees = session.status === 'agent_assigned' && session.assignedAgentId === user.id;
    return { event: { sessionId, sender: 'agent', typing }, visitorSees };
  }

  claim(user: AuthenticatedUser, sessionId: string): Promise<SessionRecord> {
    return this.handoff.claim(sessionId, user);
  }

  release(user: AuthenticatedUser, sessionId: string): Promise<SessionRecord> {
    return this.handoff.release(sessionId, user);
  }

  close(actor: StaffActor, sessionId: string): Promise<SessionRecord> {
    return this.handoff.close(sessionId, actor);
  }
}
