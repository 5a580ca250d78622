import { Global, Module } from '@nestjs/common';
import type Redis from 'ioredis';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { REDIS } from '../redis/redis.tokens';
import { CounterStore } from './counter-store';
import { MemoryCounterStore } from './memory-counter-store';
import { RedisCounterStore } from './redis-counter-store';

/** Provides the CounterStore every rate limit uses: shared through Redis when there is one. */
@Global()
@Module({
  providers: [
    {
      provide: CounterStore,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis | null, config: AppConfig): CounterStore =>
        redis ? new RedisCounterStore(redis, `${config.redisKeyPrefix}rl:`) : new MemoryCounterStore(),
    },
  ],
  exports: [CounterStore],
})
export class RateLimitModule {}
