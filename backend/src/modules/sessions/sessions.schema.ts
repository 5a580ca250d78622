import { SESSION_STATUSES } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';
import { inList } from '../../database/sql-helpers';
import { users } from '../users/users.schema';

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('active'),
    assignedAgentId: uuid('assigned_agent_id').references(() => users.id, { onDelete: 'set null' }),
    /** JSON of what the embedding site told about the visitor; encrypted at rest. */
    userMeta: text('user_meta'),
    /** SHA-256 of the visitor's token: the secret itself is only ever known to the widget. */
    visitorTokenHash: text('visitor_token_hash'),
    /** JSON of the verified identity (sub, email, name) the session is bound to; encrypted at rest. */
    customer: text('customer'),
    /** The visitor's BCP 47 language tag: the bot's and system lines are written in it when the desk speaks it. */
    language: text('language'),
    /** Blind index of user_meta and customer: keyed HMACs of their whole words and e-mail addresses. */
    metaSearch: text('meta_search').array(),
    /** When the session last entered the queue: the queue is served in this order. */
    queuedAt: timestamp('queued_at', { withTimezone: true, mode: 'date' }),
    /** When the current agent got it: auto-assignment favours the agent who waited longest. */
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    check('sessions_status_check', inList(table.status, SESSION_STATUSES)),
    index('sessions_status_updated_idx').on(table.status, table.updatedAt),
    index('sessions_agent_status_idx').on(table.assignedAgentId, table.status),
    index('sessions_created_idx').on(table.createdAt),
    index('sessions_open_updated_idx').on(table.updatedAt).where(sql`${table.status} <> 'closed'`),
    // The list's `q` search: `meta_search @> terms` without reading (or decrypting) any row.
    index('sessions_meta_search_idx').using('gin', table.metaSearch),
    index('sessions_queue_idx').on(table.queuedAt, table.id).where(sql`${table.status} = 'needs_human'`),
  ],
);

export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
/** What a new session starts with; everything else has its default. */
export type SessionStart = Pick<NewSessionRow, 'userMeta' | 'customer' | 'visitorTokenHash' | 'language'>;
