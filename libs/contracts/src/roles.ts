/** Staff roles, weakest first. A user may hold several; their permissions are the union. */
export const ROLES = ['viewer', 'agent', 'admin', 'super_admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'sessions:read',
  'sessions:reply',
  'sessions:claim',
  'sessions:close',
  'sessions:assign',
  'analytics:read',
  'accuracy:read',
  'accuracy:feedback',
  'accuracy:evaluate',
  'knowledge:read',
  'knowledge:manage',
  'users:read',
  'users:manage',
  'users:create',
  'roles:manage',
  'roles:manage-admins',
  'encryption:read',
  'encryption:manage',
  'export:run',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: readonly Permission[] = ['sessions:read', 'analytics:read', 'accuracy:read'];

const AGENT: readonly Permission[] = [
  ...VIEWER,
  'sessions:reply',
  'sessions:claim',
  'sessions:close',
  'accuracy:feedback',
  'knowledge:read',
];

const ADMIN: readonly Permission[] = [
  ...AGENT,
  'sessions:assign',
  'accuracy:evaluate',
  'knowledge:manage',
  'users:read',
  'users:manage',
  'roles:manage',
  'encryption:read',
  'export:run',
  'audit:read',
];

/** The one source of truth for what each role may do; the server and the console both read it. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: VIEWER,
  agent: AGENT,
  admin: ADMIN,
  super_admin: PERMISSIONS,
};

/** Roles that only a super_admin may grant or take away. */
export const PRIVILEGED_ROLES: readonly Role[] = ['admin', 'super_admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Effective permissions of a set of roles, in the order of PERMISSIONS. */
export function permissionsFor(roles: readonly Role[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
  return PERMISSIONS.filter((permission) => granted.has(permission));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}
