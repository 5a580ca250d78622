import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ListStateComponent } from '../shared/list-state.component';
import { AccuracyStore } from './accuracy.store';

/** What the bot could not answer, grouped by similar questions, most frequent first. */
@Component({
  selector: 'app-knowledge-gaps',
  imports: [DatePipe, RouterLink, ListStateComponent],
  template: `
    <app-list-state
      [loading]="gaps.loading()"
      [error]="gaps.error()"
      [empty]="items().length === 0"
      emptyText="No unanswered questions in this range."
      (retry)="store.loadSummaries()"
    >
      <ol class="gaps">
        @for (gap of items(); track $index) {
          <li class="card gap" data-testid="knowledge-gap">
            <div class="gap-head">
              <strong>{{ gap.question }}</strong>
              <span class="badge">{{ gap.count }} {{ gap.count === 1 ? 'time' : 'times' }}</span>
            </div>
            <p class="muted small">Last asked {{ gap.lastSeenAt | date: 'medium' }}</p>
            @if (gap.examples.length) {
              <details>
                <summary>Examples ({{ gap.examples.length }})</summary>
                <ul>
                  @for (example of gap.examples; track example.accuracyId) {
                    <li>
                      <a [routerLink]="[example.accuracyId]">{{ example.question }}</a>
                      <span class="muted small"> · {{ example.createdAt | date: 'short' }}</span>
                    </li>
                  }
                </ul>
              </details>
            }
          </li>
        }
      </ol>
    </app-list-state>
  `,
  styleUrl: './accuracy.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KnowledgeGapsComponent {
  readonly store = inject(AccuracyStore);
  readonly gaps = this.store.gaps;
  readonly items = computed(() => this.gaps.data()?.items ?? []);
}
