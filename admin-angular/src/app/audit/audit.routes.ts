import { Routes } from '@angular/router';

// Placeholder until the audit screen lands.
export default [{ path: '', title: 'Audit · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
