import { HttpTestingController } from '@angular/common/http/testing';
import type { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { permissionsFor, type Role } from '@parley/contracts';
import { AuthStore } from './auth.store';
import { tokenStorage } from './token-storage';

/**
 * For TestBed tests: signs in a user ("Me", id `me`) with these roles, answering the /me request
 * the AuthStore makes the way the server would. Call after configureTestingModule (with
 * provideHttpClientTesting) and before anything injects the AuthStore.
 */
export async function signInForTest(roles: Role[]): Promise<void> {
  tokenStorage.write({ accessToken: 'access', refreshToken: 'refresh' });
  const restored = TestBed.inject(AuthStore).restore();
  TestBed.inject(HttpTestingController)
    .expectOne('/me')
    .flush({ id: 'me', email: 'me@parley.test', name: 'Me', roles, permissions: permissionsFor(roles) });
  await restored;
}

/** For store tests that only ask `can(…)`: an AuthStore that grants exactly these permissions. */
export function authGranting(granted: readonly string[]): Provider {
  return { provide: AuthStore, useValue: { can: (permission: string) => granted.includes(permission) } };
}
