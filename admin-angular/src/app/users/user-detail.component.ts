import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { OutcomeComponent } from './outcome.component';
import { roleList } from './roles';
import { UserDetailStore } from './user-detail.store';
import { UserRolesComponent } from './user-roles.component';

/** One staff account: profile, active state, roles and their history. */
@Component({
  selector: 'app-user-detail',
  imports: [DatePipe, FormsModule, RouterLink, OutcomeComponent, UserRolesComponent],
  templateUrl: './user-detail.component.html',
  styleUrl: './users.css',
  providers: [UserDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class UserDetailComponent {
  protected readonly store = inject(UserDetailStore);
  /** From the route (`users/:userId`). */
  readonly userId = input.required<string>();

  protected readonly user = this.store.user;
  protected readonly roles = computed(() => roleList(this.user()?.roles ?? []));
  // The drafts start again from the stored values whenever the account is (re)loaded or saved.
  protected readonly email = linkedSignal(() => this.user()?.email ?? '');
  protected readonly name = linkedSignal(() => this.user()?.name ?? '');
  protected readonly password = linkedSignal({ source: this.user, computation: () => '' });
  protected readonly confirming = signal(false);

  constructor() {
    effect(() => {
      const id = this.userId();
      untracked(() => this.store.load(id));
    });
  }

  protected save(): void {
    this.store.saveProfile({ email: this.email(), name: this.name(), password: this.password() });
  }

  protected deactivate(): void {
    this.confirming.set(false);
    this.store.deactivate();
  }
}
