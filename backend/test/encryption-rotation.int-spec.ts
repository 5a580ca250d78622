import { Logger } from '@nestjs/common';
import type { Page, StaffMessageDto } from '@parley/contracts';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@parley/testing';
import { sql } from 'drizzle-orm';
import { TestDatabase, createTestDatabase, testDatabaseKinds } from '../src/database/testing/test-database';
import { connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { converse, newKey, rawRows } from './encryption-fixtures';
import { CLI_ENTRY, runNode } from './process';
import { loginRoot } from './staff';
import { TestApp, startTestAppOn } from './test-app';

describe.each(testDatabaseKinds())('key rotation on %s', (kind) => {
  const keyA = newKey();
  const keyB = newKey();
  let dir: string;
  let database: TestDatabase;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-rotation-'));
    database = await createTestDatabase(kind, join(dir, 'pglite'));
  });
  afterEach(async () => {
    await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const readAll = async (t: TestApp, sessionIds: string[]): Promise<StaffMessageDto[]> => {
    const root = await loginRoot(t);
    const all: StaffMessageDto[] = [];
    for (const id of sessionIds) {
      const page = (await t.http.get(`/admin/sessions/${id}/messages?limit=100`).auth(root.accessToken, { type: 'bearer' }).expect(200)).body as Page<StaffMessageDto>;
      all.push(...page.items);
    }
    return all;
  };

  it('moves from key A to key B while visitors keep writing, then reads everything with B alone', async () => {
    const first = await startTestAppOn(database, { MASTER_KEYS: `A:${keyA}`, ACTIVE_MASTER_KEY_ID: 'A' });
    const sessions = [(await converse(first, 'a1')).sessionId, (await converse(first, 'a2')).sessionId];
    await first.close();

    const both = await startTestAppOn(database, { MASTER_KEYS: `A:${keyA},B:${keyB}`, ACTIVE_MASTER_KEY_ID: 'B', ENCRYPTION_BATCH_SIZE: '3', ENCRYPTION_BATCH_DELAY_MS: '20' });
    const url = await listen(both);
    const root = await loginRoot(both);
    const { sessionId, visitorToken } = await startVisitorSession(both);
    sessions.push(sessionId);
    const widget = await connectWidget(url, { sessionId, visitorToken });
    const started = await both.http.post('/admin/encryption/reencrypt').auth(root.accessToken, { type: 'bearer' }).send({ rewriteData: true }).expect(202);
    let job = started.body as { id: string; status: string };
    // The desk keeps working while the job runs.
    for (let index = 0; index < 6; index += 1) ok(await widget.send('visitor:message', { clientMessageId: `during-${index}`, text: `during rotation ${index}` }));
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await both.http.get(`/admin/encryption/jobs/${job.id}`).auth(root.accessToken, { type: 'bearer' }).expect(200)).body;
    }
    expect(job).toMatchObject({ status: 'succeeded', toMasterKeyId: 'B', keysRewrapped: expect.any(Number) });
    widget.close();
    await both.close();

    const onlyB = await startTestAppOn(database, { MASTER_KEYS: `B:${keyB}` });
    const messages = await readAll(onlyB, sessions);
    expect(messages.filter((message) => message.unreadable)).toEqual([]);
    expect(messages.map((message) => message.text)).toEqual(expect.arrayContaining(['parcela1 number SECRETa1', 'during rotation 5']));
    const status = (await onlyB.http.get('/admin/encryption/status').auth((await loginRoot(onlyB)).accessToken, { type: 'bearer' }).expect(200)).body;
    expect(status.dataKeys.every((entry: { masterKeyId: string }) => entry.masterKeyId === 'B')).toBe(true);
    expect(status.lastRotation).toMatchObject({ id: job.id, status: 'succeeded' });
    await onlyB.close();
  });

  it('runs one job at a time even when two admins start one at the same instant', async () => {
    const t = await startTestAppOn(database, { MASTER_KEYS: `A:${keyA}`, ENCRYPTION_BATCH_SIZE: '1', ENCRYPTION_BATCH_DELAY_MS: '200' });
    await converse(t, 'one-at-a-time');
    const root = await loginRoot(t);
    const start = () => t.http.post('/admin/encryption/reencrypt').auth(root.accessToken, { type: 'bearer' }).send({ rewriteData: true });
    const answers = await Promise.all([start(), start(), start()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('still running') });
    const jobs = await rawRows(t.db, sql`select status, audit_id from encryption_jobs`);
    expect(jobs).toEqual([{ status: 'running', audit_id: expect.any(String) }]);
    const audit = (await t.http.get('/admin/encryption/audit').auth(root.accessToken, { type: 'bearer' }).expect(200)).body as Page<{ action: string }>;
    expect(audit.items.filter((entry) => entry.action === 'reencrypt')).toHaveLength(1);
    // The one job finishes normally, and only then can the next one start.
    const job = answers.find((answer) => answer.status === 202)?.body as { id: string };
    await eventually(async () => {
      const state = (await t.http.get(`/admin/encryption/jobs/${job.id}`).auth(root.accessToken, { type: 'bearer' }).expect(200)).body as { status: string };
      return state.status !== 'running' && state;
    }, 'the job to finish', 60_000);
    await start().expect(202);
    // A job's last write is its audit entry, after its status: wait for both jobs' entries before closing.
    const recorded = sql`select 1 from audit_log where action = 'encryption.reencrypt.succeeded'`;
    await eventually(async () => (await rawRows(t.db, recorded)).length === 2, 'both jobs to finish and be audited', 60_000);
    await t.close();
  });

  it('lets a running job stop between batches when the app shuts down, and the next start finishes it', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    const settings = { MASTER_KEYS: `A:${keyA}`, ENCRYPTION_BATCH_SIZE: '1', ENCRYPTION_BATCH_DELAY_MS: '300' };
    const first = await startTestAppOn(database, settings);
    await converse(first, 'shutdown');
    const root = await loginRoot(first);
    const job = (await first.http.post('/admin/encryption/reencrypt').auth(root.accessToken, { type: 'bearer' }).send({ rewriteData: true }).expect(202)).body as { id: string };
    const progress = sql`select rows_done from encryption_jobs`;
    await eventually(async () => ((await rawRows<{ rows_done: number }>(first.db, progress))[0]?.rows_done ?? 0) > 0, 'a first batch', 30_000);
    await first.close();
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
    errors.mockRestore();

    const next = await startTestAppOn(database, { ...settings, ENCRYPTION_BATCH_DELAY_MS: '0' });
    const state = sql`select status from encryption_jobs where id = ${job.id}`;
    const finished = await eventually(async () => {
      const [row] = await rawRows<{ status: string }>(next.db, state);
      return row?.status !== 'running' && row;
    }, 'the resumed job to finish', 60_000);
    expect(finished).toMatchObject({ status: 'succeeded' });
    const ended = sql`select action from audit_log where action like 'encryption.reencrypt.%' order by created_at`;
    await eventually(async () => (await rawRows(next.db, ended)).length === 2, 'the closing audit entry', 30_000);
    expect(await rawRows(next.db, ended)).toEqual([{ action: 'encryption.reencrypt.started' }, { action: 'encryption.reencrypt.succeeded' }]);
    await next.close();
  });

  it('resumes a re-encryption killed after its first batch, leaving every row readable', async () => {
    const seed = await startTestAppOn(database, { MASTER_KEYS: `A:${keyA}` });
    const sessions = [];
    for (const tag of ['k1', 'k2', 'k3']) sessions.push((await converse(seed, tag)).sessionId);
    await seed.close();

    const env: Record<string, string> = {
      NODE_ENV: 'test',
      DATA_DIR: dir,
      MASTER_KEYS: `A:${keyA},B:${keyB}`,
      ACTIVE_MASTER_KEY_ID: 'B',
      ENCRYPTION_BATCH_SIZE: '2',
      ENCRYPTION_BATCH_DELAY_MS: '400',
      ...(database.config.kind === 'postgres' ? { DATABASE_URL: database.config.url } : {}),
    };
    const child = spawn(process.execPath, [CLI_ENTRY, 'rotate-key', '--to', 'B', '--rewrite-data'], { env: { PATH: process.env['PATH'], ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no first batch: ${output}`)), 60_000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        if (/re-encrypting: \d+\//.test(output)) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
    await exited;

    const resumed = runNode(CLI_ENTRY, ['rotate-key', '--to', 'B', '--rewrite-data'], env);
    expect(resumed.stdout).toMatch(/resuming interrupted job/);
    expect(resumed.stdout).toMatch(/succeeded/);
    expect(resumed.status).toBe(0);

    const sample = runNode(CLI_ENTRY, ['decrypt-sample', '--n', '100'], { ...env, MASTER_KEYS: `B:${keyB}`, ACTIVE_MASTER_KEY_ID: 'B' });
    expect(sample.stdout).toMatch(/messages: ok/);
    expect(sample.status).toBe(0);

    const after = await startTestAppOn(database, { MASTER_KEYS: `B:${keyB}` });
    const messages = await readAll(after, sessions);
    expect(messages.length).toBeGreaterThan(6);
    expect(messages.filter((message) => message.unreadable)).toEqual([]);
    const [job] = await rawRows<{ status: string; rows_done: number }>(after.db, sql`select status, rows_done from encryption_jobs`);
    expect(job?.status).toBe('succeeded');
    await after.close();
  });
});
