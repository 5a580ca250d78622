import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export default [
  { path: '', title: 'Knowledge · Parley', loadComponent: () => import('./knowledge-list.component') },
  {
    path: 'new',
    title: 'New article · Parley',
    canActivate: [permissionGuard('knowledge:manage')],
    loadComponent: () => import('./article-editor.component'),
  },
  { path: ':articleId', title: 'Article · Parley', loadComponent: () => import('./article-editor.component') },
] satisfies Routes;
