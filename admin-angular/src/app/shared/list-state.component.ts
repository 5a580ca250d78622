import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * The three states every list shows besides its rows: loading, an error in words with a retry,
 * and empty. The rows are projected and shown only when none of those applies.
 */
@Component({
  selector: 'app-list-state',
  template: `
    @if (error(); as message) {
      <div class="notice error" role="alert">
        <span>{{ message }}</span>
        <button type="button" class="secondary" (click)="retry.emit()">Try again</button>
      </div>
    } @else if (loading() && empty()) {
      <p class="muted" role="status" aria-live="polite">Loading…</p>
    } @else if (empty()) {
      <p class="muted empty" role="status">{{ emptyText() }}</p>
    } @else {
      <ng-content />
      @if (loading()) {
        <p class="muted" role="status" aria-live="polite">Loading…</p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListStateComponent {
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly empty = input(false);
  readonly emptyText = input('Nothing here yet.');
  readonly retry = output<void>();
}
