import { EMPTY, Observable, expand, reduce } from 'rxjs';
import type { Page } from '../shared/keyset-pager';

/** Follows the keyset cursors to the end and emits every item once, in order. */
export function allPages<T>(fetch: (cursor: string | undefined) => Observable<Page<T>>): Observable<T[]> {
  return fetch(undefined).pipe(
    expand((page) => (page.nextCursor ? fetch(page.nextCursor) : EMPTY)),
    reduce((items: T[], page) => items.concat(page.items), []),
  );
}
