import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AccuracyActionsComponent } from './accuracy-actions.component';
import { EVALUATION_LABELS, MARK_LABELS, RESPONSE_TYPE_LABELS, formatConfidence } from './accuracy-filters';
import { AccuracyStore } from './accuracy.store';

/** One bot answer: the question, the answer, its sources and figures, and what people said of it. */
@Component({
  selector: 'app-accuracy-detail',
  imports: [DatePipe, RouterLink, AccuracyActionsComponent],
  templateUrl: './accuracy-detail.component.html',
  styleUrl: './accuracy-detail.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AccuracyDetailComponent {
  readonly store = inject(AccuracyStore);
  /** From the route (`accuracy/:accuracyId`). */
  readonly accuracyId = input.required<string>();
  readonly detail = this.store.detail;

  /** Shown only once the record asked for is there, never the previous one. */
  readonly record = computed(() => {
    const record = this.detail.data();
    return record?.id === this.accuracyId() ? record : null;
  });
  readonly view = computed(() => {
    const record = this.record();
    if (!record) return null;
    return {
      type: RESPONSE_TYPE_LABELS[record.responseType],
      confidence: formatConfidence(record.confidence),
      latency: record.latencyMs === null ? '—' : `${record.latencyMs} ms`,
      tokens: record.tokens === null ? '—' : String(record.tokens),
      model: record.model ?? 'Local answerer',
      mark: record.humanMark ? `${MARK_LABELS[record.humanMark]} (by ${record.markedBy === null ? 'the visitor' : 'staff'})` : 'Not marked',
      evaluation: record.evaluation ? EVALUATION_LABELS[record.evaluation] : 'Not evaluated',
    };
  });

  constructor() {
    effect(() => {
      const id = this.accuracyId();
      untracked(() => this.store.open(id));
    });
  }
}
