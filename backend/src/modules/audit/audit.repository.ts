import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { AuditLogRow, auditLog } from './audit.schema';

export interface AuditEntry {
  action: string;
  actorId: string | null;
  target?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

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

  async list(filter: AuditFilter): Promise<AuditLogRow[]> {
    return this.db
      .select()
      .from(auditLog)
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
