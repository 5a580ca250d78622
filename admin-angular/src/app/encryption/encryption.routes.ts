import { Routes } from '@angular/router';

// Placeholder until the encryption screen lands.
export default [{ path: '', title: 'Encryption · Parley', loadComponent: () => import('../shared/placeholder.component') }] satisfies Routes;
