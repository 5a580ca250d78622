import type { LoginResponse, Role, UserDto } from '@parley/contracts';
import { randomBytes } from 'node:crypto';
import { ROOT_EMAIL, ROOT_PASSWORD, TestApp } from './test-app';

export interface Staff {
  id: string;
  email: string;
  name: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

export async function login(t: TestApp, email: string, password: string): Promise<LoginResponse> {
  const response = await t.http.post('/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as LoginResponse;
}

/** The super_admin every test app creates on its first start. */
export async function loginRoot(t: TestApp): Promise<Staff> {
  const session = await login(t, ROOT_EMAIL, ROOT_PASSWORD);
  return { ...session.user, password: ROOT_PASSWORD, accessToken: session.accessToken, refreshToken: session.refreshToken };
}

/** Creates a staff member with these roles through the API (as the root super_admin) and signs in. */
export async function createStaff(t: TestApp, roles: Role[], name = `Staff ${roles.join('+')}`): Promise<Staff> {
  const root = await loginRoot(t);
  const email = `${roles.join('-')}-${randomBytes(4).toString('hex')}@parley.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const created = await t.http
    .post('/admin/users')
    .auth(root.accessToken, { type: 'bearer' })
    .send({ email, name, password, roles });
  if (created.status !== 201) throw new Error(`creating ${email} failed: ${created.status} ${JSON.stringify(created.body)}`);
  const user = created.body as UserDto;
  const session = await login(t, email, password);
  return { id: user.id, email, name, password, accessToken: session.accessToken, refreshToken: session.refreshToken };
}
