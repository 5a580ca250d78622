import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subscription, firstValueFrom } from 'rxjs';
import { describeApiError } from '../core/api/api-error';
import { CleanupReportDto, EncryptionJobDto, EncryptionStatusDto, ParleyApi } from '../core/api/parley-api.generated';
import { keysetPager } from '../shared/keyset-pager';

/** How often a running job's progress is read. */
export const JOB_POLL_MS = 1000;
const AUDIT_PAGE_SIZE = 20;

/** A failed progress read worth retrying: the network or the server hiccuped, the job may be fine. */
function transient(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 500);
}

/**
 * Encryption at rest: the status, a re-encryption job followed live, the plaintext clean-up (dry
 * run first) and the encryption audit log.
 */
@Injectable()
export class EncryptionStore {
  private readonly api = inject(ParleyApi);
  private statusRequest: Subscription | undefined;
  private pollRequest: Subscription | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly statusState = signal<EncryptionStatusDto | null>(null);
  private readonly statusLoading = signal(false);
  private readonly statusFailure = signal<string | null>(null);
  private readonly jobState = signal<EncryptionJobDto | null>(null);
  private readonly pollingState = signal(false);
  private readonly pollFailure = signal<string | null>(null);
  private readonly startingState = signal(false);
  private readonly startFailure = signal<string | null>(null);
  private readonly reportState = signal<CleanupReportDto | null>(null);
  private readonly cleanupBusy = signal(false);
  private readonly cleanupFailure = signal<string | null>(null);

  readonly status = this.statusState.asReadonly();
  readonly loadingStatus = this.statusLoading.asReadonly();
  readonly statusError = this.statusFailure.asReadonly();
  /** The job started here or found running; kept after it ends so its outcome stays visible. */
  readonly job = this.jobState.asReadonly();
  readonly polling = this.pollingState.asReadonly();
  readonly pollError = this.pollFailure.asReadonly();
  readonly starting = this.startingState.asReadonly();
  readonly startError = this.startFailure.asReadonly();
  /** A job is under way: the one followed here, or another the last status reported. */
  readonly jobRunning = computed(() => {
    const job = this.jobState();
    const reported = this.statusState()?.runningJob;
    return job?.status === 'running' || (!!reported && reported.id !== job?.id);
  });
  readonly cleanupReport = this.reportState.asReadonly();
  readonly cleaningUp = this.cleanupBusy.asReadonly();
  readonly cleanupError = this.cleanupFailure.asReadonly();
  /** "Clean up now" only once a dry run has shown what it would change. */
  readonly dryRunDone = computed(() => this.reportState()?.dryRun === true);

  readonly audit = keysetPager((_filters: null, cursor) => this.api.encryptionAudit({ limit: AUDIT_PAGE_SIZE, cursor }), null);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.statusRequest?.unsubscribe();
      this.stopPolling();
    });
  }

  load(): void {
    this.loadStatus();
    this.audit.search(null);
  }

  loadStatus(): void {
    this.statusRequest?.unsubscribe();
    this.statusLoading.set(true);
    this.statusFailure.set(null);
    this.statusRequest = this.api.encryptionStatus().subscribe({
      next: (status) => {
        this.statusState.set(status);
        this.statusLoading.set(false);
        // A job started elsewhere (another admin, the CLI, a resumed run) is followed too.
        if (status.runningJob && !this.pollingState()) this.follow(status.runningJob);
      },
      error: (error: unknown) => {
        this.statusFailure.set(describeApiError(error));
        this.statusLoading.set(false);
      },
    });
  }

  /** POST reencrypt (202 with the job), then its progress every second until it ends. */
  async startReencryption(rewriteData: boolean): Promise<void> {
    if (this.startingState()) return;
    this.startingState.set(true);
    this.startFailure.set(null);
    try {
      this.follow(await firstValueFrom(this.api.encryptionReencrypt({ rewriteData })));
    } catch (error) {
      this.startFailure.set(describeApiError(error));
    } finally {
      this.startingState.set(false);
    }
  }

  async dryRun(): Promise<void> {
    await this.cleanup(true);
  }

  async cleanupNow(): Promise<void> {
    if (!this.dryRunDone()) return;
    await this.cleanup(false);
  }

  stopPolling(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.pollRequest?.unsubscribe();
    this.pollingState.set(false);
  }

  private async cleanup(dryRun: boolean): Promise<void> {
    if (this.cleanupBusy()) return;
    this.cleanupBusy.set(true);
    this.cleanupFailure.set(null);
    try {
      this.reportState.set(await firstValueFrom(this.api.encryptionCleanup({ dryRun })));
      if (!dryRun) this.afterChange();
    } catch (error) {
      this.cleanupFailure.set(describeApiError(error));
    } finally {
      this.cleanupBusy.set(false);
    }
  }

  private follow(job: EncryptionJobDto): void {
    this.stopPolling();
    this.jobState.set(job);
    this.pollFailure.set(null);
    if (job.status === 'running') this.schedule(job.id);
    else this.afterChange();
  }

  private schedule(jobId: string): void {
    this.pollingState.set(true);
    this.pollTimer = setTimeout(() => this.poll(jobId), JOB_POLL_MS);
  }

  private poll(jobId: string): void {
    this.pollRequest = this.api.encryptionJob(jobId).subscribe({
      next: (job) => {
        this.jobState.set(job);
        this.pollFailure.set(null);
        if (job.status === 'running') return this.schedule(jobId);
        this.pollingState.set(false);
        this.afterChange();
      },
      error: (error: unknown) => {
        this.pollFailure.set(`The job's progress could not be read: ${describeApiError(error)}`);
        if (transient(error)) this.schedule(jobId);
        else this.pollingState.set(false);
      },
    });
  }

  /** Keys, counts and the audit log all move after a job or a clean-up. */
  private afterChange(): void {
    this.loadStatus();
    this.audit.search(null);
  }
}
