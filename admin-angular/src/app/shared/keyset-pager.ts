import { DestroyRef, computed, inject, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import { describeApiError } from '../core/api/api-error';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Server-side pages over the API's keyset cursors: next and previous (by remembering the cursors
 * already visited), reload with new filters, and loading / error state as signals. Create it in a
 * component or store constructor (it cancels its request when that is destroyed).
 */
export function keysetPager<T, F>(fetch: (filters: F, cursor: string | undefined) => Observable<Page<T>>, initial: F) {
  const items = signal<T[]>([]);
  const loading = signal(false);
  const error = signal<string | null>(null);
  const filters = signal<F>(initial);
  const cursors = signal<(string | undefined)[]>([undefined]);
  const next = signal<string | null>(null);
  let running: Subscription | undefined;
  inject(DestroyRef).onDestroy(() => running?.unsubscribe());

  function load(cursor: string | undefined, visited: (string | undefined)[]): void {
    running?.unsubscribe();
    loading.set(true);
    error.set(null);
    running = fetch(filters(), cursor).subscribe({
      next: (page) => {
        items.set(page.items);
        next.set(page.nextCursor);
        cursors.set(visited);
        loading.set(false);
      },
      error: (failure: unknown) => {
        error.set(describeApiError(failure));
        loading.set(false);
      },
    });
  }

  return {
    items: items.asReadonly(),
    loading: loading.asReadonly(),
    error: error.asReadonly(),
    filters: filters.asReadonly(),
    /** 1-based page number. */
    page: computed(() => cursors().length),
    hasNext: computed(() => next() !== null),
    hasPrevious: computed(() => cursors().length > 1),
    empty: computed(() => items().length === 0),
    /** New filters start again at the first page. */
    search(update: F): void {
      filters.set(update);
      load(undefined, [undefined]);
    },
    reload(): void {
      const visited = cursors();
      load(visited[visited.length - 1], visited);
    },
    next(): void {
      const cursor = next();
      if (cursor !== null) load(cursor, [...cursors(), cursor]);
    },
    previous(): void {
      const visited = cursors().slice(0, -1);
      if (visited.length > 0) load(visited[visited.length - 1], visited);
    },
    /** Replaces one row in place (after an edit) without reloading the page. */
    patch(match: (item: T) => boolean, replacement: T): void {
      items.update((rows) => rows.map((row) => (match(row) ? replacement : row)));
    },
  };
}

export type KeysetPager<T, F> = ReturnType<typeof keysetPager<T, F>>;
