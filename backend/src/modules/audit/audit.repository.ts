import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, getTableColumns, gte, lt } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { users } from '../users/users.schema';
import { AuditLogRow, auditLog } from './audit.schema';

export interface AuditEntry {
  action: string;
  actorId: string | null;
  target?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** An audit row with its actor's display name (null without an actor). */
export type AuditListRow = AuditLogRow & { actorName: string | null };

export interface AuditFilter {
  limit: number;
  afterId?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async insert(entry: AuditEntry): Promise<void> {
    await this.db.insert(auditLog).values(entry);
  }

  /**
   * The actor's name comes from a join, not from UsersService: UsersModule records through
   * AuditModule, so AuditModule cannot depend on it back.
   */
  async list(filter: AuditFilter): Promise<AuditListRow[]> {
    return this.db
      .select({ ...getTableColumns(auditLog), actorName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(
        and(
          filter.afterId ? lt(auditLog.id, filter.afterId) : undefined,
          filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
          filter.action ? eq(auditLog.action, filter.action) : undefined,
          filter.from ? gte(auditLog.createdAt, filter.from) : undefined,
          filter.to ? lt(auditLog.createdAt, filter.to) : undefined,
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(filter.limit + 1);
  }
}
