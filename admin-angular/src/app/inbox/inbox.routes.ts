import { Routes } from '@angular/router';

// Placeholder until the inbox screen lands.
export default [{ path: '', title: 'Inbox · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
