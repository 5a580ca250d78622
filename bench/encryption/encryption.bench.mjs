// Encryption cost per message next to raw node:crypto AES-256-GCM, and rows/s of re-encryption.
// Run with `npm run bench:encryption` (builds the backend first). Prints figures; asserts nothing.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = join(import.meta.dirname, '..', '..', 'dist', 'backend', 'src');
const { FieldCipher } = require(join(dist, 'modules/encryption/field-cipher.js'));
const { openDatabase } = require(join(dist, 'database/database.client.js'));
const { EncryptionKeysRepository } = require(join(dist, 'modules/encryption/encryption-keys.repository.js'));
const { EncryptionDataRepository } = require(join(dist, 'modules/encryption/encryption-data.repository.js'));
const { EncryptionJobsRepository } = require(join(dist, 'modules/encryption/encryption-jobs.repository.js'));
const { ReencryptionService } = require(join(dist, 'modules/encryption/reencryption.service.js'));
const { AuditRepository } = require(join(dist, 'modules/audit/audit.repository.js'));
const { AuditService } = require(join(dist, 'modules/audit/audit.service.js'));
const { uuidv7 } = require(join(dist, 'common/ids.js'));

const N = Number(process.env.BENCH_MESSAGES ?? 20000);
const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const text = 'Hello, my order 4711 has not arrived yet and the tracking page says nothing. Can you help? '.repeat(2);

function rawGcm(key) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
}

async function perMessage(database) {
  const ring = { activeId: 'bench', keys: new Map([['bench', randomBytes(32)]]) };
  const cipher = new FieldCipher({ enabled: true, ring, cacheTtlSeconds: 600, cacheMax: 100 }, new EncryptionKeysRepository(database.db));
  const ref = { table: 'messages', column: 'text', rowId: uuidv7() };
  await cipher.decrypt(ref, await cipher.encrypt(ref, text));
  const key = randomBytes(32);
  for (let i = 0; i < 2000; i += 1) rawGcm(key);
  let start = process.hrtime.bigint();
  for (let i = 0; i < N; i += 1) rawGcm(key);
  const raw = Number(process.hrtime.bigint() - start) / 1000 / N;
  start = process.hrtime.bigint();
  for (let i = 0; i < N; i += 1) await cipher.decrypt(ref, await cipher.encrypt(ref, text));
  const envelope = Number(process.hrtime.bigint() - start) / 1000 / N;
  console.log(`encrypt+decrypt of a ${text.length}-character message (${N} runs):`);
  console.log(`  raw node:crypto AES-256-GCM   ${raw.toFixed(2)} µs`);
  console.log(`  Parley envelope (FieldCipher) ${envelope.toFixed(2)} µs  (${(envelope / raw).toFixed(2)}×)`);
  return { ring, cipher };
}

async function reencryption(label, config) {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const { ring, cipher } = await perMessage(database);
    const session = uuidv7();
    await database.db.execute(`insert into sessions (id, status) values ('${session}', 'closed')`);
    for (let i = 0; i < ROWS; i += 500) {
      const values = [];
      for (let j = i; j < Math.min(ROWS, i + 500); j += 1) {
        const id = uuidv7();
        values.push(`('${id}', '${session}', 'visitor', '${await cipher.encrypt({ table: 'messages', column: 'text', rowId: id }, text)}')`);
      }
      await database.db.execute(`insert into messages (id, session_id, sender, text) values ${values.join(',')}`);
    }
    const jobs = new EncryptionJobsRepository(database.db);
    const service = new ReencryptionService(cipher, new EncryptionKeysRepository(database.db), new EncryptionDataRepository(database.db), jobs, new AuditService(new AuditRepository(database.db)), { batchSize: 500, batchDelayMs: 0 });
    service.onApplicationBootstrap = () => undefined;
    const start = Date.now();
    const job = await service.start(null, true);
    const finished = await service.run(job.id);
    const seconds = (Date.now() - start) / 1000;
    console.log(`re-encryption on ${label}: ${finished.rowsDone} rows in ${seconds.toFixed(2)} s = ${Math.round(finished.rowsDone / seconds)} rows/s (batches of 500)`);
    void ring;
  } finally {
    await database.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-enc-'));
try {
  await reencryption('PGlite', { kind: 'pglite', directory: join(dir, 'pglite') });
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: url });
  const reachable = await admin.connect().then(() => true, () => false);
  if (reachable) {
    const name = `parley_bench_${process.pid}`;
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    try {
      await reencryption('PostgreSQL', { kind: 'postgres', url: target.toString(), poolSize: 5 });
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    console.log('PostgreSQL not reachable: skipped (set BENCH_DATABASE_URL)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
