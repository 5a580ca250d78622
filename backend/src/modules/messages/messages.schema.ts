import { MESSAGE_SENDERS } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';
import { inList, unitInterval } from '../../database/sql-helpers';
import { sessions } from '../sessions/sessions.schema';

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    sender: text('sender', { enum: MESSAGE_SENDERS }).notNull(),
    /** What the sender wrote, exactly; encrypted at rest. */
    text: text('text').notNull(),
    /** JSON (sources, streaming state, agent); encrypted at rest. */
    metadata: text('metadata'),
    confidence: real('confidence'),
    clientMessageId: text('client_message_id'),
    internal: boolean('internal').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    check('messages_sender_check', inList(table.sender, MESSAGE_SENDERS)),
    check('messages_confidence_check', unitInterval(table.confidence)),
    index('messages_session_created_idx').on(table.sessionId, table.createdAt, table.id),
    index('messages_created_sender_idx').on(table.createdAt, table.sender),
    // Analytics: a session's first visitor message, and the next reply after a moment, in one
    // index-only probe each (first-response and agent-response times).
    index('messages_visitor_session_idx').on(table.sessionId, table.createdAt).where(sql`${table.sender} = 'visitor'`),
    index('messages_reply_session_idx')
      .on(table.sessionId, table.createdAt, table.sender)
      .where(sql`${table.sender} in ('bot', 'agent') and not ${table.internal}`),
    // A retried send carries the same clientMessageId and must find the message already stored.
    uniqueIndex('messages_session_client_id_idx').on(table.sessionId, table.clientMessageId),
  ],
);

export type MessageRow = typeof messages.$inferSelect;
export type NewMessageRow = typeof messages.$inferInsert;
