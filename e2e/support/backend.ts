import { REPO_ROOT, startServer, type RunningServer } from '@parley/testing';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export { REPO_ROOT };

export const ROOT = { email: 'root@console.test', password: 'root-password-for-console-tests' };

export type Backend = RunningServer;

/**
 * The built backend (which serves the built console at /console/) on a free port with its own
 * temporary data folder and the sample knowledge base.
 */
export async function startBackend(): Promise<Backend> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'admin-angular', 'browser', 'index.html'))) {
    throw new Error('the console is not built: npx nx run admin-angular:build');
  }
  return startServer({
    temporaryDataDir: 'parley-console-test-',
    env: {
      NODE_ENV: 'test',
      LOAD_SAMPLE_KNOWLEDGE: 'true',
      PARLEY_ADMIN_EMAIL: ROOT.email,
      PARLEY_ADMIN_PASSWORD: ROOT.password,
      JWT_SECRET: 'console-test-secret-that-is-long-enough',
      LOGIN_IP_LIMIT: '10000',
      SESSION_START_LIMIT: '10000',
    },
  });
}
