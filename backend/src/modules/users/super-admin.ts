import { randomBytes } from 'node:crypto';
import type { PasswordHasher } from './password-hasher';
import type { UsersRepository } from './users.repository';
import type { UserRow } from './users.schema';

export interface SuperAdminRequest {
  email: string;
  name?: string;
  /** Generated (and returned) when absent. */
  password?: string;
}

export type SuperAdminResult = { outcome: 'created'; user: UserRow; generatedPassword?: string } | { outcome: 'exists' };

/** Creates a super_admin; shared by the first start and `parley create-admin`. */
export async function createSuperAdmin(
  repository: UsersRepository,
  passwords: PasswordHasher,
  request: SuperAdminRequest,
): Promise<SuperAdminResult> {
  const generatedPassword = request.password ? undefined : randomBytes(18).toString('base64url');
  const user = await repository.insert({
    email: request.email,
    name: request.name ?? 'Administrator',
    roles: ['super_admin'],
    passwordHash: await passwords.hash(request.password ?? (generatedPassword as string)),
  });
  return user ? { outcome: 'created', user, generatedPassword } : { outcome: 'exists' };
}
