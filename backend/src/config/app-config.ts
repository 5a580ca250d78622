import { PASSWORD_MIN_LENGTH } from '@parley/contracts';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigError } from './config.error';
import { EncryptionConfig, TlsConfig, loadEncryptionConfig, loadTlsConfig } from './encryption-config';
import {
  Env,
  readBoolean,
  readDurationSeconds,
  readEnum,
  readHexKey,
  readInt,
  readList,
  readOptional,
  readSecret,
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
  /** Prefix of every Redis key and channel, so several desks (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  logLevel: LogLevel;
  /** Origins allowed by CORS; `['*']` allows any origin (tokens travel in headers, not cookies). */
  allowedOrigins: string[];
  bodyLimitKb: number;
  trustProxy: boolean;
  swaggerEnabled: boolean;
  /** Serve the Lumen Boards demo page at `/`; without it `/` leads to the console. */
  demoPageEnabled: boolean;
  auth: AuthConfig;
  // chat
  chat: ChatConfig;
  // ai
  ai: AiConfig;
  // analytics
  analytics: AnalyticsConfig;
  // encryption
  encryption: EncryptionConfig;
  tls: TlsConfig;
}

export type { EncryptionConfig, TlsConfig } from './encryption-config';

export interface AuthConfig {
  /** Signs access tokens; the embedded default generates one into DATA_DIR when unset. */
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  bootstrapAdminEmail: string;
  bootstrapAdminPassword?: string;
  loginMaxFailuresPerEmail: number;
  loginFailureWindowSeconds: number;
  loginMaxAttemptsPerIp: number;
  loginIpWindowSeconds: number;
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
    redisKeyPrefix: readString(env, 'REDIS_KEY_PREFIX', 'parley:'),
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    allowedOrigins: readList(env, 'ALLOWED_ORIGINS') ?? ['*'],
    bodyLimitKb: readInt(env, 'BODY_LIMIT_KB', 256, 1, 102400),
    trustProxy: readBoolean(env, 'TRUST_PROXY', false),
    swaggerEnabled: readBoolean(env, 'SWAGGER_ENABLED', true),
    demoPageEnabled: readBoolean(env, 'DEMO_PAGE_ENABLED', true),
    auth: loadAuthConfig(env, nodeEnv),
    // chat
    chat: loadChatConfig(env),
    // ai
    ai: loadAiConfig(env),
    // analytics
    analytics: loadAnalyticsConfig(env),
    // encryption
    encryption: loadEncryptionConfig(env, nodeEnv, readHexKey(env, 'MASTER_KEY', 32)),
    tls: loadTlsConfig(env, nodeEnv),
  };
}

