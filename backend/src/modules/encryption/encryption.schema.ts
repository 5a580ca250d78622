import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';
import { users } from '../users/users.schema';

export const DATA_KEY_PURPOSES = ['data', 'search'] as const;
export type DataKeyPurpose = (typeof DATA_KEY_PURPOSES)[number];
export const ENCRYPTION_JOB_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type EncryptionJobStatus = (typeof ENCRYPTION_JOB_STATUSES)[number];

/**
 * Data keys (DEKs), only ever stored wrapped by a master key. `data` keys encrypt fields; the one
 * `search` key feeds the blind index, so rotating master keys re-wraps it instead of invalidating it.
 */
export const encryptionKeys = pgTable(
  'encryption_keys',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    purpose: text('purpose', { enum: DATA_KEY_PURPOSES }).notNull().default('data'),
    masterKeyId: text('master_key_id').notNull(),
    wrappedKey: text('wrapped_key').notNull(),
    /** Retired keys still decrypt; only the newest active one encrypts. */
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    rewrappedAt: timestamp('rewrapped_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    check('encryption_keys_purpose_check', sql`${table.purpose} in ('data', 'search')`),
    index('encryption_keys_master_idx').on(table.masterKeyId),
    // Every process must hash search terms with the same key: there is only ever one.
    uniqueIndex('encryption_keys_one_search_idx').on(table.purpose).where(sql`${table.purpose} = 'search'`),
  ],
);

export type EncryptionKeyRow = typeof encryptionKeys.$inferSelect;

/** Where a maintenance job stands; saved with each batch, so a killed job resumes from here. */
export interface JobCursor {
  table: number;
  afterId: string | null;
}

/** Re-encryption jobs: the cursor is written in the same transaction as each batch of rows. */
export const encryptionJobs = pgTable(
  'encryption_jobs',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    kind: text('kind').notNull(),
    status: text('status', { enum: ENCRYPTION_JOB_STATUSES }).notNull().default('running'),
    rewriteData: boolean('rewrite_data').notNull().default(false),
    toMasterKeyId: text('to_master_key_id').notNull(),
    /** The fresh data key rows are re-encrypted under (rewriteData only). */
    toDekId: uuid('to_dek_id'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    auditId: uuid('audit_id'),
    cursor: jsonb('cursor').$type<JobCursor>().notNull(),
    rowsDone: integer('rows_done').notNull().default(0),
    rowsTotal: integer('rows_total').notNull().default(0),
    keysRewrapped: integer('keys_rewrapped').notNull().default(0),
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    check('encryption_jobs_status_check', sql`${table.status} in ('running', 'succeeded', 'failed')`),
    index('encryption_jobs_status_idx').on(table.status, table.startedAt),
    // At most one running job, enforced by the database: two admins starting at once cannot both win.
    uniqueIndex('encryption_jobs_one_running_idx').on(table.status).where(sql`${table.status} = 'running'`),
  ],
);

export type EncryptionJobRow = typeof encryptionJobs.$inferSelect;

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
