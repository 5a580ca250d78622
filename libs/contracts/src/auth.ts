import type { Permission, Role } from './roles';

export const PASSWORD_MIN_LENGTH = 10;

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

/** A staff account as every API answer shows it: never a password or its hash. */
export interface UserDto {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MeResponse {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  permissions: Permission[];
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface LoginResponse extends TokenPair {
  user: UserDto;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  password: string;
  roles: Role[];
}

export interface UpdateUserRequest {
  name?: string;
  email?: string;
  disabled?: boolean;
  password?: string;
}

export interface SetRolesRequest {
  roles: Role[];
  reason?: string;
}

export interface AuditEntryDto {
  id: string;
  actorId: string | null;
  /** The actor's display name; null for system entries and actors that no longer exist. */
  actorName: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
}

export interface RoleChangeDto {
  id: string;
  actorId: string | null;
  /** The actor's display name; null when there is no actor or it no longer exists. */
  actorName: string | null;
  targetId: string;
  targetName: string;
  fromRoles: Role[];
  toRoles: Role[];
  reason: string | null;
  createdAt: string;
}
