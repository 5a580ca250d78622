import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { CounterStore } from '../../common/rate-limit/counter-store';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CounterThrottlerStorage } from './counter-throttler.storage';
import { JWT_SECRET, jwtSecretProvider } from './jwt-secret.provider';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { RefreshTokenService } from './refresh-token.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';

@Module({
  imports: [
    UsersModule,
    AuditModule,
    PassportModule,
    JwtModule.registerAsync({
      extraProviders: [jwtSecretProvider],
      inject: [APP_CONFIG, JWT_SECRET],
      useFactory: (config: AppConfig, secret: string) => ({
        secret,
        signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTokenTtlSeconds },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, CounterStore],
      useFactory: (config: AppConfig, counters: CounterStore) => ({
        throttlers: [{ name: 'login-ip', ttl: config.auth.loginIpWindowSeconds * 1000, limit: config.auth.loginMaxAttemptsPerIp }],
        storage: new CounterThrottlerStorage(counters),
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    jwtSecretProvider,
    AccessTokenService,
    AuthService,
    JwtStrategy,
    RefreshTokenService,
    RefreshTokensRepository,
    LoginThrottlerGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessTokenService],
})
export class AuthModule {}
