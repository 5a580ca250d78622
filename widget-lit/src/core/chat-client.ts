import { ServerEvents, VisitorEvents, type CreateChatSessionRequest, type MessageDto, type SessionStateEvent, type WidgetHandshakeAuth } from '@parley/contracts';
import { connectWidgetSocket, openSession, refusalCode, type WidgetSocket } from './desk-api';
import { loadChat, saveChat, type StoredChat } from './chat-store';
import { MessageLog } from './message-log';
import { Backoff, newClientMessageId } from './timing';

/** `unavailable`: the desk refused to open a session (e.g. it requires a signed-in customer). */
export type Connection = 'idle' | 'connecting' | 'online' | 'offline' | 'unavailable';

/** `changed`: anything shown; `message` and `session`: news, not the history restored after a reload. */
export interface ChatListener {
  changed(): void;
  message(message: MessageDto): void;
  session(state: SessionStateEvent, previous: SessionStateEvent | null): void;
}

const ACK_TIMEOUT_MS = 10_000;
// The bot answers in a second or two; the dots stop anyway if no answer comes.
const BOT_TYPING_MS = 20_000;
const noAck = (): void => undefined;

/**
 * The visitor's side of a conversation with one desk: opens the session on the first message, keeps
 * it across reloads, holds written messages in an outbox until the server acknowledges them, and
 * turns the socket's events into a deduplicated log and a state the element renders.
 */
export class ChatClient {
  readonly log = new MessageLog();
  connection: Connection = 'idle';
  state: SessionStateEvent | null = null;
  agentTyping = false;
  botTyping = false;
  wantsHuman = false;

