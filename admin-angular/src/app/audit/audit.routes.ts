import { Routes } from '@angular/router';

export default [{ path: '', title: 'Audit · Parley', loadComponent: () => import('./audit-list.component') }] satisfies Routes;
