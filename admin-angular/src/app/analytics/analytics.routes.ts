import { Routes } from '@angular/router';
import { AnalyticsStore } from './analytics.store';

export default [
  { path: '', title: 'Analytics · Parley', providers: [AnalyticsStore], loadComponent: () => import('./analytics.component') },
] satisfies Routes;
