import type { Permission, Role } from '@parley/contracts';

/** The signed-in staff member a request or socket acts as, loaded fresh for every request. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  permissions: Permission[];
}

/** What an access token carries. Roles are not in it: they are read from the database each time. */
export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
  /**
   * When the token was issued, in milliseconds: `iat` counts whole seconds, too coarse to tell a token
   * issued just before a password reset from one issued just after it.
   */
  iatMs?: number;
  iat?: number;
  exp?: number;
}
