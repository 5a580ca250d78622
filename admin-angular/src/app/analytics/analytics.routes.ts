import { Routes } from '@angular/router';

// Placeholder until the analytics screen lands.
export default [{ path: '', title: 'Analytics · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
