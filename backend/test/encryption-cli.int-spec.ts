import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { uuidv7 } from '../src/common/ids';
import { createTestDatabase } from '../src/database/testing/test-database';
import { CLI_ENTRY, runNode } from './process';
import { startTestAppOn } from './test-app';

describe('parley encryption commands', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'parley-cli-enc-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a new master key and every command explains itself', () => {
    const generated = runNode(CLI_ENTRY, ['keys', 'generate'], {});
    expect(generated.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(runNode(CLI_ENTRY, ['keys', 'generate'], {}).stdout).not.toBe(generated.stdout);
    for (const command of ['keys', 'encrypt-existing', 'rotate-key', 'decrypt-sample']) {
      const help = runNode(CLI_ENTRY, [command, '--help'], {});
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: parley ${command}`));
    }
    expect(runNode(CLI_ENTRY, ['--help'], {}).stdout).toMatch(/decrypt-sample/);
  });

  it('encrypts existing plaintext on a data folder and samples it, printing content only with --show', async () => {
    const env = { NODE_ENV: 'test', DATA_DIR: dir };
    // First start without a key: one is generated into DATA_DIR, readable by its owner only.
    const database = await createTestDatabase('pglite', join(dir, 'pglite'));
    const app = await startTestAppOn(database, { DATA_DIR: dir, MASTER_KEY: '' });
    const sessionId = uuidv7();
    await app.db.execute(sql`insert into sessions (id, status, user_meta) values (${sessionId}::uuid, 'closed', '{"plan":"old"}')`);
    await app.db.execute(sql`insert into messages (id, session_id, sender, text) values (${uuidv7()}::uuid, ${sessionId}::uuid, 'visitor', 'plain old words')`);
    await app.close();
    expect(statSync(join(dir, 'master-key')).mode & 0o777).toBe(0o600);

    const dry = runNode(CLI_ENTRY, ['encrypt-existing', '--dry-run'], env);
    expect(dry.stdout).toMatch(/messages: plaintext rows 1\n/);
    const done = runNode(CLI_ENTRY, ['encrypt-existing'], env);
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/messages: plaintext rows 1, encrypted 1, unreadable 0/);
    expect(runNode(CLI_ENTRY, ['encrypt-existing', '--dry-run'], env).stdout).toMatch(/messages: plaintext rows 0/);

    const quiet = runNode(CLI_ENTRY, ['decrypt-sample', '--n', '20'], env);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toMatch(/messages: ok \(1\/1 readable, 0 unreadable, 0 plaintext\)/);
    expect(quiet.stdout).not.toContain('plain old words');
    expect(runNode(CLI_ENTRY, ['decrypt-sample', '--n', '20', '--show'], env).stdout).toContain('plain old words');
  });

  it('refuses a production start without a master key, on one line', () => {
    const result = runNode(CLI_ENTRY, ['decrypt-sample'], { NODE_ENV: 'production', DATA_DIR: dir, JWT_SECRET: 'x'.repeat(40) });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Invalid configuration: MASTER_KEY or MASTER_KEYS must be set when NODE_ENV=production/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
