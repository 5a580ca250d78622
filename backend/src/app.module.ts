import { DynamicModule, Module } from '@nestjs/common';
import { LoggingModule } from './common/logging/logging.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import type { DatabaseHandle } from './database/database.client';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './modules/health/health.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseHandle): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), LoggingModule, HealthModule],
    };
  }
}
