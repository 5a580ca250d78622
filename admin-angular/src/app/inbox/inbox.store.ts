import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import {
  AgentEvents,
  MessageDeltaEvent,
  PresenceStatus,
  QueueEntry,
  SessionDto,
  StaffMessageDto,
  TypingEvent,
} from '@parley/contracts';
import { describeApiError } from '../core/api/api-error';
import { AuthStore } from '../core/auth/auth.store';
import { AgentSocket, AgentSocketListener, ConnectionState } from './agent-socket';
import { AlertSound } from './alert-sound';
import { InboxApi } from './inbox-api';
import {
  SessionAction,
  StreamingDraft,
  addUnread,
  applyDelta,
  clearUnread,
  conversationLines,
  describeAckError,
  inboxTitle,
  isMine,
  mergeMessages,
  sessionActions,
  totalUnread,
  upsertSession,
  visitorLabel,
  withoutDraft,
} from './inbox-state';
import { TypingIndicators } from './typing-indicators';

/**
 * The inbox's state: the live queue, my conversations, the open conversation and the unread count,
 * fed by the `/agent` socket (behind `AgentSocket`, faked in tests) and the REST history.
 */
@Injectable()
export class InboxStore {
  private readonly socket = inject(AgentSocket);
  private readonly api = inject(InboxApi);
  private readonly auth = inject(AuthStore);
  private readonly sound = inject(AlertSound);
  private readonly destroyRef = inject(DestroyRef);

  private readonly sessionsById = signal<Record<string, SessionDto>>({});
  private readonly stored = signal<StaffMessageDto[]>([]);
  private readonly drafts = signal<Record<string, StreamingDraft>>({});
  private readonly typists = new TypingIndicators();
  private readonly unreadBySession = signal<Record<string, number>>({});
  /** Session rooms this socket is in; a new socket (reconnect) is in none. */
  private readonly joined = new Set<string>();
  /** Visitor messages of other conversations already counted as unread (they may come twice). */
  private readonly counted = new Set<string>();
  private pendingSend: { key: string; clientMessageId: string } | null = null;
  private everConnected = false;
  private loadingWaiting = false;
  private historyRun = 0;

  readonly connection = signal<ConnectionState>({ kind: 'idle' });
  readonly queue = signal<QueueEntry[]>([]);
  readonly queueReceived = signal(false);
  readonly queueDetailsError = signal<string | null>(null);
  readonly mineLoading = signal(false);
  readonly mineError = signal<string | null>(null);
  readonly openId = signal<string | null>(null);
  readonly historyLoading = signal(false);
  readonly historyError = signal<string | null>(null);
  readonly liveError = signal<string | null>(null);
  readonly tabVisible = signal(true);
  readonly presence = signal<PresenceStatus>('online');
  readonly presenceError = signal<string | null>(null);
  readonly busyAction = signal<SessionAction | null>(null);
  readonly actionError = signal<string | null>(null);
  readonly sending = signal(false);
  readonly sendError = signal<string | null>(null);

  readonly me = computed(() => this.auth.user()?.id);
  readonly myConversations = computed(() =>
    Object.values(this.sessionsById())
      .filter((session) => isMine(session, this.me()))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  );
  readonly openSession = computed(() => {
    const id = this.openId();
    return id ? this.sessionsById()[id] : undefined;
  });
  readonly lines = computed(() => conversationLines(this.stored(), this.drafts(), this.openId()));
  readonly visitorTyping = computed(() => this.typists.isTyping(this.openId(), 'visitor'));
  readonly agentTyping = computed(() => this.typists.isTyping(this.openId(), 'agent'));
  readonly unread = this.unreadBySession.asReadonly();
  readonly unreadTotal = computed(() => totalUnread(this.unreadBySession()));
  readonly title = computed(() => inboxTitle(this.unreadTotal()));
  readonly actions = computed(() => sessionActions(this.openSession(), this.me(), (permission) => this.auth.can(permission)));
  readonly canReplyToVisitor = computed(() => isMine(this.openSession(), this.me()));

  private readonly listener: AgentSocketListener = {
    connection: (state) => this.connection.set(state),
    connected: () => this.onConnected(),
    queue: (event) => {
      const known = new Set(this.queue().map((entry) => entry.sessionId));
      // The first queue is what was waiting already; after it, a new visitor is news.
      if (this.queueReceived() && event.sessions.some((entry) => !known.has(entry.sessionId))) this.sound.play();
      this.queue.set([...event.sessions].sort((a, b) => a.position - b.position));
      this.queueReceived.set(true);
      void this.loadWaitingDetails();
    },
    session: (session) => this.onSession(session),
    message: (message) => this.onMessage(message),
    delta: (event) => this.onDelta(event),
    typing: (event) => this.onTyping(event),
  };

