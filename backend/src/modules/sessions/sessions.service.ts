import { Injectable } from '@nestjs/common';
import type { AgentRef, Page, QueueEntry, SessionListQuery } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { decodeCursor, toPage } from '../../common/pagination';
import type { MessageRow } from '../messages/messages.schema';
import type { Readable } from '../encryption/field-cipher';
import { MessagesService } from '../messages/messages.service';
import { UsersService } from '../users/users.service';
import { AgentLoad, SessionsRepository } from './sessions.repository';
import type { SessionRow, SessionStart } from './sessions.schema';

/** A session with its agent's name, ready to be shown. */
export interface SessionRecord extends Readable<SessionRow> {
  agent: AgentRef | null;
}

export interface SessionListRequest extends Omit<SessionListQuery, 'from' | 'to'> {
  limit: number;
  cursor?: string;
  from?: Date;
  to?: Date;
}

// Shown when an agent's account is gone: the session keeps its history, the name is lost.
const UNKNOWN_AGENT_NAME = 'Former agent';

/** Reading sessions, the queue and the agents who hold them. Transitions live in HandoffService. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly repository: SessionsRepository,
    private readonly users: UsersService,
    private readonly messagesService: MessagesService,
  ) {}

  create(session: SessionStart): Promise<SessionRow> {
    return this.repository.insert(session);
  }

  find(id: string): Promise<SessionRow | undefined> {
    return this.repository.findById(id);
  }

  async get(id: string): Promise<SessionRow> {
    const session = await this.repository.findById(id);
    if (!session) throw AppException.notFound('The session');
    return session;
  }

  async getRecord(id: string): Promise<SessionRecord> {
    return this.withAgent(await this.get(id));
  }

  async list(query: SessionListRequest): Promise<Page<SessionRecord>> {
    const beforeId = query.cursor ? decodeCursor(query.cursor, ['uuid'] as const)[0] : undefined;
    const rows = await this.repository.list({
      limit: query.limit,
      beforeId,
      status: query.status,
      agentId: query.agentId?.toLowerCase(),
      from: query.from,
      to: query.to,
      search: query.q,
    });
    const page = toPage(rows, query.limit, (row) => [row.id]);
    return { items: await this.withAgents(page.items), nextCursor: page.nextCursor };
  }

  /** The whole conversation for staff, internal notes included. */
  async messages(id: string, page: { limit: number; cursor?: string }): Promise<Page<MessageRow>> {
    await this.get(id);
    return this.messagesService.staffPage(id, page);
  }

  /** Marks activity now, so the idle job leaves the session open. */
  touch(id: string): Promise<void> {
    return this.repository.touch(id, new Date());
  }

  async queue(): Promise<QueueEntry[]> {
    const rows = await this.repository.queue();
    return rows.map((row, index) => ({
      sessionId: row.id,
      waitingSince: (row.queuedAt ?? row.updatedAt).toISOString(),
      position: index + 1,
    }));
  }

  async queuePosition(sessionId: string): Promise<number | undefined> {
    return (await this.queue()).find((entry) => entry.sessionId === sessionId)?.position;
  }

  /** Ids of the sessions this agent has now. */
  assignedTo(agentId: string): Promise<string[]> {
    return this.repository.assignedTo(agentId);
  }

  /** Open sessions and last assignment of each agent, for auto-assignment. */
  agentLoads(agentIds: readonly string[]): Promise<AgentLoad[]> {
    return this.repository.agentLoads(agentIds);
  }

  /** Open sessions nobody wrote in since `before`, oldest first. */
  idleSince(before: Date, limit: number): Promise<SessionRow[]> {
    return this.repository.idleSince(before, limit);
  }

  withAgent(row: Readable<SessionRow>): Promise<SessionRecord> {
    return this.withAgents([row]).then(([record]) => record as SessionRecord);
  }

  /** Resolves each distinct agent once, however many of the rows it holds. */
  async withAgents(rows: readonly Readable<SessionRow>[]): Promise<SessionRecord[]> {
    const ids = [...new Set(rows.map((row) => row.assignedAgentId).filter((id): id is string => id !== null))];
    const staff = await Promise.all(ids.map((id) => this.users.findStaff(id)));
    const names = new Map(ids.map((id, index) => [id, staff[index]?.name ?? UNKNOWN_AGENT_NAME]));
    return rows.map((row) => ({
      ...row,
      agent: row.assignedAgentId ? { id: row.assignedAgentId, name: names.get(row.assignedAgentId) ?? UNKNOWN_AGENT_NAME } : null,
    }));
  }
}
