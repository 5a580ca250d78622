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

export const ROOT = { email: 'root@console.test', password: 'root-password-for-console-tests' };

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
 * The built backend (`node dist/backend/src/main.js`, which serves the built console at /console/)
 * on a free port with its own temporary data folder and the sample knowledge base.
 */
export async function startBackend(): Promise<Backend> {
  const entry = join(REPO_ROOT, 'dist', 'backend', 'src', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the backend first (npx nx run backend:build)`);
  if (!existsSync(join(REPO_ROOT, 'dist', 'admin-angular', 'browser', 'index.html'))) {
    throw new Error('the console is not built: npx nx run admin-angular:build');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-console-test-'));
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
      PARLEY_ADMIN_EMAIL: ROOT.email,
      PARLEY_ADMIN_PASSWORD: ROOT.password,
      JWT_SECRET: 'console-test-secret-that-is-long-enough',
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
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    stopping = true;
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 10_000);
    await exited;
    clearTimeout(timer);
    process.off('exit', kill);
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
