import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppException } from '../../common/errors/app.exception';
import { isUuid, uuidv7 } from '../../common/ids';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export type RotationResult =
  | { outcome: 'rotated'; userId: string; token: string; issuedAfter: Date }
  | { outcome: 'reused'; userId: string }
  | { outcome: 'invalid' };

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Opaque refresh tokens `<id>.<secret>`: only a hash of the secret is stored. */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly repository: RefreshTokensRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: string, familyId: string = uuidv7()): Promise<string> {
    const id = uuidv7();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
    await this.repository.insert({ id, userId, familyId, tokenHash: hashSecret(secret), expiresAt });
    return `${id}.${secret}`;
  }

  /**
   * Exchanges a token for a new one of the same family. A token presented a second time was copied
   * by someone: the whole family is revoked and the caller must sign in again.
   */
  async rotate(token: string): Promise<RotationResult> {
    const row = await this.find(token);
    if (!row) return { outcome: 'invalid' };
    if (row.usedAt || row.revokedAt) {
      await this.repository.revokeFamily(row.familyId);
      return { outcome: 'reused', userId: row.userId };
    }
    if (row.expiresAt.getTime() <= Date.now()) return { outcome: 'invalid' };
    if (!(await this.repository.markUsed(row.id))) {
      await this.repository.revokeFamily(row.familyId);
      return { outcome: 'reused', userId: row.userId };
    }
    return { outcome: 'rotated', userId: row.userId, token: await this.issue(row.userId, row.familyId), issuedAfter: row.createdAt };
  }

  /**
   * Ends the sign-in the token belongs to and tells whose it was; an unknown token is ignored, so
   * signing out is idempotent.
   */
  async revoke(token: string): Promise<string | undefined> {
    const row = await this.find(token);
    if (row) await this.repository.revokeFamily(row.familyId);
    return row?.userId;
  }

  private async find(token: string) {
    const [id, secret, extra] = token.split('.');
    if (!id || !secret || extra !== undefined || !isUuid(id)) return undefined;
    const row = await this.repository.findById(id);
    if (!row) return undefined;
    const expected = Buffer.from(row.tokenHash, 'hex');
    const actual = Buffer.from(hashSecret(secret), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? row : undefined;
  }
}

export function invalidRefreshToken(): AppException {
  return new AppException('UNAUTHORIZED', 'The refresh token is invalid, expired or already used: sign in again');
}
