import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** Previous / next buttons for a keyset-paged list. */
@Component({
  selector: 'app-pager',
  template: `
    <nav class="pager" aria-label="Pages">
      <button type="button" class="secondary" [disabled]="!hasPrevious() || loading()" (click)="previous.emit()">
        Previous
      </button>
      <span class="muted">Page {{ page() }}</span>
      <button type="button" class="secondary" [disabled]="!hasNext() || loading()" (click)="next.emit()">Next</button>
    </nav>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagerComponent {
  readonly page = input.required<number>();
  readonly hasNext = input.required<boolean>();
  readonly hasPrevious = input.required<boolean>();
  readonly loading = input(false);
  readonly next = output<void>();
  readonly previous = output<void>();
}
