import { Injectable } from '@nestjs/common';
import { Page, Role, permissionsFor } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { decodeCursor, toPage } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/auth.types';
import type { CreateUserDto, SetRolesDto, UpdateUserDto, UserListQueryDto } from './dto/user.dto';
import { PasswordHasher } from './password-hasher';
import { assertKeepsASuperAdmin, assertMayChangeRoles, assertMayManage } from './user-rules';
import { SuperAdminGuard, UserPatch, UsersRepository } from './users.repository';
import type { RoleChangeRow, UserRow } from './users.schema';

/** A role change with the display names of who made it (null: no such user any more) and whom it changed. */
export type NamedRoleChange = RoleChangeRow & { actorName: string | null; targetName: string };

/** Staff accounts and the rules around them. */
@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async findActive(id: string): Promise<UserRow | undefined> {
    const user = await this.repository.findById(id);
    return user && !user.disabledAt ? user : undefined;
  }

  async findStaff(id: string): Promise<AuthenticatedUser | null> {
    const user = await this.findActive(id);
    return user ? { id: user.id, email: user.email, name: user.name, roles: user.roles, permissions: permissionsFor(user.roles) } : null;
  }

  /** The active user with this e-mail and password; unknown addresses take as long as wrong passwords. */
  async verifyCredentials(email: string, password: string): Promise<UserRow | undefined> {
    const user = await this.repository.findByEmail(email);
    if (!user) return this.passwords.verifyDecoy(password).then(() => undefined);
    const valid = await this.passwords.verify(password, user.passwordHash);
    return valid && !user.disabledAt ? user : undefined;
  }

  async list(query: UserListQueryDto): Promise<Page<UserRow>> {
    const afterId = query.cursor ? decodeCursor(query.cursor, ['uuid'] as const)[0] : undefined;
    const rows = await this.repository.list({ limit: query.limit, afterId, role: query.role, search: query.q });
    return toPage(rows, query.limit, (row) => [row.id]);
  }

  async get(id: string): Promise<UserRow> {
    const user = await this.repository.findById(id);
    if (!user) throw AppException.notFound('The user');
    return user;
  }

  async create(actor: AuthenticatedUser, request: CreateUserDto, ip: string | null): Promise<UserRow> {
    assertMayManage(actor, request.roles);
    const user = await this.repository.insert({
      email: request.email,
      name: request.name,
      roles: request.roles,
      passwordHash: await this.passwords.hash(request.password),
    });
    if (!user) throw new AppException('CONFLICT', 'A user with this e-mail address exists already');
    await this.audit.record({ action: 'user.create', actorId: actor.id, target: user.id, ip, details: { roles: user.roles } });
    return user;
  }

  async update(actor: AuthenticatedUser, id: string, request: UpdateUserDto, ip: string | null): Promise<UserRow> {
    const target = await this.get(id);
    assertMayManage(actor, target.roles);
    const patch: UserPatch = {};
    if (request.name !== undefined) patch.name = request.name;
    if (request.email !== undefined) patch.email = request.email;
    if (request.password !== undefined) {
      patch.passwordHash = await this.passwords.hash(request.password);
      patch.tokensRevokedAt = new Date();
    }
    let guard: SuperAdminGuard | undefined;
    if (request.disabled !== undefined && request.disabled !== (target.disabledAt !== null)) {
      if (request.disabled) guard = this.deactivationGuard(actor, target);
      patch.disabledAt = request.disabled ? new Date() : null;
      patch.tokensRevokedAt = request.disabled ? new Date() : patch.tokensRevokedAt;
    }
    const updated = await this.repository.update(id, patch, guard);
    if (!updated) throw new AppException('CONFLICT', 'A user with this e-mail address exists already');
    const changed = Object.keys(request).filter((key) => key !== 'password');
    await this.audit.record({
      action: 'user.update',
      actorId: actor.id,
      target: id,
      ip,
      details: { changed, ...(request.password !== undefined ? { passwordReset: true } : {}) },
    });
    return updated;
  }

  /** DELETE deactivates: the account stays so history keeps naming it. */
  async deactivate(actor: AuthenticatedUser, id: string, ip: string | null): Promise<UserRow> {
    const target = await this.get(id);
    assertMayManage(actor, target.roles);
    if (target.disabledAt) return target;
    const now = new Date();
    const updated = await this.repository.update(id, { disabledAt: now, tokensRevokedAt: now }, this.deactivationGuard(actor, target));
    await this.audit.record({ action: 'user.deactivate', actorId: actor.id, target: id, ip });
    return updated ?? target;
  }

  async setRoles(actor: AuthenticatedUser, id: string, request: SetRolesDto, ip: string | null): Promise<UserRow> {
    const target = await this.get(id);
    const roles: Role[] = [...request.roles];
    assertMayChangeRoles(actor, id, target.roles, roles);
    const guard: SuperAdminGuard | undefined = target.disabledAt
      ? undefined
      : (activeSuperAdmins) => assertKeepsASuperAdmin(target.roles, activeSuperAdmins, !roles.includes('super_admin'));
    const updated = await this.repository.setRoles(id, { actorId: actor.id, fromRoles: target.roles, toRoles: roles, reason: request.reason ?? null }, guard);
    await this.audit.record({
      action: 'user.roles',
      actorId: actor.id,
      target: id,
      ip,
      details: { from: target.roles, to: roles, reason: request.reason ?? null },
    });
    return updated;
  }

  /** One page of a user's role changes; the actors' names are looked up in one query per page. */
  async roleChanges(id: string, limit: number, cursor?: string): Promise<Page<NamedRoleChange>> {
    const target = await this.get(id);
    const afterId = cursor ? decodeCursor(cursor, ['uuid'] as const)[0] : undefined;
    const page = toPage(await this.repository.listRoleChanges(id, limit, afterId), limit, (row) => [row.id]);
    const actorIds = page.items.flatMap((row) => (row.actorId ? [row.actorId] : []));
    const names = await this.repository.namesByIds(actorIds);
    return {
      ...page,
      items: page.items.map((row) => ({ ...row, actorName: (row.actorId && names.get(row.actorId)) ?? null, targetName: target.name })),
    };
  }

  /** Refuses deactivating yourself at once; the last-super_admin rule is checked as the change is written. */
  private deactivationGuard(actor: AuthenticatedUser, target: UserRow): SuperAdminGuard {
    if (actor.id === target.id) throw new AppException('FORBIDDEN', 'Nobody may deactivate their own account');
    return (activeSuperAdmins) => assertKeepsASuperAdmin(target.roles, activeSuperAdmins, true);
  }
}
