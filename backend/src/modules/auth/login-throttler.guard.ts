import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { AppException } from '../../common/errors/app.exception';

/** All sign-in attempts per client address (LOGIN_IP_LIMIT per LOGIN_IP_WINDOW). */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw AppException.rateLimited('Too many sign-in attempts from this address: try again later', detail.timeToBlockExpire * 1000);
  }
}
