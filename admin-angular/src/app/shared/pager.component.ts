import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { KeysetPager } from './keyset-pager';

/** What the buttons need of a keyset pager, whatever its rows and filters. */
export type PagerControls = Pick<KeysetPager<unknown, unknown>, 'page' | 'hasNext' | 'hasPrevious' | 'loading' | 'next' | 'previous'>;

/** Previous / next buttons for a keyset-paged list. */
@Component({
  selector: 'app-pager',
  template: `
    <nav class="pager" aria-label="Pages">
      <button type="button" class="secondary" [disabled]="!pager().hasPrevious() || pager().loading()" (click)="pager().previous()">
        Previous
      </button>
      <span class="muted">Page {{ pager().page() }}</span>
      <button type="button" class="secondary" [disabled]="!pager().hasNext() || pager().loading()" (click)="pager().next()">Next</button>
    </nav>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagerComponent {
  readonly pager = input.required<PagerControls>();
}
