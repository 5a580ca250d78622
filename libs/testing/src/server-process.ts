import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The workspace root, found rather than assumed: tests run from sources and from compiled copies. */
export const REPO_ROOT = (() => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'nx.json'))) return dir;
  throw new Error(`nx.json not found above ${__dirname}`);
})();

/** The built server (`nx run backend:build`). */
export const SERVER_ENTRY = join(REPO_ROOT, 'dist', 'backend', 'src', 'main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerOptions {
  /** The server's whole environment besides PATH, HOST and PORT: the developer's own must not leak in. */
  env: Record<string, string>;
  /** Give the server a new temporary DATA_DIR with this name prefix, removed when it stops. */
  temporaryDataDir?: string;
  /** How long the first start may take (migrating a new database, indexing the sample articles). */
  startTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM (SIGKILL after 10 s), then how the process ended. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the built server on a free port of 127.0.0.1 and waits until /health answers. The server
 * is killed when the test process exits, so a failed run never leaves one behind.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: build the backend first (npx nx run backend:build)`);
  const dataDir = options.temporaryDataDir ? mkdtempSync(join(tmpdir(), options.temporaryDataDir)) : undefined;
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      PATH: process.env['PATH'],
      LOG_LEVEL: 'warn',
      ...options.env,
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);

  const stop = async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 10_000);
    const ended = await exited;
    clearTimeout(timer);
    process.off('exit', kill);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    return ended;
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  for (;;) {
    const up = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false);
    if (up) {
      // Every later failure would only say "connection refused": say why here.
      child.once('exit', (code, signal) => {
        if (code !== 0 && signal !== 'SIGTERM') console.error(`the server exited during the tests (${code ?? signal}):\n${output}`);
      });
      return { url, process: child, output: () => output, stop };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not start (exit code ${child.exitCode}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
