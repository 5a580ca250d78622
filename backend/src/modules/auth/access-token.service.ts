import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { permissionsFor } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { UsersService } from '../users/users.service';
import type { AccessTokenClaims, AuthenticatedUser } from './auth.types';

/** Issues and checks the short-lived JWTs that HTTP requests and agent sockets carry. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
  ) {}

  sign(userId: string): Promise<string> {
    const claims: AccessTokenClaims = { sub: userId, typ: 'access', iatMs: Date.now() };
    return this.jwt.signAsync(claims);
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new AppException('UNAUTHORIZED', 'The access token is invalid or expired');
    }
    return this.userFor(claims);
  }

  /**
   * The user behind verified claims: refused when the account is gone or deactivated, or when the
   * token predates a password reset, so such tokens stop working on the next request.
   */
  async userFor(claims: AccessTokenClaims): Promise<AuthenticatedUser> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') {
      throw new AppException('UNAUTHORIZED', 'The access token is invalid or expired');
    }
    const user = await this.users.findActive(claims.sub);
    // A token from before `iatMs` existed counts from the start of its second: at worst it needs a refresh.
    const issuedAt = typeof claims.iatMs === 'number' ? claims.iatMs : (claims.iat ?? 0) * 1000;
    if (!user || (user.tokensRevokedAt && issuedAt < user.tokensRevokedAt.getTime())) {
      throw new AppException('UNAUTHORIZED', 'The access token is no longer valid');
    }
    return { id: user.id, email: user.email, name: user.name, roles: user.roles, permissions: permissionsFor(user.roles) };
  }
}
