import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, getTableColumns, isNotNull, lt } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { isUniqueViolation } from '../../database/sql-helpers';
import { users } from '../users/users.schema';
import { EncryptionAuditRow, EncryptionJobRow, encryptionAudit, encryptionJobs } from './encryption.schema';

export type NewEncryptionJob = Pick<EncryptionJobRow, 'kind' | 'rewriteData' | 'toMasterKeyId' | 'toDekId' | 'actorId' | 'auditId' | 'cursor' | 'rowsTotal'>;
export type NewEncryptionAudit = Pick<EncryptionAuditRow, 'action' | 'actorId' | 'fromKeyId' | 'toKeyId'> & { details?: Record<string, unknown> };
/** An encryption audit row with its actor's display name (null for the server or the CLI). */
export type EncryptionAuditListRow = EncryptionAuditRow & { actorName: string | null };
export type AuditOutcome = Pick<EncryptionAuditRow, 'outcome' | 'rowCount'> & { details?: Record<string, unknown> };

/** SQL on encryption_jobs and encryption_audit: the record of every key operation. */
@Injectable()
export class EncryptionJobsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The new job, or undefined when another job is already running (one running job at most). */
  async insertJob(job: NewEncryptionJob): Promise<EncryptionJobRow | undefined> {
    try {
      const [row] = await this.db.insert(encryptionJobs).values(job).returning();
      if (!row) throw new Error('insert into encryption_jobs returned no row');
      return row;
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  async setJobAudit(id: string, auditId: string): Promise<void> {
    await this.db.update(encryptionJobs).set({ auditId }).where(eq(encryptionJobs.id, id));
  }

  async findJob(id: string): Promise<EncryptionJobRow | undefined> {
    const [row] = await this.db.select().from(encryptionJobs).where(eq(encryptionJobs.id, id));
    return row;
  }

  async running(): Promise<EncryptionJobRow[]> {
    return this.db.select().from(encryptionJobs).where(eq(encryptionJobs.status, 'running')).orderBy(encryptionJobs.id);
  }

  async lastFinished(): Promise<EncryptionJobRow | undefined> {
    const [row] = await this.db
      .select()
      .from(encryptionJobs)
      .where(and(eq(encryptionJobs.status, 'succeeded'), isNotNull(encryptionJobs.finishedAt)))
      .orderBy(desc(encryptionJobs.finishedAt))
      .limit(1);
    return row;
  }

  async setKeysRewrapped(id: string, keysRewrapped: number): Promise<void> {
    await this.db.update(encryptionJobs).set({ keysRewrapped, updatedAt: new Date() }).where(eq(encryptionJobs.id, id));
  }

  /** Ends a job once: a second process finishing the same job finds it no longer running. */
  async finishJob(id: string, status: 'succeeded' | 'failed', error: string | null = null): Promise<EncryptionJobRow | undefined> {
    const now = new Date();
    const [row] = await this.db
      .update(encryptionJobs)
      .set({ status, error, finishedAt: now, updatedAt: now })
      .where(and(eq(encryptionJobs.id, id), eq(encryptionJobs.status, 'running')))
      .returning();
    return row;
  }

  async insertAudit(entry: NewEncryptionAudit): Promise<string> {
    const [row] = await this.db.insert(encryptionAudit).values(entry).returning({ id: encryptionAudit.id });
    if (!row) throw new Error('insert into encryption_audit returned no row');
    return row.id;
  }

  async finishAudit(id: string, outcome: AuditOutcome): Promise<void> {
    await this.db
      .update(encryptionAudit)
      .set({ ...outcome, finishedAt: new Date() })
      .where(eq(encryptionAudit.id, id));
  }

  /**
   * Newest first; one row more than the page, for `toPage`. The actor's name is joined here, as for
   * the staff audit log, so the CLI's hand-wired EncryptionService needs no users module.
   */
  async listAudit(limit: number, beforeId?: string): Promise<EncryptionAuditListRow[]> {
    return this.db
      .select({ ...getTableColumns(encryptionAudit), actorName: users.name })
      .from(encryptionAudit)
      .leftJoin(users, eq(users.id, encryptionAudit.actorId))
      .where(beforeId ? lt(encryptionAudit.id, beforeId) : undefined)
      .orderBy(desc(encryptionAudit.id))
      .limit(limit + 1);
  }
}
