import { Routes } from '@angular/router';
import { homeRedirect, permissionGuard, signedInGuard } from './core/auth/auth.guards';
import { permissionOf } from './layout/features';
import { ShellComponent } from './layout/shell.component';

export const routes: Routes = [
  { path: 'login', title: 'Sign in · Parley', loadComponent: () => import('./login/login.component') },
  {
    path: '',
    component: ShellComponent,
    canActivate: [signedInGuard],
    children: [
      { path: 'inbox', canActivate: [permissionGuard(permissionOf('inbox'))], loadChildren: () => import('./inbox/inbox.routes') },
      { path: 'sessions', canActivate: [permissionGuard(permissionOf('sessions'))], loadChildren: () => import('./sessions/sessions.routes') },
      { path: 'analytics', canActivate: [permissionGuard(permissionOf('analytics'))], loadChildren: () => import('./analytics/analytics.routes') },
      { path: 'accuracy', canActivate: [permissionGuard(permissionOf('accuracy'))], loadChildren: () => import('./accuracy/accuracy.routes') },
      { path: 'knowledge', canActivate: [permissionGuard(permissionOf('knowledge'))], loadChildren: () => import('./knowledge/knowledge.routes') },
      { path: 'users', canActivate: [permissionGuard(permissionOf('users'))], loadChildren: () => import('./users/users.routes') },
      { path: 'encryption', canActivate: [permissionGuard(permissionOf('encryption'))], loadChildren: () => import('./encryption/encryption.routes') },
      { path: 'audit', canActivate: [permissionGuard(permissionOf('audit'))], loadChildren: () => import('./audit/audit.routes') },
      { path: '', pathMatch: 'full', canActivate: [homeRedirect], children: [] },
    ],
  },
  { path: '**', redirectTo: '' },
];
