import { PRIVILEGED_ROLES, ROLES, type Role } from '@parley/contracts';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  viewer: 'Viewer',
  agent: 'Agent',
  admin: 'Admin',
  super_admin: 'Super admin',
};

export interface RoleOption {
  role: Role;
  label: string;
}

/** The roles this user may hand out: admin and super_admin only with roles:manage-admins. */
export function grantableRoles(canManageAdmins: boolean): RoleOption[] {
  return ROLES.filter((role) => canManageAdmins || !PRIVILEGED_ROLES.includes(role)).map((role) => ({ role, label: ROLE_LABELS[role] }));
}

export function roleList(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_LABELS[role]).join(', ') || 'No roles';
}

/** Toggles a role in a set, keeping the canonical (weakest first) order the server uses. */
export function toggleRole(roles: readonly Role[], role: Role, on: boolean): Role[] {
  const next = new Set(roles);
  if (on) next.add(role);
  else next.delete(role);
  return ROLES.filter((candidate) => next.has(candidate));
}
