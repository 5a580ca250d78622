import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../../config/app-config';

/**
 * Reports computed within the last ANALYTICS_CACHE_TTL_S, keyed by endpoint and normalized
 * parameters. Values are kept as JSON in both stores, so a cached report is a copy no caller can
 * change for the next one, and the in-process and Redis caches behave alike.
 */
export abstract class AnalyticsCache {
  private readonly logger = new Logger('AnalyticsCache');

  protected abstract read(key: string): Promise<string | undefined>;
  protected abstract write(key: string, json: string): Promise<void>;

  constructor(protected readonly ttlMs: number) {}

  async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs === 0) return compute();
    const cached = await this.read(key).catch((error: unknown) => this.degrade(error));
    if (cached !== undefined) return JSON.parse(cached) as T;
    const value = await compute();
    await this.write(key, JSON.stringify(value)).catch((error: unknown) => this.degrade(error));
    return value;
  }

  // A cache that fails (Redis down) must not fail the report: it is computed instead.
  private degrade(error: unknown): undefined {
    this.logger.warn({ err: error }, 'Analytics cache unavailable; computing the report');
    return undefined;
  }
}

export class MemoryAnalyticsCache extends AnalyticsCache {
  private readonly entries: LRUCache<string, string>;

  constructor(ttlMs: number, maxEntries: number) {
    super(ttlMs);
    this.entries = new LRUCache<string, string>({ max: maxEntries, ttl: Math.max(ttlMs, 1) });
  }

  protected async read(key: string): Promise<string | undefined> {
    return this.entries.get(key);
  }

  protected async write(key: string, json: string): Promise<void> {
    this.entries.set(key, json);
  }
}

/** Shared by every process of the desk, so a report computed by one is served by all. */
export class RedisAnalyticsCache extends AnalyticsCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    ttlMs: number,
  ) {
    super(ttlMs);
  }

  protected async read(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  protected async write(key: string, json: string): Promise<void> {
    await this.redis.set(this.prefix + key, json, 'PX', this.ttlMs);
  }
}

export function createAnalyticsCache(config: AppConfig, redis: Redis | null): AnalyticsCache {
  const ttlMs = config.analytics.cacheTtlSeconds * 1000;
  return redis
    ? new RedisAnalyticsCache(redis, `${config.redisKeyPrefix}analytics:`, ttlMs)
    : new MemoryAnalyticsCache(ttlMs, config.analytics.cacheMaxEntries);
}
