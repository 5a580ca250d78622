import { REPO_ROOT, RunningServer, startServer as startBuiltServer } from '@parley/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export { SERVER_ENTRY } from '@parley/testing';
export type { RunningServer };
export const CLI_ENTRY = join(REPO_ROOT, 'backend', 'bin', 'parley.js');

/** Only what a test passes, plus PATH: the developer's own environment must not leak in. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], LOG_LEVEL: 'warn', ...env };
}

export function runNode(entry: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [entry, ...args], { env: cleanEnv(env), encoding: 'utf8', timeout: 60_000 });
}

/** Starts the built server with exactly this environment (plus PATH) and waits until /health answers. */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  // Generous: on a busy two-core CI machine PGlite's first start alone can take several seconds.
  return startBuiltServer({ env, startTimeoutMs: 60_000 });
}
