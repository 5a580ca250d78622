// Prints the OpenAPI document of the built backend (dist/backend) as JSON on stdout, without
// listening: the application is created on a throw-away embedded database, so no server,
// network or existing data folder is needed. Used to generate and check the console's API client.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(import.meta.dirname, '../../dist/backend/src');
const dataDir = mkdtempSync(join(tmpdir(), 'parley-openapi-'));
Object.assign(process.env, {
  NODE_ENV: 'development',
  DATA_DIR: dataDir,
  LOAD_SAMPLE_KNOWLEDGE: 'false',
  LOG_LEVEL: 'silent',
  PARLEY_ADMIN_EMAIL: 'openapi@parley.invalid',
  PARLEY_ADMIN_PASSWORD: 'throw-away-password-for-openapi',
});
delete process.env.DATABASE_URL;
delete process.env.REDIS_URL;
delete process.env.GEMINI_API_KEY;

const load = (file) => import(pathToFileURL(join(dist, file)).href);
const { createApp } = await load('app.setup.js');
const { loadConfig } = await load('config/app-config.js');
const { buildOpenApiDocument } = await load('openapi.js');

const app = await createApp(loadConfig());
try {
  await app.init();
  process.stdout.write(`${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
