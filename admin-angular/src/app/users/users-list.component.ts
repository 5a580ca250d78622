import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ROLES, type Role } from '@parley/contracts';
import { ListStateComponent } from '../shared/list-state.component';
import { PagerComponent } from '../shared/pager.component';
import { NewUserFormComponent } from './new-user-form.component';
import { ROLE_LABELS, roleList } from './roles';
import { UsersStore } from './users.store';

const SEARCH_DELAY_MS = 350;

/** Staff accounts with their roles; super_admins create new ones here. */
@Component({
  selector: 'app-users-list',
  imports: [FormsModule, RouterLink, ListStateComponent, PagerComponent, NewUserFormComponent],
  templateUrl: './users-list.component.html',
  styleUrl: './users.css',
  providers: [UsersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class UsersListComponent {
  protected readonly store = inject(UsersStore);
  protected readonly pager = this.store.pager;
  protected readonly roles = ROLES.map((role) => ({ role, label: ROLE_LABELS[role] }));
  protected readonly searchText = signal('');
  protected readonly rows = computed(() => this.pager.items().map((user) => ({ user, roles: roleList(user.roles) })));
  protected readonly emptyText = computed(() => {
    const filters = this.pager.filters();
    return filters.role || filters.q ? 'No users match these filters.' : 'No users yet.';
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected filterRole(role: Role | ''): void {
    this.pager.search({ ...this.pager.filters(), role });
  }

  /** Searching follows typing after a short pause, so each keystroke is not a request. */
  protected typed(text: string): void {
    this.searchText.set(text);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.searchNow(), SEARCH_DELAY_MS);
  }

  protected searchNow(): void {
    clearTimeout(this.searchTimer);
    if (this.searchText() !== this.pager.filters().q) this.pager.search({ ...this.pager.filters(), q: this.searchText() });
  }
}
