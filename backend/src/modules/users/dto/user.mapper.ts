import type { RoleChangeDto, UserDto } from '@parley/contracts';
import type { UserRow } from '../users.schema';
import type { NamedRoleChange } from '../users.service';

/** The only way a user leaves the server: without its password hash. */
export function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toRoleChangeDto(row: NamedRoleChange): RoleChangeDto {
  return {
    id: row.id,
    actorId: row.actorId,
    actorName: row.actorName,
    targetId: row.targetId,
    targetName: row.targetName,
    fromRoles: row.fromRoles,
    toRoles: row.toRoles,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}
