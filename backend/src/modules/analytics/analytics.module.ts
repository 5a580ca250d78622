import { Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../../common/redis/redis.tokens';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AnalyticsCache, createAnalyticsCache } from './analytics-cache';
import { AnalyticsTimingRepository } from './analytics-timing.repository';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsRepository } from './analytics.repository';
import { AnalyticsService } from './analytics.service';

/** The desk's figures, computed in SQL and cached (in Redis when there is one). */
@Module({
  controllers: [AnalyticsController],
  providers: [
    AnalyticsRepository,
    AnalyticsTimingRepository,
    AnalyticsService,
    { provide: AnalyticsCache, inject: [APP_CONFIG, REDIS], useFactory: (config: AppConfig, redis: Redis | null) => createAnalyticsCache(config, redis) },
  ],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
