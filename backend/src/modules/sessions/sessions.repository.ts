import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, inArray, isNull, lt, max, ne, sql } from 'drizzle-orm';
import { uuidv7 } from '../../common/ids';
import { DATABASE, Database } from '../../database/database.types';
import { SESSIONS_FIELDS } from '../encryption/encrypted-columns';
import { FieldCipher, Readable } from '../encryption/field-cipher';
import { SessionFilter, sessionFilterConditions } from './session-filter';
import type { SessionPatch, SessionState } from './session-state';
import { SessionRow, SessionStart, sessions } from './sessions.schema';

export interface SessionListFilter extends SessionFilter {
  limit: number;
  beforeId?: string;
}

export interface AgentLoad {
  agentId: string;
  openSessions: number;
  lastAssignedAt: Date | null;
}

/** A session as read: visitor meta and customer decrypted, `unreadable` when one of them failed to. */
export type ReadableSession = Readable<SessionRow>;

/**
 * All SQL on the sessions table. The visitor meta and customer are encrypted here on the way in and
 * decrypted on the way out, and their blind index kept, so the services never see a ciphertext.
 */
@Injectable()
export class SessionsRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly cipher: FieldCipher,
  ) {}

  async insert(session: SessionStart): Promise<ReadableSession> {
    // The id is part of the ciphertexts' authenticated data, so it is made before encrypting.
    const id = uuidv7();
    const metaSearch = await this.cipher.documentTerms([session.userMeta, session.customer]);
    const values = await this.cipher.encryptFields(SESSIONS_FIELDS, id, { ...session, id, metaSearch });
    const [row] = await this.db.insert(sessions).values(values).returning();
    if (!row) throw new Error('insert into sessions returned no row');
    return this.read(row);
  }

  async findById(id: string): Promise<ReadableSession | undefined> {
    const [row] = await this.db.select().from(sessions).where(eq(sessions.id, id));
    return row && this.read(row);
  }

  /** Newest first; fetches one row more than the page, for `toPage`. */
  async list(filter: SessionListFilter): Promise<ReadableSession[]> {
    const terms = filter.search ? await this.cipher.queryTerms(filter.search) : undefined;
    const rows = await this.db
      .select()
      .from(sessions)
      .where(and(filter.beforeId ? lt(sessions.id, filter.beforeId) : undefined, ...sessionFilterConditions(filter, terms)))
      .orderBy(desc(sessions.id))
      .limit(filter.limit + 1);
    return this.readAll(rows);
  }

  /**
   * Moves a session to its next state only if it is still in the state the decision was made on, so
   * two agents claiming at once (on any process) cannot both win. Undefined: someone was faster.
   */
  async applyTransition(id: string, expected: SessionState, patch: SessionPatch): Promise<ReadableSession | undefined> {
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
    return row && this.read(row);
  }

  /** Marks activity: the idle job closes sessions by this time. */
  async touch(id: string, at: Date): Promise<void> {
    await this.db.update(sessions).set({ updatedAt: at }).where(eq(sessions.id, id));
  }

  /** The waiting sessions in the order they are served. */
  async queue(): Promise<ReadableSession[]> {
    return this.readAll(
      await this.db
        .select()
        .from(sessions)
        .where(eq(sessions.status, 'needs_human'))
        .orderBy(asc(sessions.queuedAt), asc(sessions.id)),
    );
  }

  /** Ids of the sessions this agent has now (status agent_assigned). */
  async assignedTo(agentId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.assignedAgentId, agentId), eq(sessions.status, 'agent_assigned')));
    return rows.map((row) => row.id);
  }

  /** Open sessions with no activity since `before`, oldest first. */
  async idleSince(before: Date, limit: number): Promise<ReadableSession[]> {
    return this.readAll(
      await this.db
        .select()
        .from(sessions)
        .where(and(ne(sessions.status, 'closed'), lt(sessions.updatedAt, before)))
        .orderBy(asc(sessions.updatedAt))
        .limit(limit),
    );
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

  // The blind index is the repository's own business: callers get rows without it.
  private async read(row: SessionRow): Promise<ReadableSession> {
    return this.cipher.readRow(SESSIONS_FIELDS, { ...row, metaSearch: null });
  }

  private readAll(rows: readonly SessionRow[]): Promise<ReadableSession[]> {
    return Promise.all(rows.map((row) => this.read(row)));
  }
}
