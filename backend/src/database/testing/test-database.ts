import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DatabaseConfig, IN_MEMORY } from '../../config/app-config';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  kind: TestDatabaseKind;
  config: DatabaseConfig;
  /** Drops what the test created. */
  dispose(): Promise<void>;
}

async function withAdminClient<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database for one test file: in-memory PGlite, or a new database of its own on the
 * PostgreSQL server, so parallel runs never see each other's rows.
 */
export async function createTestDatabase(kind: TestDatabaseKind, directory: string = IN_MEMORY): Promise<TestDatabase> {
  if (kind === 'pglite') {
    return { kind, config: { kind: 'pglite', directory }, dispose: async () => undefined };
  }
  const name = `parley_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(process.env['TEST_DATABASE_URL'] as string);
  url.pathname = `/${name}`;
  return {
    kind,
    config: { kind: 'postgres', url: url.toString(), poolSize: 5 },
    dispose: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
