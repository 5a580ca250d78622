import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PASSWORD_MIN_LENGTH, type Role } from '@parley/contracts';
import { toggleRole } from './roles';
import { UsersStore } from './users.store';

/** The new-account form; the store validates and creates. */
@Component({
  selector: 'app-new-user-form',
  imports: [FormsModule],
  templateUrl: './new-user-form.component.html',
  styleUrl: './users.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewUserFormComponent {
  protected readonly store = inject(UsersStore);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly email = signal('');
  protected readonly name = signal('');
  protected readonly password = signal('');
  protected readonly roles = signal<Role[]>(['agent']);

  protected toggle(role: Role, on: boolean): void {
    this.roles.update((roles) => toggleRole(roles, role, on));
  }

  protected submit(): void {
    this.store.create({ email: this.email(), name: this.name(), password: this.password(), roles: this.roles() });
  }
}
