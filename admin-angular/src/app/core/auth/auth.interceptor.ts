import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { AuthStore } from './auth.store';

/** Requests that carry credentials of their own and must never trigger a refresh. */
const TOKEN_ENDPOINTS = ['/auth/login', '/auth/refresh', '/auth/logout'];

function withToken(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the access token; on a 401 refreshes it once and retries the request. When the refresh
 * fails too, the user is signed out and sent to the login page, back to where they were after.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  if (TOKEN_ENDPOINTS.some((path) => request.url.endsWith(path))) return next(request);

  const sentWith = auth.accessToken();
  return next(withToken(request, sentWith)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || !sentWith) return throwError(() => error);
      // Another request may already have refreshed while this one was in flight.
      const fresh = auth.accessToken();
      const retried$ =
        fresh && fresh !== sentWith
          ? next(withToken(request, fresh))
          : auth.refresh().pipe(switchMap((token) => next(withToken(request, token))));
      return retried$.pipe(
        catchError((retryError: unknown) => {
          if (retryError instanceof HttpErrorResponse && retryError.status === 401) {
            auth.forget();
            void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
          }
          return throwError(() => retryError);
        }),
      );
    }),
  );
};
