import { Routes } from '@angular/router';
import { AccuracyStore } from './accuracy.store';

// One store for the list and the detail, so a mark given in the detail shows in the list.
export default [
  {
    path: '',
    providers: [AccuracyStore],
    children: [
      { path: '', title: 'Accuracy · Parley', loadComponent: () => import('./accuracy.component') },
      { path: ':accuracyId', title: 'Answer · Parley', loadComponent: () => import('./accuracy-detail.component') },
    ],
  },
] satisfies Routes;
