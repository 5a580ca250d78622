import { Routes } from '@angular/router';

// Placeholder until the accuracy screen lands.
export default [{ path: '', title: 'Accuracy · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
