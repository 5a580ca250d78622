import { Routes } from '@angular/router';

// Placeholder until the sessions screen lands.
export default [{ path: '', title: 'Sessions · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
