import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, type Subscription, forkJoin } from 'rxjs';
import { describeApiError } from '../core/api/api-error';
import { ParleyApi, type SessionDto, type StaffMessageDto, type UserDto } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import { agentsLoader } from './agents';
import { allPages } from './all-pages';

/** One session, read-only, with its whole history; admins assign it, agents close it. */
@Injectable()
export class SessionDetailStore {
  private readonly api = inject(ParleyApi);
  private readonly auth = inject(AuthStore);
  private readonly loadAgents = agentsLoader();
  private running: Subscription | undefined;

  private readonly current = signal<SessionDto | null>(null);
  private readonly history = signal<StaffMessageDto[]>([]);
  private readonly loadingState = signal(false);
  private readonly failure = signal<string | null>(null);
  private readonly busyState = signal(false);
  private readonly actionFailure = signal<string | null>(null);
  private readonly doneNotice = signal<string | null>(null);
  private readonly agentList = signal<UserDto[]>([]);

  readonly session = this.current.asReadonly();
  readonly messages = this.history.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly actionError = this.actionFailure.asReadonly();
  readonly notice = this.doneNotice.asReadonly();
  /** Deactivated agents cannot take a session. */
  readonly agents = computed(() => this.agentList().filter((agent) => !agent.disabled));

  readonly canAssign = computed(() => this.auth.can('sessions:assign') && this.current()?.status !== 'closed');
  readonly canClose = computed(() => this.auth.can('sessions:close') && this.current()?.status !== 'closed');

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  load(sessionId: string): void {
    this.running?.unsubscribe();
    this.loadingState.set(true);
    this.failure.set(null);
    this.running = forkJoin({
      session: this.api.sessionsGet(sessionId),
      messages: allPages((cursor) => this.api.sessionsMessages(sessionId, { cursor, limit: 100 })),
    }).subscribe({
      next: ({ session, messages }) => {
        this.current.set(session);
        this.history.set(messages);
        this.loadingState.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(describeApiError(error));
        this.loadingState.set(false);
      },
    });
    if (this.auth.can('sessions:assign') && this.auth.can('users:read') && this.agentList().length === 0) {
      this.loadAgents().subscribe({
        next: (agents) => this.agentList.set(agents),
        error: (error: unknown) => this.actionFailure.set(`Agents could not be loaded: ${describeApiError(error)}`),
      });
    }
  }

  assign(agentId: string): void {
    const session = this.current();
    if (!session) return;
    if (!agentId) {
      this.actionFailure.set('Choose an agent to assign the session to.');
      return;
    }
    const name = this.agentList().find((agent) => agent.id === agentId)?.name ?? 'the agent';
    this.act(this.api.sessionsAssign(session.id, { agentId }), `Assigned to ${name}.`);
  }

  close(): void {
    const session = this.current();
    if (session) this.act(this.api.sessionsClose(session.id), 'The session is closed.');
  }

  private act(request: Observable<SessionDto>, success: string): void {
    this.busyState.set(true);
    this.actionFailure.set(null);
    this.doneNotice.set(null);
    request.subscribe({
      next: (session) => {
        this.current.set(session);
        this.doneNotice.set(success);
        this.busyState.set(false);
        // The server adds a system message for the change; show it.
        this.load(session.id);
      },
      error: (error: unknown) => {
        this.actionFailure.set(describeApiError(error));
        this.busyState.set(false);
      },
    });
  }
}
