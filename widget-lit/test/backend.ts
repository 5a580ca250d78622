import type { MessageDto, Page, Role, StaffMessageDto } from '@parley/contracts';
import { requestJson as call, signIn, startServer, type RunningServer } from '@parley/testing';

export { REPO_ROOT, signIn } from '@parley/testing';

export const ROOT_EMAIL = 'root@widget.test';
export const ROOT_PASSWORD = 'root-password-for-widget-tests';

export type Backend = RunningServer;

/**
 * The built backend on a free port with its own temporary data folder and the sample knowledge
 * base, so the bot answers from the Lumen Boards help center.
 */
export async function startBackend(): Promise<Backend> {
  return startServer({
    temporaryDataDir: 'parley-widget-test-',
    env: {
      NODE_ENV: 'test',
      LOAD_SAMPLE_KNOWLEDGE: 'true',
      PARLEY_ADMIN_EMAIL: ROOT_EMAIL,
      PARLEY_ADMIN_PASSWORD: ROOT_PASSWORD,
      JWT_SECRET: 'widget-test-secret-that-is-long-enough',
      LOGIN_IP_LIMIT: '10000',
      SESSION_START_LIMIT: '10000',
    },
  });
}

/** A staff member created through the API by the super admin, signed in. */
export async function createStaff(url: string, name: string, roles: Role[]): Promise<{ name: string; token: string }> {
  const root = await signIn(url, ROOT_EMAIL, ROOT_PASSWORD);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@widget.test`;
  const password = `password-${Date.now()}`;
  await call(url, '/admin/users', { token: root, body: { email, name, password, roles } });
  return { name, token: await signIn(url, email, password) };
}

/** Every message of a session as the server stored it (staff view, oldest first). */
export async function storedMessages(url: string, sessionId: string): Promise<MessageDto[]> {
  const root = await signIn(url, ROOT_EMAIL, ROOT_PASSWORD);
  const page = await call<Page<StaffMessageDto>>(url, `/admin/sessions/${sessionId}/messages?limit=100`, { token: root });
  return page.items;
}

/** GET as the super admin (for checks against the server's own records). */
export async function getAsRoot<T>(url: string, path: string): Promise<T> {
  return call<T>(url, path, { token: await signIn(url, ROOT_EMAIL, ROOT_PASSWORD) });
}
