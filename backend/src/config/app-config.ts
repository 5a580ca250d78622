import { isAbsolute, join, resolve } from 'node:path';
import { ConfigError } from './config.error';
import {
  Env,
  readBoolean,
  readEnum,
  readHexKey,
  readInt,
  readList,
  readString,
  readUrl,
} from './env-readers';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where PGlite keeps its files; `memory://` keeps the database in memory (tests). */
export const IN_MEMORY = 'memory://';

export type DatabaseConfig =
  | { kind: 'pglite'; directory: string }
  | { kind: 'postgres'; url: string; poolSize: number };

/** Everything the backend reads from its environment, validated once at start-up. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl?: string;
  logLevel: LogLevel;
  /** Origins allowed by CORS; `['*']` allows any origin (tokens travel in headers, not cookies). */
  allowedOrigins: string[];
  bodyLimitKb: number;
  trustProxy: boolean;
  masterKey?: Buffer;
  swaggerEnabled: boolean;
}

/**
 * Builds the config from environment variables. Throws ConfigError naming the first bad variable.
 * Every variable here is documented in the README's configuration table.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = readEnum(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataDirSetting = readString(env, 'DATA_DIR', './data');
  const dataDir = isAbsolute(dataDirSetting) ? dataDirSetting : resolve(cwd, dataDirSetting);
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const poolSize = readInt(env, 'DB_POOL_SIZE', 10, 1, 1000);

  const host = readString(env, 'HOST', '0.0.0.0');
  if (/\s/.test(host)) throw new ConfigError('HOST', `must be a host name or address (got "${host}")`);

  return {
    nodeEnv,
    host,
    port: readInt(env, 'PORT', 3000, 0, 65535),
    dataDir,
    database: databaseUrl ? { kind: 'postgres', url: databaseUrl, poolSize } : { kind: 'pglite', directory: join(dataDir, 'pglite') },
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    allowedOrigins: readList(env, 'ALLOWED_ORIGINS') ?? ['*'],
    bodyLimitKb: readInt(env, 'BODY_LIMIT_KB', 256, 1, 102400),
    trustProxy: readBoolean(env, 'TRUST_PROXY', false),
    masterKey: readHexKey(env, 'MASTER_KEY', 32),
    swaggerEnabled: readBoolean(env, 'SWAGGER_ENABLED', true),
  };
}

export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'pglite') return `embedded PGlite in ${database.directory}`;
  const url = new URL(database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
