import { Injectable, computed, inject, signal } from '@angular/core';
import type { Role } from '@parley/contracts';
import { describeApiError } from '../core/api/api-error';
import { ParleyApi, type UserDto } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import { keysetPager } from '../shared/keyset-pager';
import { grantableRoles } from './roles';
import { type UserDraft, type UserFieldErrors, hasErrors, validateNewUser } from './user-validation';

export interface UserFilters {
  role: Role | '';
  q: string;
}

export const USERS_PAGE_SIZE = 25;

/** The staff list and the creation of new accounts. */
@Injectable()
export class UsersStore {
  private readonly api = inject(ParleyApi);
  private readonly auth = inject(AuthStore);

  readonly pager = keysetPager<UserDto, UserFilters>(
    (filters, cursor) => this.api.usersList({ role: filters.role || undefined, q: filters.q.trim() || undefined, cursor, limit: USERS_PAGE_SIZE }),
    { role: '', q: '' },
  );

  readonly canCreate = computed(() => this.auth.can('users:create'));
  readonly roleOptions = computed(() => grantableRoles(this.auth.can('roles:manage-admins')));

  private readonly formOpen = signal(false);
  private readonly creatingState = signal(false);
  private readonly fieldErrors = signal<UserFieldErrors>({});
  private readonly createFailure = signal<string | null>(null);
  private readonly createdNotice = signal<string | null>(null);
  readonly showForm = this.formOpen.asReadonly();
  readonly creating = this.creatingState.asReadonly();
  readonly errors = this.fieldErrors.asReadonly();
  readonly invalid = computed(() => hasErrors(this.fieldErrors()));
  readonly createError = this.createFailure.asReadonly();
  readonly notice = this.createdNotice.asReadonly();

  constructor() {
    this.pager.search(this.pager.filters());
  }

  openForm(): void {
    this.fieldErrors.set({});
    this.createFailure.set(null);
    this.createdNotice.set(null);
    this.formOpen.set(true);
  }

  closeForm(): void {
    this.formOpen.set(false);
  }

  /** Checks the draft here first, so slips are explained before the server is asked. */
  create(draft: UserDraft): void {
    if (this.creatingState()) return;
    const errors = validateNewUser(draft);
    this.fieldErrors.set(errors);
    this.createFailure.set(null);
    if (hasErrors(errors)) return;
    this.creatingState.set(true);
    this.api.usersCreate({ email: draft.email.trim(), name: draft.name.trim(), password: draft.password, roles: draft.roles }).subscribe({
      next: (user) => {
        this.creatingState.set(false);
        this.formOpen.set(false);
        this.createdNotice.set(`${user.name} (${user.email}) can now sign in.`);
        // Newest first: the first page shows the new account.
        this.pager.search(this.pager.filters());
      },
      error: (error: unknown) => {
        this.creatingState.set(false);
        this.createFailure.set(describeApiError(error));
      },
    });
  }
}
