import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppException } from '../../common/errors/app.exception';
import { AuditService } from '../audit/audit.service';
import { masterKey, unwrapDataKey, wrapDataKey } from './crypto/key-wrap';
import { ENCRYPTED_TABLES } from './encrypted-columns';
import { EncryptionDataRepository } from './encryption-data.repository';
import { EncryptionJobsRepository } from './encryption-jobs.repository';
import { EncryptionKeysRepository } from './encryption-keys.repository';
import type { EncryptionJobRow } from './encryption.schema';
import { FieldCipher } from './field-cipher';
import { rewriteRows } from './row-rewrites';

export interface JobSettings {
  batchSize: number;
  /** A pause between batches, so a large rewrite leaves the database room for the desk. */
  batchDelayMs: number;
}

export const JOB_SETTINGS = Symbol('JOB_SETTINGS');

export type JobProgress = (job: { rowsDone: number; rowsTotal: number }) => void;

/**
 * Rotation: re-wraps every data key under the active master key and, with `rewriteData`, re-encrypts
 * every field under a fresh data key, batch by batch with its cursor saved in the same transaction.
 * A job interrupted in any way resumes at the next start; every row stays readable meanwhile because
 * old data keys are kept (re-wrapped), never deleted.
 */
@Injectable()
export class ReencryptionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Encryption');
  private readonly runs = new Map<string, Promise<EncryptionJobRow | undefined>>();
  private stopping = false;

  constructor(
    private readonly cipher: FieldCipher,
    private readonly keys: EncryptionKeysRepository,
    private readonly data: EncryptionDataRepository,
    private readonly jobs: EncryptionJobsRepository,
    private readonly audit: AuditService,
    @Inject(JOB_SETTINGS) private readonly settings: JobSettings,
  ) {}

  onApplicationBootstrap(): void {
    void this.resumeInterrupted().catch((error: unknown) => this.logger.error(`could not resume encryption jobs: ${String(error)}`));
  }

  /**
   * A run stops between batches with its cursor saved, so the next start resumes it. Waiting for that
   * here, before any `onApplicationShutdown`, lets its last writes land before the database closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled(this.runs.values());
  }

  /** Jobs a stopped or killed process left running; answers the runs it started. */
  async resumeInterrupted(progress?: JobProgress): Promise<EncryptionJobRow[]> {
    const running = await this.jobs.running();
    for (const job of running) {
      this.logger.warn(`resuming encryption job ${job.id} at ${job.rowsDone} rows`);
      void this.run(job.id, progress);
    }
    return running;
  }

  async start(actorId: string | null, rewriteData: boolean, progress?: JobProgress): Promise<EncryptionJobRow> {
    const [running] = await this.jobs.running();
    if (running) throw alreadyRunning(running.id);
    const ring = this.cipher.options.ring;
    const fromKeys = [...new Set((await this.keys.listAll()).map((key) => key.masterKeyId))];
    const toDekId = rewriteData ? await this.cipher.createDataKey('data') : null;
    let rowsTotal = 0;
    if (rewriteData) for (const spec of ENCRYPTED_TABLES) rowsTotal += await this.data.countRows(spec);
    const kind = rewriteData ? 'reencrypt' : 'rewrap';
    // The insert is the claim: the database admits one running job, so of two concurrent starts
    // one gets here and the other stops before anything changes (an unused data key at most).
    const job = await this.jobs.insertJob({ kind, rewriteData, toMasterKeyId: ring.activeId, toDekId, actorId, auditId: null, cursor: { table: 0, afterId: null }, rowsTotal });
    if (!job) throw alreadyRunning((await this.jobs.running())[0]?.id);
    // New messages take the fresh key at once, so the job never has to chase them.
    if (toDekId) this.cipher.useDataKey(toDekId);
    const auditId = await this.jobs.insertAudit({ action: kind, actorId, fromKeyId: fromKeys.join(',') || null, toKeyId: ring.activeId, details: { rewriteData } });
    await this.jobs.setJobAudit(job.id, auditId);
    await this.audit.record({ action: `encryption.${kind}.started`, actorId, target: job.id, details: { toMasterKeyId: ring.activeId, rewriteData } });
    void this.run(job.id, progress);
    return { ...job, auditId };
  }

  /** The run of a job in this process (started or resumed); resolves when it ends. */
  run(jobId: string, progress?: JobProgress): Promise<EncryptionJobRow | undefined> {
    let run = this.runs.get(jobId);
    if (!run) {
      run = this.execute(jobId, progress).finally(() => this.runs.delete(jobId));
      this.runs.set(jobId, run);
    }
    return run;
  }

  private async execute(jobId: string, progress?: JobProgress): Promise<EncryptionJobRow | undefined> {
    const job = await this.jobs.findJob(jobId);
    if (!job || job.status !== 'running') return job;
    let unreadable = 0;
    try {
      const rewrapped = await this.rewrapKeys(job.toMasterKeyId);
      await this.jobs.setKeysRewrapped(job.id, job.keysRewrapped + rewrapped);
      if (job.rewriteData && job.toDekId) {
        const toDekId = job.toDekId;
        // Plaintext sessions get their blind index in the batch's transaction: no key read in there.
        await this.cipher.loadSearchKeyNow();
        let rowsDone = job.rowsDone;
        for (;;) {
          if (this.stopping) return await this.jobs.findJob(jobId);
          const outcome = await this.data.jobBatch(job.id, ENCRYPTED_TABLES, this.settings.batchSize, async (spec, rows, tx) => {
            const result = await rewriteRows(this.cipher, spec, rows, toDekId, tx);
            unreadable += result.unreadable;
            return result.rewrites;
          });
          if (outcome.kind === 'finished') return await this.jobs.findJob(jobId);
          if (outcome.kind === 'busy') {
            await delay(500);
            continue;
          }
          if (outcome.rows === 0) break;
          rowsDone += outcome.rows;
          progress?.({ rowsDone, rowsTotal: job.rowsTotal });
          if (this.settings.batchDelayMs > 0) await delay(this.settings.batchDelayMs);
        }
        await this.keys.retireDataKeysExcept(toDekId);
      }
      const finished = await this.jobs.finishJob(job.id, 'succeeded');
      if (finished) await this.recordEnd(finished, 'succeeded', { unreadable, keysRewrapped: finished.keysRewrapped });
      return finished ?? (await this.jobs.findJob(jobId));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`encryption job ${job.id} failed: ${message}`);
      const failed = await this.jobs.finishJob(job.id, 'failed', message);
      if (failed) await this.recordEnd(failed, 'failed', { error: message, unreadable });
      return failed;
    }
  }

  /** Every data key not yet under the target master key is re-wrapped; the keys themselves never change. */
  private async rewrapKeys(toMasterKeyId: string): Promise<number> {
    const ring = this.cipher.options.ring;
    const target = masterKey(ring, toMasterKeyId);
    let count = 0;
    for (const key of await this.keys.listAll()) {
      if (key.masterKeyId === toMasterKeyId) continue;
      if (!ring.keys.has(key.masterKeyId)) throw new Error(`data key ${key.id} is wrapped by master key "${key.masterKeyId}", which is not configured`);
      const plain = unwrapDataKey(masterKey(ring, key.masterKeyId), key.id, key.wrappedKey);
      await this.keys.rewrap(key.id, toMasterKeyId, wrapDataKey(target, key.id, plain));
      count += 1;
    }
    return count;
  }

  private async recordEnd(job: EncryptionJobRow, outcome: 'succeeded' | 'failed', details: Record<string, unknown>): Promise<void> {
    if (job.auditId) await this.jobs.finishAudit(job.auditId, { outcome, rowCount: job.rowsDone, details: { jobId: job.id, rewriteData: job.rewriteData, ...details } });
    await this.audit.record({ action: `encryption.${job.kind}.${outcome}`, actorId: job.actorId, target: job.id, details: { rowsDone: job.rowsDone, ...details } });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function alreadyRunning(jobId: string | undefined): AppException {
  return new AppException('INVALID_STATE', jobId ? `encryption job ${jobId} is still running` : 'another encryption job is still running');
}
