import { Injectable, computed, inject, signal } from '@angular/core';
import type { Permission, Role } from '@parley/contracts';
import { Observable, finalize, firstValueFrom, map, shareReplay, tap } from 'rxjs';
import { LoginResponseDto, MeResponseDto, ParleyApi } from '../api/parley-api.generated';
import { tokenStorage } from './token-storage';

/** Who is signed in and what they may do; the single owner of the tokens. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(ParleyApi);
  private readonly current = signal<MeResponseDto | null>(null);
  private tokens = tokenStorage.read();
  private restoring: Promise<void> | null = null;
  private refreshing: Observable<string> | null = null;

  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly permissions = computed(() => new Set<string>(this.current()?.permissions ?? []));
  /** The strongest role, for the header. */
  readonly primaryRole = computed<Role | null>(() => {
    const roles = this.current()?.roles ?? [];
    return (['super_admin', 'admin', 'agent', 'viewer'] as const).find((role) => roles.includes(role)) ?? null;
  });

  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  accessToken(): string | null {
    return this.tokens?.accessToken ?? null;
  }

  /** Loads the signed-in user once per page load from stored tokens; resolves either way. */
  restore(): Promise<void> {
    this.restoring ??= this.tokens
      ? firstValueFrom(this.api.authMe()).then(
          (me) => this.current.set(me),
          () => this.forget(),
        )
      : Promise.resolve();
    return this.restoring;
  }

  async login(email: string, password: string): Promise<void> {
    const answer = await firstValueFrom(this.api.authLogin({ email, password }));
    this.keep(answer);
    this.current.set(await firstValueFrom(this.api.authMe()));
    this.restoring = Promise.resolve();
  }

  async logout(): Promise<void> {
    const refreshToken = this.tokens?.refreshToken;
    this.forget();
    // Revoking is best effort: the tokens are already gone from this browser.
    if (refreshToken) await firstValueFrom(this.api.authLogout({ refreshToken })).catch(() => undefined);
  }

  /**
   * Exchanges the refresh token for a new pair. Concurrent callers share one request, because the
   * server revokes the whole token family when a refresh token is used twice.
   */
  refresh(): Observable<string> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) throw new Error('Not signed in');
    this.refreshing ??= this.api.authRefresh({ refreshToken }).pipe(
      tap({ next: (answer) => this.keep(answer), error: () => this.forget() }),
      map((answer) => answer.accessToken),
      finalize(() => (this.refreshing = null)),
      shareReplay(1),
    );
    return this.refreshing;
  }

  /** Drops the session locally (expired or revoked tokens). */
  forget(): void {
    this.tokens = null;
    tokenStorage.clear();
    this.current.set(null);
    this.restoring = null;
  }

  private keep(answer: LoginResponseDto): void {
    this.tokens = { accessToken: answer.accessToken, refreshToken: answer.refreshToken };
    tokenStorage.write(this.tokens);
  }
}
