import { DynamicModule, Module } from '@nestjs/common';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import type { DatabaseHandle } from './database/database.client';
import { DatabaseModule } from './database/database.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RedisModule } from './common/redis/redis.module';
import { AccuracyModule } from './modules/accuracy/accuracy.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { ChatModule } from './modules/chat/chat.module';
import { ConsoleAssetsModule } from './modules/console-assets/console-assets.module';
import { EncryptionModule } from './modules/encryption/encryption.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthModule } from './modules/health/health.module';
import { KnowledgeModule } from './modules/knowledge/knowledge.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { UsersModule } from './modules/users/users.module';
import { WidgetAssetsModule } from './modules/widget-assets/widget-assets.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseHandle): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        LoggingModule,
        RedisModule,
        RateLimitModule,
        HealthModule,
        AuditModule,
        EncryptionModule,
        UsersModule,
        AuthModule,
        SessionsModule,
        ChatModule,
        AccuracyModule,
        KnowledgeModule,
        AnalyticsModule,
        ExportsModule,
        WidgetAssetsModule,
        ConsoleAssetsModule,
      ],
    };
  }
}
