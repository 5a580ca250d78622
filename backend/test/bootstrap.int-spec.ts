import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_ENTRY, runNode, startServer } from './process';

const FIRST_START = /First start: created super_admin admin@localhost with password (\S+)/;

async function signIn(url: string, email: string, password: string): Promise<number> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

describe('the first super_admin', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-boot-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is created on the first start with a generated password printed once', async () => {
    const first = await startServer({ DATA_DIR: dataDir });
    const password = FIRST_START.exec(first.output())?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await signIn(first.url, 'admin@localhost', password as string)).toBe(200);
    await first.stop();
    // The generated JWT secret stays private to the data folder's owner.
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);

    const second = await startServer({ DATA_DIR: dataDir });
    expect(second.output()).not.toMatch(/First start/);
    expect(await signIn(second.url, 'admin@localhost', password as string)).toBe(200);
    await second.stop();
  });

  it('takes its e-mail and password from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD without printing it', async () => {
    const server = await startServer({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      PARLEY_ADMIN_EMAIL: 'owner@desk.test',
      PARLEY_ADMIN_PASSWORD: 'owner-password-1',
    });
    expect(server.output()).not.toContain('owner-password-1');
    expect(server.output()).toContain('First start: created super_admin owner@desk.test');
    expect(await signIn(server.url, 'owner@desk.test', 'owner-password-1')).toBe(200);
    await server.stop();
  });

  it('can be added with `parley create-admin`', async () => {
    const created = runNode(CLI_ENTRY, ['create-admin', '--email', 'ops@desk.test', '--name', 'Ops'], { DATA_DIR: dataDir });
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const password = /Password \(shown only now\): (\S+)/.exec(created.stdout)?.[1] as string;
    expect(password.length).toBeGreaterThanOrEqual(20);

    const again = runNode(CLI_ENTRY, ['create-admin', '--email', 'OPS@desk.test'], { DATA_DIR: dataDir });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already');

    const badOption = runNode(CLI_ENTRY, ['create-admin', '--mail', 'x@y.z'], { DATA_DIR: dataDir });
    expect(badOption.status).toBe(1);
    expect(badOption.stderr).toContain('unknown option "--mail"');

    // A desk that already has a user prints no first-start password, and the CLI's admin can sign in.
    const server = await startServer({ DATA_DIR: dataDir });
    expect(server.output()).not.toMatch(/First start/);
    expect(await signIn(server.url, 'ops@desk.test', password)).toBe(200);
    await server.stop();
  });
});
