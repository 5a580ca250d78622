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
  // Tests that want the sample help center ask for it.
  LOAD_SAMPLE_KNOWLEDGE: 'false',
};

/**
 * The real application on a fresh database of the given kind, listening on no port. On start it
 * creates the first super_admin (ROOT_EMAIL / ROOT_PASSWORD), as a real first start does.
 */
export async function startTestApp(kind: TestDatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(kind);
  const config: AppConfig = { ...loadConfig({ ...TEST_ENV, ...env }), database: database.config };
  const app = await createApp(config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db: app.get<Database>(DATABASE),
    config,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
