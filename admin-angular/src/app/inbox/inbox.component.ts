import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import type { PresenceStatus } from '@parley/contracts';
import { filter } from 'rxjs';
import { ListStateComponent } from '../shared/list-state.component';
import { durationSince } from '../shared/time';
import { AgentSocket } from './agent-socket';
import { SocketIoAgentSocket } from './agent-socket.service';
import { AlertSound } from './alert-sound';
import { InboxStore } from './inbox.store';

const CONNECTION_TEXT = { idle: '', connecting: 'Connecting…', reconnecting: 'Reconnecting…', connected: 'Connected' } as const;

/** The agent's desk: the live queue and my conversations beside the open conversation. */
@Component({
  selector: 'app-inbox',
  imports: [RouterOutlet, ListStateComponent],
  templateUrl: './inbox.component.html',
  styleUrl: './inbox.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Provided here, not on the route, so leaving the inbox destroys them and closes the socket.
  providers: [InboxStore, { provide: AgentSocket, useClass: SocketIoAgentSocket }],
})
export default class InboxComponent {
  readonly store = inject(InboxStore);
  readonly sound = inject(AlertSound);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);
  private readonly now = signal(Date.now());

  readonly connectionText = computed(() => {
    const state = this.store.connection();
    return state.kind === 'error' ? null : CONNECTION_TEXT[state.kind];
  });
  readonly connectionError = computed(() => {
    const state = this.store.connection();
    return state.kind === 'error' ? state.message : null;
  });
  readonly queueLoading = computed(() => !this.store.queueReceived() && this.connectionError() === null);
  readonly queue = computed(() =>
    this.store.queue().map((entry) => ({
      ...entry,
      label: this.store.label(entry.sessionId),
      wait: durationSince(entry.waitingSince, this.now()),
      open: entry.sessionId === this.store.openId(),
    })),
  );
  readonly mine = computed(() =>
    this.store.myConversations().map((session) => ({
      id: session.id,
      label: this.store.label(session.id),
      unread: this.store.unread()[session.id] ?? 0,
      open: session.id === this.store.openId(),
    })),
  );

  constructor() {
    this.store.start();
    const destroyRef = inject(DestroyRef);
    const tick = setInterval(() => this.now.set(Date.now()), 1000);
    destroyRef.onDestroy(() => clearInterval(tick));

    const visibility = () => this.store.setTabVisible(this.document.visibilityState !== 'hidden');
    visibility();
    this.document.addEventListener('visibilitychange', visibility);
    destroyRef.onDestroy(() => this.document.removeEventListener('visibilitychange', visibility));

    effect(() => this.title.setTitle(this.store.title()));
    // The router writes the route's plain title after each navigation inside the inbox.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.title.setTitle(this.store.title()));
  }

  openConversation(sessionId: string): void {
    void this.router.navigate(['/inbox', sessionId]);
  }

  setPresence(event: Event): void {
    void this.store.setPresence((event.target as HTMLSelectElement).value as PresenceStatus);
  }
}
