import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Outcome, UserSection } from './user-detail.store';

/** The result of the last action, shown only in the section that caused it. */
@Component({
  selector: 'app-outcome',
  template: `
    @if (shown(); as outcome) {
      @if (outcome.kind === 'error') {
        <p class="notice error" role="alert">{{ outcome.text }}</p>
      } @else {
        <p class="notice success" role="status">{{ outcome.text }}</p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutcomeComponent {
  readonly outcome = input<Outcome | null>(null);
  readonly section = input.required<UserSection>();
  protected readonly shown = computed(() => {
    const outcome = this.outcome();
    return outcome?.section === this.section() ? outcome : null;
  });
}
