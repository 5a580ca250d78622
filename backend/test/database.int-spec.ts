import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseHandle, openDatabase } from '../src/database/database.client';
import { sessions } from '../src/database/schema';
import { createTestDatabase, testDatabaseKinds } from '../src/database/testing/test-database';

const TABLES = [
  'ai_accuracy',
  'audit_log',
  'encryption_audit',
  'encryption_jobs',
  'encryption_keys',
  'knowledge_articles', 'messages', 'refresh_tokens', 'role_changes', 'sessions', 'users'];

async function tablesOf(handle: DatabaseHandle): Promise<string[]> {
  const result = (await handle.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  return result.rows.map((row) => row.table_name);
}

describe.each(testDatabaseKinds())('migrations on %s', (kind) => {
  it('create every table of the data model, and a second run changes nothing', async () => {
    const database = await createTestDatabase(kind);
    const handle = await openDatabase(database.config);
    try {
      await handle.migrate();
      expect(await tablesOf(handle)).toEqual(TABLES);
      await handle.migrate();
      expect(await tablesOf(handle)).toEqual(TABLES);
    } finally {
      await handle.close();
      await database.dispose();
    }
  });

  it('enforce the closed sets of the contracts', async () => {
    const database = await createTestDatabase(kind);
    const handle = await openDatabase(database.config);
    try {
      await handle.migrate();
      const insert = handle.db.execute(sql`insert into sessions (id, status) values (gen_random_uuid(), 'lost')`);
      await expect(insert).rejects.toMatchObject({ cause: expect.objectContaining({ constraint: 'sessions_status_check' }) });
    } finally {
      await handle.close();
      await database.dispose();
    }
  });
});

describe('embedded PGlite data folder', () => {
  it('keeps the data across a restart', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'parley-pglite-'));
    try {
      const first = await openDatabase({ kind: 'pglite', directory });
      await first.migrate();
      const [created] = await first.db.insert(sessions).values({ userMeta: '{"plan":"pro"}' }).returning();
      await first.close();

      const second = await openDatabase({ kind: 'pglite', directory });
      await second.migrate();
      const rows = await second.db.select().from(sessions);
      await second.close();
      expect(rows).toEqual([expect.objectContaining({ id: created?.id, status: 'active', userMeta: '{"plan":"pro"}' })]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
