import { Injectable, computed, inject, signal } from '@angular/core';
import type { Role } from '@parley/contracts';
import { type Observable, of } from 'rxjs';
import { describeApiError } from '../core/api/api-error';
import { ParleyApi, type RoleChangeDto, type UpdateUserDto, type UserDto } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import { keysetPager } from '../shared/keyset-pager';
import { type UserFieldErrors, hasErrors, validateEdit } from './user-validation';

/** Which part of the page an outcome belongs to, so it is shown next to the control that caused it. */
export type UserSection = 'profile' | 'status' | 'roles';

export interface Outcome {
  section: UserSection;
  kind: 'success' | 'error';
  text: string;
}

export interface ProfileDraft {
  email: string;
  name: string;
  password: string;
}

const HISTORY_PAGE_SIZE = 10;

/** One staff account: its profile, active state, roles and role history. */
@Injectable()
export class UserDetailStore {
  private readonly api = inject(ParleyApi);
  private readonly auth = inject(AuthStore);

  private readonly current = signal<UserDto | null>(null);
  private readonly loadingState = signal(false);
  private readonly failure = signal<string | null>(null);
  private readonly busyState = signal<UserSection | null>(null);
  private readonly lastOutcome = signal<Outcome | null>(null);
  private readonly profileErrors = signal<UserFieldErrors>({});

  readonly user = this.current.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly outcome = this.lastOutcome.asReadonly();
  readonly fieldErrors = this.profileErrors.asReadonly();

  readonly isSelf = computed(() => this.current()?.id === this.auth.user()?.id);
  readonly canEdit = computed(() => this.auth.can('users:manage'));
  readonly canDeactivate = computed(() => this.canEdit() && !this.isSelf());
  readonly canChangeRoles = computed(() => this.auth.can('roles:manage') && !this.isSelf());
  readonly canManageAdmins = computed(() => this.auth.can('roles:manage-admins'));

  readonly history = keysetPager<RoleChangeDto, string>(
    (userId, cursor) => (userId ? this.api.usersRoleChanges(userId, { cursor, limit: HISTORY_PAGE_SIZE }) : of({ items: [], nextCursor: null })),
    '',
  );

  load(userId: string): void {
    this.loadingState.set(true);
    this.failure.set(null);
    this.lastOutcome.set(null);
    this.api.usersGet(userId).subscribe({
      next: (user) => {
        this.current.set(user);
        this.loadingState.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(describeApiError(error));
        this.loadingState.set(false);
      },
    });
    this.history.search(userId);
  }

  /** Sends only what changed; a blank password keeps the current one. */
  saveProfile(draft: ProfileDraft): void {
    const user = this.current();
    if (!user) return;
    const errors = validateEdit(draft);
    this.profileErrors.set(errors);
    if (hasErrors(errors)) {
      this.lastOutcome.set({ section: 'profile', kind: 'error', text: 'Some fields need attention: see the messages above.' });
      return;
    }
    const changes: UpdateUserDto = {};
    if (draft.name.trim() !== user.name) changes.name = draft.name.trim();
    if (draft.email.trim() !== user.email) changes.email = draft.email.trim();
    if (draft.password) changes.password = draft.password;
    if (Object.keys(changes).length === 0) {
      this.lastOutcome.set({ section: 'profile', kind: 'success', text: 'Nothing to save: no field changed.' });
      return;
    }
    const success = changes.password ? 'Saved. The new password signs the user out everywhere.' : 'Saved.';
    this.run('profile', this.api.usersUpdate(user.id, changes), success);
  }

  deactivate(): void {
    const user = this.current();
    if (user) this.run('status', this.api.usersDeactivate(user.id), `${user.name} is deactivated and can no longer sign in.`);
  }

  reactivate(): void {
    const user = this.current();
    if (user) this.run('status', this.api.usersUpdate(user.id, { disabled: false }), `${user.name} can sign in again.`);
  }

  setRoles(roles: Role[], reason: string): void {
    const user = this.current();
    if (!user) return;
    if (roles.length === 0) {
      this.lastOutcome.set({ section: 'roles', kind: 'error', text: 'Choose at least one role.' });
      return;
    }
    if (!reason.trim()) {
      this.lastOutcome.set({ section: 'roles', kind: 'error', text: 'Give a reason for the change; it is kept in the history.' });
      return;
    }
    this.run('roles', this.api.usersSetRoles(user.id, { roles, reason: reason.trim() }), 'Roles changed.', () => this.history.search(user.id));
  }

  private run(section: UserSection, request: Observable<UserDto>, success: string, after?: () => void): void {
    if (this.busyState()) return;
    this.busyState.set(section);
    this.lastOutcome.set(null);
    request.subscribe({
      next: (user) => {
        this.current.set(user);
        this.busyState.set(null);
        this.lastOutcome.set({ section, kind: 'success', text: success });
        after?.();
      },
      error: (error: unknown) => {
        this.busyState.set(null);
        this.lastOutcome.set({ section, kind: 'error', text: describeApiError(error) });
      },
    });
  }
}
