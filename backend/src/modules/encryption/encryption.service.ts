import { Injectable } from '@nestjs/common';
import type { Page } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { decodeCursor, toPage } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { ENCRYPTED_TABLES } from './encrypted-columns';
import { EncryptionDataRepository } from './encryption-data.repository';
import { EncryptionAuditListRow, EncryptionJobsRepository } from './encryption-jobs.repository';
import { EncryptionKeysRepository } from './encryption-keys.repository';
import type { EncryptionJobRow } from './encryption.schema';
import { FieldCipher } from './field-cipher';
import { ReencryptionService } from './reencryption.service';
import { rewriteRows } from './row-rewrites';

export interface EncryptionStatus {
  enabled: boolean;
  activeMasterKeyId: string;
  configuredMasterKeyIds: string[];
  dataKeys: { masterKeyId: string; purpose: string; keys: number }[];
  tables: { table: string; rows: number; plaintextRows: number; valuesPerDataKey: { dekId: string; values: number }[] }[];
  runningJob: EncryptionJobRow | null;
  lastRotation: EncryptionJobRow | null;
}

export interface CleanupReport {
  dryRun: boolean;
  tables: { table: string; plaintextRows: number; encrypted: number; unreadable: number }[];
}

export interface SampleReport {
  table: string;
  checked: number;
  readable: number;
  unreadable: number;
  plaintext: number;
  samples?: { id: string; values: Record<string, string | null> }[];
}

/** Status and maintenance of encryption at rest; the long rotation job is ReencryptionService's. */
@Injectable()
export class EncryptionService {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly keys: EncryptionKeysRepository,
    private readonly data: EncryptionDataRepository,
    private readonly jobs: EncryptionJobsRepository,
    private readonly reencryption: ReencryptionService,
    private readonly audit: AuditService,
  ) {}

  async status(): Promise<EncryptionStatus> {
    const tables = [];
    for (const spec of ENCRYPTED_TABLES) {
      tables.push({
        table: spec.table,
        rows: await this.data.countRows(spec),
        plaintextRows: await this.data.plaintextCount(spec),
        valuesPerDataKey: await this.data.valuesPerDataKey(spec),
      });
    }
    const [runningJob] = await this.jobs.running();
    return {
      enabled: this.cipher.enabled,
      activeMasterKeyId: this.cipher.options.ring.activeId,
      configuredMasterKeyIds: [...this.cipher.options.ring.keys.keys()],
      dataKeys: await this.keys.countByMasterKey(),
      tables,
      runningJob: runningJob ?? null,
      lastRotation: (await this.jobs.lastFinished()) ?? null,
    };
  }

  startReencryption(actorId: string | null, rewriteData: boolean): Promise<EncryptionJobRow> {
    return this.reencryption.start(actorId, rewriteData);
  }

  async job(id: string): Promise<EncryptionJobRow> {
    const job = await this.jobs.findJob(id);
    if (!job) throw AppException.notFound('encryption job');
    return job;
  }

  /** Encrypts every field still stored in plaintext, batch by batch; a dry run only counts. */
  async cleanupPlaintext(actorId: string | null, dryRun: boolean, batchSize: number, progress?: (table: string, done: number, total: number) => void): Promise<CleanupReport> {
    const report: CleanupReport = { dryRun, tables: [] };
    const auditId = dryRun ? undefined : await this.jobs.insertAudit({ action: 'cleanup-plaintext', actorId, fromKeyId: null, toKeyId: this.cipher.options.ring.activeId });
    for (const spec of ENCRYPTED_TABLES) {
      const entry = { table: spec.table, plaintextRows: await this.data.plaintextCount(spec), encrypted: 0, unreadable: 0 };
      report.tables.push(entry);
      if (dryRun) continue;
      let afterId: string | null = null;
      for (;;) {
        const rows = await this.data.batch(spec, afterId, batchSize, true);
        const last = rows.at(-1);
        if (!last) break;
        const { rewrites, unreadable } = await rewriteRows(this.cipher, spec, rows);
        entry.encrypted += await this.data.rewrite(spec, rewrites);
        entry.unreadable += unreadable;
        afterId = last.id;
        progress?.(spec.table, entry.encrypted, entry.plaintextRows);
      }
    }
    const total = report.tables.reduce((sum, table) => sum + table.encrypted, 0);
    if (auditId) await this.jobs.finishAudit(auditId, { outcome: 'succeeded', rowCount: total, details: { tables: report.tables } });
    await this.audit.record({ action: 'encryption.cleanup_plaintext', actorId, details: { dryRun, tables: report.tables } });
    return report;
  }

  /** Decrypts up to `size` random rows per table; values are returned only with `show`. */
  async decryptSample(size: number, show: boolean): Promise<SampleReport[]> {
    const reports: SampleReport[] = [];
    for (const spec of ENCRYPTED_TABLES) {
      const rows = await this.data.sample(spec, size);
      const report: SampleReport = { table: spec.table, checked: rows.length, readable: 0, unreadable: 0, plaintext: 0, ...(show ? { samples: [] } : {}) };
      for (const row of rows) {
        const record: Record<string, string | null> = {};
        for (const column of spec.columns) {
          record[column.field] = row.values[column.column] ?? null;
        }
        const read = await this.cipher.readRow(spec, { id: row.id, ...record });
        if (read.unreadable) report.unreadable += 1;
        else report.readable += 1;
        if (spec.columns.some((column) => row.values[column.column] && !row.values[column.column]?.startsWith('enc:'))) report.plaintext += 1;
        report.samples?.push({ id: row.id, values: Object.fromEntries(spec.columns.map((c) => [c.column, (read as Record<string, unknown>)[c.field] as string | null])) });
      }
      reports.push(report);
    }
    return reports;
  }

  async auditPage(limit: number, cursor?: string): Promise<Page<EncryptionAuditListRow>> {
    const beforeId = cursor ? decodeCursor(cursor, ['uuid'] as const)[0] : undefined;
    return toPage(await this.jobs.listAudit(limit, beforeId), limit, (row) => [row.id]);
  }
}
