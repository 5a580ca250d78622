import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenService } from './access-token.service';
import type { AccessTokenClaims, AuthenticatedUser } from './auth.types';
import { JWT_SECRET } from './jwt-secret.provider';

/** passport-jwt checks signature and expiry; the user is then loaded fresh from the database. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(JWT_SECRET) secret: string,
    private readonly tokens: AccessTokenService,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: secret, algorithms: ['HS256'], ignoreExpiration: false });
  }

  validate(claims: AccessTokenClaims): Promise<AuthenticatedUser> {
    return this.tokens.userFor(claims);
  }
}
