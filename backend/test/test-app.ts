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

/** The real application on a fresh database of the given kind, listening on no port. */
export async function startTestApp(kind: TestDatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(kind);
  const config: AppConfig = { ...loadConfig({ NODE_ENV: 'test', ...env }), database: database.config };
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
