import { Inject, Injectable } from '@nestjs/common';
import type { Permission } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/auth.types';
import { MessagesService } from '../messages/messages.service';
import { UsersService } from '../users/users.service';
import { ChatEvents } from './chat-events';
import { SessionEvent, transition } from './session-state';
import { SessionsRepository } from './sessions.repository';
import type { SessionRow } from './sessions.schema';
import { SessionRecord, SessionsService } from './sessions.service';
import { SystemLines, systemLines } from './system-messages';

/** A staff member acting on a session, with the address the audit log records. */
export interface StaffActor {
  user: AuthenticatedUser;
  ip: string | null;
}

// A transition decided on a state that changed meanwhile is judged once more on the fresh state.
const ATTEMPTS = 2;

/** The system line of a transition, in the visitor's language. */
type Describe = (lines: SystemLines, session: SessionRecord, previous: SessionRecord) => string;

const assignedLine: Describe = (lines, session) => lines.assigned(session.agent?.name);

/**
 * Moves sessions through the handoff state machine: checks who may, applies the transition only if
 * nobody changed the session meanwhile, stores the system message the visitor reads, and publishes
 * both so every connected client hears of it.
 */
@Injectable()
export class HandoffService {
  constructor(
    private readonly repository: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly messages: MessagesService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: ChatEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The visitor asked for a person, or the answerer handed over. */
  requestHuman(sessionId: string): Promise<SessionRecord> {
    return this.apply(sessionId, () => ({ type: 'request_human' }), (lines) => lines.queued());
  }

  /** An agent takes a session for itself. */
  async claim(sessionId: string, agent: AuthenticatedUser): Promise<SessionRecord> {
    requirePermission(agent, 'sessions:claim');
    return this.apply(sessionId, () => ({ type: 'claim', agentId: agent.id }), assignedLine);
  }

  /** An admin hands a session to an agent (anyone who may reply), also away from another agent. */
  async assign(sessionId: string, agentId: string, actor: StaffActor): Promise<SessionRecord> {
    requirePermission(actor.user, 'sessions:assign');
    await this.sessions.get(sessionId);
    const agent = await this.users.findStaff(agentId);
    if (!agent) throw AppException.notFound('The agent');
    if (!agent.permissions.includes('sessions:reply')) {
      throw AppException.validation('agentId must be an agent: this user may not reply to visitors', ['agentId is not an agent']);
    }
    const session = await this.apply(sessionId, () => ({ type: 'assign', agentId }), assignedLine);
    await this.audit.record({ action: 'session.assign', actorId: actor.user.id, target: sessionId, ip: actor.ip, details: { agentId } });
    return session;
  }

  /** Auto-assignment: the system gives a waiting session to the agent it picked. */
  autoAssign(sessionId: string, agentId: string): Promise<SessionRecord> {
    return this.apply(sessionId, () => ({ type: 'claim', agentId }), assignedLine);
  }

  /** The agent who has the session gives it back to the queue (an admin may do it for them). */
  async release(sessionId: string, actor: AuthenticatedUser): Promise<SessionRecord> {
    requirePermission(actor, 'sessions:claim');
    return this.apply(
      sessionId,
      (row) => {
        assertHoldsOrManages(actor, row);
        return { type: 'release' };
      },
      (lines, _, previous) => lines.released(previous.agent?.name ?? actor.name),
    );
  }

  /** Staff close a session: its own agent, any agent while nobody has it, or an admin. */
  async close(sessionId: string, actor: StaffActor): Promise<SessionRecord> {
    requirePermission(actor.user, 'sessions:close');
    const session = await this.apply(
      sessionId,
      (row) => {
        assertHoldsOrManages(actor.user, row);
        return { type: 'close' };
      },
      (lines) => lines.closed(),
    );
    await this.audit.record({ action: 'session.close', actorId: actor.user.id, target: sessionId, ip: actor.ip });
    return session;
  }

  /** The idle job closes a session nobody wrote in for SESSION_IDLE_MINUTES. */
  closeIdle(sessionId: string): Promise<SessionRecord> {
    return this.apply(sessionId, () => ({ type: 'close' }), (lines) => lines.closedIdle(this.config.chat.sessionIdleMinutes));
  }

  /** The visitor wrote again into a recently closed session. */
  reopen(sessionId: string): Promise<SessionRecord> {
    return this.apply(sessionId, () => ({ type: 'reopen' }), (lines) => lines.reopened());
  }

  private async apply(
    sessionId: string,
    decide: (row: SessionRow) => SessionEvent,
    describe: Describe,
  ): Promise<SessionRecord> {
    for (let attempt = 1; ; attempt += 1) {
      const row = await this.sessions.get(sessionId);
      const patch = transition(row, decide(row), new Date());
      const updated = await this.repository.applyTransition(sessionId, row, patch);
      if (!updated) {
        if (attempt < ATTEMPTS) continue;
        throw new AppException('INVALID_STATE', 'The session changed meanwhile; try again');
      }
      const [session, previous] = await this.sessions.withAgents([updated, row]);
      if (!session || !previous) throw new Error('withAgents lost a row');
      const { message } = await this.messages.store({ sessionId, author: { sender: 'system' }, text: describe(systemLines(session.language), session, previous) });
      // The state first: an agent who just got the session joins its room before the system line goes out.
      this.events.publish({ type: 'session', session, previousStatus: row.status });
      this.events.publish({ type: 'message', message });
      return session;
    }
  }
}

function requirePermission(user: AuthenticatedUser, permission: Permission): void {
  if (!user.permissions.includes(permission)) throw new AppException('FORBIDDEN', `This needs the ${permission} permission`);
}

/** Only the agent holding a session, or someone who may assign sessions, acts on it over that agent's head. */
function assertHoldsOrManages(user: AuthenticatedUser, row: SessionRow): void {
  if (row.assignedAgentId && row.assignedAgentId !== user.id && !user.permissions.includes('sessions:assign')) {
    throw new AppException('FORBIDDEN', 'Another agent has this session');
  }
}
