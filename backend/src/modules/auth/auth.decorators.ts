import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@parley/contracts';
import type { AuthenticatedUser } from './auth.types';

export const IS_PUBLIC = 'parley:public';
export const REQUIRED_PERMISSION = 'parley:permission';
export const SIGNED_IN = 'parley:signed-in';

/** The route needs no sign-in. Every other route must declare its permission. */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-public', true));

/** The route needs a signed-in user holding this permission (see ROLE_PERMISSIONS). */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    ApiExtension('x-permission', permission),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ApiForbiddenResponse({ description: `Needs the ${permission} permission` }),
  );

/** The route needs a signed-in user, whatever the roles (e.g. the user's own profile). */
export const SignedIn = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(SIGNED_IN, true),
    ApiExtension('x-signed-in', true),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
  );

/** The user the access guard authenticated. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user,
);