  /** Connects for as long as the inbox is open. */
  start(): void {
    this.socket.connect(this.listener);
    this.destroyRef.onDestroy(() => {
      this.socket.disconnect();
      this.typists.dispose();
    });
    void this.loadMine();
  }

  /** A new connection after a refusal (the server does not retry those on its own). */
  reconnect(): void {
    this.socket.connect(this.listener);
  }

  session(id: string): SessionDto | undefined {
    return this.sessionsById()[id];
  }

  label(id: string): string {
    return visitorLabel(this.sessionsById()[id], id);
  }

  open(id: string | null): void {
    const previous = this.openId();
    if (id === previous) return;
    this.openId.set(id);
    this.stored.set([]);
    this.historyError.set(null);
    this.liveError.set(null);
    this.actionError.set(null);
    this.sendError.set(null);
    if (previous && !isMine(this.sessionsById()[previous], this.me())) this.leave(previous);
    if (!id) return;
    if (this.tabVisible()) this.unreadBySession.update((unread) => clearUnread(unread, id));
    void this.join(id);
    void this.loadHistory(id);
  }

  retryHistory(): void {
    const id = this.openId();
    if (id) void this.loadHistory(id);
  }

  retryMine(): void {
    void this.loadMine();
  }

  setTabVisible(visible: boolean): void {
    this.tabVisible.set(visible);
    const id = this.openId();
    if (visible && id) this.unreadBySession.update((unread) => clearUnread(unread, id));
  }

  /** Sends a reply or an internal note; resolves true once the server has stored it. */
  async send(text: string, internal: boolean): Promise<boolean> {
    const sessionId = this.openId();
    if (!sessionId || !text.trim() || this.sending()) return false;
    // A retry of the same text reuses its id, so a message whose ack was lost is not stored twice.
    const key = JSON.stringify([sessionId, text, internal]);
    if (this.pendingSend?.key !== key) this.pendingSend = { key, clientMessageId: crypto.randomUUID() };
    const { clientMessageId } = this.pendingSend;
    this.sending.set(true);
    this.sendError.set(null);
    const ack = await this.socket.send(AgentEvents.message, { sessionId, clientMessageId, text, internal });
    this.sending.set(false);
    if (!ack.ok) {
      this.sendError.set(describeAckError('send', ack.error));
      return false;
    }
    this.pendingSend = null;
    if (ack.message.sessionId === this.openId()) this.stored.update((list) => mergeMessages(list, [ack.message]));
    return true;
  }

  /** Typing is a hint: a lost or refused typing event is not worth telling the agent about. */
  typing(typing: boolean): void {
    const sessionId = this.openId();
    if (sessionId && this.connection().kind === 'connected') void this.socket.send(AgentEvents.typing, { sessionId, typing });
  }

  async act(action: SessionAction): Promise<void> {
    const sessionId = this.openId();
    if (!sessionId || this.busyAction()) return;
    this.busyAction.set(action);
    this.actionError.set(null);
    const ack = await this.socket.send(AgentEvents[action], { sessionId });
    this.busyAction.set(null);
    if (!ack.ok) {
      this.actionError.set(describeAckError(action, ack.error));
      return;
    }
    if (action === 'claim') this.joined.add(sessionId);
    this.onSession(ack.session);
  }

  async setPresence(status: PresenceStatus): Promise<void> {
    const previous = this.presence();
    this.presence.set(status);
    this.presenceError.set(null);
    const ack = await this.socket.send(AgentEvents.presence, { status });
    if (!ack.ok) {
      this.presence.set(previous);
      this.presenceError.set(describeAckError('presence', ack.error));
    }
  }

  private onConnected(): void {
    this.joined.clear();
    if (this.everConnected) {
      // Whatever happened while disconnected reached no one: catch up from the API.
      void this.loadMine();
      const id = this.openId();
      if (id) void this.loadHistory(id);
    }
    this.everConnected = true;
    this.myConversations().forEach((session) => void this.join(session.id));
    const id = this.openId();
    if (id) void this.join(id);
    // Presence is per connection and starts online.
    if (this.presence() === 'away') void this.setPresence('away');
  }

