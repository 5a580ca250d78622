import { inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ParleyApi, type UserDto } from '../core/api/parley-api.generated';
import { allPages } from './all-pages';

/** Every account holding the agent role (the desk is small: a few pages at most). */
export function agentsLoader(): () => Observable<UserDto[]> {
  const api = inject(ParleyApi);
  return () => allPages((cursor) => api.usersList({ role: 'agent', cursor, limit: 100 }));
}