function loadAuthConfig(env: Env, nodeEnv: AppConfig['nodeEnv']): AuthConfig {
  const jwtSecret = readSecret(env, 'JWT_SECRET', 32);
  if (!jwtSecret && nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'must be set when NODE_ENV=production');
  const bootstrapAdminEmail = readString(env, 'PARLEY_ADMIN_EMAIL', 'admin@localhost');
  if (!/^[^\s@]+@[^\s@]+$/.test(bootstrapAdminEmail)) {
    throw new ConfigError('PARLEY_ADMIN_EMAIL', 'must be an e-mail address');
  }
  return {
    jwtSecret,
    accessTokenTtlSeconds: readDurationSeconds(env, 'JWT_TTL', 15 * 60, 30, 24 * 3600),
    refreshTokenTtlSeconds: readDurationSeconds(env, 'REFRESH_TTL', 30 * 86400, 60, 365 * 86400),
    bootstrapAdminEmail,
    bootstrapAdminPassword: readSecret(env, 'PARLEY_ADMIN_PASSWORD', PASSWORD_MIN_LENGTH),
    loginMaxFailuresPerEmail: readInt(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginFailureWindowSeconds: readDurationSeconds(env, 'LOGIN_FAILURE_WINDOW', 15 * 60, 1, 86400),
    loginMaxAttemptsPerIp: readInt(env, 'LOGIN_IP_LIMIT', 60, 1, 100000),
    loginIpWindowSeconds: readDurationSeconds(env, 'LOGIN_IP_WINDOW', 60, 1, 86400),
  };
}

export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'pglite') return `embedded PGlite in ${database.directory}`;
  const url = new URL(database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

// chat
export interface ChatConfig {
  /** A visitor writing into a session closed less than this long ago reopens it; later, a new one starts. */
  reopenWindowMinutes: number;
  /** Open sessions without a message for this long are closed by the idle job. */
  sessionIdleMinutes: number;
  /** Hand each session that needs a human to the least busy online agent. */
  autoAssign: boolean;
  /** Auto-assignment gives no agent more open sessions than this. */
  maxChatsPerAgent: number;
  /** HS256 secret of the identity tokens (`userToken`) the embedding site signs. */
  identitySecret?: string;
  /** Refuse sessions without a valid identity token. */
  identityRequired: boolean;
  /** Messages one side (visitor or staff) may send into one session per window. */
  messageRateLimit: number;
  messageRateWindowSeconds: number;
  /** Chat sessions one client address may start per window (a script must not flood the queue). */
  sessionStartLimit: number;
  sessionStartWindowSeconds: number;
}

function loadChatConfig(env: Env): ChatConfig {
  const identitySecret = readSecret(env, 'IDENTITY_SECRET', 32);
  const identityRequired = readBoolean(env, 'IDENTITY_REQUIRED', false);
  if (identityRequired && !identitySecret) throw new ConfigError('IDENTITY_REQUIRED', 'needs IDENTITY_SECRET to be set');
  return {
    reopenWindowMinutes: readInt(env, 'REOPEN_WINDOW_MINUTES', 60, 0, 525600),
    sessionIdleMinutes: readInt(env, 'SESSION_IDLE_MINUTES', 30, 1, 525600),
    autoAssign: readBoolean(env, 'AUTO_ASSIGN', false),
    maxChatsPerAgent: readInt(env, 'MAX_CHATS_PER_AGENT', 5, 1, 1000),
    identitySecret,
    identityRequired,
    messageRateLimit: readInt(env, 'MESSAGE_RATE_LIMIT', 20, 1, 100000),
    messageRateWindowSeconds: readDurationSeconds(env, 'MESSAGE_RATE_WINDOW', 10, 1, 86400),
    sessionStartLimit: readInt(env, 'SESSION_START_LIMIT', 60, 1, 1000000),
    sessionStartWindowSeconds: readDurationSeconds(env, 'SESSION_START_WINDOW', 600, 1, 86400),
  };
}

// ai
export interface AiConfig {
  /** Gemini answers when set; otherwise the local knowledge-base answerer does. */
  geminiApiKey?: string;
  geminiModel: string;
  /** Another endpoint speaking Gemini's REST protocol (a proxy, or the tests' fake server). */
  geminiBaseUrl?: string;
  /** One Gemini call, streaming included, may take this long before the local answerer takes over. */
  timeoutMs: number;
  /** Retries of a Gemini call that failed with 429 or 5xx, with exponential backoff. */
  maxRetries: number;
  /** After this many failed calls in a row Gemini is not called for `breakerCooldownMs`. */
  breakerFailureThreshold: number;
  breakerCooldownMs: number;
  /** Answers below this confidence go to a human. */
  handoffThreshold: number;
  /** Replace e-mail addresses, phone and card numbers, IBANs before text leaves for Gemini. */
  redactPii: boolean;
  /** Load the sample knowledge base into an empty desk (default: on the embedded database). */
  loadSampleKnowledge: boolean;
}

function loadAiConfig(env: Env): AiConfig {
  const threshold = readString(env, 'HANDOFF_THRESHOLD', '0.55');
  const handoffThreshold = Number(threshold);
  if (!/^\d*\.?\d+$/.test(threshold) || handoffThreshold > 1) {
    throw new ConfigError('HANDOFF_THRESHOLD', `must be a number from 0 to 1 (got "${threshold}")`);
  }
  return {
    geminiApiKey: readSecret(env, 'GEMINI_API_KEY', 1),
    geminiModel: readString(env, 'GEMINI_MODEL', 'gemini-2.5-flash'),
    geminiBaseUrl: readUrl(env, 'GEMINI_BASE_URL', ['https:', 'http:']),
    timeoutMs: readInt(env, 'AI_TIMEOUT_MS', 15000, 100, 300000),
    maxRetries: readInt(env, 'AI_MAX_RETRIES', 2, 0, 10),
    breakerFailureThreshold: readInt(env, 'AI_BREAKER_FAILURES', 5, 1, 1000),
    breakerCooldownMs: readInt(env, 'AI_BREAKER_COOLDOWN_MS', 60000, 100, 3600000),
    handoffThreshold,
    redactPii: readBoolean(env, 'REDACT_PII', true),
    loadSampleKnowledge: readBoolean(env, 'LOAD_SAMPLE_KNOWLEDGE', readOptional(env, 'DATABASE_URL') === undefined),
  };
}

// analytics
export interface AnalyticsConfig {
  /** How long a report stays cached (per endpoint and parameters); 0 turns the cache off. */
  cacheTtlSeconds: number;
  /** Reports kept by the in-process cache (without Redis), least recently used dropped first. */
  cacheMaxEntries: number;
}

function loadAnalyticsConfig(env: Env): AnalyticsConfig {
  return {
    cacheTtlSeconds: readDurationSeconds(env, 'ANALYTICS_CACHE_TTL_S', 60, 0, 86400),
    cacheMaxEntries: readInt(env, 'ANALYTICS_CACHE_MAX_ENTRIES', 500, 1, 100000),
  };
}
