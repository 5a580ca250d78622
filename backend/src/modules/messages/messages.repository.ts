import { Inject, Injectable } from '@nestjs/common';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { uuidv7 } from '../../common/ids';
import { DATABASE, Database } from '../../database/database.types';
import { MESSAGES_FIELDS } from '../encryption/encrypted-columns';
import { FieldCipher, Readable } from '../encryption/field-cipher';
import { MessageRow, NewMessageRow, messages } from './messages.schema';

export type NewMessage = Pick<NewMessageRow, 'id' | 'sessionId' | 'sender' | 'text' | 'metadata' | 'confidence' | 'clientMessageId' | 'internal'>;

/** A message as read: text and metadata decrypted, `unreadable` when one of them failed to. */
export type MessageRecord = Readable<MessageRow>;

/** All SQL on the messages table. Lists are in the order they were written (UUIDv7 ids). Text and metadata are encrypted here, on the way in and out. */
@Injectable()
export class MessagesRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly cipher: FieldCipher,
  ) {}

  /** Stores a message; undefined when the session has one with this clientMessageId already. */
  async insert(message: NewMessage): Promise<MessageRecord | undefined> {
    // The id is part of the ciphertext's authenticated data, so it is made before encrypting.
    const id = message.id ?? uuidv7();
    const [row] = await this.db
      .insert(messages)
      .values(await this.cipher.encryptFields(MESSAGES_FIELDS, id, { ...message, id }))
      .onConflictDoNothing({ target: [messages.sessionId, messages.clientMessageId] })
      .returning();
    return this.cipher.readOptional(MESSAGES_FIELDS, row);
  }

  async findByClientId(sessionId: string, clientMessageId: string): Promise<MessageRecord | undefined> {
    const [row] = await this.db
      .select()
      .from(messages)
      .where(and(eq(messages.sessionId, sessionId), eq(messages.clientMessageId, clientMessageId)));
    return this.cipher.readOptional(MESSAGES_FIELDS, row);
  }

  async findInSession(sessionId: string, id: string): Promise<MessageRecord | undefined> {
    const [row] = await this.db
      .select()
      .from(messages)
      .where(and(eq(messages.sessionId, sessionId), eq(messages.id, id)));
    return this.cipher.readOptional(MESSAGES_FIELDS, row);
  }

  /** Messages after `afterId` (or all); `internal: false` leaves internal notes out in the query itself. */
  /** The last `limit` messages a visitor can see, oldest first: reads only those rows. */
  async listLatestVisible(sessionId: string, limit: number): Promise<MessageRecord[]> {
    const rows = await this.db
      .select()
      .from(messages)
      .where(and(eq(messages.sessionId, sessionId), eq(messages.internal, false)))
      .orderBy(desc(messages.id))
      .limit(limit);
    return this.cipher.readRows(MESSAGES_FIELDS, rows.reverse());
  }

  async list(sessionId: string, options: { afterId?: string; withInternal: boolean; limit?: number }): Promise<MessageRecord[]> {
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
    return this.cipher.readRows(MESSAGES_FIELDS, await (options.limit === undefined ? query : query.limit(options.limit)));
  }
}
