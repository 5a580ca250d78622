import { Routes } from '@angular/router';

export default [{ path: '', title: 'Encryption · Parley', loadComponent: () => import('./encryption.component') }] satisfies Routes;
