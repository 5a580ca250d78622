import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { describeApiError } from '../core/api/api-error';
import { ParleyApi, PassageDto } from '../core/api/parley-api.generated';
import { keysetPager } from '../shared/keyset-pager';

export type PublishedFilter = 'any' | 'yes' | 'no';

export interface KnowledgeFilters {
  q: string;
  locale: string;
  published: PublishedFilter;
}

export const NO_KNOWLEDGE_FILTERS: KnowledgeFilters = { q: '', locale: '', published: 'any' };

const PAGE_SIZE = 25;

/** The article list (server-side pages and filters) and the "try a question" search. */
@Injectable()
export class KnowledgeListStore {
  private readonly api = inject(ParleyApi);
  private asking: Subscription | undefined;

  readonly articles = keysetPager(
    (filters: KnowledgeFilters, cursor) =>
      this.api.knowledgeList({
        limit: PAGE_SIZE,
        cursor,
        q: filters.q.trim() || undefined,
        locale: filters.locale.trim() || undefined,
        published: filters.published === 'any' ? undefined : filters.published === 'yes',
      }),
    NO_KNOWLEDGE_FILTERS,
  );

  private readonly askedState = signal<string | null>(null);
  private readonly passagesState = signal<PassageDto[]>([]);
  private readonly askingState = signal(false);
  private readonly askError = signal<string | null>(null);

  /** The question the passages answer (null before the first question). */
  readonly asked = this.askedState.asReadonly();
  readonly passages = this.passagesState.asReadonly();
  readonly searching = this.askingState.asReadonly();
  readonly searchError = this.askError.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.asking?.unsubscribe());
  }

  load(): void {
    this.articles.search(this.articles.filters());
  }

  ask(question: string): void {
    const q = question.trim();
    if (!q) return;
    this.asking?.unsubscribe();
    this.askingState.set(true);
    this.askError.set(null);
    this.asking = this.api.knowledgeSearch({ q }).subscribe({
      next: (answer) => {
        this.askedState.set(q);
        this.passagesState.set(answer.items);
        this.askingState.set(false);
      },
      error: (error: unknown) => {
        this.askError.set(describeApiError(error));
        this.askingState.set(false);
      },
    });
  }
}
