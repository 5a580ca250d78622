import { Routes } from '@angular/router';

// Placeholder until the knowledge screen lands.
export default [{ path: '', title: 'Knowledge · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
