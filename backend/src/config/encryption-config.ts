import { ConfigError } from './config.error';
import { Env, readBoolean, readDurationSeconds, readHexKey, readInt, readList, readOptional } from './env-readers';

export interface EncryptionConfig {
  /** New and updated fields are written encrypted; reading always understands both forms. */
  enabled: boolean;
  /** Master keys by id; empty: the embedded default generates one into DATA_DIR. */
  masterKeys: ReadonlyMap<string, Buffer>;
  activeKeyId?: string;
  dekCacheTtlSeconds: number;
  dekCacheMax: number;
  /** Rows per transaction of a re-encryption or clean-up. */
  batchSize: number;
  /** A pause between batches of a re-encryption, to leave the database room for the desk. */
  batchDelayMs: number;
}

export interface TlsConfig {
  /** Refuse plain HTTP and WebSocket (redirect safe methods); /health stays open for load balancers. */
  enforce: boolean;
  certFile?: string;
  keyFile?: string;
}

const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** `MASTER_KEYS=id:hex,id:hex` plus the single `MASTER_KEY` (id `default`). */
function readMasterKeys(env: Env, single: Buffer | undefined): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of readList(env, 'MASTER_KEYS') ?? []) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    if (separator < 1 || !KEY_ID.test(id)) throw new ConfigError('MASTER_KEYS', 'must be id:hex pairs separated by commas (ids of letters, digits, _ . -)');
    const key = readHexKey({ MASTER_KEYS: entry.slice(separator + 1) }, 'MASTER_KEYS', 32);
    if (!key) throw new ConfigError('MASTER_KEYS', `has no key for id "${id}"`);
    if (keys.has(id)) throw new ConfigError('MASTER_KEYS', `names key id "${id}" twice`);
    keys.set(id, key);
  }
  if (single && !keys.has('default')) keys.set('default', single);
  return keys;
}

export function loadEncryptionConfig(env: Env, nodeEnv: string, masterKey: Buffer | undefined): EncryptionConfig {
  const masterKeys = readMasterKeys(env, masterKey);
  if (masterKeys.size === 0 && nodeEnv === 'production') {
    throw new ConfigError('MASTER_KEY', 'or MASTER_KEYS must be set when NODE_ENV=production (generate one with `parley keys generate`)');
  }
  let activeKeyId = readOptional(env, 'ACTIVE_MASTER_KEY_ID');
  if (activeKeyId === undefined && masterKeys.size === 1) activeKeyId = [...masterKeys.keys()][0];
  if (activeKeyId === undefined && masterKeys.size > 1) throw new ConfigError('ACTIVE_MASTER_KEY_ID', 'must name one of MASTER_KEYS when there are several');
  if (activeKeyId !== undefined && !masterKeys.has(activeKeyId)) {
    throw new ConfigError('ACTIVE_MASTER_KEY_ID', `names "${activeKeyId}", which MASTER_KEYS / MASTER_KEY do not hold`);
  }
  return {
    enabled: readBoolean(env, 'ENCRYPT_ENABLED', true),
    masterKeys,
    activeKeyId,
    dekCacheTtlSeconds: readDurationSeconds(env, 'DEK_CACHE_TTL', 600, 1, 86400),
    dekCacheMax: readInt(env, 'DEK_CACHE_MAX', 1000, 1, 1_000_000),
    batchSize: readInt(env, 'ENCRYPTION_BATCH_SIZE', 500, 1, 100_000),
    batchDelayMs: readInt(env, 'ENCRYPTION_BATCH_DELAY_MS', 0, 0, 60_000),
  };
}

export function loadTlsConfig(env: Env, nodeEnv: string): TlsConfig {
  const certFile = readOptional(env, 'TLS_CERT_FILE');
  const keyFile = readOptional(env, 'TLS_KEY_FILE');
  if ((certFile === undefined) !== (keyFile === undefined)) throw new ConfigError(certFile ? 'TLS_KEY_FILE' : 'TLS_CERT_FILE', 'must be set together with the other');
  return { enforce: readBoolean(env, 'TLS_ENFORCE', nodeEnv === 'production'), certFile, keyFile };
}
