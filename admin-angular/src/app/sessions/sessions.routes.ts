import { Routes } from '@angular/router';

export default [
  { path: '', title: 'Sessions · Parley', loadComponent: () => import('./sessions-list.component') },
  { path: ':sessionId', title: 'Session · Parley', loadComponent: () => import('./session-detail.component') },
] satisfies Routes;
