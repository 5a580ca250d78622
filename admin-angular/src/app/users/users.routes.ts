import { Routes } from '@angular/router';

export default [
  { path: '', title: 'Users · Parley', loadComponent: () => import('./users-list.component') },
  { path: ':userId', title: 'User · Parley', loadComponent: () => import('./user-detail.component') },
] satisfies Routes;
