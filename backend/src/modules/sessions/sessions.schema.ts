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
  ],
);

export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
