import { Injectable, inject, signal } from '@angular/core';
import { ParleyApi } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';

/**
 * Names for the user ids that histories carry (audit actors, role changers), fetched once each.
 * Without users:read, or when a user cannot be fetched, the id is shown instead: the entry is
 * still correct, only less friendly, so that failure is not worth an error on screen.
 */
@Injectable({ providedIn: 'root' })
export class UserNames {
  private readonly api = inject(ParleyApi);
  private readonly auth = inject(AuthStore);
  private readonly names = signal<ReadonlyMap<string, string>>(new Map());
  private readonly asked = new Set<string>();

  resolve(ids: Iterable<string | null>): void {
    if (!this.auth.can('users:read')) return;
    const me = this.auth.user()?.id;
    for (const id of ids) {
      if (!id || id === me || this.asked.has(id)) continue;
      this.asked.add(id);
      this.api.usersGet(id).subscribe({
        next: (user) => this.remember(id, user.name),
        error: () => undefined,
      });
    }
  }

  remember(id: string, name: string): void {
    this.names.update((known) => new Map(known).set(id, name));
  }

  /** Reactive: a template re-renders when the name arrives. */
  nameOf(id: string | null): string {
    if (!id) return 'System';
    const me = this.auth.user();
    if (me?.id === id) return me.name;
    return this.names().get(id) ?? `User ${id.slice(0, 8)}`;
  }
}
