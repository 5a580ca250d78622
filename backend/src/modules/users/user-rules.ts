import { PRIVILEGED_ROLES, Role } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { AuthenticatedUser } from '../auth/auth.types';

function isPrivileged(roles: readonly Role[]): boolean {
  return roles.some((role) => PRIVILEGED_ROLES.includes(role));
}

/** Admins manage agents and viewers; only holders of roles:manage-admins touch admins. */
export function assertMayManage(actor: AuthenticatedUser, targetRoles: readonly Role[]): void {
  if (isPrivileged(targetRoles) && !actor.permissions.includes('roles:manage-admins')) {
    throw new AppException('FORBIDDEN', 'Only a super_admin may manage admins and super_admins');
  }
}

/** Who may move a user from one set of roles to another. */
export function assertMayChangeRoles(actor: AuthenticatedUser, targetId: string, from: readonly Role[], to: readonly Role[]): void {
  if (actor.id === targetId) throw new AppException('FORBIDDEN', 'Nobody may change their own roles');
  const privilegedChange = PRIVILEGED_ROLES.some((role) => from.includes(role) !== to.includes(role));
  if ((privilegedChange || isPrivileged(from)) && !actor.permissions.includes('roles:manage-admins')) {
    throw new AppException('FORBIDDEN', 'Only a super_admin may grant or remove admin and super_admin');
  }
}

/** The desk must always keep one active super_admin. */
export function assertKeepsASuperAdmin(targetRoles: readonly Role[], activeSuperAdmins: number, losesIt: boolean): void {
  if (losesIt && targetRoles.includes('super_admin') && activeSuperAdmins <= 1) {
    throw new AppException('INVALID_STATE', 'This is the last active super_admin: promote another user first');
  }
}
