import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, inArray, isNull, lt, max, ne, sql } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { SessionFilter, sessionFilterConditions } from './session-filter';
import type { SessionPatch, SessionState } from './session-state';
import { NewSessionRow, SessionRow, sessions } from './sessions.schema';

export interface SessionListFilter extends SessionFilter {
  limit: number;
  beforeId?: string;
}

export interface AgentLoad {
  agentId: string;
  openSessions: number;
  lastAssignedAt: Date | null;
}

/** All SQL on the sessions table. */
@Injectable()
export class SessionsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async insert(session: Pick<NewSessionRow, 'userMeta' | 'customer' | 'visitorTokenHash'>): Promise<SessionRow> {
    const [row] = await this.db.insert(sessions).values(session).returning();
    if (!row) throw new Error('insert into sessions returned no row');
    return row;
  }

  async findById(id: string): Promise<SessionRow | undefined> {
    const [row] = await this.db.select().from(sessions).where(eq(sessions.id, id));
    return row;
  }

  /** Newest first; fetches one row more than the page, for `toPage`. */
  async list(filter: SessionListFilter): Promise<SessionRow[]> {
    return this.db
      .select()
      .from(sessions)
      .where(and(filter.beforeId ? lt(sessions.id, filter.beforeId) : undefined, ...sessionFilterConditions(filter)))
      .orderBy(desc(sessions.id))
      .limit(filter.limit + 1);
  }

  /**
   * Moves a session to its next state only if it is still in the state the decision was made on, so
   * two agents claiming at once (on any process) cannot both win. Undefined: someone was faster.
   */
  async applyTransition(id: string, expected: SessionState, patch: SessionPatch): Promise<SessionRow | undefined> {
    const [row] = await this.db
      .update(sessions)
      .set({ ...patch, updatedAt: new Date() })
      .where(
        and(
          eq(sessions.id, id),
          eq(sessions.status, expected.status),
          expected.assignedAgentId === null ? isNull(sessions.assignedAgentId) : eq(sessions.assignedAgentId, expected.assignedAgentId),
        ),
      )
      .returning();
    return row;
  }

  /** Marks activity: the idle job closes sessions by this time. */
  async touch(id: string, at: Date): Promise<void> {
    await this.db.update(sessions).set({ updatedAt: at }).where(eq(sessions.id, id));
  }

  /** The waiting sessions in the order they are served. */
  async queue(): Promise<SessionRow[]> {
    return this.db
      .select()
      .from(sessions)
      .where(eq(sessions.status, 'needs_human'))
      .orderBy(asc(sessions.queuedAt), asc(sessions.id));
  }

  /** Open sessions with no activity since `before`, oldest first. */
  async idleSince(before: Date, limit: number): Promise<SessionRow[]> {
    return this.db
      .select()
      .from(sessions)
      .where(and(ne(sessions.status, 'closed'), lt(sessions.updatedAt, before)))
      .orderBy(asc(sessions.updatedAt))
      .limit(limit);
  }

  /** For each agent: open sessions held now, and when it last got one (for auto-assignment). */
  async agentLoads(agentIds: readonly string[]): Promise<AgentLoad[]> {
    if (agentIds.length === 0) return [];
    const rows = await this.db
      .select({
        agentId: sessions.assignedAgentId,
        openSessions: count(sql`case when ${sessions.status} = 'agent_assigned' then 1 end`),
        lastAssignedAt: max(sessions.assignedAt),
      })
      .from(sessions)
      .where(inArray(sessions.assignedAgentId, [...agentIds]))
      .groupBy(sessions.assignedAgentId);
    const byAgent = new Map(rows.map((row) => [row.agentId, row]));
    return agentIds.map((agentId) => ({
      agentId,
      openSessions: Number(byAgent.get(agentId)?.openSessions ?? 0),
      lastAssignedAt: byAgent.get(agentId)?.lastAssignedAt ?? null,
    }));
  }
}