  private chat: StoredChat;
  private socket?: WidgetSocket;
  /** Until the first `session` event, what arrives is history the page restores, not news. */
  private restoring: boolean;
  private flushing = false;
  private creating = false;
  private disposed = false;
  /** Retries of opening the session or the socket, apart from retries of sending. */
  private readonly backoff = new Backoff();
  private readonly sendBackoff = new Backoff();
  private botTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly serverUrl: string,
    private readonly listener: ChatListener,
    /** What a new session starts with (language, identity, meta), asked when one is needed. */
    private readonly sessionRequest: () => CreateChatSessionRequest,
  ) {
    this.chat = loadChat(serverUrl);
    for (const item of this.chat.outbox) this.log.addUnsent(item.clientMessageId, item.text);
    this.restoring = Boolean(this.chat.sessionId);
    addEventListener('online', this.reconnectNow);
    if (this.chat.sessionId) this.connect();
    else if (this.chat.outbox.length) void this.createSession();
  }

  get votes(): Readonly<Record<string, boolean>> {
    return this.chat.votes;
  }

  get unread(): number {
    const { readId } = this.chat;
    return this.log.entries.filter((entry) => entry.sender !== 'visitor' && !entry.delivery && (!readId || entry.id > readId)).length;
  }

  dispose(): void {
    this.disposed = true;
    removeEventListener('online', this.reconnectNow);
    this.backoff.cancel();
    this.sendBackoff.cancel();
    clearTimeout(this.botTimer);
    this.socket?.disconnect();
    this.socket = undefined;
  }

  send(text: string): void {
    if (!text.trim()) return;
    const item = { clientMessageId: newClientMessageId(), text };
    this.chat.outbox.push(item);
    this.persist();
    this.log.addUnsent(item.clientMessageId, text, this.chat.sessionId);
    this.changed();
    if (this.chat.sessionId) void this.flush();
    else void this.createSession();
  }

  async requestHuman(): Promise<void> {
    this.wantsHuman = true;
    this.changed();
    if (!this.chat.sessionId) return this.createSession();
    if (!this.socket?.connected) return; // asked again on connect
    const ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(VisitorEvents.requestHuman, {}).catch(noAck);
    if (!ack) return;
    this.wantsHuman = false;
    if (ack.ok) this.applyState(ack.session);
    this.changed();
  }

  async feedback(messageId: string, helpful: boolean): Promise<void> {
    const before = this.chat.votes[messageId];
    this.vote(messageId, helpful);
    const ack = await this.socket?.timeout(ACK_TIMEOUT_MS).emitWithAck(VisitorEvents.feedback, { messageId, helpful }).catch(noAck);
    if (!ack?.ok) this.vote(messageId, before);
  }

  typing(typing: boolean): void {
    if (this.socket?.connected) this.socket.emit(VisitorEvents.typing, { typing }, noAck);
  }

  /** The panel shows everything up to now: stop counting it as unread and tell the agent. */
  markRead(): void {
    const last = this.log.entries.filter((entry) => entry.sender !== 'visitor' && !entry.delivery).pop()?.id;
    if (!last || (this.chat.readId && this.chat.readId >= last)) return;
    this.chat.readId = last;
    this.persist();
    if (this.socket?.connected) this.socket.emit(VisitorEvents.seen, { messageId: last }, noAck);
  }

  private async createSession(): Promise<void> {
    if (this.creating || this.chat.sessionId) return;
    this.creating = true;
    this.setConnection('connecting');
    const opening = await openSession(this.serverUrl, this.sessionRequest());
    this.creating = false;
    if (this.disposed) return;
    if (opening === 'refused') return this.refuse();
    if (opening === 'retry') {
      this.setConnection('offline');
      return this.backoff.schedule(() => this.createSession());
    }
    this.chat.sessionId = opening.sessionId;
    this.chat.visitorToken = opening.visitorToken;
    this.persist();
    this.backoff.reset();
    this.connect();
  }

  private connect(): void {
    if (this.socket || !this.chat.sessionId) return;
    const socket = connectWidgetSocket(this.serverUrl, () => this.handshake());
    this.socket = socket;
    this.setConnection('connecting');
    socket.on('connect', () => {
      this.backoff.reset();
      this.setConnection('online');
      void this.flush();
      if (this.wantsHuman) void this.requestHuman();
    });
    socket.on('disconnect', () => {
      this.agentTyping = this.botTyping = false;
      this.setConnection('offline');
    });
    socket.on('connect_error', (error) => this.connectFailed(socket, error));
    socket.on(ServerEvents.message, (message) => this.receive(message));
    socket.on(ServerEvents.messageDelta, ({ messageId, delta }) => {
      this.botTyping = false;
      this.log.delta(messageId, delta, this.chat.sessionId ?? '');
      this.changed();
    });
    socket.on(ServerEvents.typing, ({ sender, typing }) => {
      this.agentTyping = sender === 'agent' && typing;
      this.changed();
    });
    socket.on(ServerEvents.session, (state) => this.applyState(state));
  }

  private handshake(): WidgetHandshakeAuth {
    const auth: WidgetHandshakeAuth = { sessionId: this.chat.sessionId ?? '', visitorToken: this.chat.visitorToken ?? '' };
    const lastMessageId = this.log.lastStoredId();
    if (lastMessageId) auth.lastMessageId = lastMessageId;
    return auth;
  }

  private connectFailed(socket: WidgetSocket, error: Error): void {
    this.setConnection('offline');
    // A network failure: socket.io keeps retrying with its own backoff.
    if (socket.active) return;
    const code = refusalCode(error);
    if (code === 'UNAUTHORIZED' || code === 'VALIDATION_FAILED') return this.forgetSession();
    this.backoff.schedule(() => socket.connect());
  }

  /** The desk no longer knows the stored session (its data was reset): start over, keep the outbox. */
  private forgetSession(): void {
    this.socket?.disconnect();
    this.socket = undefined;
    this.chat = { outbox: this.chat.outbox, votes: {} };
    this.persist();
    this.log.clearStored();
    this.state = null;
    this.restoring = false;
    this.setConnection('idle');
    if (this.chat.outbox.length || this.wantsHuman) void this.createSession();
  }

  private refuse(): void {
    for (const item of this.chat.outbox) this.log.fail(item.clientMessageId);
    this.chat.outbox = [];
    this.wantsHuman = false;
    this.persist();
    this.setConnection('unavailable');
  }

  /** Sends the outbox in order, one at a time; whatever is not acknowledged stays for the next try. */
  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let item = this.chat.outbox[0]; item && this.socket?.connected; item = this.chat.outbox[0]) {
        const payload = { clientMessageId: item.clientMessageId, text: item.text };
        const ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck(VisitorEvents.message, payload).catch(noAck);
        // No answer (disconnected, or too slow): the same clientMessageId goes again, stored once;
        // after a disconnect the next `connect` sends it.
        if (!ack) return this.socket?.connected ? this.sendBackoff.schedule(() => this.flush()) : undefined;
        this.sendBackoff.reset();
        if (ack.ok) {
          this.receive(ack.message);
          if (this.state?.status !== 'needs_human' && this.state?.status !== 'agent_assigned') this.expectBot();
          continue;
        }
        if (ack.error.code === 'RATE_LIMITED' || ack.error.code === 'INTERNAL') {
          return this.sendBackoff.schedule(() => this.flush(), ack.error.retryAfterMs);
        }
        this.unqueue(item.clientMessageId);
        this.log.fail(item.clientMessageId);
        this.changed();
      }
    } finally {
      this.flushing = false;
    }
  }

  private receive(message: MessageDto): void {
    if (message.clientMessageId) this.unqueue(message.clientMessageId);
    const added = this.log.upsert(message);
    if (message.sender !== 'visitor') this.botTyping = false;
    if (message.sender === 'agent') this.agentTyping = false;
    if (added && !this.restoring) this.listener.message(message);
    this.changed();
  }

  private applyState(state: SessionStateEvent): void {
    const previous = this.state;
    if (state.sessionId !== this.chat.sessionId) {
      // The server moved the visitor into a new session: reconnects must name the new one.
      this.chat.sessionId = state.sessionId;
      this.persist();
    }
    this.state = state;
    if (state.status !== 'active') this.botTyping = false;
    if (state.status !== 'agent_assigned') this.agentTyping = false;
    if (this.restoring) this.restoring = false;
    else this.listener.session(state, previous);
    this.changed();
  }

  private expectBot(): void {
    this.botTyping = true;
    clearTimeout(this.botTimer);
    this.botTimer = setTimeout(() => {
      this.botTyping = false;
      this.changed();
    }, BOT_TYPING_MS);
  }

  private vote(messageId: string, helpful: boolean | undefined): void {
    if (helpful === undefined) delete this.chat.votes[messageId];
    else this.chat.votes[messageId] = helpful;
    this.persist();
    this.changed();
  }

  private unqueue(clientMessageId: string): void {
    const outbox = this.chat.outbox.filter((item) => item.clientMessageId !== clientMessageId);
    if (outbox.length === this.chat.outbox.length) return;
    this.chat.outbox = outbox;
    this.persist();
  }

  /** The browser is back online: retry at once instead of waiting out the backoff. */
  private readonly reconnectNow = (): void => {
    if (!this.chat.sessionId) {
      if (this.chat.outbox.length) void this.createSession();
    } else if (this.socket && !this.socket.connected) {
      // connect() alone would wait for the pending reconnection timer.
      this.socket.disconnect().connect();
    }
  };

  private setConnection(connection: Connection): void {
    if (this.connection === 'unavailable' || this.connection === connection) return;
    this.connection = connection;
    this.changed();
  }

  private persist(): void {
    saveChat(this.serverUrl, this.chat);
  }

  private changed(): void {
    this.listener.changed();
  }
}
