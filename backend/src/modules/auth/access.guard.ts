import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Permission } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { IS_PUBLIC, REQUIRED_PERMISSION, SIGNED_IN } from './auth.decorators';
import type { AuthenticatedUser } from './auth.types';

/**
 * The global guard: a route is open only when marked @Public(); otherwise it needs a valid access
 * token and the permission it declares (or only the token, with @SignedIn()). A route that declares
 * none of these is refused (fail closed).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const signedInOnly = this.reflector.getAllAndOverride<boolean>(SIGNED_IN, targets);
    if (!permission && !signedInOnly) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no permission; refusing`);
      throw new AppException('FORBIDDEN', 'This route is not available');
    }
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
    if (permission && !user.permissions.includes(permission)) {
      throw new AppException('FORBIDDEN', `This needs the ${permission} permission`);
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof AppException) throw error;
    if (error || !user) throw new AppException('UNAUTHORIZED', 'Sign in first: a valid access token is required');
    return user;
  }
}
