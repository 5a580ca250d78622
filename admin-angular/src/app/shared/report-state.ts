import { signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import { describeApiError } from '../core/api/api-error';

/**
 * One report's answer with its own loading and error, so a section that fails does not blank
 * the others. A new request cancels the one still running.
 */
export class ReportState<T> {
  private readonly value = signal<T | null>(null);
  private readonly busy = signal(false);
  private readonly failure = signal<string | null>(null);
  private running: Subscription | undefined;

  readonly data = this.value.asReadonly();
  readonly loading = this.busy.asReadonly();
  readonly error = this.failure.asReadonly();

  run(request: Observable<T>): void {
    this.running?.unsubscribe();
    this.busy.set(true);
    this.failure.set(null);
    this.running = request.subscribe({
      next: (answer) => {
        this.value.set(answer);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.value.set(null);
        this.failure.set(describeApiError(error));
        this.busy.set(false);
      },
    });
  }

  /** Replaces the answer with a newer one (e.g. the record an edit returned). */
  set(value: T): void {
    this.value.set(value);
  }

  /** Shows a problem found before asking the server. */
  fail(message: string): void {
    this.cancel();
    this.value.set(null);
    this.failure.set(message);
  }

  cancel(): void {
    this.running?.unsubscribe();
    this.busy.set(false);
  }
}
