import type { Role } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    email: text('email').notNull(),
    name: text('name').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull().default(sql`'{}'::text[]`),
    passwordHash: text('password_hash').notNull(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
    /** Tokens issued before this moment are refused: set by a password reset or deactivation. */
    tokensRevokedAt: timestamp('tokens_revoked_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    // E-mail addresses are unique whatever their case.
    uniqueIndex('users_email_lower_idx').on(sql`lower(${table.email})`),
    index('users_roles_idx').using('gin', table.roles),
  ],
);

export const roleChanges = pgTable(
  'role_changes',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    targetId: uuid('target_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fromRoles: text('from_roles').array().$type<Role[]>().notNull(),
    toRoles: text('to_roles').array().$type<Role[]>().notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [index('role_changes_target_idx').on(table.targetId, table.id)],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type RoleChangeRow = typeof roleChanges.$inferSelect;
