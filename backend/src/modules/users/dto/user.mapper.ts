import type { RoleChangeDto, UserDto } from '@parley/contracts';
import type { RoleChangeRow, UserRow } from '../users.schema';

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

export function toRoleChangeDto(row: RoleChangeRow): RoleChangeDto {
  return {
    id: row.id,
    actorId: row.actorId,
    targetId: row.targetId,
    fromRoles: row.fromRoles,
    toRoles: row.toRoles,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}
