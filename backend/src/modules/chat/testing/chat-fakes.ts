import { Role, permissionsFor } from '@parley/contracts';
import { uuidv7 } from '../../../common/ids';
import { MemoryCounterStore } from '../../../common/rate-limit/memory-counter-store';
import { AppConfig, loadConfig } from '../../../config/app-config';
import type { AuditService } from '../../audit/audit.service';
import type { AuthenticatedUser } from '../../auth/auth.types';
import type { MessagesRepository, NewMessage } from '../../messages/messages.repository';
import type { MessageRow } from '../../messages/messages.schema';
import { MessagesService } from '../../messages/messages.service';
import { ChatEvent, ChatEvents } from '../../sessions/chat-events';
import { HandoffService } from '../../sessions/handoff.service';
import type { SessionPatch, SessionState } from '../../sessions/session-state';
import type { AgentLoad, SessionListFilter, SessionsRepository } from '../../sessions/sessions.repository';
import type { SessionRow, SessionStart } from '../../sessions/sessions.schema';
import { SessionsService } from '../../sessions/sessions.service';
import type { UsersService } from '../../users/users.service';
import { AgentChatService } from '../agent-chat.service';
import type { Answerer, AnswerTurn } from '../answerer';
import { IdentityVerifier } from '../identity-verifier';
import { VisitorChatService } from '../visitor-chat.service';

/** Real UUIDv7 ids: cursors check them, and they sort in creation order. */
const nextId = () => uuidv7();

/** An in-memory SessionsRepository with the same guarded transition. */
export class FakeSessionsRepository implements Pick<SessionsRepository, keyof SessionsRepository> {
  readonly rows = new Map<string, SessionRow>();
  /** Set to make the next guarded transitions lose, as if another process changed the session. */
  loseRaces = 0;

