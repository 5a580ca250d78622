import { Routes } from '@angular/router';

// Placeholder until the users screen lands.
export default [{ path: '', title: 'Users · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
