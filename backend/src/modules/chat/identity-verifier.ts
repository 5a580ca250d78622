import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { CustomerRef } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

interface IdentityClaims {
  sub?: unknown;
  email?: unknown;
  name?: unknown;
}

const MAX_CLAIM_LENGTH = 320;

function optionalClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_CLAIM_LENGTH ? value : undefined;
}

/**
 * Checks the identity token an embedding site signs for its signed-in customers (HS256 with
 * IDENTITY_SECRET; claims sub, email, name) and decides whether a session may start without one.
 */
@Injectable()
export class IdentityVerifier {
  private readonly jwt = new JwtService({});

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The customer a session is bound to, or null for an anonymous visitor where that is allowed. */
  async customerFor(userToken: string | undefined): Promise<CustomerRef | null> {
    const { identitySecret, identityRequired } = this.config.chat;
    if (userToken === undefined) {
      if (identityRequired) throw new AppException('UNAUTHORIZED', 'This desk needs a userToken identifying the visitor');
      return null;
    }
    if (!identitySecret) {
      throw AppException.validation('userToken cannot be checked: this desk has no IDENTITY_SECRET', ['userToken is not accepted']);
    }
    let claims: IdentityClaims;
    try {
      claims = await this.jwt.verifyAsync<IdentityClaims & object>(userToken, { secret: identitySecret, algorithms: ['HS256'] });
    } catch {
      throw new AppException('UNAUTHORIZED', 'The userToken is invalid or expired');
    }
    const id = optionalClaim(claims.sub);
    if (!id) throw new AppException('UNAUTHORIZED', 'The userToken has no subject (sub)');
    const email = optionalClaim(claims.email);
    const name = optionalClaim(claims.name);
    return { id, ...(email ? { email } : {}), ...(name ? { name } : {}) };
  }
}
