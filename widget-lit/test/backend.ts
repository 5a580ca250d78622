import type { LoginResponse, MessageDto, Page, Role, StaffMessageDto } from '@parley/contracts';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The workspace root: the tests run compiled from tmp/, so it is found, not assumed. */
export const REPO_ROOT = (() => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'nx.json'))) return dir;
  throw new Error('nx.json not found above the tests');
})();

export const ROOT_EMAIL = 'root@widget.test';
export const ROOT_PASSWORD = 'root-password-for-widget-tests';

export interface Backend {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The built backend (`node dist/backend/src/main.js`) on a free port with its own temporary data
 * folder and the sample knowledge base, so the bot answers from the Lumen Boards help center.
 */
export async function startBackend(): Promise<Backend> {
  const entry = join(REPO_ROOT, 'dist', 'backend', 'src', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the backend first (npx nx run backend:build)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-widget-test-'));
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    // Only what the test chooses: the developer's environment (a GEMINI_API_KEY…) must not leak in.
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOAD_SAMPLE_KNOWLEDGE: 'true',
      PARLEY_ADMIN_EMAIL: ROOT_EMAIL,
      PARLEY_ADMIN_PASSWORD: ROOT_PASSWORD,
      JWT_SECRET: 'widget-test-secret-that-is-long-enough',
      LOGIN_IP_LIMIT: '10000',
      SESSION_START_LIMIT: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // Every later failure would only say "connection refused": say why here.
      if (!stopping) console.error(`the backend exited during the tests (${code ?? signal}):\n${output}`);
      resolve();
    }),
  );
  // Whatever ends the test process ends the server too: an exit, or a signal (re-raised after).
  const kill = () => child.kill('SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    process.kill(process.pid, signal);
  };
  process.once('exit', kill);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 10_000);
    await exited;
    clearTimeout(timer);
    process.off('exit', kill);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Generous: the first start migrates a new database and indexes the sample articles.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const up = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false);
    if (up) return { url, output: () => output, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the backend did not start (exit code ${child.exitCode}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function call<T>(url: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(url + path, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function signIn(url: string, email: string, password: string): Promise<string> {
  return (await call<LoginResponse>(url, '/auth/login', { body: { email, password } })).accessToken;
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
