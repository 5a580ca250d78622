import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EncryptionJobDto } from '../core/api/parley-api.generated';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A re-encryption job's progress and outcome, as the server last reported it. */
@Component({
  selector: 'app-job-progress',
  templateUrl: './job-progress.component.html',
  styleUrl: './job-progress.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobProgressComponent {
  readonly job = input.required<EncryptionJobDto>();
  /** Why the latest progress read failed, if it did. */
  readonly pollError = input<string | null>(null);

  /** 0–100; null while a key-only job runs (it has no rows to count). */
  readonly percent = computed(() => {
    const job = this.job();
    if (job.status === 'succeeded') return 100;
    if (job.rowsTotal <= 0) return null;
    return Math.min(100, Math.floor((job.rowsDone / job.rowsTotal) * 100));
  });
  readonly title = computed(() => (this.job().rewriteData ? 'Re-encryption of keys and stored data' : 'Re-wrapping of data keys'));
  readonly state = computed(() => {
    const job = this.job();
    if (job.status === 'running') return 'Running…';
    if (job.status === 'succeeded') return `Finished ${job.finishedAt ? dateTime.format(new Date(job.finishedAt)) : ''}`.trim();
    return 'Failed';
  });
  readonly rows = computed(() => {
    const job = this.job();
    return job.rewriteData ? `${job.rowsDone.toLocaleString()} of ${job.rowsTotal.toLocaleString()} rows re-encrypted` : 'Stored data is left as it is; only the data keys are re-wrapped.';
  });
  readonly started = computed(() => dateTime.format(new Date(this.job().startedAt)));
}
