import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';
import { users } from '../users/users.schema';

/** One row per key operation (rotation, re-encryption, plaintext clean-up) and its outcome. */
export const encryptionAudit = pgTable(
  'encryption_audit',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    action: text('action').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    fromKeyId: text('from_key_id'),
    toKeyId: text('to_key_id'),
    rowCount: integer('row_count').notNull().default(0),
    outcome: text('outcome').notNull().default('running'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [index('encryption_audit_started_idx').on(table.startedAt, table.id)],
);

export type EncryptionAuditRow = typeof encryptionAudit.$inferSelect;
