import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../src/database/testing/test-database';
import { CLI_ENTRY, SERVER_ENTRY, runNode, startServer } from './process';

const GRACEFUL = { code: null, signal: 'SIGTERM' };

describe('starting the server', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-start-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'postgres//missing-colon'],
    ['MASTER_KEY', 'abcd'],
  ])('stops with exit code 1 and one line naming %s when it is %s', (variable, value) => {
    const result = runNode(SERVER_ENTRY, [], { DATA_DIR: dataDir, [variable]: value });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with one line when the database cannot be reached', () => {
    const result = runNode(SERVER_ENTRY, [], { DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Parley could not start: /)]);
  });

  it('serves health and docs on the embedded database and starts again on the same data folder', async () => {
    const first = await startServer({ DATA_DIR: dataDir });
    expect((await fetch(`${first.url}/health/ready`)).status).toBe(200);
    expect((await fetch(`${first.url}/docs`)).status).toBe(200);
    expect(await first.stop()).toEqual(GRACEFUL);

    const second = await startServer({ DATA_DIR: dataDir });
    expect(await (await fetch(`${second.url}/health/ready`)).json()).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' } },
    });
    expect(await second.stop()).toEqual(GRACEFUL);
  });

  const withPostgres = process.env['TEST_DATABASE_URL'] ? it : it.skip;
  withPostgres('serves on PostgreSQL when DATABASE_URL is set', async () => {
    const database = await createTestDatabase('postgres');
    try {
      if (database.config.kind !== 'postgres') throw new Error('expected a PostgreSQL database');
      const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: database.config.url });
      expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
      expect(await server.stop()).toEqual(GRACEFUL);
    } finally {
      await database.dispose();
    }
  });
});

describe('parley CLI', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('applies migrations with `parley migrate`', () => {
    const result = runNode(CLI_ENTRY, ['migrate'], { DATA_DIR: dataDir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Migrations applied to embedded PGlite in ${join(dataDir, 'pglite')}`);
  });

  it('explains itself with --help and refuses unknown commands', () => {
    const help = runNode(CLI_ENTRY, ['migrate', '--help'], {});
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: parley migrate');
    const unknown = runNode(CLI_ENTRY, ['frobnicate'], {});
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });

  it('reports bad configuration on one line', () => {
    const result = runNode(CLI_ENTRY, ['migrate'], { PORT: 'abc' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: PORT must be a whole number (got "abc")');
  });
});
