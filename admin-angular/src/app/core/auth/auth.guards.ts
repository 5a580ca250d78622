import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Permission } from '@parley/contracts';
import { FEATURES } from '../../layout/features';
import { AuthStore } from './auth.store';

/** Signed-in users only; others go to the login page and come back after. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.restore();
  return auth.signedIn() ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/**
 * One guard per screen: without the permission the user lands on their first permitted screen.
 * The server enforces the same rule on every request; this only keeps unusable screens away.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    await auth.restore();
    if (!auth.signedIn()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return auth.can(permission) ? true : router.createUrlTree(['/']);
  };
}

/** Sends `/` to the first screen the user may open. */
export const homeRedirect: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.restore();
  const home = FEATURES.find((feature) => auth.can(feature.permission));
  return router.createUrlTree([home ? `/${home.path}` : '/login']);
};
