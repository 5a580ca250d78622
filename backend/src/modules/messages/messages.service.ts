import { Inject, Injectable } from '@nestjs/common';
import type { AgentRef, MessageSender, MessageSource, Page } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { decodeCursor, toPage } from '../../common/pagination';
import { CounterStore } from '../../common/rate-limit/counter-store';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { readMetadata, writeMetadata } from './message-metadata';
import { messageTextProblem } from './message-text';
import { MessagesRepository } from './messages.repository';
import type { MessageRow } from './messages.schema';

/** Who writes a message: retries are matched to their author, never to someone else's message. */
export type MessageAuthor = { sender: 'visitor' } | { sender: 'agent'; agent: AgentRef } | { sender: 'bot' | 'system' };

export interface NewChatMessage {
  /** Chosen ahead for a streamed bot answer, whose deltas carry the id before it is stored. */
  id?: string;
  sessionId: string;
  author: MessageAuthor;
  text: string;
  clientMessageId?: string;
  internal?: boolean;
  confidence?: number;
  sources?: MessageSource[];
}

export interface StoredMessage {
  message: MessageRow;
  /** False when this was a retry and the message had been stored before. */
  created: boolean;
}

/** Visitors and staff are limited separately, so a busy agent never silences the visitor. */
export type RateSide = 'visitor' | 'staff';

/** Storing and reading messages: idempotent sends, exact text, per-session rate limits. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly repository: MessagesRepository,
    private readonly counters: CounterStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The message stored earlier under this clientMessageId, if its author sends it again. */
  async findRetry(sessionId: string, clientMessageId: string, author: MessageAuthor): Promise<MessageRow | undefined> {
    const existing = await this.repository.findByClientId(sessionId, clientMessageId);
    if (!existing) return undefined;
    if (!sameAuthor(existing, author)) {
      // Answering with another author's message would leak it (an internal note, say) to the sender.
      throw AppException.validation('clientMessageId is already used by another message', ['clientMessageId is already used']);
    }
    return existing;
  }

  async assertWithinRate(sessionId: string, side: RateSide): Promise<void> {
    const { messageRateLimit, messageRateWindowSeconds } = this.config.chat;
    const state = await this.counters.hit(`msg:${side}:${sessionId}`, messageRateWindowSeconds * 1000);
    if (state.count > messageRateLimit) {
      throw AppException.rateLimited(`At most ${messageRateLimit} messages per ${messageRateWindowSeconds} s`, state.resetInMs);
    }
  }

  /** Stores a message exactly as written; a retry (same clientMessageId) returns the first one. */
  async store(input: NewChatMessage): Promise<StoredMessage> {
    const problem = messageTextProblem(input.text);
    if (problem) throw AppException.validation(problem, [problem]);
    const inserted = await this.repository.insert({
      ...(input.id ? { id: input.id } : {}),
      sessionId: input.sessionId,
      sender: input.author.sender,
      text: input.text,
      metadata: writeMetadata({ agent: input.author.sender === 'agent' ? input.author.agent : undefined, sources: input.sources }),
      confidence: input.confidence ?? null,
      clientMessageId: input.clientMessageId ?? null,
      internal: input.internal ?? false,
    });
    if (inserted) return { message: inserted, created: true };
    // A concurrent retry stored it between our look-up and our insert.
    const existing = await this.findRetry(input.sessionId, input.clientMessageId ?? '', input.author);
    if (!existing) throw new Error('a conflicting message vanished');
    return { message: existing, created: false };
  }

  /** The last `limit` messages the visitor could see, oldest first: the context an answerer reads. */
  recent(sessionId: string, limit: number): Promise<MessageRow[]> {
    return this.repository.listLatestVisible(sessionId, limit);
  }

  /** What the visitor may see after `afterId`: never internal notes. */
  replay(sessionId: string, afterId?: string): Promise<MessageRow[]> {
    return this.repository.list(sessionId, { afterId, withInternal: false });
  }

  /** A page of the whole conversation for staff, oldest first, internal notes included. */
  async staffPage(sessionId: string, page: { limit: number; cursor?: string }): Promise<Page<MessageRow>> {
    const afterId = page.cursor ? decodeCursor(page.cursor, ['uuid'] as const)[0] : undefined;
    const rows = await this.repository.list(sessionId, { afterId, withInternal: true, limit: page.limit + 1 });
    return toPage(rows, page.limit, (row) => [row.id]);
  }

  /** A message of the session the visitor may see; internal notes are as unknown as missing ones. */
  async findVisible(sessionId: string, messageId: string): Promise<MessageRow> {
    const message = await this.repository.findInSession(sessionId, messageId);
    if (!message || message.internal) throw AppException.notFound('The message');
    return message;
  }
}

function sameAuthor(message: MessageRow, author: MessageAuthor): boolean {
  if (message.sender !== (author.sender as MessageSender)) return false;
  return author.sender !== 'agent' || readMetadata(message).agent?.id === author.agent.id;
}
