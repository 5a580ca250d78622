import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ListStateComponent } from '../shared/list-state.component';
import { PagerComponent } from '../shared/pager.component';
import { AccuracyFilters, EVALUATION_LABELS, MARK_LABELS, NO_FILTERS, RESPONSE_TYPE_LABELS, formatConfidence } from './accuracy-filters';
import { AccuracyStore } from './accuracy.store';

type FilterKey = keyof AccuracyFilters;

/** The filter bar and the paged table of bot answers; a question opens its detail. */
@Component({
  selector: 'app-accuracy-answers',
  imports: [DatePipe, RouterLink, ListStateComponent, PagerComponent],
  templateUrl: './accuracy-answers.component.html',
  styleUrl: './accuracy.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccuracyAnswersComponent {
  readonly store = inject(AccuracyStore);
  readonly answers = this.store.answers;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  readonly filters = signal<AccuracyFilters>(this.answers.filters());

  readonly responseTypes = Object.entries(RESPONSE_TYPE_LABELS).map(([value, label]) => ({ value, label }));
  readonly marks = [...Object.entries(MARK_LABELS).map(([value, label]) => ({ value, label })), { value: 'none', label: 'Not marked' }];
  readonly evaluations = [...Object.entries(EVALUATION_LABELS).map(([value, label]) => ({ value, label })), { value: 'none', label: 'Not evaluated' }];

  readonly rows = computed(() =>
    this.answers.items().map((record) => ({
      id: record.id,
      createdAt: record.createdAt,
      question: record.question,
      answer: record.answer,
      type: RESPONSE_TYPE_LABELS[record.responseType],
      confidence: formatConfidence(record.confidence),
      mark: record.humanMark ? MARK_LABELS[record.humanMark] + (record.markedBy === null ? ' (visitor)' : '') : '—',
      evaluation: record.evaluation ? EVALUATION_LABELS[record.evaluation] : '—',
    })),
  );

  /** A click anywhere on a row opens it; keyboard users follow the question's link. */
  open(accuracyId: string): void {
    void this.router.navigate([accuracyId], { relativeTo: this.route });
  }

  /** The template hands over the raw control value; the store checks it before sending. */
  set(key: FilterKey, value: string): void {
    const next = { ...this.filters(), [key]: value } as AccuracyFilters;
    this.filters.set(next);
    this.store.applyFilters(next);
  }

  clear(): void {
    this.filters.set(NO_FILTERS);
    this.store.applyFilters(this.filters());
  }
}
