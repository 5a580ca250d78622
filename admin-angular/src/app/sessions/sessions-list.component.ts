import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { SESSION_STATUSES } from '@parley/contracts';
import type { SessionDto } from '../core/api/parley-api.generated';
import { ListStateComponent } from '../shared/list-state.component';
import { PagerComponent } from '../shared/pager.component';
import { type SessionFilters, filtersFromParams, filtersToParams } from './session-filters';
import { STATUS_LABELS, visitorLabel } from './session-format';
import { SessionsExportComponent } from './sessions-export.component';
import { SessionsStore } from './sessions.store';

const SEARCH_DELAY_MS = 350;

interface SessionRow {
  session: SessionDto;
  statusLabel: string;
  visitor: string;
  agent: string;
}

/** The sessions table; its filters live in the URL so a reload or a shared link keeps them. */
@Component({
  selector: 'app-sessions-list',
  imports: [DatePipe, FormsModule, RouterLink, ListStateComponent, PagerComponent, SessionsExportComponent],
  templateUrl: './sessions-list.component.html',
  styleUrl: './sessions.css',
  providers: [SessionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SessionsListComponent {
  protected readonly store = inject(SessionsStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pager = this.store.pager;
  protected readonly statuses = SESSION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
  protected readonly filters = this.pager.filters;
  protected readonly searchText = signal('');
  protected readonly rows = computed<SessionRow[]>(() =>
    this.pager.items().map((session) => ({
      session,
      statusLabel: STATUS_LABELS[session.status],
      visitor: visitorLabel(session),
      agent: session.assignedAgent?.name ?? '—',
    })),
  );
  protected readonly emptyText = computed(() =>
    Object.values(filtersToParams(this.filters())).some((value) => value !== null) ? 'No sessions match these filters.' : 'No sessions yet.',
  );

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSentSearch: string | null = null;

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const filters = filtersFromParams(params);
      // Only a change from elsewhere (back button, a link) rewrites what the user is typing.
      if (filters.q !== this.lastSentSearch) this.searchText.set(filters.q);
      this.store.apply(filters);
    });
    this.store.fetchAgents();
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected update(patch: Partial<SessionFilters>): void {
    const next = { ...this.filters(), q: this.searchText(), ...patch };
    this.lastSentSearch = next.q.trim();
    void this.router.navigate([], { relativeTo: this.route, queryParams: filtersToParams(next), replaceUrl: true });
  }

  /** Searching follows typing after a short pause, so each keystroke is not a request. */
  protected typed(text: string): void {
    this.searchText.set(text);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.update({ q: text }), SEARCH_DELAY_MS);
  }

  protected searchNow(): void {
    clearTimeout(this.searchTimer);
    this.update({ q: this.searchText() });
  }

  protected clearFilters(): void {
    this.searchText.set('');
    this.update({ status: '', agentId: '', from: '', to: '', q: '' });
  }

  protected open(session: SessionDto): void {
    void this.router.navigate([session.id], { relativeTo: this.route });
  }
}
