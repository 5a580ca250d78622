import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, CanActivateFn, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { permissionsFor, type Permission, type Role } from '@parley/contracts';
import { homeRedirect, permissionGuard, signedInGuard } from './auth.guards';
import { tokenStorage } from './token-storage';

const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

describe('console route guards', () => {
  let backend: HttpTestingController;
  let router: Router;

  /**
   * Runs a guard for a user with these roles (null: nobody signed in), answering the guard's
   * /me request the way the server would. Resolves to true or the URL it redirects to.
   */
  async function guardAs(roles: Role[] | null, guard: CanActivateFn, url = '/somewhere'): Promise<true | string> {
    if (roles) tokenStorage.write({ accessToken: 'access', refreshToken: 'refresh' });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    const pending = TestBed.runInInjectionContext(() => guard(route, state(url))) as Promise<boolean | UrlTree>;
    if (roles) backend.expectOne('/me').flush({ id: 'u1', email: 'u@parley.test', name: 'U', roles, permissions: permissionsFor(roles) });
    const answer = await pending;
    return answer === true ? true : router.serializeUrl(answer as UrlTree);
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => backend.verify());

  it('sends a signed-out visitor to the login page with the way back', async () => {
    await expect(guardAs(null, signedInGuard, '/analytics?from=2026-01-01')).resolves.toBe(
      '/login?returnUrl=%2Fanalytics%3Ffrom%3D2026-01-01',
    );
  });

  it('drops stored tokens the server no longer accepts', async () => {
    tokenStorage.write({ accessToken: 'stale', refreshToken: 'stale' });
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    const pending = TestBed.runInInjectionContext(() => signedInGuard(route, state('/inbox'))) as Promise<UrlTree>;
    backend.expectOne('/me').flush({ message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    expect(TestBed.inject(Router).serializeUrl(await pending)).toBe('/login?returnUrl=%2Finbox');
    expect(tokenStorage.read()).toBeNull();
  });

  it.each<[Role, Permission, boolean]>([
    ['viewer', 'analytics:read', true],
    ['viewer', 'sessions:reply', false],
    ['viewer', 'users:read', false],
    ['agent', 'sessions:reply', true],
    ['agent', 'knowledge:read', true],
    ['agent', 'audit:read', false],
    ['admin', 'users:read', true],
    ['admin', 'encryption:manage', false],
    ['super_admin', 'encryption:manage', true],
  ])('lets a %s open a screen that needs %s: %s', async (role, permission, allowed) => {
    await expect(guardAs([role], permissionGuard(permission))).resolves.toBe(allowed ? true : '/');
  });

  it('sends a signed-out visitor of a guarded screen to the login page', async () => {
    await expect(guardAs(null, permissionGuard('audit:read'), '/audit')).resolves.toBe('/login?returnUrl=%2Faudit');
  });

  it.each<[Role, string]>([
    ['viewer', '/sessions'],
    ['agent', '/inbox'],
    ['admin', '/inbox'],
  ])('sends a %s from / to their first screen (%s)', async (role, home) => {
    await expect(guardAs([role], homeRedirect)).resolves.toBe(home);
  });
});
