import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, gt } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { MessageRow, NewMessageRow, messages } from './messages.schema';

export type NewMessage = Pick<NewMessageRow, 'id' | 'sessionId' | 'sender' | 'text' | 'metadata' | 'confidence' | 'clientMessageId' | 'internal'>;

/** All SQL on the messages table. Lists are in the order they were written (UUIDv7 ids). */
@Injectable()
export class MessagesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Stores a message; undefined when the session has one with this clientMessageId already. */
  async insert(message: NewMessage): Promise<MessageRow | undefined> {
    const [row] = await this.db
      .insert(messages)
      .values(message)
      .onConflictDoNothing({ target: [messages.sessionId, messages.clientMessageId] })
      .returning();
    return row;
  }

  async findByClientId(sessionId: string, clientMessageId: string): Promise<MessageRow | undefined> {
    const [row] = await this.db
      .select()
      .from(messages)
      .where(and(eq(messages.sessionId, sessionId), eq(messages.clientMessageId, clientMessageId)));
    return row;
  }

  async findInSession(sessionId: string, id: string): Promise<MessageRow | undefined> {
    const [row] = await this.db
      .select()
      .from(messages)
      .where(and(eq(messages.sessionId, sessionId), eq(messages.id, id)));
    return row;
  }

  /** Messages after `afterId` (or all); `internal: false` leaves internal notes out in the query itself. */
  async list(sessionId: string, options: { afterId?: string; withInternal: boolean; limit?: number }): Promise<MessageRow[]> {
    const query = this.db
      .select()
      .from(messages)
      .where(
        and(
          eq(messages.sessionId, sessionId),
          options.afterId ? gt(messages.id, options.afterId) : undefined,
          options.withInternal ? undefined : eq(messages.internal, false),
        ),
      )
      .orderBy(asc(messages.id));
    return options.limit === undefined ? query : query.limit(options.limit);
  }
}
