import { AppConfig, loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database.client';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { EncryptionDataRepository } from '../modules/encryption/encryption-data.repository';
import { EncryptionJobsRepository } from '../modules/encryption/encryption-jobs.repository';
import { EncryptionKeysRepository } from '../modules/encryption/encryption-keys.repository';
import { EncryptionService } from '../modules/encryption/encryption.service';
import { FieldCipher } from '../modules/encryption/field-cipher';
import { cipherOptions } from '../modules/encryption/key-ring';
import { ReencryptionService } from '../modules/encryption/reencryption.service';

export interface EncryptionContext {
  config: AppConfig;
  cipher: FieldCipher;
  encryption: EncryptionService;
  reencryption: ReencryptionService;
}

/**
 * The encryption services on the server's database, wired by hand (no HTTP server), for the
 * commands that maintain keys. `activeKeyId` overrides ACTIVE_MASTER_KEY_ID for this run.
 */
export async function withEncryption<T>(run: (context: EncryptionContext) => Promise<T>, activeKeyId?: string): Promise<T> {
  const config = loadConfig();
  const options = cipherOptions(config);
  if (activeKeyId !== undefined) {
    if (!options.ring.keys.has(activeKeyId)) throw new Error(`master key "${activeKeyId}" is not in MASTER_KEYS (configured: ${[...options.ring.keys.keys()].join(', ')})`);
    options.ring = { ...options.ring, activeId: activeKeyId };
  }
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const keys = new EncryptionKeysRepository(database.db);
    const data = new EncryptionDataRepository(database.db);
    const jobs = new EncryptionJobsRepository(database.db);
    const audit = new AuditService(new AuditRepository(database.db));
    const cipher = new FieldCipher(options, keys);
    const settings = { batchSize: config.encryption.batchSize, batchDelayMs: config.encryption.batchDelayMs };
    const reencryption = new ReencryptionService(cipher, keys, data, jobs, audit, settings);
    const encryption = new EncryptionService(cipher, keys, data, jobs, reencryption, audit);
    return await run({ config, cipher, encryption, reencryption });
  } finally {
    await database.close();
  }
}

/** Splits `--flag` switches from `--name value` options. */
export function takeFlags(args: readonly string[], flags: readonly string[]): { rest: string[]; set: Set<string> } {
  const set = new Set<string>();
  const rest: string[] = [];
  for (const arg of args) {
    const name = arg.replace(/^--/, '');
    if (arg.startsWith('--') && flags.includes(name)) set.add(name);
    else rest.push(arg);
  }
  return { rest, set };
}
