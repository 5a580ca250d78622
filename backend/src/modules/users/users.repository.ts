import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@parley/contracts';
import { SQL, and, arrayContains, count, desc, eq, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { escapeLike, isUniqueViolation } from '../../database/sql-helpers';
import { NewUserRow, RoleChangeRow, UserRow, roleChanges, users } from './users.schema';

export interface UserListFilter {
  limit: number;
  afterId?: string;
  role?: Role;
  search?: string;
}

export type UserPatch = Partial<Pick<UserRow, 'name' | 'email' | 'passwordHash' | 'disabledAt' | 'tokensRevokedAt'>>;

/**
 * A rule checked against the number of active super_admins while their rows are locked, just before
 * a change is written: of two super_admins demoting each other at once, the second sees the first's
 * change and is refused, so the desk never loses its last one.
 */
export type SuperAdminGuard = (activeSuperAdmins: number) => void;

export interface RoleChangeEntry {
  actorId: string | null;
  fromRoles: Role[];
  toRoles: Role[];
  reason: string | null;
}

@Injectable()
export class UsersRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async findById(id: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row;
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    const [row] = await this.db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = lower(${email})`);
    return row;
  }

  /** Inserts a user; resolves undefined when the e-mail address is taken. */
  async insert(user: NewUserRow): Promise<UserRow | undefined> {
    const [row] = await this.db.insert(users).values(user).onConflictDoNothing().returning();
    return row;
  }

  /** Updates a user; resolves undefined when the new e-mail address is taken. */
  async update(id: string, patch: UserPatch, guard?: SuperAdminGuard): Promise<UserRow | undefined> {
    try {
      return await this.db.transaction(async (tx) => {
        if (guard) guard(await lockActiveSuperAdmins(tx));
        const [row] = await tx
          .update(users)
          .set({ ...patch, updatedAt: new Date() })
          .where(eq(users.id, id))
          .returning();
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /** Sets a user's roles and records the change, both or neither. */
  async setRoles(id: string, entry: RoleChangeEntry, guard?: SuperAdminGuard): Promise<UserRow> {
    return this.db.transaction(async (tx) => {
      if (guard) guard(await lockActiveSuperAdmins(tx));
      const [row] = await tx
        .update(users)
        .set({ roles: entry.toRoles, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning();
      await tx.insert(roleChanges).values({ targetId: id, ...entry });
      if (!row) throw new Error(`user ${id} vanished during a role change`);
      return row;
    });
  }

  async list(filter: UserListFilter): Promise<UserRow[]> {
    const conditions: (SQL | undefined)[] = [
      filter.afterId ? lt(users.id, filter.afterId) : undefined,
      filter.role ? arrayContains(users.roles, [filter.role]) : undefined,
    ];
    if (filter.search) {
      const pattern = `%${escapeLike(filter.search)}%`;
      conditions.push(or(ilike(users.email, pattern), ilike(users.name, pattern)));
    }
    return this.db
      .select()
      .from(users)
      .where(and(...conditions))
      .orderBy(desc(users.id))
      .limit(filter.limit + 1);
  }

  /** Display names of these users, in one query; ids of users that do not exist are left out. */
  async namesByIds(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [...new Set(ids)]));
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async countAll(): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(users);
    return row?.total ?? 0;
  }

  async listRoleChanges(targetId: string, limit: number, afterId?: string): Promise<RoleChangeRow[]> {
    return this.db
      .select()
      .from(roleChanges)
      .where(and(eq(roleChanges.targetId, targetId), afterId ? lt(roleChanges.id, afterId) : undefined))
      .orderBy(desc(roleChanges.id))
      .limit(limit + 1);
  }
}

/** Locks the rows of the active super_admins until the transaction ends and answers how many there are. */
async function lockActiveSuperAdmins(tx: Pick<Database, 'select'>): Promise<number> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(arrayContains(users.roles, ['super_admin']), isNull(users.disabledAt)))
    .for('update');
  return rows.length;
}
