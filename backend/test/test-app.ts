import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../src/app.setup';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { DATABASE, Database } from '../src/database/database.types';
import { TestDatabase, TestDatabaseKind, createTestDatabase } from '../src/database/testing/test-database';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  db: Database;
  config: AppConfig;
  close(): Promise<void>;
}

export const ROOT_EMAIL = 'root@parley.test';
export const ROOT_PASSWORD = 'root-password-for-tests';

/** What every test app runs with unless a test says otherwise. */
const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
  PARLEY_ADMIN_EMAIL: ROOT_EMAIL,
  PARLEY_ADMIN_PASSWORD: ROOT_PASSWORD,
  // Every test request comes from 127.0.0.1: only the throttling tests want the real limit.
  LOGIN_IP_LIMIT: '10000',
  SESSION_START_LIMIT: '10000',
  // Tests that want the sample help center ask for it.
  LOAD_SAMPLE_KNOWLEDGE: 'false',
  // A fixed key: without one every test app would generate a key file into DATA_DIR.
  MASTER_KEY: '5f'.repeat(32),
};

/** The test defaults under a test's own variables; a test naming MASTER_KEYS gets only those keys. */
function testEnv(env: Record<string, string>): Record<string, string> {
  const base = { ...TEST_ENV };
  if (env['MASTER_KEYS'] !== undefined) delete base['MASTER_KEY'];
  return { ...base, ...env };
}

/**
 * The real application on a fresh database of the given kind, listening on no port. On start it
 * creates the first super_admin (ROOT_EMAIL / ROOT_PASSWORD), as a real first start does.
 */
export async function startTestApp(kind: TestDatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(kind);
  const t = await startTestAppOn(database, env);
  return {
    ...t,
    async close() {
      await t.close();
      await database.dispose();
    },
  };
}

/**
 * The application on a database the test owns (closing the app leaves it), so several apps with
 * different keys can start one after the other on the same rows.
 */
export async function startTestAppOn(database: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  const config: AppConfig = { ...loadConfig(testEnv(env)), database: database.config };
  const app = await createApp(config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db: app.get<Database>(DATABASE),
    config,
    close: () => app.close(),
  };
}
