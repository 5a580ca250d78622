import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { SessionDto } from '@parley/contracts';
import type { Subscription } from 'rxjs';
import { describeApiError } from '../core/api/api-error';
import { ParleyApi } from '../core/api/parley-api.generated';

const LIMIT = 20;

/** The other sessions of the same customer, found by the list's text search on its identity. */
@Injectable()
export class EarlierSessionsStore {
  private readonly api = inject(ParleyApi);
  private running: Subscription | undefined;
  private last: { query: string | null; current: string } | null = null;

  readonly items = signal<SessionDto[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  /** Loads the sessions matching `query` except `currentId`; nothing without an identity. */
  load(query: string | null, currentId: string): void {
    this.last = { query, current: currentId };
    this.running?.unsubscribe();
    this.items.set([]);
    this.error.set(null);
    this.loading.set(query !== null);
    if (query === null) return;
    this.running = this.api.sessionsList({ q: query, limit: LIMIT }).subscribe({
      next: (page) => {
        this.items.set(page.items.filter((session) => session.id !== currentId));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(describeApiError(error));
        this.loading.set(false);
      },
    });
  }

  retry(): void {
    if (this.last) this.load(this.last.query, this.last.current);
  }
}
