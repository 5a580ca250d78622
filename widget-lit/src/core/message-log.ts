import type { MessageDto } from '@parley/contracts';

/**
 * `sending`: written here, not yet acknowledged (kept in the outbox); `failed`: the server refused it;
 * `streaming`: a bot answer still arriving in pieces. Stored messages have no delivery state.
 */
export type Delivery = 'sending' | 'failed' | 'streaming';

/** A message as the widget shows it. Unsent visitor messages carry a provisional `local:` id. */
export interface ChatEntry extends MessageDto {
  delivery?: Delivery;
}

const LOCAL = 'local:';

/**
 * The conversation the widget shows. Stored messages are kept in id order (ids are time-ordered
 * UUIDv7, so a replayed older message lands where it belongs) and each id appears once however often
 * the server sends it: replays after reconnects, the echo of one's own message, retries. Unsent
 * messages follow the stored ones in the order they were written.
 */
export class MessageLog {
  private stored: ChatEntry[] = [];
  private unsent: ChatEntry[] = [];

  get entries(): readonly ChatEntry[] {
    return [...this.stored, ...this.unsent];
  }

  /** Adds or replaces a stored message. Returns false when it was already there (a repeat). */
  upsert(message: MessageDto): boolean {
    if (message.clientMessageId) this.unsent = this.unsent.filter((entry) => entry.clientMessageId !== message.clientMessageId);
    const index = this.stored.findIndex((entry) => entry.id === message.id);
    const known = index >= 0 && this.stored[index].delivery !== 'streaming';
    if (index >= 0) this.stored.splice(index, 1);
    this.insert({ ...message });
    return !known;
  }

  /** A message the visitor wrote that the server has not acknowledged yet. */
  addUnsent(clientMessageId: string, text: string, sessionId = ''): void {
    if (this.unsent.some((entry) => entry.clientMessageId === clientMessageId)) return;
    this.unsent.push({
      id: LOCAL + clientMessageId,
      clientMessageId,
      sessionId,
      sender: 'visitor',
      text,
      createdAt: new Date().toISOString(),
      delivery: 'sending',
    });
  }

  fail(clientMessageId: string): void {
    for (const entry of this.unsent) if (entry.clientMessageId === clientMessageId) entry.delivery = 'failed';
  }

  /** A piece of a streamed bot answer; the final `message` with the same id replaces it. */
  delta(messageId: string, delta: string, sessionId: string): void {
    const existing = this.stored.find((entry) => entry.id === messageId);
    if (!existing) {
      this.insert({ id: messageId, sessionId, sender: 'bot', text: delta, createdAt: new Date().toISOString(), delivery: 'streaming' });
    } else if (existing.delivery === 'streaming') {
      existing.text += delta;
    }
  }

  /** The newest stored message: what the server should replay after on a reconnect. */
  lastStoredId(): string | undefined {
    for (let index = this.stored.length - 1; index >= 0; index--) {
      if (this.stored[index].delivery !== 'streaming') return this.stored[index].id;
    }
    return undefined;
  }

  /** Drops what the server had sent (a new session starts), keeping what the visitor still wants sent. */
  clearStored(): void {
    this.stored = [];
  }

  private insert(entry: ChatEntry): void {
    let index = this.stored.length;
    while (index > 0 && this.stored[index - 1].id > entry.id) index--;
    this.stored.splice(index, 0, entry);
  }
}
