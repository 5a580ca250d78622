import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { describeApiError } from '../core/api/api-error';
import { ParleyApi, type SessionDto, type UserDto } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import { DownloadTracker } from '../shared/download';
import { keysetPager } from '../shared/keyset-pager';
import { agentsLoader } from './agents';
import { NO_SESSION_FILTERS, type SessionFilters, sameFilters, toApiFilters } from './session-filters';

export const SESSIONS_PAGE_SIZE = 25;
export type ExportFormat = 'csv' | 'json';

/** The sessions table: its filtered pages, the agent choices, and the export of what is shown. */
@Injectable()
export class SessionsStore {
  private readonly api = inject(ParleyApi);
  private readonly auth = inject(AuthStore);
  private readonly loadAgents = agentsLoader();

  readonly pager = keysetPager<SessionDto, SessionFilters>(
    (filters, cursor) => this.api.sessionsList({ ...toApiFilters(filters), cursor, limit: SESSIONS_PAGE_SIZE }),
    NO_SESSION_FILTERS,
  );
  private started = false;

  private readonly agentList = signal<UserDto[]>([]);
  private readonly agentFailure = signal<string | null>(null);
  readonly agents = this.agentList.asReadonly();
  readonly agentsError = this.agentFailure.asReadonly();
  /** The agent filter needs the user list, which only users:read may see. */
  readonly canFilterByAgent = computed(() => this.auth.can('users:read'));
  readonly canExport = computed(() => this.auth.can('export:run'));

  readonly includeMessages = signal(false);
  readonly download = new DownloadTracker();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.download.cancel());
  }

  /** Applies filters (from the URL); the same filters again do not refetch. */
  apply(filters: SessionFilters): void {
    if (this.started && sameFilters(filters, this.pager.filters())) return;
    this.started = true;
    this.pager.search(filters);
  }

  fetchAgents(): void {
    if (!this.canFilterByAgent()) return;
    this.agentFailure.set(null);
    this.loadAgents().subscribe({
      next: (agents) => this.agentList.set(agents),
      error: (error: unknown) => this.agentFailure.set(`Agents could not be loaded: ${describeApiError(error)}`),
    });
  }

  /** Downloads exactly the sessions the current filters select. */
  exportAs(format: ExportFormat): void {
    const body = { format, filters: toApiFilters(this.pager.filters()), includeMessages: this.includeMessages() };
    this.download.start(this.api.exportsExportSessions(body), `sessions.${format}`);
  }
}
