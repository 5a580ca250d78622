import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { Role } from '@parley/contracts';
import { actorLabel } from '../shared/actor-label';
import { ListStateComponent } from '../shared/list-state.component';
import { PagerComponent } from '../shared/pager.component';
import { OutcomeComponent } from './outcome.component';
import { grantableRoles, roleList, toggleRole } from './roles';
import { UserDetailStore } from './user-detail.store';

/** Changing a user's roles (with a reason) and the history of such changes. */
@Component({
  selector: 'app-user-roles',
  imports: [DatePipe, FormsModule, ListStateComponent, PagerComponent, OutcomeComponent],
  templateUrl: './user-roles.component.html',
  styleUrl: './users.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserRolesComponent {
  protected readonly store = inject(UserDetailStore);
  protected readonly history = this.store.history;

  protected readonly options = computed(() => grantableRoles(this.store.canManageAdmins()));
  protected readonly selected = linkedSignal<Role[]>(() => this.store.user()?.roles ?? []);
  protected readonly reason = linkedSignal({ source: this.store.user, computation: () => '' });
  protected readonly current = computed(() => roleList(this.store.user()?.roles ?? []));
  protected readonly changes = computed(() =>
    this.history.items().map((change) => ({
      change,
      actor: actorLabel(change),
      from: roleList(change.fromRoles),
      to: roleList(change.toRoles),
    })),
  );

  protected toggle(role: Role, on: boolean): void {
    this.selected.update((roles) => toggleRole(roles, role, on));
  }

  protected submit(): void {
    this.store.setRoles(this.selected(), this.reason());
  }
}
