import { Inject, Injectable } from '@nestjs/common';
import type { LoginResponse, MeResponse } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { CounterStore } from '../../common/rate-limit/counter-store';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService } from '../audit/audit.service';
import { toUserDto } from '../users/dto/user.mapper';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import type { AuthenticatedUser } from './auth.types';
import { RefreshTokenService, invalidRefreshToken } from './refresh-token.service';

const WRONG_CREDENTIALS = 'The e-mail address or password is wrong';

/** Sign-in, token refresh and sign-out, with failed attempts counted per e-mail address. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly counters: CounterStore,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, ip: string | null): Promise<LoginResponse> {
    const failuresKey = `login-failures:${email.toLowerCase()}`;
    const { loginMaxFailuresPerEmail, loginFailureWindowSeconds } = this.config.auth;
    const failures = await this.counters.peek(failuresKey);
    if (failures.count >= loginMaxFailuresPerEmail) {
      await this.audit.record({ action: 'auth.login_blocked', actorId: null, target: email, ip });
      throw AppException.rateLimited('Too many failed sign-ins for this account: try again later', failures.resetInMs);
    }

    const user = await this.users.verifyCredentials(email, password);
    if (!user) {
      await this.counters.hit(failuresKey, loginFailureWindowSeconds * 1000);
      await this.audit.record({ action: 'auth.login_failed', actorId: null, target: email, ip });
      throw new AppException('UNAUTHORIZED', WRONG_CREDENTIALS);
    }

    await this.counters.reset(failuresKey);
    await this.audit.record({ action: 'auth.login', actorId: user.id, target: user.id, ip });
    const [accessToken, refreshToken] = await Promise.all([this.accessTokens.sign(user.id), this.refreshTokens.issue(user.id)]);
    return { accessToken, refreshToken, user: toUserDto(user) };
  }

  async refresh(token: string, ip: string | null): Promise<LoginResponse> {
    const result = await this.refreshTokens.rotate(token);
    if (result.outcome === 'reused') {
      await this.audit.record({ action: 'auth.refresh_reused', actorId: result.userId, target: result.userId, ip });
    }
    if (result.outcome !== 'rotated') throw invalidRefreshToken();
    const user = await this.users.findActive(result.userId);
    if (!user || (user.tokensRevokedAt && user.tokensRevokedAt >= result.issuedAfter)) {
      await this.refreshTokens.revoke(result.token);
      throw invalidRefreshToken();
    }
    return { accessToken: await this.accessTokens.sign(user.id), refreshToken: result.token, user: toUserDto(user) };
  }

  async logout(token: string, ip: string | null): Promise<void> {
    const userId = await this.refreshTokens.revoke(token);
    if (userId) await this.audit.record({ action: 'auth.logout', actorId: userId, target: userId, ip });
  }

  me(user: AuthenticatedUser): MeResponse {
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, permissions: user.permissions };
  }
}
