import { Injectable } from '@nestjs/common';
import type { Page } from '@parley/contracts';
import { decodeCursor, toPage } from '../../common/pagination';
import { AuditEntry, AuditListRow, AuditRepository } from './audit.repository';

export type { AuditEntry, AuditListRow };

export interface AuditQuery {
  limit: number;
  cursor?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

/** The record of who did what. Callers pass details without secrets; this never sees a password. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  record(entry: AuditEntry): Promise<void> {
    return this.repository.insert(entry);
  }

  async list(query: AuditQuery): Promise<Page<AuditListRow>> {
    const afterId = query.cursor ? decodeCursor(query.cursor, ['uuid'] as const)[0] : undefined;
    const rows = await this.repository.list({ ...query, afterId });
    return toPage(rows, query.limit, (row) => [row.id]);
  }
}
