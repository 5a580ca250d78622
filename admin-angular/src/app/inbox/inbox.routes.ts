import { Routes } from '@angular/router';

/** The inbox frame stays while conversations open and close inside it, so its socket stays up. */
export default [
  {
    path: '',
    title: 'Inbox · Parley',
    loadComponent: () => import('./inbox.component'),
    children: [
      { path: '', loadComponent: () => import('./no-conversation.component') },
      { path: ':sessionId', loadComponent: () => import('./conversation.component') },
    ],
  },
] satisfies Routes;