  async insert(session: SessionStart): Promise<SessionRow> {
    const now = new Date();
    const row: SessionRow = {
      id: nextId(),
      status: 'active',
      assignedAgentId: null,
      userMeta: session.userMeta ?? null,
      customer: session.customer ?? null,
      language: session.language ?? null,
      metaSearch: null,
      visitorTokenHash: session.visitorTokenHash ?? null,
      queuedAt: null,
      assignedAt: null,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    this.rows.set(row.id, row);
    return row;
  }
  async findById(id: string) {
    return this.rows.get(id);
  }
  async list(filter: SessionListFilter) {
    return [...this.rows.values()].filter((row) => !filter.status || row.status === filter.status).reverse().slice(0, filter.limit + 1);
  }
  async applyTransition(id: string, expected: SessionState, patch: SessionPatch) {
    const row = this.rows.get(id);
    if (this.loseRaces > 0) {
      this.loseRaces -= 1;
      return undefined;
    }
    if (!row || row.status !== expected.status || row.assignedAgentId !== expected.assignedAgentId) return undefined;
    const updated = { ...row, ...patch, updatedAt: new Date() };
    this.rows.set(id, updated);
    return updated;
  }
  async touch(id: string, at: Date) {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, updatedAt: at });
  }
  async queue() {
    return [...this.rows.values()]
      .filter((row) => row.status === 'needs_human')
      .sort((a, b) => (a.queuedAt?.getTime() ?? 0) - (b.queuedAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
  }
  async assignedTo(agentId: string) {
    return [...this.rows.values()].filter((row) => row.assignedAgentId === agentId && row.status === 'agent_assigned').map((row) => row.id);
  }
  async idleSince(before: Date, limit: number) {
    return [...this.rows.values()].filter((row) => row.status !== 'closed' && row.updatedAt < before).slice(0, limit);
  }
  async agentLoads(agentIds: readonly string[]): Promise<AgentLoad[]> {
    return agentIds.map((agentId) => {
      const held = [...this.rows.values()].filter((row) => row.assignedAgentId === agentId);
      return {
        agentId,
        openSessions: held.filter((row) => row.status === 'agent_assigned').length,
        lastAssignedAt: held.map((row) => row.assignedAt).filter((at): at is Date => at !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null,
      };
    });
  }
}

/** An in-memory MessagesRepository with the (session, clientMessageId) uniqueness of the real one. */
export class FakeMessagesRepository implements Pick<MessagesRepository, keyof MessagesRepository> {
  readonly rows: MessageRow[] = [];

  async insert(message: NewMessage) {
    if (message.clientMessageId && (await this.findByClientId(message.sessionId, message.clientMessageId))) return undefined;
    const row: MessageRow = {
      id: nextId(),
      sessionId: message.sessionId,
      sender: message.sender,
      text: message.text,
      metadata: message.metadata ?? null,
      confidence: message.confidence ?? null,
      clientMessageId: message.clientMessageId ?? null,
      internal: message.internal ?? false,
      createdAt: new Date(),
    };
    this.rows.push(row);
    return row;
  }
  async findByClientId(sessionId: string, clientMessageId: string) {
    return this.rows.find((row) => row.sessionId === sessionId && row.clientMessageId === clientMessageId);
  }
  async findInSession(sessionId: string, id: string) {
    return this.rows.find((row) => row.sessionId === sessionId && row.id === id);
  }
  async list(sessionId: string, options: { afterId?: string; withInternal: boolean; limit?: number }) {
    const rows = this.rows.filter(
      (row) => row.sessionId === sessionId && (!options.afterId || row.id > options.afterId) && (options.withInternal || !row.internal),
    );
    return options.limit === undefined ? rows : rows.slice(0, options.limit);
  }
  async listLatestVisible(sessionId: string, limit: number) {
    return this.rows.filter((row) => row.sessionId === sessionId && !row.internal).slice(-limit);
  }
}

export function staff(name: string, roles: Role[]): AuthenticatedUser {
  return { id: nextId(), email: `${name.toLowerCase()}@parley.test`, name, roles, permissions: permissionsFor(roles) };
}

/** Records what it is asked and does what the test says, like a bot would. */
export class ScriptedAnswerer implements Answerer {
  readonly turns: AnswerTurn[] = [];
  constructor(private readonly script: (turn: AnswerTurn) => Promise<void> = async () => undefined) {}
  async answer(turn: AnswerTurn): Promise<void> {
    this.turns.push(turn);
    await this.script(turn);
  }
}

/** The chat services wired to in-memory fakes, with every published event recorded. */
export function chatHarness(env: Record<string, string> = {}, answerer: Answerer = new ScriptedAnswerer()) {
  const config: AppConfig = loadConfig({ NODE_ENV: 'test', ...env });
  const sessionsRepository = new FakeSessionsRepository();
  const messagesRepository = new FakeMessagesRepository();
  const people = new Map<string, AuthenticatedUser>();
  const users = { findStaff: async (id: string) => people.get(id) ?? null } as unknown as UsersService;
  const audit = { record: jest.fn(async () => undefined) };
  const events = new ChatEvents();
  const published: ChatEvent[] = [];
  events.events.subscribe((event) => published.push(event));
  const messages = new MessagesService(messagesRepository as unknown as MessagesRepository, new MemoryCounterStore(), config);
  const sessions = new SessionsService(sessionsRepository as unknown as SessionsRepository, users, messages);
  const handoff = new HandoffService(
    sessionsRepository as unknown as SessionsRepository,
    sessions,
    messages,
    users,
    audit as unknown as AuditService,
    events,
    config,
  );
  const visitors = new VisitorChatService(sessions, messages, handoff, events, new IdentityVerifier(config), answerer, config, new MemoryCounterStore());
  const agents = new AgentChatService(users, sessions, messages, handoff, events);
  const addStaff = (name: string, roles: Role[]) => {
    const user = staff(name, roles);
    people.set(user.id, user);
    return user;
  };
  return { config, sessionsRepository, messagesRepository, people, audit, events, published, messages, sessions, handoff, visitors, agents, addStaff };
}

/** Lets fire-and-forget work (the answerer) finish. */
export const flush = () => new Promise((resolve) => setImmediate(resolve));

export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    throw error;
  }
  return 'OK';
}