  private onSession(session: SessionDto): void {
    const wasMine = isMine(this.sessionsById()[session.id], this.me());
    this.sessionsById.update((all) => upsertSession(all, session));
    // Claiming or being assigned joins every socket of the agent to the session on the server.
    if (isMine(session, this.me())) this.joined.add(session.id);
    else if (wasMine) {
      this.unreadBySession.update((unread) => clearUnread(unread, session.id));
      if (session.id !== this.openId()) this.leave(session.id);
    }
  }

  private onMessage(message: StaffMessageDto): void {
    const open = message.sessionId === this.openId();
    const isNew = open ? !this.stored().some((known) => known.id === message.id) : !this.counted.has(message.id);
    if (open) this.stored.update((list) => mergeMessages(list, [message]));
    else this.counted.add(message.id);
    this.drafts.update((drafts) => withoutDraft(drafts, message.id));
    if (message.sender !== 'visitor') return;
    this.typists.set(message.sessionId, 'visitor', false);
    if (isNew && !(open && this.tabVisible())) {
      this.unreadBySession.update((unread) => addUnread(unread, message.sessionId));
      this.sound.play();
    }
  }

  /** Deltas carry no session id; they reach this socket for the conversation it has open. */
  private onDelta(event: MessageDeltaEvent): void {
    const finished = new Set(this.stored().map((message) => message.id));
    this.drafts.update((drafts) => applyDelta(drafts, event, this.openId() ?? '', finished, new Date().toISOString()));
  }

  private onTyping(event: TypingEvent): void {
    if (event.sender === 'visitor' || event.sender === 'agent') this.typists.set(event.sessionId, event.sender, event.typing);
  }

  private async join(sessionId: string): Promise<void> {
    if (this.joined.has(sessionId) || this.connection().kind !== 'connected') return;
    this.joined.add(sessionId);
    const ack = await this.socket.send(AgentEvents.join, { sessionId });
    if (ack.ok) {
      this.sessionsById.update((all) => upsertSession(all, ack.session));
      return;
    }
    this.joined.delete(sessionId);
    if (sessionId === this.openId()) this.liveError.set(`Live updates are off for this conversation: ${ack.error.message}`);
  }

  private leave(sessionId: string): void {
    if (!this.joined.delete(sessionId)) return;
    void this.socket.send(AgentEvents.leave, { sessionId });
  }

  private async loadMine(): Promise<void> {
    const agentId = this.me();
    if (!agentId) return;
    this.mineLoading.set(true);
    this.mineError.set(null);
    try {
      const mine = await this.api.assignedTo(agentId);
      const ids = new Set(mine.map((session) => session.id));
      this.sessionsById.update((all) => {
        // Sessions that stopped being mine while the socket was away: forget them unless open.
        const kept = Object.fromEntries(
          Object.entries(all).filter(([id, session]) => ids.has(id) || id === this.openId() || !isMine(session, agentId)),
        );
        return mine.reduce(upsertSession, kept);
      });
      mine.forEach((session) => void this.join(session.id));
    } catch (error) {
      this.mineError.set(describeApiError(error));
    } finally {
      this.mineLoading.set(false);
    }
  }

  /** Who is waiting: the queue event carries ids only; sessions queued before we connected are unknown. */
  private async loadWaitingDetails(): Promise<void> {
    if (this.loadingWaiting || this.queue().every((entry) => this.sessionsById()[entry.sessionId])) return;
    this.loadingWaiting = true;
    this.queueDetailsError.set(null);
    try {
      const waiting = await this.api.waiting();
      this.sessionsById.update((all) => waiting.filter((session) => !all[session.id]).reduce(upsertSession, all));
    } catch (error) {
      this.queueDetailsError.set(`Visitor names could not be loaded: ${describeApiError(error)}`);
    } finally {
      this.loadingWaiting = false;
    }
  }

  private async loadHistory(sessionId: string): Promise<void> {
    const run = ++this.historyRun;
    this.historyLoading.set(true);
    this.historyError.set(null);
    try {
      const [session, messages] = await Promise.all([this.api.session(sessionId), this.api.history(sessionId)]);
      if (run !== this.historyRun) return;
      // The socket's copy is newer than a REST answer that was in flight meanwhile.
      if (!this.sessionsById()[sessionId]) this.sessionsById.update((all) => upsertSession(all, session));
      this.stored.update((list) => mergeMessages(list, messages));
    } catch (error) {
      if (run === this.historyRun) this.historyError.set(describeApiError(error));
    } finally {
      if (run === this.historyRun) this.historyLoading.set(false);
    }
  }
}
