import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '../core/auth/auth.store';
import { FEATURES } from './features';

const ROLE_LABELS = { super_admin: 'Super admin', admin: 'Admin', agent: 'Agent', viewer: 'Viewer' } as const;

/** The signed-in frame: the menu of permitted screens, who is signed in, and sign out. */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  readonly user = this.auth.user;
  readonly features = computed(() => FEATURES.filter((feature) => this.auth.can(feature.permission)));
  readonly roleLabel = computed(() => {
    const role = this.auth.primaryRole();
    return role ? ROLE_LABELS[role] : '';
  });

  async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
